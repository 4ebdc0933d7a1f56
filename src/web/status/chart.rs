//! The status chart: the SVG from the core with a button on each segment
//! (one tab stop, arrow keys between segments) and the initiatives behind it.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::chart::geometry::Rect;
use crate::core::chart::status::layout::{step, Step};
use crate::core::i18n::{Lang, Msg};
use crate::core::link::safe_href;
use crate::core::number::fixed;
use crate::core::plan::read::ReadPlan;
use crate::core::plan::summary::segment_count;
use crate::core::plan::tally::StatusTally;
use crate::core::plan::Initiative;
use crate::core::text::feed_language;
use crate::web::shared::feed_text::{feed_text, feed_text_of, text_in};

/// The SVG with a transparent button over each bar segment, placed from the
/// same layout the SVG was drawn from.
#[component]
pub(super) fn Chart(
    read: Arc<ReadPlan>,
    tally: Arc<StatusTally>,
    lang: Lang,
    layout: Memo<crate::core::chart::status::layout::StatusLayout>,
    svg: Memo<String>,
) -> impl IntoView {
    // Which segments exist depends on the counts, not the width, so the
    // buttons are made once; only their positions follow the layout.
    let segments: Arc<Vec<(usize, crate::core::plan::status::Status, usize)>> = Arc::new(
        layout.with_untracked(|l| l.segments.iter().map(|s| (s.row, s.status, s.count)).collect()),
    );
    // The row's title (feed text, with its own `lang` when the feed wrote it
    // in another language) and then the count, e.g. "Åbne data: 3
    // initiativer begrænset": the segment's name and the list's heading.
    let label_of = {
        let tally = tally.clone();
        move |i: usize, segments: &[(usize, crate::core::plan::status::Status, usize)]| {
            let (row, status, count) = segments[i];
            let row = &tally.rows[row];
            view! { {text_in(row.label.clone(), row.label_lang.clone())} ": " {segment_count(count, status.label(lang), lang)} }
        }
    };
    let selected = RwSignal::new(None::<usize>);
    let hits = NodeRef::<leptos::html::Div>::new();

    // The chart is one tab stop: the segment last focused has tabindex 0,
    // the others -1. Set here, in the DOM, rather than as a reactive binding
    // on every button: each reactive binding costs the bundle code.
    let make_tab_stop = move |i: usize| {
        // A focus event can reach a button while the widget is being torn down.
        let div = hits.try_get_untracked().flatten()?;
        let buttons = div.query_selector_all(".ogw-seg").ok()?;
        let mut found = None;
        for n in 0..buttons.length() {
            let Some(button) =
                buttons.item(n).and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            let here = n as usize == i;
            let _ = button.set_attribute("tabindex", if here { "0" } else { "-1" });
            if here {
                found = Some(button);
            }
        }
        found
    };
    let focus_segment = move |i: usize| {
        if let Some(button) = make_tab_stop(i) {
            let _ = button.focus();
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent, i: usize| {
        let key = ev.key();
        let direction = match key.as_str() {
            "ArrowLeft" => Step::Left,
            "ArrowRight" => Step::Right,
            "ArrowUp" => Step::Up,
            "ArrowDown" => Step::Down,
            "Home" => Step::First,
            "End" => Step::Last,
            "Escape" if selected.get_untracked().is_some() => {
                ev.prevent_default();
                selected.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(next) = layout.with_untracked(|l| step(l, i, direction)) {
            focus_segment(next);
        }
    };

    let buttons = (0..segments.len())
        .map(|i| {
            let label = label_of(i, &segments);
            // Placed through the CSSOM (style:…), never a style attribute,
            // which a strict Content-Security-Policy refuses.
            let place = move |side: fn(&Rect) -> f64, across: bool| {
                move || {
                    layout.with(|l| {
                        let of = if across { l.width } else { l.height };
                        l.segments.get(i).map_or(String::new(), |s| {
                            let mut share = fixed(side(&s.rect) / of * 100.0, 3, '.');
                            share.push('%');
                            share
                        })
                    })
                }
            };
            let hidden = move || layout.with(|l| l.segments.get(i).is_none()).then_some("none");
            view! {
                <button
                    type="button"
                    class="ogw-seg"
                    data-i=i
                    style:left=place(|r| r.x, true)
                    style:top=place(|r| r.y, false)
                    style:width=place(|r| r.w, true)
                    style:height=place(|r| r.h, false)
                    style:display=hidden
                    aria-pressed=move || (selected.get() == Some(i)).to_string()
                    tabindex=if i == 0 { "0" } else { "-1" }
                    on:click=move |_| selected.update(|s| *s = if *s == Some(i) { None } else { Some(i) })
                    on:keydown=move |ev| on_key(ev, i)
                    on:focus=move |_| {
                        make_tab_stop(i);
                    }
                ><span class="ogw-sr-only">{label}</span></button>
            }
        })
        .collect_view();

    let detail = {
        let segments = segments.clone();
        move || {
            let i = selected.get()?;
            let (row, status, _) = segments[i];
            let written_in = feed_language(read.feed.plan.language.as_deref());
            let items: Vec<_> = tally.rows[row]
                .members_of(status)
                .iter()
                .map(|&index| initiative_item(&read.feed.initiatives[index], written_in, lang))
                .collect();
            Some(view! {
                <div class="ogw-detail" role="region" aria-labelledby="ogw-detail-title">
                    <h3 class="ogw-detail-title" id="ogw-detail-title">{label_of(i, &segments)}</h3>
                    <ul class="ogw-list">{items}</ul>
                    <button type="button" class="ogw-button" on:click=move |_| {
                        selected.set(None);
                        focus_segment(i);
                    }>{Msg::Close.text(lang)}</button>
                </div>
            })
        }
    };

    view! {
        <div class="ogw-chart">
            <div class="ogw-svg" aria-hidden="true" inner_html=move || svg.get()></div>
            <div class="ogw-hits" role="group" aria-label=Msg::StatusTitle.text(lang) node_ref=hits>{buttons}</div>
        </div>
        {detail}
    }
}

pub(super) fn initiative_item(
    initiative: &Initiative,
    written_in: &str,
    lang: Lang,
) -> impl IntoView {
    let title = feed_text_of(&initiative.title, written_in, lang);
    let href = initiative.url.as_deref().and_then(safe_href);
    let lead = initiative.lead.as_ref().map(|l| {
        view! { <span class="ogw-lead">{format!("{}: ", Msg::Lead.text(lang))}{feed_text_of(l, written_in, lang)}</span> }
    });
    // The status as the feed wrote it, in the feed's language.
    let note = initiative
        .status
        .label
        .clone()
        .map(|note| feed_text(format!("({note})"), written_in, lang));
    view! {
        <li class="ogw-item">
            <span class="ogw-id">{initiative.id.clone()}</span>
            " "
            // Without a safe href the <a> is plain text, not a link (and no tab stop).
            <a class="ogw-link ogw-item-title" href=href>{title}</a>
            {lead}
            {note.map(|note| view! { <span class="ogw-note">{note}</span> })}
        </li>
    }
}
