//! `<ogw-status>`: how many initiatives are at each status, overall and per
//! theme. Thin: the numbers, sentences, geometry, SVG and markup come from
//! the core; this folder sets the markup once, places the segment buttons
//! as the width changes and answers clicks and keys from one listener each
//! on the widget's root (few Leptos views: each costs the bundle code).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use super::chart::{
    focus_segment, key_step, make_tab_stop, next_segment, place_buttons, segment_of, show_detail,
};
use crate::core::chart::status::layout::{layout_status, StatusLayout};
use crate::core::chart::status::markup::{status_body, status_detail};
use crate::core::chart::status::svg::status_svg;
use crate::core::i18n::{Lang, Msg};
use crate::core::plan::export::status_csv;
use crate::core::plan::markup::nothing_to_show;
use crate::core::plan::read::{read_plan_without_dates, ReadPlan};
use crate::core::plan::summary::status_sentence;
use crate::core::plan::tally::tally;
use crate::web::element::feed_source::FeedSource;
use crate::web::shared::card::{feed_card, log_problems};
use crate::web::shared::delegate::{closest, download_clicked, flip_expanded};

#[component]
pub fn StatusWidget(source: FeedSource, lang: Lang, width: RwSignal<u32>) -> impl IntoView {
    let load = async move {
        let read = source.load_plan(read_plan_without_dates).await?;
        log_problems("ogw-status", &read.problems);
        Ok(Arc::new(read))
    };
    feed_card(
        "ogw-status",
        Msg::StatusTitle.text(lang),
        lang,
        load,
        move |read| view! { <StatusView read lang width/> },
    )
}

/// What the chart shows now: redrawn when the width changes.
struct Drawn {
    width: u32,
    layout: StatusLayout,
    svg: String,
    /// The segment whose initiatives are listed.
    chosen: Option<usize>,
}

#[component]
fn StatusView(read: Arc<ReadPlan>, lang: Lang, width: RwSignal<u32>) -> impl IntoView {
    let tally = Rc::new(tally(&read.feed, lang));
    if read.feed.initiatives.is_empty() {
        return view! { <div class="ogw-body" inner_html=nothing_to_show(&read, lang)></div> }
            .into_any();
    }
    let sentence = Rc::new(status_sentence(&tally, lang));
    let title = Msg::StatusTitle.text(lang);
    let draw = {
        let (tally, sentence) = (tally.clone(), sentence.clone());
        move |width: u32| {
            let layout = layout_status(&tally, width as f64, lang);
            let svg = status_svg(&layout, title, &sentence);
            (layout, svg)
        }
    };
    let at = width.get_untracked();
    let (layout, svg) = draw(at);
    let body = status_body(&read, &tally, &layout, &svg, &sentence, lang);
    let drawn = Rc::new(RefCell::new(Drawn { width: at, layout, svg, chosen: None }));
    let root = NodeRef::<leptos::html::Div>::new();

    // Places the buttons once the markup is in, and redraws at a new width.
    Effect::new({
        let drawn = drawn.clone();
        move |_| {
            let width = width.get();
            let Some(root) = root.get() else { return };
            let mut now = drawn.borrow_mut();
            if width != now.width {
                let (layout, svg) = draw(width);
                *now = Drawn { width, layout, svg, ..*now };
                if let Ok(Some(box_)) = root.query_selector(".ogw-svg") {
                    box_.set_inner_html(&now.svg);
                }
            }
            place_buttons(&root, &now.layout);
        }
    });

    let choose = {
        let (drawn, tally, read) = (drawn.clone(), tally.clone(), read.clone());
        move |root: &web_sys::Element, chosen: Option<usize>| {
            let mut now = drawn.borrow_mut();
            now.chosen = chosen;
            let detail = chosen
                .map_or(String::new(), |i| status_detail(&read, &tally, &now.layout, i, lang));
            show_detail(root, chosen, &detail);
        }
    };
    let on_click = {
        let (drawn, choose) = (drawn.clone(), choose.clone());
        move |ev: web_sys::MouseEvent| {
            let Some(root) = root.get_untracked() else { return };
            if let Some((_, i)) = segment_of(&ev) {
                let chosen = drawn.borrow().chosen;
                choose(&root, if chosen == Some(i) { None } else { Some(i) });
            } else if closest(&ev, ".ogw-detail .ogw-button").is_some() {
                let chosen = drawn.borrow().chosen;
                choose(&root, None);
                if let Some(i) = chosen {
                    focus_segment(&root, i);
                }
            } else if let Some(toggle) = closest(&ev, ".ogw-toggle") {
                flip_expanded(&toggle);
            } else {
                download_clicked(
                    &ev,
                    || status_csv(&tally, Msg::Theme.text(lang), Msg::Total.text(lang), lang),
                    || drawn.borrow().svg.clone(),
                );
            }
        }
    };
    let on_key = {
        let drawn = drawn.clone();
        move |ev: web_sys::KeyboardEvent| {
            let (Some(root), Some((_, i))) = (root.get_untracked(), segment_of(&ev)) else {
                return;
            };
            let key = ev.key();
            if key == "Escape" && drawn.borrow().chosen.is_some() {
                ev.prevent_default();
                choose(&root, None);
                return;
            }
            let Some(direction) = key_step(&key) else { return };
            ev.prevent_default();
            let next = next_segment(&drawn.borrow().layout, i, direction);
            if let Some(next) = next {
                focus_segment(&root, next);
            }
        }
    };
    // The segment last focused is the chart's tab stop.
    let on_focus = move |ev: web_sys::FocusEvent| {
        if let (Some(root), Some((_, i))) = (root.get_untracked(), segment_of(&ev)) {
            make_tab_stop(&root, i);
        }
    };
    view! {
        <div class="ogw-body" node_ref=root inner_html=body
            on:click=on_click on:keydown=on_key on:focusin=on_focus></div>
    }
    .into_any()
}
