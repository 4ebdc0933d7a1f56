//! Out: the feed to download, the address it will be published at, the
//! embed codes (custom element, CMS placeholder, iframe) with the fallback
//! inside, each with a copy button, and the pre-rendered SVG on its own.
//! Downloads are `data:` links made when followed: nothing is fetched.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::Studio;
use crate::core::studio::embed::{embed_codes, fallback, feed_url_problem, EmbedCodes, EmbedInput};
use crate::core::studio::words::{copied, StudioMsg};

#[component]
pub fn Publish(studio: Studio) -> impl IntoView {
    let today = (js_sys::Date::now() / 86_400_000.0).floor() as crate::core::date::Day;
    let fallback = Memo::new(move |_| {
        let widget = studio.widget.get();
        let lang = studio.preview_lang.get();
        studio
            .outcome
            .with(|o| o.feed.as_deref().and_then(|feed| fallback(feed, widget, lang, today)))
    });
    let url_problem = move || feed_url_problem(&studio.feed_url.get(), studio.lang.get());
    let codes = Memo::new(move |_| {
        let (summary, svg) = fallback.get()?;
        let url = studio.feed_url.get();
        feed_url_problem(&url, studio.lang.get()).is_none().then(|| {
            embed_codes(&EmbedInput {
                widget: studio.widget.get(),
                feed_url: &url,
                bundle_url: &bundle_url(),
                lang: studio.preview_lang.get(),
                summary: &summary,
                svg: svg.as_deref(),
            })
        })
    });
    let file_name = move || {
        if studio.outcome.with(|o| o.daycare) {
            "dagtilbud.json"
        } else {
            "plan.json"
        }
    };
    let feed_text = move || studio.outcome.with_untracked(|o| o.feed.clone().unwrap_or_default());
    let svg_text = move || {
        fallback.with_untracked(|f| f.as_ref().and_then(|(_, svg)| svg.clone()).unwrap_or_default())
    };
    view! {
        <section class="studio-section" aria-labelledby="studio-out">
            <h2 id="studio-out">{move || studio.t(StudioMsg::Publish)}</h2>
            <Show when=move || studio.outcome.with(|o| o.feed.is_some())>
                <p>
                    <a
                        id="studio-download-feed"
                        class="studio-button"
                        href="#"
                        download=file_name
                        on:click=move |ev| set_data_href(&ev, "application/json", &feed_text())
                    >
                        {move || studio.t(StudioMsg::DownloadFeed)}
                    </a>
                    " "
                    <Show when=move || fallback.with(|f| f.as_ref().is_some_and(|(_, svg)| svg.is_some()))>
                        <a
                            id="studio-download-svg"
                            class="studio-button"
                            href="#"
                            download=move || format!("{}.svg", studio.widget.get())
                            on:click=move |ev| set_data_href(&ev, "image/svg+xml", &svg_text())
                        >
                            {move || studio.t(StudioMsg::DownloadSvg)}
                        </a>
                    </Show>
                </p>
                <p class="studio-field">
                    <label for="studio-feed-url">
                        {move || studio.t(StudioMsg::FeedAddress)}
                    </label>
                    <input
                        id="studio-feed-url"
                        type="url"
                        inputmode="url"
                        placeholder="https://www.example.dk/data/plan.json"
                        aria-describedby="studio-feed-url-help"
                        prop:value=move || studio.feed_url.get()
                        on:input=move |ev| studio.feed_url.set(event_target_value(&ev))
                    />
                    <span id="studio-feed-url-help" class="studio-hint">{url_problem}</span>
                </p>
                {move || codes.get().map(|codes| view! { <Codes studio codes/> })}
            </Show>
        </section>
    }
}

#[component]
fn Codes(studio: Studio, codes: EmbedCodes) -> impl IntoView {
    let block = move |id: &'static str, title: StudioMsg, hint: StudioMsg, code: String| {
        let area = format!("{id}-code");
        let copy_code = code.clone();
        let area_id = area.clone();
        view! {
            <div class="studio-code">
                <h3 id=id>{move || studio.t(title)}</h3>
                <p class="studio-hint">{move || studio.t(hint)}</p>
                <textarea id=area readonly rows="6" spellcheck="false" aria-labelledby=id>{code}</textarea>
                <button type="button" class="studio-copy" on:click=move |_| {
                    copy(&copy_code, &area_id);
                    studio.said.set(copied(studio.lang.get_untracked(), title));
                }>
                    {move || studio.t(StudioMsg::Copy)}
                </button>
            </div>
        }
    };
    view! {
        {block("studio-embed-element", StudioMsg::ElementTitle, StudioMsg::ElementHint, codes.element)}
        {block("studio-embed-placeholder", StudioMsg::PlaceholderTitle, StudioMsg::PlaceholderHint, codes.placeholder)}
        {block("studio-embed-iframe", StudioMsg::IframeTitle, StudioMsg::IframeHint, codes.iframe)}
    }
}

/// Where the bundle is: beside the studio page (dist/).
fn bundle_url() -> String {
    let href = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(".", &href).map(|u| u.href()).unwrap_or_default()
}

fn set_data_href(ev: &web_sys::MouseEvent, mime: &str, text: &str) {
    let Some(a) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    let encoded: String = js_sys::encode_uri_component(text).into();
    // Set before the browser follows the link: this click downloads it.
    let _ = a.set_attribute("href", &format!("data:{mime};charset=utf-8,{encoded}"));
}

/// The clipboard when the browser allows it, else the textarea's text
/// selected and copied the old way.
fn copy(text: &str, area: &str) {
    let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into()).ok();
    let write = clipboard
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Some(clipboard), Some(write)) = (clipboard, write) {
        if let Ok(promise) = write.call1(&clipboard, &text.into()) {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                let area = area.to_string();
                leptos::task::spawn_local(async move {
                    if wasm_bindgen_futures::JsFuture::from(promise).await.is_err() {
                        select_and_copy(&area);
                    }
                });
                return;
            }
        }
    }
    select_and_copy(area);
}

fn select_and_copy(area: &str) {
    let Some(el) = document().get_element_by_id(area) else { return };
    let Ok(area) = el.dyn_into::<web_sys::HtmlTextAreaElement>() else { return };
    area.select();
    let exec = js_sys::Reflect::get(&document(), &"execCommand".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(exec) = exec {
        let _ = exec.call1(&document(), &"copy".into());
    }
}
