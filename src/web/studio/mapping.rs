//! What the studio found in the files, and the editor's choices: which
//! plan of the OGP export, which sheets, which column holds what (a
//! labelled select per column), the plan's title and the sheet's language.
//! Every change makes the feed again; the preview follows.

use leptos::prelude::*;

use super::Studio;
use crate::core::i18n::Lang;
use crate::core::studio::fields::{assign, Field};
use crate::core::studio::words::{sheet_list, text_form, unnamed_column, StudioMsg, LANGUAGES};
use crate::core::studio::{Content, Layout};

#[component]
pub fn Mapping(studio: Studio) -> impl IntoView {
    let found = move || {
        let lang = studio.lang.get();
        studio.files.with(|files| {
            files
                .iter()
                .map(|file| {
                    let form = match &file.content {
                        Content::Text { form, .. } => text_form(lang, form.delimiter, form.encoding),
                        Content::Workbook { sheets } => {
                            let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
                            sheet_list(lang, &names)
                        }
                        Content::Feed { .. } => String::new(),
                    };
                    view! { <li><strong>{file.name.clone()}</strong>": "{file.layout().label(lang)}{form}</li> }
                })
                .collect_view()
        })
    };
    let layout = move || studio.files.with(|f| f.first().map(|f| f.layout()));
    view! {
        <section class="studio-section" aria-labelledby="studio-found">
            <h2 id="studio-found">{move || studio.t(StudioMsg::Found)}</h2>
            <ul class="studio-files">{found}</ul>
            {move || match layout() {
                Some(Layout::OgpExport) => view! { <OgpPlan studio/> }.into_any(),
                Some(Layout::Sheet | Layout::Template) => view! { <SheetChoices studio/> }.into_any(),
                _ => ().into_any(),
            }}
        </section>
    }
}

#[component]
fn OgpPlan(studio: Studio) -> impl IntoView {
    let plans =
        studio.files.with_untracked(|f| f.first().map(|f| f.ogp_plans()).unwrap_or_default());
    let options = plans
        .into_iter()
        .map(|(id, name)| view! { <option value=id>{name}</option> })
        .collect_view();
    view! {
        <p class="studio-field">
            <label for="studio-ogp-plan">{move || studio.t(StudioMsg::ActionPlan)}</label>
            <select
                id="studio-ogp-plan"
                on:change=move |ev| {
                    let id = event_target_value(&ev);
                    studio.choices.update(|c| c.ogp_plan = (!id.is_empty()).then_some(id));
                }
            >
                <option value="">{move || studio.t(StudioMsg::WholeExport)}</option>
                {options}
            </select>
        </p>
    }
}

#[component]
fn SheetChoices(studio: Studio) -> impl IntoView {
    let sheet_names = studio
        .files
        .with_untracked(|f| {
            f.first().map(|f| f.sheets().iter().map(|s| s.name.clone()).collect::<Vec<_>>())
        })
        .unwrap_or_default();
    let several = sheet_names.len() > 1;
    let sheet_select = several.then(|| {
        let options = sheet_options(sheet_names.clone(), move || studio.outcome.with(|o| o.sheet));
        view! {
            <p class="studio-field">
                <label for="studio-sheet">{move || studio.t(StudioMsg::InitiativesSheet)}</label>
                <select id="studio-sheet" on:change=move |ev| {
                    let i = event_target_value(&ev).parse().ok();
                    studio.choices.update(|c| { c.sheet = i; c.mapping = None; });
                }>{options}</select>
            </p>
        }
    });
    let milestone_select = several.then(|| {
        let options = sheet_options(sheet_names.clone(), move || studio.outcome.with(|o| o.milestones));
        view! {
            <p class="studio-field">
                <label for="studio-milestones">{move || studio.t(StudioMsg::MilestonesSheet)}</label>
                <select id="studio-milestones" on:change=move |ev| {
                    let i: Option<usize> = event_target_value(&ev).parse().ok();
                    studio.choices.update(|c| { c.milestones = Some(i); c.milestone_mapping = None; });
                }>
                    <option value="" selected=move || studio.outcome.with(|o| o.milestones.is_none())>{move || studio.t(StudioMsg::NoSheet)}</option>
                    {options}
                </select>
            </p>
        }
    });
    let title = RwSignal::new(String::new());
    view! {
        {sheet_select}
        {milestone_select}
        <p class="studio-field">
            <label for="studio-title">{move || studio.t(StudioMsg::PlanTitle)}</label>
            <input id="studio-title" type="text" prop:value=move || title.get() on:change=move |ev| {
                let text = event_target_value(&ev);
                title.set(text.clone());
                studio.choices.update(|c| c.plan.title = Some(text));
            }/>
        </p>
        <p class="studio-field">
            <label for="studio-sheet-lang">{move || studio.t(StudioMsg::SheetLanguage)}</label>
            <select id="studio-sheet-lang" on:change=move |ev| {
                let lang = Lang::from_tag(&event_target_value(&ev));
                studio.choices.update(|c| c.plan.lang = lang);
            }>
                {LANGUAGES.map(|(choice, name)| view! {
                    <option value=choice.code() selected=move || studio.choices.with(|c| c.plan.lang.code() == choice.code())>{name}</option>
                })}
            </select>
        </p>
        <Columns studio milestones=false/>
        <Columns studio milestones=true/>
    }
}

