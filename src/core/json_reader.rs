//! Lenient reading of JSON feeds, shared by every feed format: the text
//! parsed (numbers beyond f64 kept readable), and a `Reader` that reads
//! fields of the expected types, collecting every problem with its path.

use serde_json::{Map, Value};

use crate::core::limits::*;
use crate::core::link::safe_href;
use crate::core::problem::{Kind, Problem, ProblemKind, Severity};
use crate::core::text::Text;

/// Feed text as JSON, or the problem a person can act on (a web page, or
/// where the JSON breaks). Every feed format starts here.
pub fn parse_json(json: &str) -> Result<Value, Problem> {
    if json.trim_start().starts_with('<') {
        return Err(Problem::fatal(ProblemKind::WebPage));
    }
    serde_json::from_str(json).or_else(|e| {
        // serde_json refuses a number beyond f64 (`1e309`) with the whole
        // feed. Such a number is read as the largest f64 instead, which the
        // readers then report at its path (`NumberTooLarge`), drawing the rest.
        let retry = (e.classify() == serde_json::error::Category::Syntax)
            .then(|| numbers_within_f64(json))
            .flatten()
            .and_then(|fixed| serde_json::from_str(&fixed).ok());
        retry.ok_or_else(|| {
            Problem::fatal(ProblemKind::NotJson {
                line: e.line(),
                column: e.column(),
                ends_early: e.classify() == serde_json::error::Category::Eof,
            })
        })
    })
}

/// The largest number a feed may hold: 15 digits, more than any figure a
/// plan or a statistic has, and small enough that every sum, difference and
/// rounding of feed numbers stays exact enough and finite.
pub const LARGEST_NUMBER: f64 = 1e15;

/// `x`, if a feed may hold it (`LARGEST_NUMBER`); `None` is reported as
/// `NumberTooLarge` by the reader.
pub fn number_in_range(x: f64) -> Option<f64> {
    (x.abs() <= LARGEST_NUMBER).then_some(x)
}

/// The JSON text with every number literal from 1e308 up (`1e309`, `-1e400`)
/// written as the largest f64 of its sign; `None` if there is none.
fn numbers_within_f64(json: &str) -> Option<String> {
    let bytes = json.as_bytes();
    let mut out = String::new();
    let (mut copied, mut i, mut in_string) = (0, 0, false);
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
            i += 1;
        } else if b == b'"' {
            in_string = true;
            i += 1;
        } else if b == b'-' || b.is_ascii_digit() {
            let start = i;
            while i < bytes.len()
                && matches!(bytes[i], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
            {
                i += 1;
            }
            if near_f64_limit(&json[start..i]) {
                out.push_str(&json[copied..start]);
                out.push_str(if b == b'-' {
                    "-1.7976931348623157e308"
                } else {
                    "1.7976931348623157e308"
                });
                copied = i;
            }
        } else {
            i += 1;
        }
    }
    (copied > 0).then(|| out + &json[copied..])
}

/// Whether a JSON number literal is 1e308 or more, where an f64 may round to
/// infinity. Decided from its digits and exponent rather than with
/// `str::parse::<f64>`, whose tables would add ~13 KB brotli to every core.
fn near_f64_limit(literal: &str) -> bool {
    let unsigned = literal.strip_prefix('-').unwrap_or(literal);
    let (mantissa, exponent) = unsigned.split_once(['e', 'E']).unwrap_or((unsigned, "0"));
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let exponent_digits = exponent.trim_start_matches(['+', '-']);
    if whole.is_empty()
        || !(whole.bytes().chain(fraction.bytes()).chain(exponent_digits.bytes()))
            .all(|b| b.is_ascii_digit())
    {
        return false; // not a number: serde_json says where
    }
    let magnitude =
        exponent_digits.bytes().fold(0i64, |n, d| (n * 10 + i64::from(d - b'0')).min(1_000_000));
    let exponent = if exponent.starts_with('-') { -magnitude } else { magnitude };
    let digits = || whole.bytes().chain(fraction.bytes());
    let Some(first) = digits().position(|d| d != b'0') else { return false };
    // The power of ten of the first significant digit: 1.23e308 has 308.
    let power = whole.len() as i64 - 1 - first as i64 + exponent;
    // From 1e308 up a number may round to infinity. Those that do not are
    // just as much beyond `LARGEST_NUMBER`, so the readers say the same of them.
    power >= 308
}

/// Reads a feed already parsed as JSON, checking its dates when given the
/// Collects problems while reading fields. Optional fields of the wrong type
/// are dropped with a warning; required ones fail their item. Every feed's
/// reader (`plan::read`, `daycare::read`) holds one, so all formats read
/// fields the same way.
#[derive(Default)]
pub(crate) struct Reader {
    pub(crate) problems: Vec<Problem>,
}

pub(crate) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

pub(crate) fn item_error(path: String, kind: ProblemKind) -> Problem {
    Problem::new(path, Severity::Error, kind)
}

pub(crate) type Object = Map<String, Value>;

impl Reader {
    pub(crate) fn warn(&mut self, path: String, kind: ProblemKind) {
        self.problems.push(Problem::new(path, Severity::Warning, kind));
    }

