//! Where a feed path such as `initiatives[3].milestones[0].end` is in the
//! file, as line:column, so an editor can jump to it.
//!
//! The core reads feeds with serde_json, which forgets positions once it has
//! parsed; the command line parses a second time with jsonc-parser, which
//! keeps a source range for every node. Only the CLI pays for that.

use jsonc_parser::ast::{ObjectPropName, Value};
use jsonc_parser::common::Ranged;
use jsonc_parser::{parse_to_ast, CollectOptions, ParseOptions};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters (not bytes), as editors count.
    pub column: usize,
}

pub struct SourceMap<'a> {
    text: &'a str,
    root: Option<Value<'a>>,
}

enum Step<'p> {
    Key(&'p str),
    Index(usize),
}

impl<'a> SourceMap<'a> {
    pub fn new(text: &'a str) -> SourceMap<'a> {
        let root = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default())
            .ok()
            .and_then(|r| r.value);
        SourceMap { text, root }
    }

    /// The position of the deepest part of `path` the file has: the field
    /// itself, or for a missing field the object it is missing from.
    pub fn locate(&self, path: &str) -> Option<Position> {
        let mut node = self.root.as_ref()?;
        let mut at = node.start();
        for step in steps(path) {
            match (step, node) {
                (Step::Key(key), Value::Object(object)) => {
                    let Some(prop) = object.properties.iter().find(|p| prop_name(&p.name) == key)
                    else {
                        break;
                    };
                    // Point at the field's name: that is where the eye looks.
                    at = prop.start();
                    node = &prop.value;
                }
                (Step::Index(i), Value::Array(array)) => {
                    let Some(element) = array.elements.get(i) else { break };
                    at = element.start();
                    node = element;
                }
                _ => break,
            }
        }
        Some(self.position(at))
    }

    fn position(&self, byte: usize) -> Position {
        let before = &self.text[..byte.min(self.text.len())];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

fn prop_name<'v>(name: &'v ObjectPropName) -> &'v str {
    match name {
        ObjectPropName::String(s) => &s.value,
        ObjectPropName::Word(w) => w.value,
    }
}

/// `a.b[2].c` → Key(a), Key(b), Index(2), Key(c).
fn steps(path: &str) -> Vec<Step<'_>> {
    let mut steps = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            steps.push(Step::Key(key));
        }
        while let Some((index, after)) = rest.split_once(']') {
            if let Ok(i) = index.parse() {
                steps.push(Step::Index(i));
            }
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    const FEED: &str = "{\n  \"format\": \"ogw.plan/1\",\n  \"initiatives\": [\n    {\"id\": 1},\n    {\"id\": \"æ2\", \"title\": \"x\"}\n  ]\n}";

    fn check(path: &str, expect: (usize, usize)) {
        let at = SourceMap::new(FEED).locate(path).unwrap();
        assert_eq!((at.line, at.column), expect, "{path}");
    }

    #[test]
    fn finds_fields_elements_and_the_nearest_parent() {
        check("", (1, 1));
        check("format", (2, 3));
        check("initiatives", (3, 3));
        check("initiatives[1]", (5, 5));
        // Columns count characters: "æ" is two bytes but one column.
        check("initiatives[1].title", (5, 18));
        // Missing: the object it is missing from.
        check("initiatives[0].title", (4, 5));
        check("initiatives[7].id", (3, 3));
        check("plan.title", (1, 1));
    }
}
