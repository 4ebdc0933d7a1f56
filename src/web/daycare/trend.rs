//! The municipal view's chart over the years: a key figure for the
//! municipality chosen in the filter and the compared ones, and the country,
//! with a change of method marked and never bridged; its sentence, and its
//! numbers in a table one button away.

use leptos::prelude::*;

use super::ctx::Ctx;
use crate::core::chart::daycare::series_layout::layout_series;
use crate::core::chart::daycare::series_svg::series_svg;
use crate::core::daycare::compare::Subject;
use crate::core::daycare::format::value;
use crate::core::daycare::trend::{trend_inputs, trend_sentence};
use crate::core::daycare::words::DaycareMsg;
use crate::core::text::{feed_language, lang_attr};
use crate::web::shared::feed_text::feed_text_of;
use crate::web::shared::table_toggle::table_toggle;

#[component]
pub fn Trend(ctx: Ctx) -> impl IntoView {
    let (lang, width) = (ctx.lang, ctx.width);
    let feed = ctx.feed();
    // The figures that have years to show.
    let with_series: Vec<usize> = (0..feed.figures.len())
        .filter(|&f| {
            let id = &feed.figures[f].id;
            feed.national.series.get(id).is_some()
                || feed.areas.iter().any(|a| a.series.get(id).is_some())
        })
        .collect();
    let &first = with_series.first()?;
    let figure = RwSignal::new(first);
    let options = with_series
        .iter()
        .map(|&f| {
            let label = &feed.figures[f].label;
            let label_lang = lang_attr(label.language(lang, feed_language(None)), lang);
            view! { <option value=f.to_string() lang=label_lang prop:selected=move || figure.get() == f>{label.get(lang).to_string()}</option> }
        })
        .collect_view();
    // The municipality chosen in the filter, then the compared ones (the
    // core keeps the first four).
    let areas = Memo::new({
        let resolved = ctx.resolved;
        move |_| {
            resolved.with(|r| {
                let mut areas = r.filter.areas.clone();
                for s in &r.compare {
                    if let Subject::Area(a) = s {
                        if !areas.contains(a) {
                            areas.push(*a);
                        }
                    }
                }
                areas
            })
        }
    });
    let inputs = Memo::new({
        let ctx = ctx.clone();
        move |_| areas.with(|a| trend_inputs(ctx.feed(), figure.get(), a, lang))
    });
    let sentence = {
        let ctx = ctx.clone();
        move || inputs.with(|i| trend_sentence(ctx.feed(), figure.get(), i, lang))
    };
    let svg = {
        let ctx = ctx.clone();
        let sentence = sentence.clone();
        move || {
            let f = &ctx.feed().figures[figure.get()];
            let desc = sentence();
            inputs.with(|i| {
                series_svg(&layout_series(f, i, width.get() as f64, lang), f.label.get(lang), &desc)
            })
        }
    };
    let table = {
        let ctx = ctx.clone();
        move || {
            let f = &ctx.feed().figures[figure.get()];
            inputs.with(|inputs| {
                let mut years: Vec<i32> = inputs.iter().flat_map(|i| i.series.0.iter().map(|(y, _)| *y)).collect();
                years.sort_unstable();
                years.dedup();
                let head = inputs.iter().map(|i| view! { <th scope="col">{i.label.clone()}</th> }).collect_view();
                let rows = years
                    .iter()
                    .map(|&y| {
                        let cells = inputs
                            .iter()
                            .map(|i| {
                                let v = i.series.0.iter().find(|(year, _)| *year == y).map(|(_, v)| value(*v, f, lang)).unwrap_or_else(|| "–".into());
                                view! { <td>{v}</td> }
                            })
                            .collect_view();
                        view! { <tr><th scope="row">{y}</th>{cells}</tr> }
                    })
                    .collect_view();
                view! {
                    <table class="ogw-table">
                        <caption>{format!("{}: ", DaycareMsg::TrendCaption.text(lang))}{feed_text_of(&f.label, feed_language(None), lang)}</caption>
                        <thead><tr><th scope="col">{DaycareMsg::Year.text(lang)}</th>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
            })
        }
    };
    Some(view! {
        <section class="ogw-dc-trend" aria-labelledby="ogw-dc-trend-title">
            <h3 class="ogw-dc-heading" id="ogw-dc-trend-title">{DaycareMsg::OverTheYears.text(lang)}</h3>
            <label class="ogw-dc-field">
                <span>{DaycareMsg::KeyFigure.text(lang)}</span>
                <select on:change=move |ev| { if let Ok(f) = event_target_value(&ev).parse() { figure.set(f) } }>{options}</select>
            </label>
            <p class="ogw-summary">{sentence}</p>
            // Described once: an image named by the section's heading; its SVG
            // title and description (the sentence above) are not read again.
            <div class="ogw-dc-chart" role="img" aria-label=DaycareMsg::OverTheYears.text(lang)><div aria-hidden="true" inner_html=svg></div></div>
            {table_toggle(lang, "ogw-dc-trend-numbers", table)}
        </section>
    })
}
