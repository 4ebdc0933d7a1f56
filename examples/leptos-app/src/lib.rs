//! A Leptos application that shows ogw's widgets as components: a status
//! chart and a timeline of a plan built in Rust, and the gallery's sample
//! plan fetched by address. No custom elements, no loader (docs/components.md).
//! `make example-app` builds it; tests/e2e/example-app.test.mjs opens it.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use ogw::core::plan::{self, Initiative, Milestone, Period, PlanFeed, PlanInfo, StatusValue};
use ogw::core::text::Text;
use ogw::web::{Feed, Lang, StatusChart, Theme, Timeline};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let plan = digital_plan();
    // The timeline comes and goes with the app's own state: the component
    // unmounts the widget (and cancels what it waits for) when it goes.
    let timeline_shown = RwSignal::new(true);
    view! {
        <main>
            <h1>"A digital action plan, from Rust"</h1>
            <p>"The plan below is built in Rust as a typed feed and shown by ogw's components."</p>
            <section id="typed">
                <StatusChart feed=plan.clone() lang=Lang::En/>
                <button
                    type="button"
                    id="toggle-timeline"
                    aria-pressed=move || timeline_shown.get().to_string()
                    on:click=move |_| timeline_shown.update(|shown| *shown = !*shown)
                >
                    "Show the timeline"
                </button>
                <Show when=move || timeline_shown.get()>
                    <Timeline feed=plan.clone() lang=Lang::En theme=Theme::Auto/>
                </Show>
            </section>
            // No `lang`: the widget speaks the language of the page around it.
            <section id="fetched" lang="da">
                <h2>"Handlingsplanen 2017–2019, hentet"</h2>
                // Beside the page (make example-app copies the gallery's sample feed there).
                <StatusChart feed=Feed::url("plan.json")/>
            </section>
        </main>
    }
}

/// A small plan of two themes and five initiatives, written as a program
/// would make it (from a database, say) rather than as a JSON file.
fn digital_plan() -> PlanFeed {
    let themes = [("data", "Data and transparency"), ("services", "Digital services")];
    let initiatives = [
        ("1.1", "data", "Open the budget data", "completed", "2023-01", "2023-12"),
        ("1.2", "data", "Publish procurement contracts", "substantial", "2023-06", "2025-06"),
        ("1.3", "data", "A register of lobby meetings", "limited", "2024-01", "2026-06"),
        ("2.1", "services", "One login for every service", "not_started", "2025-01", "2026-12"),
        ("2.2", "services", "Plain-language letters", "substantial", "2024-03", "2025-12"),
    ];
    PlanFeed {
        format: plan::PLAN_FORMAT.to_string(),
        plan: PlanInfo {
            title: Some(Text::from("Digital action plan 2023–2026")),
            language: Some("en".to_string()),
            as_of: Some("2025-03-01".to_string()),
            ..PlanInfo::default()
        },
        themes: themes
            .iter()
            .map(|(id, title)| plan::Theme { id: id.to_string(), title: Text::from(*title) })
            .collect(),
        initiatives: initiatives
            .iter()
            .map(|&(id, theme, title, status, start, end)| Initiative {
                id: id.to_string(),
                theme: Some(theme.to_string()),
                title: Text::from(title),
                lead: None,
                period: Some(Period {
                    start: Some(start.to_string()),
                    end: Some(end.to_string()),
                    ..Period::default()
                }),
                status: StatusValue::from_label(status).0,
                status_note: None,
                summary: None,
                results: None,
                next_steps: None,
                url: None,
                contact: None,
                partners: Vec::new(),
                milestones: vec![Milestone {
                    title: Text::from("Final report"),
                    start: None,
                    end: Some(end.to_string()),
                    status: StatusValue::unknown(),
                    status_note: None,
                    original_start: None,
                    original_end: None,
                    target: None,
                    actual: None,
                }],
            })
            .collect(),
    }
}
