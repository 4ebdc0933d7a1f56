//! JSON Schemas of the feeds, generated from the Rust types so that the
//! documented format and the code cannot drift apart.

use super::plan::PlanFeed;

/// The JSON Schema of `ogw.plan/1`, pretty-printed.
pub fn plan_schema() -> String {
    let schema = schemars::schema_for!(PlanFeed);
    serde_json::to_string_pretty(&schema).expect("a schema is always JSON")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_the_plan_format() {
        let schema: serde_json::Value = serde_json::from_str(&plan_schema()).unwrap();
        assert_eq!(schema["title"], "ogw.plan/1");
        let required = schema["required"].as_array().unwrap();
        assert!(required.contains(&"initiatives".into()));
        let initiative = &schema["$defs"]["Initiative"];
        assert!(initiative["required"].as_array().unwrap().contains(&"id".into()));
        assert_eq!(initiative["properties"]["status"]["$ref"], "#/$defs/StatusValue");
        assert_eq!(schema["$defs"]["StatusValue"]["type"], "string", "statuses are written as text");
    }
}
