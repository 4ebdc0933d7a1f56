//! The counts as a real table, one button away.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::i18n::{Lang, Msg};
use crate::core::plan::tally::StatusTally;
use crate::web::shared::feed_text::text_in;
use crate::web::shared::table_toggle::table_toggle;

/// The chart's numbers as a real table, one button away.
#[component]
pub(super) fn NumbersTable(tally: Arc<StatusTally>, lang: Lang) -> impl IntoView {
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
        {table_toggle(lang, "ogw-table", view! {
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
        })}
    }
}
