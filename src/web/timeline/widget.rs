//! `<ogw-timeline>`: initiatives and milestones over time. Thin: rows,
//! dates, geometry, words and SVG come from the core; this file puts a
//! button on each row (one tab stop, arrow keys between rows), the details
//! panel, the zoom and the table, and a plain list on narrow screens.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::core::chart::timeline::layout::{
    fit_rows, layout_timeline, Row, RowKind, TimelineLayout, Zoom,
};
use crate::core::chart::timeline::svg::timeline_svg;
use crate::core::date::{day, parse_iso, DatePhrase, Day};
use crate::core::i18n::{initiatives, milestones, t, tl, Lang, Msg, Tl};
use crate::core::link::{email_href, phone_href, safe_href};
use crate::core::plan::read::{read_plan, ReadPlan};
use crate::core::problem::{Problem, ProblemKind};
use crate::core::text::{lang_attr, Text};
use crate::core::timeline::export::timeline_csv;
use crate::core::timeline::model::{build_timeline, InitiativeRows, Item, Timeline};
use crate::core::timeline::tree::{tree_key, tree_nodes, TreeAction};
use crate::core::timeline::words::{
    item_facts, moved_words, progress_words, span_words, timeline_summary,
};
use crate::web::element::feed_source::FeedSource;
use crate::web::shared::card::{feed_card, log_problems, skipped_notice, source_line};

// timeline.css with comments stripped by build.rs; only this widget's core
// carries it (host.rs adopts it beside the shared sheet).
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/timeline.min.css"));

/// Below this width the timeline is a list: bars would be too short to read.
const LIST_BELOW: u32 = 480;

/// Initiatives showing their milestones, as (group, initiative).
type Expanded = HashSet<(usize, usize)>;

#[component]
pub fn TimelineWidget(source: FeedSource, lang: Lang, width: RwSignal<u32>) -> impl IntoView {
    let load = async move {
        let read = source.load_plan(read_plan).await?;
        log_problems("ogw-timeline", &read.problems);
        Ok(Arc::new(read))
    };
    feed_card("ogw-timeline", tl(lang, Tl::TimelineTitle), lang, load, move |read| {
        view! { <TimelineView read lang width/> }
    })
}

