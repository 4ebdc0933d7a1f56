//! Reads a date phrase as people write it into the days it can mean.
//!
//! A phrase is an optional lead ("senest ved udgangen af", "mid-", "i løbet
//! af"), a period ("2. halvår af 2017", "Q2 2018", "14. september 2017",
//! "2018-09-01"), and optionally a second one after a range mark ("-", "til",
//! "/", "og"). Reading stops at the first word that cannot continue a date,
//! so a deadline followed by a sentence ("Ved udgangen af 2019 forventes
//! alle …") is read by its date. Text that does not start with a date is
//! never guessed at: it is kept, as unknown.

use super::day::{date, month_end, month_start, Day};
use super::fuzzy::{DatePhrase, FuzzyDate, Precision, Qualifier};
use super::lexicon::{lexeme, Bound, Lex, Part, NOT_GIVEN, NOT_SET, OPEN};
use super::tokens::{tokens, Mark, Tok, Token};
use crate::core::i18n::Lang;

/// Reads `text`, a date phrase in a plan written in `lang`. Words of both
/// languages are understood whatever `lang` is; `lang` decides only whether
/// "8/1/2017" is the 8th of January (Danish, day first) or August 1st
/// (English, month first). Never fails: what cannot be read is an unknown
/// date that keeps its text.
pub fn read_phrase(text: &str, lang: Lang) -> DatePhrase {
    let text = text.trim();
    let toks = tokens(text);
    if let Some(why) = says_no_date(&toks) {
        return DatePhrase::One(FuzzyDate::unknown(text, Some(why)));
    }
    let mut parser = Parser { text, toks: &toks, i: 0, lang };
    parser.phrase().unwrap_or_else(|| DatePhrase::One(FuzzyDate::unknown(text, None)))
}

/// "-", "NA", "Endnu ikke fastlagt (afventer …)", "TBD", "løbende": the
/// words a phrase starts with say there is no date.
fn says_no_date(toks: &[Token]) -> Option<Qualifier> {
    if toks.iter().all(|t| t.mark().is_some()) {
        return Some(Qualifier::NotGiven);
    }
    let words: Vec<&str> = toks
        .iter()
        .take_while(|t| !matches!(t.tok, Tok::Num { .. } | Tok::Mark(Mark::Other)))
        .filter_map(Token::word)
        .collect();
    let key = words.join(" ");
    let starts = |list: &[&str]| {
        list.iter()
            .any(|p| key == *p || key.strip_prefix(p).is_some_and(|rest| rest.starts_with(' ')))
    };
    if starts(NOT_SET) {
        Some(Qualifier::NotSet)
    } else if starts(OPEN) {
        Some(Qualifier::Open)
    } else if NOT_GIVEN.contains(&key.as_str()) {
        // Only the whole text: "ingen" may start a sentence about something else.
        Some(Qualifier::NotGiven)
    } else {
        None
    }
}

/// The period a phrase names, before its year is known for certain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Year,
    Half(u32),
    Quarter(u32),
    /// 1 spring, 2 summer, 3 autumn, 4 winter (December to February).
    Season(u32),
    Month(u32),
    Day {
        month: u32,
        day: u32,
    },
    /// "1." in "1.-3. kvartal": its unit comes from the other side.
    Pending(u32),
}

