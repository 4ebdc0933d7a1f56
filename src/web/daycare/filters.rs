//! What a parent narrows the list with: search, municipality, type, age
//! group, distance from a postcode or their own location, and which key
//! figures the table shows; then the count of what is left, announced.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::ctx::Ctx;
use crate::core::daycare::feed::{AgeGroup, Point, UnitType};
use crate::core::daycare::format::distance;
use crate::core::daycare::words::{age_group, showing, unit_type, DaycareMsg};
use crate::core::limits::{MAX_CHOSEN_FIGURES, MAX_SEARCH_CHARS};
use crate::core::text::feed_language;
use crate::web::shared::feed_text::feed_text_of;

/// Distances a parent can limit the list to, in km.
const WITHIN_KM: [f64; 5] = [1.0, 2.0, 5.0, 10.0, 25.0];

#[component]
pub fn Filters(ctx: Ctx, units: Memo<bool>) -> impl IntoView {
    let (lang, state) = (ctx.lang, ctx.state);
    // What each select shows, as memos: its options then update only when
    // it changes, not on every keystroke in the search box.
    let area = Memo::new(move |_| state.with(|s| s.areas.first().cloned()));
    let kind = Memo::new(move |_| state.with(|s| s.types.first().copied()));
    let age = Memo::new(move |_| state.with(|s| s.age));
    let feed = ctx.feed();
    let mut areas: Vec<(String, String)> =
        feed.areas.iter().map(|a| (a.code.clone(), a.name.clone())).collect();
    areas.sort_by_key(|(_, name)| crate::core::daycare::query::collation_key(name));
    let area_options = areas
        .into_iter()
        .map(|(code, name)| {
            let selected = {
                let code = code.clone();
                move || area.with(|a| a.as_ref() == Some(&code))
            };
            view! { <option value=code prop:selected=selected>{name}</option> }
        })
        .collect_view();
    let type_options = UnitType::ALL
        .iter()
        .filter(|t| feed.units.iter().any(|u| u.kind == **t))
        .map(|&t| view! { <option value=t.id() prop:selected=move || kind.get() == Some(t)>{unit_type(lang, t)}</option> })
        .collect_view();
    let age_options = AgeGroup::ALL
        .iter()
        .map(|&a| view! { <option value=a.id() prop:selected=move || age.get() == Some(a)>{age_group(lang, a)}</option> })
        .collect_view();
    let institution_filters = {
        let ctx = ctx.clone();
        move || {
            units.get().then(|| {
            view! {
                <label class="ogw-dc-field">
                    <span>{DaycareMsg::Type.text(lang)}</span>
                    <select on:change=move |ev| {
                        let id = event_target_value(&ev);
                        state.update(|s| s.types = UnitType::ALL.iter().copied().filter(|t| t.id() == id).collect());
                    }>
                        <option value="" prop:selected=move || kind.get().is_none()>{DaycareMsg::AllTypes.text(lang)}</option>
                        {type_options.clone()}
                    </select>
                </label>
                <label class="ogw-dc-field">
                    <span>{DaycareMsg::AgeGroup.text(lang)}</span>
                    <select on:change=move |ev| {
                        let id = event_target_value(&ev);
                        state.update(|s| s.age = AgeGroup::ALL.iter().copied().find(|a| a.id() == id));
                    }>
                        <option value="" prop:selected=move || age.get().is_none()>{DaycareMsg::AllAges.text(lang)}</option>
                        {age_options.clone()}
                    </select>
                </label>
                <DistanceFilter ctx=ctx.clone()/>
            }
        })
        }
    };
    let count = {
        let ctx = ctx.clone();
        move || {
            let shown = ctx.results.with(Vec::len);
            let total =
                if ctx.units_view.get() { ctx.feed().units.len() } else { ctx.feed().areas.len() };
            showing(lang, shown, total, ctx.units_view.get())
        }
    };
    announce_count(&ctx, count.clone());
    view! {
        <fieldset class="ogw-dc-filters">
            <legend>{DaycareMsg::Filters.text(lang)}</legend>
            <label class="ogw-dc-field ogw-dc-search">
                <span>{DaycareMsg::Search.text(lang)}</span>
                <input type="search" autocomplete="off" maxlength=MAX_SEARCH_CHARS prop:value=move || state.with(|s| s.text.clone())
                    on:input=move |ev| { let text = event_target_value(&ev); state.update(|s| s.text = text); }/>
            </label>
            <label class="ogw-dc-field">
                <span>{DaycareMsg::Municipality.text(lang)}</span>
                <select on:change=move |ev| {
                    let code = event_target_value(&ev);
                    state.update(|s| s.areas = if code.is_empty() { Vec::new() } else { vec![code] });
                }>
                    <option value="" prop:selected=move || area.with(Option::is_none)>{DaycareMsg::AllMunicipalities.text(lang)}</option>
                    {area_options}
                </select>
            </label>
            {institution_filters}
        </fieldset>
        <FigurePicker ctx=ctx.clone()/>
        // Shown at once; said once typing pauses (announce_count).
        <p class="ogw-dc-count">{count.clone()}</p>
    }
}

