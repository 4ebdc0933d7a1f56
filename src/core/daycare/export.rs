//! The dashboard's current view as CSV: the rows on show in their order,
//! the figures chosen, and a missing value in words ("ikke oplyst"), never
//! a blank or a 0. Numbers plain, as a spreadsheet reads them (core::csv).

use super::distance::Distances;
use super::feed::DaycareFeed;
use super::query::{Column, UnitIndex};
use super::table::{cell, heading};
use super::value::Value;
use super::words::missing;
use crate::core::csv::{csv, csv_number};
use crate::core::i18n::Lang;

fn figure_cell(feed: &DaycareFeed, figure: usize, v: Value, lang: Lang) -> String {
    match (v, feed.figures.get(figure)) {
        (Value::Number(x), Some(f)) => csv_number(x, f.decimals, lang),
        (Value::Number(_), None) => String::new(),
        (other, _) => missing(lang, other).to_string(),
    }
}

/// The institutions table: name, municipality, type, the chosen figures,
/// opening and closing times, and the distance when there is one.
pub fn units_csv(
    feed: &DaycareFeed,
    index: &UnitIndex,
    rows: &[u32],
    figures: &[usize],
    distances: Option<&Distances>,
    lang: Lang,
) -> String {
    let mut columns = vec![Column::Name, Column::Area, Column::Type];
    columns.extend(figures.iter().map(|&f| Column::Figure(f)));
    columns.extend([Column::Opens, Column::Closes]);
    if distances.is_some() {
        columns.push(Column::Distance);
    }
    let mut out = vec![columns.iter().map(|&c| heading(feed, c, lang)).collect::<Vec<_>>()];
    for &unit in rows {
        let unit = unit as usize;
        out.push(
            columns
                .iter()
                .map(|&c| match c {
                    Column::Figure(f) => figure_cell(feed, f, index.value(unit, f), lang),
                    Column::Distance => distances.and_then(|d| d.metres(unit)).map_or_else(
                        || missing(lang, Value::NotReported).into(),
                        |m| csv_number(m / 1000.0, 2, lang),
                    ),
                    c => cell(feed, index, unit, c, distances, lang),
                })
                .collect(),
        );
    }
    csv(&out, lang)
}

/// The municipal table: name and the chosen figures.
pub fn areas_csv(feed: &DaycareFeed, rows: &[u32], figures: &[usize], lang: Lang) -> String {
    let mut out = vec![std::iter::once(heading(feed, Column::Name, lang))
        .chain(figures.iter().map(|&f| heading(feed, Column::Figure(f), lang)))
        .collect::<Vec<_>>()];
    for &a in rows {
        let Some(area) = feed.areas.get(a as usize) else { continue };
        out.push(
            std::iter::once(area.name.clone())
                .chain(figures.iter().map(|&f| {
                    let v = feed.figures.get(f).map_or(Value::NotReported, |fig| {
                        area.values.get(&fig.id).unwrap_or(Value::NotReported)
                    });
                    figure_cell(feed, f, v, lang)
                }))
                .collect(),
        );
    }
    csv(&out, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::daycare::read::read_daycare;

    fn feed() -> DaycareFeed {
        let json = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/feeds/small-daycare.json"
        ))
        .unwrap();
        read_daycare(&json).unwrap().feed
    }

    /// Every row and figure on show, in the view's order, with missing
    /// values in words; Danish and English conventions.
    #[test]
    fn the_view_as_csv_in_both_languages() {
        let feed = feed();
        let index = UnitIndex::new(&feed);
        let figures: Vec<usize> = (0..feed.figures.len()).collect();
        let rows: Vec<u32> = (0..feed.units.len() as u32).rev().collect();
        for lang in [Lang::Da, Lang::En] {
            let text = units_csv(&feed, &index, &rows, &figures, None, lang);
            let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
            assert!(text.starts_with('\u{feff}'));
            assert_eq!(lines.len(), rows.len() + 1);
            let sep = lang.pick(';', ',');
            for (line, &unit) in lines[1..].iter().zip(&rows) {
                assert!(line.contains(&feed.units[unit as usize].name), "{line}");
                for &f in &figures {
                    if !matches!(index.value(unit as usize, f), Value::Number(_)) {
                        let word = missing(lang, index.value(unit as usize, f));
                        assert!(line.contains(word), "{line} lacks {word}");
                    }
                }
                assert!(!line.contains(&format!("{sep}{sep}")), "a blank cell: {line}");
            }
            let areas: Vec<u32> = (0..feed.areas.len() as u32).collect();
            let text = areas_csv(&feed, &areas, &figures, lang);
            assert_eq!(text.trim_end().split("\r\n").count(), areas.len() + 1);
        }
    }
}
