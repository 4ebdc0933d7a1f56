//! The custom element's side of mounting: what the element says (its tag or
//! `data-ogw`, `src`, an inline feed, the page's allow-lists, the fetch
//! limits, the dashboard's attributes) turned into the same widget the Leptos
//! components mount (`web::component::mount`: shadow root, style sheets,
//! language, width).

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::feed_source::{FeedSource, FetchLimits};
use crate::core::i18n::Lang;
use crate::core::problem::{Problem, ProblemKind};
use crate::web::component::mount::{self, Mounted, Widget};
use crate::web::MountOptions;

pub fn mount(element: &HtmlElement, options: MountOptions) -> Result<Mounted, JsValue> {
    let name = options.widget.clone().unwrap_or_else(|| widget_from_tag(element));
    let lang = options.lang.as_deref().map(Lang::from_tag);
    let theme = options.theme.clone();
    let (widget, source) = match widget(&name, element, &options) {
        Some(widget) => (widget, feed_source(element, options)),
        // Any other name gets this core's first widget, which says in its own
        // box which names there are.
        None => (
            first_widget(element, &options),
            FeedSource::Refused(Problem::fatal(ProblemKind::UnknownWidget { name })),
        ),
    };
    mount::mount(element, widget, source, lang, theme.as_deref())
}

/// The widget named `name`, if this core was built with it (a Cargo feature per widget).
fn widget(name: &str, element: &HtmlElement, options: &MountOptions) -> Option<Widget> {
    let _ = (element, options);
    match name {
        #[cfg(feature = "status")]
        "status" => Some(Widget::Status),
        #[cfg(feature = "timeline")]
        "timeline" => Some(Widget::Timeline),
        #[cfg(feature = "daycare")]
        "daycare" => Some(Widget::Daycare(crate::web::daycare::widget::Settings::new(
            &element.id(),
            options.municipality.as_deref(),
            options.figures.as_deref(),
            options.compare.as_deref(),
        ))),
        _ => None,
    }
}

/// This core's first widget: the status chart, else the timeline, else the dashboard.
fn first_widget(element: &HtmlElement, options: &MountOptions) -> Widget {
    ["status", "timeline", "daycare"]
        .into_iter()
        .find_map(|name| widget(name, element, options))
        .expect("a core is built with at least one widget")
}

/// `<ogw-status>` is the status widget.
fn widget_from_tag(element: &HtmlElement) -> String {
    let tag = element.tag_name().to_ascii_lowercase();
    tag.strip_prefix("ogw-")
        .map(str::to_string)
        .or_else(|| element.get_attribute("data-ogw"))
        .unwrap_or(tag)
}

fn feed_source(element: &HtmlElement, options: MountOptions) -> FeedSource {
    let prefetched = options.prefetched;
    if let Some(feed) = options.feed {
        if let Some(unwanted) = prefetched {
            unwanted.drop_unread();
        }
        return FeedSource::Text(feed);
    }
    if let Some(src) = options.src.filter(|s| !s.trim().is_empty()) {
        let limits = FetchLimits::new(options.timeout.as_deref(), options.max_bytes.as_deref());
        let limits = FetchLimits { prefetched, ..limits };
        return FeedSource::at(&src, &options.feed_lists, limits);
    }
    if let Some(unwanted) = prefetched {
        unwanted.drop_unread();
    }
    match element.query_selector(":scope > script[type='application/json']") {
        Ok(Some(script)) => {
            FeedSource::inline(script.text_content().unwrap_or_default(), &options.feed_lists)
        }
        _ => FeedSource::Missing,
    }
}
