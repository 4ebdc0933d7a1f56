//! Fuzzing every reader of outside input: plan and daycare feeds, date
//! phrases and the CSV importers. Nothing may panic, whatever the bytes.
//!
//! The tool is proptest, on stable Rust: cargo-fuzz and AFL need a nightly
//! compiler or a C toolchain's sanitizers in CI, while proptest runs inside
//! `cargo test`, shrinks a failure to a small input and prints it. It is
//! aimed where plain random bytes never reach: each case starts from a real
//! feed or export and changes a few of its values, so the readers get past
//! their first checks into the code that interprets fields.
//!
//! `make test` runs a short pass (PROPTEST_CASES, 64 by default here);
//! `make fuzz` runs thousands of cases per target in release mode.

use ogw_widgets::core::chart::status::layout::layout_status;
use ogw_widgets::core::chart::timeline::layout::{layout_timeline, Zoom};
use ogw_widgets::core::date::read_phrase;
use ogw_widgets::core::daycare::query::{Filter, Sort, UnitIndex};
use ogw_widgets::core::daycare::read::{read_daycare, read_daycare_bytes};
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::import::dk_daycare::import_dk_daycare;
use ogw_widgets::core::import::ogp::{import_ogp, GroupBy, OgpOptions};
use ogw_widgets::core::plan::read::read_plan;
use ogw_widgets::core::plan::tally::tally;
use ogw_widgets::core::problem::ProblemKind;
use ogw_widgets::core::studio::embed::fallback;
use ogw_widgets::core::studio::fields::{assign, Field};
use ogw_widgets::core::studio::template::plan_template;
use ogw_widgets::core::studio::{convert, open, open_pasted, Choices};
use ogw_widgets::core::timeline::model::build_timeline;
use proptest::prelude::*;
use serde_json::Value;

const PLAN: &str = include_str!("../www/feeds/handlingsplan-2017-2019.json");
const DAYCARE: &str = include_str!("feeds/small-daycare.json");
const KEY_FIGURES: &str = include_str!("fixtures/dk-dagtilbud-noegletal-kommuner.csv");
const NORMERING: &str = include_str!("fixtures/dk-normering-kommuner-2017-2023.csv");
const OGP: &str = include_str!("fixtures/ogp-commitments-open-parliament.csv");

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(64);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Text that reaches the readers' interesting paths: dates, numbers, Danish
/// letters, markup, separators, quotes and line breaks, empty and huge.
fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[0-9/\\-. ]{0,12}",
        "(primo|medio|ultimo|Q[1-4]|[1-4]\\. kvartal|[12]\\. halvår|forår|efterår|inden|senest|-|–) ?(20[0-9][0-9])?",
        "[a-zæøåA-ZÆØÅ ;,\"\\n\\r\\t<>&=#]{0,30}",
        any::<String>(),
        (any::<char>(), 1usize..5000).prop_map(|(c, n)| std::iter::repeat_n(c, n).collect()),
    ]
}

fn nasty_json() -> impl Strategy<Value = Value> {
    prop_oneof![
        nasty_text().prop_map(Value::String),
        any::<f64>()
            .prop_map(|x| serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)),
        any::<i64>().prop_map(|x| Value::Number(x.into())),
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        Just(Value::Array(vec![])),
        Just(Value::Object(Default::default())),
    ]
}

/// The feed with the value at each chosen place replaced: a place is picked
/// by walking down from the root, each number choosing a child.
fn mutate(mut feed: Value, edits: &[(Vec<usize>, Value)]) -> Value {
    for (path, replacement) in edits {
        *place(&mut feed, path) = replacement.clone();
    }
    feed
}

fn place<'a>(at: &'a mut Value, path: &[usize]) -> &'a mut Value {
    let Some((&step, rest)) = path.split_first() else { return at };
    let len = match at {
        Value::Object(map) => map.len(),
        Value::Array(items) => items.len(),
        _ => 0,
    };
    if len == 0 {
        return at;
    }
    match at {
        Value::Object(map) => place(map.values_mut().nth(step % len).unwrap(), rest),
        Value::Array(items) => place(&mut items[step % len], rest),
        _ => unreachable!("only objects and arrays have children"),
    }
}

