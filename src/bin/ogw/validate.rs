//! `ogw validate`: every problem with a feed, where it is and how bad.
//!
//! Errors are what a widget refuses (the feed, or an item it leaves out);
//! warnings are what it draws anyway although something is off.

use std::io::Write;

use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::problem::{Problem, Severity};
use ogw_widgets::core::read::read_plan;
use ogw_widgets::core::schema::plan_schema;
use serde::Serialize;

use crate::locate::SourceMap;
use crate::paint::{paint, ERROR, GOOD, PLACE, WARNING};
use crate::typos::misspelt_fields;

#[derive(Serialize)]
pub struct Report {
    pub file: String,
    /// No errors: every item the feed has will be drawn.
    pub valid: bool,
    pub errors: usize,
    pub warnings: usize,
    pub initiatives: usize,
    pub skipped_initiatives: usize,
    pub findings: Vec<Finding>,
}

#[derive(Serialize)]
pub struct Finding {
    /// "fatal" (nothing can be drawn), "error" (an item is left out) or "warning".
    pub severity: Severity,
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    /// The machine-readable problem: its `kind` and details.
    pub problem: Problem,
}

pub fn check_plan(file: &str, text: &str, lang: Lang) -> Report {
    let (mut problems, initiatives, skipped) = match read_plan(text) {
        Err(fatal) => (vec![fatal], 0, 0),
        Ok(read) => (read.problems, read.feed.initiatives.len(), read.skipped_initiatives),
    };
    if let Ok(value) = serde_json::from_str(text) {
        let schema = serde_json::from_str(&plan_schema()).expect("the schema is JSON");
        problems.extend(misspelt_fields(&schema, &value));
    }
    let map = SourceMap::new(text);
    let mut findings: Vec<Finding> = problems
        .into_iter()
        .map(|problem| {
            // A JSON syntax error knows its own position; the rest are found by path.
            let at = match problem.kind {
                ogw_widgets::core::problem::ProblemKind::NotJson { line, column, .. } => Some((line, column)),
                _ => map.locate(&problem.path).map(|p| (p.line, p.column)),
            };
            Finding {
                severity: problem.severity,
                path: problem.path.clone(),
                line: at.map(|a| a.0),
                column: at.map(|a| a.1),
                message: problem.message(lang),
                problem,
            }
        })
        .collect();
    findings.sort_by_key(|f| (f.line.unwrap_or(0), f.column.unwrap_or(0)));
    let errors = findings.iter().filter(|f| f.severity != Severity::Warning).count();
    Report {
        file: file.to_string(),
        valid: errors == 0,
        errors,
        warnings: findings.len() - errors,
        initiatives,
        skipped_initiatives: skipped,
        findings,
    }
}

/// The report as a compiler prints it: `file:line:column: level: path: message`.
pub fn print_text(report: &Report, lang: Lang, out: &mut impl Write) -> std::io::Result<()> {
    for f in &report.findings {
        let place = match (f.line, f.column) {
            (Some(line), Some(column)) => format!("{}:{line}:{column}", report.file),
            _ => report.file.clone(),
        };
        let level = match f.severity {
            Severity::Warning => paint(WARNING, lang.pick("advarsel", "warning")),
            _ => paint(ERROR, lang.pick("fejl", "error")),
        };
        let path = if f.path.is_empty() { String::new() } else { format!("{}: ", f.path) };
        writeln!(out, "{}: {level}: {path}{}", paint(PLACE, &place), f.message)?;
    }
    let verdict = if report.valid { paint(GOOD, "ok") } else { paint(ERROR, lang.pick("ugyldig", "invalid")) };
    writeln!(
        out,
        "{}: {verdict}: {} {}, {} {}, {} {}",
        report.file,
        report.initiatives,
        lang.pick("initiativer", "initiatives"),
        report.errors,
        lang.pick("fejl", "errors"),
        report.warnings,
        lang.pick("advarsler", "warnings"),
    )
}
