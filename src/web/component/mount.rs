//! Puts a widget in a host element, the same way for the custom element and
//! for the Leptos components: an open shadow root (the page's CSS stays out,
//! ours stays in, and the widget's ids are its own), our style sheets, the
//! language, the feed's download (cancelled when the widget goes) and a
//! ResizeObserver that tells the widget its width.

use std::any::Any;
#[cfg(any(feature = "timeline", feature = "daycare"))]
use std::cell::Cell;
use std::rc::Rc;

// The status widget is no Leptos view; only the others mount through Leptos.
#[cfg(any(feature = "timeline", feature = "daycare"))]
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ResizeObserver, ResizeObserverEntry, ShadowRootInit, ShadowRootMode};

use crate::core::chart::theme::declared_scheme;
use crate::core::i18n::Lang;
use crate::web::element::feed_source::FeedSource;
use crate::web::element::style_sheet;

// style.css with comments and indentation stripped by build.rs.
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));
// The charts' colours per theme and medium, made by core::chart::theme.
const CHART_THEME: &str = include_str!(concat!(env!("OUT_DIR"), "/chart-theme.min.css"));

/// `theme="auto"` follows the host page as well as the reader: the page's
/// `color-scheme` (inherited by the element) is read once at mount, and a
/// page that declares only dark or only light gets that
/// (`core::chart::theme::declared_scheme`); the style sheets read the mark.
fn mark_page_scheme(element: &HtmlElement) -> Result<(), JsValue> {
    const MARK: &str = "data-ogw-page-scheme";
    let auto = element.get_attribute("theme").is_some_and(|t| t.eq_ignore_ascii_case("auto"));
    let declared = if auto {
        let window = web_sys::window().ok_or_else(|| js_sys::Error::new("ogw: no window"))?;
        window
            .get_computed_style(element)?
            .and_then(|style| style.get_property_value("color-scheme").ok())
            .and_then(|value| declared_scheme(&value))
    } else {
        None
    };
    match declared {
        Some(scheme) if element.get_attribute(MARK).as_deref() != Some(scheme) => {
            element.set_attribute(MARK, scheme)
        }
        Some(_) => Ok(()),
        None => element.remove_attribute(MARK),
    }
}

/// Width used before the host has been laid out (or while it is hidden).
const FALLBACK_WIDTH: u32 = 640;

/// Which widget to mount, with what only that widget takes.
pub(crate) enum Widget {
    #[cfg(feature = "status")]
    Status,
    #[cfg(feature = "timeline")]
    Timeline,
    #[cfg(feature = "daycare")]
    Daycare(crate::web::daycare::widget::Settings),
}

impl Widget {
    /// The widget's own sheet beside the shared ones: only its core carries it.
    fn style(&self) -> Option<&'static str> {
        match self {
            #[cfg(feature = "status")]
            Widget::Status => None,
            #[cfg(feature = "timeline")]
            Widget::Timeline => Some(crate::web::timeline::widget::STYLE),
            #[cfg(feature = "daycare")]
            Widget::Daycare(_) => Some(crate::web::daycare::widget::STYLE),
        }
    }
}

/// Everything a mounted widget owns; dropping it unmounts the widget.
pub(crate) struct Mounted {
    /// Leptos' `UnmountHandle` (its type names the view, so it is boxed).
    /// Held so that dropping it unmounts the view (first, in `drop`).
    view: Option<Box<dyn Any>>,
    /// Run after the view is gone: cancel the download, stop observing sizes,
    /// restore the host's own content.
    on_drop: Option<Box<dyn FnOnce()>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.view.take());
        if let Some(f) = self.on_drop.take() {
            f();
        }
    }
}

