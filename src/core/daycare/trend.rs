//! The municipal view's chart over the years: which lines to draw for a
//! figure (the chosen municipalities, then the country) and its sentence.

use super::feed::DaycareFeed;
use super::format::value_with_unit;
use super::value::Value;
use super::words::DaycareMsg;
use crate::core::chart::daycare::series_layout::SeriesInput;
use crate::core::daycare::compare::MAX_COMPARED;
use crate::core::i18n::Lang;

/// Lines for figure `figure` (index in `feed.figures`): up to four
/// municipalities (indices in `feed.areas`) that have a series for it, and
/// the national series when the feed has one.
pub fn trend_inputs(
    feed: &DaycareFeed,
    figure: usize,
    areas: &[usize],
    lang: Lang,
) -> Vec<SeriesInput> {
    let Some(f) = feed.figures.get(figure) else { return Vec::new() };
    let mut inputs: Vec<SeriesInput> = areas
        .iter()
        .filter_map(|&a| feed.areas.get(a))
        .filter_map(|a| {
            a.series.get(&f.id).map(|s| SeriesInput {
                label: a.name.clone(),
                series: s.clone(),
                national: false,
            })
        })
        .take(MAX_COMPARED)
        .collect();
    if let Some(s) = feed.national.series.get(&f.id) {
        inputs.push(SeriesInput {
            label: DaycareMsg::Country.text(lang).to_string(),
            series: s.clone(),
            national: true,
        });
    }
    inputs
}

/// "Aarhus: 3,0 børn pr. voksen i 2017, 2,9 i 2023." for each line, and a
/// word on the method change: the chart's description.
pub fn trend_sentence(
    feed: &DaycareFeed,
    figure: usize,
    inputs: &[SeriesInput],
    lang: Lang,
) -> String {
    let Some(f) = feed.figures.get(figure) else { return String::new() };
    let mut parts = Vec::new();
    for input in inputs {
        let numbers: Vec<(i32, Value)> =
            input.series.0.iter().filter(|(_, v)| v.number().is_some()).copied().collect();
        if let (Some((y0, v0)), Some((y1, v1))) = (numbers.first(), numbers.last()) {
            let (from, to) = (value_with_unit(*v0, f, lang), super::format::value(*v1, f, lang));
            parts.push(lang.pick(
                format!("{}: {from} i {y0}, {to} i {y1}.", input.label),
                format!("{}: {from} in {y0}, {to} in {y1}.", input.label),
            ));
        }
    }
    for b in &f.breaks {
        if let Some(note) = &b.note {
            parts.push(format!("{}.", note.get(lang).trim_end_matches('.')));
        }
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::daycare::read::read_daycare;

    #[test]
    fn lines_for_the_chosen_municipalities_and_the_country() {
        let feed = read_daycare(
            r#"{"format":"ogw.daycare/1",
              "figures":[{"id":"n","label":"Børn pr. voksen","unit":"børn pr. voksen","decimals":1,"breaks":[{"year":2023,"note":"Ny metode fra 2023"}]}],
              "national":{"series":{"n":{"2017":3.14,"2023":2.9}}},
              "areas":[{"code":"751","name":"Aarhus","series":{"n":{"2017":3,"2022":"not_reported","2023":2.9}}},{"code":"101","name":"København"}]}"#,
        )
        .unwrap()
        .feed;
        let inputs = trend_inputs(&feed, 0, &[0, 1], Lang::Da);
        let labels: Vec<&str> = inputs.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels, ["Aarhus", "Hele landet"], "København has no series");
        assert_eq!(
            trend_sentence(&feed, 0, &inputs, Lang::Da),
            "Aarhus: 3,0 børn pr. voksen i 2017, 2,9 i 2023. Hele landet: 3,1 børn pr. voksen i 2017, 2,9 i 2023. Ny metode fra 2023."
        );
    }
}
