//! `<ogw-daycare>` in the browser: the table and its missing values, search
//! and the announced count, sorting with aria-sort, comparing up to four,
//! the state in the URL fragment, the starting attributes, a table of
//! thousands that renders only what is in view, details, the municipal
//! view, English numbers and a bad feed.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, ShadowRoot};

use crate::support::*;

const FEED: &str = include_str!("../feeds/small-daycare.json");

/// A feed of `n` institutions in two municipalities, each with a number.
fn big_feed(n: usize) -> String {
    let units: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"id":"u{i}","name":"Institution {i:04}","type":"integrated","area":"{}","values":{{"n":{}}}}}"#,
                if i % 2 == 0 { "751" } else { "101" },
                1.0 + (i % 50) as f64 / 10.0
            )
        })
        .collect();
    format!(
        r#"{{"format":"ogw.daycare/1","figures":[{{"id":"n","label":"Børn pr. voksen","decimals":1,"better":"lower","presence":"mandatory"}}],
        "areas":[{{"code":"751","name":"Aarhus"}},{{"code":"101","name":"København"}}],"units":[{}]}}"#,
        units.join(",")
    )
}

/// Mounts a dashboard with its own id (so its own part of the fragment)
/// and any starting attributes, and waits for its table.
async fn dashboard(
    id: &str,
    lang: &str,
    feed: &str,
    attributes: &[(&str, &str)],
) -> (HtmlElement, ShadowRoot) {
    let element = host(lang, 900);
    element.set_id(id);
    let options: Object = options("daycare", feed).unchecked_into();
    for (key, value) in attributes {
        Reflect::set(&options, &(*key).into(), &(*value).into()).unwrap();
    }
    ogw_widgets::web::mount(element.clone(), options.into()).unwrap();
    let root = shadow(&element);
    until(|| find(&root, ".ogw-dc-count, .ogw-error")).await;
    (element, root)
}

fn names(root: &ShadowRoot) -> Vec<String> {
    all(root, ".ogw-dc-table tbody .ogw-dc-name")
        .iter()
        .map(|b| b.text_content().unwrap())
        .collect()
}