fn edits() -> impl Strategy<Value = Vec<(Vec<usize>, Value)>> {
    prop::collection::vec((prop::collection::vec(any::<usize>(), 0..7), nasty_json()), 1..6)
}

/// The cells of a CSV file, to change some and write it again.
fn cells(csv_text: &str, separator: u8, rows: usize) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_text.as_bytes())
        .records()
        .take(rows)
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn write_cells(table: &[Vec<String>], separator: u8) -> String {
    let mut out = csv::WriterBuilder::new().delimiter(separator).flexible(true).from_writer(vec![]);
    for row in table {
        out.write_record(row).unwrap();
    }
    String::from_utf8(out.into_inner().unwrap()).unwrap()
}

fn cell_edits() -> impl Strategy<Value = Vec<(usize, usize, String)>> {
    prop::collection::vec((any::<usize>(), any::<usize>(), nasty_text()), 1..8)
}

fn edit_cells(mut table: Vec<Vec<String>>, edits: &[(usize, usize, String)]) -> Vec<Vec<String>> {
    for (row, column, text) in edits {
        let rows = table.len();
        let row = &mut table[row % rows];
        let columns = row.len().max(1);
        if row.is_empty() {
            row.push(String::new());
        }
        row[column % columns] = text.clone();
    }
    table
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn plan_feeds_never_panic(edits in edits(), cut in any::<prop::sample::Index>()) {
        let feed = mutate(serde_json::from_str(PLAN).unwrap(), &edits);
        let text = serde_json::to_string(&feed).unwrap();
        // Whole, and cut short as a broken download would be.
        let end = cut.index(text.len() + 1);
        for text in [text.as_str(), text.get(..end).unwrap_or("")] {
            if let Ok(read) = read_plan(text) {
                for lang in [Lang::Da, Lang::En] {
                    layout_status(&tally(&read.feed, lang), 640.0, lang);
                    let timeline = build_timeline(&read.feed, 17_800, lang);
                    layout_timeline(&timeline, Zoom::Months, 640.0, lang, &|_, _| true);
                }
            }
        }
    }

    #[test]
    fn daycare_feeds_never_panic(edits in edits(), text in nasty_text()) {
        let feed = mutate(serde_json::from_str(DAYCARE).unwrap(), &edits);
        if let Ok(read) = read_daycare(&serde_json::to_string(&feed).unwrap()) {
            let index = UnitIndex::new(&read.feed);
            let mut rows = Vec::new();
            index.query(&Filter { text, ..Filter::default() }, Sort::default(), None, &mut rows);
        }
    }

    /// The bytes of a download, cut short or with a byte changed (perhaps
    /// to no UTF-8): never a panic, and the same reading as the text's.
    #[test]
    fn daycare_bytes_never_panic_and_read_as_their_text(
        edits in edits(),
        cut in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let feed = mutate(serde_json::from_str(DAYCARE).unwrap(), &edits);
        let mut bytes = serde_json::to_vec(&feed).unwrap();
        bytes.truncate(cut.index(bytes.len() + 1));
        if !bytes.is_empty() {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        let read = read_daycare_bytes(&bytes);
        match std::str::from_utf8(&bytes) {
            Ok(text) => prop_assert_eq!(read, read_daycare(text)),
            Err(_) => prop_assert_eq!(read.unwrap_err().kind, ProblemKind::NotText),
        }
    }

    #[test]
    fn date_phrases_never_panic(text in nasty_text(), more in nasty_text()) {
        for lang in [Lang::Da, Lang::En] {
            read_phrase(&text, lang);
            read_phrase(&format!("{text} - {more}"), lang);
        }
    }

    #[test]
    fn the_ogp_importer_never_panics(edits in cell_edits(), plan in any::<bool>()) {
        let table = edit_cells(cells(OGP, b',', 30), &edits);
        let options = OgpOptions {
            group_by: if plan { GroupBy::Plan } else { GroupBy::Combined },
            ..OgpOptions::default()
        };
        let _ = import_ogp(write_cells(&table, b',').as_bytes(), &options, &mut |_, _| {});
    }

    #[test]
    fn the_danish_daycare_importer_never_panics(
        key_edits in cell_edits(),
        normering_edits in cell_edits(),
    ) {
        let key = write_cells(&edit_cells(cells(KEY_FIGURES, b';', 30), &key_edits), b';');
        let normering = write_cells(&edit_cells(cells(NORMERING, b';', 120), &normering_edits), b';');
        let _ = import_dk_daycare(&key, &normering);
    }
}

/// The template's bytes, once: cut and changed below as a broken download or a damaged file would be.
fn template_bytes() -> &'static [u8] {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(|| plan_template().expect("the template is made"))
}

