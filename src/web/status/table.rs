//! The counts as a real table, one button away.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::i18n::{Lang, Msg};
use crate::core::plan::tally::StatusTally;

/// The chart's numbers as a real table, one button away.
#[component]
pub(super) fn NumbersTable(tally: Arc<StatusTally>, lang: Lang) -> impl IntoView {
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
            <span class="ogw-when-closed">{Msg::ShowTable.text(lang)}</span>
            <span class="ogw-when-open">{Msg::HideTable.text(lang)}</span>
        </button>
        <div class="ogw-table-wrap" id="ogw-table">
            <table class="ogw-table">
                <caption>{Msg::TableCaption.text(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{Msg::Theme.text(lang)}</th>
                        {header}
                        <th scope="col">{Msg::Total.text(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