/// How long typing must pause before the count is said: one message for
/// "børnehuset sol", not one per letter.
const PAUSE: std::time::Duration = std::time::Duration::from_millis(900);

/// Says the count in the live region once the filters stop changing, and
/// only when it differs from the count said last.
fn announce_count(ctx: &Ctx, count: impl Fn() -> String + Clone + 'static) {
    let said = StoredValue::new(count.clone()());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let (results, ctx) = (ctx.results, ctx.clone());
    Effect::new(move |_| {
        results.track();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let (ctx, count) = (ctx.clone(), count.clone());
        let handle = set_timeout_with_handle(
            move || {
                // Cleared on cleanup, but never read a disposed dashboard.
                if results.try_with(|_| ()).is_none() {
                    return;
                }
                let now = count();
                if said.try_with_value(|s| *s != now) == Some(true) {
                    said.set_value(now.clone());
                    ctx.announce(now);
                }
            },
            PAUSE,
        );
        pending.set_value(handle.ok());
    });
    on_cleanup(move || {
        if let Some(Some(handle)) = pending.try_get_value() {
            handle.clear();
        }
    });
}

/// Distance from a postcode in the feed's list, or from the browser's
/// location once the parent asks for it; then "within" a few km.
#[component]
fn DistanceFilter(ctx: Ctx) -> impl IntoView {
    let (lang, state, here) = (ctx.lang, ctx.state, ctx.here);
    let feed = ctx.feed();
    let located = feed.units.iter().any(|u| u.location.is_some());
    if !located {
        return None;
    }
    let failed = RwSignal::new(false);
    let from = Memo::new(move |_| state.with(|s| s.from.clone()));
    let within = Memo::new(move |_| state.with(|s| s.within_km));
    let postcodes = feed
        .postcodes
        .iter()
        .map(|p| {
            let code = p.code.clone();
            let selected = move || from.with(|f| f.as_deref() == Some(code.as_str()));
            view! { <option value=p.code.clone() prop:selected=selected>{format!("{} {}", p.code, p.name)}</option> }
        })
        .collect_view();
    let has_postcodes = !feed.postcodes.is_empty();
    let ask_location = move |_| {
        failed.set(false);
        locate(move |point| match point {
            Some(p) => {
                here.set(Some(p));
                state.update(|s| {
                    s.from = None;
                    s.sort = Some(("distance".into(), false));
                });
            }
            None => failed.set(true),
        });
    };
    let within_options = WITHIN_KM
        .iter()
        .map(|&km| {
            view! { <option value=crate::core::number::plain(km) prop:selected=move || within.get() == Some(km)>{distance(km * 1000.0, lang)}</option> }
        })
        .collect_view();
    let has_point = move || from.with(Option::is_some) || here.with(Option::is_some);
    Some(view! {
        <div class="ogw-dc-distance">
            {has_postcodes.then(|| view! {
                <label class="ogw-dc-field">
                    <span>{DaycareMsg::DistanceFrom.text(lang)}</span>
                    <select on:change=move |ev| {
                        let code = event_target_value(&ev);
                        here.set(None);
                        state.update(|s| {
                            s.from = (!code.is_empty()).then_some(code);
                            if s.from.is_some() { s.sort = Some(("distance".into(), false)); }
                        });
                    }>
                        <option value="" prop:selected=move || !has_point()>{DaycareMsg::NoPoint.text(lang)}</option>
                        <option value="" disabled=true prop:selected=move || here.with(Option::is_some)>{DaycareMsg::YourLocation.text(lang)}</option>
                        {postcodes}
                    </select>
                </label>
            })}
            <button type="button" class="ogw-button ogw-toggle" aria-pressed=move || here.with(Option::is_some).to_string() on:click=ask_location>
                {DaycareMsg::UseMyLocation.text(lang)}
            </button>
            <label class="ogw-dc-field" class:ogw-dc-off=move || !has_point()>
                <span>{DaycareMsg::Within.text(lang)}</span>
                <select disabled=move || !has_point() on:change=move |ev| {
                    let km = event_target_value(&ev).parse::<f64>().ok();
                    state.update(|s| s.within_km = km);
                }>
                    <option value="" prop:selected=move || within.get().is_none()>{DaycareMsg::AnyDistance.text(lang)}</option>
                    {within_options}
                </select>
            </label>
            {move || failed.get().then(|| view! { <p class="ogw-dc-warning" role="alert">{DaycareMsg::LocationFailed.text(lang)}</p> })}
        </div>
    })
}

