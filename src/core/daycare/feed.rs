//! The `ogw.daycare/1` feed: key-figure definitions, municipalities (areas)
//! with their values and time series, institutions (units), national values
//! and postcodes. These types are the format: the JSON Schema is generated
//! from them and their doc comments are its descriptions.

use schemars::JsonSchema;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

use super::hours::OpeningHours;
use super::value::Value;
use crate::core::source::Source;
use crate::core::text::Text;

pub const DAYCARE_FORMAT: &str = "ogw.daycare/1";

/// A daycare feed, `ogw.daycare/1`. Unknown fields are ignored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "ogw.daycare/1")]
pub struct DaycareFeed {
    /// Always "ogw.daycare/1".
    pub format: String,
    #[serde(default)]
    pub about: About,
    /// The key figures the feed has values for, in the order they are offered.
    pub figures: Vec<Figure>,
    /// The country's values, to compare against.
    #[serde(default)]
    pub national: National,
    /// Municipalities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<Area>,
    /// Institutions and family daycare.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<Unit>,
    /// Places a parent can measure distance from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub postcodes: Vec<Postcode>,
}

/// What the feed is, where the figures come from, and whether they are real.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct About {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// The period the figures describe, as people write it ("2023", "2025").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// true: the institutions are made up (for demonstrations and tests). A
    /// widget says so wherever it shows them.
    #[serde(default)]
    pub synthetic: bool,
    /// Who published the figures; a widget credits them wherever the data is shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// How the feed was made, in a sentence or two.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// One key figure: what it measures and how to read it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Figure {
    /// Required. The key under which areas, units and the nation give values.
    pub id: String,
    /// Required. What a column or a bar is called.
    pub label: Text,
    /// The unit after a number ("%", "børn pr. voksen", "kr.").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    /// Decimals shown (0 to 3). A value is rounded once, to these decimals,
    /// when it is shown: feeds keep computed values unrounded.
    #[serde(default)]
    pub decimals: u8,
    /// The year or period the values describe, as people write it ("2023",
    /// "2024/25"). Left out: the source does not say, and a widget writes
    /// "år ikke oplyst" rather than implying the present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Which way is better; "none" when neither is.
    #[serde(default)]
    pub better: Better,
    /// Whether institutions must report it (as on Dagtilbudsportalen).
    #[serde(default)]
    pub presence: Presence,
    /// A sentence on what the figure measures and how to read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Text>,
    /// true: municipal and national values are totals (numbers of children
    /// added up), not averages, so nothing is judged against them.
    #[serde(default, skip_serializing_if = "is_false")]
    pub total: bool,
    /// The age group the figure is about, if only one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_group: Option<AgeGroup>,
    /// Years from which the figure is made differently; a chart marks them
    /// and does not join the line across them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaks: Vec<MethodBreak>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Better {
    Higher,
    Lower,
    #[default]
    None,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// Every institution reports it.
    Mandatory,
    /// Institutions may report it.
    #[default]
    Optional,
    /// Worked out from other data rather than reported.
    Computed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MethodBreak {
    /// The first year made the new way.
    pub year: i32,
    /// What changed, shown beside the mark.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum AgeGroup {
    /// Nursery age.
    #[serde(rename = "0-2")]
    Under3,
    /// Kindergarten age.
    #[serde(rename = "3-5")]
    From3To5,
}

impl AgeGroup {
    pub const ALL: [AgeGroup; 2] = [AgeGroup::Under3, AgeGroup::From3To5];

    pub fn id(self) -> &'static str {
        match self {
            AgeGroup::Under3 => "0-2",
            AgeGroup::From3To5 => "3-5",
        }
    }

    /// "0-2", "0-2 år", "0–2 years".
    pub fn from_text(text: &str) -> Option<AgeGroup> {
        let t = text.trim().replace(['–', '—'], "-");
        let t = t.trim_end_matches("år").trim_end_matches("years").trim();
        AgeGroup::ALL.into_iter().find(|a| a.id() == t)
    }
}

/// The country's values and series, and how they were worked out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct National {
    #[serde(default, skip_serializing_if = "Values::is_empty")]
    pub values: Values,
    #[serde(default, skip_serializing_if = "SeriesMap::is_empty")]
    pub series: SeriesMap,
    /// How the national values were computed (taken from the source, or
    /// weighted by children, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<Text>,
    /// Values from another year or period than their figure's `period`.
    #[serde(default, skip_serializing_if = "ById::is_empty")]
    pub periods: ById<String>,
}

