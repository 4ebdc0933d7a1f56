//! Reads an `ogw.daycare/1` feed leniently, like the plan reader: every
//! problem with its path, an item left out only when it cannot be shown (no
//! id or name, the wrong type), unknown fields ignored. Problems that would
//! repeat for thousands of institutions (an unknown figure id, an unknown
//! municipality) are reported once, at their first place.

use std::collections::BTreeSet;

use serde_json::Value as Json;

use super::feed::*;
use super::hours::{parse_day, weekday_of, OpeningHours};
use super::value::Value;
use crate::core::json_reader::{item_error, join, number_in_range, parse_json, Object, Reader};
use crate::core::limits::*;
use crate::core::problem::{Kind, Problem, ProblemKind, Severity};
use crate::core::source::Source;
use crate::core::text::Text;

/// A feed that could be read, what was wrong with it, and what was left out.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadDaycare {
    pub feed: DaycareFeed,
    pub problems: Vec<Problem>,
    pub skipped: Skipped,
}

/// How many items of each list were left out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Skipped {
    pub figures: usize,
    pub areas: usize,
    pub units: usize,
    pub postcodes: usize,
}

/// Reads feed text. `Err` is a problem that leaves nothing to show.
///
/// A feed with nothing wrong in it is parsed straight into the feed types
/// (`fast`); any other is read leniently, which finds every problem.
pub fn read_daycare(json: &str) -> Result<ReadDaycare, Problem> {
    if let Some(feed) = super::fast::read_strict(json) {
        return Ok(ReadDaycare { feed, problems: Vec::new(), skipped: Skipped::default() });
    }
    read_daycare_value(&parse_json(json)?)
}

/// Reads a feed's bytes as they were fetched: like `read_daycare`, and a
/// feed that is not UTF-8 is `NotText`. A well-formed feed is parsed
/// straight from the bytes, without first checking all of them as text.
pub fn read_daycare_bytes(bytes: &[u8]) -> Result<ReadDaycare, Problem> {
    if let Some(feed) = super::fast::read_strict_bytes(bytes) {
        return Ok(ReadDaycare { feed, problems: Vec::new(), skipped: Skipped::default() });
    }
    let json = std::str::from_utf8(bytes).map_err(|_| Problem::fatal(ProblemKind::NotText))?;
    read_daycare_value(&parse_json(json)?)
}

/// Reads a feed already parsed as JSON.
pub fn read_daycare_value(value: &Json) -> Result<ReadDaycare, Problem> {
    let root = value.as_object().ok_or_else(|| {
        Problem::fatal(ProblemKind::ExpectedFound {
            expected: Kind::Object,
            found: Kind::of(value),
        })
    })?;
    let mut r = DaycareReader {
        base: Reader::default(),
        figure_ids: Vec::new(),
        unknown_figures: BTreeSet::new(),
        unknown_areas: BTreeSet::new(),
        skipped: Skipped::default(),
    };
    r.format(root)?;
    let about = r.base.object(root, "", "about").map(|o| r.about(o)).unwrap_or_default();
    let figures = r.figures(root);
    r.figure_ids = figures.iter().map(|f| f.id.clone()).collect();
    r.figure_ids.sort_unstable();
    let national = r.base.object(root, "", "national").map(|o| r.national(o)).unwrap_or_default();
    let areas = r.areas(root);
    let mut area_codes: Vec<&str> = areas.iter().map(|a| a.code.as_str()).collect();
    area_codes.sort_unstable();
    let units = r.units(root, &area_codes);
    let postcodes = r.postcodes(root);
    if areas.is_empty() && units.is_empty() {
        return Err(Problem::fatal(ProblemKind::NoDaycareData));
    }
    Ok(ReadDaycare {
        feed: DaycareFeed {
            format: DAYCARE_FORMAT.into(),
            about,
            figures,
            national,
            areas,
            units,
            postcodes,
        },
        problems: r.base.problems,
        skipped: r.skipped,
    })
}

