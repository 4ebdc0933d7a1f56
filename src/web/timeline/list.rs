//! The timeline on a phone: the same items as a list, dates and status in
//! words, milestones one button away. The list is markup the core writes
//! (core/timeline/list.rs), set once; one click and one key listener on
//! its box serve it, and two effects keep it in step with what is expanded
//! (the toggles here and "Show all milestones") and which details are open,
//! changing only the parts that changed, so the focused button stays.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::chart::*;
use super::widget::*;
use crate::core::chart::timeline::layout::RowKind;
use crate::core::timeline::list::{details_panel, list_markup, list_milestones, ListState};
use crate::core::timeline::markup::{row_from_key, row_key};
use crate::web::shared::delegate::closest;
use crate::web::shared::focus::focus_later;

/// The elements in `list` matching `selector`.
fn all_in(list: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(found) = list.query_selector_all(selector) else { return Vec::new() };
    (0..found.length()).filter_map(|n| found.item(n)?.dyn_into().ok()).collect()
}

/// A toggle's initiative, from its `data-g` and `data-i`.
fn toggle_of(toggle: &web_sys::Element) -> Option<(usize, usize)> {
    let number = |name: &str| toggle.get_attribute(name)?.parse().ok();
    Some((number("data-g")?, number("data-i")?))
}

/// What the core draws the list from, with the details open now.
fn state(shared: &Shared, selected: Option<RowKind>) -> ListState<'_> {
    ListState { read: &shared.read, timeline: &shared.timeline, lang: shared.lang, selected }
}

/// On a phone: the same items as a list with their dates and status in
/// words, milestones one button away, details opening in place.
#[component]
pub(super) fn ListLayout(shared: Shared) -> impl IntoView {
    let (expanded, selected, root) = (shared.expanded, shared.selected, shared.root);
    let list = NodeRef::<leptos::html::Div>::new();
    let markup = expanded.with_untracked(|e| {
        list_markup(&state(&shared, selected.get_untracked()), &|g, i| e.contains(&(g, i)))
    });

    // An initiative expanded or collapsed: its toggle says so and its
    // sublist gets or loses its milestones.
    Effect::new({
        let shared = shared.clone();
        move |_| {
            let Some(open) = expanded.try_get() else { return };
            let Some(list) = list.try_get_untracked().flatten() else { return };
            let state = state(&shared, selected.try_get_untracked().flatten());
            for toggle in all_in(&list, ".ogw-tl-list-toggle") {
                let Some((g, i)) = toggle_of(&toggle) else { continue };
                let want = open.contains(&(g, i));
                if want == (toggle.get_attribute("aria-expanded").as_deref() == Some("true")) {
                    continue;
                }
                let _ = toggle.set_attribute("aria-expanded", if want { "true" } else { "false" });
                if let Some(sublist) = toggle.next_element_sibling() {
                    sublist.set_inner_html(&if want {
                        list_milestones(&state, g, i)
                    } else {
                        String::new()
                    });
                }
            }
        }
    });

    // Details opened or closed: the panel goes under its row's button.
    Effect::new({
        let shared = shared.clone();
        move |_| {
            let Some(kind) = selected.try_get() else { return };
            let Some(list) = list.try_get_untracked().flatten() else { return };
            for panel in all_in(&list, ".ogw-tl-details") {
                panel.remove();
            }
            let key = kind.map(row_key);
            for item in all_in(&list, ".ogw-tl-list-item") {
                let open = key.is_some() && item.get_attribute("data-row") == key;
                let _ = item.set_attribute("aria-expanded", if open { "true" } else { "false" });
                if open {
                    if let Some(kind) = kind {
                        let panel =
                            details_panel(&shared.read, &shared.timeline, kind, shared.lang);
                        let _ = item.insert_adjacent_html("afterend", &panel);
                    }
                }
            }
        }
    });

    // The panel's two ways to close, its button and Escape, give the focus
    // back to the row.
    let close = move || {
        if let Some(kind) = selected.get_untracked() {
            selected.set(None);
            focus_later(root, row_selector(kind));
        }
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(toggle) = closest(&ev, ".ogw-tl-list-toggle") {
            if let Some(at) = toggle_of(&toggle) {
                expanded.update(|e| {
                    if !e.remove(&at) {
                        e.insert(at);
                    }
                });
            }
        } else if let Some(item) = closest(&ev, ".ogw-tl-list-item") {
            let kind: Option<RowKind> =
                item.get_attribute("data-row").and_then(|k| row_from_key(&k));
            if let Some(kind) = kind {
                shared.toggle_details(kind);
            }
        } else if closest(&ev, ".ogw-tl-details button.ogw-button").is_some() {
            close();
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && closest(&ev, ".ogw-tl-details").is_some() {
            ev.prevent_default();
            close();
        }
    };
    view! { <div class="ogw-tl-listing" node_ref=list inner_html=markup on:click=on_click on:keydown=on_keydown></div> }
}
