//! A key figure's value: a number, or one of three reasons there is none.
//! The three reasons are kept apart because they mean different things to a
//! parent ("the municipality did not say", "too few children to publish",
//! "does not apply here") and none of them is zero.

use schemars::JsonSchema;
use serde::{Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Number(f64),
    /// The publisher did not report it (an empty cell in the source).
    NotReported,
    /// Withheld because too few children are behind it to publish it.
    Suppressed,
    /// Does not apply: children per adult in a unit without that age group.
    NotApplicable,
}

/// How a value is written in a feed: the schema's view of [`Value`].
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum ValueSchema {
    /// The figure, in the figure's unit.
    Number(f64),
    Missing(MissingWord),
}

/// Why there is no number.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(dead_code)]
enum MissingWord {
    NotReported,
    Suppressed,
    NotApplicable,
}

impl JsonSchema for Value {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Value".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = ValueSchema::json_schema(generator);
        schema.insert(
            "description".into(),
            "A number, or why there is none: \"not_reported\" (the publisher did not say), \"suppressed\" (too few \
             children to publish) or \"not_applicable\" (does not apply here). null and a left-out value mean not_reported."
                .into(),
        );
        schema
    }
}

impl Value {
    pub fn number(self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The word a feed writes for a missing value.
    pub fn word(self) -> Option<&'static str> {
        match self {
            Value::Number(_) => None,
            Value::NotReported => Some("not_reported"),
            Value::Suppressed => Some("suppressed"),
            Value::NotApplicable => Some("not_applicable"),
        }
    }

    /// Reads the words feeds and spreadsheets use for a missing value, in
    /// Danish or English, any case. `None`: not one of them.
    pub fn from_word(text: &str) -> Option<Value> {
        // The words feeds write, without allocating: thousands of them per feed.
        match text {
            "not_reported" => return Some(Value::NotReported),
            "suppressed" => return Some(Value::Suppressed),
            "not_applicable" => return Some(Value::NotApplicable),
            _ => {}
        }
        let key: String = text
            .trim()
            .chars()
            .map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() })
            .collect();
        Some(match key.as_str() {
            "" | "not_reported" | "ikke_oplyst" | "ikke_indberettet" | ".." | "nr" | "nd" => {
                Value::NotReported
            }
            "suppressed" | "diskretioneret" | "fortrolig" | "confidential" => Value::Suppressed,
            "not_applicable" | "ikke_relevant" | "na" | "n/a" => Value::NotApplicable,
            _ => return None,
        })
    }

    /// Sort position of the kinds after all numbers, in either direction:
    /// numbers, suppressed, not reported, not applicable.
    pub fn missing_rank(self) -> u8 {
        match self {
            Value::Number(_) => 0,
            Value::Suppressed => 1,
            Value::NotReported => 2,
            Value::NotApplicable => 3,
        }
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Number(n) => serializer.serialize_f64(*n),
            other => serializer.serialize_str(other.word().expect("not a number")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_words_for_missing_values() {
        assert_eq!(Value::from_word("not_reported"), Some(Value::NotReported));
        assert_eq!(Value::from_word("Ikke oplyst"), Some(Value::NotReported));
        assert_eq!(Value::from_word(" "), Some(Value::NotReported));
        assert_eq!(Value::from_word("SUPPRESSED"), Some(Value::Suppressed));
        assert_eq!(Value::from_word("not-applicable"), Some(Value::NotApplicable));
        assert_eq!(Value::from_word("ikke relevant"), Some(Value::NotApplicable));
        assert_eq!(Value::from_word("zero"), None);
        assert_eq!(Value::from_word("0"), None);
    }

    #[test]
    fn writes_numbers_as_numbers_and_missing_as_words() {
        let json = serde_json::to_string(&[
            Value::Number(3.5),
            Value::NotReported,
            Value::Suppressed,
            Value::NotApplicable,
        ])
        .unwrap();
        assert_eq!(json, r#"[3.5,"not_reported","suppressed","not_applicable"]"#);
    }
}
