//! Reads an `ogw.plan/1` feed leniently: every problem is collected with its
//! path, an item is left out only when it cannot be drawn at all (no id or
//! title, or the wrong type), and the rest of the feed is still read.

use serde_json::Value;

use super::model::*;
#[cfg(with_dates)]
use crate::core::date::{parse_iso, read_phrase, DatePhrase};
use crate::core::i18n::Lang;
use crate::core::json_reader::{item_error, join, parse_json, Object, Reader};
use crate::core::limits::*;
use crate::core::problem::{Kind, Problem, ProblemKind, Severity};
use crate::core::source::Source;
use crate::core::text::Text;

/// A feed that could be read, what was wrong with it, and how many
/// initiatives had to be left out.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadPlan {
    pub feed: PlanFeed,
    pub problems: Vec<Problem>,
    pub skipped_initiatives: usize,
}

/// The checks `read_plan` adds to `read_plan_without_dates`: every date can
/// be read, no end comes before its start, `as_of` is YYYY-MM-DD. Passed as a
/// function pointer, so a widget that draws no dates (the status chart) does
/// not carry the date reader in its bundle.
pub type DateChecks = fn(&mut Vec<Problem>, Dated<'_>);

/// What has dates to check, and where it is in the feed.
pub enum Dated<'a> {
    /// A period or a milestone, whose dates are written in `lang`.
    Span {
        path: &'a str,
        dates: &'a Period,
        lang: Lang,
    },
    AsOf {
        path: &'a str,
        text: &'a str,
    },
}

/// Reads feed text, with every warning (dates too). `Err` is a problem that
/// leaves nothing to draw.
#[cfg(with_dates)]
pub fn read_plan(json: &str) -> Result<ReadPlan, Problem> {
    read_plan_text(json, Some(check_dates))
}

/// Reads feed text as `read_plan` does, but leaves its dates unchecked: for
/// widgets that draw no dates (the status chart).
pub fn read_plan_without_dates(json: &str) -> Result<ReadPlan, Problem> {
    read_plan_text(json, None)
}

fn read_plan_text(json: &str, date_checks: Option<DateChecks>) -> Result<ReadPlan, Problem> {
    read_plan_value(&parse_json(json)?, date_checks)
}

/// checks (`check_dates`).
pub fn read_plan_value(
    value: &Value,
    date_checks: Option<DateChecks>,
) -> Result<ReadPlan, Problem> {
    let root = value.as_object().ok_or_else(|| {
        Problem::fatal(ProblemKind::ExpectedFound {
            expected: Kind::Object,
            found: Kind::of(value),
        })
    })?;
    let mut reader = PlanReader { date_checks, ..PlanReader::default() };
    reader.format(root)?;

    let initiatives = match root.get("initiatives") {
        None | Some(Value::Null) => {
            return Err(Problem::new("initiatives", Severity::Fatal, ProblemKind::Missing))
        }
        Some(Value::Array(items)) => items,
        Some(other) => {
            return Err(Problem::new(
                "initiatives",
                Severity::Fatal,
                ProblemKind::ExpectedFound { expected: Kind::List, found: Kind::of(other) },
            ))
        }
    };

    let plan =
        reader.object(root, "", "plan").map(|o| reader.plan_info(o, "plan")).unwrap_or_default();
    let themes = reader.themes(root);
    // Sorted, to look up each initiative's theme by binary search: linear
    // scans made a feed with many items quadratic, and a sorted slice keeps
    // a hash table out of the status core's bundle.
    let mut theme_ids: Vec<&str> = themes.iter().map(|t| t.id.as_str()).collect();
    theme_ids.sort_unstable();

    // Past the limit, the rest count as skipped, so the card says so.
    let mut skipped_initiatives = initiatives.len().saturating_sub(MAX_INITIATIVES);
    let initiatives = reader.at_most(initiatives, MAX_INITIATIVES, "initiatives", Severity::Error);
    let mut kept = Vec::with_capacity(initiatives.len());
    let mut kept_paths = Vec::with_capacity(initiatives.len());
    for (i, item) in initiatives.iter().enumerate() {
        let path = format!("initiatives[{i}]");
        match reader.initiative(item, &path) {
            Ok(initiative) => {
                if let Some(theme) = &initiative.theme {
                    if theme_ids.binary_search(&theme.as_str()).is_err() {
                        reader.warn(
                            format!("{path}.theme"),
                            ProblemKind::UnknownTheme { id: theme.clone() },
                        );
                    }
                }
                kept.push(initiative);
                kept_paths.push(i);
            }
            Err(problem) => {
                skipped_initiatives += 1;
                reader.problems.push(problem);
            }
        }
    }

    warn_duplicates(&mut reader, &kept, &kept_paths);

    Ok(ReadPlan {
        feed: PlanFeed { format: PLAN_FORMAT.to_string(), plan, themes, initiatives: kept },
        problems: reader.base.problems,
        skipped_initiatives,
    })
}

