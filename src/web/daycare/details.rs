//! One institution in full: where it is, its opening hours at a glance (in
//! words and as a week's chart), closing days, meals, profile, and every key
//! figure against its municipality and the country, in words. It takes the
//! focus when it opens and gives it back to the row when it closes.

use leptos::prelude::*;

use super::ctx::Ctx;
use crate::core::chart::daycare::hours_layout::layout_hours;
use crate::core::chart::daycare::hours_svg::hours_svg;
use crate::core::daycare::compare::{comparison_is_full, set_compared, Subject};
use crate::core::daycare::details::{unit_details, FactText};
use crate::core::daycare::words::DaycareMsg;
use crate::core::i18n::Msg;
use crate::web::shared::feed_text::text_in;
use crate::web::shared::focus::focus_in;

#[component]
pub fn Details(ctx: Ctx) -> impl IntoView {
    let details = ctx.details;
    let root = ctx.root;
    // Opening moves the focus to the panel's heading (read out, scrolled to).
    // After the DOM has caught up; not at all once the widget is gone.
    Effect::new(move |_| {
        if details.get().is_some() {
            let frame = request_animation_frame_with_handle(move || {
                focus_in(root, ".ogw-dc-details-title");
            })
            .ok();
            on_cleanup(move || frame.iter().for_each(|f| f.cancel()));
        }
    });
    move || details.get().and_then(|unit| panel(&ctx, unit))
}

fn panel(ctx: &Ctx, unit: usize) -> Option<impl IntoView> {
    let (lang, state, details, root) = (ctx.lang, ctx.state, ctx.details, ctx.root);
    let feed = ctx.feed();
    let u = feed.units.get(unit)?;
    let metres = ctx.distances.with_untracked(|d| d.as_ref().and_then(|d| d.0.metres(unit)));
    let said = unit_details(feed, &ctx.loaded.index, unit, metres, lang)?;
    let facts = said
        .facts
        .into_iter()
        .map(|(k, v)| view! { <dt>{k}</dt><dd>{fact_text(v)}</dd> })
        .collect_view();

    let hours = u.opening_hours.as_ref().filter(|h| !h.is_closed_all_week()).map(|h| {
        let svg = hours_svg(
            &layout_hours(h, ctx.width.get_untracked().min(560) as f64, lang),
            DaycareMsg::OpeningHours.text(lang),
            &h.sentence(lang),
        );
        // Named once; the hours in words are in the facts above.
        view! { <div class="ogw-dc-chart ogw-dc-hours" role="img" aria-label=DaycareMsg::OpeningHours.text(lang)><div aria-hidden="true" inner_html=svg></div></div> }
    });
    let sentences = said
        .figures
        .into_iter()
        .map(|(label, said)| view! { <li><strong>{label}</strong>": "{said}</li> })
        .collect_view();
    let links = said
        .links
        .into_iter()
        .map(|(href, text)| view! { <li><a class="ogw-link" href=href>{text}</a></li> })
        .collect_view();

    let id = Subject::Unit(unit).id(feed);
    let chosen = {
        let id = id.clone();
        move || state.with(|s| s.compare.contains(&id))
    };
    let toggle_compare = move |_| {
        state.update(|s| {
            let on = !s.compare.contains(&id);
            set_compared(&mut s.compare, &id, on);
        })
    };
    let full = move || state.with(|s| comparison_is_full(&s.compare));
    let pressed = chosen.clone();
    let close = move || {
        details.set(None);
        // Back to the row when it is still rendered, else to the table.
        request_animation_frame(move || {
            if !focus_in(root, &format!("[data-unit=\"{unit}\"]")) {
                focus_in(root, ".ogw-dc-scroll");
            }
        });
    };
    Some(view! {
        <section class="ogw-detail ogw-dc-details" aria-labelledby="ogw-dc-details-title"
            on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { ev.prevent_default(); close(); }>
            <h3 class="ogw-detail-title ogw-dc-details-title" id="ogw-dc-details-title" tabindex="-1">{u.name.clone()}</h3>
            <dl class="ogw-facts">{facts}</dl>
            {hours}
            <h4 class="ogw-dc-subheading">{DaycareMsg::KeyFigure.text(lang)}</h4>
            <ul class="ogw-dc-sentences">{sentences}</ul>
            <ul class="ogw-dc-links">{links}</ul>
            <button type="button" class="ogw-button ogw-toggle" aria-pressed=move || pressed().to_string()
                disabled=move || full() && !chosen() on:click=toggle_compare>{DaycareMsg::Compare.text(lang)}</button>
            <button type="button" class="ogw-button" on:click=move |_| close()>{Msg::Close.text(lang)}</button>
        </section>
    })
}

/// A fact's parts, feed text in a span with its `lang` where it needs one.
fn fact_text(text: FactText) -> impl IntoView {
    text.0.into_iter().map(|(part, lang)| text_in(part, lang)).collect_view()
}
