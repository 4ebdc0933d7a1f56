//! Data in: files chosen or dropped (any number at once: the daycare
//! figures come in two), or cells pasted from a spreadsheet. Read with the
//! File API; nothing is uploaded.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::Studio;
use crate::core::studio::words::{read_files, StudioMsg};
use crate::core::studio::{open, open_pasted};

#[component]
pub fn Input(studio: Studio) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    let read = move |list: Option<web_sys::FileList>| {
        let Some(list) = list else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        if files.is_empty() {
            return;
        }
        spawn_local(async move {
            let mut opened = Vec::new();
            for file in files {
                let Ok(buffer) = JsFuture::from(file.array_buffer()).await else { continue };
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                match open(&file.name(), &bytes) {
                    Ok(o) => opened.push(o),
                    Err(e) => {
                        let lang = studio.lang.get_untracked();
                        let _ = studio.error.try_set(Some(format!(
                            "{}: {}",
                            file.name(),
                            e.message(lang)
                        )));
                        return;
                    }
                }
            }
            let names: Vec<String> = opened.iter().map(|o| o.name.clone()).collect();
            studio.open(opened);
            let lang = studio.lang.get_untracked();
            let _ = studio.said.try_set(read_files(lang, &names));
        });
    };
    let on_change = move |ev: web_sys::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        read(input.and_then(|i| i.files()));
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        read(ev.data_transfer().and_then(|d| d.files()));
    };
    let read_paste = move |_| {
        let text = pasted.get_untracked();
        let lang = studio.lang.get_untracked();
        let name = StudioMsg::PastedCells.text(lang);
        match open_pasted(name, &text) {
            Ok(o) => {
                studio.open(vec![o]);
                studio.said.set(StudioMsg::PastedRead.text(lang).into());
            }
            Err(e) => studio.error.set(Some(e.message(lang))),
        }
    };
    view! {
        <section class="studio-section" aria-labelledby="studio-in">
            <h2 id="studio-in">{move || studio.t(StudioMsg::YourData)}</h2>
            <div
                class="studio-drop"
                class:studio-dragging=move || dragging.get()
                on:dragover=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label for="studio-file">
                    {move || studio.t(StudioMsg::ChooseFiles)}
                </label>
                <input
                    id="studio-file"
                    type="file"
                    multiple
                    accept=".csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods,.json"
                    on:change=on_change
                />
                <p class="studio-hint">{move || studio.t(StudioMsg::OrDrop)}</p>
            </div>
            <label for="studio-paste">{move || studio.t(StudioMsg::PasteLabel)}</label>
            <textarea
                id="studio-paste"
                rows="5"
                spellcheck="false"
                prop:value=move || pasted.get()
                on:input=move |ev| pasted.set(event_target_value(&ev))
            ></textarea>
            <p>
                <button type="button" id="studio-read-paste" on:click=read_paste>
                    {move || studio.t(StudioMsg::ReadPasted)}
                </button>
            </p>
            <p>
                {move || studio.t(StudioMsg::NoFileYet)}
                <a href="ogw-template-plan.xlsx" download="handlingsplan-skabelon.xlsx" id="studio-template">
                    {move || studio.t(StudioMsg::PlanTemplate)}
                </a>
                {move || studio.t(StudioMsg::Or)}
                <a href="ogw-template-daycare.xlsx" download="dagtilbud-skabelon.xlsx" id="studio-template-daycare">
                    {move || studio.t(StudioMsg::DaycareTemplate)}
                </a>
            </p>
            {move || studio.error.get().map(|e| view! { <p class="studio-error" role="alert">{e}</p> })}
        </section>
    }
}