struct DaycareReader {
    base: Reader,
    /// Sorted: looked up for every value of every unit.
    figure_ids: Vec<String>,
    /// Reported once each.
    unknown_figures: BTreeSet<String>,
    unknown_areas: BTreeSet<String>,
    skipped: Skipped,
}

/// The items of a list field, each with its path; a field of the wrong type
/// is reported and read as empty.
/// At most `limit` items are read (`core::limits`); the rest are counted in
/// `skipped` and reported once.
fn items<'v>(
    base: &mut Reader,
    obj: &'v Object,
    key: &str,
    limit: usize,
    skipped: &mut usize,
) -> Vec<(String, &'v Json)> {
    let all = base.list(obj, "", key);
    *skipped += all.len().saturating_sub(limit);
    base.at_most(all, limit, key, Severity::Warning)
        .iter()
        .enumerate()
        .map(|(i, item)| (format!("{key}[{i}]"), item))
        .collect()
}

fn as_object<'v>(item: &'v Json, path: &str) -> Result<&'v Object, Problem> {
    item.as_object().ok_or_else(|| {
        item_error(
            path.to_string(),
            ProblemKind::ExpectedFound { expected: Kind::Object, found: Kind::of(item) },
        )
    })
}

fn choices(all: &[&str]) -> String {
    all.join(", ")
}

impl DaycareReader {
    fn warn(&mut self, path: String, kind: ProblemKind) {
        self.base.warn(path, kind);
    }

    fn format(&mut self, root: &Object) -> Result<(), Problem> {
        match root.get("format") {
            None | Some(Json::Null) => {
                self.warn(
                    "format".into(),
                    ProblemKind::MissingFormat { expected: DAYCARE_FORMAT.into() },
                );
                Ok(())
            }
            Some(Json::String(s)) if s.trim() == DAYCARE_FORMAT => Ok(()),
            Some(Json::String(found)) => Err(Problem::new(
                "format",
                Severity::Fatal,
                ProblemKind::WrongFormat { found: found.clone(), expected: DAYCARE_FORMAT.into() },
            )),
            Some(other) => Err(Problem::new(
                "format",
                Severity::Fatal,
                ProblemKind::ExpectedFound { expected: Kind::Text, found: Kind::of(other) },
            )),
        }
    }

    fn required_string(&mut self, o: &Object, path: &str, key: &str) -> Result<String, Problem> {
        match o.get(key) {
            Some(Json::Object(_) | Json::Array(_) | Json::Bool(_)) => Err(item_error(
                join(path, key),
                ProblemKind::ExpectedFound {
                    expected: Kind::TextOrNumber,
                    found: Kind::of(&o[key]),
                },
            )),
            _ => self
                .base
                .string(o, path, key)
                .ok_or_else(|| item_error(join(path, key), ProblemKind::Missing)),
        }
    }

    fn about(&mut self, o: &Object) -> About {
        let path = "about";
        let synthetic = match o.get("synthetic") {
            None | Some(Json::Null) => false,
            Some(Json::Bool(b)) => *b,
            Some(other) => {
                self.base.wrong_type(join(path, "synthetic"), Kind::Bool, other);
                false
            }
        };
        let mut sources = Vec::new();
        for (i, item) in self.base.list(o, path, "sources").iter().enumerate() {
            let at = format!("{path}.sources[{i}]");
            match item {
                Json::String(s) if !s.trim().is_empty() => {
                    let name = self.base.capped(s.trim(), || at.clone());
                    sources.push(Source { name: Text::Plain(name), url: None })
                }
                Json::Object(s) => match self.base.text(s, &at, "name") {
                    Some(name) => sources.push(Source { name, url: self.base.link(s, &at, "url") }),
                    None => {
                        self.base.problems.push(item_error(join(&at, "name"), ProblemKind::Missing))
                    }
                },
                other => self.base.wrong_type(at, Kind::Object, other),
            }
        }
        About {
            title: self.base.text(o, path, "title"),
            as_of: self.base.string(o, path, "as_of"),
            synthetic,
            sources,
            note: self.base.text(o, path, "note"),
        }
    }

