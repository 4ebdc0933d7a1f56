//! The one error type: a problem with a feed, where it is, how bad it is,
//! and a short message in Danish or English that says what to do.

use std::fmt;

use serde::Serialize;

use super::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Nothing can be drawn from the feed.
    Fatal,
    /// The item at `path` cannot be drawn and is left out.
    Error,
    /// The item is drawn, but something about it is off.
    Warning,
}

/// The kind of JSON value a field held or should hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Object,
    List,
    Text,
    Number,
    TextOrNumber,
    Bool,
    Null,
}

impl Kind {
    pub fn of(value: &serde_json::Value) -> Kind {
        use serde_json::Value::*;
        match value {
            Null => Kind::Null,
            Bool(_) => Kind::Bool,
            Number(_) => Kind::Number,
            String(_) => Kind::Text,
            Array(_) => Kind::List,
            Object(_) => Kind::Object,
        }
    }

    fn noun(self, lang: Lang) -> &'static str {
        let (da, en) = match self {
            Kind::Object => ("et objekt", "an object"),
            Kind::List => ("en liste", "a list"),
            Kind::Text => ("en tekst", "a string"),
            Kind::Number => ("et tal", "a number"),
            Kind::TextOrNumber => ("en tekst eller et tal", "a string or a number"),
            Kind::Bool => ("true/false", "true/false"),
            Kind::Null => ("null", "null"),
        };
        lang.pick(da, en)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProblemKind {
    // Getting the feed (the web layer reports these).
    NoFeed,
    HttpStatus {
        status: u16,
    },
    Unreachable,
    TimedOut {
        seconds: u32,
    },
    /// A feed larger than the element's limit (`max-bytes`), refused before
    /// it is read: from its Content-Length, or as soon as that much arrived.
    FeedTooLarge {
        limit_bytes: u64,
    },
    /// Feed bytes that are not UTF-8 text.
    NotText,
    UnknownWidget {
        name: String,
    },
    /// A feed from an address the page does not allow (`core::feed_rules`),
    /// or written inside the element when the page allows only addresses.
    FeedNotAllowed {
        url: Option<String>,
    },
    // Reading the feed.
    NotJson {
        line: usize,
        column: usize,
        ends_early: bool,
    },
    /// A web page where the feed should be: usually a wrong address that a
    /// CMS answered with its "not found" page.
    WebPage,
    WrongFormat {
        found: String,
        expected: String,
    },
    MissingFormat {
        expected: String,
    },
    ExpectedFound {
        expected: Kind,
        found: Kind,
    },
    Missing,
    Blank,
    UnknownStatus {
        text: String,
    },
    UnsafeLink {
        url: String,
    },
    DuplicateId {
        id: String,
    },
    UnknownTheme {
        id: String,
    },
    NothingToShow,
    /// A list longer than the format allows (`core::limits`): the items from
    /// this path on are left out, the ones before it are read.
    TooMany {
        limit: usize,
    },
    /// A text longer than `limit` characters, cut there.
    TooLong {
        limit: usize,
    },
    /// A number beyond `json_reader::LARGEST_NUMBER` (15 digits), or beyond what
    /// a computer number holds (`1e309`): ignored.
    NumberTooLarge,
    /// A date phrase no one can read as a date; kept as text, drawn as unknown.
    #[cfg(with_dates)]
    UnreadableDate {
        text: String,
    },
    /// An end that is certainly before its start.
    #[cfg(with_dates)]
    EndsBeforeStart {
        start: String,
        end: String,
    },
    /// `as_of` is not `YYYY-MM-DD`.
    #[cfg(with_dates)]
    NotIsoDate {
        text: String,
    },
    /// A field the format does not know, close to one it does: most likely a
    /// typo, and the value is ignored. Only `ogw validate` looks for these.
    #[cfg(not(target_arch = "wasm32"))]
    UnknownField {
        name: String,
        suggestion: String,
    },
    // Reading a daycare feed (`ogw.daycare/1`).
    /// A value that is neither a number nor one of the three kinds of missing.
    #[cfg(with_daycare)]
    UnknownValue {
        text: String,
    },
    /// A word that is not one of a field's choices (`expected` lists them).
    #[cfg(with_daycare)]
    UnknownChoice {
        text: String,
        expected: String,
    },
    /// A value given for a key figure the feed does not define.
    #[cfg(with_daycare)]
    UnknownFigure {
        id: String,
    },
    /// An institution in a municipality the feed does not list.
    #[cfg(with_daycare)]
    UnknownArea {
        code: String,
    },
    /// Opening hours that are not `06:30-17:00` or `closed`.
    #[cfg(with_daycare)]
    BadHours {
        text: String,
    },
    /// A number outside what the field can hold.
    #[cfg(with_daycare)]
    OutOfRange {
        min: f64,
        max: f64,
    },
    /// A daycare feed with no municipalities and no institutions.
    #[cfg(with_daycare)]
    NoDaycareData,
    /// An id that must be unique (a figure, a municipality code) used again.
    #[cfg(with_daycare)]
    DuplicateLeftOut {
        id: String,
    },
    /// An importer's CSV input breaks at `line`.
    #[cfg(with_import)]
    BadCsv {
        line: usize,
    },
    /// A value an importer took over but noted in the feed as doubtful (a
    /// parent should not be misled by it): `area` is the municipality.
    #[cfg(with_import)]
    DoubtfulValue {
        area: String,
        note: crate::core::daycare::feed::NoteKind,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Problem {
    /// Where in the feed, as `initiatives[3].milestones`; empty for the feed as a whole.
    pub path: String,
    pub severity: Severity,
    #[serde(flatten)]
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(path: impl Into<String>, severity: Severity, kind: ProblemKind) -> Problem {
        Problem { path: path.into(), severity, kind }
    }

    pub fn fatal(kind: ProblemKind) -> Problem {
        Problem::new("", Severity::Fatal, kind)
    }

    /// The message with its path in front, as shown to people.
    pub fn describe(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            self.message(lang)
        } else {
            format!("{}: {}", self.path, self.message(lang))
        }
    }

    /// The message alone: what is wrong, and where it helps, what to do.
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        match &self.kind {
            NoFeed => lang.pick(
                "ingen data: giv elementet en src-attribut eller et indlejret <script type=\"application/json\">",
                "no feed: give the element a src attribute or an inline <script type=\"application/json\">",
            )
            .into(),
            HttpStatus { status } => lang.pick(
                format!("data kunne ikke hentes: serveren svarede {status}{}", http_hint(*status, lang)),
                format!("the feed could not be fetched: the server answered {status}{}", http_hint(*status, lang)),
            ),
            Unreachable => lang.pick(
                "data kunne ikke hentes: netværksfejl, eller serveren tillader ikke denne side at læse dem (CORS)",
                "the feed could not be fetched: a network error, or the server does not let this page read it (CORS)",
            )
            .into(),
            TimedOut { seconds } => lang.pick(
                format!("data kunne ikke hentes: intet svar efter {seconds} sekunder"),
                format!("the feed could not be fetched: no answer after {seconds} seconds"),
            ),
            FeedTooLarge { limit_bytes } => {
                // "64 MB", "1,5 MB", "300 KB": as a person says a file's size.
                let size = if *limit_bytes >= 1_000_000 {
                    let tenths = (*limit_bytes + 50_000) / 100_000;
                    let point = lang.pick(",", ".");
                    match tenths % 10 {
                        0 => format!("{} MB", tenths / 10),
                        d => format!("{}{point}{d} MB", tenths / 10),
                    }
                } else {
                    format!("{} KB", (*limit_bytes + 500) / 1000)
                };
                lang.pick(
                    format!("data vises ikke: de fylder mere end de {size}, siden tillader (max-bytes)"),
                    format!("the feed is not shown: it is larger than the {size} the page allows (max-bytes)"),
                )
            }
            NotText => lang.pick(
                "data er ikke tekst i UTF-8; gem filen som UTF-8",
                "the feed is not UTF-8 text; save the file as UTF-8",
            )
            .into(),
            UnknownWidget { name } => lang.pick(
                format!("ukendt widget \"{name}\"; brug \"status\", \"timeline\" eller \"daycare\""),
                format!("unknown widget \"{name}\"; use \"status\", \"timeline\" or \"daycare\""),
            ),
            FeedNotAllowed { url: Some(url) } => lang.pick(
                format!("data fra \"{url}\" vises ikke: siden tillader kun data fra de adresser, den selv nævner (data-ogw-feeds)"),
                format!("the feed at \"{url}\" is not shown: this page allows feeds only from the addresses it lists (data-ogw-feeds)"),
            ),
            FeedNotAllowed { url: None } => lang.pick(
                "data skrevet i elementet vises ikke: siden tillader kun data fra de adresser, den selv nævner (data-ogw-feeds)",
                "a feed written inside the element is not shown: this page allows feeds only from the addresses it lists (data-ogw-feeds)",
            )
            .into(),
            NotJson { line, column, ends_early } => match (lang, ends_early) {
                (Lang::Da, false) => format!("data er ikke gyldig JSON: fejl i linje {line}, kolonne {column}"),
                (Lang::Da, true) => format!("data er ikke gyldig JSON: slutter for tidligt i linje {line}, kolonne {column}"),
                (Lang::En, false) => format!("the feed is not valid JSON: error at line {line}, column {column}"),
                (Lang::En, true) => format!("the feed is not valid JSON: it ends too early, at line {line}, column {column}"),
            },
            WebPage => lang.pick(
                "adressen gav en webside (HTML), ikke JSON-data; tjek adressen",
                "the address gave a web page (HTML), not a JSON feed; check the address",
            )
            .into(),
            WrongFormat { found, expected } => lang.pick(
                format!("format er \"{found}\", men denne widget viser \"{expected}\""),
                format!("format is \"{found}\", but this widget shows \"{expected}\""),
            ),
            MissingFormat { expected } => lang.pick(
                format!("\"format\" mangler; læser data som \"{expected}\""),
                format!("\"format\" is missing; reading the feed as \"{expected}\""),
            ),
            ExpectedFound { expected, found } => lang.pick(
                format!("forventede {}, fandt {}", expected.noun(lang), found.noun(lang)),
                format!("expected {}, found {}", expected.noun(lang), found.noun(lang)),
            ),
            Missing => lang.pick("mangler", "is missing").into(),
            TooMany { limit } => lang.pick(
                format!("højst {limit} er tilladt her; dette og resten udelades"),
                format!("at most {limit} are allowed here; this one and the rest are left out"),
            ),
            TooLong { limit } => lang.pick(
                format!("teksten er længere end {limit} tegn og er afkortet"),
                format!("the text is longer than {limit} characters and is cut short"),
            ),
            Blank => lang.pick("er tom", "is empty").into(),
            UnknownStatus { text } => lang.pick(
                format!("\"{text}\" er ikke en kendt status; vises som tekst og tælles som ukendt"),
                format!("\"{text}\" is not a known status; shown as text and counted as unknown"),
            ),
            UnsafeLink { url } => lang.pick(
                format!("\"{url}\" vises ikke som link; kun http(s): med en vært, mailto: uden cc/bcc og tel: er tilladt"),
                format!("\"{url}\" is not shown as a link; only http(s): with a host, mailto: without cc/bcc and tel: are allowed"),
            ),
            DuplicateId { id } => lang.pick(
                format!("id \"{id}\" er brugt før; begge vises"),
                format!("id \"{id}\" is used twice; both are shown"),
            ),
            UnknownTheme { id } => lang.pick(
                format!("tema \"{id}\" findes ikke i \"themes\"; vises under \"Uden tema\""),
                format!("theme \"{id}\" is not in \"themes\"; shown under \"No theme\""),
            ),
            #[cfg(with_dates)]
            UnreadableDate { text } => lang.pick(
                format!("\"{text}\" kan ikke læses som en dato; vises som tekst uden plads på tidslinjen (skriv fx \"juni 2018\" eller \"2. kvartal 2018\")"),
                format!("\"{text}\" cannot be read as a date; shown as text, with no place on the timeline (write e.g. \"June 2018\" or \"Q2 2018\")"),
            ),
            #[cfg(with_dates)]
            EndsBeforeStart { start, end } => lang.pick(
                format!("slutter (\"{end}\") før det starter (\"{start}\"); tjek datoerne"),
                format!("ends (\"{end}\") before it starts (\"{start}\"); check the dates"),
            ),
            #[cfg(with_dates)]
            NotIsoDate { text } => lang.pick(
                format!("\"{text}\" er ikke en dato som ÅÅÅÅ-MM-DD (fx \"2018-09-01\"); dags dato bruges i stedet"),
                format!("\"{text}\" is not a date as YYYY-MM-DD (e.g. \"2018-09-01\"); today's date is used instead"),
            ),
            NumberTooLarge => lang.pick(
                "tallet er for stort (mere end 15 cifre); ignoreres",
                "the number is too large (more than 15 digits); ignored",
            )
            .into(),
            NothingToShow => lang.pick("data indeholder ingen initiativer at vise", "the feed has no initiatives to show").into(),
            #[cfg(not(target_arch = "wasm32"))]
            UnknownField { name, suggestion } => lang.pick(
                format!("ukendt felt \"{name}\" ignoreres; mente du \"{suggestion}\"?"),
                format!("unknown field \"{name}\" is ignored; did you mean \"{suggestion}\"?"),
            ),
            #[cfg(with_daycare)]
            UnknownValue { text } => lang.pick(
                format!("\"{text}\" er hverken et tal eller not_reported, suppressed eller not_applicable; vises som ikke oplyst"),
                format!("\"{text}\" is neither a number nor not_reported, suppressed or not_applicable; shown as not reported"),
            ),
            #[cfg(with_daycare)]
            UnknownChoice { text, expected } => lang.pick(
                format!("\"{text}\" er ikke en af {expected}; ignoreres"),
                format!("\"{text}\" is not one of {expected}; ignored"),
            ),
            #[cfg(with_daycare)]
            UnknownFigure { id } => lang.pick(
                format!("nøgletal \"{id}\" findes ikke i \"figures\"; værdien ignoreres (nævnes kun første gang)"),
                format!("key figure \"{id}\" is not in \"figures\"; the value is ignored (reported once)"),
            ),
            #[cfg(with_daycare)]
            UnknownArea { code } => lang.pick(
                format!("kommune \"{code}\" findes ikke i \"areas\"; vises uden kommunens gennemsnit"),
                format!("municipality \"{code}\" is not in \"areas\"; shown without a municipal average"),
            ),
            #[cfg(with_daycare)]
            BadHours { text } => lang.pick(
                format!("\"{text}\" er ikke en åbningstid som \"06:30-17:00\" eller \"closed\"; vises som ikke oplyst"),
                format!("\"{text}\" is not opening hours like \"06:30-17:00\" or \"closed\"; shown as not reported"),
            ),
            #[cfg(with_daycare)]
            OutOfRange { min, max } => {
                // Without core::fmt's float code (core/number.rs).
                let (min, max) = (crate::core::number::plain(*min), crate::core::number::plain(*max));
                lang.pick(
                    format!("skal være mellem {min} og {max}; ignoreres"),
                    format!("must be between {min} and {max}; ignored"),
                )
            }
            #[cfg(with_import)]
            BadCsv { line } => lang.pick(
                format!("CSV-filen kan ikke læses i linje {line}; tjek skilletegn og anførselstegn"),
                format!("the CSV file cannot be read at line {line}; check the separators and quotes"),
            ),
            #[cfg(with_import)]
            DoubtfulValue { area, note } => lang.pick(
                format!("{area}: {} (noteret i feedet)", crate::core::daycare::words::note_explained(lang, *note)),
                format!("{area}: {} (noted in the feed)", crate::core::daycare::words::note_explained(lang, *note)),
            ),
            #[cfg(with_daycare)]
            DuplicateLeftOut { id } => lang.pick(
                format!("\"{id}\" er brugt før; denne udelades"),
                format!("\"{id}\" is used before; this one is left out"),
            ),
            #[cfg(with_daycare)]
            NoDaycareData => lang.pick(
                "data indeholder hverken kommuner eller institutioner at vise",
                "the feed has no municipalities or institutions to show",
            )
            .into(),
        }
    }
}

fn http_hint(status: u16, lang: Lang) -> &'static str {
    match status {
        404 | 410 => lang.pick(" (findes ikke; tjek adressen)", " (not found; check the address)"),
        401 | 403 => lang.pick(" (ingen adgang)", " (access denied)"),
        500..=599 => {
            lang.pick(" (fejl på serveren; prøv igen senere)", " (server error; try again later)")
        }
        _ => "",
    }
}

