//! The browser layer: what `ogw.js` calls, and the widgets it mounts.
//!
//! `loader.js` finds elements and placeholders and calls [`mount`] and
//! [`unmount`]; everything here is a thin shell around `crate::core`.

mod card;
#[cfg(feature = "daycare")]
mod daycare;
#[cfg(feature = "daycare")]
mod daycare_widget;
mod download;
mod feed_source;
mod host;
mod registry;
#[cfg(feature = "status")]
mod status_widget;
mod style_sheet;
#[cfg(feature = "timeline")]
mod timeline_widget;

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

/// What `ogw.mount(element, options)` and the loader pass in.
#[derive(Debug, Default)]
struct MountOptions {
    widget: Option<String>,
    src: Option<String>,
    /// Feed text: a string as given, or a feed object as JSON.
    feed: Option<String>,
    lang: Option<String>,
    /// The daycare dashboard's starting state (its element's attributes).
    municipality: Option<String>,
    figures: Option<String>,
    compare: Option<String>,
}

impl MountOptions {
    /// Reads the four fields straight off the JS object. A feed object goes
    /// through `JSON.stringify` to the one JSON reader the core already has;
    /// a second deserializer (serde-wasm-bindgen) cost the bundle ~6 KB brotli.
    fn from_js(options: &JsValue) -> Result<MountOptions, JsValue> {
        if options.is_undefined() || options.is_null() {
            return Ok(MountOptions::default());
        }
        if !options.is_object() {
            return Err(JsValue::from_str("ogw.mount: options must be an object"));
        }
        let field = |name: &str| {
            js_sys::Reflect::get(options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
        };
        let text = |name: &str| field(name).as_string();
        let feed = match field("feed") {
            v if v.is_undefined() || v.is_null() => None,
            v => match v.as_string() {
                Some(text) => Some(text),
                None => js_sys::JSON::stringify(&v).ok().and_then(|s| s.as_string()),
            },
        };
        Ok(MountOptions {
            widget: text("widget"),
            src: text("src"),
            feed,
            lang: text("lang"),
            municipality: text("municipality"),
            figures: text("figures"),
            compare: text("compare"),
        })
    }
}

/// Renders a widget into `element`'s shadow root, replacing whatever
/// fallback content the element held from view. Mounting twice remounts.
#[wasm_bindgen]
pub fn mount(element: HtmlElement, options: JsValue) -> Result<(), JsValue> {
    let options = MountOptions::from_js(&options)?;
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
