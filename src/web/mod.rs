//! The browser layer: what `ogw.js` calls, and the widgets it mounts.
//!
//! `loader.js` finds elements and placeholders and calls [`mount`] and
//! [`unmount`]; everything here is a thin shell around `crate::core`.

mod feed_source;
mod host;
mod registry;
mod status_widget;

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

/// What `ogw.mount(element, options)` and the loader pass in.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct MountOptions {
    widget: Option<String>,
    src: Option<String>,
    /// A feed object, or feed text.
    feed: Option<serde_json::Value>,
    lang: Option<String>,
}

/// Renders a widget into `element`'s shadow root, replacing whatever
/// fallback content the element held from view. Mounting twice remounts.
#[wasm_bindgen]
pub fn mount(element: HtmlElement, options: JsValue) -> Result<(), JsValue> {
    let options: MountOptions = if options.is_undefined() || options.is_null() {
        MountOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsValue::from_str(&format!("ogw.mount: bad options: {e}")))?
    };
    registry::unmount(&element);
    let mounted = host::mount(&element, options)?;
    registry::insert(element, mounted);
    Ok(())
}

/// Removes the widget from `element` and frees what it held.
#[wasm_bindgen]
pub fn unmount(element: HtmlElement) {
    registry::unmount(&element);
}
