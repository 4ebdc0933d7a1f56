//! Feed text shown in a widget: in a span that says its language when it is
//! not the widget's (WCAG 3.1.2), so a screen reader reads a Danish title
//! with a Danish voice inside an English widget. Every widget uses these
//! for feed text wherever it is shown or makes part of an accessible name.

use leptos::prelude::*;

use crate::core::i18n::Lang;
use crate::core::text::{lang_attr, Text};

/// `text`, written in `text_lang`, in a widget of `lang`.
pub fn feed_text(text: String, text_lang: &str, lang: Lang) -> AnyView {
    match lang_attr(text_lang, lang) {
        Some(code) => view! { <span lang=code>{text}</span> }.into_any(),
        None => text.into_any(),
    }
}

/// `feed_text` for a feed's `Text`, in the language `get` picks.
pub fn feed_text_of(text: &Text, written_in: &str, lang: Lang) -> AnyView {
    feed_text(text.get(lang).to_string(), text.language(lang, written_in), lang)
}

/// Text whose `lang` attribute is already decided (`None`: the widget's own).
pub fn text_in(text: String, lang_attr: Option<String>) -> AnyView {
    match lang_attr {
        Some(code) => view! { <span lang=code>{text}</span> }.into_any(),
        None => text.into_any(),
    }
}
