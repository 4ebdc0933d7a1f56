//! A calendar day said in words, for every widget: the status widget's and
//! the dashboard's "as of" lines have no date reader (`core::date`, which
//! their cores leave out), but a person must not hear "2018-09-01" read as
//! digits. The month names live here, and `core::date::words` uses them too.

use crate::core::i18n::Lang;

pub(crate) const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
pub(crate) const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// `YYYY-MM-DD` in words: "1. september 2018" / "1 September 2018". Any
/// other text (a feed's "2023" or "2024/25") is `None`: the caller shows it
/// as written.
pub fn iso_day_words(text: &str, lang: Lang) -> Option<String> {
    let text = text.trim();
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(r)?;
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    if day == 0 || day > days {
        return None;
    }
    let name = lang.pick(MONTHS_DA, MONTHS_EN)[month as usize - 1];
    Some(lang.pick(format!("{day}. {name} {year}"), format!("{day} {name} {year}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_in_words_and_anything_else_left_alone() {
        assert_eq!(iso_day_words("2018-09-01", Lang::Da).as_deref(), Some("1. september 2018"));
        assert_eq!(iso_day_words(" 2018-09-01 ", Lang::En).as_deref(), Some("1 September 2018"));
        assert_eq!(iso_day_words("2024-02-29", Lang::En).as_deref(), Some("29 February 2024"));
        for not_a_day in [
            "2023",
            "2023-02-29",
            "2018-13-01",
            "2018-00-10",
            "2018-9-1",
            "2018-09-1x",
            "æøå-09-01",
        ] {
            assert_eq!(iso_day_words(not_a_day, Lang::Da), None, "{not_a_day}");
        }
    }
}
