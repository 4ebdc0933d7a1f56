//! `<ogw-status>` in the browser: rendering, the table, the keyboard, bad
//! feeds, and that feed text never becomes markup.

use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use crate::support::*;

const FEED: &str = r#"{"format":"ogw.plan/1","plan":{"title":"Testplan"},
  "themes":[{"id":"1","title":"Åbne data"},{"id":"2","title":"Velfærd"}],
  "initiatives":[
    {"id":"1.1","theme":"1","title":"Flere åbne data","lead":"Rigsarkivet","status":"limited"},
    {"id":"1.2","theme":"1","title":"Grunddata","lead":"Digitaliseringsstyrelsen","status":"Væsentligt"},
    {"id":"2.1","theme":"2","title":"Telemedicin","lead":"Sundhedsministeriet","status":"completed"},
    {"id":"2.2","theme":"2","title":"Meld en regel","status":"limited"}]}"#;

#[wasm_bindgen_test]
async fn shows_title_summary_and_one_button_per_bar_segment() {
    let (_, root) = mounted("status", "da", 600, FEED).await;
    assert_eq!(text(&root, ".ogw-title").unwrap(), "Status for initiativerne");
    assert_eq!(
        text(&root, ".ogw-summary").unwrap(),
        "4 initiativer: 1 afsluttet, 1 væsentligt, 2 begrænset, 0 ikke påbegyndt."
    );
    let svg = find(&root, ".ogw-svg svg").expect("the chart is an SVG");
    assert_eq!(
        svg.get_attribute("width").as_deref(),
        Some("566"),
        "drawn at the card's inner width"
    );
    // Overall: completed, substantial, limited; theme 1: substantial, limited; theme 2: completed, limited.
    let labels: Vec<String> =
        all(&root, ".ogw-seg").iter().map(|b| b.text_content().unwrap_or_default()).collect();
    assert_eq!(
        labels,
        [
            "Alle initiativer: 1 initiativ afsluttet",
            "Alle initiativer: 1 initiativ væsentligt",
            "Alle initiativer: 2 initiativer begrænset",
            "Åbne data: 1 initiativ væsentligt",
            "Åbne data: 1 initiativ begrænset",
            "Velfærd: 1 initiativ afsluttet",
            "Velfærd: 1 initiativ begrænset",
        ]
    );
    let tabbable: Vec<_> =
        all(&root, ".ogw-seg").iter().map(|b| b.get_attribute("tabindex").unwrap()).collect();
    assert_eq!(
        tabbable.iter().filter(|t| *t == "0").count(),
        1,
        "one tab stop into the chart: {tabbable:?}"
    );
}

#[wasm_bindgen_test]
async fn the_table_holds_the_same_numbers_one_button_away() {
    let (_, root) = mounted("status", "da", 600, FEED).await;
    let wrap = find(&root, "#ogw-table").unwrap();
    let shown = |e: &HtmlElement| e.offset_height() > 0;
    assert!(!shown(&wrap), "the table starts hidden");
    let toggle = find(&root, ".ogw-toggle").unwrap();
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert_eq!(toggle.inner_text(), "Vis tallene som tabel");
    toggle.click();
    until(|| shown(&wrap).then_some(())).await;
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(toggle.inner_text(), "Skjul tabellen", "the label says what the button does now");
    let rows: Vec<String> =
        all(&root, ".ogw-table tbody tr").iter().map(|tr| tr.text_content().unwrap()).collect();
    // Theme | Afsluttet | Væsentligt | Begrænset | Ikke påbegyndt | I alt
    assert_eq!(rows, ["Alle initiativer11204", "Åbne data01102", "Velfærd10102"]);
    assert_eq!(all(&root, ".ogw-table thead th").len(), 6);
}

