//! The tables: institutions (thousands of rows, so only those in view are
//! rendered, between two spacer rows of the height of the rest) and
//! municipalities. Headings are sort buttons with `aria-sort`; each row has a
//! checkbox to compare it; cells say missing values in words, never 0.

use leptos::prelude::*;

use super::ctx::Ctx;
use crate::core::daycare::compare::{Subject, MAX_COMPARED};
use crate::core::daycare::query::Column;
use crate::core::daycare::table::{area_cell, area_cell_notes, cell, heading};
use crate::core::daycare::value::Value;
use crate::core::daycare::words::{word, Word};
use crate::core::link::safe_href;

/// Every row is this tall (style.css keeps it so), which is what lets the
/// table know which rows are in view without measuring them.
pub const ROW_H: f64 = 44.0;
/// Rows rendered beyond the view on each side, so a quick scroll shows rows.
const OVERSCAN: usize = 4;

/// The comparison's checkbox for a subject: checked when compared, disabled
/// when four are compared already and it is not one of them.
fn compare_box(ctx: &Ctx, subject: Subject, name: String) -> impl IntoView {
    let (lang, state) = (ctx.lang, ctx.state);
    let id = subject.id(ctx.feed());
    let chosen = {
        let id = id.clone();
        move || state.with(|s| s.compare.contains(&id))
    };
    let full = move || state.with(|s| s.compare.len() >= MAX_COMPARED);
    let toggle = move |ev: web_sys::Event| {
        let on = event_target_checked(&ev);
        state.update(|s| {
            s.compare.retain(|c| c != &id);
            if on && s.compare.len() < MAX_COMPARED {
                s.compare.push(id.clone());
            }
        });
    };
    view! {
        <td class="ogw-dc-pick">
            <input type="checkbox" aria-label=format!("{}: {name}", word(lang, Word::Compare))
                prop:checked=chosen.clone() disabled=move || full() && !chosen() on:change=toggle/>
        </td>
    }
}

