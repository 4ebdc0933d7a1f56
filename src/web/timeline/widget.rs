//! `<ogw-timeline>`: initiatives and milestones over time. Thin: rows,
//! dates, geometry, words and SVG come from the core; this folder puts a
//! button on each row (one tab stop, arrow keys between rows), the details
//! panel, the zoom and the table, and a plain list on narrow screens.

use crate::core::timeline::words::TimelineMsg;
use crate::web::shared::focus::focus_later;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::prelude::*;

use super::chart::*;
use super::details::*;
use super::list::*;
use crate::core::chart::timeline::layout::{fit_rows, layout_timeline, RowKind, Zoom};
use crate::core::chart::timeline::svg::timeline_svg;
use crate::core::date::{day, parse_iso, Day};
use crate::core::i18n::Lang;
use crate::core::plan::markup::nothing_to_show;
use crate::core::plan::read::{read_plan, ReadPlan};
use crate::core::timeline::export::timeline_csv;
use crate::core::timeline::markup::{timeline_tail, zoom_buttons};
use crate::core::timeline::model::{build_timeline, Timeline};
use crate::core::timeline::words::timeline_summary;
use crate::web::element::feed_source::FeedSource;
use crate::web::shared::card::feed_card;
use crate::web::shared::console::log_problems;
use crate::web::shared::delegate::{closest, download_clicked, flip_expanded, set_on_all};

// timeline.css with comments stripped by build.rs; only this widget's core
// carries it (host.rs adopts it beside the shared sheet).
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/timeline.min.css"));

/// Below this width the timeline is a list: bars would be too short to read.
pub(super) const LIST_BELOW: u32 = 480;

/// Initiatives showing their milestones, as (group, initiative).
pub(super) type Expanded = HashSet<(usize, usize)>;

#[component]
pub fn TimelineWidget(source: FeedSource, lang: Lang, width: RwSignal<u32>) -> impl IntoView {
    let load = async move {
        let read = source.load_plan(read_plan).await?;
        log_problems("ogw-timeline", &read.problems);
        Ok(Arc::new(read))
    };
    feed_card("ogw-timeline", TimelineMsg::TimelineTitle.text(lang), lang, load, move |read| {
        view! { <TimelineView read lang width/> }
    })
}