fn row_texts(root: &ShadowRoot) -> Vec<String> {
    all(root, ".ogw-dc-table tbody tr:not(.ogw-dc-spacer)")
        .iter()
        .map(|tr| {
            let cells = tr.query_selector_all("th, td").unwrap();
            (1..cells.length())
                .map(|i| cells.item(i).unwrap().text_content().unwrap())
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect()
}

fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

fn hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

#[wasm_bindgen_test]
async fn the_table_says_each_kind_of_missing_value_in_words_and_never_zero() {
    // Both figures as columns: the second has no number anywhere, so it is not a default one.
    let (_, root) =
        dashboard("dc-missing", "da", FEED, &[("figures", "normering_0_2,paedagoger_pct")]).await;
    assert_eq!(text(&root, ".ogw-title").unwrap(), "Sammenlign dagtilbud");
    assert!(
        text(&root, ".ogw-dc-synthetic").unwrap().contains("Syntetiske data"),
        "a made-up feed says so"
    );
    assert_eq!(text(&root, ".ogw-dc-count").unwrap(), "Viser 2 af 2 institutioner");
    // Announced once typing pauses, by the live region, not by the visible count.
    assert_eq!(
        find(&root, ".ogw-dc-live").unwrap().get_attribute("role").as_deref(),
        Some("status"),
        "a live region announces"
    );
    assert_eq!(find(&root, ".ogw-dc-count").unwrap().get_attribute("role"), None);
    assert_eq!(
        row_texts(&root),
        [
            "Egernet | Aarhus | Dagpleje | 0,0 | ikke relevant | ikke oplyst | ikke oplyst",
            "Solsikken | Aarhus | Vuggestue | 3,4 | for få børn | 6.30 | 17.00",
        ]
    );
    let suppressed = all(&root, ".ogw-dc-suppressed");
    assert_eq!(suppressed.len(), 1, "suppressed looks its own way");
    assert_eq!(all(&root, ".ogw-dc-not-applicable").len(), 1);
    assert!(!all(&root, ".ogw-dc-table tbody td")
        .iter()
        .any(|td| td.class_name().contains("ogw-dc-missing")
            && td.text_content().unwrap().contains('0')));
}

#[wasm_bindgen_test]
async fn search_narrows_the_list_and_the_count_follows() {
    let (_, root) = dashboard("dc-search", "da", &big_feed(300), &[]).await;
    assert_eq!(text(&root, ".ogw-dc-count").unwrap(), "Viser 300 af 300 institutioner");
    let search: HtmlInputElement = find(&root, ".ogw-dc-search input").unwrap().unchecked_into();
    // Every word must occur: 0001 and 0010-0019.
    type_into(&search, "institution 001");
    until(|| {
        (text(&root, ".ogw-dc-count").as_deref() == Some("Viser 11 af 300 institutioner"))
            .then_some(())
    })
    .await;
    assert_eq!(names(&root)[..2], ["Institution 0001".to_string(), "Institution 0010".to_string()]);
    type_into(&search, "ingen sådan");
    until(|| find(&root, ".ogw-dc-empty")).await;
    assert_eq!(text(&root, ".ogw-dc-empty").unwrap(), "Ingen institutioner passer til søgningen.");
}

#[wasm_bindgen_test]
async fn a_heading_sorts_and_says_so_with_aria_sort() {
    let (_, root) = dashboard("dc-sort", "da", &big_feed(60), &[]).await;
    let heading = |i: usize| all(&root, ".ogw-dc-table thead th")[i].clone();
    // Columns: compare, name, municipality, type, the figure, opens, closes.
    assert_eq!(
        heading(1).get_attribute("aria-sort").as_deref(),
        Some("ascending"),
        "by name to begin with"
    );
    assert_eq!(heading(4).get_attribute("aria-sort").as_deref(), Some("none"));
    // A feed that gives no year says so, rather than implying the present.
    let label = heading(4).text_content().unwrap();
    assert!(label.starts_with("Børn pr. voksen (år ikke oplyst)"), "{label}");
    heading(4).query_selector("button").unwrap().unwrap().unchecked_into::<HtmlElement>().click();
    until(|| (heading(4).get_attribute("aria-sort").as_deref() == Some("ascending")).then_some(()))
        .await;
    assert_eq!(heading(1).get_attribute("aria-sort").as_deref(), Some("none"));
    // Lower is better for children per adult: the best first.
    let first = row_texts(&root)[0].clone();
    assert!(first.contains("| 1,0 |"), "{first}");
    heading(4).query_selector("button").unwrap().unwrap().unchecked_into::<HtmlElement>().click();
    until(|| {
        (heading(4).get_attribute("aria-sort").as_deref() == Some("descending")).then_some(())
    })
    .await;
    assert!(row_texts(&root)[0].contains("| 5,9 |"), "{:?}", row_texts(&root)[0]);
}

#[wasm_bindgen_test]
async fn up_to_four_can_be_compared_and_the_verdicts_are_in_words() {
    let (_, root) = dashboard("dc-compare", "da", &big_feed(20), &[]).await;
    let boxes = || all(&root, ".ogw-dc-table tbody .ogw-dc-pick input");
    for i in 0..4 {
        boxes()[i].click();
    }
    until(|| (all(&root, ".ogw-dc-chips li").len() == 4).then_some(())).await;
    // Still focusable, so the limit can be heard; a click adds nothing.
    assert_eq!(boxes()[4].get_attribute("aria-disabled").as_deref(), Some("true"));
    boxes()[4].click();
    sleep(100).await;
    assert_eq!(all(&root, ".ogw-dc-chips li").len(), 4, "a fifth cannot be chosen");
    assert!(text(&root, ".ogw-dc-compare").unwrap().contains("Du kan sammenligne højst fire"));
    let svg = find(&root, ".ogw-dc-compare .ogw-dc-chart svg").expect("a comparison chart");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    let table = find(&root, ".ogw-dc-compare-table").unwrap().text_content().unwrap();
    assert!(
        table.contains("bedre end")
            || table.contains("dårligere end")
            || table.contains("som landstallet")
            || table.contains("kan ikke sammenlignes")
            || table.contains("ikke oplyst"),
        "{table}"
    );
    // Removing one from its chip frees a place.
    find(&root, ".ogw-dc-remove").unwrap().click();
    until(|| (all(&root, ".ogw-dc-chips li").len() == 3).then_some(())).await;
    assert!(!boxes()[4].unchecked_ref::<HtmlInputElement>().disabled());
}

#[wasm_bindgen_test]
async fn the_state_is_kept_in_the_fragment_beside_the_page_s_own() {
    let window = web_sys::window().unwrap();
    window.history().unwrap().replace_state_with_url(&JsValue::NULL, "", Some("#top")).unwrap();
    let (element, root) = dashboard("dc-fragment", "da", &big_feed(40), &[]).await;
    let search: HtmlInputElement = find(&root, ".ogw-dc-search input").unwrap().unchecked_into();
    type_into(&search, "0003");
    until(|| hash().contains("ogw-daycare-dc-fragment=q:0003").then_some(())).await;
    assert!(hash().starts_with("#top&"), "the page's own part stays first: {}", hash());
    // A reload: a new dashboard with the same id starts where the last one was.
    ogw_widgets::web::unmount(element.clone());
    element.remove();
    let (_, again) = dashboard("dc-fragment", "da", &big_feed(40), &[]).await;
    assert_eq!(text(&again, ".ogw-dc-count").unwrap(), "Viser 1 af 40 institutioner");
    assert_eq!(
        find(&again, ".ogw-dc-search input").unwrap().unchecked_into::<HtmlInputElement>().value(),
        "0003"
    );
    window.history().unwrap().replace_state_with_url(&JsValue::NULL, "", Some("#")).unwrap();
}

#[wasm_bindgen_test]
async fn attributes_choose_where_it_starts() {
    let (_, root) = dashboard(
        "dc-attributes",
        "da",
        &big_feed(30),
        &[("municipality", "101"), ("compare", "u:u3,a:751")],
    )
    .await;
    assert_eq!(
        text(&root, ".ogw-dc-count").unwrap(),
        "Viser 15 af 30 institutioner",
        "only København's"
    );
    let chips: Vec<String> =
        all(&root, ".ogw-dc-chips li span").iter().map(|s| s.text_content().unwrap()).collect();
    assert_eq!(chips, ["Institution 0003", "Aarhus"]);
    assert!(
        !hash().contains("ogw-daycare-dc-attributes"),
        "an untouched dashboard leaves the address alone"
    );
}

#[wasm_bindgen_test]
async fn thousands_of_rows_render_only_those_in_view() {
    let (_, root) = dashboard("dc-many", "da", &big_feed(3000), &[]).await;
    let rendered = || all(&root, ".ogw-dc-table tbody tr:not(.ogw-dc-spacer)");
    assert!(rendered().len() < 60, "rendered {} rows", rendered().len());
    let table = find(&root, ".ogw-dc-table").unwrap();
    assert_eq!(table.get_attribute("aria-rowcount").as_deref(), Some("3001"));
    let scroller = find(&root, ".ogw-dc-scroll").unwrap();
    scroller.set_scroll_top(44 * 2000);
    scroller.dispatch_event(&web_sys::Event::new("scroll").unwrap()).unwrap();
    until(|| {
        rendered()
            .iter()
            .any(|tr| tr.get_attribute("aria-rowindex").as_deref() == Some("2002"))
            .then_some(())
    })
    .await;
    assert!(rendered().len() < 60);
    assert!(names(&root).contains(&"Institution 2000".to_string()), "{:?}", names(&root));
}

#[wasm_bindgen_test]
async fn details_open_with_the_focus_and_give_it_back() {
    let (_, root) = dashboard("dc-details", "da", FEED, &[]).await;
    let solsikken = all(&root, ".ogw-dc-name")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some("Solsikken"))
        .unwrap();
    solsikken.click();
    let title = until(|| find(&root, ".ogw-dc-details-title")).await;
    until(|| {
        (root.active_element().and_then(|e| e.get_attribute("id")).as_deref()
            == Some("ogw-dc-details-title"))
        .then_some(())
    })
    .await;
    let facts = text(&root, ".ogw-dc-details .ogw-facts").unwrap();
    for expected in [
        "AdresseSkolevej 1, 8000 Aarhus C",
        "Åbningstidman 6.30-17.00, fre 6.30-16.00",
        "Lukkedage3 lukkedage. Jul",
        "MadordningFrokostordning. Økologisk",
    ] {
        assert!(facts.contains(expected), "{expected:?} in {facts:?}");
    }
    assert!(find(&root, ".ogw-dc-hours svg").is_some(), "the week at a glance");
    let links: Vec<String> = all(&root, ".ogw-dc-details a[href]")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(links, ["https://example.org/solsikken", "https://example.org/pladsanvisning"]);
    press(&title, "Escape");
    until(|| find(&root, ".ogw-dc-details").is_none().then_some(())).await;
    until(|| {
        (root.active_element().and_then(|e| e.get_attribute("data-unit")).is_some()).then_some(())
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_municipal_view_has_the_enrolment_link_and_the_years() {
    let (_, root) = dashboard("dc-areas", "da", FEED, &[]).await;
    let kommuner = all(&root, ".ogw-dc-views button")[1].clone();
    kommuner.click();
    until(|| find(&root, ".ogw-dc-trend")).await;
    assert_eq!(text(&root, ".ogw-dc-count").unwrap(), "Viser 1 af 1 kommune");
    assert_eq!(
        find(&root, ".ogw-dc-areas a[href]").unwrap().get_attribute("href").as_deref(),
        Some("https://example.org/pladsanvisning")
    );
    let svg = find(&root, ".ogw-dc-trend svg").unwrap().inner_html();
    assert!(svg.contains("Ny metode"), "the method change is marked");
    assert!(text(&root, ".ogw-dc-trend .ogw-summary")
        .unwrap()
        .contains("Hele landet: 2,9 børn pr. voksen i 2022, 2,9 i 2023."));
}

#[wasm_bindgen_test]
async fn english_numbers_have_a_decimal_point() {
    let (_, root) =
        dashboard("dc-english", "en", FEED, &[("figures", "normering_0_2,paedagoger_pct")]).await;
    assert_eq!(text(&root, ".ogw-title").unwrap(), "Compare daycare");
    assert!(
        row_texts(&root).iter().any(|r| r.contains("| 3.4 | too few children |")),
        "{:?}",
        row_texts(&root)
    );
}

#[wasm_bindgen_test]
async fn a_plan_feed_is_refused_with_a_message_in_the_widget() {
    let (_, root) =
        dashboard("dc-wrong", "en", r#"{"format":"ogw.plan/1","initiatives":[]}"#, &[]).await;
    let message = text(&root, ".ogw-error").unwrap();
    assert!(message.contains("ogw.plan/1"), "{message}");
}