impl Unit {
    /// The same kind of unit with another number: "1." of "1.-3. kvartal".
    fn numbered(self, n: u32) -> Option<Unit> {
        match self {
            Unit::Half(_) => Some(Unit::Half(n)),
            Unit::Quarter(_) => Some(Unit::Quarter(n)),
            Unit::Day { month, .. } => Some(Unit::Day { month, day: n }),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct Lead {
    part: Option<Part>,
    bound: Option<Bound>,
    from: bool,
}

#[derive(Clone, Copy, Debug)]
struct Piece {
    lead: Lead,
    year: Option<i32>,
    unit: Unit,
    /// Byte range in the phrase, lead included.
    start: usize,
    end: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Separator {
    Dash,
    Slash,
    To,
    And,
}

pub(super) struct Parser<'t> {
    pub(super) text: &'t str,
    pub(super) toks: &'t [Token],
    pub(super) i: usize,
    /// The plan's language: only the order of a slash date depends on it.
    pub(super) lang: Lang,
}

impl Parser<'_> {
    pub(super) fn at(&self, k: usize) -> Option<&Token> {
        self.toks.get(self.i + k)
    }

    pub(super) fn lex(&self, k: usize) -> Option<Lex> {
        self.at(k)?.word().and_then(lexeme)
    }

    pub(super) fn mark(&self, k: usize) -> Option<Mark> {
        self.at(k)?.mark()
    }

    /// A number `k` tokens on, with no space before it.
    pub(super) fn attached_num(&self, k: usize) -> Option<(u32, usize)> {
        self.at(k).filter(|t| !t.spaced)?.num()
    }

    pub(super) fn attached_mark(&self, k: usize, mark: Mark) -> bool {
        self.at(k).is_some_and(|t| !t.spaced && t.mark() == Some(mark))
    }

    /// Steps over a word and the full stop of an abbreviation ("okt.", "d.").
    pub(super) fn bump_word(&mut self) {
        self.i += 1;
        if self.attached_mark(0, Mark::Dot) {
            self.i += 1;
        }
    }

    fn phrase(&mut self) -> Option<DatePhrase> {
        // "- 31. december 2017", "til 2019", "frem til december 2022": no start given.
        while self.lex(0) == Some(Lex::Filler) && self.roman_unit().is_none() {
            self.bump_word();
        }
        if self.mark(0) != Some(Mark::Dash) && self.lex(0) != Some(Lex::To) {
            self.i = 0;
        } else {
            self.i += 1;
            let end = self.piece()?;
            let end = self.resolve(end, end.year?)?;
            return Some(DatePhrase::Range {
                text: self.text.into(),
                start: FuzzyDate::unknown("", Some(Qualifier::NotGiven)),
                end,
            });
        }
        let first = self.piece()?;
        let before_separator = self.i;
        if let Some(separator) = self.separator() {
            let after_separator = self.i;
            if let Some(second) = self.two_digit_year(&first).or_else(|| self.piece()) {
                let deadline = separator == Separator::And
                    && matches!(second.lead.bound, Some(Bound::NoLaterThan | Bound::Before));
                return if deadline {
                    self.with_deadline(first, second)
                } else {
                    self.range(first, second)
                };
            }
            self.i = after_separator;
            // "2016 - løbende", "2016 - in progress": the whole words, not
            // just the first ("2016 - i morgen" is no open end).
            let open_word = self.at(0).is_some_and(|t| t.word().is_some())
                && says_no_date(&self.toks[self.i..]) == Some(Qualifier::Open);
            if open_word || (separator == Separator::Dash && self.at(0).is_none()) {
                let end_text = self.at(0).map_or("", |t| &self.text[t.start..]);
                return self.open_range(first, FuzzyDate::unknown(end_text, Some(Qualifier::Open)));
            }
            // Not a range after all: the date ends before the mark.
            self.i = before_separator;
        }
        if first.lead.from {
            return self.open_range(first, FuzzyDate::unknown("", Some(Qualifier::Open)));
        }
        let mut date = self.resolve(first, first.year?)?;
        date.text = self.text.into();
        Some(DatePhrase::One(date))
    }

    /// "2017-18": the second year written with its last two digits.
    fn two_digit_year(&mut self, first: &Piece) -> Option<Piece> {
        let token = self.at(0)?;
        let (yy, digits) = token.num()?;
        let year = first.year? / 100 * 100 + yy as i32;
        let alone = !matches!(self.mark(1), Some(Mark::Dot | Mark::Slash))
            && self.lex(1).is_none_or(|l| !matches!(l, Lex::Month(_) | Lex::Quarter | Lex::Half));
        if first.unit != Unit::Year || digits != 2 || year <= first.year? || !alone {
            return None;
        }
        let piece = Piece {
            lead: Lead::default(),
            year: Some(year),
            unit: Unit::Year,
            start: token.start,
            end: token.end,
        };
        self.i += 1;
        Some(piece)
    }

    fn separator(&mut self) -> Option<Separator> {
        let separator = match (self.mark(0), self.lex(0)) {
            (Some(Mark::Dash), _) => Separator::Dash,
            (Some(Mark::Slash), _) => Separator::Slash,
            (_, Some(Lex::To)) => Separator::To,
            (_, Some(Lex::And)) => Separator::And,
            _ => return None,
        };
        self.i += 1;
        // "til og med" (up to and including) is "til".
        if separator == Separator::To
            && self.at(0).and_then(Token::word) == Some("og")
            && self.at(1).and_then(Token::word) == Some("med")
        {
            self.i += 2;
        }
        Some(separator)
    }

    fn lead(&mut self) -> Lead {
        let mut lead = Lead::default();
        let mut not = false;
        while let Some(lex) = self.lex(0) {
            // "I quarter of 2021": here "i" is a Roman one, not "in".
            if self.roman_unit().is_some() {
                break;
            }
            match lex {
                Lex::Part(part) => lead.part = Some(part),
                // "not before" is "no earlier than"; "no later than" stays.
                Lex::Bound(bound) => {
                    lead.bound = Some(match (not, bound) {
                        (true, Bound::Before) => Bound::NoEarlierThan,
                        (true, Bound::After) => Bound::NoLaterThan,
                        _ => bound,
                    })
                }
                Lex::Not => not = true,
                Lex::From => lead.from = true,
                Lex::Filler => {}
                _ => break,
            }
            let prior = self.at(0).and_then(Token::word) == Some("prior");
            self.bump_word();
            // "prior to 2019": here "to" is no range mark.
            if prior && self.lex(0) == Some(Lex::To) {
                self.bump_word();
            }
            // "mid-2019": a dash stuck to the qualifier joins it to the date.
            if matches!(lex, Lex::Part(_)) && self.attached_mark(0, Mark::Dash) {
                self.i += 1;
            }
        }
        lead
    }

    /// A lead and a period; on failure nothing is consumed.
    fn piece(&mut self) -> Option<Piece> {
        let begin = self.i;
        let start = self.at(0)?.start;
        let lead = self.lead();
        let Some((year, unit)) = self.period() else {
            self.i = begin;
            return None;
        };
        let end = self.toks[self.i - 1].end;
        Some(Piece { lead, year, unit, start, end })
    }

    fn slice(&self, piece: &Piece) -> &str {
        &self.text[piece.start..piece.end]
    }

    /// Two pieces of one span; a missing year or unit is taken from the
    /// other side ("April-maj 2017", "1.-3. kvartal 2018", "oktober 2017 -
    /// februar"), and "2017-18" is two years.
    fn range(&self, mut a: Piece, mut b: Piece) -> Option<DatePhrase> {
        if let Unit::Pending(n) = a.unit {
            a.unit = b.unit.numbered(n)?;
        }
        match (a.year, b.year) {
            (Some(_), Some(_)) => {}
            (None, Some(year)) => {
                a.year = Some(year);
                // "november-februar 2018" starts the year before.
                if self.first_day(&a)? > self.first_day(&b)? {
                    a.year = Some(year - 1);
                }
            }
            (Some(year), None) => {
                b.year = Some(year);
                if self.first_day(&b)? < self.first_day(&a)? {
                    b.year = Some(year + 1);
                }
            }
            (None, None) => return None,
        }
        let start = self.resolve(a, a.year?)?;
        let end = self.resolve(b, b.year?)?;
        Some(DatePhrase::Range { text: self.text.into(), start, end })
    }

    fn first_day(&self, piece: &Piece) -> Option<Day> {
        Some(span(piece.year?, piece.unit)?.0)
    }

    fn open_range(&self, start: Piece, end: FuzzyDate) -> Option<DatePhrase> {
        let start = self.resolve(start, start.year?)?;
        Some(DatePhrase::Range { text: self.text.into(), start, end })
    }

    /// "I løbet af 2018 og senest 1. januar 2019": the first period gives
    /// the earliest day, the deadline the latest.
    fn with_deadline(&self, main: Piece, deadline: Piece) -> Option<DatePhrase> {
        let mut date = self.resolve(main, main.year?)?;
        let deadline = self.resolve(deadline, deadline.year.or(main.year)?)?;
        date.text = self.text.into();
        date.latest = deadline.latest;
        date.qualifiers.extend(
            deadline
                .qualifiers
                .iter()
                .filter(|q| matches!(q, Qualifier::NoLaterThan | Qualifier::Before)),
        );
        date.qualifiers.sort();
        date.qualifiers.dedup();
        date.deadline = Some(Box::new(deadline));
        Some(DatePhrase::One(date))
    }

    /// The days a piece means, its lead applied.
    fn resolve(&self, piece: Piece, year: i32) -> Option<FuzzyDate> {
        let (first, last, precision) = span(year, piece.unit)?;
        let mut qualifiers = Vec::new();
        let (mut earliest, mut latest) = (first, last);
        if let Some(part) = piece.lead.part.filter(|_| precision != Precision::Day) {
            (earliest, latest) = third(first, last, precision, part);
            qualifiers.push(match part {
                Part::Early => Qualifier::Early,
                Part::Mid => Qualifier::Mid,
                Part::Late => Qualifier::Late,
            });
        }
        let (earliest, latest) = match piece.lead.bound {
            None => (Some(earliest), Some(latest)),
            Some(Bound::NoLaterThan) => (None, Some(latest)),
            // "inden udgangen af 2020" is "no later than the end of 2020".
            Some(Bound::Before) if piece.lead.part == Some(Part::Late) => (None, Some(latest)),
            Some(Bound::Before) => (None, Some(earliest - 1)),
            Some(Bound::NoEarlierThan) => (Some(earliest), None),
            Some(Bound::After) => (Some(latest + 1), None),
        };
        qualifiers.extend(piece.lead.bound.map(|bound| match bound {
            Bound::Before if piece.lead.part == Some(Part::Late) => Qualifier::NoLaterThan,
            Bound::NoLaterThan => Qualifier::NoLaterThan,
            Bound::NoEarlierThan => Qualifier::NoEarlierThan,
            Bound::Before => Qualifier::Before,
            Bound::After => Qualifier::After,
        }));
        qualifiers.sort();
        Some(FuzzyDate {
            text: self.slice(&piece).into(),
            earliest,
            latest,
            precision,
            qualifiers,
            anchor: Some(first),
            deadline: None,
        })
    }
}

/// The first and last day of a unit in a year, and its precision.
fn span(year: i32, unit: Unit) -> Option<(Day, Day, Precision)> {
    let months = |first: u32, last: u32, precision| {
        Some((month_start(year, first), month_end(year, last), precision))
    };
    match unit {
        Unit::Year => months(1, 12, Precision::Year),
        Unit::Half(h @ 1..=2) => months(6 * h - 5, 6 * h, Precision::HalfYear),
        Unit::Quarter(q @ 1..=4) => months(3 * q - 2, 3 * q, Precision::Quarter),
        // Northern seasons by whole months; winter runs into the next year.
        Unit::Season(s @ 1..=4) => months(3 * s, 3 * s + 2, Precision::Season),
        Unit::Month(m @ 1..=12) => months(m, m, Precision::Month),
        Unit::Day { month, day } => date(year, month, day).map(|d| (d, d, Precision::Day)),
        _ => None,
    }
}

/// The first, middle or last third of a period: whole months for a year,
/// half-year, quarter or season (January-April, May-August, September-
/// December of a year), days 1-10, 11-20 and 21 to the end of a month.
fn third(first: Day, last: Day, precision: Precision, part: Part) -> (Day, Day) {
    let index = match part {
        Part::Early => 0,
        Part::Mid => 1,
        Part::Late => 2,
    };
    if precision == Precision::Month {
        return match part {
            Part::Early => (first, first + 9),
            Part::Mid => (first + 10, first + 19),
            Part::Late => (first + 20, last),
        };
    }
    let (year, month, _) = super::day::ymd(first);
    let months = match precision {
        Precision::Year => 12,
        Precision::HalfYear => 6,
        _ => 3,
    };
    let per_part = months / 3;
    let from = month + index * per_part;
    (month_start(year, from), month_end(year, from + per_part - 1))
}
