//! The studio's page (docs/studio.md): files or pasted cells in, the feed,
//! its problems, a live preview and the embed codes out. Everything is
//! decided by `core::studio`; this is the page around it. Nothing is sent
//! anywhere: files are read with the File API, downloads are `data:` links,
//! and the preview mounts the real widgets with the feed object through
//! `ogw.mount` (the widgets' own cores, loaded by `ogw.js` beside the page).

mod input;
mod mapping;
mod preview;
mod problems;
mod publish;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::core::i18n::Lang;
use crate::core::studio::plan_sheet::PlanOptions;
use crate::core::studio::words::{StudioMsg, LANGUAGES};
use crate::core::studio::{convert, Choices, Opened, Outcome};

/// The page's state, shared by its sections.
#[derive(Clone, Copy)]
pub struct Studio {
    /// The page's language (and the preview's, until chosen otherwise).
    pub lang: RwSignal<Lang>,
    pub files: RwSignal<Vec<Opened>>,
    /// Why the last files could not be read.
    pub error: RwSignal<Option<String>>,
    pub choices: RwSignal<Choices>,
    pub outcome: Memo<Outcome>,
    /// `status`, `timeline` or `daycare`.
    pub widget: RwSignal<&'static str>,
    pub preview_lang: RwSignal<Lang>,
    pub feed_url: RwSignal<String>,
    /// What the polite live region says last (copied, read).
    pub said: RwSignal<String>,
}

impl Studio {
    fn new(lang: Lang) -> Studio {
        let files = RwSignal::new(Vec::<Opened>::new());
        let choices = RwSignal::new(Choices::default());
        let lang = RwSignal::new(lang);
        let outcome = Memo::new(move |_| {
            let lang = lang.get();
            files.with(|files| choices.with(|choices| convert(files, choices, lang)))
        });
        Studio {
            lang,
            files,
            error: RwSignal::new(None),
            choices,
            outcome,
            widget: RwSignal::new("status"),
            preview_lang: RwSignal::new(lang.get_untracked()),
            feed_url: RwSignal::new(String::new()),
            said: RwSignal::new(String::new()),
        }
    }

    /// New files: the choices start over (a new sheet has new columns).
    pub fn open(&self, files: Vec<Opened>) {
        let sheet_lang = self.choices.with_untracked(|c| c.plan.lang);
        self.choices.set(Choices {
            plan: PlanOptions { lang: sheet_lang, ..PlanOptions::default() },
            ..Choices::default()
        });
        let daycare = files.iter().any(|f| {
            matches!(
                f.layout(),
                crate::core::studio::Layout::DaycareFeed
                    | crate::core::studio::Layout::DkKeyFigures
                    | crate::core::studio::Layout::DkNormering
            )
        });
        self.widget.set(if daycare { "daycare" } else { "status" });
        self.error.set(None);
        self.files.set(files);
    }

    /// A fixed text in the page's language, following it.
    pub fn t(&self, msg: StudioMsg) -> &'static str {
        msg.text(self.lang.get())
    }
}

/// Starts the studio in `root` (studio.html's `<main>`), in the page's language.
#[wasm_bindgen]
pub fn start(root: HtmlElement) {
    let lang = Lang::from_tag(
        &root
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("lang"))
            .unwrap_or_default(),
    );
    leptos::mount::mount_to(root, move || view! { <App lang/> }).forget();
}

#[component]
fn App(lang: Lang) -> impl IntoView {
    let studio = Studio::new(lang);
    Effect::new(move |_| {
        let lang = studio.lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        document().set_title(StudioMsg::Title.text(lang));
    });
    let has_files = move || studio.files.with(|f| !f.is_empty());
    view! {
        <header class="studio-header">
            <h1>{move || studio.t(StudioMsg::Title)}</h1>
            <LanguageSwitch studio/>
            <p class="studio-privacy">
                {move || studio.t(StudioMsg::Privacy)}
            </p>
        </header>
        <input::Input studio/>
        <Show when=has_files>
            <mapping::Mapping studio/>
            <problems::Problems studio/>
            <preview::Preview studio/>
            <publish::Publish studio/>
        </Show>
        <p class="studio-sr-only" role="status" aria-live="polite">{move || studio.said.get()}</p>
    }
}

#[component]
fn LanguageSwitch(studio: Studio) -> impl IntoView {
    let button = move |(choice, label): (Lang, &'static str)| {
        view! {
            <button
                type="button"
                lang=choice.code()
                aria-pressed=move || (studio.lang.get().code() == choice.code()).to_string()
                on:click=move |_| {
                    studio.lang.set(choice);
                    studio.preview_lang.set(choice);
                }
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="studio-lang" role="group" aria-label=move || studio.t(StudioMsg::Language)>
            {LANGUAGES.map(button)}
        </div>
    }
}
