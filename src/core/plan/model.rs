//! The `ogw.plan/1` feed: an action plan, its themes, initiatives and
//! milestones. These types are the format: the JSON Schema is generated
//! from them (see `schema.rs`) and their doc comments are its descriptions.

use schemars::JsonSchema;
use serde::{Serialize, Serializer};

use super::status::Status;
use crate::core::source::Source;
use crate::core::text::Text;

pub const PLAN_FORMAT: &str = "ogw.plan/1";

/// An action plan feed, `ogw.plan/1`. Unknown fields are ignored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "ogw.plan/1")]
pub struct PlanFeed {
    /// Always "ogw.plan/1".
    pub format: String,
    pub plan: PlanInfo,
    /// The plan's themes, in the order they are shown. May be empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Theme>,
    pub initiatives: Vec<Initiative>,
}

/// What the plan is, and when its status was taken.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
pub struct PlanInfo {
    pub title: Option<Text>,
    /// ISO 3166-1 alpha-2 country code, e.g. "DK".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The language the plan was written in, e.g. "da".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The day the statuses were taken, as YYYY-MM-DD.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// A span written as people write dates: "2017", "2. kvartal 2018",
/// "medio 2019", "Endnu ikke fastlagt". Kept as text; see
/// docs/date-phrases.md for what is read and how.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
pub struct Period {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// The start before it was moved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_start: Option<String>,
    /// The end before it was moved; the timeline shows the slip.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_end: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Theme {
    pub id: String,
    pub title: Text,
}

/// One commitment of the plan.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Initiative {
    /// Required. A string or a number, e.g. "1.3".
    pub id: String,
    /// The `id` of one of `themes`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Required.
    pub title: Text,
    /// The lead agency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Missing: read as unknown, with a warning.
    #[serde(default)]
    pub status: StatusValue,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_note: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_steps: Option<Text>,
    /// An http(s) address with more about the initiative.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
pub struct Contact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// A step of an initiative with a verifiable deliverable.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Milestone {
    /// Required.
    pub title: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// Missing: read as unknown, with a warning.
    #[serde(default)]
    pub status: StatusValue,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_note: Option<Text>,
    /// The start before it was moved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_start: Option<String>,
    /// The end before the deadline was moved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_end: Option<String>,
    /// What was aimed for, e.g. 60 kommuner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Quantity>,
    /// What was reached, e.g. 34 kommuner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<Quantity>,
}

#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Quantity {
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
}

/// A status as the feed wrote it, and what it means on the scale.
#[derive(Clone, Debug, PartialEq, JsonSchema)]
#[schemars(
    with = "String",
    description = "One of not_started, limited, substantial, completed, ongoing, delayed, withdrawn, unknown, \
                   or a label people write (\"Afsluttet\", \"Gennemført\", \"Not Started\", \"I gang\", ...). \
                   Other text is kept and counted as unknown."
)]
pub struct StatusValue {
    pub status: Status,
    /// The text the feed wrote, when it was not the status id itself.
    pub label: Option<String>,
}

/// What a missing status is read as.
impl Default for StatusValue {
    fn default() -> StatusValue {
        StatusValue::unknown()
    }
}

impl StatusValue {
    pub fn unknown() -> StatusValue {
        StatusValue { status: Status::Unknown, label: None }
    }

    /// Reads a label (or a label and its explanation); the text is kept,
    /// and free text means `Unknown`.
    pub fn from_label(text: &str) -> (StatusValue, bool) {
        let recognised = Status::from_text(text);
        let status = recognised.unwrap_or(Status::Unknown);
        let label = (text != status.id()).then(|| text.to_string());
        (StatusValue { status, label }, recognised.is_some())
    }
}

/// Written back as the feed wrote it, so nothing is lost on a round trip.
impl Serialize for StatusValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.label.as_deref().unwrap_or(self.status.id()))
    }
}