/// A column heading that sorts the table by it.
fn sort_heading(ctx: &Ctx, column: Column, label: String) -> impl IntoView {
    let resolved = ctx.resolved;
    let sorted = move || resolved.with(|r| (r.sort.column == column).then_some(r.sort.descending));
    let aria = move || match sorted() {
        Some(true) => "descending",
        Some(false) => "ascending",
        None => "none",
    };
    // The arrow repeats aria-sort for the eye; a screen reader has aria-sort.
    let arrow = move || match sorted() {
        Some(true) => "▼",
        Some(false) => "▲",
        None => "↕",
    };
    let ctx = ctx.clone();
    let numeric = matches!(column, Column::Figure(_) | Column::Distance);
    view! {
        <th scope="col" aria-sort=aria class:ogw-dc-num=numeric>
            <button type="button" class="ogw-dc-sort" on:click=move |_| ctx.sort_by(column)>
                {label}<span class="ogw-dc-arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}

/// A cell with a missing value gets the kind's class: each is shown its
/// own way (style.css), and never as 0.
fn value_class(value: Value) -> &'static str {
    match value {
        Value::NotReported => "ogw-dc-num ogw-dc-missing ogw-dc-not-reported",
        Value::Suppressed => "ogw-dc-num ogw-dc-missing ogw-dc-suppressed",
        Value::NotApplicable => "ogw-dc-num ogw-dc-missing ogw-dc-not-applicable",
        Value::Number(_) => "ogw-dc-num",
    }
}

#[component]
pub fn UnitTable(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang;
    let scroller = NodeRef::<leptos::html::Div>::new();
    let scroll_top = RwSignal::new(0.0_f64);
    let viewport = RwSignal::new(480.0_f64);
    let columns = Memo::new({
        let ctx = ctx.clone();
        move |_| {
            let mut columns = vec![Column::Area, Column::Type];
            columns.extend(ctx.figures.get().into_iter().map(Column::Figure));
            columns.extend([Column::Opens, Column::Closes]);
            if ctx.distances.with(Option::is_some) {
                columns.push(Column::Distance);
            }
            columns
        }
    });
    let results = ctx.results;
    // A new search or sort starts at the top of the list. Only when it is not
    // there already: setting scrollTop makes the browser lay the page out
    // at once, in the middle of the update.
    Effect::new(move |_| {
        results.track();
        if scroll_top.try_get_untracked().unwrap_or(0.0) > 0.0 {
            if let Some(el) = scroller.try_get_untracked().flatten() {
                el.set_scroll_top(0);
            }
            scroll_top.try_set(0.0);
        }
    });
    // Runs from the browser, not from the reactive graph: a scroll event and
    // the first frame can come after the table is gone (the view switched,
    // the widget was unmounted), when its node ref and signals are disposed
    // and `get_untracked` would panic (a trap, and the whole core with it).
    let measure = move || {
        if let Some(el) = scroller.try_get_untracked().flatten() {
            scroll_top.try_set(el.scroll_top() as f64);
            viewport.try_set(el.client_height().max(1) as f64);
        }
    };
    let first_frame = request_animation_frame_with_handle(measure).ok();
    on_cleanup(move || first_frame.iter().for_each(|f| f.cancel()));
    let range = Memo::new(move |_| {
        let n = results.with(Vec::len);
        let first = ((scroll_top.get() / ROW_H) as usize).saturating_sub(OVERSCAN).min(n);
        let last = (first + (viewport.get() / ROW_H).ceil() as usize + 2 * OVERSCAN).min(n);
        (first, last)
    });
    // The results are the municipalities' for a moment after a switch to
    // them, before this table is replaced: show none rather than read them
    // as institutions.
    let units_view = ctx.units_view;
    let rows = move || {
        if !units_view.get() {
            return Vec::new();
        }
        let (first, last) = range.get();
        results.with(|r| {
            r[first..last]
                .iter()
                .enumerate()
                .map(|(i, u)| ((first + i) as u32, *u))
                .collect::<Vec<_>>()
        })
    };
    let row = {
        let ctx = ctx.clone();
        move |(position, unit): (u32, u32)| {
            let unit = unit as usize;
            let name = ctx.feed().units.get(unit).map_or_else(String::new, |u| u.name.clone());
            let open = {
                let details = ctx.details;
                move |_| details.set(Some(unit))
            };
            let cells = {
                let ctx = ctx.clone();
                move || {
                    columns.with(|cols| {
                        cols.iter()
                            .map(|&c| {
                                let class = match c {
                                    Column::Figure(f) => {
                                        value_class(ctx.loaded.index.value(unit, f))
                                    }
                                    Column::Distance | Column::Opens | Column::Closes => {
                                        "ogw-dc-num"
                                    }
                                    _ => "",
                                };
                                let text = ctx.distances.with(|d| {
                                    cell(
                                        ctx.feed(),
                                        &ctx.loaded.index,
                                        unit,
                                        c,
                                        d.as_ref().map(|d| &*d.0),
                                        lang,
                                    )
                                });
                                view! { <td class=class>{text}</td> }
                            })
                            .collect_view()
                    })
                }
            };
            view! {
                <tr aria-rowindex=position + 2 class:ogw-dc-chosen={
                    let id = crate::core::daycare::compare::Subject::Unit(unit).id(ctx.feed());
                    move || ctx.state.with(|s| s.compare.contains(&id))
                }>
                    {compare_box(&ctx, Subject::Unit(unit), name.clone())}
                    <th scope="row"><button type="button" class="ogw-dc-name" data-unit=unit on:click=open>{name}</button></th>
                    {cells}
                </tr>
            }
        }
    };
    let headings = {
        let ctx = ctx.clone();
        move || {
            columns.with(|cols| {
                cols.iter()
                    .map(|&c| sort_heading(&ctx, c, heading(ctx.feed(), c, lang)))
                    .collect_view()
            })
        }
    };
    let span = move || columns.with(Vec::len) + 2;
    // Heights through the CSSOM (style:height), never a style attribute,
    // which a strict Content-Security-Policy refuses.
    let spacer = |height: f64| format!("{height}px");
    let above = move || spacer(range.get().0 as f64 * ROW_H);
    let below = move || spacer((results.with(Vec::len) - range.get().1) as f64 * ROW_H);
    let name_heading = sort_heading(&ctx, Column::Name, heading(ctx.feed(), Column::Name, lang));
    view! {
        <p class="ogw-hint">{word(lang, Word::ScrollHint)}</p>
        // A region the keyboard can scroll: the rows it shows change as it does.
        <div class="ogw-dc-scroll" node_ref=scroller tabindex="0" role="region" aria-label=word(lang, Word::InstitutionsCaption)
            on:scroll=move |_| measure()>
            <table class="ogw-table ogw-dc-table" aria-rowcount=move || results.with(Vec::len) + 1>
                <caption class="ogw-sr-only">{word(lang, Word::InstitutionsCaption)}</caption>
                <thead>
                    <tr aria-rowindex="1">
                        <th scope="col" class="ogw-dc-pick"><span class="ogw-sr-only">{word(lang, Word::Compare)}</span></th>
                        {name_heading}
                        {headings}
                    </tr>
                </thead>
                <tbody>
                    <tr class="ogw-dc-spacer" aria-hidden="true"><td colspan=span style:height=above></td></tr>
                    <For each=rows key=|pair| *pair children=row/>
                    <tr class="ogw-dc-spacer" aria-hidden="true"><td colspan=span style:height=below></td></tr>
                </tbody>
            </table>
            {move || results.with(Vec::is_empty).then(|| view! { <p class="ogw-dc-empty">{word(lang, Word::NoResults)}</p> })}
        </div>
    }
}

/// The municipalities: at most 98, so every row is rendered; each with a
/// link to its enrolment system when the feed has one.
#[component]
pub fn AreaTable(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang;
    let figures = ctx.figures;
    let headings = {
        let ctx = ctx.clone();
        move || {
            figures.with(|fs| {
                fs.iter()
                    .map(|&f| {
                        sort_heading(
                            &ctx,
                            Column::Figure(f),
                            heading(ctx.feed(), Column::Figure(f), lang),
                        )
                    })
                    .collect_view()
            })
        }
    };
    let rows = {
        let ctx = ctx.clone();
        move || {
            let ctx = ctx.clone();
            // After a switch to the institutions the results are theirs for a
            // moment, before this table is replaced: never read them as
            // municipalities (an index out of range would trap the core).
            if ctx.units_view.get() {
                return None;
            }
            Some(ctx.results.with(|areas| {
                areas
                    .iter()
                    .filter_map(|&a| Some((a as usize, ctx.feed().areas.get(a as usize)?)))
                    .map(|(a, area)| {
                        let cells = figures.with(|fs| {
                            fs.iter()
                                .map(|&f| {
                                    let value = ctx.feed().figures.get(f).map_or(Value::NotReported, |fig| area.values.get(&fig.id).unwrap_or(Value::NotReported));
                                    // A note in full as the cell's tooltip; its words are in the cell.
                                    let notes = area_cell_notes(ctx.feed(), a, Column::Figure(f), lang);
                                    view! { <td class=value_class(value) title=(!notes.is_empty()).then_some(notes)>{area_cell(ctx.feed(), a, Column::Figure(f), lang)}</td> }
                                })
                                .collect_view()
                        });
                        let enrol = area.enrolment_url.as_deref().and_then(safe_href).map(|href| {
                            view! { <a class="ogw-link" href=href>{word(lang, Word::EnrolmentLink)}</a> }
                        });
                        view! {
                            <tr>
                                {compare_box(&ctx, Subject::Area(a), area.name.clone())}
                                <th scope="row">{area.name.clone()}</th>
                                {cells}
                                <td>{enrol}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            }))
        }
    };
    let name_heading = sort_heading(&ctx, Column::Name, heading(ctx.feed(), Column::Name, lang));
    view! {
        <div class="ogw-dc-scroll ogw-dc-areas" tabindex="0" role="region" aria-label=word(lang, Word::MunicipalitiesCaption)>
            <table class="ogw-table ogw-dc-table">
                <caption class="ogw-sr-only">{word(lang, Word::MunicipalitiesCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="ogw-dc-pick"><span class="ogw-sr-only">{word(lang, Word::Compare)}</span></th>
                        {name_heading}
                        {headings}
                        <th scope="col">{word(lang, Word::EnrolmentLink)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
