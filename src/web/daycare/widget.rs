//! `<ogw-daycare>`: parents compare daycare institutions and municipalities
//! on key figures, in the style of Dagtilbudsportalen. Thin: reading,
//! search, sorting, comparing, words, numbers and charts come from
//! `core::daycare` and `core::chart`. This file holds the dashboard's state
//! (one `ViewState`, mirrored in the URL fragment) and lays out its parts,
//! which live in `web/daycare/`.

use std::sync::Arc;

use leptos::prelude::*;

use super::compare::Comparison;
use super::ctx::{Ctx, Loaded};
use super::details::Details;
use super::filters::Filters;
use super::fragment;
use super::table::{AreaTable, UnitTable};
use super::trend::Trend;
use crate::core::calendar_words::iso_day_words;
use crate::core::daycare::read::read_daycare_bytes;
use crate::core::daycare::state::{fragment_key, start_state, View, ViewState};
use crate::core::daycare::words::{feed_summary, DaycareMsg};
use crate::core::i18n::Lang;
use crate::core::link::safe_href;
use crate::core::text::feed_language;
use crate::web::element::feed_source::FeedSource;
use crate::web::shared::card::{feed_card, limit_notice};
use crate::web::shared::console::log_problems;
use crate::web::shared::feed_text::feed_text_of;

// daycare.css with comments stripped by build.rs; only this widget's core
// carries it (host.rs adopts it beside the shared sheet).
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/daycare.min.css"));

/// Where the dashboard starts, from its element or its component's props.
#[derive(Clone)]
pub struct Settings {
    /// Its part of the URL fragment: `ogw-daycare`, or `ogw-daycare-ID` for
    /// an element with an id, so two dashboards on a page keep apart.
    key: String,
    /// `municipality`, `figures` and `compare`, as the page wrote them.
    attributes: ViewState,
}

impl Settings {
    /// From the host's `id` and the `municipality`, `figures` and `compare`
    /// the page (or the Leptos app) gave.
    pub fn new(
        id: &str,
        municipality: Option<&str>,
        figures: Option<&str>,
        compare: Option<&str>,
    ) -> Settings {
        let key = fragment_key(id);
        let attributes = ViewState::from_attributes(municipality, figures, compare);
        Settings { key, attributes }
    }
}

#[component]
pub fn DaycareWidget(
    source: FeedSource,
    lang: Lang,
    width: RwSignal<u32>,
    settings: Settings,
) -> impl IntoView {
    let load = async move {
        let read = read_daycare_bytes(&source.load_bytes().await?)?;
        log_problems("ogw-daycare", &read.problems);
        Ok(Arc::new(Loaded::new(read)))
    };
    feed_card("ogw-daycare", DaycareMsg::Title.text(lang), lang, load, move |loaded| {
        view! { <Dashboard loaded lang width settings=settings.clone()/> }
    })
}

