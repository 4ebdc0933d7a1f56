//! The status chart's behaviour on the markup the core wrote
//! (core/chart/status/markup.rs): the segment buttons placed over the SVG
//! from the same layout it was drawn from, one tab stop with arrow keys
//! between segments, and the initiatives behind the segment chosen. Plain
//! DOM work from one listener per event on the widget's root.

use wasm_bindgen::JsCast;

use crate::core::chart::geometry::Rect;
use crate::core::chart::status::layout::{step, StatusLayout, Step};
use crate::core::number::fixed;
use crate::web::shared::delegate::{closest, set_on_all};

/// Places each segment's button over its segment, in per cent of the chart
/// so it follows the SVG as it scales. Through the CSSOM, never a style
/// attribute, which a strict Content-Security-Policy refuses.
pub(super) fn place_buttons(root: &web_sys::Element, layout: &StatusLayout) {
    let Ok(buttons) = root.query_selector_all(".ogw-seg") else { return };
    for n in 0..buttons.length() {
        let Some(button) = buttons.item(n).and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let style = button.style();
        let Some(segment) = layout.segments.get(n as usize) else {
            let _ = style.set_property("display", "none");
            continue;
        };
        let share = |length: f64, of: f64| {
            let mut text = fixed(length / of * 100.0, 3, '.');
            text.push('%');
            text
        };
        let Rect { x, y, w, h } = segment.rect;
        for (property, value) in [
            ("left", share(x, layout.width)),
            ("top", share(y, layout.height)),
            ("width", share(w, layout.width)),
            ("height", share(h, layout.height)),
        ] {
            let _ = style.set_property(property, &value);
        }
        let _ = style.remove_property("display");
    }
}

/// The segment button an event was for, and its index.
pub(super) fn segment_of(ev: &web_sys::Event) -> Option<(web_sys::HtmlElement, usize)> {
    let button = closest(ev, ".ogw-seg")?.dyn_into::<web_sys::HtmlElement>().ok()?;
    let i = button.get_attribute("data-i")?.parse().ok()?;
    Some((button, i))
}

/// Makes segment `i` the chart's one tab stop (tabindex 0, the others -1)
/// and returns its button.
pub(super) fn make_tab_stop(root: &web_sys::Element, i: usize) -> Option<web_sys::HtmlElement> {
    set_on_all(root, ".ogw-seg", "tabindex", |n| if n == i { "0" } else { "-1" });
    root.query_selector(&format!(".ogw-seg[data-i=\"{i}\"]"))
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
}

pub(super) fn focus_segment(root: &web_sys::Element, i: usize) {
    if let Some(button) = make_tab_stop(root, i) {
        let _ = button.focus();
    }
}

/// Where an arrow, Home or End key moves from segment `i`; `None` for
/// other keys.
pub(super) fn key_step(key: &str) -> Option<Step> {
    Some(match key {
        "ArrowLeft" => Step::Left,
        "ArrowRight" => Step::Right,
        "ArrowUp" => Step::Up,
        "ArrowDown" => Step::Down,
        "Home" => Step::First,
        "End" => Step::Last,
        _ => return None,
    })
}

/// The segment the key moves to from `i`.
pub(super) fn next_segment(layout: &StatusLayout, i: usize, direction: Step) -> Option<usize> {
    step(layout, i, direction)
}

/// Shows `detail` (the core's markup for the chosen segment, empty for
/// none) after the chart, in place of the one shown before, and marks the
/// chosen segment pressed.
pub(super) fn show_detail(root: &web_sys::Element, chosen: Option<usize>, detail: &str) {
    set_on_all(
        root,
        ".ogw-seg",
        "aria-pressed",
        |n| {
            if Some(n) == chosen {
                "true"
            } else {
                "false"
            }
        },
    );
    if let Ok(Some(old)) = root.query_selector(".ogw-detail") {
        old.remove();
    }
    if let (Some(_), Ok(Some(chart))) = (chosen, root.query_selector(".ogw-chart")) {
        let _ = chart.insert_adjacent_html("afterend", detail);
    }
}