/// A select per column of the chosen sheet, labelled with its header. The
/// list is made again only when the sheet or the language changes, so the
/// select the editor just changed keeps the focus.
#[component]
fn Columns(studio: Studio, milestones: bool) -> impl IntoView {
    let sheet = Memo::new(move |_| {
        studio.outcome.with(|o| if milestones { o.milestones } else { o.sheet })
    });
    let mapping = Memo::new(move |_| {
        studio.outcome.with(|o| {
            if milestones {
                o.milestone_mapping.clone()
            } else {
                o.mapping.clone()
            }
        })
    });
    move || {
        let index = sheet.get()?;
        let lang = studio.lang.get();
        let (headers, name) = studio.files.with(|f| {
            let s = f.first()?.sheets().get(index)?;
            Some((s.headers.clone(), s.name.clone()))
        })?;
        let fields: &'static [Field] =
            if milestones { &Field::MILESTONE } else { &Field::INITIATIVE };
        let caption = if milestones {
            StudioMsg::MilestoneColumns.text(lang)
        } else {
            StudioMsg::InitiativeColumns.text(lang)
        };
        let prefix = if milestones { "m" } else { "i" };
        let rows = headers
            .iter()
            .enumerate()
            .map(|(i, header)| {
                let id = format!("studio-col-{prefix}-{i}");
                let current = move || mapping.with(|m| m.get(i).copied().flatten());
                let shown = if header.is_empty() {
                    unnamed_column(lang, i)
                } else {
                    header.clone()
                };
                let options = fields
                    .iter()
                    .map(|&f| view! { <option value=f.id() prop:selected=move || current() == Some(f)>{f.label(lang)}</option> })
                    .collect_view();
                let on_change = move |ev| {
                    let field = Field::from_id(&event_target_value(&ev));
                    let mut m = mapping.get_untracked();
                    assign(&mut m, i, field);
                    studio.choices.update(|c| {
                        if milestones {
                            c.milestone_mapping = Some(m);
                        } else {
                            c.mapping = Some(m);
                        }
                    });
                };
                view! {
                    <div class="studio-column">
                        <label for=id.clone()>{shown}</label>
                        <select id=id on:change=on_change>
                            <option value="" prop:selected=move || current().is_none()>{StudioMsg::NotUsed.text(lang)}</option>
                            {options}
                        </select>
                    </div>
                }
            })
            .collect_view();
        Some(view! {
            <fieldset class="studio-columns">
                <legend>{caption}" ("{name}")"</legend>
                {rows}
            </fieldset>
        })
    }
}

/// A workbook's sheets as the options of a select, `chosen` marked.
fn sheet_options(
    names: Vec<String>,
    chosen: impl Fn() -> Option<usize> + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let chosen = chosen();
        names
            .iter()
            .enumerate()
            .map(|(i, name)| view! { <option value=i.to_string() prop:selected=chosen == Some(i)>{name.clone()}</option> })
            .collect_view()
    }
}
