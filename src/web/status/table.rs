//! The counts as a real table, one button away.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::i18n::{t, Lang, Msg};
use crate::core::plan::tally::StatusTally;
use crate::web::shared::feed_text::text_in;

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
                    <th scope="row">{text_in(row.label.clone(), row.label_lang.clone())}</th>
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