    fn figures(&mut self, root: &Object) -> Vec<Figure> {
        if matches!(root.get("figures"), None | Some(Json::Null)) {
            self.base.problems.push(item_error("figures".into(), ProblemKind::Missing));
        }
        let mut figures: Vec<Figure> = Vec::new();
        let list = items(&mut self.base, root, "figures", MAX_FIGURES, &mut self.skipped.figures);
        for (path, item) in list {
            match self.figure(item, &path) {
                Ok(f) if figures.iter().any(|g| g.id == f.id) => {
                    self.skipped.figures += 1;
                    self.base.problems.push(item_error(
                        join(&path, "id"),
                        ProblemKind::DuplicateLeftOut { id: f.id },
                    ));
                }
                Ok(f) => figures.push(f),
                Err(problem) => {
                    self.skipped.figures += 1;
                    self.base.problems.push(problem);
                }
            }
        }
        figures
    }

    fn figure(&mut self, item: &Json, path: &str) -> Result<Figure, Problem> {
        let o = as_object(item, path)?;
        let id = self.required_string(o, path, "id")?;
        let label = match self.base.text(o, path, "label") {
            Some(label) => label,
            None => return Err(item_error(join(path, "label"), ProblemKind::Missing)),
        };
        let decimals = match o.get("decimals") {
            None | Some(Json::Null) => 0,
            Some(Json::Number(n)) => match n.as_u64().filter(|d| *d <= 3) {
                Some(d) => d as u8,
                None => {
                    self.warn(
                        join(path, "decimals"),
                        ProblemKind::OutOfRange { min: 0.0, max: 3.0 },
                    );
                    1
                }
            },
            Some(other) => {
                self.base.wrong_type(join(path, "decimals"), Kind::Number, other);
                0
            }
        };
        let better = self.choice(o, path, "better", &["higher", "lower", "none"], |t| match t {
            "higher" | "højere" | "high" => Some(Better::Higher),
            "lower" | "lavere" | "low" => Some(Better::Lower),
            "none" | "ingen" | "neither" => Some(Better::None),
            _ => None,
        });
        let presence =
            self.choice(o, path, "presence", &["mandatory", "optional", "computed"], |t| match t {
                "mandatory" | "obligatorisk" => Some(Presence::Mandatory),
                "optional" | "frivillig" => Some(Presence::Optional),
                "computed" | "beregnet" | "systemgenereret" => Some(Presence::Computed),
                _ => None,
            });
        let age_group = self.choice(o, path, "age_group", &["0-2", "3-5"], AgeGroup::from_text);
        let mut breaks = Vec::new();
        for (i, b) in self.base.list(o, path, "breaks").iter().enumerate() {
            let at = format!("{path}.breaks[{i}]");
            let (year, note) = match b {
                Json::Number(_) => (self.year(b, &at), None),
                Json::Object(bo) => match bo.get("year") {
                    Some(y) => (self.year(y, &join(&at, "year")), self.base.text(bo, &at, "note")),
                    None => {
                        self.warn(join(&at, "year"), ProblemKind::Missing);
                        (None, None)
                    }
                },
                other => {
                    self.base.wrong_type(at, Kind::Object, other);
                    (None, None)
                }
            };
            if let Some(year) = year {
                breaks.push(MethodBreak { year, note });
            }
        }
        let total = match o.get("total") {
            None | Some(Json::Null) => false,
            Some(Json::Bool(b)) => *b,
            Some(other) => {
                self.base.wrong_type(join(path, "total"), Kind::Bool, other);
                false
            }
        };
        Ok(Figure {
            id,
            label,
            total,
            unit: self.base.text(o, path, "unit"),
            decimals,
            period: self.base.string(o, path, "period"),
            better: better.unwrap_or_default(),
            presence: presence.unwrap_or_default(),
            explanation: self.base.text(o, path, "explanation"),
            age_group,
            breaks,
        })
    }