/// A municipality.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Area {
    /// Required. The municipality code ("751" for Aarhus).
    pub code: String,
    /// Required.
    pub name: String,
    /// The municipality's own page for putting a child on the waiting list (http or https).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrolment_url: Option<String>,
    /// A point inside the municipality, e.g. its town hall.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Point>,
    #[serde(default, skip_serializing_if = "Values::is_empty")]
    pub values: Values,
    #[serde(default, skip_serializing_if = "SeriesMap::is_empty")]
    pub series: SeriesMap,
    /// Values from another year or period than their figure's `period`:
    /// `{"normering_0_2": "2022"}` when the municipality's 2023 figure is missing.
    #[serde(default, skip_serializing_if = "ById::is_empty")]
    pub periods: ById<String>,
    /// What a parent should know before trusting a value, by figure id. A
    /// widget shows the notes beside the value and judges nothing on it.
    #[serde(default, skip_serializing_if = "ById::is_empty")]
    pub notes: ById<Vec<Note>>,
    /// Yearly amounts paid in monthly payments, by figure id: how many
    /// months (1-12; a fee is often paid for 11). A widget shows the monthly
    /// rate and the months beside the yearly amount.
    #[serde(default, skip_serializing_if = "ById::is_empty")]
    pub months: ById<u8>,
}

impl Area {
    /// The year or period of this municipality's value of `figure`: its own,
    /// or else the figure's; `None` when neither is known.
    pub fn period<'a>(&'a self, figure: &'a Figure) -> Option<&'a str> {
        self.periods.get(&figure.id).or(figure.period.as_ref()).map(String::as_str)
    }

    /// The notes on this municipality's value of `figure` (none: an empty list).
    pub fn notes_on(&self, figure: &str) -> &[Note] {
        self.notes.get(figure).map_or(&[], Vec::as_slice)
    }
}

impl National {
    /// The year or period of the national value of `figure`.
    pub fn period<'a>(&'a self, figure: &'a Figure) -> Option<&'a str> {
        self.periods.get(&figure.id).or(figure.period.as_ref()).map(String::as_str)
    }
}

/// Why a value should not be taken at face value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Note {
    pub kind: NoteKind,
    /// More, in the publisher's words; shown after the widget's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// A figure about a kind of care (or age group) the municipality has no
    /// children in: the source contradicts itself.
    NoChildren,
    /// The newest year is missing; the value is from an earlier one (its
    /// `periods` entry says which).
    NewestYearMissing,
    /// Far outside the other municipalities' values (the importer documents its rule).
    Outlier,
    /// Anything else; `text` says what.
    Other,
}

impl NoteKind {
    pub const ALL: [NoteKind; 4] =
        [NoteKind::NoChildren, NoteKind::NewestYearMissing, NoteKind::Outlier, NoteKind::Other];

    pub fn id(self) -> &'static str {
        match self {
            NoteKind::NoChildren => "no_children",
            NoteKind::NewestYearMissing => "newest_year_missing",
            NoteKind::Outlier => "outlier",
            NoteKind::Other => "other",
        }
    }
}

/// An institution, or a municipality's family daycare in one district.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Unit {
    /// Required. Unique in the feed.
    pub id: String,
    /// Required.
    pub name: String,
    #[serde(rename = "type")]
    pub kind: UnitType,
    /// The `code` of its municipality in `areas`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// As written on a letter: "Egevej 12, 8000 Aarhus C".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Point>,
    /// The age groups it takes. Left out: those of its type.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ages: Vec<AgeGroup>,
    #[serde(default, skip_serializing_if = "Values::is_empty")]
    pub values: Values,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<OpeningHours>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closing_days: Option<ClosingDays>,
    /// The pedagogical profile, in the institution's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meals: Option<Meals>,
    /// The institution's own web page (http or https).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UnitType {
    /// Vuggestue, 0-2 years.
    Nursery,
    /// Børnehave, 3-5 years.
    Kindergarten,
    /// Integreret institution, 0-5 years.
    Integrated,
    /// Dagpleje: children cared for in a childminder's home.
    FamilyDaycare,
    #[default]
    Other,
}

impl UnitType {
    pub const ALL: [UnitType; 5] = [
        UnitType::Nursery,
        UnitType::Kindergarten,
        UnitType::Integrated,
        UnitType::FamilyDaycare,
        UnitType::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            UnitType::Nursery => "nursery",
            UnitType::Kindergarten => "kindergarten",
            UnitType::Integrated => "integrated",
            UnitType::FamilyDaycare => "family_daycare",
            UnitType::Other => "other",
        }
    }

    /// The ids, and the Danish names people write.
    pub fn from_text(text: &str) -> Option<UnitType> {
        let key: String = text
            .trim()
            .chars()
            .map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() })
            .collect();
        Some(match key.as_str() {
            "nursery" | "vuggestue" => UnitType::Nursery,
            "kindergarten" | "børnehave" | "boernehave" => UnitType::Kindergarten,
            "integrated" | "integreret" | "integreret_institution" | "aldersintegreret" => {
                UnitType::Integrated
            }
            "family_daycare" | "dagpleje" => UnitType::FamilyDaycare,
            "other" | "andet" | "puljeordning" | "privat" => UnitType::Other,
            _ => return None,
        })
    }

    /// The age groups a unit of this type takes when it does not say.
    pub fn default_ages(self) -> &'static [AgeGroup] {
        match self {
            UnitType::Nursery | UnitType::FamilyDaycare => &[AgeGroup::Under3],
            UnitType::Kindergarten => &[AgeGroup::From3To5],
            UnitType::Integrated | UnitType::Other => &AgeGroup::ALL,
        }
    }
}

