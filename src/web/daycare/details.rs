//! One institution in full: where it is, its opening hours at a glance (in
//! words and as a week's chart), closing days, meals, profile, and every key
//! figure against its municipality and the country, in words. It takes the
//! focus when it opens and gives it back to the row when it closes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ctx::Ctx;
use crate::core::chart::daycare::hours_layout::layout_hours;
use crate::core::chart::daycare::hours_svg::hours_svg;
use crate::core::daycare::compare::{cell_sentence, compare, Subject, MAX_COMPARED};
use crate::core::daycare::format::{distance, label_with_period};
use crate::core::daycare::words::{age_group, closing_days, meal_scheme, unit_type, word, Word};
use crate::core::i18n::{t, Msg};
use crate::core::link::safe_href;
use crate::core::text::{feed_language, Text};
use crate::web::shared::feed_text::feed_text_of;

#[component]
pub fn Details(ctx: Ctx) -> impl IntoView {
    let details = ctx.details;
    let root = ctx.root;
    // Opening moves the focus to the panel's heading (read out, scrolled to).
    // After the DOM has caught up; not at all once the widget is gone.
    Effect::new(move |_| {
        if details.get().is_some() {
            let frame = request_animation_frame_with_handle(move || {
                focus(root, ".ogw-dc-details-title");
            })
            .ok();
            on_cleanup(move || frame.iter().for_each(|f| f.cancel()));
        }
    });
    move || details.get().map(|unit| panel(&ctx, unit))
}

/// Called a frame later, when the widget may have been unmounted meanwhile:
/// its node ref is then disposed, so `try_`, never `get_untracked` (a panic).
fn focus(root: NodeRef<leptos::html::Div>, selector: &str) -> bool {
    let found =
        root.try_get_untracked().flatten().and_then(|r| r.query_selector(selector).ok().flatten());
    found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()).is_some_and(|e| e.focus().is_ok())
}

