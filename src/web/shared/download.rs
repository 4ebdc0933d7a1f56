//! "Download" links for what a widget shows: the figures as CSV and the
//! chart as SVG. The file is made from the core when the link is followed
//! (not on every render) and handed over as a `data:` URL with `download`:
//! no object URL to revoke, nothing fetched, and allowed by a strict
//! Content-Security-Policy (downloads are not navigations it governs; e2e
//! csp test).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::i18n::{Lang, Msg};

/// The two links; `csv` and `svg` make the files' text when asked.
pub fn downloads(
    name: &'static str,
    lang: Lang,
    csv: impl Fn() -> String + 'static,
    svg: impl Fn() -> String + 'static,
) -> impl IntoView {
    view! {
        <p class="ogw-downloads">
            {link(format!("{name}.csv"), "text/csv", Msg::DownloadCsv.text(lang), "ogw-download-csv", csv)}
            {link(format!("{name}.svg"), "image/svg+xml", Msg::DownloadSvg.text(lang), "ogw-download-svg", svg)}
        </p>
    }
}

fn link(
    file: String,
    mime: &'static str,
    label: &'static str,
    class: &'static str,
    make: impl Fn() -> String + 'static,
) -> impl IntoView {
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(a) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        set_data_href(&a, mime, &make());
    };
    view! {
        <a class=format!("ogw-button ogw-download {class}") href="#" download=file on:click=on_click>{label}</a>
    }
}

/// Points the link `a` at `text` as a `data:` URL of type `mime`. Set in the
/// click's handler, before the browser follows the link: this click
/// downloads it.
pub fn set_data_href(a: &web_sys::Element, mime: &str, text: &str) {
    let text: String = js_sys::encode_uri_component(text).into();
    let _ = a.set_attribute("href", &format!("data:{mime};charset=utf-8,{text}"));
}
