//! One listener on a widget's root instead of one per element, for content
//! the core wrote as markup (core/html.rs): which element an event was for,
//! and what the shared parts do when used (the table toggle, the download
//! links). Each Leptos handler and view type costs the bundle code; these
//! are plain functions on the DOM.

use wasm_bindgen::JsCast;

/// The element matching `selector` at or above the event's target.
pub fn closest(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(selector).ok().flatten()
}

/// The table toggle (core/plan/markup.rs): flips `aria-expanded`, which CSS
/// follows to show the matching label and the table's box.
pub fn flip_expanded(button: &web_sys::Element) {
    let open = button.get_attribute("aria-expanded").as_deref() == Some("true");
    let _ = button.set_attribute("aria-expanded", if open { "false" } else { "true" });
}

/// Answers a click on a download link (`a.ogw-download-csv` or
/// `a.ogw-download-svg`, core/plan/markup.rs) with the file `csv` or `svg`
/// makes; `true` when the click was on one.
pub fn download_clicked(
    ev: &web_sys::Event,
    csv: impl FnOnce() -> String,
    svg: impl FnOnce() -> String,
) -> bool {
    let Some(link) = closest(ev, "a.ogw-download") else { return false };
    if link.class_list().contains("ogw-download-csv") {
        super::download::set_data_href(&link, "text/csv", &csv());
    } else {
        super::download::set_data_href(&link, "image/svg+xml", &svg());
    }
    true
}

/// Sets `attribute` to `value` on every element in `root` matching `selector`.
pub fn set_on_all(
    root: &web_sys::Element,
    selector: &str,
    attribute: &str,
    value: impl Fn(usize) -> &'static str,
) {
    let Ok(found) = root.query_selector_all(selector) else { return };
    for n in 0..found.length() {
        if let Some(e) = found.item(n).and_then(|e| e.dyn_into::<web_sys::Element>().ok()) {
            let _ = e.set_attribute(attribute, value(n as usize));
        }
    }
}
