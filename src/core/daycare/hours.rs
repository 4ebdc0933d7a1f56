//! Opening hours per weekday: reading "06:30-17:00", and saying a week in
//! one glance ("man-tor 6.30-17.00, fre 6.30-16.00").

use schemars::JsonSchema;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::core::i18n::Lang;

pub const WEEKDAY_KEYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const SHORT_DA: [&str; 7] = ["man", "tir", "ons", "tor", "fre", "lør", "søn"];
const SHORT_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DA: [&str; 7] = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];
const LONG_EN: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Open from `open` to `close`, in minutes after midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub open: u16,
    pub close: u16,
}

/// The hours of each weekday, Monday first; an empty day is closed.
#[derive(Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[schemars(with = "HoursSchema")]
pub struct OpeningHours(pub [Vec<Interval>; 7]);

/// The feed's form: a weekday left out is closed.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct HoursSchema {
    /// "06:30-17:00", "06:30-12:00, 13:00-17:00" or "closed".
    mon: Option<String>,
    tue: Option<String>,
    wed: Option<String>,
    thu: Option<String>,
    fri: Option<String>,
    sat: Option<String>,
    sun: Option<String>,
}

impl Serialize for OpeningHours {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let open_days = self.0.iter().filter(|d| !d.is_empty()).count();
        let mut map = serializer.serialize_map(Some(open_days))?;
        for (key, day) in WEEKDAY_KEYS.iter().zip(&self.0) {
            if !day.is_empty() {
                let text: Vec<String> = day
                    .iter()
                    .map(|i| format!("{}-{}", clock(i.open, ':', true), clock(i.close, ':', true)))
                    .collect();
                map.serialize_entry(key, &text.join(", "))?;
            }
        }
        map.end()
    }
}

/// Reads the weekday keys feeds write: "mon", "monday", "man", "mandag".
pub fn weekday_of(key: &str) -> Option<usize> {
    let key = key.trim();
    // The feed format's own keys first: what almost every feed writes.
    if let Some(d) = WEEKDAY_KEYS.iter().position(|k| *k == key) {
        return Some(d);
    }
    // Compared without allocating: this runs for every day of thousands of institutions.
    let same = |a: &str| {
        a.len() == key.len()
            && a.chars()
                .zip(key.chars())
                .all(|(x, y)| x.eq_ignore_ascii_case(&y) || fold(x) == fold(y))
    };
    (0..7).find(|&d| {
        [WEEKDAY_KEYS[d], SHORT_EN[d], LONG_EN[d], SHORT_DA[d], LONG_DA[d]]
            .iter()
            .any(|name| same(name))
    })
}

/// Lower case for the letters weekday names use.
fn fold(c: char) -> char {
    match c {
        'Ø' => 'ø',
        c => c.to_ascii_lowercase(),
    }
}

/// Reads one day's hours: "06:30-17:00", "6.30 - 17", "06:30-12:00, 13:00-17:00",
/// "closed"/"lukket". `None`: not hours.
pub fn parse_day(text: &str) -> Option<Vec<Interval>> {
    let text = text.trim();
    match canonical_interval(text) {
        Some(interval) => interval.map(|i| vec![i]),
        None => parse_any_day(text),
    }
}

/// `parse_day` for any form it reads, `text` trimmed.
fn parse_any_day(text: &str) -> Option<Vec<Interval>> {
    // Compared without allocating: this runs for every day of thousands of institutions.
    if text.is_empty() || ["closed", "lukket", "-"].iter().any(|w| text.eq_ignore_ascii_case(w)) {
        return Some(Vec::new());
    }
    let mut day = Vec::new();
    for part in text.split([',', ';']) {
        let (open, close) = part.split_once(['-', '–'])?;
        let (open, close) = (minutes(open)?, minutes(close)?);
        if close <= open {
            return None;
        }
        day.push(Interval { open, close });
    }
    Some(day)
}

