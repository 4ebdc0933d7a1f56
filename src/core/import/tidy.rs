//! Cleaning cell text for a feed: what spreadsheets and copies from Word and
//! PDF leave in cells, without changing what the text says. Widgets show
//! feed text as text, so line breaks are the only layout it can carry.

use crate::core::timeline::day::civil_of;

/// One line: titles, names, dates. Line breaks (hard wraps copied from a
/// PDF), tabs and runs of spaces become single spaces.
pub fn one_line(text: &str) -> String {
    let text = replace_word_glyphs(text);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text with paragraphs: each line is tidied as `one_line`, and blank lines
/// between paragraphs become exactly one, so a paragraph break stays a
/// paragraph break and single line breaks (list items) stay line breaks.
pub fn paragraphs(text: &str) -> String {
    let text = replace_word_glyphs(text).replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    let mut blank_before = false;
    for line in text.split('\n').map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")) {
        if line.is_empty() {
            blank_before = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_before { "\n\n" } else { "\n" });
        }
        out.push_str(&line);
        blank_before = false;
    }
    out
}

/// Word writes characters of its Symbol and Wingdings fonts as private-use
/// characters (U+F020–U+F0FF), which browsers draw as empty boxes. The font
/// is not in the text, so the glyph cannot be known for sure; in exported
/// plans they are almost all list bullets, so they become "•", except the
/// space, the minus and the "fi"/"fl" ligatures, whose meaning is clear.
fn replace_word_glyphs(text: &str) -> String {
    if !text.chars().any(|c| ('\u{f000}'..='\u{f0ff}').contains(&c)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{f001}' => out.push_str("fi"),
            '\u{f002}' => out.push_str("fl"),
            '\u{f020}' => out.push(' '),
            '\u{f02d}' => out.push('-'),
            '\u{f021}'..='\u{f0ff}' => out.push('•'),
            c => out.push(c),
        }
    }
    out
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
    let (year, month, day) = civil_of(serial - 25_569);
    Some(format!("{month}/{day}/{year}"))
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
}
