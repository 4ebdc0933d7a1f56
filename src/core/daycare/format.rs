//! Numbers as Danish and English readers write them: "4.600,5" and
//! "4,600.5"; "46,3 %" and "46.3%"; distances in metres or kilometres; a
//! missing value in words, never as 0.

use super::feed::{Area, Figure, Note};
use super::value::Value;
use super::words::{in_months, missing, no_period, note_explained, note_short};
use crate::core::i18n::Lang;

// Rounded once, the same way everywhere (core/number.rs).
pub use crate::core::number::shown;

/// `x` with `decimals` decimals and thousands grouped: Danish "1.234,5",
/// English "1,234.5", rounded once by [`shown`]. Written by hand: a
/// formatting crate would cost the browser bundle more than these lines.
pub fn number(x: f64, decimals: u8, lang: Lang) -> String {
    let Some(n) = shown(x, decimals) else { return "–".into() };
    let (group, point) = lang.pick(('.', ','), (',', '.'));
    let digits = format!("{:0width$}", n.unsigned_abs(), width = decimals as usize + 1);
    let (whole, fraction) = digits.split_at(digits.len() - decimals as usize);
    let mut out = String::with_capacity(digits.len() + 6);
    // A value that rounds to zero is not negative.
    if n < 0 {
        out.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(fraction);
    }
    out
}

/// A count: "4.600" / "4,600".
pub fn count(n: usize, lang: Lang) -> String {
    number(n as f64, 0, lang)
}

/// A figure's value for a table cell: "2,9", or "ikke oplyst".
pub fn value(v: Value, figure: &Figure, lang: Lang) -> String {
    match v {
        Value::Number(x) => number(x, figure.decimals, lang),
        other => missing(lang, other).to_string(),
    }
}

/// A value with its unit, for sentences and accessible names: "2,9 børn pr.
/// voksen", "46,3 %", "46.3%", "ikke oplyst".
pub fn value_with_unit(v: Value, figure: &Figure, lang: Lang) -> String {
    let Value::Number(x) = v else { return missing(lang, v).to_string() };
    let n = number(x, figure.decimals, lang);
    match figure.unit.as_ref().map(|u| u.get(lang)) {
        None | Some("") => n,
        // Danish puts a space before the per cent sign, English does not.
        Some("%") => lang.pick(format!("{n} %"), format!("{n}%")),
        Some(unit) => format!("{n} {unit}"),
    }
}

/// A figure's label with the year or period its values describe:
/// "Børn pr. voksen, 0-2 år (2023)"; "(år ikke oplyst)" when the feed does
/// not give one, so an old figure is never taken for a current one.
pub fn label_with_period(figure: &Figure, lang: Lang) -> String {
    let (label, period) = label_and_period(figure, lang);
    format!("{label}{period}")
}

/// `label_with_period` in its two parts, the feed's label and " (2023)" in
/// the widget's words, for a label that needs a `lang` of its own.
pub fn label_and_period(figure: &Figure, lang: Lang) -> (&str, String) {
    let period = figure.period.as_deref().unwrap_or_else(|| no_period(lang));
    (figure.label.get(lang), format!(" ({period})"))
}

