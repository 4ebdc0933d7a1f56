//! The details of a row (dates in words, status, slip, progress, contact,
//! link).

use crate::core::timeline::words::TimelineMsg;
use crate::web::shared::focus::focus_later;
use leptos::prelude::*;

use super::chart::*;
use super::widget::*;
use crate::core::chart::timeline::layout::RowKind;
use crate::core::i18n::Msg;
use crate::core::link::{email_href, phone_href, safe_href};
use crate::core::text::Text;
use crate::core::timeline::words::{moved_words, progress_words, span_words, status_words};

/// What is known about a row: dates in words, status and its note, slip,
/// progress, and for an initiative its texts, lead, contact and link.
pub(super) fn details(shared: &Shared, kind: RowKind) -> Option<impl IntoView> {
    let lang = shared.lang;
    let rows = shared.rows(kind)?;
    let item = shared.item(kind)?;
    let source = shared.read.feed.initiatives.get(rows.index)?;
    let is_initiative = matches!(kind, RowKind::Initiative { .. });
    let written_in = shared.timeline.language.clone();
    let text = |t: &Option<Text>| t.as_ref().map(|t| feed_text_of(t, &written_in, lang));
    let status_note = match kind {
        RowKind::Milestone { milestone, .. } => {
            source.milestones.get(milestone).and_then(|m| text(&m.status_note))
        }
        _ => text(&source.status_note),
    };
    let fact = |label: TimelineMsg, value: String| (label.text(lang), value.into_any());
    let mut facts: Vec<(&str, AnyView)> = vec![
        fact(TimelineMsg::When, span_words(item, lang)),
        fact(TimelineMsg::Status, status_words(item, lang)),
    ];
    facts.extend(status_note.map(|n| (TimelineMsg::StatusNote.text(lang), n)));
    facts.extend(moved_words(item, lang).map(|m| fact(TimelineMsg::Deadline, m)));
    facts.extend(
        progress_words(item.target.as_ref(), item.actual.as_ref(), lang)
            .map(|p| fact(TimelineMsg::Progress, p)),
    );
    if is_initiative {
        facts.extend(text(&source.lead).map(|l| (Msg::Lead.text(lang), l)));
        if !source.partners.is_empty() {
            let partners = source
                .partners
                .iter()
                .enumerate()
                .map(|(i, p)| view! { {(i > 0).then_some(", ")}{feed_text_of(p, &written_in, lang)} })
                .collect_view();
            facts.push((TimelineMsg::Partners.text(lang), partners.into_any()));
        }
        for (label, field) in [
            (TimelineMsg::Summary, &source.summary),
            (TimelineMsg::Results, &source.results),
            (TimelineMsg::NextSteps, &source.next_steps),
        ] {
            facts.extend(text(field).map(|t| (label.text(lang), t)));
        }
    } else {
        facts.push((
            TimelineMsg::Initiative.text(lang),
            view! { {rows.id.clone()} " " {feed_text(rows.item.title.clone(), &rows.item.title_lang, lang)} }.into_any(),
        ));
    }
    let facts = facts.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view();
    let contact = source.contact.clone().filter(|_| is_initiative).map(|c| {
        let who = view! {
            {c.name.clone()}
            {c.role.as_ref().map(|r| view! { {c.name.is_some().then_some(", ")}{feed_text_of(r, &written_in, lang)} })}
        };
        // Only mailto: and tel: links; an address that is not one stays text.
        let email = c
            .email
            .clone()
            .map(|e| view! { " " <a class="ogw-link" href=email_href(&e)>{e.clone()}</a> });
        let phone = c
            .phone
            .clone()
            .map(|p| view! { " " <a class="ogw-link" href=phone_href(&p)>{p.clone()}</a> });
        view! { <dt>{TimelineMsg::Contact.text(lang)}</dt><dd>{who}{email}{phone}</dd> }
    });
    let link =
        source.url.as_deref().filter(|_| is_initiative).and_then(safe_href).map(
            |href| view! { <p><a class="ogw-link" href=href>{TimelineMsg::MoreAbout.text(lang)}</a></p> },
        );
    let (selected, root) = (shared.selected, shared.root);
    let close = move || {
        selected.set(None);
        focus_later(root, row_selector(kind));
    };
    let close_on_escape = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
    };
    Some(view! {
        <div class="ogw-detail ogw-tl-details" id="ogw-tl-details" role="region" aria-labelledby="ogw-tl-details-title" on:keydown=close_on_escape>
            <h3 class="ogw-detail-title ogw-tl-details-title" id="ogw-tl-details-title" tabindex="-1">{feed_text(item.title.clone(), &item.title_lang, lang)}</h3>
            <dl class="ogw-facts">{facts}{contact}</dl>
            {link}
            <button type="button" class="ogw-button" on:click=move |_| close()>{Msg::Close.text(lang)}</button>
        </div>
    })
}

pub(super) use crate::web::shared::feed_text::{feed_text, feed_text_of};