/// Today, from the browser's clock: the core never reads one. Used when the
/// feed has no `as_of` (or one that is not YYYY-MM-DD; the reader warns).
fn today() -> Day {
    let now = js_sys::Date::new_0();
    day::date(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or_default()
}

/// Everything the parts of the widget share.
#[derive(Clone)]
struct Shared {
    read: Arc<ReadPlan>,
    timeline: Arc<Timeline>,
    lang: Lang,
    expanded: RwSignal<Expanded>,
    /// The row whose details are open.
    selected: RwSignal<Option<RowKind>>,
    /// The widget's own box, to find its rows and panel in.
    root: NodeRef<leptos::html::Div>,
    /// How tall each row's label is as rendered (reader's spacing, zoom and
    /// fonts included), so the rows grow to fit it (WCAG 1.4.12).
    measured: RwSignal<HashMap<RowKind, f64>>,
}

impl Shared {
    fn rows(&self, kind: RowKind) -> Option<&InitiativeRows> {
        match kind {
            RowKind::Group { .. } => None,
            RowKind::Initiative { group, initiative }
            | RowKind::Milestone { group, initiative, .. } => {
                self.timeline.groups.get(group)?.initiatives.get(initiative)
            }
        }
    }

    fn item(&self, kind: RowKind) -> Option<&Item> {
        match kind {
            RowKind::Milestone { milestone, .. } => self.rows(kind)?.milestones.get(milestone),
            _ => Some(&self.rows(kind)?.item),
        }
    }

    /// The row's title as the feed wrote it ("1.3 Dagtilbudsportalen"), in
    /// a span that carries the feed's language when it is not the widget's.
    fn title(&self, kind: RowKind) -> AnyView {
        match kind {
            RowKind::Group { group } => {
                let Some(g) = self.timeline.groups.get(group) else { return ().into_any() };
                feed_text(g.title.clone(), &g.title_lang, self.lang)
            }
            RowKind::Initiative { .. } => {
                let (Some(rows), Some(item)) = (self.rows(kind), self.item(kind)) else {
                    return ().into_any();
                };
                let id = rows.id.clone();
                view! { {id} " " {feed_text(item.title.clone(), &item.title_lang, self.lang)} }
                    .into_any()
            }
            RowKind::Milestone { .. } => self
                .item(kind)
                .map(|item| feed_text(item.title.clone(), &item.title_lang, self.lang))
                .unwrap_or_else(|| ().into_any()),
        }
    }

    /// The row's accessible name, as content (so the title keeps its
    /// `lang`): title, then when, status and what is off in the widget's
    /// language, and for an initiative how many milestones it has.
    fn name(&self, kind: RowKind) -> AnyView {
        let lang = self.lang;
        let facts = match kind {
            RowKind::Group { group } => self
                .timeline
                .groups
                .get(group)
                .map(|g| initiatives(lang, g.initiatives.len()))
                .unwrap_or_default(),
            _ => {
                let Some(item) = self.item(kind) else { return ().into_any() };
                let mut facts = item_facts(item, lang);
                if let (RowKind::Initiative { .. }, Some(n)) =
                    (kind, self.rows(kind).map(|r| r.milestones.len()))
                {
                    if n > 0 {
                        facts = format!("{facts}, {}", milestones(lang, n));
                    }
                }
                facts
            }
        };
        view! { {self.title(kind)} ", " {facts} }.into_any()
    }

    fn has_milestones(&self, group: usize, initiative: usize) -> bool {
        self.timeline
            .groups
            .get(group)
            .and_then(|g| g.initiatives.get(initiative))
            .is_some_and(|r| !r.milestones.is_empty())
    }

    /// Opens the details of `kind`, or closes them when they are open.
    fn toggle_details(&self, kind: RowKind) {
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
        return view! {
            <p class="ogw-error" role="alert">{Problem::fatal(ProblemKind::NothingToShow).describe(lang)}</p>
            {skipped_notice(&read, lang)}
        }
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
        move |_| layout.with(|l| timeline_svg(l, tl(lang, Tl::TimelineTitle), &summary))
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
    let zoom_buttons = [(Zoom::Years, Tl::ZoomYears), (Zoom::Quarters, Tl::ZoomQuarters), (Zoom::Months, Tl::ZoomMonths)]
        .into_iter()
        .map(|(z, label)| {
            view! {
                <button type="button" class="ogw-button ogw-toggle" aria-pressed=move || (zoom.get() == z).to_string()
                    on:click=move |_| zoom.set(z)>{tl(lang, label)}</button>
            }
        })
        .collect_view();
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
    view! {
        <div class="ogw-tl" node_ref=root>
        {plan_title.map(|p| view! { <p class="ogw-subtitle">{p}</p> })}
        <p class="ogw-summary">{summary}</p>
        <p class="ogw-hint">{move || tl(lang, if narrow.get() { Tl::TimelineListHint } else { Tl::TimelineHint })}</p>
        <div class="ogw-tl-toolbar">
            <div role="group" class="ogw-tl-zoom" aria-label=tl(lang, Tl::Zoom) class:ogw-tl-hidden=move || narrow.get()>{zoom_buttons}</div>
            <button type="button" class="ogw-button ogw-toggle" aria-pressed=move || all_open().to_string()
                on:click=move |_| expanded.set(if all_open() { HashSet::new() } else { all.clone() })>
                {tl(lang, Tl::ShowAllMilestones)}
            </button>
        </div>
        {chart}
        <ItemTable shared=shared.clone()/>
        {crate::web::shared::download::downloads(
            "ogw-timeline",
            lang,
            { let timeline = timeline.clone(); move || timeline_csv(&timeline, lang) },
            move || svg.get_untracked(),
        )}
        {skipped_notice(&read, lang)}
        {source_line(&read, lang)}
        </div>
    }
    .into_any()
}

/// The SVG at its own width in a sideways-scrolling box, the row labels held
/// at the left edge, and on top a tree (ARIA tree pattern): one treeitem per
/// theme, initiative and shown milestone, placed from the same layout the
/// SVG was drawn from. `role="tree"` puts screen readers in focus mode, so
/// the arrow keys reach it.
#[component]
fn Chart(shared: Shared, layout: Memo<TimelineLayout>, svg: Memo<String>) -> impl IntoView {
    let lang = shared.lang;
    let expanded = shared.expanded;
    let scroller = NodeRef::<leptos::html::Div>::new();
    let nodes = Memo::new({
        let timeline = shared.timeline.clone();
        move |_| layout.with(|l| tree_nodes(&timeline, l))
    });
    let kinds = Memo::new(move |_| nodes.with(|n| n.iter().map(|n| n.kind).collect::<Vec<_>>()));
    // The one tab stop (roving tabindex): the row last moved to, or the
    // first row when that one is gone (its initiative was collapsed).
    let current = RwSignal::new(None::<RowKind>);
    let tab_stop = Memo::new(move |_| {
        kinds.with(|k| current.get().filter(|c| k.contains(c)).or_else(|| k.first().copied()))
    });

    let root = shared.root;
    let go_to = move |kind: RowKind| {
        current.set(Some(kind));
        focus_later(root, row_selector(kind));
    };
    // Keep the focused row's bar in view when the chart is wider than its box.
    let reveal = move |kind: RowKind| {
        // From a focus event, which can come while the widget is torn down
        // (the layout is the scroller's owner's: present if the scroller is).
        let Some(scroller) = scroller.try_get_untracked().flatten() else { return };
        let Some((left, label_w)) = layout.with_untracked(|l| {
            let bar = l.rows.iter().find(|r| r.kind == kind)?.bar.as_ref()?;
            let left = bar
                .crisp
                .map(|c| c.0)
                .into_iter()
                .chain(bar.fuzzy.iter().map(|f| f.0))
                .fold(bar.mark_x, f64::min);
            Some((left, l.label_w))
        }) else {
            return;
        };
        let visible = scroller.scroll_left() as f64
            ..(scroller.scroll_left() + scroller.client_width()) as f64;
        if !visible.contains(&left) || !visible.contains(&(left.min(visible.end - 1.0))) {
            scroller.set_scroll_left((left - label_w - 24.0).max(0.0) as i32);
        }
    };
    let toggle = move |group: usize, initiative: usize| {
        expanded.update(|e| {
            if !e.remove(&(group, initiative)) {
                e.insert((group, initiative));
            }
        })
    };
    let on_key = {
        let shared = shared.clone();
        move |ev: web_sys::KeyboardEvent, kind: RowKind| {
            let key = ev.key();
            match nodes.with_untracked(|n| tree_key(n, kind, &key)) {
                Some(TreeAction::Focus(to)) => go_to(to),
                Some(TreeAction::Expand { group, initiative, open }) => expanded.update(|e| {
                    if open {
                        e.insert((group, initiative));
                    } else {
                        e.remove(&(group, initiative));
                    }
                }),
                None => match key.as_str() {
                    "Enter" | " " if !matches!(kind, RowKind::Group { .. }) => {
                        shared.toggle_details(kind)
                    }
                    "Escape" if shared.selected.get_untracked().is_some() => {
                        shared.selected.set(None)
                    }
                    _ => return,
                },
            }
            ev.prevent_default();
        }
    };
    // The row with the focus: its label (over the row's button) shows the ring.
    let focused = RwSignal::new(None::<RowKind>);
    let row_item = {
        let shared = shared.clone();
        move |kind: RowKind| {
            let shared = shared.clone();
            let on_key = on_key.clone();
            let selected = shared.selected;
            // Placed through the CSSOM (style:…), never a style attribute,
            // which a strict Content-Security-Policy refuses.
            let place = move |side: fn(&Row) -> f64| {
                move || {
                    layout.with(|l| {
                        l.rows
                            .iter()
                            .find(|r| r.kind == kind)
                            .map_or(String::new(), |r| px(side(r)))
                    })
                }
            };
            let node = move || nodes.with(|n| n.iter().find(|n| n.kind == kind).copied());
            let is_item = !matches!(kind, RowKind::Group { .. });
            // Level and position never change for a row (the view macro has
            // no names for these aria attributes, so they are set directly).
            let element = NodeRef::<leptos::html::Div>::new();
            Effect::new(move |_| {
                let (Some(e), Some(n)) = (element.get(), node()) else { return };
                for (name, value) in [
                    ("aria-level", n.level as usize),
                    ("aria-setsize", n.set_size),
                    ("aria-posinset", n.pos_in_set),
                ] {
                    let _ = e.set_attribute(name, &value.to_string());
                }
            });
            view! {
                <div role="treeitem" class="ogw-tl-row" data-row=row_key(kind) style:top=place(|r| r.y) style:height=place(|r| r.h)
                    node_ref=element
                    aria-expanded=move || node().and_then(|n| n.expanded).map(|e| e.to_string())
                    // Selected: the row whose details are open.
                    aria-selected=move || is_item.then(|| (selected.get() == Some(kind)).to_string())
                    tabindex=move || if tab_stop.get() == Some(kind) { "0" } else { "-1" }
                    on:focus=move |_| { current.set(Some(kind)); focused.set(Some(kind)); reveal(kind); }
                    on:blur=move |_| focused.set(None)
                    on:click={ let shared = shared.clone(); move |_| { current.set(Some(kind)); if is_item { shared.toggle_details(kind) } } }
                    on:keydown=move |ev| on_key(ev, kind)><span class="ogw-sr-only">{shared.name(kind)}</span></div>
            }
        }
    };
    // Theme bands span the chart, their titles held at the left edge.
    let bands = {
        let shared = shared.clone();
        move || {
            layout.with(|l| {
                l.rows
                    .iter()
                    .filter(|row| matches!(row.kind, RowKind::Group { .. }))
                    .map(|row| {
                        view! {
                            <div class="ogw-tl-band" style:top=px(row.y) style:height=px(row.h)>
                                <span class="ogw-tl-label-text">{shared.title(row.kind)}</span>
                            </div>
                        }
                    })
                    .collect_view()
            })
        }
    };
    // Item labels sit in the column that stays put when the chart scrolls,
    // whole (the browser wraps them; the rows grow to fit, see `measure`),
    // with the + / − that shows an initiative's milestones (for a pointer;
    // the keyboard has the arrow keys, so it is no tab stop).
    let labels = {
        let shared = shared.clone();
        move || {
            layout.with(|l| {
                l.rows
                    .iter()
                    .filter(|row| !matches!(row.kind, RowKind::Group { .. }))
                    .map(|row| {
                        let kind = row.kind;
                        let class = if matches!(kind, RowKind::Milestone { .. }) { "ogw-tl-label ogw-tl-ms" } else { "ogw-tl-label" };
                        let toggle = match kind {
                            RowKind::Initiative { group, initiative } if shared.has_milestones(group, initiative) => {
                                let open = move || expanded.with(|e| e.contains(&(group, initiative)));
                                let top = px(row.y + row.h / 2.0 - 12.0);
                                let (title, title_open) = (shared.title(kind), shared.title(kind));
                                // Its name says what it does to which row:
                                // "Vis milepæle for 1.3 Dagtilbudsportalen".
                                Some(view! {
                                    <button type="button" class="ogw-tl-expand" tabindex="-1" style:top=top
                                        on:click=move |_| toggle(group, initiative)>
                                        <span class="ogw-sr-only" class:ogw-tl-hidden=open>{tl(lang, Tl::ShowMilestonesFor)} " " {title}</span>
                                        <span class="ogw-sr-only" class:ogw-tl-hidden=move || !open()>{tl(lang, Tl::HideMilestonesFor)} " " {title_open}</span>
                                        <span aria-hidden="true">{move || if open() { "−" } else { "+" }}</span>
                                    </button>
                                })
                            }
                            _ => None,
                        };
                        view! {
                            <div class=class class:ogw-tl-focus=move || focused.get() == Some(kind) style:top=px(row.y) style:height=px(row.h) style:padding-left=px(row.indent) aria-hidden="true">
                                <span class="ogw-tl-label-text" data-label=row_key(kind)>{shared.title(kind)}</span>
                            </div>
                            {toggle}
                        }
                    })
                    .collect_view()
            })
        }
    };
    measure_labels(root, kinds, shared.measured, layout);
    let canvas_width = move || layout.with(|l| px(l.width));
    let canvas_height = move || layout.with(|l| px(l.height));
    let labels_width = move || layout.with(|l| px(l.label_w));
    let labels_height = move || layout.with(|l| px(l.rows.last().map_or(0.0, |r| r.y + r.h)));
    // A new zoom starts with the as-of line in view, not at the plan's first year.
    Effect::new(move |previous: Option<Zoom>| {
        let zoom = layout.with(|l| l.zoom);
        if previous.is_some_and(|p| p != zoom) {
            if let (Some(scroller), Some((as_of_x, label_w))) =
                (scroller.get_untracked(), layout.with_untracked(|l| Some((l.as_of_x, l.label_w))))
            {
                let visible = (scroller.client_width() as f64 - label_w).max(0.0);
                scroller.set_scroll_left((as_of_x - label_w - visible / 2.0).max(0.0) as i32);
            }
        }
        zoom
    });
    view! {
        <div class="ogw-tl-scroll" node_ref=scroller>
            <div class="ogw-tl-canvas" style:width=canvas_width style:height=canvas_height>
                <div class="ogw-tl-svg" aria-hidden="true" inner_html=move || svg.get()></div>
                <div class="ogw-tl-bands" aria-hidden="true">{bands}</div>
                <div class="ogw-tl-labels" style:width=labels_width style:height=labels_height>{labels}</div>
                <div class="ogw-tl-rows" role="tree" aria-label=tl(lang, Tl::TimelineTitle)>
                    <For each=move || kinds.get() key=|kind| *kind children=row_item/>
                </div>
            </div>
        </div>
    }
}

/// Feed text in a span that says its language when it is not the widget's
/// (WCAG 3.1.2), so a screen reader reads a Danish title with a Danish voice.
fn feed_text(text: String, text_lang: &str, lang: Lang) -> AnyView {
    match lang_attr(text_lang, lang) {
        Some(code) => view! { <span lang=code>{text}</span> }.into_any(),
        None => text.into_any(),
    }
}

/// `feed_text` for a feed's `Text`, in the language `get` picks.
fn feed_text_of(text: &Text, written_in: &str, lang: Lang) -> AnyView {
    feed_text(text.get(lang).to_string(), text.language(lang, written_in), lang)
}

/// Watches the rendered item labels and records the height each needs (its
/// text plus the row's padding), so the layout can grow rows to fit text
/// the estimate got wrong: larger fonts, zoom, or a reader's text spacing.
fn measure_labels(
    root: NodeRef<leptos::html::Div>,
    kinds: Memo<Vec<RowKind>>,
    measured: RwSignal<HashMap<RowKind, f64>>,
    layout: Memo<TimelineLayout>,
) {
    /// Room above and below the text in a row.
    const PAD: f64 = 8.0;
    // The observer outlives the chart (it is forgotten below), so every read
    // is a try_: after an unmount it finds nothing and does nothing.
    let read = move || {
        let Some(root) = root.try_get_untracked().flatten() else { return };
        let Ok(spans) = root.query_selector_all(".ogw-tl-labels .ogw-tl-label-text") else {
            return;
        };
        let Some(keys) = kinds.try_with_untracked(|k| {
            k.iter().map(|k| (row_key(*k), *k)).collect::<HashMap<String, RowKind>>()
        }) else {
            return;
        };
        let Some(mut heights) = measured.try_get_untracked() else { return };
        let mut changed = false;
        for i in 0..spans.length() {
            let Some(span) = spans.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            let Some(kind) = span.get_attribute("data-label").and_then(|k| keys.get(&k).copied())
            else {
                continue;
            };
            let h = span.get_bounding_client_rect().height();
            if h <= 0.0 {
                continue; // hidden: keep what was measured
            }
            let needed = (h + PAD).ceil();
            if heights.get(&kind).is_none_or(|old| (old - needed).abs() > 0.5) {
                heights.insert(kind, needed);
                changed = true;
            }
        }
        if changed {
            measured.try_set(heights);
        }
    };
    let on_resize: Closure<dyn FnMut(js_sys::Array)> = Closure::new(move |_| read());
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    // The observer lives as long as the page; it holds its elements weakly.
    on_resize.forget();
    Effect::new(move |_| {
        layout.track();
        let observer = observer.clone();
        request_animation_frame(move || {
            observer.disconnect();
            let Some(root) = root.try_get_untracked().flatten() else { return };
            let Ok(spans) = root.query_selector_all(".ogw-tl-labels .ogw-tl-label-text") else {
                return;
            };
            for i in 0..spans.length() {
                if let Some(span) =
                    spans.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    observer.observe(&span);
                }
            }
        });
    });
}

fn row_key(kind: RowKind) -> String {
    match kind {
        RowKind::Group { group } => format!("g{group}"),
        RowKind::Initiative { group, initiative } => format!("i{group}-{initiative}"),
        RowKind::Milestone { group, initiative, milestone } => {
            format!("m{group}-{initiative}-{milestone}")
        }
    }
}

/// Focuses the first element in `root` (this widget) matching `selector`,
/// after the DOM has caught up (opening details and expanding add elements).
fn focus_later(root: NodeRef<leptos::html::Div>, selector: String) {
    // A frame later the widget may have been unmounted and its node ref
    // disposed: `try_`, never `get_untracked` (a panic traps the core).
    request_animation_frame(move || {
        let found = root
            .try_get_untracked()
            .flatten()
            .and_then(|r| r.query_selector(&selector).ok().flatten());
        if let Some(element) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}

fn row_selector(kind: RowKind) -> String {
    format!("[data-row=\"{}\"]", row_key(kind))
}

/// On a phone: the same items as a list with their dates and status in
/// words, milestones one button away, details opening in place.
#[component]
fn ListLayout(shared: Shared) -> impl IntoView {
    let lang = shared.lang;
    let expanded = shared.expanded;
    let entry = {
        let shared = shared.clone();
        move |kind: RowKind| {
            let shared = shared.clone();
            let item = shared.item(kind).cloned()?;
            let title = shared.title(kind);
            let facts = [
                Some(span_words(&item, lang)),
                Some(status_words(&item, lang)),
                progress_words(item.target.as_ref(), item.actual.as_ref(), lang),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
            let selected = shared.selected;
            Some(view! {
                <button type="button" class="ogw-tl-list-item" data-row=row_key(kind) aria-expanded=move || (selected.get() == Some(kind)).to_string()
                    on:click={ let shared = shared.clone(); move |_| shared.toggle_details(kind) }>
                    <span class="ogw-tl-list-title">{title}</span>
                    <span class="ogw-tl-list-facts">{facts}</span>
                </button>
                {move || (selected.get() == Some(kind)).then(|| details(&shared, kind))}
            })
        }
    };
    let groups = shared
        .timeline
        .groups
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let items = group
                .initiatives
                .iter()
                .enumerate()
                .map(|(i, rows)| {
                    let count = rows.milestones.len();
                    let entry_of = entry.clone();
                    let milestone_items = move || {
                        expanded.with(|e| e.contains(&(g, i))).then(|| {
                            (0..count).map(|m| view! { <li>{entry_of(RowKind::Milestone { group: g, initiative: i, milestone: m })}</li> }).collect_view()
                        })
                    };
                    let toggle = (count > 0).then(|| {
                        let open = move || expanded.with(|e| e.contains(&(g, i)));
                        view! {
                            <button type="button" class="ogw-tl-list-toggle" aria-expanded=move || open().to_string()
                                on:click=move |_| expanded.update(|e| { if !e.remove(&(g, i)) { e.insert((g, i)); } })>
                                {milestones(lang, count)}
                            </button>
                        }
                    });
                    view! { <li>{entry(RowKind::Initiative { group: g, initiative: i })}{toggle}<ul class="ogw-tl-list ogw-tl-sublist">{milestone_items}</ul></li> }
                })
                .collect_view();
            view! { <h3 class="ogw-tl-list-group">{feed_text(group.title.clone(), &group.title_lang, lang)}</h3><ul class="ogw-tl-list">{items}</ul> }
        })
        .collect_view();
    view! { <div class="ogw-tl-listing">{groups}</div> }
}

/// What is known about a row: dates in words, status and its note, slip,
/// progress, and for an initiative its texts, lead, contact and link.
fn details(shared: &Shared, kind: RowKind) -> Option<impl IntoView> {
    let lang = shared.lang;
    let rows = shared.rows(kind)?;
    let item = shared.item(kind)?;
    let source = shared.read.feed.initiatives.get(rows.index)?;
    let is_initiative = matches!(kind, RowKind::Initiative { .. });
    let written_in = shared.timeline.language.clone();
    let text = |t: &Option<Text>| t.as_ref().map(|t| feed_text_of(t, &written_in, lang));
    let status_note = match kind {
        RowKind::Milestone { milestone, .. } => {
            source.milestones.get(milestone).and_then(|m| text(&m.status_note))
        }
        _ => text(&source.status_note),
    };
    let fact = |label: Tl, value: String| (tl(lang, label), value.into_any());
    let mut facts: Vec<(&str, AnyView)> =
        vec![fact(Tl::When, span_words(item, lang)), fact(Tl::Status, status_words(item, lang))];
    facts.extend(status_note.map(|n| (tl(lang, Tl::StatusNote), n)));
    facts.extend(moved_words(item, lang).map(|m| fact(Tl::Deadline, m)));
    facts.extend(
        progress_words(item.target.as_ref(), item.actual.as_ref(), lang)
            .map(|p| fact(Tl::Progress, p)),
    );
    if is_initiative {
        facts.extend(text(&source.lead).map(|l| (t(lang, Msg::Lead), l)));
        if !source.partners.is_empty() {
            let partners = source
                .partners
                .iter()
                .enumerate()
                .map(|(i, p)| view! { {(i > 0).then_some(", ")}{feed_text_of(p, &written_in, lang)} })
                .collect_view();
            facts.push((tl(lang, Tl::Partners), partners.into_any()));
        }
        for (label, field) in [
            (Tl::Summary, &source.summary),
            (Tl::Results, &source.results),
            (Tl::NextSteps, &source.next_steps),
        ] {
            facts.extend(text(field).map(|t| (tl(lang, label), t)));
        }
    } else {
        facts.push((
            tl(lang, Tl::Initiative),
            view! { {rows.id.clone()} " " {feed_text(rows.item.title.clone(), &rows.item.title_lang, lang)} }.into_any(),
        ));
    }
    let facts = facts.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view();
    let contact = source.contact.clone().filter(|_| is_initiative).map(|c| {
        let who = view! {
            {c.name.clone()}
            {c.role.as_ref().map(|r| view! { {c.name.is_some().then_some(", ")}{feed_text_of(r, &written_in, lang)} })}
        };
        // Only mailto: and tel: links; an address that is not one stays text.
        let email = c
            .email
            .clone()
            .map(|e| view! { " " <a class="ogw-link" href=email_href(&e)>{e.clone()}</a> });
        let phone = c
            .phone
            .clone()
            .map(|p| view! { " " <a class="ogw-link" href=phone_href(&p)>{p.clone()}</a> });
        view! { <dt>{tl(lang, Tl::Contact)}</dt><dd>{who}{email}{phone}</dd> }
    });
    let link =
        source.url.as_deref().filter(|_| is_initiative).and_then(safe_href).map(
            |href| view! { <p><a class="ogw-link" href=href>{tl(lang, Tl::MoreAbout)}</a></p> },
        );
    let (selected, root) = (shared.selected, shared.root);
    let close = move || {
        selected.set(None);
        focus_later(root, row_selector(kind));
    };
    let close_on_escape = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
    };
    Some(view! {
        <div class="ogw-detail ogw-tl-details" id="ogw-tl-details" role="region" aria-labelledby="ogw-tl-details-title" on:keydown=close_on_escape>
            <h3 class="ogw-detail-title ogw-tl-details-title" id="ogw-tl-details-title" tabindex="-1">{feed_text(item.title.clone(), &item.title_lang, lang)}</h3>
            <dl class="ogw-facts">{facts}{contact}</dl>
            {link}
            <button type="button" class="ogw-button" on:click=move |_| close()>{t(lang, Msg::Close)}</button>
        </div>
    })
}

fn status_words(item: &Item, lang: Lang) -> String {
    let mut s = item.status.title(lang);
    if let Some(text) = &item.status_text {
        s = format!("{s} ({text})");
    }
    if item.overdue {
        s = format!("{s}; {}", tl(lang, Tl::Overdue).to_lowercase());
    }
    s
}

/// Every initiative and milestone as a row of a real table, one button
/// away: dates as the feed wrote them, for analysts.
#[component]
fn ItemTable(shared: Shared) -> impl IntoView {
    let lang = shared.lang;
    let open = RwSignal::new(false);
    // A span the timeline took from the milestones was not written: "–".
    let written = |item: &Item, w: &Option<DatePhrase>| {
        w.as_ref()
            .filter(|_| !item.span_from_milestones)
            .map(|w| w.text().to_string())
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| "–".into())
    };
    let rows = shared
        .timeline
        .groups
        .iter()
        .flat_map(|g| &g.initiatives)
        .flat_map(|r| std::iter::once((r, &r.item, true)).chain(r.milestones.iter().map(move |m| (r, m, false))))
        .map(|(r, item, is_initiative)| {
            let initiative = view! { {r.id.clone()} " " {feed_text(r.item.title.clone(), &r.item.title_lang, lang)} };
            let milestone = (!is_initiative).then(|| feed_text(item.title.clone(), &item.title_lang, lang));
            view! {
                <tr class:ogw-total-row=is_initiative>
                    <th scope="row">{initiative}</th>
                    <td>{milestone}</td>
                    <td>{written(item, &item.start)}</td>
                    <td>{written(item, &item.end)}</td>
                    <td>{status_words(item, lang)}</td>
                    <td>{moved_words(item, lang).unwrap_or_default()}</td>
                    <td>{progress_words(item.target.as_ref(), item.actual.as_ref(), lang).unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    let header =
        [Tl::Initiative, Tl::Milestone, Tl::Start, Tl::End, Tl::Status, Tl::Moved, Tl::Progress]
            .into_iter()
            .map(|m| view! { <th scope="col">{tl(lang, m)}</th> })
            .collect_view();
    view! {
        <button type="button" class="ogw-button ogw-toggle" aria-expanded=move || open.get().to_string() aria-controls="ogw-table"
            on:click=move |_| open.update(|o| *o = !*o)>
            <span class="ogw-when-closed">{t(lang, Msg::ShowTable)}</span>
            <span class="ogw-when-open">{t(lang, Msg::HideTable)}</span>
        </button>
        <div class="ogw-table-wrap" id="ogw-table">
            <table class="ogw-table ogw-tl-table">
                <caption>{tl(lang, Tl::TimelineTableCaption)}</caption>
                <thead><tr>{header}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A length for the CSSOM (`style:top=…`).
fn px(value: f64) -> String {
    format!("{value}px")
}