/// What a municipality's value of `figure` needs said beside it: its own
/// year when that is not the figure's, and its notes in a word or two
/// ("2022, nyeste år mangler"; "tvivlsomt, usædvanligt"), after a yearly
/// fee's monthly payments ("11 mdr. à 4.256"). Empty: nothing.
pub fn annotation(area: &Area, figure: &Figure, lang: Lang) -> String {
    let own = area.periods.get(&figure.id).filter(|p| figure.period.as_ref() != Some(*p));
    let notes = area.notes_on(&figure.id).iter().map(|n| note_short(lang, n.kind).to_string());
    monthly(area, figure, lang)
        .into_iter()
        .chain(own.cloned())
        .chain(notes)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A yearly amount the municipality has paid monthly, as the months and the
/// monthly rate: "11 mdr. à 4.256", so a parent need not divide.
pub fn monthly(area: &Area, figure: &Figure, lang: Lang) -> Option<String> {
    let months = *area.months.get(&figure.id)?;
    let yearly = area.values.get(&figure.id)?.number()?;
    Some(in_months(lang, months, &number(yearly / months as f64, figure.decimals, lang)))
}

/// `text` with the annotation in brackets after it, if there is one.
pub fn annotated(text: String, annotation: &str) -> String {
    if annotation.is_empty() {
        text
    } else {
        format!("{text} ({annotation})")
    }
}

/// Notes said in full, for a tooltip or a sentence: "Tvivlsomt: … . Usædvanligt: …".
pub fn notes_explained(notes: &[Note], lang: Lang) -> String {
    let said: Vec<String> = notes
        .iter()
        .map(|n| match &n.text {
            Some(text) => format!("{}: {}", note_explained(lang, n.kind), text.get(lang)),
            None => note_explained(lang, n.kind).to_string(),
        })
        .collect();
    said.join(". ")
}

/// "350 m", "1,2 km", "14 km" (Danish); rounded as a parent needs it.
pub fn distance(metres: f64, lang: Lang) -> String {
    if !metres.is_finite() {
        return "–".into();
    }
    if metres < 950.0 {
        format!("{} m", number((metres / 50.0).round() * 50.0, 0, lang))
    } else if metres < 9950.0 {
        format!("{} km", number(metres / 1000.0, 1, lang))
    } else {
        format!("{} km", number(metres / 1000.0, 0, lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::daycare::feed::{Better, Presence};
    use crate::core::text::Text;
    use expect_test::expect;

    fn figure(unit: &str, decimals: u8) -> Figure {
        Figure {
            id: "f".into(),
            label: "F".into(),
            unit: (!unit.is_empty()).then(|| {
                Text::PerLanguage(vec![
                    ("da".into(), unit.into()),
                    ("en".into(), unit.replace("børn pr. voksen", "children per adult")),
                ])
            }),
            decimals,
            period: None,
            better: Better::None,
            presence: Presence::Optional,
            explanation: None,
            total: false,
            age_group: None,
            breaks: vec![],
        }
    }

    #[test]
    fn danish_and_english_numbers() {
        let mut out = String::new();
        for x in [0.0, 2.95, -0.04, 1234.5, 258677.0, -1234567.891, f64::NAN] {
            out += &format!(
                "{x}: {} | {} | {}\n",
                number(x, 1, Lang::Da),
                number(x, 1, Lang::En),
                number(x, 0, Lang::Da)
            );
        }
        expect![[r#"
            0: 0,0 | 0.0 | 0
            2.95: 3,0 | 3.0 | 3
            -0.04: 0,0 | 0.0 | 0
            1234.5: 1.234,5 | 1,234.5 | 1.235
            258677: 258.677,0 | 258,677.0 | 258.677
            -1234567.891: -1.234.567,9 | -1,234,567.9 | -1.234.568
            NaN: – | – | –
        "#]]
        .assert_eq(&out);
    }

    #[test]
    fn numbers_too_large_to_say_are_a_dash_never_inf() {
        let mut out = String::new();
        for x in [1e15, 1e308, -f64::MAX, f64::INFINITY, 1e17] {
            out += &format!("{x:e}: {} | {}\n", number(x, 1, Lang::Da), number(x, 0, Lang::En));
        }
        expect![[r#"
            1e15: 1.000.000.000.000.000,0 | 1,000,000,000,000,000
            1e308: – | –
            -1.7976931348623157e308: – | –
            inf: – | –
            1e17: – | 100,000,000,000,000,000
        "#]]
        .assert_eq(&out);
    }

    #[test]
    fn values_with_units_and_the_missing_kinds() {
        let per_adult = figure("børn pr. voksen", 1);
        let pct = figure("%", 1);
        let checks = [
            (value_with_unit(Value::Number(2.9), &per_adult, Lang::Da), "2,9 børn pr. voksen"),
            (value_with_unit(Value::Number(2.9), &per_adult, Lang::En), "2.9 children per adult"),
            (value_with_unit(Value::Number(46.3), &pct, Lang::Da), "46,3 %"),
            (value_with_unit(Value::Number(46.3), &pct, Lang::En), "46.3%"),
            (value_with_unit(Value::Number(0.0), &pct, Lang::Da), "0,0 %"),
            (value(Value::Suppressed, &pct, Lang::Da), "for få børn"),
            (value(Value::NotReported, &pct, Lang::En), "not reported"),
            (value(Value::NotApplicable, &pct, Lang::Da), "ikke relevant"),
        ];
        for (got, want) in checks {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn distances_a_parent_reads() {
        let got: Vec<String> = [12.0, 349.0, 960.0, 1234.0, 9960.0, 123456.0]
            .iter()
            .map(|m| distance(*m, Lang::Da))
            .collect();
        assert_eq!(got, ["0 m", "350 m", "1,0 km", "1,2 km", "10 km", "123 km"]);
        assert_eq!(distance(1234.0, Lang::En), "1.2 km");
    }
}