/// Every initiative whose id an earlier one has, by sorting (the pairwise
/// check it replaces took 35 s for 100,000 initiatives). `index[k]` is where
/// `kept[k]` was in the feed.
fn warn_duplicates(reader: &mut Reader, kept: &[Initiative], index: &[usize]) {
    // By id, then by place: among equal ids the first in the feed comes
    // first. (Not a stable sort: its merge code would be one more sort in
    // the status core, README Size.)
    let mut order: Vec<(&str, usize)> =
        kept.iter().enumerate().map(|(k, initiative)| (initiative.id.as_str(), k)).collect();
    order.sort_unstable();
    let mut later: Vec<usize> =
        order.windows(2).filter(|w| w[0].0 == w[1].0).map(|w| w[1].1).collect();
    later.sort_unstable();
    for k in later {
        reader.warn(
            format!("initiatives[{}].id", index[k]),
            ProblemKind::DuplicateId { id: kept[k].id.clone() },
        );
    }
}

/// The shared `Reader` with what only a plan needs: the language its dates
/// are written in and the date checks, if any.
#[derive(Default)]
struct PlanReader {
    base: Reader,
    /// The feed's language (`plan.language`), in which its dates are read.
    date_lang: Lang,
    /// `None`: dates are kept as written and not checked.
    date_checks: Option<DateChecks>,
}

impl std::ops::Deref for PlanReader {
    type Target = Reader;
    fn deref(&self) -> &Reader {
        &self.base
    }
}

impl std::ops::DerefMut for PlanReader {
    fn deref_mut(&mut self) -> &mut Reader {
        &mut self.base
    }
}

/// `read_plan`'s date checks (see `DateChecks`): a phrase no one can read as
/// a date, an end before its start, an `as_of` that is not YYYY-MM-DD.
#[cfg(with_dates)]
pub fn check_dates(problems: &mut Vec<Problem>, dated: Dated<'_>) {
    let mut warn = |path: String, kind| problems.push(Problem::new(path, Severity::Warning, kind));
    let (path, period, lang) = match dated {
        Dated::AsOf { path, text } => {
            if parse_iso(text).is_none() {
                warn(path.to_string(), ProblemKind::NotIsoDate { text: text.to_string() });
            }
            return;
        }
        Dated::Span { path, dates, lang } => (path, dates, lang),
    };
    // Reads one field, warning when it cannot be read or is a span that
    // ends before it starts ("2020-2016").
    let mut read = |key: &str, text: &Option<String>| {
        let text = text.as_ref()?;
        let phrase = read_phrase(text, lang);
        if !phrase.is_readable() {
            warn(join(path, key), ProblemKind::UnreadableDate { text: text.clone() });
        } else if let DatePhrase::Range { start, end, .. } = &phrase {
            if ends_before(start.earliest, end.latest) {
                warn(
                    join(path, key),
                    ProblemKind::EndsBeforeStart {
                        start: start.text.clone(),
                        end: end.text.clone(),
                    },
                );
            }
        }
        Some((text.clone(), phrase))
    };
    let pairs = [
        (("start", &period.start), ("end", &period.end)),
        (("original_start", &period.original_start), ("original_end", &period.original_end)),
    ];
    let mut reversed = Vec::new();
    for ((start_key, start), (end_key, end)) in pairs {
        if let (Some((start_text, start)), Some((end_text, end))) =
            (read(start_key, start), read(end_key, end))
        {
            if ends_before(start.earliest(), end.latest()) {
                reversed.push((join(path, end_key), start_text, end_text));
            }
        }
    }
    for (at, start, end) in reversed {
        problems.push(Problem::new(
            at,
            Severity::Warning,
            ProblemKind::EndsBeforeStart { start, end },
        ));
    }
}

