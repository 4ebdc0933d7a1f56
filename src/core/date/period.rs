//! The period a piece of a phrase names, before its qualifiers: "2018",
//! "2018-09-01", "2. halvår af 2017", "Q2 2018", "14. september 2017",
//! "December 1, 2019", "8/1/2017". Each reader consumes the tokens it
//! used, or fails and leaves the caller to rewind.

use super::day::date;
use super::lexicon::{lexeme, Lex};
use super::parse::{Parser, Unit};
use super::tokens::{Mark, Tok, Token};
use crate::core::i18n::Lang;

impl Parser<'_> {
    pub(super) fn period(&mut self) -> Option<(Option<i32>, Unit)> {
        let token = self.at(0)?.clone();
        match token.tok {
            Tok::Num { value, digits: 4 } => self.iso_or_year(value),
            Tok::Num { value, digits } if digits <= 2 => self.numeric(value),
            Tok::Word(_) => self.worded(),
            _ => None,
        }
    }

    /// "2018", "2018-09-01", "2018-09".
    fn iso_or_year(&mut self, year: u32) -> Option<(Option<i32>, Unit)> {
        if year < 1000 {
            return None;
        }
        let year = year as i32;
        if self.attached_mark(1, Mark::Dash) {
            if let Some((month, 2)) = self.attached_num(2).filter(|(m, _)| (1..=12).contains(m)) {
                if self.attached_mark(3, Mark::Dash) {
                    if let Some((day, 2)) = self.attached_num(4) {
                        self.i += 5;
                        date(year, month, day)?;
                        return Some((Some(year), Unit::Day { month, day }));
                    }
                }
                self.i += 3;
                return Some((Some(year), Unit::Month(month)));
            }
        }
        self.i += 1;
        Some((Some(year), Unit::Year))
    }

    /// Starting with a small number: "1. august 2017", "2. kvartal",
    /// "8/1/2017", "10/1/18", "1/8-2017", "1.8.2017", "2nd quarter", "14 September".
    fn numeric(&mut self, n: u32) -> Option<(Option<i32>, Unit)> {
        let full_year = |num: Option<(u32, usize)>| {
            num.filter(|&(y, d)| d == 4 && y >= 1000).map(|(y, _)| y as i32)
        };
        if self.attached_mark(1, Mark::Slash) {
            let second = self.attached_num(2)?;
            if let Some(year) = full_year(Some(second)) {
                // "8/2017": month and year.
                self.i += 3;
                return Some((Some(year), Unit::Month(n)));
            }
            let dash = self.attached_mark(3, Mark::Dash);
            let year = if self.attached_mark(3, Mark::Slash) || dash {
                day_year(self.attached_num(4))?
            } else {
                return None;
            };
            // "1/8-2017" is Danish whatever the plan's language.
            let month_first = self.lang == Lang::En && !dash;
            let (mut month, mut day) = if month_first { (n, second.0) } else { (second.0, n) };
            // "31/12/2014" in an English plan, "12/31/2014" in a Danish one:
            // a number above 12 cannot be the month, so the other one is.
            if month > 12 && day <= 12 {
                (month, day) = (day, month);
            }
            self.i += 5;
            date(year, month, day)?;
            return Some((Some(year), Unit::Day { month, day }));
        }
        if self.attached_mark(1, Mark::Dot) && self.attached_mark(3, Mark::Dot) {
            if let (Some((month, _)), Some(year)) =
                (self.attached_num(2), day_year(self.attached_num(4)))
            {
                self.i += 5;
                date(year, month, n)?;
                return Some((Some(year), Unit::Day { month, day: n }));
            }
        }
        // "4Q 2016", "2H 2017": the number before the letter.
        if let Some(lex @ (Lex::QuarterLetter | Lex::HalfLetter)) =
            self.at(1).filter(|t| !t.spaced).and_then(Token::word).and_then(lexeme)
        {
            let unit = match lex {
                Lex::QuarterLetter if (1..=4).contains(&n) => Unit::Quarter(n),
                Lex::HalfLetter if (1..=2).contains(&n) => Unit::Half(n),
                _ => return None,
            };
            self.i += 2;
            return Some((self.year(), unit));
        }
        // An ordinal: "2." or "2nd"; a bare number only before a unit word.
        let suffixed = self.at(1).filter(|t| !t.spaced).and_then(Token::word).and_then(lexeme)
            == Some(Lex::OrdinalSuffix);
        let marked = self.attached_mark(1, Mark::Dot) || suffixed;
        self.i += if marked { 2 } else { 1 };
        let separator_follows = matches!(self.mark(0), Some(Mark::Dash | Mark::Slash))
            || matches!(self.lex(0), Some(Lex::To | Lex::And));
        if marked && separator_follows {
            return Some((None, Unit::Pending(n)));
        }
        self.after_ordinal(n)
    }

    /// After "2." or "anden": a month, "kvartal" or "halvår", then the year.
    fn after_ordinal(&mut self, n: u32) -> Option<(Option<i32>, Unit)> {
        while self.lex(0) == Some(Lex::Filler) {
            self.bump_word();
        }
        let unit = match self.lex(0)? {
            Lex::Month(month) if (1..=31).contains(&n) => Unit::Day { month, day: n },
            Lex::Quarter if n <= 4 => Unit::Quarter(if n == 0 { 4 } else { n }),
            Lex::Half if n <= 2 => Unit::Half(if n == 0 { 2 } else { n }),
            _ => return None,
        };
        self.bump_word();
        Some((self.year(), unit))
    }

    /// Starting with a word: "august 2014", "December 1, 2019", "Q2 2018",
    /// "H2 2017", "første halvår 2019", "Quarter 4 2016", "IV quarter of 2021".
    fn worded(&mut self) -> Option<(Option<i32>, Unit)> {
        if let Some(n) = self.roman_unit() {
            self.bump_word();
            // "I-III quarter of 2022": the unit comes from the other side.
            if matches!(self.mark(0), Some(Mark::Dash | Mark::Slash))
                || matches!(self.lex(0), Some(Lex::To | Lex::And))
            {
                return Some((None, Unit::Pending(n)));
            }
            return self.after_ordinal(n);
        }
        match self.lex(0)? {
            Lex::Month(month) => {
                self.bump_word();
                let day = self
                    .at(0)
                    .and_then(Token::num)
                    .filter(|&(d, digits)| digits <= 2 && (1..=31).contains(&d));
                let unit = match day {
                    Some((day, _)) => {
                        self.i += 1;
                        if self.lex(0) == Some(Lex::OrdinalSuffix) && !self.at(0)?.spaced {
                            self.i += 1;
                        }
                        if self.mark(0) == Some(Mark::Comma) {
                            self.i += 1;
                        }
                        Unit::Day { month, day }
                    }
                    None => Unit::Month(month),
                };
                Some((self.year(), unit))
            }
            lex @ (Lex::QuarterLetter | Lex::HalfLetter) => {
                let (n, _) = self.attached_num(1)?;
                let unit = match lex {
                    Lex::QuarterLetter if (1..=4).contains(&n) => Unit::Quarter(n),
                    Lex::HalfLetter if (1..=2).contains(&n) => Unit::Half(n),
                    _ => return None,
                };
                self.i += 2;
                Some((self.year(), unit))
            }
            Lex::Ordinal(n) => {
                self.bump_word();
                self.after_ordinal(n)
            }
            // "foråret 2019", "Spring 2015", "vinteren 2019/20".
            Lex::Season(season) => {
                self.bump_word();
                let year = self.year();
                if let (Some(year), 4) = (year, season) {
                    self.winter_next_year(year)?;
                }
                Some((year, Unit::Season(season)))
            }
            // "Quarter 4 2016", "kvartal 4 2016": the number after the unit.
            lex @ (Lex::Quarter | Lex::Half) => {
                self.bump_word();
                let (n, _) = self.at(0).and_then(Token::num).filter(|&(_, digits)| digits <= 2)?;
                let unit = match lex {
                    Lex::Quarter if (1..=4).contains(&n) => Unit::Quarter(n),
                    Lex::Half if (1..=2).contains(&n) => Unit::Half(n),
                    _ => return None,
                };
                self.i += 1;
                Some((self.year(), unit))
            }
            _ => None,
        }
    }

    /// "I", "II", "III" or "IV" (and "II.") right before "quarter",
    /// "kvartal", "half" or "halvår", or before a range mark and another
    /// such numeral ("I-III quarter of 2022"); but not before the number of
    /// "i kvartal 4 2016" (there "i" is "in").
    pub(super) fn roman_unit(&self) -> Option<u32> {
        self.roman_unit_at(0, true)
    }

    fn roman_unit_at(&self, k: usize, may_range: bool) -> Option<u32> {
        let n = match self.at(k)?.word()? {
            "i" => 1,
            "ii" => 2,
            "iii" => 3,
            "iv" => 4,
            _ => return None,
        };
        let next = if self.attached_mark(k + 1, Mark::Dot) { k + 2 } else { k + 1 };
        let number_follows =
            self.at(next + 1).and_then(Token::num).is_some_and(|(_, digits)| digits <= 2);
        let unit = matches!(self.lex(next), Some(Lex::Quarter | Lex::Half)) && !number_follows;
        let range = may_range
            && (matches!(self.mark(next), Some(Mark::Dash | Mark::Slash))
                || matches!(self.lex(next), Some(Lex::To | Lex::And)));
        (unit || (range && self.roman_unit_at(next + 1, false).is_some())).then_some(n)
    }

    /// "/20" or "-2020" after "vinteren 2019": the year the winter ends in,
    /// stuck to the one it starts in. Two digits that are not the next year
    /// ("vinteren 2019/21") make it unreadable; four are left to be the end
    /// of a span.
    fn winter_next_year(&mut self, year: i32) -> Option<()> {
        if !(self.attached_mark(0, Mark::Slash) || self.attached_mark(0, Mark::Dash)) {
            return Some(());
        }
        match self.attached_num(1) {
            Some((n, 4)) if n as i32 == year + 1 => self.i += 2,
            Some((n, 2)) if n as i32 == (year + 1) % 100 => self.i += 2,
            Some((_, 2)) => return None,
            _ => {}
        }
        Some(())
    }

    /// The year after a unit, past "af", "of", "the" or a comma.
    fn year(&mut self) -> Option<i32> {
        let begin = self.i;
        // "Q4/2016": a slash stuck between the unit and its year.
        if self.attached_mark(0, Mark::Slash)
            && self.attached_num(1).is_some_and(|(y, digits)| digits == 4 && y >= 1000)
        {
            self.i += 1;
        }
        while self.lex(0) == Some(Lex::Filler) || self.mark(0) == Some(Mark::Comma) {
            self.i += 1;
        }
        match self.at(0).and_then(Token::num) {
            Some((year, 4)) if year >= 1000 => {
                self.i += 1;
                Some(year as i32)
            }
            _ => {
                self.i = begin;
                None
            }
        }
    }
}

/// The year of a numeric date: four digits ("8/1/2017"), or two ("10/1/18",
/// "1/8-17", "1.8.17"): 00-69 are 2000-2069 and 70-99 are 1970-1999.
fn day_year(num: Option<(u32, usize)>) -> Option<i32> {
    match num? {
        (year, 4) if year >= 1000 => Some(year as i32),
        (yy, 2) if yy < 70 => Some(2000 + yy as i32),
        (yy, 2) => Some(1900 + yy as i32),
        _ => None,
    }
}
