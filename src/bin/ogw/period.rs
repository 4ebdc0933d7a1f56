//! `ogw period`: reads date phrases the way the timeline does and prints
//! what each one means as JSON, so the reader can be tried (and a feed's
//! dates checked) without a browser.

use std::process::ExitCode;

use clap::Args;
use ogw_widgets::core::date::day::iso;
use ogw_widgets::core::date::{phrase_words, read_phrase, DatePhrase, FuzzyDate};
use ogw_widgets::core::i18n::Lang;
use serde::Serialize;

use crate::cli::LangArg;
use crate::input::write_output;

/// Read date phrases as the timeline does and print each as JSON.
///
/// One JSON object per line and per phrase: its text, the earliest and
/// latest day it can mean (YYYY-MM-DD, null when not known), its precision
/// (day, month, quarter, season, half_year, year, unknown), its qualifiers (early,
/// mid, late, no_later_than, no_earlier_than, before, after, open, not_set,
/// not_given) and how a widget says it in Danish and English. A span gives
/// "start" and "end" objects. Exit status 1 when a phrase cannot be read.
#[derive(Args)]
#[command(
    after_help = "Examples:\n  ogw period \"2. halvår af 2017\" \"Q2 2018\" \"medio 2019\"\n  ogw period \"Oktober 2016 – december 2020\" \"2016 -\" \"Endnu ikke fastlagt\"\n  ogw period --lang en 8/1/2017 | jq .earliest"
)]
pub struct PeriodArgs {
    /// The phrases, one per argument (quote each one). A phrase may start
    /// with a dash ("- 31. december 2017"); give --lang before the phrases.
    #[arg(required = true, allow_hyphen_values = true)]
    phrases: Vec<String>,
    /// The language of the plan the phrases come from: it decides whether
    /// 8/1/2017 is 8 January (da) or August 1 (en). Words of both languages
    /// are read either way.
    #[arg(long, value_enum, default_value_t = LangArg::Da)]
    lang: LangArg,
}

#[derive(Serialize)]
struct Words {
    da: String,
    en: String,
}

#[derive(Serialize)]
struct DateJson {
    text: String,
    earliest: Option<String>,
    latest: Option<String>,
    precision: &'static str,
    qualifiers: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deadline: Option<Box<DateJson>>,
}

#[derive(Serialize)]
struct PhraseJson {
    #[serde(flatten)]
    date: Option<DateJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<DateJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<DateJson>,
    readable: bool,
    words: Words,
}

fn date_json(date: &FuzzyDate) -> DateJson {
    DateJson {
        text: date.text.clone(),
        earliest: date.earliest.map(iso),
        latest: date.latest.map(iso),
        precision: date.precision.id(),
        qualifiers: date.qualifiers.iter().map(|q| q.id()).collect(),
        deadline: date.deadline.as_deref().map(|d| Box::new(date_json(d))),
    }
}

fn phrase_json(phrase: &DatePhrase) -> PhraseJson {
    let words = Words { da: phrase_words(phrase, Lang::Da), en: phrase_words(phrase, Lang::En) };
    let readable = phrase.is_readable();
    match phrase {
        DatePhrase::One(date) => PhraseJson {
            date: Some(date_json(date)),
            text: None,
            start: None,
            end: None,
            readable,
            words,
        },
        DatePhrase::Range { text, start, end } => PhraseJson {
            date: None,
            text: Some(text.clone()),
            start: Some(date_json(start)),
            end: Some(date_json(end)),
            readable,
            words,
        },
    }
}

pub fn period(args: &PeriodArgs) -> Result<ExitCode, String> {
    let lang = Lang::from(args.lang);
    let mut out = String::new();
    let mut all_read = true;
    for text in &args.phrases {
        let phrase = read_phrase(text, lang);
        all_read &= phrase.is_readable();
        out += &serde_json::to_string(&phrase_json(&phrase)).expect("plain data is JSON");
        out.push('\n');
    }
    write_output(None, &out)?;
    Ok(if all_read { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
