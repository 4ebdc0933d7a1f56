//! Feed text: a plain string, or one string per language.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::i18n::Lang;

/// A piece of feed text. It is always text, never markup: the web layer
/// inserts it as a text node and the SVG writer escapes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Text {
    /// The same text for every language.
    Plain(String),
    /// Text per language code, e.g. `{"da": "Afsluttet", "en": "Completed"}`.
    PerLanguage(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, else Danish, else English, else any language,
    /// so a feed translated only in part still shows something.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::PerLanguage(map) => [lang.code(), "da", "en"]
                .iter()
                .find_map(|code| map.get(*code).filter(|s| !s.trim().is_empty()))
                .or_else(|| map.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }

    pub fn is_blank(&self) -> bool {
        match self {
            Text::Plain(s) => s.trim().is_empty(),
            Text::PerLanguage(map) => map.values().all(|s| s.trim().is_empty()),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn per_language(pairs: &[(&str, &str)]) -> Text {
        Text::PerLanguage(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn falls_back_to_danish_then_english_then_any() {
        let both = per_language(&[("da", "Afsluttet"), ("en", "Completed")]);
        assert_eq!(both.get(Lang::En), "Completed");
        assert_eq!(both.get(Lang::Da), "Afsluttet");
        assert_eq!(per_language(&[("da", "Kun dansk")]).get(Lang::En), "Kun dansk");
        assert_eq!(per_language(&[("de", "Nur Deutsch")]).get(Lang::Da), "Nur Deutsch");
        assert_eq!(per_language(&[("da", " "), ("en", "Blank Danish")]).get(Lang::Da), "Blank Danish");
    }
}
