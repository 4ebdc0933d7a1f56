//! The status chart's numbers as CSV for spreadsheets (the shared CSV rules
//! are `core::csv`'s), as `core::timeline::export` and `core::daycare::export`
//! do for the other widgets.

use super::tally::StatusTally;
use crate::core::csv::csv;
use crate::core::i18n::Lang;

/// The status chart's table: a row per theme and the total, a column per
/// status.
pub fn status_csv(tally: &StatusTally, theme_heading: &str, total: &str, lang: Lang) -> String {
    let mut rows = vec![std::iter::once(theme_heading.to_string())
        .chain(tally.statuses.iter().map(|s| s.title(lang).to_string()))
        .chain([total.to_string()])
        .collect::<Vec<_>>()];
    for row in &tally.rows {
        rows.push(
            std::iter::once(row.label.clone())
                .chain(tally.statuses.iter().map(|s| row.count(*s).to_string()))
                .chain([row.total().to_string()])
                .collect(),
        );
    }
    csv(&rows, lang)
}