/// Today, from the browser's clock: the core never reads one. Used when the
/// feed has no `as_of` (or one that is not YYYY-MM-DD; the reader warns).
pub(super) fn today() -> Day {
    let now = js_sys::Date::new_0();
    day::date(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or_default()
}

/// Everything the parts of the widget share.
#[derive(Clone)]
pub(super) struct Shared {
    pub(super) read: Arc<ReadPlan>,
    pub(super) timeline: Arc<Timeline>,
    pub(super) lang: Lang,
    pub(super) expanded: RwSignal<Expanded>,
    /// The row whose details are open.
    pub(super) selected: RwSignal<Option<RowKind>>,
    /// The widget's own box, to find its rows and panel in.
    pub(super) root: NodeRef<leptos::html::Div>,
    /// How tall each row's label is as rendered (reader's spacing, zoom and
    /// fonts included), so the rows grow to fit it (WCAG 1.4.12).
    pub(super) measured: RwSignal<HashMap<RowKind, f64>>,
}

impl Shared {
    /// Opens the details of `kind`, or closes them when they are open.
    pub(super) fn toggle_details(&self, kind: RowKind) {
        let open = self.selected.get_untracked() != Some(kind);
        self.selected.set(open.then_some(kind));
        if open {
            // The panel takes the focus, so a screen reader reads it and the
            // page scrolls to it; closing gives the focus back to the row.
            focus_later(self.root, ".ogw-tl-details-title".into());
        }
    }
}

#[component]
fn TimelineView(read: Arc<ReadPlan>, lang: Lang, width: RwSignal<u32>) -> impl IntoView {
    if read.feed.initiatives.is_empty() {
        return view! { <div class="ogw-body" inner_html=nothing_to_show(&read, lang)></div> }
            .into_any();
    }
    let as_of = read.feed.plan.as_of.as_deref().and_then(parse_iso).unwrap_or_else(today);
    let timeline = Arc::new(build_timeline(&read.feed, as_of, lang));
    let root = NodeRef::new();
    let shared = Shared {
        read: read.clone(),
        timeline: timeline.clone(),
        lang,
        expanded: RwSignal::new(HashSet::new()),
        selected: RwSignal::new(None),
        root,
        measured: RwSignal::new(HashMap::new()),
    };
    let zoom = RwSignal::new(Zoom::Years);
    let expanded = shared.expanded;
    let measured = shared.measured;
    let layout = Memo::new({
        let timeline = timeline.clone();
        move |_| {
            let mut layout = expanded.with(|e| {
                layout_timeline(&timeline, zoom.get(), width.get() as f64, lang, &|g, i| {
                    e.contains(&(g, i))
                })
            });
            measured.with(|m| fit_rows(&mut layout, &|kind| m.get(&kind).copied()));
            layout
        }
    });
    let summary = timeline_summary(&timeline, lang);
    let svg = Memo::new({
        let summary = summary.clone();
        move |_| layout.with(|l| timeline_svg(l, TimelineMsg::TimelineTitle.text(lang), &summary))
    });
    let narrow = Memo::new(move |_| width.get() < LIST_BELOW);

    let all: Expanded = timeline
        .groups
        .iter()
        .enumerate()
        .flat_map(|(g, group)| (0..group.initiatives.len()).map(move |i| (g, i)))
        .collect();
    let all_count = all.len();
    let all_open = move || expanded.with(|e| e.len() == all_count);
    // The zoom's buttons are markup the core writes once; one listener on
    // their group sets the zoom and which button is pressed.
    let on_zoom_click = move |ev: web_sys::MouseEvent| {
        let Some(button) = closest(&ev, "button[data-zoom]") else { return };
        let n = button.get_attribute("data-zoom").and_then(|n| n.parse::<usize>().ok());
        let Some(z) = n.and_then(|n| Zoom::ALL.get(n).copied()) else { return };
        if let Some(group) = button.parent_element() {
            set_on_all(&group, "button[data-zoom]", "aria-pressed", |m| {
                if Zoom::ALL.get(m) == Some(&z) {
                    "true"
                } else {
                    "false"
                }
            });
        }
        zoom.set(z);
    };
    let plan_title =
        read.feed.plan.title.as_ref().map(|t| feed_text_of(t, &timeline.language, lang));
    let chart = {
        let shared = shared.clone();
        move || {
            let shared = shared.clone();
            if narrow.get() {
                view! { <ListLayout shared/> }.into_any()
            } else {
                view! {
                    <Chart shared=shared.clone() layout svg/>
                    {move || shared.selected.get().map(|kind| details(&shared, kind))}
                }
                .into_any()
            }
        }
    };
    // The table, downloads, skipped initiatives and source: markup the core
    // writes once, with one listener (each Leptos view costs the bundle code).
    let tail = timeline_tail(&read, &timeline, lang);
    let on_tail_click = move |ev: web_sys::MouseEvent| {
        if let Some(toggle) = closest(&ev, ".ogw-toggle") {
            flip_expanded(&toggle);
        } else {
            download_clicked(&ev, || timeline_csv(&timeline, lang), || svg.get_untracked());
        }
    };
    view! {
        <div class="ogw-tl" node_ref=root>
        {plan_title.map(|p| view! { <p class="ogw-subtitle">{p}</p> })}
        <p class="ogw-summary">{summary}</p>
        <p class="ogw-hint">{move || if narrow.get() { TimelineMsg::TimelineListHint } else { TimelineMsg::TimelineHint }.text(lang)}</p>
        <div class="ogw-tl-toolbar">
            <div role="group" class="ogw-tl-zoom" aria-label=TimelineMsg::Zoom.text(lang) class:ogw-tl-hidden=move || narrow.get()
                inner_html=zoom_buttons(lang) on:click=on_zoom_click></div>
            <button type="button" class="ogw-button ogw-toggle" aria-pressed=move || all_open().to_string()
                on:click=move |_| expanded.set(if all_open() { HashSet::new() } else { all.clone() })>
                {TimelineMsg::ShowAllMilestones.text(lang)}
            </button>
        </div>
        {chart}
        <div class="ogw-tl-tail" inner_html=tail on:click=on_tail_click></div>
        </div>
    }
    .into_any()
}
