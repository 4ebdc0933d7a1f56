//! Every initiative and milestone as a row of a real table, one button away.

use crate::core::timeline::words::TimelineMsg;
use crate::web::shared::table_toggle::table_toggle;
use leptos::prelude::*;

use super::details::*;
use super::widget::*;
use crate::core::timeline::export::{as_written, COLUMNS};
use crate::core::timeline::words::{moved_words, progress_words, status_words};

/// Every initiative and milestone as a row of a real table, one button
/// away: dates as the feed wrote them, for analysts.
#[component]
pub(super) fn ItemTable(shared: Shared) -> impl IntoView {
    let lang = shared.lang;
    let rows = shared
        .timeline
        .groups
        .iter()
        .flat_map(|g| &g.initiatives)
        .flat_map(|r| std::iter::once((r, &r.item, true)).chain(r.milestones.iter().map(move |m| (r, m, false))))
        .map(|(r, item, is_initiative)| {
            let initiative = view! { {r.id.clone()} " " {feed_text(r.item.title.clone(), &r.item.title_lang, lang)} };
            let milestone = (!is_initiative).then(|| feed_text(item.title.clone(), &item.title_lang, lang));
            view! {
                <tr class:ogw-total-row=is_initiative>
                    <th scope="row">{initiative}</th>
                    <td>{milestone}</td>
                    <td>{as_written(item, &item.start)}</td>
                    <td>{as_written(item, &item.end)}</td>
                    <td>{status_words(item, lang)}</td>
                    <td>{moved_words(item, lang).unwrap_or_default()}</td>
                    <td>{progress_words(item.target.as_ref(), item.actual.as_ref(), lang).unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    let header =
        COLUMNS.into_iter().map(|m| view! { <th scope="col">{m.text(lang)}</th> }).collect_view();
    view! {
        {table_toggle(lang, "ogw-table", view! {
            <table class="ogw-table ogw-tl-table">
                <caption>{TimelineMsg::TimelineTableCaption.text(lang)}</caption>
                <thead><tr>{header}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        })}
    }
}
