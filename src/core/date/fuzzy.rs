//! What a date phrase means: the earliest and latest day it can be, how
//! precise it is, and what it says about itself ("primo", "senest"). The
//! text as written is always kept beside it.

use std::fmt;

use super::day::{iso, Day};

/// How fine the named period is. Qualifiers narrow it ("medio 2019" is a
/// year with the qualifier `Mid`), they do not change it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Month,
    Quarter,
    /// Spring (March-May), summer (June-August), autumn (September-
    /// November) or winter (December to February of the next year).
    Season,
    HalfYear,
    Year,
    /// No date could be read, or the phrase says there is none yet.
    Unknown,
}

impl Precision {
    pub fn id(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Quarter => "quarter",
            Precision::Season => "season",
            Precision::HalfYear => "half_year",
            Precision::Year => "year",
            Precision::Unknown => "unknown",
        }
    }
}

/// What a phrase says beyond its period. See docs/date-phrases.md for the
/// spans each one gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Qualifier {
    /// "primo", "early", "begyndelsen af": the first third of the period.
    Early,
    /// "medio", "mid", "midten af": the middle third.
    Mid,
    /// "ultimo", "end of", "ved udgangen af": the last third.
    Late,
    /// "senest", "by", "no later than", "inden udgangen af": it may be any
    /// time up to the end of the period; the earliest is not known.
    NoLaterThan,
    /// "tidligst", "no earlier than", "not before".
    NoEarlierThan,
    /// "før", "inden", "before": up to the day before the period.
    Before,
    /// "efter", "after": from the day after the period.
    After,
    /// "løbende", "ongoing", or the missing end of "2016 -": no end.
    Open,
    /// "Endnu ikke fastlagt", "TBD": a date will come, none is set yet.
    NotSet,
    /// "-", "NA", or nothing: the plan gives no date here.
    NotGiven,
}

impl Qualifier {
    pub fn id(self) -> &'static str {
        match self {
            Qualifier::Early => "early",
            Qualifier::Mid => "mid",
            Qualifier::Late => "late",
            Qualifier::NoLaterThan => "no_later_than",
            Qualifier::NoEarlierThan => "no_earlier_than",
            Qualifier::Before => "before",
            Qualifier::After => "after",
            Qualifier::Open => "open",
            Qualifier::NotSet => "not_set",
            Qualifier::NotGiven => "not_given",
        }
    }
}

/// One date as a plan wrote it, and the days it can mean.
#[derive(Clone, Debug, PartialEq)]
pub struct FuzzyDate {
    /// The text as written (trimmed), always kept, also when it was not read.
    pub text: String,
    pub earliest: Option<Day>,
    pub latest: Option<Day>,
    pub precision: Precision,
    /// Sorted, without repeats.
    pub qualifiers: Vec<Qualifier>,
    /// The first day of the day, month, quarter, half-year or year the
    /// phrase names; words for a reader are made from it, the precision and
    /// the qualifiers, in any language. `None` when nothing was read.
    pub anchor: Option<Day>,
    /// The second clause of "I løbet af 2018 og senest 1. januar 2019",
    /// read on its own; `latest` is its latest.
    pub deadline: Option<Box<FuzzyDate>>,
}

impl FuzzyDate {
    /// A date that is not known, with why (`NotSet`, `NotGiven`, `Open`) or
    /// no qualifier at all for text that could not be read.
    pub fn unknown(text: &str, why: Option<Qualifier>) -> FuzzyDate {
        FuzzyDate {
            text: text.trim().to_string(),
            earliest: None,
            latest: None,
            precision: Precision::Unknown,
            qualifiers: why.into_iter().collect(),
            anchor: None,
            deadline: None,
        }
    }

    pub fn has(&self, qualifier: Qualifier) -> bool {
        self.qualifiers.contains(&qualifier)
    }

    /// Some day of it is known.
    pub fn is_known(&self) -> bool {
        self.earliest.is_some() || self.latest.is_some()
    }

    /// Read as a date, or read as saying there is none ("-", "TBD",
    /// "løbende"). `false` only for text nobody could read as a date.
    pub fn is_readable(&self) -> bool {
        self.precision != Precision::Unknown
            || self
                .qualifiers
                .iter()
                .any(|q| matches!(q, Qualifier::NotSet | Qualifier::NotGiven | Qualifier::Open))
    }
}

/// A date phrase: one date, or a span written as one phrase ("2016-2020",
/// "April-maj 2017", "maj/juni 2018", "2016 -").
#[derive(Clone, Debug, PartialEq)]
pub enum DatePhrase {
    One(FuzzyDate),
    Range {
        /// The whole phrase as written.
        text: String,
        start: FuzzyDate,
        /// `Open` for "2016 -".
        end: FuzzyDate,
    },
}

impl DatePhrase {
    pub fn text(&self) -> &str {
        match self {
            DatePhrase::One(date) => &date.text,
            DatePhrase::Range { text, .. } => text,
        }
    }

    /// The earliest day the whole phrase can mean.
    pub fn earliest(&self) -> Option<Day> {
        match self {
            DatePhrase::One(date) => date.earliest,
            DatePhrase::Range { start, end, .. } => {
                start.earliest.or(start.latest).or(end.earliest)
            }
        }
    }

    /// The latest day the whole phrase can mean; `None` for an open end.
    pub fn latest(&self) -> Option<Day> {
        match self {
            DatePhrase::One(date) => date.latest,
            DatePhrase::Range { end, .. } if end.has(Qualifier::Open) => None,
            DatePhrase::Range { start, end, .. } => end.latest.or(end.earliest).or(start.latest),
        }
    }

    pub fn is_known(&self) -> bool {
        self.earliest().is_some() || self.latest().is_some()
    }

    pub fn is_readable(&self) -> bool {
        match self {
            DatePhrase::One(date) => date.is_readable(),
            DatePhrase::Range { start, end, .. } => start.is_readable() && end.is_readable(),
        }
    }

    /// It runs on with no end: "løbende", "ongoing", "2016 -".
    pub fn is_open(&self) -> bool {
        match self {
            DatePhrase::One(date) => date.has(Qualifier::Open),
            DatePhrase::Range { end, .. } => end.has(Qualifier::Open),
        }
    }

    /// "-", "NA" or empty: the plan gives nothing here.
    pub fn is_not_given(&self) -> bool {
        matches!(self, DatePhrase::One(date) if date.has(Qualifier::NotGiven))
    }
}

/// The reading in one line, for tests and logs: `2017-07-01..2017-12-31
/// half_year`, qualifiers after `+`, `?` for a day not known.
impl fmt::Display for FuzzyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let day = |d: Option<Day>| d.map_or_else(|| "?".to_string(), iso);
        write!(f, "{}..{} {}", day(self.earliest), day(self.latest), self.precision.id())?;
        for q in &self.qualifiers {
            write!(f, " +{}", q.id())?;
        }
        Ok(())
    }
}

/// One date as above; a start and an end joined by ` | `.
impl fmt::Display for DatePhrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatePhrase::One(d) => write!(f, "{d}"),
            DatePhrase::Range { start, end, .. } => write!(f, "{start} | {end}"),
        }
    }
}