fn panel(ctx: &Ctx, unit: usize) -> impl IntoView {
    let (lang, state, details, root) = (ctx.lang, ctx.state, ctx.details, ctx.root);
    let feed = ctx.feed();
    let u = &feed.units[unit];
    let area = ctx.loaded.index.area_of(unit).map(|a| &feed.areas[a]);
    // Values are views: a feed's own text (a note, the profile) keeps its
    // language when the feed has none in the widget's (WCAG 3.1.2).
    let text = |s: String| s.into_any();
    let feed_note = |note: &Option<Text>| {
        note.as_ref().map(|n| view! { ". " {feed_text_of(n, feed_language(None), lang)} })
    };
    let mut facts: Vec<(&str, AnyView)> =
        vec![(word(lang, Word::Type), text(unit_type(lang, u.kind).to_string()))];
    facts.extend(u.address.clone().map(|a| (word(lang, Word::Address), text(a))));
    facts.extend(area.map(|a| (word(lang, Word::Municipality), text(a.name.clone()))));
    if !u.ages.is_empty() {
        facts.push((
            word(lang, Word::AgeGroup),
            text(u.ages.iter().map(|a| age_group(lang, *a)).collect::<Vec<_>>().join(", ")),
        ));
    }
    facts.extend(
        u.opening_hours.as_ref().map(|h| (word(lang, Word::OpeningHours), text(h.summary(lang)))),
    );
    facts.extend(u.closing_days.as_ref().and_then(|c| {
        let days = c.days().map(|n| closing_days(lang, n))?;
        Some((word(lang, Word::ClosingDays), view! { {days} {feed_note(&c.note)} }.into_any()))
    }));
    facts.extend(u.meals.as_ref().map(|m| {
        let scheme = meal_scheme(lang, m.scheme);
        (word(lang, Word::Meals), view! { {scheme} {feed_note(&m.note)} }.into_any())
    }));
    facts.extend(
        u.profile
            .as_ref()
            .map(|p| (word(lang, Word::Profile), feed_text_of(p, feed_language(None), lang))),
    );
    facts.extend(ctx.distances.with_untracked(|d| {
        d.as_ref()
            .and_then(|d| d.0.metres(unit))
            .map(|m| (word(lang, Word::Distance), text(distance(m, lang))))
    }));
    let facts = facts.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view();

    let hours = u.opening_hours.as_ref().filter(|h| !h.is_closed_all_week()).map(|h| {
        let svg = hours_svg(
            &layout_hours(h, ctx.width.get_untracked().min(560) as f64, lang),
            word(lang, Word::OpeningHours),
            &h.sentence(lang),
        );
        // Named once; the hours in words are in the facts above.
        view! { <div class="ogw-dc-chart ogw-dc-hours" role="img" aria-label=word(lang, Word::OpeningHours)><div aria-hidden="true" inner_html=svg></div></div> }
    });
    let figures = ctx.loaded.index.unit_figures();
    let comparison = compare(feed, &ctx.loaded.index, &[Subject::Unit(unit)], &figures);
    let sentences = comparison
        .rows
        .iter()
        .map(|row| {
            let label = label_with_period(&feed.figures[row.figure], lang);
            let said = cell_sentence(feed, Subject::Unit(unit), row, &row.cells[0], lang);
            // "Solsikken: 3,4 børn pr. voksen, …": the name is the panel's heading.
            let said = said.strip_prefix(&format!("{}: ", u.name)).unwrap_or(&said).to_string();
            view! { <li><strong>{label}</strong>": "{said}</li> }
        })
        .collect_view();
    let links = [
        u.url
            .as_deref()
            .and_then(safe_href)
            .map(|href| (href, word(lang, Word::Website).to_string())),
        area.and_then(|a| a.enrolment_url.as_deref()).and_then(safe_href).map(|href| {
            (
                href,
                format!(
                    "{} ({})",
                    word(lang, Word::EnrolmentLink),
                    area.map_or("", |a| a.name.as_str())
                ),
            )
        }),
    ]
    .into_iter()
    .flatten()
    .map(|(href, text)| view! { <li><a class="ogw-link" href=href>{text}</a></li> })
    .collect_view();

    let id = Subject::Unit(unit).id(feed);
    let chosen = {
        let id = id.clone();
        move || state.with(|s| s.compare.contains(&id))
    };
    let toggle_compare = move |_| {
        state.update(|s| {
            if s.compare.contains(&id) {
                s.compare.retain(|c| c != &id);
            } else if s.compare.len() < MAX_COMPARED {
                s.compare.push(id.clone());
            }
        })
    };
    let full = move || state.with(|s| s.compare.len() >= MAX_COMPARED);
    let pressed = chosen.clone();
    let close = move || {
        details.set(None);
        // Back to the row when it is still rendered, else to the table.
        request_animation_frame(move || {
            if !focus(root, &format!("[data-unit=\"{unit}\"]")) {
                focus(root, ".ogw-dc-scroll");
            }
        });
    };
    view! {
        <section class="ogw-detail ogw-dc-details" aria-labelledby="ogw-dc-details-title"
            on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { ev.prevent_default(); close(); }>
            <h3 class="ogw-detail-title ogw-dc-details-title" id="ogw-dc-details-title" tabindex="-1">{u.name.clone()}</h3>
            <dl class="ogw-facts">{facts}</dl>
            {hours}
            <h4 class="ogw-dc-subheading">{word(lang, Word::KeyFigure)}</h4>
            <ul class="ogw-dc-sentences">{sentences}</ul>
            <ul class="ogw-dc-links">{links}</ul>
            <button type="button" class="ogw-button ogw-toggle" aria-pressed=move || pressed().to_string()
                disabled=move || full() && !chosen() on:click=toggle_compare>{word(lang, Word::Compare)}</button>
            <button type="button" class="ogw-button" on:click=move |_| close()>{t(lang, Msg::Close)}</button>
        </section>
    }
}