/// "06:30-17:00", the form feeds are written in, read without splitting:
/// a country's feed has hundreds of thousands. `None` when the text has
/// another form (for `parse_day`); `Some(None)` when it is not hours.
fn canonical_interval(text: &str) -> Option<Option<Interval>> {
    let b = text.as_bytes();
    let digits = [0, 1, 3, 4, 6, 7, 9, 10];
    if b.len() != 11 || b[2] != b':' || b[5] != b'-' || b[8] != b':' {
        return None;
    }
    if !digits.iter().all(|&i| b[i].is_ascii_digit()) {
        return None;
    }
    let two = |i: usize| u16::from(b[i] - b'0') * 10 + u16::from(b[i + 1] - b'0');
    let clock = |h: u16, m: u16| (h < 24 && m < 60 || h == 24 && m == 0).then_some(h * 60 + m);
    let interval = match (clock(two(0), two(3)), clock(two(6), two(9))) {
        (Some(open), Some(close)) if close > open => Some(Interval { open, close }),
        _ => None,
    };
    Some(interval)
}

/// "06:30", "6.30", "7" as minutes after midnight; "24:00" is the day's end.
fn minutes(text: &str) -> Option<u16> {
    let text = text.trim();
    let (h, m) = text.split_once([':', '.']).unwrap_or((text, "0"));
    let (h, m): (u16, u16) = (h.trim().parse().ok()?, m.trim().parse().ok()?);
    (h < 24 && m < 60 || h == 24 && m == 0).then_some(h * 60 + m)
}

/// "6.30" in Danish, "6:30" in English; `pad` gives "06:30" for feeds.
fn clock(minutes: u16, separator: char, pad: bool) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    if pad {
        format!("{h:02}{separator}{m:02}")
    } else {
        format!("{h}{separator}{m:02}")
    }
}

pub fn time_text(minutes: u16, lang: Lang) -> String {
    clock(minutes, lang.pick('.', ':'), false)
}

fn day_text(day: &[Interval], lang: Lang) -> String {
    let parts: Vec<String> = day
        .iter()
        .map(|i| format!("{}-{}", time_text(i.open, lang), time_text(i.close, lang)))
        .collect();
    parts.join(", ")
}

impl OpeningHours {
    pub fn is_closed_all_week(&self) -> bool {
        self.0.iter().all(Vec::is_empty)
    }

    /// The earliest opening of the week, in minutes after midnight.
    pub fn opens(&self) -> Option<u16> {
        self.0.iter().flatten().map(|i| i.open).min()
    }

    /// The latest closing of the week.
    pub fn closes(&self) -> Option<u16> {
        self.0.iter().flatten().map(|i| i.close).max()
    }

    /// Hours open a week, in minutes.
    pub fn weekly_minutes(&self) -> u32 {
        self.0.iter().flatten().map(|i| (i.close - i.open) as u32).sum()
    }

    /// The week at a glance: runs of days with the same hours joined, closed
    /// days left out: "man-tor 6.30-17.00, fre 6.30-16.00".
    pub fn summary(&self, lang: Lang) -> String {
        self.runs(lang, lang.pick(SHORT_DA, SHORT_EN), "-", ", ")
    }

    /// The same in full words, for screen readers: "mandag til torsdag 6.30-17.00; fredag 6.30-16.00".
    pub fn sentence(&self, lang: Lang) -> String {
        self.runs(lang, lang.pick(LONG_DA, LONG_EN), lang.pick(" til ", " to "), "; ")
    }