/// Asks the browser where it is; `done(None)` when it cannot or may not say.
fn locate(done: impl Fn(Option<Point>) + Clone + 'static) {
    let Ok(geolocation) = window().navigator().geolocation() else { return done(None) };
    let on_error = {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| done(None))
    };
    // Read by name: web-sys has GeolocationPosition only as an unstable API.
    let on_position = Closure::once_into_js(move |position: JsValue| {
        let number = |object: &JsValue, key: &str| {
            js_sys::Reflect::get(object, &key.into()).ok().and_then(|v| v.as_f64())
        };
        let coords =
            js_sys::Reflect::get(&position, &"coords".into()).unwrap_or(JsValue::UNDEFINED);
        let point = number(&coords, "latitude")
            .zip(number(&coords, "longitude"))
            .map(|(lat, lon)| Point { lat, lon });
        done(point)
    });
    if geolocation
        .get_current_position_with_error_callback(
            on_position.unchecked_ref(),
            Some(on_error.unchecked_ref()),
        )
        .is_err()
    {
        // Nothing more to do: the error callback is not called in that case,
        // but the button can be pressed again.
    }
}

/// Which key figures the table shows (and the comparison compares): a
/// disclosure of checkboxes, at least one always checked.
#[component]
fn FigurePicker(ctx: Ctx) -> impl IntoView {
    let (lang, state, figures) = (ctx.lang, ctx.state, ctx.figures);
    let feed = ctx.feed();
    // At most MAX_CHOSEN_FIGURES columns (what the address keeps): the
    // unchecked boxes are disabled once that many are checked.
    let full = Memo::new(move |_| figures.with(Vec::len) >= MAX_CHOSEN_FIGURES);
    let boxes = feed
        .figures
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let id = f.id.clone();
            let checked = move || figures.with(|list| list.contains(&i));
            let last = move || figures.with(|list| list.len() == 1 && list[0] == i);
            let disabled = move || last() || (full.get() && !checked());
            // The feed, shared: a copy of every id per box made this
            // quadratic (20,000 figures ran the page out of memory).
            let loaded = ctx.loaded.clone();
            let toggle = move |ev: web_sys::Event| {
                let on = event_target_checked(&ev);
                let mut chosen: Vec<usize> = figures.get_untracked();
                if on && !chosen.contains(&i) {
                    chosen.push(i);
                } else if !on {
                    chosen.retain(|f| *f != i);
                }
                chosen.sort_unstable();
                let all = &loaded.read.feed.figures;
                let ids = chosen.iter().map(|&f| all[f].id.clone()).collect();
                state.update(|s| s.figures = ids);
            };
            view! {
                <label class="ogw-dc-check">
                    <input type="checkbox" value=id prop:checked=checked disabled=disabled on:change=toggle/>
                    <span>{feed_text_of(&f.label, feed_language(None), lang)}</span>
                </label>
            }
        })
        .collect_view();
    let count =
        move || format!("{} ({})", DaycareMsg::KeyFigure.text(lang), figures.with(Vec::len));
    view! {
        <details class="ogw-dc-figures">
            <summary>{count}</summary>
            <fieldset>
                <legend class="ogw-sr-only">{DaycareMsg::KeyFigure.text(lang)}</legend>
                {boxes}
            </fieldset>
        </details>
    }
}