    /// A field that must be one of a few words; anything else is reported and left out.
    fn choice<T>(
        &mut self,
        o: &Object,
        path: &str,
        key: &str,
        all: &[&str],
        read: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let text = self.base.string(o, path, key)?;
        let found = read(&text.to_ascii_lowercase());
        if found.is_none() {
            self.warn(join(path, key), ProblemKind::UnknownChoice { text, expected: choices(all) });
        }
        found
    }

    fn year(&mut self, value: &Json, path: &str) -> Option<i32> {
        let year = match value {
            Json::Number(n) => n.as_i64(),
            Json::String(s) => s.trim().parse().ok(),
            other => {
                self.base.wrong_type(path.to_string(), Kind::Number, other);
                return None;
            }
        };
        let year = year.filter(|y| (1900..=2200).contains(y));
        if year.is_none() {
            self.warn(path.to_string(), ProblemKind::OutOfRange { min: 1900.0, max: 2200.0 });
        }
        year.map(|y| y as i32)
    }

    fn value(&mut self, json: &Json, path: impl Fn() -> String) -> Value {
        match json {
            Json::Number(n) => match n.as_f64().and_then(number_in_range) {
                Some(x) => Value::Number(x),
                None => {
                    self.warn(path(), ProblemKind::NumberTooLarge);
                    Value::NotReported
                }
            },
            Json::Null => Value::NotReported,
            Json::String(s) => Value::from_word(s).unwrap_or_else(|| {
                self.warn(path(), ProblemKind::UnknownValue { text: s.clone() });
                Value::NotReported
            }),
            other => {
                self.base.wrong_type(path(), Kind::Number, other);
                Value::NotReported
            }
        }
    }

    /// Whether `id` is a defined figure; an unknown one is reported once.
    fn known_figure(&mut self, id: &str, path: impl Fn() -> String) -> bool {
        if self.figure_ids.binary_search_by(|f| f.as_str().cmp(id)).is_ok() {
            return true;
        }
        if self.unknown_figures.insert(id.to_string()) {
            self.warn(path(), ProblemKind::UnknownFigure { id: id.to_string() });
        }
        false
    }

    fn values(&mut self, o: &Object, path: &str) -> Values {
        let Some(map) = self.base.object(o, path, "values") else { return Values::default() };
        let mut values = Values(Vec::with_capacity(map.len()));
        for (id, json) in map {
            // Paths are made only for a problem: thousands of units have values.
            let at = || format!("{path}.values.{id}");
            if self.known_figure(id, at) {
                let value = self.value(json, at);
                values.0.push((id.clone(), value));
            }
        }
        values
    }

    fn series(&mut self, o: &Object, path: &str) -> SeriesMap {
        let Some(map) = self.base.object(o, path, "series") else { return SeriesMap::default() };
        let mut all = SeriesMap(Vec::new());
        for (id, json) in map {
            let at = format!("{path}.series.{id}");
            if !self.known_figure(id, || at.clone()) {
                continue;
            }
            let Json::Object(points) = json else {
                self.base.wrong_type(at, Kind::Object, json);
                continue;
            };
            let mut series = Series(Vec::with_capacity(points.len()));
            for (year, json) in points {
                let point_at = format!("{at}.{year}");
                let Some(year) = self.year(&Json::String(year.clone()), &point_at) else {
                    continue;
                };
                let value = self.value(json, || point_at.clone());
                series.0.push((year, value));
            }
            series.0.sort_by_key(|(year, _)| *year);
            all.0.push((id.clone(), series));
        }
        all
    }

    fn national(&mut self, o: &Object) -> National {
        National {
            values: self.values(o, "national"),
            series: self.series(o, "national"),
            method: self.base.text(o, "national", "method"),
            periods: self.periods(o, "national"),
        }
    }

