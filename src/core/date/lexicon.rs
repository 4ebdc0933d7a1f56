//! The words plans write in dates, Danish and English together: a Danish
//! plan may say "Q2" and an English one "primo". The language of a plan
//! only decides the order of a slash date (see `parse.rs`).

/// Which third of a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Early,
    Mid,
    Late,
}

/// How the date bounds what it is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    NoLaterThan,
    NoEarlierThan,
    Before,
    After,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lex {
    Month(u32),
    /// "kvartal", "quarter".
    Quarter,
    /// "halvår", "half".
    Half,
    /// 1 spring, 2 summer, 3 autumn, 4 winter: "foråret", "summer".
    Season(u32),
    /// "første", "second", ... `0` is "sidste"/"last".
    Ordinal(u32),
    /// "st", "nd", "rd", "th" after a number.
    OrdinalSuffix,
    /// "Q" or "K" before a quarter's number, "H" before a half's.
    QuarterLetter,
    HalfLetter,
    Part(Part),
    Bound(Bound),
    /// "no", "not", "ikke": turns "before" into "no earlier than".
    Not,
    /// "fra", "from", "since": a start, with or without an end.
    From,
    /// "til", "to", "until", "through": between a start and an end.
    To,
    /// "og", "and": alternatives ("maj og juni"), or a deadline after it.
    And,
    /// Words around a date that do not change it: "i løbet af", "the", "den".
    Filler,
}

pub fn lexeme(word: &str) -> Option<Lex> {
    use Lex::*;
    Some(match word {
        "januar" | "january" | "jan" => Month(1),
        "februar" | "february" | "feb" => Month(2),
        "marts" | "march" | "mar" | "mrt" => Month(3),
        "april" | "apr" => Month(4),
        "maj" | "may" => Month(5),
        "juni" | "june" | "jun" => Month(6),
        "juli" | "july" | "jul" => Month(7),
        "august" | "aug" => Month(8),
        "september" | "sep" | "sept" => Month(9),
        "oktober" | "october" | "okt" | "oct" => Month(10),
        "november" | "nov" => Month(11),
        "december" | "dec" => Month(12),
        "kvartal" | "kvartaler" | "kvt" | "quarter" | "qtr" => Quarter,
        "halvår" | "halvåret" | "halvdel" | "halvdelen" | "half" => Half,
        "forår" | "foråret" | "spring" => Season(1),
        "sommer" | "sommeren" | "summer" => Season(2),
        "efterår" | "efteråret" | "høst" | "høsten" | "autumn" | "fall" => Season(3),
        "vinter" | "vinteren" | "winter" => Season(4),
        "første" | "first" => Ordinal(1),
        "anden" | "andet" | "second" => Ordinal(2),
        "tredje" | "third" => Ordinal(3),
        "fjerde" | "fourth" => Ordinal(4),
        "sidste" | "last" | "final" => Ordinal(0),
        "st" | "nd" | "rd" | "th" => OrdinalSuffix,
        "q" | "k" => QuarterLetter,
        "h" => HalfLetter,
        "primo" | "start" | "starten" | "begyndelsen" | "early" | "beginning" | "begin" => {
            Part(self::Part::Early)
        }
        "medio" | "midt" | "midten" | "mid" | "middle" | "midway" => Part(self::Part::Mid),
        "ultimo" | "udgangen" | "udgang" | "slut" | "slutningen" | "afslutningen" | "end"
        | "late" | "close" => Part(self::Part::Late),
        "senest" | "by" | "later" | "latest" | "deadline" => Bound(self::Bound::NoLaterThan),
        "tidligst" | "earlier" | "earliest" => Bound(self::Bound::NoEarlierThan),
        "inden" | "før" | "before" | "prior" => Bound(self::Bound::Before),
        "efter" | "after" => Bound(self::Bound::After),
        "no" | "not" | "ikke" => Not,
        "fra" | "from" | "since" | "siden" | "starting" => From,
        "til" | "to" | "until" | "till" | "through" | "thru" => To,
        "og" | "and" | "eller" | "or" => And,
        "i" | "in" | "løbet" | "during" | "within" | "af" | "of" | "the" | "den" | "d" | "ved"
        | "at" | "on" | "than" | "med" | "year" | "år" | "året" | "ca" | "cirka" | "omkring"
        | "around" | "approximately" | "approx" | "mod" | "circa" | "forventet" | "forventes"
        | "expected" | "planned" | "planlagt" | "på" | "frem" | "mellem" | "between" => Filler,
        _ => return None,
    })
}

/// Whole phrases that say there is no date, in the words they start with
/// (after case folding and dropping punctuation).
pub const NOT_SET: &[&str] = &[
    "endnu ikke fastlagt",
    "ikke fastlagt",
    "endnu ikke fastsat",
    "ikke fastsat",
    "endnu ikke besluttet",
    "ikke besluttet",
    "uafklaret",
    "afventer",
    "ukendt",
    "tbd",
    "tba",
    "tbc",
    "to be determined",
    "to be decided",
    "to be confirmed",
    "to be announced",
    "not yet set",
    "not set",
    "not yet determined",
    "not determined",
    "not yet decided",
    "unknown",
];

pub const OPEN: &[&str] = &[
    "løbende",
    "fortløbende",
    "vedvarende",
    "indtil videre",
    "til stadighed",
    "i gang",
    "igangværende",
    "permanent",
    "permanently",
    "ongoing",
    "on going",
    "continuous",
    "continuously",
    "continuing",
    "until further notice",
    "open ended",
    "underway",
    "under way",
    "in progress",
];

pub const NOT_GIVEN: &[&str] = &[
    "na",
    "n a",
    "nd",
    "nr",
    "ikke relevant",
    "ikke angivet",
    "not applicable",
    "not given",
    "none",
    "ingen",
];