#[wasm_bindgen_test]
async fn activating_a_segment_lists_its_initiatives_and_escape_closes_it() {
    let (_, root) = mounted("status", "da", 600, FEED).await;
    let limited = all(&root, ".ogw-seg")[2].clone();
    limited.click();
    let items = until(|| {
        let items = all(&root, ".ogw-detail .ogw-item");
        (!items.is_empty()).then_some(items)
    })
    .await;
    assert_eq!(limited.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(
        text(&root, ".ogw-detail-title").unwrap(),
        "Alle initiativer: 2 initiativer begrænset"
    );
    let texts: Vec<String> = items.iter().map(|li| li.text_content().unwrap()).collect();
    assert_eq!(texts, ["1.1 Flere åbne dataAnsvarlig: Rigsarkivet", "2.2 Meld en regel"]);
    press(&limited, "Escape");
    until(|| find(&root, ".ogw-detail").is_none().then_some(())).await;
    assert_eq!(limited.get_attribute("aria-pressed").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn arrow_keys_move_focus_between_segments() {
    let (_, root) = mounted("status", "da", 600, FEED).await;
    let segments = all(&root, ".ogw-seg");
    segments[0].focus().unwrap();
    press(&segments[0], "ArrowRight");
    let active = || root.active_element().map(|e| e.get_attribute("data-i").unwrap_or_default());
    until(|| (active().as_deref() == Some("1")).then_some(())).await;
    // The roving tab stop follows focus (Leptos applies it on its next tick).
    until(|| (segments[1].get_attribute("tabindex").as_deref() == Some("0")).then_some(())).await;
    assert_eq!(segments[0].get_attribute("tabindex").as_deref(), Some("-1"));
    // Down goes to the nearest segment below: overall "substantial" spans
    // 1-2 initiatives, so below it is theme 1's "limited" (1-2), not its first.
    press(&segments[1], "ArrowDown");
    until(|| (active().as_deref() == Some("4")).then_some(())).await;
    press(&segments[4], "End");
    until(|| (active().as_deref() == Some("6")).then_some(())).await;
}

#[wasm_bindgen_test]
async fn speaks_english_when_the_page_does() {
    let (_, root) = mounted("status", "en-GB", 600, FEED).await;
    assert_eq!(text(&root, ".ogw-title").unwrap(), "Initiative status");
    assert_eq!(
        text(&root, ".ogw-summary").unwrap(),
        "4 initiatives: 1 completed, 1 substantial, 2 limited, 0 not started."
    );
    assert_eq!(find(&root, ".ogw-root").unwrap().get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn a_broken_feed_says_what_is_wrong_inside_the_widget() {
    let (_, root) =
        mounted("status", "da", 600, "{\"format\": \"ogw.plan/1\", \"initiatives\": [").await;
    let message = text(&root, ".ogw-error").unwrap();
    assert!(message.contains("Kan ikke vise data"), "{message}");
    assert!(
        message.contains("data er ikke gyldig JSON: slutter for tidligt i linje 1"),
        "{message}"
    );
}

#[wasm_bindgen_test]
async fn a_partly_bad_feed_draws_the_good_part_and_says_what_was_skipped() {
    let feed = r#"{"format":"ogw.plan/1","initiatives":[
        {"id":"1","title":"God","status":"completed"},
        {"title":"Uden id","status":"limited"},
        {"id":"3","title":"Også god","status":"limited","milestones":"snart"}]}"#;
    let (_, root) = mounted("status", "da", 400, feed).await;
    assert_eq!(
        text(&root, ".ogw-summary").unwrap(),
        "2 initiativer: 1 afsluttet, 0 væsentligt, 1 begrænset, 0 ikke påbegyndt."
    );
    let notice = text(&root, ".ogw-notice").unwrap();
    assert!(notice.contains("1 initiativ kunne ikke vises"), "{notice}");
    assert!(notice.contains("initiatives[1].id: mangler"), "{notice}");
}

#[wasm_bindgen_test]
async fn feed_text_is_never_markup() {
    let feed = r#"{"format":"ogw.plan/1","themes":[{"id":"1","title":"<img src=x onerror=alert(1)>"}],
        "initiatives":[{"id":"1","theme":"1","title":"<b>fed</b>","status":"limited","url":"javascript:alert(1)"}]}"#;
    let (_, root) = mounted("status", "da", 600, feed).await;
    all(&root, ".ogw-seg")[0].click();
    until(|| find(&root, ".ogw-item")).await;
    assert!(find(&root, "img, b, script").is_none(), "no element came from feed text");
    assert_eq!(text(&root, ".ogw-item-title").unwrap(), "<b>fed</b>");
    assert!(find(&root, ".ogw-item a[href]").is_none(), "a javascript: URL is not a link");
}

#[wasm_bindgen_test]
async fn follows_its_container_down_to_a_phone() {
    let (element, root) = mounted("status", "da", 800, FEED).await;
    let svg_width = || find(&root, ".ogw-svg svg").and_then(|s| s.get_attribute("width"));
    assert_eq!(svg_width().as_deref(), Some("766"));
    element.style().set_property("width", "320px").unwrap();
    until(|| (svg_width().as_deref() == Some("286")).then_some(())).await;
    assert_eq!(all(&root, ".ogw-seg").len(), 7, "the same segments, redrawn");
}

#[wasm_bindgen_test]
async fn unmount_removes_the_widget_and_shows_the_fallback_again() {
    let (element, root) = mounted("status", "da", 600, FEED).await;
    ogw_widgets::web::unmount(element.clone());
    assert!(find(&root, ".ogw-root").is_none());
    assert!(find(&root, "slot").is_some(), "the element's own content shows again");
}
