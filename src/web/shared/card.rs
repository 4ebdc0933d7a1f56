//! What the timeline's and the dashboard's box shows around its chart: the
//! title, the loading line, the translated message when the feed cannot be
//! shown, and what a feed had past a limit. The status widget, which has no
//! Leptos, sets the same elements from the core's markup (core/card.rs), so
//! every widget looks and fails alike. (The plan widgets' notice of skipped
//! initiatives and source line are markup: core/plan/markup.rs.)

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::card::failure_content;
use crate::core::i18n::{Lang, Msg};
use crate::core::problem::Problem;

#[derive(Clone)]
enum Load<T> {
    Loading,
    Failed(Problem),
    Ready(T),
}

/// A titled card that shows "loading" until `load` finishes, then either the
/// problem (in its own box, logged for the page's developer) or `ready(value)`.
/// `name` is the element's tag, for the console.
pub fn feed_card<T, F, V>(
    name: &'static str,
    title: &'static str,
    lang: Lang,
    load: F,
    ready: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Future<Output = Result<T, Problem>> + 'static,
    V: IntoView + 'static,
{
    let state = RwSignal::new(Load::Loading);
    spawn_local(async move {
        let next = match load.await {
            Ok(value) => Load::Ready(value),
            Err(problem) => {
                web_sys::console::error_1(&format!("{name}: {problem}").into());
                Load::Failed(problem)
            }
        };
        // The widget may have been unmounted while the feed was on its way.
        state.try_set(next);
    });
    view! {
        <section class="ogw-card" aria-labelledby="ogw-title">
            <h2 class="ogw-title" id="ogw-title">{title}</h2>
            {move || match state.get() {
                Load::Loading => view! { <p class="ogw-loading">{Msg::Loading.text(lang)}</p> }.into_any(),
                Load::Failed(problem) => failure_message(lang, &problem).into_any(),
                Load::Ready(value) => ready(value).into_any(),
            }}
        </section>
    }
}

/// The failure box of core/card.rs, with the core's words in it.
pub fn failure_message(lang: Lang, problem: &Problem) -> impl IntoView {
    view! { <div class="ogw-error" role="alert" inner_html=failure_content(problem, lang)></div> }
}

/// What a feed had past a limit (`core::limits`), said on the card: the
/// reader of the page sees that part of the data is not shown, and why.
/// (The plan widgets say it in their notice of skipped initiatives.)
#[cfg(with_daycare)]
pub fn limit_notice(problems: &[Problem], lang: Lang) -> Option<impl IntoView> {
    use crate::core::problem::ProblemKind;
    let over: Vec<_> = problems
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::TooMany { .. }))
        .map(|p| view! { <li>{p.describe(lang)}</li> })
        .collect();
    (!over.is_empty()).then(|| {
        view! {
            <div class="ogw-notice" role="note">
                <p>{Msg::TooLarge.text(lang)}</p>
                <ul>{over}</ul>
            </div>
        }
    })
}
