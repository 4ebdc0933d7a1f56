//! Sets a widget up in its element: an open shadow root (host CSS stays
//! out, ours stays in), our style sheets, the language, the feed source and
//! a ResizeObserver that tells the widget its width.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ResizeObserver, ResizeObserverEntry, ShadowRootInit, ShadowRootMode};

use super::feed_source::{FeedSource, FetchLimits};
use super::registry::Mounted;
use super::style_sheet;
use crate::core::i18n::Lang;
use crate::core::problem::{Problem, ProblemKind};
use crate::web::MountOptions;

// style.css with comments and indentation stripped by build.rs.
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));
// The charts' colours per theme and medium, made by core::chart::theme.
const CHART_THEME: &str = include_str!(concat!(env!("OUT_DIR"), "/chart-theme.min.css"));

/// The widget's own sheet beside the shared one: only its core carries it.
fn widget_style(name: &str) -> Option<&'static str> {
    match name {
        #[cfg(feature = "timeline")]
        "timeline" => Some(crate::web::timeline::widget::STYLE),
        #[cfg(feature = "daycare")]
        "daycare" => Some(crate::web::daycare::widget::STYLE),
        _ => None,
    }
}

/// Width used before the element has been laid out (or while it is hidden).
const FALLBACK_WIDTH: u32 = 640;

pub fn mount(element: &HtmlElement, options: MountOptions) -> Result<Mounted, JsValue> {
    let widget = options.widget.clone().unwrap_or_else(|| widget_from_tag(element));
    let lang = Lang::from_tag(&options.lang.clone().unwrap_or_else(|| inherited_lang(element)));
    #[cfg(feature = "daycare")]
    let daycare = crate::web::daycare::widget::Settings::new(element, &options);
    if let Some(theme) = options.theme.as_deref() {
        // Only when it differs: a custom element observes its `theme`.
        if element.get_attribute("theme").as_deref() != Some(theme) {
            element.set_attribute("theme", theme)?;
        }
    }
    // Cancels the feed's download when the widget goes (unmounted, removed).
    let cancel = web_sys::AbortController::new()?;
    let limits =
        FetchLimits::new(options.timeout.as_deref(), options.max_bytes.as_deref(), cancel.signal());
    let source = feed_source(element, options, limits);

    let root = match element.shadow_root() {
        Some(root) => root,
        None => element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    root.set_inner_html("");
    let document = element
        .owner_document()
        .ok_or_else(|| js_sys::Error::new("ogw: the element is not in a document"))?;
    let shared = style_sheet::shared(STYLE)?;
    let chart_theme = style_sheet::shared(CHART_THEME)?;
    let sheets = js_sys::Array::of2(&shared, &chart_theme);
    if let Some(css) = widget_style(&widget) {
        let own = style_sheet::shared(css)?;
        sheets.push(&own);
    }
    root.set_adopted_style_sheets(&sheets);
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_class_name("ogw-root");
    container.set_attribute("lang", lang.code())?;
    root.append_child(&container)?;

    let (view, width) = mount_widget(
        &widget,
        container,
        source,
        lang,
        measured_width(element),
        #[cfg(feature = "daycare")]
        daycare,
    );
    let (observer, on_resize) = observe_width(element, width)?;
    Ok(Mounted {
        view: Some(view),
        on_drop: vec![Box::new(move || {
            cancel.abort();
            observer.disconnect();
            drop(on_resize);
            // A shadow root cannot be removed; a bare slot shows the
            // element's own content (its no-JavaScript fallback) again.
            root.set_adopted_style_sheets(&js_sys::Array::new());
            root.set_inner_html("<slot></slot>");
        })],
    })
}

/// Mounts the widget named `name`, if this core was built with it (a Cargo
/// feature per widget). Any other name gets this core's first widget, which
/// says in its own box which names there are. Each branch mounts its own view
/// type: the handle is boxed anyway, and a type-erased view costs the bundle.
fn mount_widget(
    name: &str,
    container: HtmlElement,
    source: FeedSource,
    lang: Lang,
    initial_width: u32,
    #[cfg(feature = "daycare")] daycare: crate::web::daycare::widget::Settings,
) -> (Box<dyn Any>, Option<RwSignal<u32>>) {
    let known = WIDGETS.contains(&name);
    let source = if known {
        source
    } else {
        FeedSource::Refused(Problem::fatal(ProblemKind::UnknownWidget { name: name.to_string() }))
    };
    match if known { name } else { WIDGETS[0] } {
        #[cfg(feature = "daycare")]
        "daycare" => mount_view(
            container,
            initial_width,
            move |width| view! { <crate::web::daycare::widget::DaycareWidget source lang width settings=daycare/> },
        ),
        #[cfg(feature = "timeline")]
        "timeline" => mount_view(
            container,
            initial_width,
            move |width| view! { <crate::web::timeline::widget::TimelineWidget source lang width/> },
        ),
        #[cfg(feature = "status")]
        _ => mount_view(
            container,
            initial_width,
            move |width| view! { <crate::web::status::widget::StatusWidget source lang width/> },
        ),
        #[cfg(not(feature = "status"))]
        _ => unreachable!("WIDGETS names only the widgets built in"),
    }
}

/// Mounts `make(width)` in `container`. The width signal is made inside the
/// view's owner, so unmounting disposes of it; the observer only `try_set`s it.
fn mount_view<V: IntoView + 'static>(
    container: HtmlElement,
    initial_width: u32,
    make: impl FnOnce(RwSignal<u32>) -> V + 'static,
) -> (Box<dyn Any>, Option<RwSignal<u32>>) {
    let slot = Rc::new(Cell::new(None));
    let set = slot.clone();
    let handle = leptos::mount::mount_to(container, move || {
        let width = RwSignal::new(initial_width);
        set.set(Some(width));
        make(width)
    });
    (Box::new(handle), slot.get())
}

