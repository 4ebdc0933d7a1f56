//! The table's headings and cells as text, so the widget only places them:
//! which columns to start with, what each is called, and what each cell
//! says in either language (a missing value in words, never 0).

use super::distance::Distances;
use super::feed::{DaycareFeed, Presence};
use super::format::{
    annotated, annotation, distance, label_with_period, notes_explained, number, value,
};
use super::hours::time_text;
use super::query::{Column, UnitIndex};
use super::value::Value;
use super::words::{closing_days, meal_scheme, missing, unit_type, DaycareMsg};
use crate::core::i18n::Lang;
use crate::core::text::{feed_language, lang_attr};

/// The key figures a table starts with when the page does not choose:
/// the mandatory ones institutions have numbers for, in the feed's order.
pub fn default_figures(feed: &DaycareFeed, index: &UnitIndex) -> Vec<usize> {
    mandatory_or_all(feed, index.unit_figures())
}

/// The key figures the municipal table starts with: the mandatory ones the
/// municipalities have numbers for (all they have numbers for, if none is
/// mandatory), in the feed's order.
pub fn default_area_figures(feed: &DaycareFeed) -> Vec<usize> {
    let with_numbers: Vec<usize> = (0..feed.figures.len())
        .filter(|&f| {
            feed.areas
                .iter()
                .any(|a| a.values.get(&feed.figures[f].id).is_some_and(|v| v.number().is_some()))
        })
        .collect();
    mandatory_or_all(feed, with_numbers)
}

/// The mandatory figures of `with_numbers`, or all of them when none is.
fn mandatory_or_all(feed: &DaycareFeed, with_numbers: Vec<usize>) -> Vec<usize> {
    let mandatory: Vec<usize> = with_numbers
        .iter()
        .copied()
        .filter(|&f| feed.figures[f].presence == Presence::Mandatory)
        .collect();
    if mandatory.is_empty() {
        with_numbers
    } else {
        mandatory
    }
}

/// A column's heading: a figure's label, or the built-in name.
pub fn heading(feed: &DaycareFeed, column: Column, lang: Lang) -> String {
    let w = |x: DaycareMsg| x.text(lang).to_string();
    match column {
        Column::Name => w(DaycareMsg::Name),
        Column::Area => w(DaycareMsg::Municipality),
        Column::Type => w(DaycareMsg::Type),
        Column::Figure(f) => {
            feed.figures.get(f).map_or_else(String::new, |f| label_with_period(f, lang))
        }
        Column::Distance => w(DaycareMsg::Distance),
        Column::Opens => w(DaycareMsg::Opens),
        Column::Closes => w(DaycareMsg::Closes),
        Column::WeeklyHours => w(DaycareMsg::WeeklyHours),
        Column::ClosingDays => w(DaycareMsg::ClosingDays),
        Column::Meals => w(DaycareMsg::Meals),
    }
}

/// The `lang` attribute `heading(feed, column, lang)` needs: a figure's
/// label in the feed's language when the feed has none in `lang` (a daycare
/// feed has no `language` of its own: plain text is Danish); `None` for the
/// widget's own words and translated labels (WCAG 3.1.2).
pub fn heading_lang(feed: &DaycareFeed, column: Column, lang: Lang) -> Option<String> {
    let Column::Figure(f) = column else { return None };
    let label = &feed.figures.get(f)?.label;
    lang_attr(label.language(lang, feed_language(None)), lang)
}

/// What a unit's cell in `column` says.
pub fn cell(
    feed: &DaycareFeed,
    index: &UnitIndex,
    unit: usize,
    column: Column,
    distances: Option<&Distances>,
    lang: Lang,
) -> String {
    let Some(u) = feed.units.get(unit) else { return String::new() };
    let not_reported = || missing(lang, Value::NotReported).to_string();
    let hours = u.opening_hours.as_ref();
    match column {
        Column::Name => u.name.clone(),
        Column::Area => index
            .area_of(unit)
            .map_or_else(|| u.area.clone().unwrap_or_default(), |a| feed.areas[a].name.clone()),
        Column::Type => unit_type(lang, u.kind).to_string(),
        Column::Figure(f) => feed
            .figures
            .get(f)
            .map_or_else(String::new, |figure| value(index.value(unit, f), figure, lang)),
        Column::Distance => {
            distances.and_then(|d| d.metres(unit)).map_or_else(|| "–".into(), |m| distance(m, lang))
        }
        Column::Opens => {
            hours.and_then(|h| h.opens()).map_or_else(not_reported, |m| time_text(m, lang))
        }
        Column::Closes => {
            hours.and_then(|h| h.closes()).map_or_else(not_reported, |m| time_text(m, lang))
        }
        Column::WeeklyHours => hours.map_or_else(not_reported, |h| {
            format!("{} {}", number(h.weekly_minutes() as f64 / 60.0, 1, lang), lang.pick("t", "h"))
        }),
        Column::ClosingDays => u
            .closing_days
            .as_ref()
            .and_then(|c| c.days())
            .map_or_else(not_reported, |n| closing_days(lang, n)),
        Column::Meals => {
            u.meals.as_ref().map_or_else(not_reported, |m| meal_scheme(lang, m.scheme).to_string())
        }
    }
}

