//! `<ogw-status>`: how many initiatives are at each status, overall and per
//! theme. Thin: the numbers, sentences, geometry and SVG come from the core;
//! this file wires them to the DOM, the keyboard and the feed's loading.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::chart::geometry::Rect;
use crate::core::chart::status::layout::{layout_status, step, Step};
use crate::core::chart::status::svg::status_svg;
use crate::core::csv::status_csv;
use crate::core::i18n::{t, Lang, Msg};
use crate::core::link::safe_href;
use crate::core::plan::read::{read_plan_without_dates, ReadPlan};
use crate::core::plan::summary::{segment_label, status_sentence};
use crate::core::plan::tally::{tally, StatusTally};
use crate::core::plan::Initiative;
use crate::core::problem::Problem;
use crate::web::element::feed_source::FeedSource;
use crate::web::shared::card::{feed_card, log_problems, skipped_notice, source_line};

#[component]
pub fn StatusWidget(source: FeedSource, lang: Lang, width: RwSignal<u32>) -> impl IntoView {
    let load = async move {
        let read = source.load_plan(read_plan_without_dates).await?;
        log_problems("ogw-status", &read.problems);
        Ok(Arc::new(read))
    };
    feed_card(
        "ogw-status",
        t(lang, Msg::StatusTitle),
        lang,
        load,
        move |read| view! { <StatusView read lang width/> },
    )
}

#[component]
fn StatusView(read: Arc<ReadPlan>, lang: Lang, width: RwSignal<u32>) -> impl IntoView {
    let tally = Arc::new(tally(&read.feed, lang));
    if read.feed.initiatives.is_empty() {
        return view! {
            <p class="ogw-error" role="alert">{Problem::fatal(crate::core::problem::ProblemKind::NothingToShow).describe(lang)}</p>
            {skipped_notice(&read, lang)}
        }
        .into_any();
    }
    let sentence = status_sentence(&tally, lang);
    let title = t(lang, Msg::StatusTitle);
    let layout = Memo::new({
        let tally = tally.clone();
        move |_| layout_status(&tally, width.get() as f64, lang)
    });
    let svg = Memo::new({
        let sentence = sentence.clone();
        move |_| layout.with(|l| status_svg(l, title, &sentence))
    });

    let plan_title = read.feed.plan.title.as_ref().map(|t| t.get(lang).to_string());
    view! {
        {plan_title.map(|p| view! { <p class="ogw-subtitle">{p}</p> })}
        <p class="ogw-summary">{sentence}</p>
        <p class="ogw-hint">{t(lang, Msg::ChartHint)}</p>
        <Chart read=read.clone() tally=tally.clone() lang layout svg/>
        <NumbersTable tally=tally.clone() lang/>
        {crate::web::shared::download::downloads(
            "ogw-status",
            lang,
            move || status_csv(&tally, t(lang, Msg::Theme), t(lang, Msg::Total), lang),
            move || svg.get_untracked(),
        )}
        {skipped_notice(&read, lang)}
        {source_line(&read, lang)}
    }
    .into_any()
}

/// The SVG with a transparent button over each bar segment, placed from the
/// same layout the SVG was drawn from.
#[component]
fn Chart(
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
    let label_of = {
        let tally = tally.clone();
        move |i: usize, segments: &[(usize, crate::core::plan::status::Status, usize)]| {
            let (row, status, count) = segments[i];
            segment_label(&tally.rows[row].label, count, status.label(lang), lang)
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
                        l.segments.get(i).map_or(String::new(), |s| format!("{:.3}%", side(&s.rect) / of * 100.0))
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
                    aria-label=label
                    aria-pressed=move || (selected.get() == Some(i)).to_string()
                    tabindex=if i == 0 { "0" } else { "-1" }
                    on:click=move |_| selected.update(|s| *s = if *s == Some(i) { None } else { Some(i) })
                    on:keydown=move |ev| on_key(ev, i)
                    on:focus=move |_| {
                        make_tab_stop(i);
                    }
                ></button>
            }
        })
        .collect_view();

    let detail = {
        let segments = segments.clone();
        move || {
            let i = selected.get()?;
            let (row, status, _) = segments[i];
            let items: Vec<_> = tally.rows[row]
                .members_of(status)
                .iter()
                .map(|&index| initiative_item(&read.feed.initiatives[index], lang))
                .collect();
            Some(view! {
                <div class="ogw-detail" role="region" aria-labelledby="ogw-detail-title">
                    <h3 class="ogw-detail-title" id="ogw-detail-title">{label_of(i, &segments)}</h3>
                    <ul class="ogw-list">{items}</ul>
                    <button type="button" class="ogw-button" on:click=move |_| {
                        selected.set(None);
                        focus_segment(i);
                    }>{t(lang, Msg::Close)}</button>
                </div>
            })
        }
    };

    view! {
        <div class="ogw-chart">
            <div class="ogw-svg" aria-hidden="true" inner_html=move || svg.get()></div>
            <div class="ogw-hits" role="group" aria-label=t(lang, Msg::StatusTitle) node_ref=hits>{buttons}</div>
        </div>
        {detail}
    }
}

fn initiative_item(initiative: &Initiative, lang: Lang) -> impl IntoView {
    let title = initiative.title.get(lang).to_string();
    let href = initiative.url.as_deref().and_then(safe_href);
    let lead = initiative.lead.as_ref().map(|l| format!("{}: {}", t(lang, Msg::Lead), l.get(lang)));
    let note = initiative.status.label.clone();
    view! {
        <li class="ogw-item">
            <span class="ogw-id">{initiative.id.clone()}</span>
            " "
            // Without a safe href the <a> is plain text, not a link (and no tab stop).
            <a class="ogw-link ogw-item-title" href=href>{title}</a>
            {lead.map(|lead| view! { <span class="ogw-lead">{lead}</span> })}
            {note.map(|note| view! { <span class="ogw-note">{format!("({note})")}</span> })}
        </li>
    }
}

/// The chart's numbers as a real table, one button away.
#[component]
fn NumbersTable(tally: Arc<StatusTally>, lang: Lang) -> impl IntoView {
    let open = RwSignal::new(false);
    let header: Vec<_> =
        tally.statuses.iter().map(|s| view! { <th scope="col">{s.title(lang)}</th> }).collect();
    let rows: Vec<_> = tally
        .rows
        .iter()
        .map(|row| {
            let cells: Vec<_> =
                tally.statuses.iter().map(|s| view! { <td>{row.count(*s)}</td> }).collect();
            view! {
                <tr class:ogw-total-row=row.is_total>
                    <th scope="row">{row.label.clone()}</th>
                    {cells}
                    <td>{row.total()}</td>
                </tr>
            }
        })
        .collect();
    view! {
        // One reactive attribute drives all three: CSS shows the matching label
        // and hides the table while aria-expanded is "false" (each reactive
        // binding costs the bundle code; see README, Size).
        <button
            type="button"
            class="ogw-button ogw-toggle"
            aria-expanded=move || open.get().to_string()
            aria-controls="ogw-table"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            <span class="ogw-when-closed">{t(lang, Msg::ShowTable)}</span>
            <span class="ogw-when-open">{t(lang, Msg::HideTable)}</span>
        </button>
        <div class="ogw-table-wrap" id="ogw-table">
            <table class="ogw-table">
                <caption>{t(lang, Msg::TableCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, Msg::Theme)}</th>
                        {header}
                        <th scope="col">{t(lang, Msg::Total)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