/// The widgets this core was built with, the fallback first.
const WIDGETS: &[&str] = &[
    #[cfg(feature = "status")]
    "status",
    #[cfg(feature = "timeline")]
    "timeline",
    #[cfg(feature = "daycare")]
    "daycare",
];

/// `<ogw-status>` is the status widget.
fn widget_from_tag(element: &HtmlElement) -> String {
    let tag = element.tag_name().to_ascii_lowercase();
    tag.strip_prefix("ogw-")
        .map(str::to_string)
        .or_else(|| element.get_attribute("data-ogw"))
        .unwrap_or(tag)
}

/// The language of the nearest ancestor with a `lang`, as HTML defines it.
fn inherited_lang(element: &HtmlElement) -> String {
    element
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default()
}

fn feed_source(element: &HtmlElement, options: MountOptions, limits: FetchLimits) -> FeedSource {
    let prefetched = options.prefetched;
    if let Some(feed) = options.feed {
        if let Some(unwanted) = prefetched {
            unwanted.drop_unread();
        }
        return FeedSource::Text(feed);
    }
    if let Some(src) = options.src.filter(|s| !s.trim().is_empty()) {
        return FeedSource::at(&src, &options.feed_lists, limits, prefetched);
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

/// The card's padding and border on both sides, in px (style.css, .ogw-card):
/// the chart is drawn at the width it is shown at, so its text is not scaled.
const CARD_CHROME: f64 = 2.0 * (16.0 + 1.0);

fn chart_width(host_width: f64) -> u32 {
    (host_width - CARD_CHROME).max(0.0).round() as u32
}

fn measured_width(element: &HtmlElement) -> u32 {
    match chart_width(element.get_bounding_client_rect().width()) {
        0 => FALLBACK_WIDTH,
        w => w,
    }
}

type ResizeCallback = Closure<dyn FnMut(js_sys::Array)>;

fn observe_width(
    element: &HtmlElement,
    width: Option<RwSignal<u32>>,
) -> Result<(ResizeObserver, ResizeCallback), JsValue> {
    let on_resize: ResizeCallback = Closure::new(move |entries: js_sys::Array| {
        let Some(width) = width else { return };
        let Some(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>().ok() else { return };
        let w = chart_width(entry.content_rect().width());
        // Hidden elements report 0; keep the last real width for when they show.
        if w > 0 && width.try_get_untracked() != Some(w) {
            width.try_set(w);
        }
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
    observer.observe(element);
    Ok((observer, on_resize))
}