/// Certainly before: the latest day it can end is before the earliest day
/// it can start. Fuzzy dates that overlap ("2020" to "2020") are fine.
#[cfg(with_dates)]
fn ends_before(start_earliest: Option<i32>, end_latest: Option<i32>) -> bool {
    matches!((start_earliest, end_latest), (Some(start), Some(end)) if end < start)
}

impl PlanReader {
    fn format(&mut self, root: &Object) -> Result<(), Problem> {
        match root.get("format") {
            None | Some(Value::Null) => {
                self.warn(
                    "format".into(),
                    ProblemKind::MissingFormat { expected: PLAN_FORMAT.into() },
                );
                Ok(())
            }
            Some(Value::String(s)) if s.trim() == PLAN_FORMAT => Ok(()),
            Some(Value::String(found)) => Err(Problem::new(
                "format",
                Severity::Fatal,
                ProblemKind::WrongFormat { found: found.clone(), expected: PLAN_FORMAT.into() },
            )),
            Some(other) => Err(Problem::new(
                "format",
                Severity::Fatal,
                ProblemKind::ExpectedFound { expected: Kind::Text, found: Kind::of(other) },
            )),
        }
    }

    fn required_title(&mut self, obj: &Object, path: &str) -> Result<Text, Problem> {
        let at = join(path, "title");
        match obj.get("title") {
            None | Some(Value::Null) => Err(item_error(at, ProblemKind::Missing)),
            Some(Value::Array(_) | Value::Bool(_)) => Err(item_error(
                at,
                ProblemKind::ExpectedFound { expected: Kind::Text, found: Kind::of(&obj["title"]) },
            )),
            Some(_) => {
                self.text(obj, path, "title").ok_or_else(|| item_error(at, ProblemKind::Blank))
            }
        }
    }

    fn status(&mut self, obj: &Object, path: &str, warn_if_missing: bool) -> StatusValue {
        // "-" is how a plan's table says "nothing here": no status, no warning.
        let Some(text) =
            self.string(obj, path, "status").filter(|t| !matches!(t.as_str(), "-" | "–" | "—"))
        else {
            if warn_if_missing {
                self.warn(join(path, "status"), ProblemKind::Missing);
            }
            return StatusValue::unknown();
        };
        let (value, recognised) = StatusValue::from_label(&text);
        if !recognised {
            self.warn(join(path, "status"), ProblemKind::UnknownStatus { text });
        }
        value
    }

    fn period(&mut self, obj: &Object, path: &str, key: &str) -> Option<Period> {
        let o = self.object(obj, path, key)?;
        let period = self.dates(o, &join(path, key));
        (period.start.is_some() || period.end.is_some()).then_some(period)
    }

    /// The date fields of a period or a milestone, kept as written; checked
    /// when the caller asked for it (`read_plan`).
    fn dates(&mut self, o: &Object, path: &str) -> Period {
        let period = Period {
            start: self.string(o, path, "start"),
            end: self.string(o, path, "end"),
            original_start: self.string(o, path, "original_start"),
            original_end: self.string(o, path, "original_end"),
        };
        if let Some(check) = self.date_checks {
            check(
                &mut self.base.problems,
                Dated::Span { path, dates: &period, lang: self.date_lang },
            );
        }
        period
    }

    fn quantity(&mut self, obj: &Object, path: &str, key: &str) -> Option<Quantity> {
        let at = join(path, key);
        let (value, unit) = match obj.get(key)? {
            // A bare number is the value alone: "target": 60.
            Value::Number(n) => (self.number(n, &at), None),
            Value::Object(o) => {
                let value = match o.get("value") {
                    Some(Value::Number(n)) => self.number(n, &join(&at, "value")),
                    Some(other) => {
                        self.wrong_type(join(&at, "value"), Kind::Number, other);
                        None
                    }
                    None => {
                        self.warn(join(&at, "value"), ProblemKind::Missing);
                        None
                    }
                };
                (value, self.text(o, &at, "unit"))
            }
            Value::Null => return None,
            other => {
                self.wrong_type(at, Kind::Object, other);
                return None;
            }
        };
        Some(Quantity { value: value?, unit })
    }

