//! The timeline drawn: the SVG from the core with a button on each row (one
//! tab stop, arrow keys between rows), the zoom, and the rows grown to the
//! labels as rendered.

use crate::core::timeline::words::TimelineMsg;
use crate::web::shared::focus::focus_later;
use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::widget::*;
use crate::core::chart::timeline::layout::{Row, RowKind, TimelineLayout, Zoom};

use crate::core::html::Html;
use crate::core::i18n::Lang;
pub(super) use crate::core::timeline::markup::row_key;
use crate::core::timeline::markup::{row_from_key, timeline_labels, tree_row};
use crate::core::timeline::model::Timeline;
use crate::core::timeline::scroll::{as_of_in_view, reveal_row};
use crate::core::timeline::tree::{tree_key, tree_nodes, TreeAction, TreeNode};
use crate::web::shared::delegate::closest;

/// The SVG at its own width in a sideways-scrolling box, the row labels held
/// at the left edge, and on top a tree (ARIA tree pattern): one treeitem per
/// theme, initiative and shown milestone, placed from the same layout the
/// SVG was drawn from. `role="tree"` puts screen readers in focus mode, so
/// the arrow keys reach it.
#[component]
pub(super) fn Chart(
    shared: Shared,
    layout: Memo<TimelineLayout>,
    svg: Memo<String>,
) -> impl IntoView {
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
        let (at, width) = (scroller.scroll_left() as f64, scroller.client_width() as f64);
        if let Some(to) = layout.with_untracked(|l| reveal_row(l, kind, at, width)) {
            scroller.set_scroll_left(to as i32);
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
    // The tree's rows are markup the core writes (core/timeline/markup.rs
    // `tree_row`), kept in step with the layout here: rows that come are
    // written in place, rows that go are removed, the others stay (so the
    // focused row keeps the focus); one listener each for focus, click and
    // keys on the tree serves every row.
    let tree = NodeRef::<leptos::html::Div>::new();
    Effect::new({
        let timeline = shared.timeline.clone();
        let selected = shared.selected;
        move |_| {
            let Some(tree) = tree.get() else { return };
            let (tab, selected) = (tab_stop.get(), selected.get());
            nodes.with(|nodes| {
                layout.with(|l| sync_rows(&tree, &timeline, nodes, l, tab, selected, lang))
            });
        }
    });
    let row_of = |ev: &web_sys::Event| {
        closest(ev, ".ogw-tl-row")?.get_attribute("data-row").and_then(|k| row_from_key(&k))
    };
    let on_focus = move |ev: web_sys::FocusEvent| {
        let Some(kind) = row_of(&ev) else { return };
        current.set(Some(kind));
        focused.set(Some(kind));
        reveal(kind);
    };
    let on_blur = move |_: web_sys::FocusEvent| focused.set(None);
    let on_click = {
        let shared = shared.clone();
        move |ev: web_sys::MouseEvent| {
            let Some(kind) = row_of(&ev) else { return };
            current.set(Some(kind));
            if !matches!(kind, RowKind::Group { .. }) {
                shared.toggle_details(kind)
            }
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if let Some(kind) = row_of(&ev) {
            on_key(ev, kind);
        }
    };
    // Theme bands span the chart, their titles held at the left edge. Item
    // labels sit in the column that stays put when the chart scrolls, whole
    // (the browser wraps them; the rows grow to fit, see `measure`), with
    // the + / − that shows an initiative's milestones. Markup the core
    // writes with each layout (core/timeline/markup.rs), placed here; one
    // click listener serves every + / −.
    let bands_box = NodeRef::<leptos::html::Div>::new();
    let labels_box = NodeRef::<leptos::html::Div>::new();
    Effect::new({
        let timeline = shared.timeline.clone();
        move |_| {
            let (Some(bands_box), Some(labels_box)) = (bands_box.get(), labels_box.get()) else {
                return;
            };
            layout.with(|l| {
                let (bands, labels) = expanded
                    .with(|e| timeline_labels(&timeline, l, &|g, i| e.contains(&(g, i)), lang));
                bands_box.set_inner_html(&bands);
                labels_box.set_inner_html(&labels);
                place_rows(&bands_box, l);
                place_rows(&labels_box, l);
            });
            mark_focus(&labels_box, focused.get_untracked());
        }
    });
    Effect::new(move |_| {
        let focused = focused.get();
        if let Some(labels_box) = labels_box.get_untracked() {
            mark_focus(&labels_box, focused);
        }
    });
    let on_expand = move |ev: web_sys::MouseEvent| {
        let Some(button) = closest(&ev, ".ogw-tl-expand") else { return };
        let number = |name: &str| button.get_attribute(name).and_then(|v| v.parse().ok());
        if let (Some(group), Some(initiative)) = (number("data-g"), number("data-i")) {
            toggle(group, initiative);
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
            if let Some(scroller) = scroller.get_untracked() {
                let width = scroller.client_width() as f64;
                scroller.set_scroll_left(layout.with_untracked(|l| as_of_in_view(l, width)) as i32);
            }
        }
        zoom
    });
    view! {
        <div class="ogw-tl-scroll" node_ref=scroller>
            <div class="ogw-tl-canvas" style:width=canvas_width style:height=canvas_height>
                <div class="ogw-tl-svg" aria-hidden="true" inner_html=move || svg.get()></div>
                <div class="ogw-tl-bands" aria-hidden="true" node_ref=bands_box></div>
                <div class="ogw-tl-labels" style:width=labels_width style:height=labels_height
                    node_ref=labels_box on:click=on_expand></div>
                <div class="ogw-tl-rows" role="tree" aria-label=TimelineMsg::TimelineTitle.text(lang)
                    node_ref=tree on:focusin=on_focus on:focusout=on_blur on:click=on_click on:keydown=on_keydown></div>
            </div>
        </div>
    }
}

/// Watches the rendered item labels and records the height each needs (its
/// text plus the row's padding), so the layout can grow rows to fit text
/// the estimate got wrong: larger fonts, zoom, or a reader's text spacing.
pub(super) fn measure_labels(
    root: NodeRef<leptos::html::Div>,
    kinds: Memo<Vec<RowKind>>,
    measured: RwSignal<HashMap<RowKind, f64>>,
    layout: Memo<TimelineLayout>,
) {
    /// Room above and below the text in a row.
    const PAD: f64 = 8.0;
    // The observer is disconnected when the chart is cleaned up (below); its
    // reads are try_ all the same, as for every callback the browser calls.
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
    Effect::new({
        let observer = observer.clone();
        move |_| {
            layout.track();
            let observer = observer.clone();
            let frame = request_animation_frame_with_handle(move || {
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
            })
            .ok();
            // A new layout, or the chart gone: this frame's observing is stale.
            on_cleanup(move || frame.iter().for_each(|f| f.cancel()));
        }
    });
    // When the chart goes (an unmount, the phone list, an error), the
    // observer stops and its callback is dropped with it: nothing is left
    // watching, or called, after the widget (issue 16).
    let alive = send_wrapper::SendWrapper::new((observer, on_resize));
    on_cleanup(move || {
        let (observer, on_resize) = alive.take();
        observer.disconnect();
        drop(on_resize);
    });
}

pub(super) fn row_selector(kind: RowKind) -> String {
    format!("[data-row=\"{}\"]", row_key(kind))
}

/// A length for the CSSOM (`style:top=…`), written as `{value}px` would
/// be, without core::fmt's float code (core/number.rs).
pub(super) fn px(value: f64) -> String {
    let mut text = crate::core::number::plain(value);
    text.push_str("px");
    text
}

/// Makes `tree`'s rows those of `nodes`, in order: a row that is there
/// stays (with the focus, when it has it), a missing one is written after
/// the row before it, one no longer shown is removed; then each row's
/// place, `aria-expanded`, `aria-selected` (its details are open) and
/// `tabindex` (the one tab stop, `tab`).
fn sync_rows(
    tree: &web_sys::Element,
    timeline: &Timeline,
    nodes: &[TreeNode],
    layout: &TimelineLayout,
    tab: Option<RowKind>,
    selected: Option<RowKind>,
    lang: Lang,
) {
    let mut there = HashMap::new();
    let mut child = tree.first_element_child();
    while let Some(element) = child {
        child = element.next_element_sibling();
        if let Some(key) = element.get_attribute("data-row") {
            there.insert(key, element);
        }
    }
    let rows: HashMap<RowKind, &Row> = layout.rows.iter().map(|r| (r.kind, r)).collect();
    let mut before: Option<web_sys::Element> = None;
    for node in nodes {
        let kind = node.kind;
        let element = match there.remove(&row_key(kind)) {
            Some(element) => element,
            None => {
                let mut html = Html::new();
                tree_row(&mut html, timeline, node, lang);
                let written = match &before {
                    Some(b) => b
                        .insert_adjacent_html("afterend", &html.finish())
                        .ok()
                        .and_then(|_| b.next_element_sibling()),
                    None => tree
                        .insert_adjacent_html("afterbegin", &html.finish())
                        .ok()
                        .and_then(|_| tree.first_element_child()),
                };
                let Some(written) = written else { continue };
                written
            }
        };
        if let Some(row) = element.dyn_ref::<web_sys::HtmlElement>() {
            let style = row.style();
            let _ = match rows.get(&kind) {
                Some(r) => {
                    style.set_property("top", &px(r.y)).and(style.set_property("height", &px(r.h)))
                }
                None => {
                    style.remove_property("top").and(style.remove_property("height")).map(|_| ())
                }
            };
        }
        let _ = match node.expanded {
            Some(open) => {
                element.set_attribute("aria-expanded", if open { "true" } else { "false" })
            }
            None => element.remove_attribute("aria-expanded"),
        };
        if !matches!(kind, RowKind::Group { .. }) {
            let open = selected == Some(kind);
            let _ = element.set_attribute("aria-selected", if open { "true" } else { "false" });
        }
        let _ = element.set_attribute("tabindex", if tab == Some(kind) { "0" } else { "-1" });
        before = Some(element);
    }
    for gone in there.into_values() {
        gone.remove();
    }
}

/// Places each of `container`'s elements that carry `data-r` (core
/// markup: `timeline_labels`) at its row: a band or label over the row,
/// indented by its level; a + / − centred on it.
fn place_rows(container: &web_sys::Element, layout: &TimelineLayout) {
    let Ok(found) = container.query_selector_all("[data-r]") else { return };
    for n in 0..found.length() {
        let Some(element) = found.item(n).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let row = element.get_attribute("data-r").and_then(|r| r.parse::<usize>().ok());
        let Some(row) = row.and_then(|r| layout.rows.get(r)) else { continue };
        let style = element.style();
        if element.class_list().contains("ogw-tl-expand") {
            let _ = style.set_property("top", &px(row.y + row.h / 2.0 - 12.0));
            continue;
        }
        let _ = style.set_property("top", &px(row.y));
        let _ = style.set_property("height", &px(row.h));
        if element.class_list().contains("ogw-tl-label") {
            let _ = style.set_property("padding-left", &px(row.indent));
        }
    }
}

/// The label of the row with the focus shows the focus ring (the row's own
/// element is transparent, over it).
fn mark_focus(labels: &web_sys::Element, focused: Option<RowKind>) {
    let key = focused.map(row_key);
    let Ok(found) = labels.query_selector_all(".ogw-tl-label") else { return };
    for n in 0..found.length() {
        let Some(label) = found.item(n).and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else {
            continue;
        };
        let here = key.is_some() && label.get_attribute("data-focus-row") == key;
        let _ = label.class_list().toggle_with_force("ogw-tl-focus", here);
    }
}