#[component]
fn Dashboard(
    loaded: Arc<Loaded>,
    lang: Lang,
    width: RwSignal<u32>,
    settings: Settings,
) -> impl IntoView {
    let Settings { key, attributes } = settings;
    // Only what the feed has: a crafted or outdated link is not written back.
    let attributes = attributes.known(&loaded.read.feed);
    let start = start_state(&fragment::current(), &key, attributes.clone());
    let state = RwSignal::new(start.known(&loaded.read.feed));
    // Every change of state is written to the address (replacing, not adding
    // a history entry); an untouched dashboard leaves the address as it was.
    // A moment after the last change, not in the middle of one: writing the
    // address can make the browser lay out the page there and then.
    let pending = StoredValue::new(None::<leptos::prelude::TimeoutHandle>);
    Effect::new(move |_| {
        state.track();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let (key, attributes) = (key.clone(), attributes.clone());
        let handle = set_timeout_with_handle(
            move || _ = state.try_with_untracked(|s| fragment::write(&key, s, &attributes)),
            std::time::Duration::from_millis(250),
        );
        pending.set_value(handle.ok());
    });
    // Nothing of the widget runs once it is unmounted (the write itself
    // only `try_`s the state, which is disposed by then).
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });
    let ctx = Ctx::new(loaded.clone(), lang, state, width);
    let live = ctx.live;

    let feed = &loaded.read.feed;
    let subtitle = feed.about.title.as_ref().map(|t| feed_text_of(t, feed_language(None), lang));
    let synthetic = feed.about.synthetic.then(
        || view! { <p class="ogw-dc-synthetic" role="note">{DaycareMsg::Synthetic.text(lang)}</p> },
    );
    let feed = &loaded.read.feed;
    let summary = feed_summary(lang, feed.units.len(), feed.areas.len());
    let view_button = move |v: View, label: DaycareMsg| {
        view! {
            <button type="button" class="ogw-button ogw-toggle" aria-pressed=move || state.with(|s| s.view == v).to_string()
                on:click=move |_| state.update(|s| s.view = v)>{label.text(lang)}</button>
        }
    };
    let has_units = !feed.units.is_empty();
    let has_areas = !feed.areas.is_empty();
    let views = (has_units && has_areas).then(|| {
        view! {
            <div role="group" class="ogw-dc-views" aria-label=DaycareMsg::View.text(lang)>
                {view_button(View::Institutions, DaycareMsg::Institutions)}
                {view_button(View::Municipalities, DaycareMsg::Municipalities)}
            </div>
        }
    });
    // Which table shows changes only with the view: a memo, so a keystroke
    // or a sort does not rebuild the table (or the filters) around it.
    let units_view = ctx.units_view;
    let body = {
        let ctx = ctx.clone();
        move || {
            let ctx = ctx.clone();
            if units_view.get() {
                view! { <Details ctx=ctx.clone()/><UnitTable ctx/> }.into_any()
            } else {
                view! { <AreaTable ctx=ctx.clone()/><Trend ctx/> }.into_any()
            }
        }
    };
    view! {
        <div class="ogw-dc" node_ref=ctx.root>
            {subtitle.map(|s| view! { <p class="ogw-subtitle">{s}</p> })}
            {synthetic}
            {limit_notice(&loaded.read.problems, lang)}
            <p class="ogw-summary">{summary}</p>
            {views}
            <Filters ctx=ctx.clone() units=units_view/>
            <Comparison ctx=ctx.clone()/>
            {body}
            {view_downloads(&ctx)}
            {credits(&loaded, lang)}
            // The one polite voice of the dashboard: the count after typing
            // pauses, sorting, comparing and its limit (ctx.announce).
            <p class="ogw-sr-only ogw-dc-live" role="status">{move || live.get()}</p>
        </div>
    }
}

/// The view on show as CSV (the rows in order, the chosen figures) and its
/// first chart (the comparison, else the trend) as SVG; the SVG link is
/// hidden while no chart is shown (daycare.css).
fn view_downloads(ctx: &Ctx) -> impl IntoView {
    use crate::core::daycare::export::{areas_csv, units_csv};
    let (csv_ctx, root, lang) = (ctx.clone(), ctx.root, ctx.lang);
    let csv = move || {
        let c = &csv_ctx;
        let (rows, figures) = (c.results.get_untracked(), c.figures.get_untracked());
        if c.units_view.get_untracked() {
            let distances = c.distances.get_untracked();
            let d = distances.as_ref().map(|d| &*d.0);
            units_csv(c.feed(), &c.loaded.index, &rows, &figures, d, lang)
        } else {
            areas_csv(c.feed(), &rows, &figures, lang)
        }
    };
    let svg = move || {
        root.get_untracked()
            .and_then(|r| r.query_selector(".ogw-dc-chart svg").ok().flatten())
            .map(|svg| svg.outer_html())
            .unwrap_or_default()
    };
    crate::web::shared::download::downloads("ogw-daycare", lang, csv, svg)
}

/// Who the figures come from, how the national figure is made, and the
/// feed's own note: credited wherever the data is shown.
fn credits(loaded: &Loaded, lang: Lang) -> impl IntoView {
    let about = &loaded.read.feed.about;
    let sources = about
        .sources
        .iter()
        .map(|s| {
            let href = s.url.as_deref().and_then(safe_href);
            view! { <li><a class="ogw-link" href=href>{s.name.get(lang).to_string()}</a></li> }
        })
        .collect_view();
    let method = loaded.read.feed.national.method.as_ref().map(|m| {
        view! {
            <details class="ogw-dc-method">
                <summary>{DaycareMsg::NationalMethod.text(lang)}</summary>
                <p>{feed_text_of(m, feed_language(None), lang)}</p>
            </details>
        }
    });
    let note =
        about.note.as_ref().map(|n| view! { <p>{feed_text_of(n, feed_language(None), lang)}</p> });
    // A day in words ("1. september 2018"); a period ("2023") as written.
    let as_of = about.as_of.clone().map(|d| {
        let said = iso_day_words(&d, lang).unwrap_or(d);
        view! { <span>{format!(" ({said})")}</span> }
    });
    view! {
        <div class="ogw-source ogw-dc-credits">
            <p>{DaycareMsg::Sources.text(lang)}{as_of}":"</p>
            <ul>{sources}</ul>
            {note}
            {method}
        </div>
    }
}
