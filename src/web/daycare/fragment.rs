//! The dashboard's part of the URL fragment, read once and written on every
//! change with `history.replaceState`: a reload or a shared link opens the
//! same view, the back button is not filled with keystrokes, and the page's
//! query string and other fragment parts stay as they were (the core's
//! `write_fragment` decides the text; this only reads and writes it).

use leptos::prelude::window;
use wasm_bindgen::JsValue;

use crate::core::daycare::state::{write_fragment, ViewState};

pub fn current() -> String {
    window().location().hash().unwrap_or_default()
}

pub fn write(key: &str, state: &ViewState, start: &ViewState) {
    let now = current();
    let next = write_fragment(&now, key, state, start);
    if next == now.trim_start_matches('#') {
        return;
    }
    // The new address is the page's own, absolute, with only the fragment
    // changed: a relative "#…" would be resolved against `<base href>`
    // and move the page to another path. An empty fragment leaves the
    // address without a bare "#".
    let Ok(href) = window().location().href() else { return };
    let page = href.split_once('#').map_or(href.as_str(), |(page, _)| page);
    let url = if next.is_empty() { page.to_string() } else { format!("{page}#{next}") };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