/// What a municipality's cell in `column` says: its name, or a figure.
/// The other columns are about institutions and say nothing here.
pub fn area_cell(feed: &DaycareFeed, area: usize, column: Column, lang: Lang) -> String {
    let Some(a) = feed.areas.get(area) else { return String::new() };
    match column {
        Column::Name | Column::Area => a.name.clone(),
        Column::Figure(f) => feed.figures.get(f).map_or_else(String::new, |figure| {
            let v = value(a.values.get(&figure.id).unwrap_or(Value::NotReported), figure, lang);
            annotated(v, &annotation(a, figure, lang))
        }),
        _ => String::new(),
    }
}

/// What a municipality's notes on a figure say in full ("" for none): the
/// cell's tooltip.
pub fn area_cell_notes(feed: &DaycareFeed, area: usize, column: Column, lang: Lang) -> String {
    match (feed.areas.get(area), column) {
        (Some(a), Column::Figure(f)) => feed
            .figures
            .get(f)
            .map_or_else(String::new, |figure| notes_explained(a.notes_on(&figure.id), lang)),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::daycare::feed::Point;
    use crate::core::daycare::read::read_daycare;
    use expect_test::expect;

    #[test]
    fn cells_in_both_languages() {
        let feed = read_daycare(
            r#"{"format":"ogw.daycare/1",
              "figures":[{"id":"n","label":{"da":"Børn pr. voksen","en":"Children per adult"},"decimals":1,"presence":"mandatory"},
                         {"id":"fee","label":"Takst","presence":"optional"}],
              "areas":[{"code":"751","name":"Aarhus"}],
              "units":[{"id":"1","name":"Solsikken","type":"nursery","area":"751","location":{"lat":56.16,"lon":10.2},
                        "values":{"n":3.25,"fee":100},"opening_hours":{"mon":"06:30-17:00","fri":"06:30-16:00"},
                        "closing_days":{"dates":["2025-12-24","2025-12-31"]},"meals":"packed_lunch"},
                       {"id":"2","name":"Egernet","type":"family_daycare","values":{"n":"suppressed"}}]}"#,
        )
        .unwrap()
        .feed;
        let index = UnitIndex::new(&feed);
        // The untranslated label says it is Danish in an English widget; the
        // translated one and the widget's own words need no lang.
        let langs = |lang| {
            [Column::Name, Column::Figure(0), Column::Figure(1)]
                .map(|c| heading_lang(&feed, c, lang))
        };
        assert_eq!(langs(Lang::En), [None, None, Some("da".to_string())]);
        assert_eq!(langs(Lang::Da), [None, None, None]);
        assert_eq!(
            default_figures(&feed, &index),
            vec![0],
            "the mandatory figure, not the optional one"
        );
        let distances = Distances::new(&feed, Point { lat: 56.17, lon: 10.2 });
        let columns = [
            Column::Name,
            Column::Area,
            Column::Type,
            Column::Figure(0),
            Column::Distance,
            Column::Opens,
            Column::Closes,
            Column::WeeklyHours,
            Column::ClosingDays,
            Column::Meals,
        ];
        let mut out = String::new();
        for lang in [Lang::Da, Lang::En] {
            out +=
                &columns.iter().map(|c| heading(&feed, *c, lang)).collect::<Vec<_>>().join(" | ");
            out += "\n";
            for unit in 0..2 {
                out += &columns
                    .iter()
                    .map(|c| cell(&feed, &index, unit, *c, Some(&distances), lang))
                    .collect::<Vec<_>>()
                    .join(" | ");
                out += "\n";
            }
        }
        expect![[r#"
            Navn | Kommune | Type | Børn pr. voksen (år ikke oplyst) | Afstand | Åbner | Lukker | Timer om ugen | Lukkedage | Madordning
            Solsikken | Aarhus | Vuggestue | 3,3 | 1,1 km | 6.30 | 17.00 | 20,0 t | 2 lukkedage | Madpakke hjemmefra
            Egernet |  | Dagpleje | for få børn | – | ikke oplyst | ikke oplyst | ikke oplyst | ikke oplyst | ikke oplyst
            Name | Municipality | Type | Children per adult (year not given) | Distance | Opens | Closes | Hours a week | Closing days | Meals
            Solsikken | Aarhus | Nursery | 3.3 | 1.1 km | 6:30 | 17:00 | 20.0 h | 2 closing days | Packed lunch from home
            Egernet |  | Family daycare | too few children | – | not reported | not reported | not reported | not reported | not reported
        "#]]
        .assert_eq(&out);
        let municipal: Vec<String> =
            [Column::Name, Column::Figure(0), Column::Figure(1), Column::Opens]
                .iter()
                .map(|c| area_cell(&feed, 0, *c, Lang::Da))
                .collect();
        assert_eq!(
            municipal,
            ["Aarhus", "ikke oplyst", "ikke oplyst", ""],
            "a figure the municipality lacks is not reported, never 0"
        );
        assert_eq!(default_area_figures(&feed), Vec::<usize>::new(), "Aarhus has no numbers");
    }
}
