//! Cleaning cell text for a feed: what spreadsheets and copies from Word and
//! PDF leave in cells, without changing what the text says. Widgets show
//! feed text as text, so line breaks are the only layout it can carry.

use crate::core::date::day::{date, iso, ymd};

/// One line: titles, names, dates. Line breaks (hard wraps copied from a
/// PDF), tabs and runs of spaces become single spaces.
pub fn one_line(text: &str) -> String {
    tidy(text, false)
}

/// Text with paragraphs: spaces and tabs as in `one_line`, a single line
/// break stays one (list items), and blank lines between paragraphs become
/// exactly one, so a paragraph break stays a paragraph break.
pub fn paragraphs(text: &str) -> String {
    tidy(text, true)
}

/// One pass over the text (cells run to pages; the whole export is 2.5 MB).
fn tidy(text: &str, keep_breaks: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    let mut breaks = 0;
    let mut after_cr = false;
    for c in text.chars() {
        let crlf = after_cr && c == '\n';
        after_cr = c == '\r';
        let visible = match word_glyph(c) {
            _ if crlf => continue,
            Glyph::Char('\n' | '\r') if keep_breaks => {
                breaks += 1;
                continue;
            }
            Glyph::Char(c) if c.is_whitespace() => {
                space = true;
                continue;
            }
            visible => visible,
        };
        if !out.is_empty() {
            match breaks {
                0 if space => out.push(' '),
                0 => {}
                1 => out.push('\n'),
                _ => out.push_str("\n\n"),
            }
        }
        (space, breaks) = (false, 0);
        match visible {
            Glyph::Char(c) => out.push(c),
            Glyph::Str(s) => out.push_str(s),
        }
    }
    out
}

enum Glyph {
    Char(char),
    Str(&'static str),
}

/// Word writes characters of its Symbol and Wingdings fonts as private-use
/// characters (U+F020–U+F0FF), which browsers draw as empty boxes. The font
/// is not in the text, so the glyph cannot be known for sure; in exported
/// plans they are almost all list bullets, so they become "•", except the
/// space, the minus and the "fi"/"fl" ligatures, whose meaning is clear.
fn word_glyph(c: char) -> Glyph {
    match c {
        '\u{f001}' => Glyph::Str("fi"),
        '\u{f002}' => Glyph::Str("fl"),
        '\u{f020}' => Glyph::Char(' '),
        '\u{f02d}' => Glyph::Char('-'),
        '\u{f021}'..='\u{f0ff}' => Glyph::Char('•'),
        c => Glyph::Char(c),
    }
}

/// A file name part: lower-case letters and digits, words joined by "-".
/// Letters outside ASCII are kept (lower-cased), so names stay readable.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A date cell that Excel stored as its day number ("43525") written as
/// the sheet writes its other dates, M/D/YYYY ("3/1/2019"). Only five-digit
/// numbers from 1982 to 2064 count: a year or a count is left alone.
pub fn excel_day(text: &str) -> Option<String> {
    let text = text.trim();
    if text.len() != 5 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let serial: i32 = text.parse().ok()?;
    if !(30_000..=60_000).contains(&serial) {
        return None;
    }
    // Day 25569 is 1970-01-01 (Excel counts from 1900 and keeps Lotus' 29 February 1900).
    let (year, month, day) = ymd(serial - 25_569);
    Some(format!("{month}/{day}/{year}"))
}

/// A workbook's date cell (Excel's day number, with the time of day as a
/// fraction) as YYYY-MM-DD. `None` before 1900-03-01 or past 9999.
pub fn excel_day_iso(serial: f64) -> Option<String> {
    if !(61.0..2_958_466.0).contains(&serial) {
        return None;
    }
    // Day 25569 is 1970-01-01 (Excel keeps Lotus' 29 February 1900, so only later days count).
    let (year, month, day) = ymd(serial.floor() as i32 - 25_569);
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// A cell that is one slash date and nothing else: two numbers of one or
/// two digits and a year ("1/7/2014", "31/12/14"), the order of day and
/// month unknown. Only cells that are a date in at least one order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlashDate {
    pub first: u32,
    pub second: u32,
    /// Two-digit years as the date reader reads them: 00-69 are 2000-2069,
    /// 70-99 are 1970-1999.
    pub year: i32,
}

/// Which order of day and month a slash date can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlashOrder {
    /// The first number cannot be a month ("31/12/2014").
    OnlyDayFirst,
    /// The second number cannot be a month ("12/31/2014").
    OnlyMonthFirst,
    /// Either number could be the month, and the orders mean different days ("1/7/2014").
    Either,
    /// The same day either way ("1/1/2014", "5/05/2014").
    Same,
}

impl SlashDate {
    pub fn read(text: &str) -> Option<SlashDate> {
        let mut parts = text.trim().split('/');
        let (first, second, year) = (parts.next()?, parts.next()?, parts.next()?);
        let number = |part: &str, lengths: &[usize]| {
            (lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u32>().ok())
                .flatten()
        };
        if parts.next().is_some() {
            return None;
        }
        let year = match (number(year, &[2, 4])?, year.len()) {
            (yy, 2) if yy < 70 => 2000 + yy as i32,
            (yy, 2) => 1900 + yy as i32,
            (yyyy, _) if yyyy >= 1000 => yyyy as i32,
            _ => return None,
        };
        let slash =
            SlashDate { first: number(first, &[1, 2])?, second: number(second, &[1, 2])?, year };
        slash.order().map(|_| slash)
    }

