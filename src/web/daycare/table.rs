//! The tables: institutions (thousands of rows, so only those in view are
//! rendered, between two spacer rows of the height of the rest) and
//! municipalities. Headings are sort buttons with `aria-sort`; each row has a
//! checkbox to compare it; cells say missing values in words, never 0.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::ctx::Ctx;
use crate::core::daycare::compare::{
    comparison_is_full, set_compared, CompareChange, Subject, MAX_COMPARED,
};
use crate::core::daycare::format::label_and_period;
use crate::core::daycare::query::Column;
use crate::core::daycare::table::{area_cell, area_cell_notes, cell, heading, heading_lang};
use crate::core::daycare::value::Value;
use crate::core::daycare::words::{compare_changed, compare_full, print_cut, DaycareMsg};
use crate::core::limits::MAX_PRINTED_ROWS;
use crate::core::link::safe_href;
use crate::web::shared::feed_text::text_in;

/// Every row is this tall (style.css keeps it so), which is what lets the
/// table know which rows are in view without measuring them.
pub const ROW_H: f64 = 44.0;
/// Rows rendered beyond the view on each side, so a quick scroll shows rows.
const OVERSCAN: usize = 4;

/// The cell the grid's one tab stop is on: (row, column); row 0 is the
/// headings, row r is result r - 1; column 0 the compare checkbox, 1 the name.
pub type Cell = (usize, usize);

/// "0" for the grid's one tab stop, "-1" for every other cell.
fn tab_stop(active: Option<RwSignal<Cell>>, here: Cell) -> impl Fn() -> &'static str + Clone {
    move || match active {
        Some(a) if a.get() != here => "-1",
        _ => "0",
    }
}

/// Adds `subject` to the comparison or takes it out, and says so; a fifth
/// is refused, and that is said too. `focused` stays where it is on the
/// screen while the comparison above it grows or shrinks.
pub fn toggle_compare(ctx: &Ctx, subject: Subject, on: bool, focused: Option<web_sys::Element>) {
    let (lang, state) = (ctx.lang, ctx.state);
    let id = subject.id(ctx.feed());
    let label = match subject {
        Subject::Unit(u) => ctx.loaded.labels.get(u).cloned().unwrap_or_default(),
        Subject::Area(_) => subject.label(ctx.feed()),
    };
    let mut compared = state.with_untracked(|s| s.compare.clone());
    match set_compared(&mut compared, &id, on) {
        CompareChange::Full => return ctx.announce(compare_full(lang, &label, MAX_COMPARED)),
        CompareChange::Unchanged => return,
        CompareChange::Added | CompareChange::Removed => {}
    }
    let n = compared.len();
    let before = focused.as_ref().map(|e| e.get_bounding_client_rect().top());
    state.update(|s| s.compare = compared);
    ctx.announce(compare_changed(lang, &label, on, n, MAX_COMPARED));
    // Once the comparison is drawn, scroll the page by as much as the
    // focused control moved, so it is where the eye left it.
    if let (Some(el), Some(before)) = (focused, before) {
        request_animation_frame(move || {
            let moved = el.get_bounding_client_rect().top() - before;
            if moved.abs() >= 1.0 {
                window().scroll_by_with_x_and_y(0.0, moved);
            }
        });
    }
}

/// The comparison's checkbox for a subject: checked when compared. At four
/// the others stay focusable (aria-disabled), and choosing one says why not.
fn compare_box(
    ctx: &Ctx,
    subject: Subject,
    label: String,
    active: Option<RwSignal<Cell>>,
    row: usize,
) -> impl IntoView {
    let (lang, state) = (ctx.lang, ctx.state);
    let id = subject.id(ctx.feed());
    let chosen = move || state.with(|s| s.compare.contains(&id));
    let full = move || state.with(|s| comparison_is_full(&s.compare));
    let ctx = ctx.clone();
    let toggle = move |ev: web_sys::Event| {
        let on = event_target_checked(&ev);
        let el: Option<web_sys::Element> = ev.target().and_then(|t| t.dyn_into().ok());
        toggle_compare(&ctx, subject, on, el.clone());
        // A refused fifth is unticked again.
        if let Some(input) = el.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            input.set_checked(
                ctx.state.with_untracked(|s| s.compare.contains(&subject.id(ctx.feed()))),
            );
        }
    };
    view! {
        <td class="ogw-dc-pick">
            <input type="checkbox" aria-label=format!("{}: {label}", DaycareMsg::Compare.text(lang))
                data-cell=format!("{row}:0") tabindex=tab_stop(active, (row, 0))
                prop:checked=chosen.clone() aria-disabled=move || (full() && !chosen()).then_some("true")
                on:change=toggle/>
        </td>
    }
}