    /// Feed text, cut at `MAX_TEXT_CHARS` with a warning at `path`: no one
    /// reads more, and every later step (layout, search, the page's own
    /// line breaking) stays cheap.
    pub(crate) fn capped(&mut self, text: &str, path: impl FnOnce() -> String) -> String {
        match cut_chars(text, MAX_TEXT_CHARS) {
            Some(cut) => {
                self.warn(path(), ProblemKind::TooLong { limit: MAX_TEXT_CHARS });
                cut
            }
            None => text.to_string(),
        }
    }

    pub(crate) fn wrong_type(&mut self, path: String, expected: Kind, found: &Value) {
        self.warn(path, ProblemKind::ExpectedFound { expected, found: Kind::of(found) });
    }

    /// A field that must be an object when present.
    /// The first `limit` items of a list; past that, one problem at the
    /// first item left out (`path[limit]`) that names the limit.
    pub(crate) fn at_most<'v>(
        &mut self,
        items: &'v [Value],
        limit: usize,
        path: &str,
        severity: Severity,
    ) -> &'v [Value] {
        if items.len() <= limit {
            return items;
        }
        self.problems.push(Problem::new(
            format!("{path}[{limit}]"),
            severity,
            ProblemKind::TooMany { limit },
        ));
        &items[..limit]
    }

    pub(crate) fn object<'v>(
        &mut self,
        obj: &'v Object,
        path: &str,
        key: &str,
    ) -> Option<&'v Object> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Object(o)) => Some(o),
            Some(other) => {
                self.wrong_type(join(path, key), Kind::Object, other);
                None
            }
        }
    }

    /// A field that must be a list when present; a wrong type counts as empty.
    pub(crate) fn list<'v>(&mut self, obj: &'v Object, path: &str, key: &str) -> &'v [Value] {
        match obj.get(key) {
            None | Some(Value::Null) => &[],
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.wrong_type(join(path, key), Kind::List, other);
                &[]
            }
        }
    }

    /// Text that is a string or a number ("id": 1.3 means "1.3"). Blank is absent.
    pub(crate) fn string(&mut self, obj: &Object, path: &str, key: &str) -> Option<String> {
        let s = match obj.get(key)? {
            Value::String(s) => self.capped(s.trim(), || join(path, key)),
            Value::Number(n) => n.to_string(),
            Value::Null => return None,
            other => {
                self.wrong_type(join(path, key), Kind::TextOrNumber, other);
                return None;
            }
        };
        (!s.is_empty()).then_some(s)
    }

    pub(crate) fn text(&mut self, obj: &Object, path: &str, key: &str) -> Option<Text> {
        let text = match obj.get(key)? {
            Value::String(s) => Text::Plain(self.capped(s.trim(), || join(path, key))),
            Value::Number(n) => Text::Plain(n.to_string()),
            Value::Object(per_language) => {
                let mut map = Vec::with_capacity(per_language.len());
                for (lang, value) in per_language {
                    match value {
                        Value::String(s) => {
                            let s = self.capped(s.trim(), || join(&join(path, key), lang));
                            map.push((lang.clone(), s))
                        }
                        other => self.wrong_type(join(&join(path, key), lang), Kind::Text, other),
                    }
                }
                Text::PerLanguage(map)
            }
            Value::Null => return None,
            other => {
                self.wrong_type(join(path, key), Kind::Text, other);
                return None;
            }
        };
        (!text.is_blank()).then_some(text)
    }

    pub(crate) fn required_id(&mut self, obj: &Object, path: &str) -> Result<String, Problem> {
        match obj.get("id") {
            Some(Value::Object(_) | Value::Array(_) | Value::Bool(_)) => {
                let found = Kind::of(&obj["id"]);
                Err(item_error(
                    join(path, "id"),
                    ProblemKind::ExpectedFound { expected: Kind::TextOrNumber, found },
                ))
            }
            _ => self
                .string(obj, path, "id")
                .ok_or_else(|| item_error(join(path, "id"), ProblemKind::Missing)),
        }
    }

    pub(crate) fn link(&mut self, obj: &Object, path: &str, key: &str) -> Option<String> {
        let raw = self.string(obj, path, key)?;
        let safe = safe_href(&raw);
        if safe.is_none() {
            self.warn(join(path, key), ProblemKind::UnsafeLink { url: raw });
        }
        safe
    }

    /// A number within `LARGEST_NUMBER`, or the problem at `path`.
    pub(crate) fn number(&mut self, n: &serde_json::Number, path: &str) -> Option<f64> {
        let x = n.as_f64().and_then(number_in_range);
        if x.is_none() {
            self.warn(path.to_string(), ProblemKind::NumberTooLarge);
        }
        x
    }
}

#[cfg(test)]
mod number_tests {
    use super::near_f64_limit;

    #[test]
    fn numbers_near_the_f64_limit_are_found_by_their_digits() {
        let cases = [
            "1e309",
            "-1e309",
            "1E+309",
            "10e308",
            "0.1e310",
            "1.797693134862315808e308",
            "1e308",
            "-1.7976931348623157e308",
            "00001e308",
            "0.00000001e316",
            "1e99999999999999999999",
        ];
        for case in cases {
            assert!(near_f64_limit(case), "{case}");
        }
        let below = [
            "9.99e307", "0.01e309", "1e-400", "0", "0e999999", "-0.0", "123.456", "1e", "1-2", "-",
        ];
        for case in below {
            assert!(!near_f64_limit(case), "{case}");
            if let Ok(x) = case.parse::<f64>() {
                assert!(x.is_finite(), "{case}");
            }
        }
    }
}
