//! Feed text: a plain string, or one string per language.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::i18n::Lang;

/// A piece of feed text. It is always text, never markup: the web layer
/// inserts it as a text node and the SVG writer escapes it.
#[derive(Clone, Debug, PartialEq, Eq, JsonSchema)]
#[serde(untagged)]
pub enum Text {
    /// The same text for every language.
    Plain(String),
    /// Text per language code, e.g. `{"da": "Afsluttet", "en": "Completed"}`.
    // A list of pairs in the feed's order, not a map: two or three entries
    // need no tree, and a second BTreeMap type costs the browser bundle.
    PerLanguage(#[schemars(with = "BTreeMap<String, String>")] Vec<(String, String)>),
}

/// Written as the feed had it: a string, or an object of strings.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(s) => serializer.serialize_str(s),
            Text::PerLanguage(pairs) => {
                let mut map = serializer.serialize_map(Some(pairs.len()))?;
                for (lang, text) in pairs {
                    map.serialize_entry(lang, text)?;
                }
                map.end()
            }
        }
    }
}

impl Text {
    /// The text in `lang`, else Danish, else English, else any language,
    /// so a feed translated only in part still shows something.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::PerLanguage(pairs) => [lang.code(), "da", "en"]
                .iter()
                .find_map(|code| pairs.iter().find(|(l, s)| l == code && !s.trim().is_empty()))
                .or_else(|| pairs.first())
                .map(|(_, s)| s.as_str())
                .unwrap_or(""),
        }
    }

    /// The language of what `get(lang)` gives: the chosen translation's
    /// code, or `written_in` (the feed's language) for a plain text. Shown
    /// in a widget of another language, it goes in a `lang` attribute.
    pub fn language<'a>(&'a self, lang: Lang, written_in: &'a str) -> &'a str {
        match self {
            Text::Plain(_) => written_in,
            Text::PerLanguage(pairs) => {
                let got = self.get(lang);
                pairs.iter().find(|(_, s)| s == got).map_or(written_in, |(l, _)| l.as_str())
            }
        }
    }

    pub fn is_blank(&self) -> bool {
        match self {
            Text::Plain(s) => s.trim().is_empty(),
            Text::PerLanguage(pairs) => pairs.iter().all(|(_, s)| s.trim().is_empty()),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_string())
    }
}

/// Lower case for the letters labels and dates are written in (ASCII and
/// the Nordic and German vowels), without `str::to_lowercase`, whose Unicode
/// tables cost the browser bundle several kilobytes.
pub fn fold_case(c: char) -> char {
    match c {
        'Æ' => 'æ',
        'Ø' => 'ø',
        'Å' => 'å',
        'Ä' => 'ä',
        'Ö' => 'ö',
        'Ü' => 'ü',
        'É' => 'é',
        c => c.to_ascii_lowercase(),
    }
}

/// The language a feed is written in (`plan.language` or the daycare
/// feed's), Danish when it says none.
pub fn feed_language(language: Option<&str>) -> &str {
    language.map(str::trim).filter(|l| !l.is_empty()).unwrap_or("da")
}

/// The `lang` attribute feed text needs inside a widget of `lang`: `None`
/// when the text is in the widget's language already.
pub fn lang_attr(text_lang: &str, lang: Lang) -> Option<String> {
    let primary = text_lang.split(['-', '_']).next().unwrap_or(text_lang);
    (!primary.eq_ignore_ascii_case(lang.code())).then(|| text_lang.to_string())
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
        assert_eq!(
            per_language(&[("da", " "), ("en", "Blank Danish")]).get(Lang::Da),
            "Blank Danish"
        );
    }
}
