//! The browser layer: the widgets as Leptos components, and the custom
//! elements `ogw.js` mounts them in.
//!
//! For a Leptos application, the components are the API (docs/components.md):
//!
//! ```ignore
//! use ogw_widgets::web::{Lang, StatusChart, Timeline, Feed};
//! view! {
//!     <StatusChart feed=plan.clone() lang=Lang::En/>
//!     <Timeline feed=Feed::url("/feeds/plan.json")/>
//! }
//! ```
//!
//! For a page, `loader/loader.js` finds elements and placeholders and calls
//! `mount` and `unmount` (the `elements` feature); they mount the same
//! widgets the same way. Everything here is a thin shell around `crate::core`.
//!
//! The studio's core (feature `studio`, `studio/`) has only its page and
//! none of the widgets (`with_widgets`, build.rs): its preview mounts them
//! through `ogw.js` and their own cores.

// A core built for one widget leaves the shared parts that only the other
// widgets use unused (a status core has no details to focus). `make lint`
// builds every widget together, where dead code is still an error.
#![cfg_attr(
    not(all(feature = "status", feature = "timeline", feature = "daycare")),
    allow(dead_code)
)]

#[cfg(with_widgets)]
mod component;
#[cfg(feature = "daycare")]
mod daycare;
#[cfg(with_widgets)]
mod element;
#[cfg(with_widgets)]
mod shared;
#[cfg(feature = "status")]
mod status;
#[cfg(feature = "studio")]
mod studio;
#[cfg(feature = "timeline")]
mod timeline;

#[cfg(with_widgets)]
pub use component::*;

#[cfg(feature = "elements")]
pub(crate) use elements::MountOptions;
#[cfg(feature = "elements")]
pub use elements::{mount, unmount};

/// The custom elements' entry points, exported to JavaScript. Behind the
/// `elements` feature (on by default, and in every core `make bundle`
/// builds), so a Leptos application that only uses the components does not
/// carry them, nor export `mount` and `unmount` from its own module.
#[cfg(feature = "elements")]
mod elements {
    use super::element::feed_source::Prefetched;
    use super::element::{host, registry};

    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::HtmlElement;

    /// What `ogw.mount(element, options)` and the loader pass in.
    #[derive(Debug, Default)]
    pub(crate) struct MountOptions {
        pub(crate) widget: Option<String>,
        pub(crate) src: Option<String>,
        /// Feed text: a string as given, or a feed object as JSON.
        pub(crate) feed: Option<String>,
        pub(crate) lang: Option<String>,
        /// `light`, `dark` or `auto`: set on the element, whose `theme`
        /// attribute the style sheets read (placeholders and `ogw.mount` too).
        pub(crate) theme: Option<String>,
        /// The daycare dashboard's starting state (its element's attributes).
        pub(crate) municipality: Option<String>,
        pub(crate) figures: Option<String>,
        pub(crate) compare: Option<String>,
        /// The page's allow-lists of feed addresses (`core::feed_rules`), as the
        /// loader found them: none means every address.
        pub(crate) feed_lists: Vec<String>,
        /// Seconds to wait for the feed, and the most bytes it may have
        /// (`timeout`, `max-bytes`): `feed_source::FetchLimits`.
        pub(crate) timeout: Option<String>,
        pub(crate) max_bytes: Option<String>,
        /// The feed's download, if the loader began it while this core compiled.
        pub(crate) prefetched: Option<Prefetched>,
    }

    impl MountOptions {
        /// Reads the fields straight off the JS object, its own properties only:
        /// a page whose `Object.prototype.feed` or `.src` was polluted must not
        /// hand every widget that feed. A feed object goes through
        /// `JSON.stringify` to the one JSON reader the core already has; a second
        /// deserializer (serde-wasm-bindgen) cost the bundle ~6 KB brotli.
        fn from_js(options: &JsValue) -> Result<MountOptions, JsValue> {
            if options.is_undefined() || options.is_null() {
                return Ok(MountOptions::default());
            }
            if !options.is_object() {
                return Err(js_sys::TypeError::new("ogw.mount: options must be an object").into());
            }
            // Not `dyn_ref`: that is `instanceof Object`, false for the loader's
            // prototype-less copies.
            let object: &js_sys::Object = options.unchecked_ref();
            let field = |name: &str| {
                let key = JsValue::from_str(name);
                if js_sys::Object::has_own(object, &key) {
                    js_sys::Reflect::get(options, &key).unwrap_or(JsValue::UNDEFINED)
                } else {
                    JsValue::UNDEFINED
                }
            };
            let text = |name: &str| field(name).as_string();
            let feed = match field("feed") {
                v if v.is_undefined() || v.is_null() => None,
                v => match v.as_string() {
                    Some(text) => Some(text),
                    None => js_sys::JSON::stringify(&v).ok().and_then(|s| s.as_string()),
                },
            };
            let feed_lists = match field("feedLists") {
                v if js_sys::Array::is_array(&v) => {
                    js_sys::Array::from(&v).iter().filter_map(|list| list.as_string()).collect()
                }
                _ => Vec::new(),
            };
            Ok(MountOptions {
                widget: text("widget"),
                src: text("src"),
                feed,
                lang: text("lang"),
                theme: text("theme"),
                municipality: text("municipality"),
                figures: text("figures"),
                compare: text("compare"),
                feed_lists,
                // A number or a string: `ogw.mount(el, { timeout: 5 })` or an attribute's text.
                timeout: number_or_text(field("timeout")),
                max_bytes: number_or_text(field("maxBytes")),
                prefetched: Prefetched::from_js(&field("prefetched")),
            })
        }
    }

    /// Renders a widget into `element`'s shadow root, replacing whatever
    /// fallback content the element held from view. Mounting twice remounts.
    #[wasm_bindgen]
    pub fn mount(element: HtmlElement, options: JsValue) -> Result<(), JsValue> {
        #[cfg(debug_assertions)]
        log_panics();
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

    /// Debug builds only: a panic's message and place in the console. Release
    /// builds abort on a panic (`RuntimeError: unreachable`) without a word, and
    /// stay without the formatting code this needs.
    #[cfg(debug_assertions)]
    fn log_panics() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // Kept: wasm-bindgen-test's own hook, in the browser tests.
            let before = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                web_sys::console::error_1(&format!("ogw: {info}").into());
                before(info);
            }))
        });
    }

    /// A number as the browser's JSON writes it (5 → "5", 2.5 → "2.5", NaN →
    /// "null", which no limit reads): the browser formats it, so the core
    /// links no float-to-text code for it.
    fn number_or_text(value: JsValue) -> Option<String> {
        match value.as_f64() {
            Some(_) => js_sys::JSON::stringify(&value).ok().and_then(|s| s.as_string()),
            None => value.as_string(),
        }
    }
}