    fn runs(&self, lang: Lang, names: [&str; 7], through: &str, separator: &str) -> String {
        if self.is_closed_all_week() {
            return lang.pick("lukket", "closed").into();
        }
        let mut parts = Vec::new();
        let mut d = 0;
        while d < 7 {
            let mut end = d;
            while end + 1 < 7 && self.0[end + 1] == self.0[d] {
                end += 1;
            }
            if !self.0[d].is_empty() {
                let days = if end == d {
                    names[d].to_string()
                } else {
                    format!("{}{through}{}", names[d], names[end])
                };
                parts.push(format!("{days} {}", day_text(&self.0[d], lang)));
            }
            d = end + 1;
        }
        parts.join(separator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn week(days: [&str; 7]) -> OpeningHours {
        OpeningHours(days.map(|d| parse_day(d).expect("hours")))
    }

    fn check(days: [&str; 7], expect: Expect) {
        let h = week(days);
        let text =
            format!("{} | {} | {}", h.summary(Lang::Da), h.summary(Lang::En), h.sentence(Lang::Da));
        expect.assert_eq(&text);
    }

    #[test]
    fn a_week_reads_at_a_glance() {
        check(
            ["06:30-17:00", "06:30-17:00", "06:30-17:00", "06:30-17:00", "06:30-16:00", "closed", "closed"],
            expect!["man-tor 6.30-17.00, fre 6.30-16.00 | Mon-Thu 6:30-17:00, Fri 6:30-16:00 | mandag til torsdag 6.30-17.00; fredag 6.30-16.00"],
        );
        check(
            ["7-16", "closed", "7-16", "7-16", "7-12, 13-15", "", ""],
            expect!["man 7.00-16.00, ons-tor 7.00-16.00, fre 7.00-12.00, 13.00-15.00 | Mon 7:00-16:00, Wed-Thu 7:00-16:00, Fri 7:00-12:00, 13:00-15:00 | mandag 7.00-16.00; onsdag til torsdag 7.00-16.00; fredag 7.00-12.00, 13.00-15.00"],
        );
        check(["", "", "", "", "", "", ""], expect!["lukket | closed | lukket"]);
    }

    #[test]
    fn reads_what_people_write_and_refuses_the_rest() {
        // The usual form's shortcut reads as the general way does, in range or not.
        for (open, close) in [(0, 0), (6, 30), (7, 0), (17, 0), (23, 59), (24, 0), (24, 1), (25, 0)]
            .iter()
            .flat_map(|a| [(7, 0), (6, 30), (24, 0), (23, 60), (0, 0), (24, 30)].map(|b| (*a, b)))
        {
            let text = format!("{:02}:{:02}-{:02}:{:02}", open.0, open.1, close.0, close.1);
            assert!(canonical_interval(&text).is_some(), "{text}");
            assert_eq!(parse_day(&text), parse_any_day(&text), "{text}");
        }
        assert_eq!(parse_day("6.30 - 17"), Some(vec![Interval { open: 390, close: 1020 }]));
        assert_eq!(parse_day("Lukket"), Some(vec![]));
        assert_eq!(parse_day("00:00-24:00"), Some(vec![Interval { open: 0, close: 1440 }]));
        for bad in ["17:00-06:30", "hele dagen", "25:00-26:00", "06:30", "6:75-17"] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
        assert_eq!(weekday_of("Mandag"), Some(0));
        assert_eq!(weekday_of("sun"), Some(6));
        assert_eq!(weekday_of("fri"), Some(4));
        assert_eq!(weekday_of("someday"), None);
    }

    #[test]
    fn week_figures_for_sorting() {
        let h = week([
            "06:30-17:00",
            "06:30-17:00",
            "06:30-17:00",
            "06:30-17:00",
            "06:00-16:00",
            "",
            "",
        ]);
        assert_eq!(
            (h.opens(), h.closes(), h.weekly_minutes()),
            (Some(360), Some(1020), 4 * 630 + 600)
        );
        assert_eq!(
            serde_json::to_string(&h).unwrap(),
            r#"{"mon":"06:30-17:00","tue":"06:30-17:00","wed":"06:30-17:00","thu":"06:30-17:00","fri":"06:00-16:00"}"#
        );
    }
}
