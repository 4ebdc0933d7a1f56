//! Dates as action plans write them: not dates but phrases ("2. halvår af
//! 2017", "medio 2019", "I løbet af 2018 og senest 1. januar 2019", "Q2
//! 2018", "Endnu ikke fastlagt"). `read_phrase` turns one into the earliest
//! and latest day it can mean, keeping the text; `words` says it again in
//! the reader's language. docs/date-phrases.md lists every form.

pub mod day;
pub mod fuzzy;
mod lexicon;
pub mod parse;
mod period;
mod tokens;
pub mod words;

pub use day::{parse_iso, Day};
pub use fuzzy::{DatePhrase, FuzzyDate, Precision, Qualifier};
pub use parse::read_phrase;
pub use words::{date_words, day_words, inner_words, phrase_words, span_words};

#[cfg(test)]
mod check;
