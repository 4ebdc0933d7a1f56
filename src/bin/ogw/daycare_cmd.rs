//! `ogw import dk-daycare` and `ogw generate daycare`: the daycare feeds the
//! gallery shows, made from the real municipal CSVs.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use ogw_widgets::core::daycare::feed::DaycareFeed;
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::import::dk_daycare::import_dk_daycare;
use ogw_widgets::core::import::synthetic_daycare::{synthetic_daycare, SyntheticOptions};
use ogw_widgets::core::problem::Severity;

use ogw_widgets::core::import::feed_json;
use ogw_widgets::core::import::text::decode;

use crate::input::{read_input, read_input_bytes, write_output};
use crate::paint::{paint, ERROR, WARNING};

/// The real figures, built in so `ogw generate daycare` works anywhere.
const KEY_FIGURES: &str =
    include_str!("../../../tests/fixtures/dk-dagtilbud-noegletal-kommuner.csv");
const NORMERING: &str = include_str!("../../../tests/fixtures/dk-normering-kommuner-2017-2023.csv");

#[derive(Args)]
pub struct DkDaycareArgs {
    /// Key figures per municipality (Danmarks Statistik), semicolon-separated.
    #[arg(long, value_name = "CSV")]
    key_figures: String,
    /// Children per adult per municipality, age group and year (Børne- og Undervisningsministeriet).
    #[arg(long, value_name = "CSV")]
    normering: String,
    /// Where to write the feed; standard output when left out.
    #[arg(short, long)]
    output: Option<String>,
}

#[derive(Args)]
pub struct GenerateDaycareArgs {
    /// The same seed always gives the same feed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many institutions to make up.
    #[arg(long, default_value_t = 4600, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    institutions: u32,
    /// The year of the closing days.
    #[arg(long, default_value_t = 2025)]
    year: i32,
    /// Key figures CSV to build on (default: the copy built into ogw, from tests/fixtures).
    #[arg(long, value_name = "CSV")]
    key_figures: Option<String>,
    /// Children per adult CSV to build on (default: the built-in copy).
    #[arg(long, value_name = "CSV")]
    normering: Option<String>,
    /// Indent the JSON (about twice the size).
    #[arg(long)]
    pretty: bool,
    /// Where to write the feed; standard output when left out.
    #[arg(short, long)]
    output: Option<String>,
}

pub const IMPORT_HELP: &str = "Example:\n  ogw import dk-daycare --key-figures tests/fixtures/dk-dagtilbud-noegletal-kommuner.csv \\\n      --normering tests/fixtures/dk-normering-kommuner-2017-2023.csv -o www/feeds/dagtilbud-kommuner.json";
pub const GENERATE_HELP: &str = "Examples:\n  ogw generate daycare --seed 1 -o www/feeds/dagtilbud-syntetisk.json\n  ogw generate daycare --seed 2 --institutions 500 --pretty | less";

pub fn import(args: DkDaycareArgs) -> Result<ExitCode, String> {
    // UTF-8 or Windows-1252 (Danish Excel's CSV), read as the studio reads them.
    let key = read_input_bytes(&args.key_figures)?;
    let normering = read_input_bytes(&args.normering)?;
    let feed = imported(&decode(&key).0, &decode(&normering).0)?;
    write_output(args.output.as_deref(), &feed_json(&feed))?;
    Ok(ExitCode::SUCCESS)
}

pub fn generate(args: GenerateDaycareArgs) -> Result<ExitCode, String> {
    let key = args.key_figures.as_deref().map(read_input).transpose()?;
    let normering = args.normering.as_deref().map(read_input).transpose()?;
    let municipal =
        imported(key.as_deref().unwrap_or(KEY_FIGURES), normering.as_deref().unwrap_or(NORMERING))?;
    let options = SyntheticOptions {
        seed: args.seed,
        institutions: args.institutions as usize,
        year: args.year,
    };
    let feed = synthetic_daycare(&municipal, &options);
    write_output(args.output.as_deref(), &json(&feed, args.pretty))?;
    Ok(ExitCode::SUCCESS)
}

/// The municipal feed; what was odd about the CSVs goes to standard error.
fn imported(key: &str, normering: &str) -> Result<DaycareFeed, String> {
    let imported = import_dk_daycare(key, normering).map_err(|p| p.describe(Lang::En))?;
    let mut err = anstream::stderr();
    for p in &imported.problems {
        let level = if p.severity == Severity::Warning {
            paint(WARNING, "warning")
        } else {
            paint(ERROR, "error")
        };
        let _ = writeln!(err, "ogw: {level}: {}", p.describe(Lang::En));
    }
    Ok(imported.feed)
}

fn json(feed: &DaycareFeed, pretty: bool) -> String {
    let text =
        if pretty { serde_json::to_string_pretty(feed) } else { serde_json::to_string(feed) };
    text.expect("a feed is JSON") + "\n"
}
