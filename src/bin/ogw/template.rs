//! `ogw template plan` (the workbook editors fill in) and `ogw import
//! template` (reading it back). The reading is `core::studio`, the same code
//! the studio runs in the browser, so both make the same feed of a file.

use std::io::Write;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::studio::plan_sheet::PlanOptions;
use ogw_widgets::core::studio::template::{daycare_template, plan_template};
use ogw_widgets::core::studio::{convert, open, Choices, Layout};

use crate::cli::LangArg;
use crate::input::{display_name, read_input_bytes, write_output};
use crate::paint::{paint, ERROR, PLACE, WARNING};

pub const TEMPLATE_HELP: &str = "Examples:\n  ogw template plan -o handlingsplan.xlsx\n  ogw template daycare -o dagtilbud.xlsx\n\nFill in the sheets (one initiative or milestone per row), then\n  ogw import template handlingsplan.xlsx -o plan.json\nor open the file in the studio (docs/studio.md).";
pub const IMPORT_HELP: &str = "Example:\n  ogw import template handlingsplan.xlsx --title \"Handlingsplan 2025-2026\" -o plan.json\n\nEvery problem names the sheet, the row and the column, as the studio shows them.\nExit status: 0 imported (rows left out are listed), 1 no initiative could be read.";

#[derive(Clone, Copy, ValueEnum)]
pub enum TemplateKind {
    /// An action plan: initiatives and milestones.
    Plan,
    /// Municipal daycare figures: key figures and children per adult (as `ogw import dk-daycare` reads them).
    Daycare,
}

#[derive(Args)]
pub struct TemplateArgs {
    kind: TemplateKind,
    /// Where to write the workbook (.xlsx).
    #[arg(short, long, value_name = "FILE.xlsx")]
    output: String,
}

#[derive(Args)]
pub struct ImportTemplateArgs {
    /// The filled template (.xlsx or .ods; plan or daycare), or any sheet whose headers name the columns.
    file: String,
    /// The plan's title.
    #[arg(long)]
    title: Option<String>,
    /// The language the sheet is written in (its dates are read in it), and of the messages.
    #[arg(long, value_enum, default_value_t = LangArg::Da)]
    lang: LangArg,
    /// Where to write the feed; standard output when left out.
    #[arg(short, long)]
    output: Option<String>,
}

pub fn template(args: TemplateArgs) -> Result<ExitCode, String> {
    let bytes = match args.kind {
        TemplateKind::Plan => plan_template(),
        TemplateKind::Daycare => daycare_template(),
    }
    .map_err(|e| format!("cannot make the workbook: {e}"))?;
    std::fs::write(&args.output, bytes)
        .map_err(|e| format!("cannot write {}: {e}", args.output))?;
    Ok(ExitCode::SUCCESS)
}

pub fn import(args: ImportTemplateArgs) -> Result<ExitCode, String> {
    let name = display_name(&args.file).to_string();
    let bytes = read_input_bytes(&args.file)?;
    let lang: Lang = args.lang.into();
    let mut err = anstream::stderr();
    let opened = match open(&file_name(&name), &bytes) {
        Ok(opened) => opened,
        Err(e) => {
            let _ = writeln!(
                err,
                "{}: {}: {}",
                paint(PLACE, &name),
                paint(ERROR, "error"),
                e.message(lang)
            );
            return Ok(ExitCode::from(1));
        }
    };
    if !matches!(opened.layout(), Layout::Template | Layout::DaycareTemplate | Layout::Sheet) {
        return Err(format!(
            "{name} is {}; use the importer for it (ogw import --help)",
            opened.layout().label(Lang::En)
        ));
    }
    let choices = Choices { plan: PlanOptions { title: args.title, lang }, ..Choices::default() };
    let outcome = convert(std::slice::from_ref(&opened), &choices, lang);
    for problem in &outcome.problems {
        let level =
            if problem.leaves_out() { paint(ERROR, "left out") } else { paint(WARNING, "warning") };
        let _ = writeln!(err, "{}: {level}: {}", paint(PLACE, &name), problem.message(lang));
    }
    for problem in &outcome.feed_problems {
        let _ = writeln!(err, "{}: {}: {problem}", paint(PLACE, &name), paint(WARNING, "note"));
    }
    match outcome.feed {
        Some(feed) => {
            write_output(args.output.as_deref(), &feed)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let why = outcome.message.unwrap_or_else(|| "no initiative could be read".into());
            let _ = writeln!(err, "{}: {}: {why}", paint(PLACE, &name), paint(ERROR, "error"));
            Ok(ExitCode::from(1))
        }
    }
}

/// The file's own name, as the studio shows it (a CSV's one sheet is named after it).
fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or(path.to_string(), |n| n.to_string_lossy().into_owned())
}
