//! Dates in words for a reader of the widget, in the widget's language,
//! whatever language the plan wrote them in: "2. kvartal 2018" is "Q2
//! 2018" on an English page. Spans that share a year say it once ("juli
//! til oktober 2017"), so they read well aloud.

use super::day::{ymd, Day};
use super::fuzzy::{DatePhrase, FuzzyDate, Precision, Qualifier};
use crate::core::calendar_words::{MONTHS_DA, MONTHS_EN};
use crate::core::i18n::Lang;

const ABBR_DA: [&str; 12] =
    ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const ABBR_EN: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SEASONS_DA: [&str; 4] = ["forår", "sommer", "efterår", "vinter"];
const SEASONS_EN: [&str; 4] = ["spring", "summer", "autumn", "winter"];

fn month_index(month: u32) -> usize {
    (month as usize).clamp(1, 12) - 1
}

/// "juli" / "July".
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    lang.pick(MONTHS_DA, MONTHS_EN)[month_index(month)]
}

/// "okt" / "Oct", for axis ticks.
pub fn month_abbr(month: u32, lang: Lang) -> &'static str {
    lang.pick(ABBR_DA, ABBR_EN)[month_index(month)]
}

/// "K2" / "Q2", for axis ticks.
pub fn quarter_abbr(quarter: u32, lang: Lang) -> String {
    lang.pick(format!("K{quarter}"), format!("Q{quarter}"))
}

/// The season a day is in (0 spring, 1 summer, 2 autumn, 3 winter) and
/// the year it starts in: March-May, June-August, September-November,
/// December-February.
fn season(day: Day) -> (usize, i32) {
    let (y, m, _) = ymd(day);
    match m {
        3..=11 => (m as usize / 3 - 1, y),
        12 => (3, y),
        _ => (3, y - 1),
    }
}

/// "forår" / "spring".
fn season_name(day: Day, lang: Lang) -> &'static str {
    lang.pick(SEASONS_DA, SEASONS_EN)[season(day).0]
}

/// "forår 2015" / "spring 2015"; a winter with both its years: "vinter
/// 2015/16" / "winter 2015/16".
fn season_words(day: Day, lang: Lang) -> String {
    let name = season_name(day, lang);
    match season(day) {
        (3, year) => format!("{name} {year}/{:02}", (year + 1).rem_euclid(100)),
        (_, year) => format!("{name} {year}"),
    }
}

/// "1. september 2018" / "1 September 2018".
pub fn day_words(day: Day, lang: Lang) -> String {
    let (y, m, d) = ymd(day);
    let month = month_name(m, lang);
    lang.pick(format!("{d}. {month} {y}"), format!("{d} {month} {y}"))
}

/// The period a date names, before its qualifiers: "2. kvartal 2018" / "Q2 2018".
fn period_words(precision: Precision, anchor: Day, lang: Lang) -> String {
    let (y, m, _) = ymd(anchor);
    match precision {
        Precision::Day => day_words(anchor, lang),
        Precision::Month => format!("{} {y}", month_name(m, lang)),
        Precision::Quarter => {
            lang.pick(format!("{}. kvartal {y}", m.div_ceil(3)), format!("Q{} {y}", m.div_ceil(3)))
        }
        Precision::Season => season_words(anchor, lang),
        Precision::HalfYear => match (lang, m <= 6) {
            (Lang::Da, true) => format!("1. halvår {y}"),
            (Lang::Da, false) => format!("2. halvår {y}"),
            (Lang::En, true) => format!("first half of {y}"),
            (Lang::En, false) => format!("second half of {y}"),
        },
        Precision::Year | Precision::Unknown => y.to_string(),
    }
}

