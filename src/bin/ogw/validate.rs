//! `ogw validate`: every problem with a feed, where it is and how bad.
//!
//! Errors are what a widget refuses (the feed, or an item it leaves out);
//! warnings are what it draws anyway although something is off.

use std::io::Write;

use ogw_widgets::core::daycare::feed::DAYCARE_FORMAT;
use ogw_widgets::core::daycare::read::read_daycare;
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::plan::read::read_plan;
use ogw_widgets::core::problem::{Problem, Severity};
use ogw_widgets::core::schema::{daycare_schema, plan_schema};
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
    /// What the feed holds, by format: plans count initiatives, daycare
    /// feeds municipalities and institutions.
    #[serde(flatten)]
    pub counts: Counts,
    pub findings: Vec<Finding>,
}

#[derive(Serialize)]
#[serde(untagged)]
pub enum Counts {
    Plan {
        initiatives: usize,
        skipped_initiatives: usize,
    },
    Daycare {
        figures: usize,
        areas: usize,
        units: usize,
        skipped_areas: usize,
        skipped_units: usize,
    },
}

impl Counts {
    fn words(&self, lang: Lang) -> String {
        match self {
            Counts::Plan { initiatives, .. } => {
                format!("{initiatives} {}", lang.pick("initiativer", "initiatives"))
            }
            Counts::Daycare { areas, units, .. } => {
                format!(
                    "{areas} {}, {units} {}",
                    lang.pick("kommuner", "municipalities"),
                    lang.pick("institutioner", "institutions")
                )
            }
        }
    }
}

/// Checks a feed of any format, chosen by its "format" field (a plan when
/// it has none, as the plan reader assumes).
pub fn check_feed(file: &str, text: &str, lang: Lang) -> Report {
    let value = serde_json::from_str::<serde_json::Value>(text).ok();
    let format =
        value.as_ref().and_then(|v| v.get("format")).and_then(|f| f.as_str()).map(str::trim);
    // Without a format, a feed with daycare lists and no initiatives is read as daycare.
    let looks_like_daycare = value.as_ref().is_some_and(|v| {
        v.get("initiatives").is_none()
            && ["units", "areas", "figures"].iter().any(|k| v.get(k).is_some())
    });
    match format {
        Some(DAYCARE_FORMAT) => check_daycare(file, text, lang),
        None if looks_like_daycare => check_daycare(file, text, lang),
        _ => check_plan(file, text, lang),
    }
}

pub fn check_daycare(file: &str, text: &str, lang: Lang) -> Report {
    let (problems, counts) = match read_daycare(text) {
        Err(fatal) => (
            vec![fatal],
            Counts::Daycare { figures: 0, areas: 0, units: 0, skipped_areas: 0, skipped_units: 0 },
        ),
        Ok(read) => {
            let f = &read.feed;
            let counts = Counts::Daycare {
                figures: f.figures.len(),
                areas: f.areas.len(),
                units: f.units.len(),
                skipped_areas: read.skipped.areas,
                skipped_units: read.skipped.units,
            };
            (read.problems, counts)
        }
    };
    report(file, text, problems, &daycare_schema(), counts, lang)
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
    let (problems, initiatives, skipped) = match read_plan(text) {
        Err(fatal) => (vec![fatal], 0, 0),
        Ok(read) => (read.problems, read.feed.initiatives.len(), read.skipped_initiatives),
    };
    report(
        file,
        text,
        problems,
        &plan_schema(),
        Counts::Plan { initiatives, skipped_initiatives: skipped },
        lang,
    )
}

fn report(
    file: &str,
    text: &str,
    mut problems: Vec<Problem>,
    schema: &str,
    counts: Counts,
    lang: Lang,
) -> Report {
    if let Ok(value) = serde_json::from_str(text) {
        let schema = serde_json::from_str(schema).expect("the schema is JSON");
        problems.extend(misspelt_fields(&schema, &value));
    }
    let map = SourceMap::new(text);
    let mut findings: Vec<Finding> = problems
        .into_iter()
        .map(|problem| {
            // A JSON syntax error knows its own position; the rest are found by path.
            let at = match problem.kind {
                ogw_widgets::core::problem::ProblemKind::NotJson { line, column, .. } => {
                    Some((line, column))
                }
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
        counts,
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
    let verdict = if report.valid {
        paint(GOOD, "ok")
    } else {
        paint(ERROR, lang.pick("ugyldig", "invalid"))
    };
    writeln!(
        out,
        "{}: {verdict}: {}, {} {}, {} {}",
        report.file,
        report.counts.words(lang),
        report.errors,
        lang.pick("fejl", "errors"),
        report.warnings,
        lang.pick("advarsler", "warnings"),
    )
}
