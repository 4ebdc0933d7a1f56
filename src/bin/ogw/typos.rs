//! Fields the format does not know but nearly does: `titel` for `title`,
//! `milestone` for `milestones`. Readers ignore unknown fields (feeds may
//! carry their own extras), so a typo silently loses data; `ogw validate`
//! warns about the ones that look like a known field.
//!
//! Driven by the JSON Schema generated from the feed types, so it follows
//! the format without a second list of field names.

use ogw_widgets::core::problem::{Problem, ProblemKind, Severity};
use serde_json::{Map, Value};

pub fn misspelt_fields(schema: &Value, feed: &Value) -> Vec<Problem> {
    let mut found = Vec::new();
    walk(schema, schema, feed, "", &mut found);
    found
}

fn walk(root: &Value, schema: &Value, value: &Value, path: &str, found: &mut Vec<Problem>) {
    let Some(schema) = branch_for(root, schema, value) else { return };
    match value {
        Value::Object(object) => {
            let Some(known) = schema.get("properties").and_then(Value::as_object) else { return };
            for (key, child) in object {
                let at = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                match known.get(key) {
                    Some(child_schema) => walk(root, child_schema, child, &at, found),
                    None => {
                        if let Some(suggestion) = closest(key, known) {
                            found.push(Problem::new(
                                at,
                                Severity::Warning,
                                ProblemKind::UnknownField { name: key.clone(), suggestion },
                            ));
                        }
                    }
                }
            }
        }
        Value::Array(items) => {
            let Some(item_schema) = schema.get("items") else { return };
            for (i, item) in items.iter().enumerate() {
                walk(root, item_schema, item, &format!("{path}[{i}]"), found);
            }
        }
        _ => {}
    }
}

/// The schema that describes `value`: follows `$ref`, and of `anyOf`/`oneOf`
/// takes the branch of the value's JSON type.
fn branch_for<'s>(root: &'s Value, schema: &'s Value, value: &Value) -> Option<&'s Value> {
    let schema = resolve(root, schema)?;
    let Some(branches) =
        schema.get("anyOf").or_else(|| schema.get("oneOf")).and_then(Value::as_array)
    else {
        return Some(schema);
    };
    branches.iter().filter_map(|b| resolve(root, b)).find(|b| accepts(b, value))
}

fn resolve<'s>(root: &'s Value, schema: &'s Value) -> Option<&'s Value> {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => root.pointer(reference.strip_prefix('#')?),
        None => Some(schema),
    }
}

fn accepts(schema: &Value, value: &Value) -> bool {
    let wanted = match value {
        Value::Object(_) => "object",
        Value::Array(_) => "array",
        _ => return false,
    };
    match schema.get("type") {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(ts)) => ts.iter().any(|t| t == wanted),
        None => schema.get("properties").is_some() && wanted == "object",
        _ => false,
    }
}

/// A known field close enough to `key` to be what the editor meant: the
/// same letters in another case or with `-`/space for `_`, or at most two
/// edits away for names long enough that two edits is still a typo.
fn closest(key: &str, known: &Map<String, Value>) -> Option<String> {
    let normal = |s: &str| s.to_lowercase().replace(['-', ' '], "_");
    let key_normal = normal(key);
    let budget = if key.chars().count() >= 6 { 2 } else { 1 };
    known
        .keys()
        .map(|k| (strsim::damerau_levenshtein(&key_normal, &normal(k)), k))
        .filter(|(distance, _)| *distance <= budget)
        .min()
        .map(|(_, k)| k.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ogw_widgets::core::schema::plan_schema;

    fn check(feed: &str, expect: &[&str]) {
        let schema: Value = serde_json::from_str(&plan_schema()).unwrap();
        let feed: Value = serde_json::from_str(feed).unwrap();
        let found: Vec<String> =
            misspelt_fields(&schema, &feed).iter().map(|p| p.to_string()).collect();
        assert_eq!(found, expect);
    }

    #[test]
    fn names_the_field_it_probably_meant() {
        check(
            r#"{"format":"ogw.plan/1","plan":{"titel":"x","As_Of":"2019-01-01"},"initiatives":[
                {"id":"1","title":"t","status":"x","milestone":[]},
                {"id":"2","title":{"da":"t"},"status":"x","milestones":[{"title":"m","ende":"2019","original_start":"2018"}],
                 "period":{"start":"2017","original_end":"2018"}}]}"#,
            &[
                "initiatives[0].milestone: unknown field \"milestone\" is ignored; did you mean \"milestones\"?",
                "initiatives[1].milestones[0].ende: unknown field \"ende\" is ignored; did you mean \"end\"?",
                "plan.As_Of: unknown field \"As_Of\" is ignored; did you mean \"as_of\"?",
                "plan.titel: unknown field \"titel\" is ignored; did you mean \"title\"?",
            ],
        );
    }

    #[test]
    fn leaves_extras_and_per_language_text_alone() {
        check(
            r#"{"format":"ogw.plan/1","x_source_row":4,"initiatives":[{"id":"1","title":{"da":"a","en":"b","de":"c"},"status":"x","partners":[{"da":"p"}]}]}"#,
            &[],
        );
    }
}
