//! The live preview: the chosen widget mounted with the feed object through
//! `ogw.mount`, so it is the widget exactly as a page shows it (its own
//! core, loaded by `ogw.js` from beside the studio), at a desktop and a
//! phone width, in Danish or English. Follows every change of the feed.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::Studio;
use crate::core::i18n::Lang;
use crate::core::studio::words::{StudioMsg, LANGUAGES};

#[component]
pub fn Preview(studio: Studio) -> impl IntoView {
    let desktop = NodeRef::<Div>::new();
    let phone = NodeRef::<Div>::new();
    let daycare = Memo::new(move |_| studio.outcome.with(|o| o.daycare));
    let feed = Memo::new(move |_| studio.outcome.with(|o| o.feed.clone()));
    Effect::new(move |_| {
        let widget = studio.widget.get();
        let lang = studio.preview_lang.get();
        let feed = feed.get();
        for node in [desktop, phone] {
            if let Some(el) = node.get() {
                match &feed {
                    Some(feed) => mount(&el, widget, feed, lang),
                    None => unmount(&el),
                }
            }
        }
    });
    on_cleanup(move || {
        for node in [desktop, phone] {
            if let Some(el) = node.try_get_untracked().flatten() {
                unmount(&el);
            }
        }
    });
    let widget_choice = move || {
        (!daycare.get()).then(|| {
            view! {
                <p class="studio-field">
                    <label for="studio-widget">{move || studio.t(StudioMsg::Widget)}</label>
                    <select id="studio-widget" on:change=move |ev| {
                        studio.widget.set(if event_target_value(&ev) == "timeline" { "timeline" } else { "status" });
                    }>
                        <option value="status" prop:selected=move || studio.widget.get() == "status">{move || studio.t(StudioMsg::StatusWidget)}</option>
                        <option value="timeline" prop:selected=move || studio.widget.get() == "timeline">{move || studio.t(StudioMsg::TimelineWidget)}</option>
                    </select>
                </p>
            }
        })
    };
    // The dashboard is the only widget for daycare figures.
    Effect::new(move |_| {
        if daycare.get() {
            studio.widget.set("daycare");
        } else if studio.widget.get_untracked() == "daycare" {
            studio.widget.set("status");
        }
    });
    view! {
        <section class="studio-section" aria-labelledby="studio-preview">
            <h2 id="studio-preview">{move || studio.t(StudioMsg::Preview)}</h2>
            {widget_choice}
            <p class="studio-field">
                <label for="studio-preview-lang">{move || studio.t(StudioMsg::WidgetLanguage)}</label>
                <select id="studio-preview-lang" on:change=move |ev| studio.preview_lang.set(Lang::from_tag(&event_target_value(&ev)))>
                    {LANGUAGES.map(|(choice, name)| view! {
                        <option value=choice.code() prop:selected=move || studio.preview_lang.get().code() == choice.code()>{name}</option>
                    })}
                </select>
            </p>
            {move || studio.outcome.with(|o| o.feed.is_none()).then(|| view! {
                <p>{move || studio.t(StudioMsg::NothingToShow)}</p>
            })}
            <div class="studio-previews">
                <figure class="studio-frame studio-desktop">
                    <figcaption>{move || studio.t(StudioMsg::Desktop)}</figcaption>
                    <div class="studio-preview-host" node_ref=desktop></div>
                </figure>
                <figure class="studio-frame studio-phone">
                    <figcaption>{move || studio.t(StudioMsg::Phone)}</figcaption>
                    <div class="studio-preview-host" node_ref=phone></div>
                </figure>
            </div>
        </section>
    }
}

/// `window.ogw`, when the loader is on the page.
fn ogw() -> Option<JsValue> {
    let ogw = js_sys::Reflect::get(&window(), &"ogw".into()).ok()?;
    (!ogw.is_undefined() && !ogw.is_null()).then_some(ogw)
}

fn call(method: &str, args: &[JsValue]) {
    let Some(ogw) = ogw() else {
        web_sys::console::error_1(
            &"ogw studio: ogw.js is not on the page; the preview needs it".into(),
        );
        return;
    };
    let Ok(f) = js_sys::Reflect::get(&ogw, &method.into()) else { return };
    let Ok(f) = f.dyn_into::<js_sys::Function>() else { return };
    let array: js_sys::Array = args.iter().collect();
    if let Ok(promise) = f.apply(&ogw, &array) {
        // A refused mount is shown in the widget's own box; keep the console quiet of unhandled rejections.
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            leptos::task::spawn_local(async move {
                if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
                    web_sys::console::warn_1(&e);
                }
            });
        }
    }
}

fn mount(el: &web_sys::HtmlDivElement, widget: &str, feed: &str, lang: Lang) {
    let Ok(object) = js_sys::JSON::parse(feed) else { return };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"widget".into(), &widget.into());
    let _ = js_sys::Reflect::set(&options, &"feed".into(), &object);
    let _ = js_sys::Reflect::set(&options, &"lang".into(), &lang.code().into());
    call("mount", &[el.clone().into(), options.into()]);
}

fn unmount(el: &web_sys::HtmlDivElement) {
    call("unmount", &[el.clone().into()]);
}
