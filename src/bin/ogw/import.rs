//! `ogw import`: data as agencies publish it, turned into plan feeds. The
//! mapping is in `core::import`; this file reads and writes the files, draws
//! the progress bar and prints the summary.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use ogw_widgets::core::import::feed_json;
use ogw_widgets::core::import::ogp::{import_ogp, GroupBy, Imported, Index, OgpOptions};
use ogw_widgets::core::import::report::{ImportReport, Note};
use ogw_widgets::core::import::text::decode;
use ogw_widgets::core::plan::read::read_plan;
use ogw_widgets::core::problem::Severity;
use serde::Serialize;

use crate::input::{display_name, read_input_bytes, write_output};
use crate::paint::{paint, ERROR, GOOD, PLACE, WARNING};

const OGP_EXAMPLES: &str = "Examples:
  ogw import ogp-csv commitments.csv -o ogp.json
  ogw import ogp-csv commitments.csv --group-by plan --out-dir feeds/ --report import-report.json
  ogw import ogp-csv commitments.csv --plan AP_MKD04 -o north-macedonia.json
  ogw import ogp-csv - --short-titles < commitments.csv > ogp.json

The summary goes to standard error; --report has every row's details as JSON.
Exit status: 0 imported (rows left out are in the summary), 1 the file could
not be converted or no row could be imported, 2 usage errors and files that
cannot be read or written.";

#[derive(Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    source: Source,
}

#[derive(Subcommand)]
enum Source {
    /// Open Government Partnership's commitments export (CSV) to plan feeds.
    ///
    /// One feed with a theme per country or locality, or one feed per action
    /// plan (`--group-by plan`) with the plan's own themes. The status is the
    /// IRM's end-of-term completion, else its progress report's; both are kept
    /// in the status note. docs/cli.md lists what each column becomes.
    #[command(name = "ogp-csv", after_help = OGP_EXAMPLES)]
    OgpCsv(OgpCsvArgs),
    /// Danish municipal daycare figures (two CSVs) to an ogw.daycare/1 feed with national values.
    #[command(after_help = crate::daycare_cmd::IMPORT_HELP)]
    DkDaycare(crate::daycare_cmd::DkDaycareArgs),
    /// A filled plan template (`ogw template plan`) to a plan feed, as the studio reads it.
    #[command(after_help = crate::template::IMPORT_HELP)]
    Template(crate::template::ImportTemplateArgs),
}

