//! JSON Schemas of the feeds, generated from the Rust types so that the
//! documented format and the code cannot drift apart.

#[cfg(with_daycare)]
use super::daycare::feed::DaycareFeed;
use super::plan::PlanFeed;

/// The JSON Schema of `ogw.plan/1`, pretty-printed.
pub fn plan_schema() -> String {
    let schema = schemars::schema_for!(PlanFeed);
    serde_json::to_string_pretty(&schema).expect("a schema is always JSON")
}

/// The JSON Schema of `ogw.daycare/1`, pretty-printed.
#[cfg(with_daycare)]
pub fn daycare_schema() -> String {
    let schema = schemars::schema_for!(DaycareFeed);
    serde_json::to_string_pretty(&schema).expect("a schema is always JSON")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_the_daycare_format() {
        let schema: serde_json::Value = serde_json::from_str(&daycare_schema()).unwrap();
        assert_eq!(schema["title"], "ogw.daycare/1");
        let defs = &schema["$defs"];
        assert!(defs["Unit"]["required"].as_array().unwrap().contains(&"id".into()));
        assert_eq!(defs["Unit"]["properties"]["type"]["$ref"], "#/$defs/UnitType");
        // A value is a number or one of the three words, never something else.
        let value = defs["Value"].to_string();
        for word in ["not_reported", "suppressed", "not_applicable", "number"] {
            assert!(value.contains(word), "{word} in {value}");
        }
        assert_eq!(defs["Area"]["properties"]["values"]["$ref"], "#/$defs/Values");
        assert_eq!(defs["Values"]["additionalProperties"]["$ref"], "#/$defs/Value");
        assert!(defs["OpeningHours"]["properties"]["mon"].is_object());
    }

    #[test]
    fn describes_the_plan_format() {
        let schema: serde_json::Value = serde_json::from_str(&plan_schema()).unwrap();
        assert_eq!(schema["title"], "ogw.plan/1");
        let required = schema["required"].as_array().unwrap();
        assert!(required.contains(&"initiatives".into()));
        let initiative = &schema["$defs"]["Initiative"];
        assert!(initiative["required"].as_array().unwrap().contains(&"id".into()));
        assert_eq!(initiative["properties"]["status"]["$ref"], "#/$defs/StatusValue");
        assert_eq!(
            schema["$defs"]["StatusValue"]["type"], "string",
            "statuses are written as text"
        );
    }
}