    fn point(&mut self, o: &Object, path: &str, key: &str) -> Option<Point> {
        let p = self.base.object(o, path, key)?;
        let at = join(path, key);
        let mut coordinate = |name: &str, limit: f64| match p.get(name) {
            Some(Json::Number(n)) => match n.as_f64().filter(|x| x.abs() <= limit) {
                Some(x) => Some(x),
                None => {
                    self.warn(join(&at, name), ProblemKind::OutOfRange { min: -limit, max: limit });
                    None
                }
            },
            None | Some(Json::Null) => {
                self.warn(join(&at, name), ProblemKind::Missing);
                None
            }
            Some(other) => {
                self.base.wrong_type(join(&at, name), Kind::Number, other);
                None
            }
        };
        let lat = coordinate("lat", 90.0);
        let lon = coordinate("lon", 180.0);
        Some(Point { lat: lat?, lon: lon? })
    }

    fn areas(&mut self, root: &Object) -> Vec<Area> {
        let mut areas: Vec<Area> = Vec::new();
        let mut codes = BTreeSet::new();
        let list = items(&mut self.base, root, "areas", MAX_AREAS, &mut self.skipped.areas);
        for (path, item) in list {
            match self.area(item, &path) {
                Ok(a) if codes.contains(&a.code) => {
                    self.skipped.areas += 1;
                    self.base.problems.push(item_error(
                        join(&path, "code"),
                        ProblemKind::DuplicateLeftOut { id: a.code },
                    ));
                }
                Ok(a) => {
                    codes.insert(a.code.clone());
                    areas.push(a)
                }
                Err(problem) => {
                    self.skipped.areas += 1;
                    self.base.problems.push(problem);
                }
            }
        }
        areas
    }

    fn area(&mut self, item: &Json, path: &str) -> Result<Area, Problem> {
        let o = as_object(item, path)?;
        Ok(Area {
            code: self.required_string(o, path, "code")?,
            name: self.required_string(o, path, "name")?,
            enrolment_url: self.base.link(o, path, "enrolment_url"),
            location: self.point(o, path, "location"),
            values: self.values(o, path),
            series: self.series(o, path),
            periods: self.periods(o, path),
            notes: self.notes(o, path),
            months: self.months(o, path),
        })
    }

    /// `{"takst_vuggestue": 11}`: yearly amounts paid in that many months.
    fn months(&mut self, o: &Object, path: &str) -> ById<u8> {
        let Some(map) = self.base.object(o, path, "months") else { return ById::default() };
        let mut months = ById::default();
        for (id, json) in map {
            let at = format!("{path}.months.{id}");
            if !self.known_figure(id, || at.clone()) {
                continue;
            }
            match json.as_u64().filter(|m| (1..=12).contains(m)) {
                Some(m) => months.0.push((id.clone(), m as u8)),
                None => self.warn(at, ProblemKind::OutOfRange { min: 1.0, max: 12.0 }),
            }
        }
        months
    }

    /// `{"normering_0_2": "2022"}`: values from another period than their figure's.
    fn periods(&mut self, o: &Object, path: &str) -> ById<String> {
        let Some(map) = self.base.object(o, path, "periods") else { return ById::default() };
        let mut periods = ById::default();
        for id in map.keys() {
            let at = format!("{path}.periods");
            if self.known_figure(id, || join(&at, id)) {
                if let Some(period) = self.base.string(map, &at, id) {
                    periods.0.push((id.clone(), period));
                }
            }
        }
        periods
    }