    fn plan_info(&mut self, o: &Object, path: &str) -> PlanInfo {
        let source = self.object(o, path, "source").and_then(|s| {
            let at = join(path, "source");
            let name = self.text(s, &at, "name");
            let url = self.link(s, &at, "url");
            name.map(|name| Source { name, url })
        });
        let language = self.string(o, path, "language");
        self.date_lang = language.as_deref().map_or(Lang::Da, Lang::from_tag);
        let as_of = self.string(o, path, "as_of");
        if let (Some(check), Some(text)) = (self.date_checks, &as_of) {
            check(&mut self.base.problems, Dated::AsOf { path: &join(path, "as_of"), text });
        }
        PlanInfo {
            title: self.text(o, path, "title"),
            country: self.string(o, path, "country"),
            language,
            period: self.period(o, path, "period"),
            as_of,
            source,
        }
    }

    fn themes(&mut self, root: &Object) -> Vec<Theme> {
        let mut themes: Vec<Theme> = Vec::new();
        let all = self.list(root, "", "themes");
        for (i, item) in
            self.at_most(all, MAX_THEMES, "themes", Severity::Warning).iter().enumerate()
        {
            let path = format!("themes[{i}]");
            let Some(o) = item.as_object() else {
                self.problems.push(item_error(
                    path,
                    ProblemKind::ExpectedFound { expected: Kind::Object, found: Kind::of(item) },
                ));
                continue;
            };
            let theme = self
                .required_id(o, &path)
                .and_then(|id| Ok(Theme { id, title: self.required_title(o, &path)? }));
            match theme {
                // At most MAX_THEMES: a linear scan stays cheap and keeps a
                // hash table out of the status core's bundle.
                Ok(theme) if themes.iter().any(|t| t.id == theme.id) => {
                    self.warn(join(&path, "id"), ProblemKind::DuplicateId { id: theme.id });
                }
                Ok(theme) => themes.push(theme),
                Err(problem) => self.problems.push(problem),
            }
        }
        themes
    }

    fn initiative(&mut self, item: &Value, path: &str) -> Result<Initiative, Problem> {
        let o = item.as_object().ok_or_else(|| {
            item_error(
                path.to_string(),
                ProblemKind::ExpectedFound { expected: Kind::Object, found: Kind::of(item) },
            )
        })?;
        let id = self.required_id(o, path)?;
        let title = self.required_title(o, path)?;
        let contact = self.object(o, path, "contact").map(|c| {
            let at = join(path, "contact");
            Contact {
                name: self.string(c, &at, "name"),
                role: self.text(c, &at, "role"),
                email: self.string(c, &at, "email"),
                phone: self.string(c, &at, "phone"),
            }
        });
        let mut partners = Vec::new();
        for (i, partner) in self.list(o, path, "partners").iter().enumerate() {
            match partner {
                Value::String(s) if !s.trim().is_empty() => {
                    let s = self.capped(s.trim(), || format!("{path}.partners[{i}]"));
                    partners.push(Text::Plain(s))
                }
                Value::String(_) => {}
                other => self.wrong_type(format!("{path}.partners[{i}]"), Kind::Text, other),
            }
        }
        let mut milestones = Vec::new();
        let all = self.list(o, path, "milestones");
        let all =
            self.at_most(all, MAX_MILESTONES, &format!("{path}.milestones"), Severity::Warning);
        for (i, milestone) in all.iter().enumerate() {
            match self.milestone(milestone, &format!("{path}.milestones[{i}]")) {
                Ok(m) => milestones.push(m),
                Err(problem) => self.problems.push(problem),
            }
        }
        Ok(Initiative {
            id,
            theme: self.string(o, path, "theme"),
            title,
            lead: self.text(o, path, "lead"),
            period: self.period(o, path, "period"),
            status: self.status(o, path, true),
            status_note: self.text(o, path, "status_note"),
            summary: self.text(o, path, "summary"),
            results: self.text(o, path, "results"),
            next_steps: self.text(o, path, "next_steps"),
            url: self.link(o, path, "url"),
            contact,
            partners,
            milestones,
        })
    }

    fn milestone(&mut self, item: &Value, path: &str) -> Result<Milestone, Problem> {
        let o = item.as_object().ok_or_else(|| {
            item_error(
                path.to_string(),
                ProblemKind::ExpectedFound { expected: Kind::Object, found: Kind::of(item) },
            )
        })?;
        let title = self.required_title(o, path)?;
        let dates = self.dates(o, path);
        Ok(Milestone {
            title,
            start: dates.start,
            end: dates.end,
            status: self.status(o, path, false),
            status_note: self.text(o, path, "status_note"),
            original_start: dates.original_start,
            original_end: dates.original_end,
            target: self.quantity(o, path, "target"),
            actual: self.quantity(o, path, "actual"),
        })
    }
}
