//! `<ogw-status>`: how many initiatives are at each status, overall and per
//! theme. Thin and without Leptos: the numbers, sentences, geometry, SVG and
//! all the markup (the card too, core/card.rs) come from the core; this
//! folder sets the markup, places the segment buttons as the width changes
//! and answers clicks and keys from one listener each on the widget's body.
//! A status core links no Leptos at all (README, Size).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;

use super::chart::{
    focus_segment, key_step, make_tab_stop, next_segment, place_buttons, segment_of, show_detail,
};
use crate::core::card::{card, failure, loading};
use crate::core::chart::status::layout::{layout_status, StatusLayout};
use crate::core::chart::status::markup::{status_body, status_detail};
use crate::core::chart::status::svg::status_svg;
use crate::core::i18n::{Lang, Msg};
use crate::core::plan::export::status_csv;
use crate::core::plan::markup::nothing_to_show;
use crate::core::plan::read::{read_plan_without_dates, ReadPlan};
use crate::core::plan::summary::status_sentence;
use crate::core::plan::tally::{tally, StatusTally};
use crate::web::element::feed_source::FeedSource;
use crate::web::shared::console::log_problems;
use crate::web::shared::delegate::{closest, download_clicked, flip_expanded};

/// A mounted status widget; dropping it unmounts it (its listeners go, and a
/// feed still on its way is no longer drawn).
pub(crate) struct Status {
    state: Rc<RefCell<State>>,
}

impl Status {
    /// Tells the widget the width it is shown at.
    pub(crate) fn resize(&self, width: u32) {
        let mut state = self.state.borrow_mut();
        state.width = width;
        if let Some(shown) = state.shown.as_mut() {
            shown.redraw(width);
        }
    }
}

impl Drop for Status {
    fn drop(&mut self) {
        if let Some(shown) = self.state.borrow_mut().shown.take() {
            shown.stop_listening();
        }
    }
}

struct State {
    width: u32,
    shown: Option<Shown>,
}

/// Puts the card in `container` ("loading" under the title), reads the feed,
/// then shows the chart or why it cannot be shown.
pub(crate) fn mount_status(
    container: web_sys::HtmlElement,
    source: FeedSource,
    lang: Lang,
    width: u32,
) -> Status {
    container.set_inner_html(&card(Msg::StatusTitle.text(lang), &loading(lang)));
    let state = Rc::new(RefCell::new(State { width, shown: None }));
    let weak = Rc::downgrade(&state);
    wasm_bindgen_futures::spawn_local(async move {
        let read = source.load_plan(read_plan_without_dates).await;
        // The widget may have been unmounted while the feed was on its way.
        let Some(state) = weak.upgrade() else { return };
        let Ok(Some(pending)) = container.query_selector(".ogw-loading") else { return };
        match read {
            Ok(read) => {
                log_problems("ogw-status", &read.problems);
                let width = state.borrow().width;
                let shown = Shown::new(read, lang, width, &pending, Rc::downgrade(&state));
                state.borrow_mut().shown = shown;
            }
            Err(problem) => {
                web_sys::console::error_1(&format!("ogw-status: {problem}").into());
                let _ = pending.insert_adjacent_html("afterend", &failure(&problem, lang));
            }
        }
        pending.remove();
    });
    Status { state }
}

type Listener = Closure<dyn FnMut(web_sys::Event)>;

/// The chart as shown: redrawn when the width changes.
struct Shown {
    read: ReadPlan,
    tally: StatusTally,
    sentence: String,
    lang: Lang,
    width: u32,
    layout: StatusLayout,
    svg: String,
    /// The segment whose initiatives are listed.
    chosen: Option<usize>,
    body: web_sys::Element,
    listeners: Vec<(&'static str, Listener)>,
}

impl Shown {
    /// Writes the body after `pending` (the loading line) and starts
    /// listening; `None` when there is nothing to draw (the empty state is
    /// written then, with nothing to answer).
    fn new(
        read: ReadPlan,
        lang: Lang,
        width: u32,
        pending: &web_sys::Element,
        state: Weak<RefCell<State>>,
    ) -> Option<Shown> {
        let document = pending.owner_document()?;
        let body = document.create_element("div").ok()?;
        body.set_class_name("ogw-body");
        let tally = tally(&read.feed, lang);
        if read.feed.initiatives.is_empty() {
            body.set_inner_html(&nothing_to_show(&read, lang));
            let _ = pending.after_with_node_1(&body);
            return None;
        }
        let sentence = status_sentence(&tally, lang);
        let (layout, svg) = draw(&tally, &sentence, width, lang);
        body.set_inner_html(&status_body(&read, &tally, &layout, &svg, &sentence, lang));
        let _ = pending.after_with_node_1(&body);
        place_buttons(&body, &layout);
        let mut shown = Shown {
            read,
            tally,
            sentence,
            lang,
            width,
            layout,
            svg,
            chosen: None,
            body,
            listeners: Vec::new(),
        };
        shown.listen(state);
        Some(shown)
    }

