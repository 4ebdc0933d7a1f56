//! Numbers as Danish and English readers write them: "4.600,5" and
//! "4,600.5"; "46,3 %" and "46.3%"; distances in metres or kilometres; a
//! missing value in words, never as 0.

use super::feed::Figure;
use super::value::Value;
use super::words::missing;
use crate::core::i18n::Lang;

/// `x` with `decimals` decimals and thousands grouped: Danish "1.234,5",
/// English "1,234.5". Written by hand: a formatting crate would cost the
/// browser bundle more than these lines.
pub fn number(x: f64, decimals: u8, lang: Lang) -> String {
    // Half away from zero, as statistics are rounded (and as `compare`
    // rounds): `format!` alone would round 3.25 to 3.2.
    let scale = 10f64.powi(decimals as i32);
    let rounded = (x.abs() * scale).round() / scale;
    // Not a number, infinite, or more digits than an f64 holds (the reader
    // allows 15): never "inf" nor 300 digits.
    if rounded.is_nan() || rounded >= 1e17 {
        return "–".into();
    }
    let (group, point) = lang.pick(('.', ','), (',', '.'));
    let text = format!("{:.*}", decimals as usize, rounded);
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + 4);
    // A value that rounds to zero is not negative.
    if x < 0.0 && text.bytes().any(|b| matches!(b, b'1'..=b'9')) {
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
            1e17: – | –
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