/// A column heading that sorts the table by it.
fn sort_heading(
    ctx: &Ctx,
    column: Column,
    label: String,
    active: Option<RwSignal<Cell>>,
    col: usize,
) -> impl IntoView {
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
    // An untranslated figure label says its language (WCAG 3.1.2); the
    // period after it is in the widget's words.
    let label = match (column, heading_lang(ctx.feed(), column, ctx.lang)) {
        (Column::Figure(f), Some(code)) => {
            let (text, period) = label_and_period(&ctx.feed().figures[f], ctx.lang);
            view! { {text_in(text.to_string(), Some(code))} {period} }.into_any()
        }
        _ => label.into_any(),
    };
    let ctx = ctx.clone();
    let numeric = matches!(column, Column::Figure(_) | Column::Distance);
    view! {
        <th scope="col" aria-sort=aria class:ogw-dc-num=numeric>
            <button type="button" class="ogw-dc-sort" data-cell=format!("0:{col}") tabindex=tab_stop(active, (0, col))
                on:click=move |_| ctx.sort_by(column)>
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
    let active = RwSignal::new((1_usize, 0_usize));
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
    // On paper, the whole current view up to a cap, not the rows in view.
    let printing = printing();
    let range = Memo::new(move |_| {
        let n = results.with(Vec::len);
        if printing.get() {
            return (0, n.min(MAX_PRINTED_ROWS));
        }
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
            let label = ctx.loaded.labels.get(unit).cloned().unwrap_or_default();
            let r = position as usize + 1;
            let open = {
                let details = ctx.details;
                move |_| details.set(Some(unit))
            };
            let cells = {
                let ctx = ctx.clone();
                move || {
                    columns.with(|cols| {
                        cols.iter()
                            .enumerate()
                                .map(|(i, &c)| {
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
                                view! { <td class=class data-cell=format!("{r}:{}", i + 2) tabindex=tab_stop(Some(active), (r, i + 2))>{text}</td> }
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
                    {compare_box(&ctx, Subject::Unit(unit), label.clone(), Some(active), r)}
                    <th scope="row"><button type="button" class="ogw-dc-name" data-unit=unit aria-label=label
                        data-cell=format!("{r}:1") tabindex=tab_stop(Some(active), (r, 1)) on:click=open>{name}</button></th>
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
                    .enumerate()
                    .map(|(i, &c)| {
                        sort_heading(&ctx, c, heading(ctx.feed(), c, lang), Some(active), i + 2)
                    })
                    .collect_view()
            })
        }
    };
    let span = move || columns.with(Vec::len) + 2;
    // Heights through the CSSOM (style:height), never a style attribute,
    // which a strict Content-Security-Policy refuses.
    // Without core::fmt's float code (core/number.rs).
    let spacer = |height: f64| crate::core::number::plain(height) + "px";
    let above = move || spacer(range.get().0 as f64 * ROW_H);
    let below = move || {
        let hidden = if printing.get() { 0 } else { results.with(Vec::len) - range.get().1 };
        spacer(hidden as f64 * ROW_H)
    };
    // Under a printout cut at the cap: how many rows it shows of how many.
    let print_note = move || {
        let (shown, n) = (range.get().1, results.with(Vec::len));
        printing
            .get()
            .then(|| print_cut(lang, shown, n))
            .flatten()
            .map(|text| view! { <p class="ogw-dc-print-note">{text}</p> })
    };
    let name_heading =
        sort_heading(&ctx, Column::Name, heading(ctx.feed(), Column::Name, lang), Some(active), 1);
    let keys = grid_keys(
        &ctx,
        Grid { active, last_col: move || columns.with_untracked(Vec::len) + 1, units: true },
        scroller,
        viewport,
        measure,
    );
    let focused = follow_focus(active);
    // A new search can leave the tab stop past the last row.
    Effect::new(move |_| {
        let n = results.with(Vec::len);
        let (r, c) = active.get_untracked();
        if r > n {
            active.set((n.min(1), c));
        }
    });
    view! {
        <p class="ogw-hint" id="ogw-dc-grid-hint">{DaycareMsg::GridHint.text(lang)}</p>
        // One tab stop, a grid (docs/keyboard.md): the arrow keys reach every
        // row, scrolling it into view, so aria-rowcount is what can be reached.
        <div class="ogw-dc-scroll" node_ref=scroller on:scroll=move |_| measure()>
            <table class="ogw-table ogw-dc-table" role="grid" aria-describedby="ogw-dc-grid-hint"
                aria-rowcount=move || results.with(Vec::len) + 1 aria-colcount=span
                on:keydown=keys on:focusin=focused>
                <caption class="ogw-sr-only">{DaycareMsg::InstitutionsCaption.text(lang)}</caption>
                <thead>
                    <tr aria-rowindex="1">
                        <th scope="col" class="ogw-dc-pick" data-cell="0:0" tabindex=tab_stop(Some(active), (0, 0))><span class="ogw-sr-only">{DaycareMsg::Compare.text(lang)}</span></th>
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
            {move || results.with(Vec::is_empty).then(|| view! { <p class="ogw-dc-empty">{DaycareMsg::NoResults.text(lang)}</p> })}
        </div>
        {print_note}
    }
}

/// A click or a focus from elsewhere moves the grid's tab stop to that cell.
fn follow_focus(active: RwSignal<Cell>) -> impl Fn(web_sys::FocusEvent) + Copy + 'static {
    move |ev: web_sys::FocusEvent| {
        let cell = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-cell]").ok().flatten())
            .and_then(|e| e.get_attribute("data-cell"))
            .and_then(|c| {
                c.split_once(':').and_then(|(r, c)| Some((r.parse().ok()?, c.parse().ok()?)))
            });
        if let Some(cell) = cell {
            if active.try_get_untracked().is_some_and(|a| a != cell) {
                active.try_set(cell);
            }
        }
    }
}

/// Whether the page is being printed: from `beforeprint` to `afterprint`,
/// or while the print medium matches (as when a browser emulates it).
/// Listeners are removed with the table.
fn printing() -> RwSignal<bool> {
    let printing = RwSignal::new(false);
    let before = window_event_listener_untyped("beforeprint", move |_| {
        printing.try_set(true);
    });
    let after = window_event_listener_untyped("afterprint", move |_| {
        printing.try_set(false);
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    if let Ok(Some(query)) = window().match_media("print") {
        printing.set(query.matches());
        let watched = query.clone();
        let on_change: Closure<dyn FnMut()> = Closure::new(move || {
            printing.try_set(watched.matches());
        });
        let _ =
            query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        let held = send_wrapper::SendWrapper::new((query, on_change));
        on_cleanup(move || {
            let (query, on_change) = held.take();
            let _ = query
                .remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        });
    }
    printing
}

/// The grid's keys (the APG grid pattern): arrows move one cell, Home and
/// End to the row's ends, Ctrl+Home and Ctrl+End to the first and last
/// result, PageUp and PageDown by a view of rows; Space compares the row,
/// Enter opens its details. The row moved to is scrolled into view, drawn,
/// then focused.
/// Which grid the keys drive: where its tab stop is, its last column, and
/// whether its rows are institutions (virtualised, with details on Enter)
/// or municipalities (all drawn).
struct Grid<L> {
    active: RwSignal<Cell>,
    last_col: L,
    units: bool,
}

fn grid_keys(
    ctx: &Ctx,
    grid: Grid<impl Fn() -> usize + 'static>,
    scroller: NodeRef<leptos::html::Div>,
    viewport: RwSignal<f64>,
    measure: impl Fn() + Copy + 'static,
) -> impl Fn(web_sys::KeyboardEvent) + 'static {
    let ctx = ctx.clone();
    let Grid { active, last_col, units } = grid;
    let subject =
        move |i: u32| if units { Subject::Unit(i as usize) } else { Subject::Area(i as usize) };
    move |ev: web_sys::KeyboardEvent| {
        if ev.alt_key() || ev.meta_key() {
            return;
        }
        let n = ctx.results.with_untracked(Vec::len);
        let last_col = last_col();
        let page = ((viewport.get_untracked() / ROW_H) as usize).saturating_sub(2).max(1);
        let (r, c) = active.get_untracked();
        let ctrl = ev.ctrl_key();
        let target: Option<web_sys::Element> = ev.target().and_then(|t| t.dyn_into().ok());
        let native =
            target.as_ref().is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "BUTTON"));
        let unit = |r: usize| ctx.results.with_untracked(|res| res.get(r.wrapping_sub(1)).copied());
        let to = match ev.key().as_str() {
            "ArrowDown" => (r + 1).min(n),
            "ArrowUp" => r.saturating_sub(1),
            "PageDown" => (r + page).min(n),
            "PageUp" => r.saturating_sub(page),
            "Home" if ctrl => n.min(1),
            "End" if ctrl => n,
            _ => r,
        };
        let col = match ev.key().as_str() {
            "ArrowRight" => (c + 1).min(last_col),
            "ArrowLeft" => c.saturating_sub(1),
            "Home" if ctrl => 0,
            "Home" => 0,
            "End" => last_col,
            _ => c,
        };
        match ev.key().as_str() {
            " " if !native && r > 0 => {
                ev.prevent_default();
                if let Some(u) = unit(r) {
                    let subject = subject(u);
                    let on =
                        !ctx.state.with_untracked(|s| s.compare.contains(&subject.id(ctx.feed())));
                    toggle_compare(&ctx, subject, on, target);
                }
                return;
            }
            "Enter" if !native && r > 0 && units => {
                ev.prevent_default();
                if let Some(u) = unit(r) {
                    ctx.details.set(Some(u as usize));
                }
                return;
            }
            "ArrowDown" | "ArrowUp" | "ArrowLeft" | "ArrowRight" | "Home" | "End" | "PageUp"
            | "PageDown" => ev.prevent_default(),
            _ => return,
        }
        active.set((to, col));
        // Scroll the row into the table's view (its rows are drawn from the
        // scroll position), then focus the cell once it is drawn.
        if let Some(el) = scroller.get_untracked() {
            // Institutions are drawn from the scroll position: scroll first.
            // Municipalities are all drawn; focusing scrolls them into view.
            if to > 0 && units {
                let head = el
                    .query_selector("thead")
                    .ok()
                    .flatten()
                    .map_or(ROW_H, |h| h.get_bounding_client_rect().height());
                let top = (to - 1) as f64 * ROW_H;
                let shown = el.scroll_top() as f64;
                let height = el.client_height() as f64 - head;
                if top < shown {
                    el.set_scroll_top(top as i32);
                } else if top + ROW_H > shown + height {
                    el.set_scroll_top((top + ROW_H - height).ceil() as i32);
                }
                measure();
            }
            let selector = format!("[data-cell=\"{to}:{col}\"]");
            request_animation_frame(move || {
                if let Some(cell) = el
                    .query_selector(&selector)
                    .ok()
                    .flatten()
                    .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    _ = cell.focus();
                }
            });
        }
    }
}
/// The municipalities: at most 98, so every row is rendered; each with a
/// link to its enrolment system when the feed has one. A grid with one tab
/// stop and the institutions table's keys (docs/keyboard.md), so Tab passes
/// it in one press however many municipalities there are.
#[component]
pub fn AreaTable(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang;
    let figures = ctx.figures;
    let active = RwSignal::new((1_usize, 0_usize));
    // Columns: the checkbox, the name, a figure each, the enrolment link.
    let link_col = move || figures.with(Vec::len) + 2;
    let headings = {
        let ctx = ctx.clone();
        move || {
            figures.with(|fs| {
                fs.iter()
                    .enumerate()
                    .map(|(i, &f)| {
                        sort_heading(
                            &ctx,
                            Column::Figure(f),
                            heading(ctx.feed(), Column::Figure(f), lang),
                            Some(active),
                            i + 2,
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
                    .enumerate()
                    .map(|(i, (a, area))| {
                        let r = i + 1;
                        let cells = figures.with(|fs| {
                            fs.iter()
                                .enumerate()
                                .map(|(c, &f)| {
                                    let value = ctx.feed().figures.get(f).map_or(Value::NotReported, |fig| area.values.get(&fig.id).unwrap_or(Value::NotReported));
                                    // A note in full as the cell's tooltip; its words are in the cell.
                                    let notes = area_cell_notes(ctx.feed(), a, Column::Figure(f), lang);
                                    view! { <td class=value_class(value) title=(!notes.is_empty()).then_some(notes)
                                        data-cell=format!("{r}:{}", c + 2) tabindex=tab_stop(Some(active), (r, c + 2))>{area_cell(ctx.feed(), a, Column::Figure(f), lang)}</td> }
                                })
                                .collect_view()
                        });
                        let last = link_col();
                        // The link is the cell's stop when there is one; else the cell.
                        let enrol = match area.enrolment_url.as_deref().and_then(safe_href) {
                            Some(href) => view! {
                                <td><a class="ogw-link" href=href data-cell=format!("{r}:{last}") tabindex=tab_stop(Some(active), (r, last))>{DaycareMsg::EnrolmentLink.text(lang)}</a></td>
                            }.into_any(),
                            None => view! { <td data-cell=format!("{r}:{last}") tabindex=tab_stop(Some(active), (r, last))></td> }.into_any(),
                        };
                        view! {
                            <tr>
                                {compare_box(&ctx, Subject::Area(a), area.name.clone(), Some(active), r)}
                                <th scope="row" data-cell=format!("{r}:1") tabindex=tab_stop(Some(active), (r, 1))>{area.name.clone()}</th>
                                {cells}
                                {enrol}
                            </tr>
                        }
                    })
                    .collect_view()
            }))
        }
    };
    let name_heading =
        sort_heading(&ctx, Column::Name, heading(ctx.feed(), Column::Name, lang), Some(active), 1);
    let scroller = NodeRef::<leptos::html::Div>::new();
    let keys = grid_keys(
        &ctx,
        Grid { active, last_col: move || figures.with_untracked(Vec::len) + 2, units: false },
        scroller,
        RwSignal::new(480.0),
        || {},
    );
    let results = ctx.results;
    // A new filter can leave the tab stop past the last row.
    Effect::new(move |_| {
        let n = results.with(Vec::len);
        let (r, c) = active.get_untracked();
        if r > n {
            active.set((n.min(1), c));
        }
    });
    view! {
        <p class="ogw-hint" id="ogw-dc-area-grid-hint">{DaycareMsg::AreaGridHint.text(lang)}</p>
        <div class="ogw-dc-scroll ogw-dc-areas" node_ref=scroller>
            <table class="ogw-table ogw-dc-table" role="grid" aria-describedby="ogw-dc-area-grid-hint"
                on:keydown=keys on:focusin=follow_focus(active)>
                <caption class="ogw-sr-only">{DaycareMsg::MunicipalitiesCaption.text(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="ogw-dc-pick" data-cell="0:0" tabindex=tab_stop(Some(active), (0, 0))><span class="ogw-sr-only">{DaycareMsg::Compare.text(lang)}</span></th>
                        {name_heading}
                        {headings}
                        <th scope="col" data-cell=move || format!("0:{}", link_col()) tabindex=move || tab_stop(Some(active), (0, link_col()))()>{DaycareMsg::EnrolmentLink.text(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