    /// `{"normering_dagpleje": [{"kind": "no_children"}]}`: what a parent
    /// should know before trusting a value. An unknown kind is read as
    /// `other`, so the note is still shown.
    fn notes(&mut self, o: &Object, path: &str) -> ById<Vec<Note>> {
        let Some(map) = self.base.object(o, path, "notes") else { return ById::default() };
        let mut all = ById::default();
        for (id, json) in map {
            let at = format!("{path}.notes.{id}");
            if !self.known_figure(id, || at.clone()) {
                continue;
            }
            let items: &[Json] = match json {
                Json::Array(items) => items,
                other => std::slice::from_ref(other),
            };
            let mut notes = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let item_at = format!("{at}[{i}]");
                let Json::Object(n) = item else {
                    self.base.wrong_type(item_at, Kind::Object, item);
                    continue;
                };
                let kind = self
                    .choice(n, &item_at, "kind", &NoteKind::ALL.map(NoteKind::id), |t| {
                        NoteKind::ALL.into_iter().find(|k| k.id() == t)
                    })
                    .unwrap_or(NoteKind::Other);
                notes.push(Note { kind, text: self.base.text(n, &item_at, "text") });
            }
            if !notes.is_empty() {
                all.0.push((id.clone(), notes));
            }
        }
        all
    }

    fn units(&mut self, root: &Object, area_codes: &[&str]) -> Vec<Unit> {
        let list = items(&mut self.base, root, "units", MAX_UNITS, &mut self.skipped.units);
        let mut units = Vec::with_capacity(list.len());
        // Thousands of units: a sorted list of ids finds duplicates in n log n.
        let mut ids: Vec<(&str, usize)> = Vec::with_capacity(list.len());
        for (path, item) in &list {
            match self.unit(item, path, area_codes) {
                Ok(u) => units.push(u),
                Err(problem) => {
                    self.skipped.units += 1;
                    self.base.problems.push(problem);
                }
            }
        }
        for (i, u) in units.iter().enumerate() {
            ids.push((u.id.as_str(), i));
        }
        ids.sort_unstable();
        for pair in ids.windows(2) {
            if pair[0].0 == pair[1].0 {
                self.warn(
                    format!("units[{}].id", pair[1].1),
                    ProblemKind::DuplicateId { id: pair[1].0.to_string() },
                );
            }
        }
        units
    }

    fn unit(&mut self, item: &Json, path: &str, area_codes: &[&str]) -> Result<Unit, Problem> {
        let o = as_object(item, path)?;
        let id = self.required_string(o, path, "id")?;
        let name = self.required_string(o, path, "name")?;
        let kind = match self.base.string(o, path, "type") {
            None => {
                self.warn(join(path, "type"), ProblemKind::Missing);
                UnitType::Other
            }
            Some(text) => UnitType::from_text(&text).unwrap_or_else(|| {
                let expected = choices(&UnitType::ALL.map(UnitType::id));
                self.warn(join(path, "type"), ProblemKind::UnknownChoice { text, expected });
                UnitType::Other
            }),
        };
        let area = self.base.string(o, path, "area");
        if let Some(code) = &area {
            if area_codes.binary_search(&code.as_str()).is_err()
                && self.unknown_areas.insert(code.clone())
            {
                self.warn(join(path, "area"), ProblemKind::UnknownArea { code: code.clone() });
            }
        }
        let mut ages = Vec::new();
        for (i, age) in self.base.list(o, path, "ages").iter().enumerate() {
            let at = format!("{path}.ages[{i}]");
            match age.as_str().and_then(AgeGroup::from_text) {
                Some(a) if !ages.contains(&a) => ages.push(a),
                Some(_) => {}
                None => {
                    let text = age.as_str().map_or_else(|| age.to_string(), str::to_string);
                    self.warn(
                        at,
                        ProblemKind::UnknownChoice { text, expected: choices(&["0-2", "3-5"]) },
                    )
                }
            }
        }
        ages.sort();
        Ok(Unit {
            id,
            name,
            kind,
            area,
            address: self.base.string(o, path, "address"),
            location: self.point(o, path, "location"),
            ages,
            values: self.values(o, path),
            opening_hours: self.opening_hours(o, path),
            closing_days: self.closing_days(o, path),
            profile: self.base.text(o, path, "profile"),
            meals: self.meals(o, path),
            url: self.base.link(o, path, "url"),
        })
    }

    fn opening_hours(&mut self, o: &Object, path: &str) -> Option<OpeningHours> {
        let map = self.base.object(o, path, "opening_hours")?;
        let at = join(path, "opening_hours");
        let mut hours = OpeningHours::default();
        let mut any = false;
        for (key, json) in map {
            let Some(day) = weekday_of(key) else { continue };
            let Json::String(text) = json else {
                self.base.wrong_type(join(&at, key), Kind::Text, json);
                continue;
            };
            match parse_day(text) {
                Some(intervals) => {
                    hours.0[day] = intervals;
                    any = true;
                }
                None => self.warn(join(&at, key), ProblemKind::BadHours { text: text.clone() }),
            }
        }
        // Nothing readable is not the same as closed all week: it is not reported.
        any.then_some(hours)
    }

    fn closing_days(&mut self, o: &Object, path: &str) -> Option<ClosingDays> {
        let at = join(path, "closing_days");
        let c = match o.get("closing_days")? {
            // Just the count: "closing_days": 5.
            Json::Number(_) => {
                return self
                    .count(o.get("closing_days")?, &at)
                    .map(|count| ClosingDays { count: Some(count), ..Default::default() })
            }
            Json::Object(c) => c,
            Json::Null => return None,
            other => {
                self.base.wrong_type(at, Kind::Object, other);
                return None;
            }
        };
        let count = c.get("count").and_then(|n| self.count(n, &join(&at, "count")));
        let mut dates = Vec::new();
        for (i, d) in self.base.list(c, &at, "dates").iter().enumerate() {
            match d {
                Json::String(s) if !s.trim().is_empty() => dates.push(s.trim().to_string()),
                other => self.base.wrong_type(format!("{at}.dates[{i}]"), Kind::Text, other),
            }
        }
        Some(ClosingDays { count, dates, note: self.base.text(c, &at, "note") })
    }

    fn count(&mut self, json: &Json, path: &str) -> Option<u16> {
        match json {
            Json::Number(n) => {
                let count = n.as_u64().filter(|c| *c <= 366);
                if count.is_none() {
                    self.warn(path.to_string(), ProblemKind::OutOfRange { min: 0.0, max: 366.0 });
                }
                count.map(|c| c as u16)
            }
            Json::Null => None,
            other => {
                self.base.wrong_type(path.to_string(), Kind::Number, other);
                None
            }
        }
    }

    fn meals(&mut self, o: &Object, path: &str) -> Option<Meals> {
        let at = join(path, "meals");
        let expected = || choices(&MealScheme::ALL.map(MealScheme::id));
        let (text, note) = match o.get("meals")? {
            Json::String(s) => (s.clone(), None),
            Json::Object(m) => match m.get("scheme") {
                Some(Json::String(s)) => (s.clone(), self.base.text(m, &at, "note")),
                Some(other) => {
                    self.base.wrong_type(join(&at, "scheme"), Kind::Text, other);
                    return None;
                }
                None => {
                    self.warn(join(&at, "scheme"), ProblemKind::Missing);
                    return None;
                }
            },
            Json::Null => return None,
            other => {
                self.base.wrong_type(at, Kind::Text, other);
                return None;
            }
        };
        if Value::from_word(&text).is_some() {
            return None; // "not_reported": said so explicitly.
        }
        match MealScheme::from_text(&text) {
            Some(scheme) => Some(Meals { scheme, note }),
            None => {
                self.warn(at, ProblemKind::UnknownChoice { text, expected: expected() });
                None
            }
        }
    }

    fn postcodes(&mut self, root: &Object) -> Vec<Postcode> {
        let mut out = Vec::new();
        let list =
            items(&mut self.base, root, "postcodes", MAX_POSTCODES, &mut self.skipped.postcodes);
        for (path, item) in list {
            let read = as_object(item, &path).and_then(|o| {
                let code = self.required_string(o, &path, "code")?;
                let name = self.base.string(o, &path, "name").unwrap_or_default();
                let location = self
                    .point(o, &path, "location")
                    .ok_or_else(|| item_error(join(&path, "location"), ProblemKind::Missing))?;
                Ok(Postcode { code, name, location })
            });
            match read {
                Ok(p) => out.push(p),
                Err(problem) => {
                    self.skipped.postcodes += 1;
                    self.base.problems.push(problem);
                }
            }
        }
        out
    }
}