/// A date in words: "medio 2019" / "mid-2019", "senest 1. januar 2019" /
/// "no later than 1 January 2019", "ikke fastlagt" / "not set". Text that
/// could not be read is given as the plan wrote it.
pub fn date_words(date: &FuzzyDate, lang: Lang) -> String {
    let Some(anchor) = date.anchor.filter(|_| date.precision != Precision::Unknown) else {
        return unknown_words(date, lang);
    };
    let base = period_words(date.precision, anchor, lang);
    if let Some(deadline) = &date.deadline {
        let main = with_part(date, base, false, lang);
        let deadline = date_words(deadline, lang);
        return lang.pick(
            format!("i løbet af {main} og {deadline}"),
            format!("during {main} and {deadline}"),
        );
    }
    let by = date.has(Qualifier::NoLaterThan);
    let words = with_part(date, base, by, lang);
    if by && date.has(Qualifier::Late) && lang == Lang::En {
        // "by the end of 2019" reads better than "no later than the end of 2019".
        return format!("by {words}");
    }
    let bound = [
        (Qualifier::NoLaterThan, "senest", "no later than"),
        (Qualifier::NoEarlierThan, "tidligst", "no earlier than"),
        (Qualifier::Before, "før", "before"),
        (Qualifier::After, "efter", "after"),
    ];
    match bound.iter().find(|(q, ..)| date.has(*q)) {
        Some((_, da, en)) => format!("{} {words}", lang.pick(da, en)),
        None => words,
    }
}

fn with_part(date: &FuzzyDate, base: String, definite: bool, lang: Lang) -> String {
    if date.has(Qualifier::Early) {
        lang.pick(format!("primo {base}"), format!("early {base}"))
    } else if date.has(Qualifier::Mid) {
        lang.pick(format!("medio {base}"), format!("mid-{base}"))
    } else if date.has(Qualifier::Late) {
        let the = if definite { "the " } else { "" };
        lang.pick(format!("ultimo {base}"), format!("{the}end of {base}"))
    } else {
        base
    }
}

fn unknown_words(date: &FuzzyDate, lang: Lang) -> String {
    if date.has(Qualifier::NotGiven) {
        lang.pick("ikke angivet", "not given").into()
    } else if date.has(Qualifier::NotSet) {
        lang.pick("ikke fastlagt", "not set").into()
    } else if date.has(Qualifier::Open) {
        lang.pick("løbende", "ongoing").into()
    } else if date.text.is_empty() {
        lang.pick("ukendt", "unknown").into()
    } else {
        date.text.clone()
    }
}

/// A date with nothing said about it: can two of them share their year?
fn is_plain(date: &FuzzyDate) -> bool {
    date.qualifiers.is_empty()
        && date.deadline.is_none()
        && date.anchor.is_some()
        && date.precision != Precision::Unknown
}

/// Two dates as one span, the shared year said once: "juli til oktober
/// 2017", "1. august til 14. september 2017", "Q1 to Q2 2018". `to` joins
/// them: " til " / " to ", or "–" inside a longer span.
fn pair_words(start: &FuzzyDate, end: &FuzzyDate, to: &str, lang: Lang) -> String {
    if is_plain(start) && is_plain(end) && start.precision == end.precision {
        let (a, b) = (start.anchor.unwrap_or_default(), end.anchor.unwrap_or_default());
        if a == b {
            return date_words(start, lang);
        }
        let ((ya, ma, da), (yb, mb, _)) = (ymd(a), ymd(b));
        if ya == yb && a < b {
            let tail = period_words(end.precision, b, lang);
            let head = match (start.precision, lang) {
                (Precision::Day, Lang::Da) if ma == mb => format!("{da}."),
                (Precision::Day, Lang::En) if ma == mb => format!("{da}"),
                (Precision::Day, Lang::Da) => format!("{da}. {}", month_name(ma, lang)),
                (Precision::Day, Lang::En) => format!("{da} {}", month_name(ma, lang)),
                (Precision::Month, _) => month_name(ma, lang).to_string(),
                (Precision::Season, _) => season_name(a, lang).to_string(),
                (Precision::Quarter, Lang::Da) => format!("{}.", ma.div_ceil(3)),
                (Precision::Quarter, Lang::En) => format!("Q{}", ma.div_ceil(3)),
                // Two halves of one year can only be the first and the second.
                (Precision::HalfYear, Lang::Da) => "1.".to_string(),
                (Precision::HalfYear, Lang::En) => return format!("first{to}second half of {ya}"),
                _ => return format!("{}{to}{tail}", date_words(start, lang)),
            };
            return format!("{head}{to}{tail}");
        }
    }
    format!("{}{to}{}", date_words(start, lang), date_words(end, lang))
}

