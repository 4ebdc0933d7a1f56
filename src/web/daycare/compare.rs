//! Up to four institutions or municipalities side by side: each key figure
//! as a bar, against the municipal figure (a tick) and the national one (a
//! line), with better or worse said in words and by shape. The same in a
//! table, one button away.

use leptos::prelude::*;

use super::ctx::Ctx;
use crate::core::chart::daycare::compare_layout::layout_compare;
use crate::core::chart::daycare::compare_svg::compare_svg;
use crate::core::daycare::compare::{
    cell_summary, compare, comparison_sentence, set_compared, Subject, MAX_COMPARED,
};
use crate::core::daycare::format::{label_with_period, value_with_unit};
use crate::core::daycare::words::DaycareMsg;
use crate::web::shared::table_toggle::table_toggle;

#[component]
pub fn Comparison(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang;
    let subjects = Memo::new({
        let resolved = ctx.resolved;
        move |_| resolved.with(|r| r.compare.clone())
    });
    let body = move || {
        let chosen = subjects.get();
        if chosen.is_empty() {
            return view! { <p class="ogw-hint">{DaycareMsg::CompareHint.text(lang)}</p> }
                .into_any();
        }
        view! { <Compared ctx=ctx.clone() subjects=chosen/> }.into_any()
    };
    view! {
        <section class="ogw-dc-compare" aria-labelledby="ogw-dc-compare-title">
            <h3 class="ogw-dc-heading" id="ogw-dc-compare-title">{DaycareMsg::Comparison.text(lang)}</h3>
            {body}
        </section>
    }
}

#[component]
fn Compared(ctx: Ctx, subjects: Vec<Subject>) -> impl IntoView {
    let (lang, state, width) = (ctx.lang, ctx.state, ctx.width);
    let feed = ctx.feed();
    let chips = subjects
        .iter()
        .map(|s| {
            let id = s.id(feed);
            let name = s.label(feed);
            view! {
                <li>
                    <span>{name.clone()}</span>
                    <button type="button" class="ogw-dc-remove" aria-label=format!("{}: {name}", DaycareMsg::RemoveFromComparison.text(lang))
                        on:click=move |_| state.update(|s| { set_compared(&mut s.compare, &id, false); })>"×"</button>
                </li>
            }
        })
        .collect_view();
    let full = (subjects.len() >= MAX_COMPARED)
        .then(|| view! { <p class="ogw-hint">{DaycareMsg::CompareFull.text(lang)}</p> });
    let comparison = Memo::new({
        let (ctx, subjects) = (ctx.clone(), subjects.clone());
        move |_| ctx.figures.with(|fs| compare(ctx.feed(), &ctx.loaded.index, &subjects, fs))
    });
    let sentence = {
        let ctx = ctx.clone();
        move || comparison.with(|c| comparison_sentence(ctx.feed(), c, lang))
    };
    let svg = {
        let ctx = ctx.clone();
        let sentence = sentence.clone();
        move || {
            let desc = sentence();
            comparison.with(|c| {
                compare_svg(
                    &layout_compare(ctx.feed(), c, width.get() as f64, lang),
                    DaycareMsg::Comparison.text(lang),
                    &desc,
                )
            })
        }
    };
    view! {
        <ul class="ogw-dc-chips">{chips}</ul>
        {full}
        <p class="ogw-summary">{sentence}</p>
        // Described once: named as an image, its title and description not
        // read again inside; the sentence above and the table say the rest.
        <div class="ogw-dc-chart" role="img" aria-label=DaycareMsg::Comparison.text(lang)><div aria-hidden="true" inner_html=svg></div></div>
        <CompareTable ctx comparison/>
    }
}

/// Every compared value in words, with the verdicts: what the chart shows,
/// for a screen reader and for copying.
#[component]
fn CompareTable(
    ctx: Ctx,
    comparison: Memo<crate::core::daycare::compare::Comparison>,
) -> impl IntoView {
    let lang = ctx.lang;
    let table = move || {
        let feed = ctx.feed();
        comparison.with(|c| {
            let head = c.subjects.iter().map(|s| view! { <th scope="col">{s.label(feed)}</th> }).collect_view();
            let rows = c
                .rows
                .iter()
                .map(|row| {
                    let figure = &feed.figures[row.figure];
                    let cells = c
                        .subjects
                        .iter()
                        .zip(&row.cells)
                        .map(|(s, cell)| {
                            // The reference figures in the text, not in a hover title.
                            view! { <td>{cell_summary(feed, *s, row, cell, lang)}</td> }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">{label_with_period(figure, lang)}</th>
                            {cells}
                            <td>{value_with_unit(row.national, figure, lang)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="ogw-table ogw-dc-compare-table">
                    <caption>{DaycareMsg::ComparisonCaption.text(lang)}</caption>
                    <thead><tr><th scope="col">{DaycareMsg::KeyFigure.text(lang)}</th>{head}<th scope="col">{DaycareMsg::NationalAverage.text(lang)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    view! {
        {table_toggle(lang, "ogw-dc-compare-numbers", table)}
    }
}