/// Renders `widget` into `host`'s shadow root (made if it has none),
/// replacing whatever the host showed. `lang` and `theme` are the host's
/// when not given: its nearest `lang` attribute, and its `theme` attribute.
pub(crate) fn mount(
    host: &HtmlElement,
    widget: Widget,
    source: FeedSource,
    lang: Option<Lang>,
    theme: Option<&str>,
) -> Result<Mounted, JsValue> {
    let lang = lang.unwrap_or_else(|| Lang::from_tag(&inherited_lang(host)));
    if let Some(theme) = theme {
        // Only when it differs: a custom element observes its `theme`.
        if host.get_attribute("theme").as_deref() != Some(theme) {
            host.set_attribute("theme", theme)?;
        }
    }
    mark_page_scheme(host)?;
    // Cancels the feed's download when the widget goes (unmounted, removed).
    let cancel = web_sys::AbortController::new()?;
    let source = source.cancelled_by(cancel.signal());

    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    root.set_inner_html("");
    let document = host
        .owner_document()
        .ok_or_else(|| js_sys::Error::new("ogw: the element is not in a document"))?;
    let shared = style_sheet::shared(STYLE)?;
    let chart_theme = style_sheet::shared(CHART_THEME)?;
    let sheets = js_sys::Array::of2(&shared, &chart_theme);
    if let Some(css) = widget.style() {
        let own = style_sheet::shared(css)?;
        sheets.push(&own);
    }
    root.set_adopted_style_sheets(&sheets);
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_class_name("ogw-root");
    container.set_attribute("lang", lang.code())?;
    root.append_child(&container)?;

    let (view, width) = mount_widget(widget, container, source, lang, measured_width(host));
    let (observer, on_resize) = observe_width(host, width)?;
    Ok(Mounted {
        view: Some(view),
        on_drop: Some(Box::new(move || {
            cancel.abort();
            observer.disconnect();
            drop(on_resize);
            // A shadow root cannot be removed; a bare slot shows the
            // host's own content (a custom element's no-JavaScript fallback) again.
            root.set_adopted_style_sheets(&js_sys::Array::new());
            root.set_inner_html("<slot></slot>");
        })),
    })
}

/// Tells a mounted widget the width it is shown at.
type SetWidth = Box<dyn Fn(u32)>;

/// Mounts the widget's body in `container`. Each branch mounts its own view
/// type: the handle is boxed anyway, and a type-erased view costs the bundle.
/// The status widget is no Leptos view at all (web/status/widget.rs).
fn mount_widget(
    widget: Widget,
    container: HtmlElement,
    source: FeedSource,
    lang: Lang,
    initial_width: u32,
) -> (Box<dyn Any>, Option<SetWidth>) {
    match widget {
        #[cfg(feature = "daycare")]
        Widget::Daycare(settings) => mount_view(container, initial_width, move |width| {
            view! { <crate::web::daycare::widget::DaycareWidget source lang width settings/> }
        }),
        #[cfg(feature = "timeline")]
        Widget::Timeline => mount_view(container, initial_width, move |width| {
            view! { <crate::web::timeline::widget::TimelineWidget source lang width/> }
        }),
        #[cfg(feature = "status")]
        Widget::Status => {
            use crate::web::status::widget::mount_status;
            let status = Rc::new(mount_status(container, source, lang, initial_width));
            let shown = Rc::downgrade(&status);
            let set_width: SetWidth = Box::new(move |width| {
                if let Some(status) = shown.upgrade() {
                    status.resize(width);
                }
            });
            (Box::new(status), Some(set_width))
        }
    }
}

/// Mounts `make(width)` in `container`. The width signal is made inside the
/// view's owner, so unmounting disposes of it; the observer only `try_set`s it.
#[cfg(any(feature = "timeline", feature = "daycare"))]
fn mount_view<V: IntoView + 'static>(
    container: HtmlElement,
    initial_width: u32,
    make: impl FnOnce(RwSignal<u32>) -> V + 'static,
) -> (Box<dyn Any>, Option<SetWidth>) {
    let slot = Rc::new(Cell::new(None));
    let set = slot.clone();
    let handle = leptos::mount::mount_to(container, move || {
        let width = RwSignal::new(initial_width);
        set.set(Some(width));
        make(width)
    });
    let set_width = slot.get().map(|width: RwSignal<u32>| -> SetWidth {
        Box::new(move |w| {
            if width.try_get_untracked() != Some(w) {
                width.try_set(w);
            }
        })
    });
    (Box::new(handle), set_width)
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
    set_width: Option<SetWidth>,
) -> Result<(ResizeObserver, ResizeCallback), JsValue> {
    let on_resize: ResizeCallback = Closure::new(move |entries: js_sys::Array| {
        let Some(set_width) = &set_width else { return };
        let Some(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>().ok() else { return };
        let w = chart_width(entry.content_rect().width());
        // Hidden elements report 0; keep the last real width for when they show.
        if w > 0 {
            set_width(w);
        }
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
    observer.observe(element);
    Ok((observer, on_resize))
}
