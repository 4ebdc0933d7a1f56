//! `<StatusChart/>`, `<Timeline/>` and `<DaycareDashboard/>`: a `<div>` that
//! holds the widget in its shadow root, mounted there once the `<div>` is in
//! the page (so it knows its width and language) and unmounted with it.

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::mount::{mount, Widget};
use super::{Feed, Theme};
use crate::core::i18n::Lang;
use crate::web::element::feed_source::FeedSource;

/// How many initiatives are at each status, overall and per theme
/// (`<ogw-status>`): the summary sentence, the chart with a button on each
/// segment, the numbers as a table one button away, and the downloads.
#[cfg(feature = "status")]
#[component]
pub fn StatusChart(
    /// The plan: a [`PlanFeed`](super::PlanFeed), [`Feed::json`] or [`Feed::url`].
    #[prop(into)]
    feed: Feed<super::PlanFeed>,
    /// The widget's language; by default the page's (the nearest `lang`), else Danish.
    #[prop(optional)]
    lang: Option<Lang>,
    /// Light (the default), dark, or the reader's system's.
    #[prop(optional)]
    theme: Option<Theme>,
) -> impl IntoView {
    widget_host(Widget::Status, feed.source, lang, theme, None)
}

/// Initiatives and milestones over time (`<ogw-timeline>`): a row button
/// each, details, zoom, a list on narrow screens, the table and downloads.
#[cfg(feature = "timeline")]
#[component]
pub fn Timeline(
    /// The plan: a [`PlanFeed`](super::PlanFeed), [`Feed::json`] or [`Feed::url`].
    #[prop(into)]
    feed: Feed<super::PlanFeed>,
    /// The widget's language; by default the page's (the nearest `lang`), else Danish.
    #[prop(optional)]
    lang: Option<Lang>,
    /// Light (the default), dark, or the reader's system's.
    #[prop(optional)]
    theme: Option<Theme>,
) -> impl IntoView {
    widget_host(Widget::Timeline, feed.source, lang, theme, None)
}

/// The daycare dashboard (`<ogw-daycare>`): institutions and municipalities
/// on key figures, searched, filtered, sorted and compared, its state kept in
/// the address's fragment.
#[cfg(feature = "daycare")]
#[component]
pub fn DaycareDashboard(
    /// The figures: a [`DaycareFeed`](super::DaycareFeed), [`Feed::json`] or [`Feed::url`].
    #[prop(into)]
    feed: Feed<super::DaycareFeed>,
    /// The widget's language; by default the page's (the nearest `lang`), else Danish.
    #[prop(optional)]
    lang: Option<Lang>,
    /// Light (the default), dark, or the reader's system's.
    #[prop(optional)]
    theme: Option<Theme>,
    /// The `<div>`'s id, which also names the dashboard's part of the address
    /// fragment (`#ogw-daycare-ID`), so two dashboards on a page keep apart.
    #[prop(optional, into)]
    id: Option<String>,
    /// Where it starts, as the element's attributes: one municipality code or
    /// several, comma-separated (`"751"`).
    #[prop(optional, into)]
    municipality: Option<String>,
    /// The figures shown, by id, comma-separated.
    #[prop(optional, into)]
    figures: Option<String>,
    /// Institutions or municipalities compared, by id, comma-separated.
    #[prop(optional, into)]
    compare: Option<String>,
) -> impl IntoView {
    let settings = crate::web::daycare::widget::Settings::new(
        id.as_deref().unwrap_or_default(),
        municipality.as_deref(),
        figures.as_deref(),
        compare.as_deref(),
    );
    widget_host(Widget::Daycare(settings), feed.source, lang, theme, id)
}

/// The `<div>` the widget lives in, and its mounting once the `<div>` is in
/// the page: an effect, which Leptos runs once after the view is attached (as
/// its own `Portal` does; it reads nothing reactive, so it never runs again).
/// Its cleanup, when the component goes, unmounts the widget and cancels
/// its download.
fn widget_host(
    widget: Widget,
    source: FeedSource,
    lang: Option<Lang>,
    theme: Option<Theme>,
    id: Option<String>,
) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    let mut waiting = Some((widget, source));
    Effect::new(move |_| {
        let Some(div) = host.get_untracked() else { return };
        let Some((widget, source)) = waiting.take() else { return };
        match mount(&div, widget, source, lang, theme.map(Theme::attribute)) {
            Ok(mounted) => {
                let mounted = SendWrapper::new(mounted);
                Owner::on_cleanup(move || drop(mounted.take()));
            }
            // Only when the browser refuses a shadow root or a style sheet.
            Err(error) => web_sys::console::error_2(&"ogw: cannot mount the widget".into(), &error),
        }
    });
    view! { <div class="ogw-widget" id=id node_ref=host></div> }
}