#[derive(Args)]
struct OgpCsvArgs {
    /// The CSV export, or - for standard input.
    file: String,
    /// One combined feed, or one feed per action plan.
    #[arg(long, value_enum, default_value_t = GroupByArg::Combined)]
    group_by: GroupByArg,
    /// Where to write the feed (the combined one, or the one --plan picks); standard output when left out.
    #[arg(short, long, value_name = "FILE", conflicts_with = "out_dir")]
    output: Option<String>,
    /// The directory for the feeds of --group-by plan, and their index.json.
    #[arg(long, value_name = "DIR", required_if_eq("group_by", "plan"))]
    out_dir: Option<String>,
    /// Also write every row's details (what was left out or changed, and why) as JSON.
    #[arg(long, value_name = "FILE")]
    report: Option<String>,
    /// Titles from OGP's "Short Title" column instead of the plan's own "Commitment Title".
    #[arg(long)]
    short_titles: bool,
    /// The combined feed's title.
    #[arg(long, conflicts_with_all = ["out_dir", "plan"])]
    title: Option<String>,
    /// Only this action plan ("Action Plan ID", e.g. AP_MKD04), as one feed with the plan's own themes.
    #[arg(long, value_name = "ID")]
    plan: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum GroupByArg {
    Combined,
    Plan,
}

pub fn import(args: ImportArgs) -> Result<ExitCode, String> {
    match args.source {
        Source::OgpCsv(args) => ogp_csv(args),
        Source::DkDaycare(args) => crate::daycare_cmd::import(args),
        Source::Template(args) => crate::template::import(args),
    }
}

fn ogp_csv(args: OgpCsvArgs) -> Result<ExitCode, String> {
    let group_by = match args.group_by {
        GroupByArg::Combined => GroupBy::Combined,
        GroupByArg::Plan => GroupBy::Plan,
    };
    if group_by == GroupBy::Combined && args.out_dir.is_some() {
        return Err("--out-dir is for --group-by plan; write the combined feed with -o FILE".into());
    }
    if args.report.as_deref() == Some("-") && args.output.is_none() && args.out_dir.is_none() {
        return Err("the feed already goes to standard output; give --report a file name".into());
    }
    let name = display_name(&args.file).to_string();
    let bytes = read_input_bytes(&args.file)?;
    // UTF-8 or Windows-1252, read as the studio reads it (one import path).
    let (text, _) = decode(&bytes);
    let bytes = text.as_bytes();
    let options = OgpOptions {
        group_by,
        short_titles: args.short_titles,
        title: args.title,
        plan: args.plan,
    };

    let started = Instant::now();
    let imported = with_progress(|progress| import_ogp(bytes, &options, progress));
    let imported = match imported {
        Ok(imported) => imported,
        Err(e) => {
            let _ = writeln!(
                anstream::stderr(),
                "{}: {}: {e}",
                paint(PLACE, &name),
                paint(ERROR, "error")
            );
            return Ok(ExitCode::from(1));
        }
    };
    let feeds = check_feeds(&imported, &name)?;
    let written =
        match (&args.out_dir, feeds.as_slice()) {
            // Nothing to write: the summary says why each row was left out.
            (_, []) => Vec::new(),
            (Some(dir), _) => write_plans(&imported, &feeds, dir)?,
            (None, [feed]) => {
                write_output(args.output.as_deref(), feed)?;
                vec![args.output.clone().filter(|o| o != "-").unwrap_or_else(|| "<stdout>".into())]
            }
            (None, _) => return Err(
                "these rows make more than one feed; write them with --group-by plan --out-dir DIR"
                    .into(),
            ),
        };
    if let Some(path) = &args.report {
        let report = ReportFile { file: &name, written: &written, report: &imported.report };
        write_output(Some(path), &format!("{}\n", to_json(&report)))?;
    }
    let _ = print_summary(
        &name,
        &imported.report,
        &written,
        started.elapsed(),
        &mut anstream::stderr(),
    );
    Ok(if imported.report.imported == 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Runs `work` with a progress bar on standard error, shown only on a
/// terminal and only once the work has taken more than a moment.
fn with_progress<T>(work: impl FnOnce(&mut dyn FnMut(usize, usize)) -> T) -> T {
    let bar = ProgressBar::hidden();
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {percent:>3}% {msg}") {
        bar.set_style(style);
    }
    bar.set_message("importing");
    let on_terminal = std::io::stderr().is_terminal();
    let started = Instant::now();
    let result = work(&mut |done, total| {
        if on_terminal && bar.is_hidden() && started.elapsed() > Duration::from_millis(300) {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    });
    bar.finish_and_clear();
    result
}

/// Every feed as the JSON to write, read back with the widgets' own reader:
/// a feed that would lose an initiative is a bug, never written.
fn check_feeds(imported: &Imported, name: &str) -> Result<Vec<String>, String> {
    let mut texts = Vec::with_capacity(imported.feeds.len());
    for named in &imported.feeds {
        let json = feed_json(&named.feed);
        let errors: Vec<String> = match read_plan(&json) {
            Err(fatal) => vec![fatal.to_string()],
            Ok(read) => read
                .problems
                .iter()
                .filter(|p| p.severity != Severity::Warning)
                .map(|p| p.to_string())
                .collect(),
        };
        if !errors.is_empty() {
            return Err(format!(
                "{name}: the feed for {} would not read back ({}); please report this",
                named.entry.file,
                errors.join("; ")
            ));
        }
        texts.push(json);
    }
    Ok(texts)
}

fn write_plans(imported: &Imported, feeds: &[String], dir: &str) -> Result<Vec<String>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {dir}: {e}"))?;
    let mut written = Vec::with_capacity(feeds.len() + 1);
    for (named, json) in imported.feeds.iter().zip(feeds) {
        let path = Path::new(dir).join(&named.entry.file).to_string_lossy().into_owned();
        write_output(Some(&path), json)?;
        written.push(path);
    }
    let index = Index { feeds: imported.feeds.iter().map(|f| &f.entry).collect() };
    let path = Path::new(dir).join("index.json").to_string_lossy().into_owned();
    write_output(Some(&path), &format!("{}\n", to_json(&index)))?;
    written.push(path);
    Ok(written)
}

fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string_pretty(value).expect("feeds and reports are JSON")
}

/// `--report`: the import report, with the file it is about and what was written.
#[derive(Serialize)]
struct ReportFile<'a> {
    file: &'a str,
    written: &'a [String],
    #[serde(flatten)]
    report: &'a ImportReport,
}

