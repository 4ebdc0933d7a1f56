//! `<ogw-status>`: how many initiatives are at each status, overall and per
//! theme. Thin: the numbers, sentences, geometry and SVG come from the core;
//! this folder wires them to the DOM, the keyboard and the feed's loading.

use std::sync::Arc;

use leptos::prelude::*;

use super::chart::Chart;
use super::table::NumbersTable;
use crate::core::chart::status::layout::layout_status;
use crate::core::chart::status::svg::status_svg;
use crate::core::i18n::{Lang, Msg};
use crate::core::plan::export::status_csv;
use crate::core::plan::read::{read_plan_without_dates, ReadPlan};
use crate::core::plan::summary::status_sentence;
use crate::core::plan::tally::tally;
use crate::core::problem::Problem;
use crate::core::text::feed_language;
use crate::web::element::feed_source::FeedSource;
use crate::web::shared::card::{feed_card, log_problems, skipped_notice, source_line};
use crate::web::shared::feed_text::feed_text_of;

#[component]
pub fn StatusWidget(source: FeedSource, lang: Lang, width: RwSignal<u32>) -> impl IntoView {
    let load = async move {
        let read = source.load_plan(read_plan_without_dates).await?;
        log_problems("ogw-status", &read.problems);
        Ok(Arc::new(read))
    };
    feed_card(
        "ogw-status",
        Msg::StatusTitle.text(lang),
        lang,
        load,
        move |read| view! { <StatusView read lang width/> },
    )
}

#[component]
fn StatusView(read: Arc<ReadPlan>, lang: Lang, width: RwSignal<u32>) -> impl IntoView {
    let tally = Arc::new(tally(&read.feed, lang));
    if read.feed.initiatives.is_empty() {
        return view! {
            <p class="ogw-error" role="alert">{Problem::fatal(crate::core::problem::ProblemKind::NothingToShow).describe(lang)}</p>
            {skipped_notice(&read, lang)}
        }
        .into_any();
    }
    let sentence = status_sentence(&tally, lang);
    let title = Msg::StatusTitle.text(lang);
    let layout = Memo::new({
        let tally = tally.clone();
        move |_| layout_status(&tally, width.get() as f64, lang)
    });
    let svg = Memo::new({
        let sentence = sentence.clone();
        move |_| layout.with(|l| status_svg(l, title, &sentence))
    });

    let written_in = feed_language(read.feed.plan.language.as_deref());
    let plan_title = read.feed.plan.title.as_ref().map(|t| feed_text_of(t, written_in, lang));
    view! {
        {plan_title.map(|p| view! { <p class="ogw-subtitle">{p}</p> })}
        <p class="ogw-summary">{sentence}</p>
        <p class="ogw-hint">{Msg::ChartHint.text(lang)}</p>
        <Chart read=read.clone() tally=tally.clone() lang layout svg/>
        <NumbersTable tally=tally.clone() lang/>
        {crate::web::shared::download::downloads(
            "ogw-status",
            lang,
            move || status_csv(&tally, Msg::Theme.text(lang), Msg::Total.text(lang), lang),
            move || svg.get_untracked(),
        )}
        {skipped_notice(&read, lang)}
        {source_line(&read, lang)}
    }
    .into_any()
}
