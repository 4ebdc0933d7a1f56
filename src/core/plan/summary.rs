//! The one-sentence text summaries that stand beside every chart.

use super::tally::StatusTally;
use crate::core::i18n::{initiatives, Lang};

/// "14 initiativer: 2 afsluttet, 5 væsentligt, 7 begrænset, 0 ikke påbegyndt."
pub fn status_sentence(tally: &StatusTally, lang: Lang) -> String {
    let total = tally.total();
    let parts: Vec<String> =
        tally.statuses.iter().map(|s| format!("{} {}", total.count(*s), s.label(lang))).collect();
    format!("{}: {}.", initiatives(lang, total.total()), parts.join(", "))
}

/// What a bar segment holds, for its accessible name and the list heading:
/// "Tema 1: 3 initiativer begrænset".
pub fn segment_label(row_label: &str, count: usize, status_label: &str, lang: Lang) -> String {
    format!("{row_label}: {}", segment_count(count, status_label, lang))
}

/// The part of a segment's label after its row's: "3 initiativer begrænset"
/// (the row's title may need a `lang` of its own, so the two are apart).
pub fn segment_count(count: usize, status_label: &str, lang: Lang) -> String {
    format!("{} {status_label}", initiatives(lang, count))
}