/// WGS 84 degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Point {
    /// -90 to 90.
    pub lat: f64,
    /// -180 to 180.
    pub lon: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ClosingDays {
    /// Closing days a year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u16>,
    /// The days, as YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dates: Vec<String>,
    /// E.g. "Lukket i uge 29".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl ClosingDays {
    /// The count, or the dates listed when no count is given.
    pub fn days(&self) -> Option<u16> {
        self.count.or_else(|| (!self.dates.is_empty()).then(|| self.dates.len().min(366) as u16))
    }
}

/// The meal scheme. Also written as just the scheme: `"meals": "lunch"`.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Meals {
    pub scheme: MealScheme,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MealScheme {
    /// Frokostordning: lunch is served.
    Lunch,
    /// Every meal of the day is served.
    AllMeals,
    /// Children bring a packed lunch from home.
    PackedLunch,
    Other,
}

impl MealScheme {
    pub const ALL: [MealScheme; 4] =
        [MealScheme::Lunch, MealScheme::AllMeals, MealScheme::PackedLunch, MealScheme::Other];

    pub fn id(self) -> &'static str {
        match self {
            MealScheme::Lunch => "lunch",
            MealScheme::AllMeals => "all_meals",
            MealScheme::PackedLunch => "packed_lunch",
            MealScheme::Other => "other",
        }
    }

    pub fn from_text(text: &str) -> Option<MealScheme> {
        let key: String = text
            .trim()
            .chars()
            .map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() })
            .collect();
        Some(match key.as_str() {
            "lunch" | "frokostordning" | "frokost" => MealScheme::Lunch,
            "all_meals" | "alle_måltider" | "fuld_forplejning" => MealScheme::AllMeals,
            "packed_lunch" | "madpakke" | "madpakker" => MealScheme::PackedLunch,
            "other" | "andet" => MealScheme::Other,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Postcode {
    /// "8000".
    pub code: String,
    /// "Aarhus C".
    #[serde(default)]
    pub name: String,
    pub location: Point,
}

/// Values by figure id: `{"normering_0_2": 3.1, "paedagoger_pct": "not_reported"}`.
/// A figure left out is not reported.
// Pairs in the feed's order, not a map: ten entries need no tree, and
// another map type costs the browser bundle.
#[derive(Clone, Debug, Default, PartialEq, JsonSchema)]
#[schemars(with = "std::collections::BTreeMap<String, Value>")]
pub struct Values(pub Vec<(String, Value)>);

impl Values {
    pub fn get(&self, figure: &str) -> Option<Value> {
        self.0.iter().find(|(id, _)| id == figure).map(|(_, v)| *v)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn push(&mut self, figure: &str, value: Value) {
        self.0.push((figure.to_string(), value));
    }
}

impl Serialize for Values {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, value) in &self.0 {
            map.serialize_entry(id, value)?;
        }
        map.end()
    }
}

/// A figure over the years: `{"2017": 3.4, "2018": 3.3}`, oldest first.
#[derive(Clone, Debug, Default, PartialEq, JsonSchema)]
#[schemars(with = "std::collections::BTreeMap<String, Value>")]
pub struct Series(pub Vec<(i32, Value)>);

impl Series {
    pub fn get(&self, year: i32) -> Option<Value> {
        self.0.iter().find(|(y, _)| *y == year).map(|(_, v)| *v)
    }
}

impl Serialize for Series {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (year, value) in &self.0 {
            map.serialize_entry(&year.to_string(), value)?;
        }
        map.end()
    }
}

/// Series by figure id: `{"normering_0_2": {"2017": 3.4, ...}}`.
#[derive(Clone, Debug, Default, PartialEq, JsonSchema)]
#[schemars(with = "std::collections::BTreeMap<String, Series>")]
pub struct SeriesMap(pub Vec<(String, Series)>);

impl SeriesMap {
    pub fn get(&self, figure: &str) -> Option<&Series> {
        self.0.iter().find(|(id, _)| id == figure).map(|(_, s)| s)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for SeriesMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, series) in &self.0 {
            map.serialize_entry(id, series)?;
        }
        map.end()
    }
}

/// Anything by figure id, in the feed's order: `{"normering_0_2": "2022"}`.
#[derive(Clone, Debug, PartialEq)]
pub struct ById<T>(pub Vec<(String, T)>);

impl<T> Default for ById<T> {
    fn default() -> Self {
        ById(Vec::new())
    }
}

impl<T> ById<T> {
    pub fn get(&self, figure: &str) -> Option<&T> {
        self.0.iter().find(|(id, _)| id == figure).map(|(_, v)| v)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: Serialize> Serialize for ById<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, value) in &self.0 {
            map.serialize_entry(id, value)?;
        }
        map.end()
    }
}

impl<T: JsonSchema> JsonSchema for ById<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::collections::BTreeMap::<String, T>::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        std::collections::BTreeMap::<String, T>::json_schema(generator)
    }

    fn inline_schema() -> bool {
        true
    }
}