    /// `None` when it is no date in either order ("31/2/2014", "0/5/2014").
    pub fn order(&self) -> Option<SlashOrder> {
        let day_first = date(self.year, self.second, self.first).is_some();
        let month_first = date(self.year, self.first, self.second).is_some();
        Some(match (day_first, month_first) {
            (true, true) if self.first == self.second => SlashOrder::Same,
            (true, true) => SlashOrder::Either,
            (true, false) => SlashOrder::OnlyDayFirst,
            (false, true) => SlashOrder::OnlyMonthFirst,
            (false, false) => return None,
        })
    }

    /// `YYYY-MM-DD`, read day first; `None` when that is no date.
    pub fn iso_day_first(&self) -> Option<String> {
        date(self.year, self.second, self.first).map(iso)
    }
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;

    #[test]
    fn one_line_joins_hard_wraps() {
        assert_eq!(
            one_line("IMPROVING THE TRANSPARENCY AND FINANCING OF POLITICAL PARTIES AND ELECTION\n CAMPAIGNS"),
            "IMPROVING THE TRANSPARENCY AND FINANCING OF POLITICAL PARTIES AND ELECTION CAMPAIGNS"
        );
        assert_eq!(one_line("Enhancement \u{a0}and\t improvement "), "Enhancement and improvement");
        assert_eq!(one_line(" \n "), "");
    }

    #[test]
    fn paragraphs_keep_breaks_and_lose_the_padding() {
        let text = "  Intro line \r\n\r\n\r\n\u{f0b7}\tFirst  point\n\u{f06c}        Second point\n \t\nProvide ef\u{f001}cient services.\u{f020}\n\n";
        expect![[r#"
            Intro line

            • First point
            • Second point

            Provide efficient services."#]]
        .assert_eq(&paragraphs(text));
        assert_eq!(paragraphs("Ελληνικά\nкириллица"), "Ελληνικά\nкириллица");
        assert_eq!(paragraphs("\n\n"), "");
        assert_eq!(
            paragraphs("Old Mac\rline ends\r\rand \r\nWindows ones\r\n"),
            "Old Mac\nline ends\n\nand\nWindows ones"
        );
    }

    #[test]
    fn slugs_are_file_name_safe() {
        assert_eq!(slug("Cote d'Ivoire"), "cote-d-ivoire");
        assert_eq!(slug("Buenos Aires, Argentina"), "buenos-aires-argentina");
        assert_eq!(slug("  Türkiye / 2024  "), "türkiye-2024");
        assert_eq!(slug("../.."), "");
    }

    #[test]
    fn excel_day_numbers_become_dates() {
        assert_eq!(excel_day("43525").as_deref(), Some("3/1/2019"));
        assert_eq!(excel_day("44439").as_deref(), Some("8/31/2021"));
        assert_eq!(excel_day("2019"), None);
        assert_eq!(excel_day("99999"), None);
        assert_eq!(excel_day("7/1/2014"), None);
    }

    #[test]
    fn slash_dates_know_which_orders_they_can_be_in() {
        let read = |text: &str| SlashDate::read(text).map(|d| (d.order(), d.iso_day_first()));
        let day = |order, iso: &str| Some((Some(order), Some(iso.to_string())));
        assert_eq!(read("31/12/2014"), day(SlashOrder::OnlyDayFirst, "2014-12-31"));
        assert_eq!(read("1/7/2014"), day(SlashOrder::Either, "2014-07-01"));
        assert_eq!(read("02/3/2014"), day(SlashOrder::Either, "2014-03-02"));
        assert_eq!(read(" 1/1/2013 "), day(SlashOrder::Same, "2013-01-01"));
        assert_eq!(read("05/5/2015"), day(SlashOrder::Same, "2015-05-05"));
        assert_eq!(read("1/7/14"), day(SlashOrder::Either, "2014-07-01"));
        assert_eq!(read("1/7/69"), day(SlashOrder::Either, "2069-07-01"));
        assert_eq!(read("1/7/70"), day(SlashOrder::Either, "1970-07-01"));
        assert_eq!(read("29/2/16"), day(SlashOrder::OnlyDayFirst, "2016-02-29"));
        assert_eq!(read("12/31/2014"), Some((Some(SlashOrder::OnlyMonthFirst), None)));
        assert_eq!(read("2/29/15"), None, "no 29 February in 2015 either way");
        for not_one in [
            "31/2/2014",
            "29/2/15",
            "0/5/2014",
            "13/13/2014",
            "1/7/214",
            "1/7/0999",
            "001/7/2014",
            "1/7",
            "8/2017",
            "1/7/2014/1",
            "1 /7/2014",
            "1/8-17",
            "by 1/7/2014",
            "1.7.2014",
            "+1/7/2014",
        ] {
            assert_eq!(SlashDate::read(not_one), None, "{not_one}");
        }
    }
}
