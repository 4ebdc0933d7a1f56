//! `<ogw-status>`: how many initiatives are at each status, overall and per
//! theme. Thin: the numbers, sentences, geometry and SVG come from the core;
//! this file wires them to the DOM, the keyboard and the feed's loading.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::feed_source::FeedSource;
use crate::core::chart::status_layout::{layout_status, step, Step};
use crate::core::chart::status_svg::status_svg;
use crate::core::i18n::{skipped, t, Lang, Msg};
use crate::core::link::safe_href;
use crate::core::plan::Initiative;
use crate::core::problem::{Problem, Severity};
use crate::core::read::ReadPlan;
use crate::core::summary::{segment_label, status_sentence};
use crate::core::tally::{tally, StatusTally};

#[derive(Clone)]
enum Load {
    Loading,
    Failed(Problem),
    Ready(Arc<ReadPlan>),
}

#[component]
pub fn StatusWidget(source: FeedSource, lang: Lang, width: RwSignal<u32>) -> impl IntoView {
    let load = RwSignal::new(Load::Loading);
    spawn_local(async move {
        let result = source.load_plan().await;
        let next = match result {
            Ok(read) => {
                for problem in &read.problems {
                    web_sys::console::warn_1(&format!("ogw-status: {problem}").into());
                }
                Load::Ready(Arc::new(read))
            }
            Err(problem) => {
                web_sys::console::error_1(&format!("ogw-status: {problem}").into());
                Load::Failed(problem)
            }
        };
        // The widget may have been unmounted while the feed was on its way.
        load.try_set(next);
    });
    view! {
        <section class="ogw-card" aria-labelledby="ogw-title" aria-busy=move || matches!(load.get(), Load::Loading).to_string()>
            <h2 class="ogw-title" id="ogw-title">{t(lang, Msg::StatusTitle)}</h2>
            {move || match load.get() {
                Load::Loading => view! { <p class="ogw-loading">{t(lang, Msg::Loading)}</p> }.into_any(),
                Load::Failed(problem) => failure_message(lang, &problem).into_any(),
                Load::Ready(read) => view! { <StatusView read lang width/> }.into_any(),
            }}
        </section>
    }
}

/// A whole widget that only says what went wrong (e.g. an unknown widget name).
pub fn failure(lang: Lang, problem: &Problem) -> impl IntoView {
    view! {
        <section class="ogw-card" aria-labelledby="ogw-title">
            <h2 class="ogw-title" id="ogw-title">{t(lang, Msg::StatusTitle)}</h2>
            {failure_message(lang, problem)}
        </section>
    }
}

fn failure_message(lang: Lang, problem: &Problem) -> impl IntoView {
    view! {
        <div class="ogw-error" role="alert">
            <p class="ogw-error-title">{t(lang, Msg::CannotShow)}</p>
            <p>{problem.describe(lang)}</p>
        </div>
    }
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
        <NumbersTable tally lang/>
        {skipped_notice(&read, lang)}
        {source_line(&read, lang)}
    }
    .into_any()
}

