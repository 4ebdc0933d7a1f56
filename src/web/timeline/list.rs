//! The timeline on a phone: the same items as a list, dates and status in
//! words, milestones one button away.

use leptos::prelude::*;

use super::chart::*;
use super::details::*;
use super::widget::*;
use crate::core::chart::timeline::layout::RowKind;
use crate::core::i18n::milestones;
use crate::core::timeline::words::list_facts;

/// On a phone: the same items as a list with their dates and status in
/// words, milestones one button away, details opening in place.
#[component]
pub(super) fn ListLayout(shared: Shared) -> impl IntoView {
    let lang = shared.lang;
    let expanded = shared.expanded;
    let entry = {
        let shared = shared.clone();
        move |kind: RowKind| {
            let shared = shared.clone();
            let item = shared.item(kind).cloned()?;
            let title = shared.title(kind);
            let facts = list_facts(&item, lang);
            let selected = shared.selected;
            Some(view! {
                <button type="button" class="ogw-tl-list-item" data-row=row_key(kind) aria-expanded=move || (selected.get() == Some(kind)).to_string()
                    on:click={ let shared = shared.clone(); move |_| shared.toggle_details(kind) }>
                    <span class="ogw-tl-list-title" inner_html=title></span>
                    <span class="ogw-tl-list-facts">{facts}</span>
                </button>
                {move || (selected.get() == Some(kind)).then(|| details(&shared, kind))}
            })
        }
    };
    let groups = shared
        .timeline
        .groups
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let items = group
                .initiatives
                .iter()
                .enumerate()
                .map(|(i, rows)| {
                    let count = rows.milestones.len();
                    let entry_of = entry.clone();
                    let milestone_items = move || {
                        expanded.with(|e| e.contains(&(g, i))).then(|| {
                            (0..count).map(|m| view! { <li>{entry_of(RowKind::Milestone { group: g, initiative: i, milestone: m })}</li> }).collect_view()
                        })
                    };
                    let toggle = (count > 0).then(|| {
                        let open = move || expanded.with(|e| e.contains(&(g, i)));
                        view! {
                            <button type="button" class="ogw-tl-list-toggle" aria-expanded=move || open().to_string()
                                on:click=move |_| expanded.update(|e| { if !e.remove(&(g, i)) { e.insert((g, i)); } })>
                                {milestones(lang, count)}
                            </button>
                        }
                    });
                    view! { <li>{entry(RowKind::Initiative { group: g, initiative: i })}{toggle}<ul class="ogw-tl-list ogw-tl-sublist">{milestone_items}</ul></li> }
                })
                .collect_view();
            view! { <h3 class="ogw-tl-list-group" inner_html=shared.title(RowKind::Group { group: g })></h3><ul class="ogw-tl-list">{items}</ul> }
        })
        .collect_view();
    view! { <div class="ogw-tl-listing">{groups}</div> }
}
