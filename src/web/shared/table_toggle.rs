//! The button under each chart that shows and hides its numbers as a table,
//! and the box it shows: one reactive attribute drives both (CSS shows the
//! matching label and hides the box while aria-expanded is "false"; each
//! reactive binding costs the bundle code, see README, Size).

use leptos::prelude::*;

use crate::core::i18n::{Lang, Msg};

/// `id` names the box, unique within the widget; `table` is what it holds.
pub fn table_toggle(lang: Lang, id: &'static str, table: impl IntoView) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button
            type="button"
            class="ogw-button ogw-toggle"
            aria-expanded=move || open.get().to_string()
            aria-controls=id
            on:click=move |_| open.update(|o| *o = !*o)
        >
            <span class="ogw-when-closed">{Msg::ShowTable.text(lang)}</span>
            <span class="ogw-when-open">{Msg::HideTable.text(lang)}</span>
        </button>
        <div class="ogw-table-wrap" id=id>{table}</div>
    }
}
