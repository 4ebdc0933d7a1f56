//! The details panel of a row: its content is markup the core writes
//! (`timeline_details`, core/timeline/markup.rs: dates in words, status,
//! slip, progress, contact, link); here only the panel and its two ways
//! to close, Escape and its button, which give the focus back to the row.

use leptos::prelude::*;

use super::chart::*;
use super::widget::*;
use crate::core::chart::timeline::layout::RowKind;
use crate::core::timeline::markup::timeline_details;
use crate::web::shared::delegate::closest;
use crate::web::shared::focus::focus_later;

pub(super) fn details(shared: &Shared, kind: RowKind) -> Option<impl IntoView> {
    let content = timeline_details(&shared.read, &shared.timeline, kind, shared.lang);
    if content.is_empty() {
        return None;
    }
    let (selected, root) = (shared.selected, shared.root);
    let close = move || {
        selected.set(None);
        focus_later(root, row_selector(kind));
    };
    let close_on_escape = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
    };
    let close_on_button = move |ev: web_sys::MouseEvent| {
        if closest(&ev, "button.ogw-button").is_some() {
            close();
        }
    };
    Some(view! {
        <div class="ogw-detail ogw-tl-details" id="ogw-tl-details" role="region" aria-labelledby="ogw-tl-details-title"
            on:keydown=close_on_escape on:click=close_on_button inner_html=content></div>
    })
}

pub(super) use crate::web::shared::feed_text::feed_text_of;