/// The SVG with a transparent button over each bar segment, placed from the
/// same layout the SVG was drawn from.
#[component]
fn Chart(read: Arc<ReadPlan>, tally: Arc<StatusTally>, lang: Lang, layout: Memo<crate::core::chart::status_layout::StatusLayout>, svg: Memo<String>) -> impl IntoView {
    // Which segments exist depends on the counts, not the width, so the
    // buttons are made once; only their positions follow the layout.
    let segments: Arc<Vec<(usize, crate::core::status::Status, usize)>> =
        Arc::new(layout.with_untracked(|l| l.segments.iter().map(|s| (s.row, s.status, s.count)).collect()));
    let label_of = {
        let tally = tally.clone();
        move |i: usize, segments: &[(usize, crate::core::status::Status, usize)]| {
            let (row, status, count) = segments[i];
            segment_label(&tally.rows[row].label, count, status.label(lang), lang)
        }
    };
    let selected = RwSignal::new(None::<usize>);
    let focused = RwSignal::new(0usize);
    let hits = NodeRef::<leptos::html::Div>::new();

    let focus_segment = move |i: usize| {
        focused.set(i);
        let Some(div) = hits.get_untracked() else { return };
        if let Ok(Some(el)) = div.query_selector(&format!("[data-i='{i}']")) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
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
            let position = move || {
                layout.with(|l| {
                    let Some(s) = l.segments.get(i) else { return String::from("display:none") };
                    let pct = |v: f64, of: f64| v / of * 100.0;
                    format!(
                        "left:{:.3}%;top:{:.3}%;width:{:.3}%;height:{:.3}%",
                        pct(s.rect.x, l.width),
                        pct(s.rect.y, l.height),
                        pct(s.rect.w, l.width),
                        pct(s.rect.h, l.height)
                    )
                })
            };
            view! {
                <button
                    type="button"
                    class="ogw-seg"
                    data-i=i
                    style=position
                    aria-label=label
                    aria-pressed=move || (selected.get() == Some(i)).to_string()
                    tabindex=move || if focused.get() == i { "0" } else { "-1" }
                    on:click=move |_| {
                        focused.set(i);
                        selected.update(|s| *s = if *s == Some(i) { None } else { Some(i) });
                    }
                    on:keydown=move |ev| on_key(ev, i)
                    on:focus=move |_| focused.set(i)
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
            {match href {
                Some(href) => view! { <a class="ogw-link" href=href>{title}</a> }.into_any(),
                None => view! { <span class="ogw-item-title">{title}</span> }.into_any(),
            }}
            {lead.map(|lead| view! { <span class="ogw-lead">{lead}</span> })}
            {note.map(|note| view! { <span class="ogw-note">{format!("({note})")}</span> })}
        </li>
    }
}

/// The chart's numbers as a real table, one button away.
#[component]
fn NumbersTable(tally: Arc<StatusTally>, lang: Lang) -> impl IntoView {
    let open = RwSignal::new(false);
    let header: Vec<_> = tally.statuses.iter().map(|s| view! { <th scope="col">{s.title(lang)}</th> }).collect();
    let rows: Vec<_> = tally
        .rows
        .iter()
        .map(|row| {
            let cells: Vec<_> = tally.statuses.iter().map(|s| view! { <td>{row.count(*s)}</td> }).collect();
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
        <button
            type="button"
            class="ogw-button ogw-toggle"
            aria-expanded=move || open.get().to_string()
            aria-controls="ogw-table"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || t(lang, if open.get() { Msg::HideTable } else { Msg::ShowTable })}
        </button>
        <div class="ogw-table-wrap" id="ogw-table" hidden=move || !open.get()>
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

/// "2 initiativer kunne ikke vises …", with the reasons one click away.
fn skipped_notice(read: &ReadPlan, lang: Lang) -> Option<impl IntoView> {
    if read.skipped_initiatives == 0 {
        return None;
    }
    let reasons: Vec<_> = read
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error && p.path.starts_with("initiatives[") && !p.path.contains(".milestones"))
        .map(|p| view! { <li>{p.describe(lang)}</li> })
        .collect();
    Some(view! {
        <div class="ogw-notice" role="note">
            <p>{skipped(lang, read.skipped_initiatives)}</p>
            <details>
                <summary>{t(lang, Msg::SkippedDetails)}</summary>
                <ul>{reasons}</ul>
            </details>
        </div>
    })
}

fn source_line(read: &ReadPlan, lang: Lang) -> Option<impl IntoView> {
    let plan = &read.feed.plan;
    if plan.source.is_none() && plan.as_of.is_none() {
        return None;
    }
    let source = plan.source.as_ref().map(|s| {
        let name = s.name.get(lang).to_string();
        let link = s.url.as_deref().and_then(safe_href);
        view! {
            <span>
                {format!("{}: ", t(lang, Msg::Source))}
                {match link {
                    Some(href) => view! { <a class="ogw-link" href=href>{name}</a> }.into_any(),
                    None => view! { <span>{name}</span> }.into_any(),
                }}
            </span>
        }
    });
    let as_of = plan.as_of.clone().map(|d| view! { <span>{format!(" · {} {d}", t(lang, Msg::AsOf))}</span> });
    Some(view! { <p class="ogw-source">{source}{as_of}</p> })
}