/// English, for logs and the command line.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for Problem {}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(problem: Problem, lang: Lang, expect: &str) {
        assert_eq!(problem.describe(lang), expect);
    }

    #[test]
    fn says_what_and_where() {
        let wrong_type = || {
            Problem::new(
                "initiatives[3].milestones",
                Severity::Warning,
                ProblemKind::ExpectedFound { expected: Kind::List, found: Kind::Text },
            )
        };
        check(wrong_type(), Lang::En, "initiatives[3].milestones: expected a list, found a string");
        check(
            wrong_type(),
            Lang::Da,
            "initiatives[3].milestones: forventede en liste, fandt en tekst",
        );
        check(
            Problem::fatal(ProblemKind::HttpStatus { status: 404 }),
            Lang::En,
            "the feed could not be fetched: the server answered 404 (not found; check the address)",
        );
        check(
            Problem::fatal(ProblemKind::NotJson { line: 3, column: 7, ends_early: false }),
            Lang::Da,
            "data er ikke gyldig JSON: fejl i linje 3, kolonne 7",
        );
    }

    #[test]
    fn says_a_feed_size_as_people_do() {
        let too_large = |limit_bytes| Problem::fatal(ProblemKind::FeedTooLarge { limit_bytes });
        for (limit, lang, size) in [
            (64_000_000, Lang::Da, "64 MB"),
            (1_500_000, Lang::Da, "1,5 MB"),
            (1_500_000, Lang::En, "1.5 MB"),
            (999_999, Lang::En, "1000 KB"),
            (20_000, Lang::Da, "20 KB"),
        ] {
            let said = too_large(limit).describe(lang);
            assert!(
                said.contains(&format!("the {size}")) || said.contains(&format!("de {size},")),
                "{limit}: {said}"
            );
        }
    }
}