/// A phrase in words; a range as a span ("april til maj 2017", "fra 2016").
pub fn phrase_words(phrase: &DatePhrase, lang: Lang) -> String {
    match phrase {
        DatePhrase::One(date) => date_words(date, lang),
        DatePhrase::Range { start, end, .. } => {
            range_words(start, end, lang.pick(" til ", " to "), lang)
        }
    }
}

fn range_words(start: &FuzzyDate, end: &FuzzyDate, to: &str, lang: Lang) -> String {
    match (start.is_known(), end.is_known()) {
        (true, true) => pair_words(start, end, to, lang),
        (true, false) if end.has(Qualifier::Open) => lang.pick(
            format!("fra {}", date_words(start, lang)),
            format!("from {}", date_words(start, lang)),
        ),
        (false, true) if start.has(Qualifier::NotGiven) => lang.pick(
            format!("til {}", date_words(end, lang)),
            format!("until {}", date_words(end, lang)),
        ),
        _ => format!("{}{to}{}", date_words(start, lang), date_words(end, lang)),
    }
}

/// A phrase inside a longer sentence: a range is joined with an en dash so
/// the sentence's own "til" stays the only one ("april–maj 2017 til 2020").
pub fn inner_words(phrase: &DatePhrase, lang: Lang) -> String {
    match phrase {
        DatePhrase::One(date) => date_words(date, lang),
        DatePhrase::Range { start, end, .. } => range_words(start, end, "–", lang),
    }
}

/// When something runs, from its start and end phrases: "juli til oktober
/// 2017", "til 31. december 2017" (no start given), "fra 2016, løbende",
/// "fra 2016, slut ikke fastlagt", "tidspunkt ikke fastlagt".
pub fn span_words<'p>(
    start: Option<&'p DatePhrase>,
    end: Option<&'p DatePhrase>,
    lang: Lang,
) -> String {
    let start = start.filter(|p| !p.is_not_given());
    let end = end.filter(|p| !p.is_not_given());
    let known = |p: Option<&'p DatePhrase>| p.filter(|p| p.is_known());
    match (known(start), known(end)) {
        (Some(DatePhrase::One(s)), Some(DatePhrase::One(e))) => {
            pair_words(s, e, lang.pick(" til ", " to "), lang)
        }
        (Some(s), Some(e)) => lang.pick(
            format!("{} til {}", inner_words(s, lang), inner_words(e, lang)),
            format!("{} to {}", inner_words(s, lang), inner_words(e, lang)),
        ),
        (None, Some(e)) => match start {
            None => lang.pick(
                format!("til {}", inner_words(e, lang)),
                format!("until {}", inner_words(e, lang)),
            ),
            Some(s) => lang.pick(
                format!("start {}, til {}", phrase_words(s, lang), inner_words(e, lang)),
                format!("start {}, until {}", phrase_words(s, lang), inner_words(e, lang)),
            ),
        },
        (Some(s), None) => {
            let from = inner_words(s, lang);
            match end {
                None => lang.pick(format!("fra {from}"), format!("from {from}")),
                Some(e) if e.is_open() => {
                    lang.pick(format!("fra {from}, løbende"), format!("from {from}, ongoing"))
                }
                Some(e) => lang.pick(
                    format!("fra {from}, slut {}", phrase_words(e, lang)),
                    format!("from {from}, end {}", phrase_words(e, lang)),
                ),
            }
        }
        (None, None) => lang.pick("tidspunkt ikke fastlagt", "dates not set").into(),
    }
}
