//! The widgets as Leptos components (`ogw_widgets::web::*`) inside a Leptos
//! view, as an application uses them: typed, JSON and URL feeds, the page's
//! language by default, the theme, bad feeds said in the widget's box, and
//! unmounting with the app.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRoot};

use ogw_widgets::core::plan::read::read_plan_without_dates;
use ogw_widgets::core::plan::PlanFeed;
use ogw_widgets::web::{DaycareDashboard, Feed, Lang, StatusChart, Theme, Timeline};

use crate::support::*;

const FEED: &str = r#"{"format":"ogw.plan/1","plan":{"title":"Testplan","as_of":"2020-01-01"},
  "themes":[{"id":"1","title":"Åbne data"}],
  "initiatives":[
    {"id":"1.1","theme":"1","title":"Flere åbne data","status":"limited","period":{"start":"2018","end":"2019"}},
    {"id":"1.2","theme":"1","title":"Grunddata","status":"completed","period":{"start":"2018","end":"2021"}}]}"#;

/// The plan as a program would hold it: typed, not text.
fn typed_plan() -> PlanFeed {
    read_plan_without_dates(FEED).expect("the test feed reads").feed
}

/// Mounts `app` in a fresh `width`-px element inside `lang`, and waits for
/// the component's `<div>` to hold the widget's shadow root.
async fn render<V: IntoView + 'static>(
    lang: &str,
    width: u32,
    app: impl FnOnce() -> V + 'static,
) -> (HtmlElement, ShadowRoot, Box<dyn std::any::Any>) {
    let parent = host(lang, width);
    let handle = leptos::mount::mount_to(parent.clone(), app);
    let div: HtmlElement =
        until(|| parent.query_selector(".ogw-widget").ok().flatten()).await.unchecked_into();
    let root = until(|| div.shadow_root()).await;
    until(|| find(&root, ".ogw-summary, .ogw-error")).await;
    // Held by the test: dropping it unmounts the app.
    (div, root, Box::new(handle))
}

#[wasm_bindgen_test]
async fn a_typed_feed_draws_what_the_same_json_draws_in_the_element() {
    let (div, root, _app) = render("da", 600, || {
        view! { <StatusChart feed=typed_plan() lang=Lang::En theme=Theme::Dark/> }
    })
    .await;
    let (_, element) = mounted("status", "en", 600, FEED).await;
    for part in [".ogw-title", ".ogw-subtitle", ".ogw-summary", ".ogw-svg", ".ogw-table"] {
        assert_eq!(text(&root, part), text(&element, part), "{part}");
    }
    assert_eq!(
        text(&root, ".ogw-summary").unwrap(),
        "2 initiatives: 1 completed, 0 substantial, 1 limited, 0 not started."
    );
    assert_eq!(all(&root, ".ogw-seg").len(), 4);
    assert_eq!(find(&root, ".ogw-root").unwrap().get_attribute("lang").as_deref(), Some("en"));
    // The theme is the host's attribute, which the shadow root's sheets read.
    assert_eq!(div.get_attribute("theme").as_deref(), Some("dark"));
    assert_eq!(root.adopted_style_sheets().length(), 2);
}

#[wasm_bindgen_test]
async fn without_a_lang_the_widget_speaks_the_pages_language() {
    let (_, root, _app) =
        render("en-GB", 600, || view! { <Timeline feed=Feed::json(FEED)/> }).await;
    assert_eq!(text(&root, ".ogw-title").unwrap(), "Initiative timeline");
    assert_eq!(root.adopted_style_sheets().length(), 3, "shared, chart theme and the timeline's");
    let (_, root, _app) = render("da", 600, || view! { <Timeline feed=Feed::json(FEED)/> }).await;
    assert_eq!(text(&root, ".ogw-title").unwrap(), "Tidsplan for initiativerne");
}

#[wasm_bindgen_test]
async fn drawn_at_the_width_of_the_components_box() {
    let (_, root, _app) = render("da", 400, || view! { <StatusChart feed=typed_plan()/> }).await;
    let svg = find(&root, ".ogw-svg svg").expect("the chart is an SVG");
    // 400 px less the card's padding and border (34 px).
    assert_eq!(svg.get_attribute("width").as_deref(), Some("366"));
}

#[wasm_bindgen_test]
async fn bad_feeds_are_said_in_the_widgets_box() {
    let (_, root, _app) =
        render("en", 600, || view! { <StatusChart feed=Feed::json("{\"format\": ")/> }).await;
    let message = text(&root, ".ogw-error").unwrap();
    assert!(message.contains("JSON"), "{message}");

    // A typed feed with nothing in it: the reader's message, not a panic.
    let (_, root, _app) =
        render("en", 600, || view! { <Timeline feed=PlanFeed::default()/> }).await;
    assert!(find(&root, ".ogw-error").is_some());
    assert!(find(&root, ".ogw-summary").is_none());

    let (_, root, _app) = render("en", 600, || {
        view! { <StatusChart feed=Feed::url("/no-such-feed.json").timeout(5)/> }
    })
    .await;
    let message = text(&root, ".ogw-error").unwrap();
    assert!(message.contains("404"), "{message}");
}

#[wasm_bindgen_test]
async fn the_widget_goes_with_the_app_and_comes_back() {
    let shown = RwSignal::new(true);
    let (div, _, _app) = render("en", 600, move || {
        view! {
            <Show when=move || shown.get()>
                <StatusChart feed=typed_plan()/>
            </Show>
        }
    })
    .await;
    let parent = div.parent_element().unwrap();
    shown.set(false);
    until(|| parent.query_selector(".ogw-widget").ok().flatten().is_none().then_some(())).await;
    shown.set(true);
    let div: HtmlElement =
        until(|| parent.query_selector(".ogw-widget").ok().flatten()).await.unchecked_into();
    let root = until(|| div.shadow_root()).await;
    until(|| find(&root, ".ogw-summary")).await;
    assert_eq!(all(&root, ".ogw-seg").len(), 4);
}

#[wasm_bindgen_test]
async fn the_dashboard_takes_a_typed_feed_and_the_elements_starting_attributes() {
    let feed =
        ogw_widgets::core::daycare::read::read_daycare(include_str!("../feeds/small-daycare.json"))
            .expect("the test feed reads")
            .feed;
    let (div, root, _app) = render("da", 900, move || {
        view! { <DaycareDashboard feed id="dc-component" compare="u:751-0002,a:751"/> }
    })
    .await;
    assert_eq!(div.id(), "dc-component");
    assert_eq!(root.adopted_style_sheets().length(), 3, "shared, chart theme and the dashboard's");
    let chips: Vec<String> =
        all(&root, ".ogw-dc-chips li span").iter().map(|s| s.text_content().unwrap()).collect();
    assert_eq!(chips.len(), 2, "{chips:?}");

    // The element with the same feed and attributes shows the same.
    let element = host("da", 900);
    let options: js_sys::Object =
        options("daycare", include_str!("../feeds/small-daycare.json")).unchecked_into();
    js_sys::Reflect::set(&options, &"compare".into(), &"u:751-0002,a:751".into()).unwrap();
    ogw_widgets::web::mount(element.clone(), options.into()).unwrap();
    let shadow_root = shadow(&element);
    until(|| find(&shadow_root, ".ogw-dc-count")).await;
    for part in [".ogw-summary", ".ogw-dc-count", ".ogw-dc-chips", ".ogw-dc-table"] {
        assert_eq!(text(&root, part), text(&shadow_root, part), "{part}");
    }
}
