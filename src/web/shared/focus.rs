//! Moving the focus inside a widget: to its details panel when it opens, back
//! to the row it came from when it closes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the first element in `root` (the widget's box) that matches
/// `selector`; whether there was one. Called from frames and timeouts, when
/// the widget may have been unmounted and its node ref disposed: so `try_`,
/// never `get_untracked` (a panic traps the core).
pub fn focus_in(root: NodeRef<leptos::html::Div>, selector: &str) -> bool {
    let found =
        root.try_get_untracked().flatten().and_then(|r| r.query_selector(selector).ok().flatten());
    found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()).is_some_and(|e| e.focus().is_ok())
}

/// `focus_in` a frame later, after the DOM has caught up (opening details and
/// expanding rows add the element to focus).
pub fn focus_later(root: NodeRef<leptos::html::Div>, selector: String) {
    request_animation_frame(move || {
        focus_in(root, &selector);
    });
}