proptest! {
    #![proptest_config(config())]

    /// The studio (issue 12): any cells pasted or saved, with the headers a
    /// sheet has and any mapping an editor picks, make a feed or problems
    /// and its fallback drawing, never a panic (a panic traps its core).
    #[test]
    fn studio_sheets_never_panic(
        headers in prop::collection::vec(prop_oneof![
            Just("Titel".to_string()), Just("Slut / End".to_string()), Just("Status".to_string()),
            Just("Nr.".to_string()), Just("Tema".to_string()), Just("Link".to_string()), nasty_text(),
        ], 1..7),
        rows in prop::collection::vec(prop::collection::vec(nasty_text(), 0..8), 0..6),
        separator in prop::sample::select(vec!['\t', ';', ',']),
        remap in prop::collection::vec((0usize..8, 0usize..12), 0..4),
    ) {
        let line = |cells: &[String]| cells.iter().map(|c| c.replace(separator, " ")).collect::<Vec<_>>().join(&separator.to_string());
        let mut text = line(&headers);
        for row in &rows {
            text += "\n";
            text += &line(row);
        }
        if let Ok(file) = open_pasted("Ark", &text) {
            let files = [file];
            let first = convert(&files, &Choices::default(), Lang::Da);
            let mut mapping = first.mapping.clone();
            let fields: Vec<Field> = Field::INITIATIVE.to_vec();
            for (column, field) in remap {
                assign(&mut mapping, column, fields.get(field).copied());
            }
            let outcome = convert(&files, &Choices { mapping: Some(mapping), ..Choices::default() }, Lang::En);
            for problem in &outcome.problems {
                problem.message(Lang::Da);
            }
            if let Some(feed) = outcome.feed {
                for widget in ["status", "timeline"] {
                    prop_assert!(fallback(&feed, widget, Lang::Da, 20_000).is_some());
                }
            }
        }
    }

    /// Any bytes, and the template cut short or with bytes changed, open as a
    /// workbook, a CSV or a feed, or say why not.
    #[test]
    fn studio_files_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..400),
        cut in any::<prop::sample::Index>(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
    ) {
        let _ = open("x", &bytes).map(|f| convert(&[f], &Choices::default(), Lang::Da));
        let mut template = template_bytes().to_vec();
        for (at, byte) in flips {
            let i = at.index(template.len());
            template[i] = byte;
        }
        template.truncate(cut.index(template.len() + 1).max(4));
        let _ = open("t.xlsx", &template).map(|f| convert(&[f], &Choices::default(), Lang::Da));
    }
}

/// Reading must be linear in the input's size: these inputs take seconds at
/// worst when it is, and hours when it is not. (How fast is for `make bench`;
/// this only catches the quadratic.)
#[test]
fn a_megabyte_date_phrase_is_read() {
    for piece in ["2. kvartal 2018 ", "a", "-", "medio "] {
        let text = piece.repeat(1_000_000 / piece.len());
        read_phrase(&text, Lang::Da);
    }
}

#[test]
fn a_feed_of_a_hundred_thousand_one_character_strings_is_read() {
    let initiatives: Vec<Value> = (0..100_000)
        .map(|i| serde_json::json!({ "id": char::from(b'a' + (i % 26) as u8).to_string(), "title": "x", "status": "x", "theme": "x" }))
        .collect();
    let feed = serde_json::json!({
        "format": "ogw.plan/1",
        "plan": { "title": "x", "language": "da" },
        "themes": [{ "id": "x", "title": "x" }],
        "initiatives": initiatives,
    });
    let _ = read_plan(&feed.to_string());
}
