//! The command line's arguments and what each subcommand does with them.
//! Exit status: 0 success, 1 the feed has errors (or a command failed on
//! its input), 2 usage errors (clap's own) and files that cannot be read.

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::plan::read::read_plan;
use ogw_widgets::core::schema::{daycare_schema, plan_schema};

use crate::daycare_cmd;
use crate::import::{import, ImportArgs};
use crate::input::{display_name, read_input, write_output};
use crate::paint::{paint, ERROR};
use crate::period::{period, PeriodArgs};
use crate::render::{render_status, render_timeline, TimelineOptions, MAX_WIDTH, MIN_WIDTH};
use crate::validate::{check_feed, print_text};

#[derive(Parser)]
#[command(
    name = "ogw",
    version,
    about = "Open Government Widgets: check feeds, import data and draw the charts without a browser",
    after_help = "Examples:\n  ogw validate plan.json\n  ogw render plan.json --widget status --lang da -o status.svg\n  ogw render plan.json --widget timeline --lang en -o timeline.svg\n  ogw period \"2. halvår af 2017\" \"Q2 2018\"\n  ogw schema plan > ogw.plan.schema.json\n  ogw import ogp-csv commitments.csv -o ogp.json\n  ogw template plan -o handlingsplan.xlsx\n  ogw generate daycare --seed 1 -o daycare.json\n\nEvery FILE may be - for standard input."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a feed and list every problem with its path and line:column.
    ///
    /// Errors are what a widget refuses to draw (the whole feed, or an item
    /// it leaves out); warnings are drawn, but something is off. Exit status:
    /// 0 when there are no errors, 1 when there are, 2 on usage errors or a
    /// file that cannot be read.
    #[command(
        after_help = "Examples:\n  ogw validate www/feeds/handlingsplan-2017-2019.json\n  ogw validate --lang da --format json plan.json | jq .errors\n  curl -s https://example.org/plan.json | ogw validate -"
    )]
    Validate {
        /// The feed file, or - for standard input.
        file: String,
        /// The language of the messages.
        #[arg(long, value_enum, default_value_t = LangArg::En)]
        lang: LangArg,
        /// `text` for people, `json` for CI pipelines (one object per file).
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Print the JSON Schema of a feed format.
    #[command(
        after_help = "Examples:\n  ogw schema plan > ogw.plan.schema.json\n  ogw schema daycare > ogw.daycare.schema.json"
    )]
    Schema {
        format: FeedFormat,
    },
    /// Draw a widget's chart as a standalone SVG file (with <title> and <desc>).
    ///
    /// The SVG is the same drawing the browser widget makes at that width. Put
    /// it inside the widget's element as the no-JavaScript fallback: the widget
    /// replaces it when it starts (see www/no-javascript.html).
    #[command(
        after_help = "Examples:\n  ogw render plan.json --widget status --lang da --width 640 -o status.svg\n  ogw render plan.json --widget timeline --lang da --width 900 -o timeline.svg\n  ogw render - --lang en < plan.json > status.svg"
    )]
    Render {
        /// The feed file, or - for standard input.
        file: String,
        #[arg(long, value_enum, default_value_t = WidgetArg::Status)]
        widget: WidgetArg,
        #[arg(long, value_enum, default_value_t = LangArg::Da)]
        lang: LangArg,
        /// The chart's width in pixels (the widget's width less its 34 px of padding and border).
        #[arg(long, default_value_t = 640, value_parser = clap::value_parser!(u32).range(MIN_WIDTH as i64..=MAX_WIDTH as i64))]
        width: u32,
        /// Where to write the SVG; standard output when left out.
        #[arg(short, long)]
        output: Option<String>,
        #[command(flatten)]
        timeline: TimelineOptions,
    },
    Period(PeriodArgs),
    /// Turn published data (CSV exports) into feeds.
    #[command(
        after_help = "Examples:\n  ogw import ogp-csv commitments.csv -o ogp.json\n  ogw import ogp-csv commitments.csv --group-by plan --out-dir feeds/\n  ogw import dk-daycare --key-figures noegletal.csv --normering normering.csv -o dagtilbud.json"
    )]
    Import(ImportArgs),
    /// Write a workbook to fill in (headers in Danish and English, an example row, a status drop-down).
    #[command(after_help = crate::template::TEMPLATE_HELP)]
    Template(crate::template::TemplateArgs),
    /// Make up a feed for demonstrations and tests (it says it is made up).
    #[command(after_help = daycare_cmd::GENERATE_HELP)]
    Generate {
        #[command(subcommand)]
        kind: GenerateKind,
    },
}

#[derive(Subcommand)]
enum GenerateKind {
    /// A synthetic national daycare feed: made-up institutions around the real municipal figures.
    #[command(after_help = daycare_cmd::GENERATE_HELP)]
    Daycare(daycare_cmd::GenerateDaycareArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum FeedFormat {
    Plan,
    Daycare,
}

#[derive(Clone, Copy, ValueEnum)]
enum WidgetArg {
    Status,
    Timeline,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum LangArg {
    Da,
    En,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::Da => Lang::Da,
            LangArg::En => Lang::En,
        }
    }
}

pub fn main() -> ExitCode {
    let outcome = match Cli::parse().command {
        Command::Schema { format: FeedFormat::Plan } => {
            write_output(None, &format!("{}\n", plan_schema())).map(|_| ExitCode::SUCCESS)
        }
        Command::Validate { file, lang, format } => validate(&file, lang.into(), format),
        Command::Render { file, widget, lang, width, output, timeline } => {
            render(&file, widget, lang.into(), width, output.as_deref(), &timeline)
        }
        Command::Period(args) => period(&args),
        Command::Schema { format: FeedFormat::Daycare } => {
            write_output(None, &format!("{}\n", daycare_schema())).map(|_| ExitCode::SUCCESS)
        }
        Command::Import(args) => import(args),
        Command::Template(args) => crate::template::template(args),
        Command::Generate { kind: GenerateKind::Daycare(args) } => daycare_cmd::generate(args),
    };
    outcome.unwrap_or_else(|message| {
        let _ = writeln!(anstream::stderr(), "ogw: {}: {message}", paint(ERROR, "error"));
        ExitCode::from(2)
    })
}

fn validate(file: &str, lang: Lang, format: OutputFormat) -> Result<ExitCode, String> {
    let text = read_input(file)?;
    let report = check_feed(display_name(file), &text, lang);
    match format {
        OutputFormat::Json => {
            let json = serde_json::to_string_pretty(&report).expect("a report is JSON");
            write_output(None, &format!("{json}\n"))?;
        }
        OutputFormat::Text => {
            let _ = print_text(&report, lang, &mut anstream::stdout());
        }
    }
    Ok(if report.valid { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn render(
    file: &str,
    widget: WidgetArg,
    lang: Lang,
    width: u32,
    output: Option<&str>,
    timeline: &TimelineOptions,
) -> Result<ExitCode, String> {
    let text = read_input(file)?;
    match read_plan(&text) {
        Err(fatal) => {
            let _ = writeln!(
                anstream::stderr(),
                "{}: {}: {}",
                display_name(file),
                paint(ERROR, "error"),
                fatal.describe(lang)
            );
            Ok(ExitCode::from(1))
        }
        Ok(read) => {
            let svg = match widget {
                WidgetArg::Status => render_status(&read, width, lang),
                WidgetArg::Timeline => render_timeline(&read, width, lang, timeline),
            };
            write_output(output, &svg)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