/// How many rows a summary lists one by one before pointing to `--report`.
const ROWS_LISTED: usize = 20;

fn print_summary(
    name: &str,
    report: &ImportReport,
    written: &[String],
    took: Duration,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let feeds = match report.feeds {
        0 => paint(ERROR, "nothing written: no row could be imported"),
        1 => format!("1 feed written to {}", where_written(written)),
        n => format!("{n} feeds written to {}", where_written(written)),
    };
    let dropped = if report.dropped == 0 {
        paint(GOOD, "0 left out")
    } else {
        paint(WARNING, &format!("{} left out", report.dropped))
    };
    writeln!(
        out,
        "{}: {} rows{}: {} commitments imported, {dropped}; {feeds} ({} ms)",
        paint(PLACE, name),
        report.rows,
        match report.other_plans {
            0 => String::new(),
            n => format!(" ({n} of other plans skipped)"),
        },
        report.imported,
        took.as_millis()
    )?;
    for note in report.dropped_rows.iter().take(ROWS_LISTED) {
        writeln!(
            out,
            "  line {}: {}{}",
            note.line,
            note.id.as_deref().map(|id| format!("{id}: ")).unwrap_or_default(),
            note.message
        )?;
    }
    if report.dropped_rows.len() > ROWS_LISTED {
        writeln!(
            out,
            "  … and {} more rows left out (see --report)",
            report.dropped_rows.len() - ROWS_LISTED
        )?;
    }
    if !report.notes.is_empty() {
        writeln!(out, "Values left out or changed (every row in --report):")?;
        for (count, what, columns) in group_notes(&report.notes) {
            writeln!(out, "  {count:>5} {what}: {columns}")?;
        }
    }
    let mut dropped_columns: BTreeMap<&str, usize> = BTreeMap::new();
    for column in &report.columns {
        if let Some(why) = &column.dropped {
            *dropped_columns.entry(why.as_str()).or_default() += 1;
        }
    }
    let mapped = report.columns.iter().filter(|c| c.to.is_some()).count();
    let rest = if dropped_columns.is_empty() { "" } else { "; the rest have no place in it:" };
    writeln!(out, "Columns: {mapped} of {} go into the feed{rest}", report.columns.len())?;
    for (why, count) in dropped_columns {
        writeln!(out, "  {count:>5} {why}")?;
    }
    if !report.missing_columns.is_empty() {
        writeln!(
            out,
            "Not in this file (those fields stay empty): {}",
            report.missing_columns.join(", ")
        )?;
    }
    Ok(())
}

fn where_written(written: &[String]) -> String {
    match written {
        [one] => one.clone(),
        [first, ..] => {
            let dir =
                Path::new(first).parent().map(|p| p.display().to_string()).unwrap_or_default();
            format!("{dir} (and index.json)")
        }
        [] => "nowhere".into(),
    }
}

/// Notes per kind: how many, what they mean, and in which columns.
fn group_notes(notes: &[Note]) -> Vec<(usize, String, String)> {
    let mut groups: BTreeMap<&str, (usize, String, BTreeMap<&str, usize>)> = BTreeMap::new();
    for note in notes {
        let group = groups
            .entry(note.reason.id())
            .or_insert_with(|| (0, note.reason.summary().to_string(), BTreeMap::new()));
        group.0 += 1;
        *group.2.entry(note.column.as_deref().unwrap_or("-")).or_default() += 1;
    }
    let mut rows: Vec<(usize, String, String)> = groups
        .into_values()
        .map(|(count, what, columns)| {
            let mut columns: Vec<(&str, usize)> = columns.into_iter().collect();
            columns.sort_by_key(|(name, n)| (std::cmp::Reverse(*n), *name));
            let columns = columns
                .iter()
                .map(|(name, n)| format!("{name} {n}"))
                .collect::<Vec<_>>()
                .join(", ");
            (count, what, columns)
        })
        .collect();
    rows.sort_by_key(|(count, what, _)| (std::cmp::Reverse(*count), what.clone()));
    rows
}