    fn redraw(&mut self, width: u32) {
        if width == self.width {
            return;
        }
        let (layout, svg) = draw(&self.tally, &self.sentence, width, self.lang);
        (self.width, self.layout, self.svg) = (width, layout, svg);
        if let Ok(Some(box_)) = self.body.query_selector(".ogw-svg") {
            box_.set_inner_html(&self.svg);
        }
        place_buttons(&self.body, &self.layout);
    }

    /// One click, keydown and focusin listener on the body. Clicks and keys
    /// find the widget through `state`, so a listener never outlives what it
    /// serves; the focus they move fires focusin while they hold it, so that
    /// one needs only the body.
    fn listen(&mut self, state: Weak<RefCell<State>>) {
        let on = |answer: fn(&mut Shown, &web_sys::Event)| -> Listener {
            let state = state.clone();
            Closure::new(move |ev: web_sys::Event| {
                let Some(state) = state.upgrade() else { return };
                let Ok(mut state) = state.try_borrow_mut() else { return };
                if let Some(shown) = state.shown.as_mut() {
                    answer(shown, &ev);
                }
            })
        };
        let body = self.body.clone();
        // The segment last focused is the chart's tab stop.
        let on_focus: Listener = Closure::new(move |ev: web_sys::Event| {
            if let Some((_, i)) = segment_of(&ev) {
                make_tab_stop(&body, i);
            }
        });
        self.listeners = vec![
            ("click", on(Shown::on_click)),
            ("keydown", on(Shown::on_key)),
            ("focusin", on_focus),
        ];
        for (event, listener) in &self.listeners {
            let _ = self
                .body
                .add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
    }

    fn stop_listening(&self) {
        for (event, listener) in &self.listeners {
            let _ = self
                .body
                .remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
    }

    fn choose(&mut self, chosen: Option<usize>) {
        self.chosen = chosen;
        let detail = chosen.map_or(String::new(), |i| {
            status_detail(&self.read, &self.tally, &self.layout, i, self.lang)
        });
        show_detail(&self.body, chosen, &detail);
    }

    fn on_click(&mut self, ev: &web_sys::Event) {
        if let Some((_, i)) = segment_of(ev) {
            self.choose(if self.chosen == Some(i) { None } else { Some(i) });
        } else if closest(ev, ".ogw-detail .ogw-button").is_some() {
            let chosen = self.chosen;
            self.choose(None);
            if let Some(i) = chosen {
                focus_segment(&self.body, i);
            }
        } else if let Some(toggle) = closest(ev, ".ogw-toggle") {
            flip_expanded(&toggle);
        } else {
            let lang = self.lang;
            download_clicked(
                ev,
                || status_csv(&self.tally, Msg::Theme.text(lang), Msg::Total.text(lang), lang),
                || self.svg.clone(),
            );
        }
    }

    fn on_key(&mut self, ev: &web_sys::Event) {
        let (Some(key), Some((_, i))) =
            (ev.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key()), segment_of(ev))
        else {
            return;
        };
        if key == "Escape" && self.chosen.is_some() {
            ev.prevent_default();
            self.choose(None);
            return;
        }
        let Some(direction) = key_step(&key) else { return };
        ev.prevent_default();
        if let Some(next) = next_segment(&self.layout, i, direction) {
            focus_segment(&self.body, next);
        }
    }
}

fn draw(tally: &StatusTally, sentence: &str, width: u32, lang: Lang) -> (StatusLayout, String) {
    let layout = layout_status(tally, width as f64, lang);
    let svg = status_svg(&layout, Msg::StatusTitle.text(lang), sentence);
    (layout, svg)
}
