//! Problems in the editor's terms, counted and announced; each a button that
//! takes the focus to its cell in a table of the data, which shows the rows
//! with problems and the first rows. Then every date as it was read.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::Studio;
use crate::core::studio::problems::{place, CellProblem};
use crate::core::studio::words::{
    and_more, problems_found, problems_heading, table_caption, StudioMsg,
};

/// The most problems listed (the OGP export has thousands of notes); the
/// rest are counted.
const LISTED: usize = 200;
/// Rows shown from the top of the sheet, besides those with problems.
const FIRST_ROWS: usize = 20;
/// Columns shown when the sheet is wide: those with problems or mapped.
const ALL_COLUMNS_UP_TO: usize = 12;

pub fn cell_id(row: u64, column: Option<usize>) -> String {
    match column {
        Some(c) => format!("studio-cell-{row}-{c}"),
        None => format!("studio-cell-{row}-row"),
    }
}

#[component]
pub fn Problems(studio: Studio) -> impl IntoView {
    let count =
        Memo::new(move |_| studio.outcome.with(|o| o.problems.len() + o.feed_problems.len()));
    // Said once per change of the count, in the live region.
    Effect::new(move |_| {
        let n = count.get();
        let lang = studio.lang.get_untracked();
        studio.said.set(problems_found(lang, n));
    });
    let heading = move || {
        let n = count.get();
        problems_heading(studio.lang.get(), n)
    };
    let message = move || {
        studio
            .outcome
            .with(|o| o.message.clone())
            .map(|m| view! { <p class="studio-error" role="alert">{m}</p> })
    };
    let list = move || {
        let lang = studio.lang.get();
        studio.outcome.with(|o| {
            let items = o
                .problems
                .iter()
                .take(LISTED)
                .map(|p| {
                    let target = cell_id(p.row, p.column_index);
                    let class = if p.leaves_out() { "studio-problem studio-left-out" } else { "studio-problem" };
                    view! {
                        <li class=class>
                            <button type="button" on:click=move |_| focus(&target)>{p.message(lang)}</button>
                        </li>
                    }
                })
                .collect_view();
            let more = o.problems.len().saturating_sub(LISTED);
            let feed = o
                .feed_problems
                .iter()
                .map(|p| view! { <li class="studio-problem">{p.clone()}</li> })
                .collect_view();
            view! {
                <ol class="studio-problems" aria-labelledby="studio-problems-heading">{items}{feed}</ol>
                {(more > 0).then(|| view! { <p>{and_more(lang, more)}</p> })}
            }
        })
    };
    view! {
        <section class="studio-section" aria-labelledby="studio-problems-heading">
            <h2 id="studio-problems-heading">{heading}</h2>
            {message}
            {list}
            <DataTable studio/>
            <Dates studio/>
        </section>
    }
}

fn focus(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

/// The sheet's rows with problems and its first rows, in a real table: the
/// row number as the row's header, the sheet's headers as the columns'.
#[component]
fn DataTable(studio: Studio) -> impl IntoView {
    move || {
        let lang = studio.lang.get();
        let index = studio.outcome.with(|o| o.sheet).unwrap_or(0);
        studio.files.with(|files| {
            let file = files.first()?;
            let sheet = file.sheets().get(index)?;
            let (problems, mapped): (Vec<CellProblem>, Vec<usize>) = studio.outcome.with(|o| {
                let problems: Vec<CellProblem> =
                    o.problems.iter().filter(|p| p.sheet == sheet.name).take(LISTED).cloned().collect();
                let mapped = o.mapping.iter().enumerate().filter(|(_, f)| f.is_some()).map(|(i, _)| i).collect();
                (problems, mapped)
            });
            let columns: Vec<usize> = if sheet.headers.len() <= ALL_COLUMNS_UP_TO {
                (0..sheet.headers.len()).collect()
            } else {
                let mut set: BTreeSet<usize> = problems.iter().filter_map(|p| p.column_index).collect();
                set.extend(mapped);
                set.into_iter().take(ALL_COLUMNS_UP_TO).collect()
            };
            let problem_rows: BTreeSet<u64> = problems.iter().map(|p| p.row).collect();
            let rows = sheet
                .rows
                .iter()
                .enumerate()
                .filter(|(i, r)| *i < FIRST_ROWS || problem_rows.contains(&r.number))
                .map(|(_, r)| r);
            let head = columns
                .iter()
                .map(|&c| view! { <th scope="col">{sheet.headers.get(c).cloned().unwrap_or_default()}</th> })
                .collect_view();
            let body = rows
                .map(|row| {
                    let cells = columns
                        .iter()
                        .map(|&c| {
                            let flagged = problems.iter().any(|p| p.row == row.number && p.column_index == Some(c));
                            view! {
                                <td id=cell_id(row.number, Some(c)) tabindex="-1" class:studio-flagged=flagged>
                                    {row.cell(c).to_string()}
                                </td>
                            }
                        })
                        .collect_view();
                    let flagged = problem_rows.contains(&row.number);
                    view! {
                        <tr class:studio-flagged-row=flagged>
                            <th scope="row" id=cell_id(row.number, None) tabindex="-1">{row.number}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            let caption = table_caption(lang, &sheet.name, FIRST_ROWS);
            Some(view! {
                <div class="studio-table" role="region" aria-labelledby="studio-table-caption" tabindex="0">
                    <table>
                        <caption id="studio-table-caption">{caption}</caption>
                        <thead><tr><th scope="col">{StudioMsg::RowHeader.text(lang)}</th>{head}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            })
        })
    }
}

/// Every date cell as it was read, for the editor to confirm.
#[component]
fn Dates(studio: Studio) -> impl IntoView {
    move || {
        let lang = studio.lang.get();
        studio.outcome.with(|o| {
            (!o.dates.is_empty()).then(|| {
                let items = o
                    .dates
                    .iter()
                    .take(LISTED)
                    .map(|d| {
                        let target = cell_id(d.row, Some(d.column_index));
                        let place = place(lang, &d.sheet, d.row, Some(&d.column));
                        view! {
                            <li>
                                <button type="button" class="studio-link-button" on:click=move |_| focus(&target)>{place}</button>
                                {format!(": {}", d.reading)}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>{StudioMsg::DatesHeading.text(lang)}</h3>
                    <ul class="studio-dates">{items}</ul>
                }
            })
        })
    }
}
