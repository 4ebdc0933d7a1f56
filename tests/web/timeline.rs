//! `<ogw-timeline>` in the browser: rows and their spoken dates, the
//! keyboard path (move, expand, details, Escape), the details' links, the
//! table, feeds that are only partly known, the phone list, English.

use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRoot};

use crate::support::*;

/// Built to hold each case the issue names: an initiative with a period,
/// milestones with a "-" start, only an end, a date not yet set, a target
/// against an actual; an initiative with no period of its own; a contact
/// with mailto:/tel: and one whose address is not one.
const FEED: &str = r#"{"format":"ogw.plan/1",
  "plan":{"title":"Testplan","language":"da","as_of":"2018-09-01"},
  "themes":[{"id":"1","title":"Åbne data"},{"id":"2","title":"Velfærd"}],
  "initiatives":[
    {"id":"1.1","theme":"1","title":"Datakatalog","status":"limited","period":{"start":"2017","end":"medio 2019"},
     "lead":"Digitaliseringsstyrelsen","summary":"Et katalog over offentlige data.","status_note":"Forsinket af udbud",
     "contact":{"name":"Anna Holm","role":"Kontorchef","email":"anna@example.dk","phone":"+45 33 92 52 00"},
     "url":"https://example.dk/katalog",
     "milestones":[
       {"title":"Foranalyse","start":"Juli 2017","end":"Oktober 2017","status":"Afsluttet"},
       {"title":"Udbud","start":"-","end":"1. juni 2018","status":"limited"},
       {"title":"Lancering","end":"Endnu ikke fastlagt","status":"not_started","target":{"value":60,"unit":"kommuner"},"actual":{"value":34}}]},
    {"id":"2.1","theme":"2","title":"Uden periode","status":"substantial",
     "contact":{"name":"Bo","email":"javascript:alert(1)"},
     "milestones":[{"title":"Pilot","start":"2. kvartal 2018","end":"4. kvartal 2018","status":"ongoing"}]}]}"#;

/// The initiatives' and milestones' rows (the themes are tree items too).
fn rows(root: &ShadowRoot) -> Vec<HtmlElement> {
    all(root, ".ogw-tl-row:not([data-row^=\"g\"])")
}

/// Each row's accessible name: the text it holds for screen readers.
fn names(root: &ShadowRoot) -> Vec<String> {
    rows(root).iter().map(|r| r.text_content().unwrap_or_default()).collect()
}

fn row(root: &ShadowRoot, key: &str) -> Option<HtmlElement> {
    find(root, &format!(".ogw-tl-row[data-row=\"{key}\"]"))
}

fn focused_row(root: &ShadowRoot) -> Option<String> {
    root.active_element().and_then(|e| e.get_attribute("data-row"))
}

async fn focus_moves_to(root: &ShadowRoot, key: &str) {
    until(|| (focused_row(root).as_deref() == Some(key)).then_some(())).await;
}

#[wasm_bindgen_test]
async fn each_initiative_is_a_row_that_reads_its_dates_in_words() {
    let (_, root) = mounted("timeline", "da", 800, FEED).await;
    assert_eq!(text(&root, ".ogw-title").unwrap(), "Tidsplan for initiativerne");
    assert_eq!(
        text(&root, ".ogw-summary").unwrap(),
        "2 initiativer med 4 milepæle, 2017-2019. Pr. 1. september 2018 er 1 overskredet, og 1 har ingen fastlagt dato."
    );
    assert!(find(&root, ".ogw-tl-svg svg").is_some(), "the chart is an SVG");
    assert_eq!(
        names(&root),
        [
            "1.1 Datakatalog, 2017 til medio 2019, begrænset, 3 milepæle",
            "2.1 Uden periode, 2. til 4. kvartal 2018, væsentligt, 1 milepæl",
        ]
    );
    let stops = all(&root, ".ogw-tl-row")
        .iter()
        .filter(|r| r.get_attribute("tabindex").as_deref() == Some("0"))
        .count();
    assert_eq!(stops, 1, "one tab stop into the tree");
    assert!(
        text(&root, ".ogw-tl-labels").unwrap().contains("1.1 Datakatalog"),
        "labels beside the bars"
    );
}

#[wasm_bindgen_test]
async fn arrows_move_and_expand_enter_opens_details_and_escape_closes_them() {
    let (_, root) = mounted("timeline", "da", 800, FEED).await;
    let first = row(&root, "i0-0").unwrap();
    first.focus().unwrap();
    // Down and up go through the next theme's row, as a tree's rows do.
    press(&first, "ArrowDown");
    focus_moves_to(&root, "g1").await;
    press(&row(&root, "g1").unwrap(), "ArrowDown");
    focus_moves_to(&root, "i1-0").await;
    press(&row(&root, "i1-0").unwrap(), "ArrowUp");
    focus_moves_to(&root, "g1").await;
    press(&row(&root, "g1").unwrap(), "ArrowUp");
    focus_moves_to(&root, "i0-0").await;

    // Right shows the milestones, right again enters them; the focus stays put while they appear.
    press(&first, "ArrowRight");
    until(|| row(&root, "m0-0-2")).await;
    assert_eq!(
        focused_row(&root).as_deref(),
        Some("i0-0"),
        "expanding keeps the focus on the initiative"
    );
    assert_eq!(
        names(&root)[1..4],
        [
            "Foranalyse, juli til oktober 2017, afsluttet".to_string(),
            "Udbud, til 1. juni 2018, begrænset, overskredet".to_string(),
            "Lancering, tidspunkt ikke fastlagt, ikke påbegyndt, 34 af 60 kommuner".to_string(),
        ]
    );
    press(&first, "ArrowRight");
    focus_moves_to(&root, "m0-0-0").await;
    press(&row(&root, "m0-0-0").unwrap(), "End");
    focus_moves_to(&root, "i1-0").await;
    press(&row(&root, "i1-0").unwrap(), "Home");
    focus_moves_to(&root, "g0").await;
    first.focus().unwrap();
    press(&first, "ArrowLeft");
    until(|| row(&root, "m0-0-0").is_none().then_some(())).await;

    // Enter on a button is a click; the details take the focus.
    first.click();
    let title = until(|| find(&root, ".ogw-tl-details-title")).await;
    assert_eq!(title.text_content().unwrap(), "Datakatalog");
    assert_eq!(first.get_attribute("aria-selected").as_deref(), Some("true"), "details open");
    until(|| {
        (root.active_element().and_then(|e| e.get_attribute("id")).as_deref()
            == Some("ogw-tl-details-title"))
        .then_some(())
    })
    .await;
    press(&title, "Escape");
    until(|| find(&root, ".ogw-tl-details").is_none().then_some(())).await;
    focus_moves_to(&root, "i0-0").await;
    assert_eq!(first.get_attribute("aria-selected").as_deref(), Some("false"));
    assert_eq!(first.get_attribute("aria-expanded").as_deref(), Some("false"), "milestones hidden");
}

#[wasm_bindgen_test]
async fn details_hold_the_texts_the_contact_and_only_safe_links() {
    let (_, root) = mounted("timeline", "da", 800, FEED).await;
    row(&root, "i0-0").unwrap().click();
    let facts = until(|| text(&root, ".ogw-tl-details .ogw-facts")).await;
    for expected in [
        "Hvornår2017 til medio 2019",
        "StatusBegrænset",
        "Om statusForsinket af udbud",
        "AnsvarligDigitaliseringsstyrelsen",
        "ResuméEt katalog over offentlige data.",
        "KontaktAnna Holm, Kontorchef",
    ] {
        assert!(facts.contains(expected), "{expected:?} in {facts:?}");
    }
    let hrefs: Vec<String> = all(&root, ".ogw-tl-details a[href]")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(hrefs, ["mailto:anna@example.dk", "tel:+4533925200", "https://example.dk/katalog"]);

    row(&root, "i1-0").unwrap().click();
    until(|| {
        (text(&root, ".ogw-tl-details-title").as_deref() == Some("Uden periode")).then_some(())
    })
    .await;
    assert!(
        text(&root, ".ogw-tl-details").unwrap().contains("javascript:alert(1)"),
        "shown as text"
    );
    assert!(find(&root, ".ogw-tl-details a[href]").is_none(), "a javascript: address is no link");
}

#[wasm_bindgen_test]
async fn partly_known_dates_are_drawn_open_or_said_to_be_unknown() {
    let (_, root) = mounted("timeline", "da", 800, FEED).await;
    find(&root, ".ogw-tl-toolbar > .ogw-toggle").unwrap().click(); // show all milestones
    until(|| row(&root, "m1-0-0")).await;
    let svg = find(&root, ".ogw-tl-svg svg").unwrap().inner_html();
    assert!(svg.contains("dato ikke fastlagt"), "the row with no date says so instead of a bar");
    assert!(svg.contains("34 af 60 kommuner"), "the target against the actual is on the milestone");
    // 2.1 has no period: it spans its milestone (Q2 to Q4 2018).
    assert!(names(&root).iter().any(|n| n.starts_with("2.1 Uden periode, 2. til 4. kvartal 2018")));
}

#[wasm_bindgen_test]
async fn the_table_lists_every_item_with_its_dates_as_written() {
    let (_, root) = mounted("timeline", "da", 800, FEED).await;
    let toggle = find(&root, ".ogw-toggle[aria-controls=\"ogw-table\"]").unwrap();
    toggle.click();
    until(|| (toggle.get_attribute("aria-expanded").as_deref() == Some("true")).then_some(()))
        .await;
    let cells: Vec<String> = all(&root, ".ogw-tl-table tbody tr")
        .iter()
        .map(|tr| {
            let cells = tr.query_selector_all("th, td").unwrap();
            (0..cells.length())
                .map(|i| cells.item(i).unwrap().text_content().unwrap())
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect();
    assert_eq!(
        cells,
        [
            "1.1 Datakatalog |  | 2017 | medio 2019 | Begrænset |  | ",
            "1.1 Datakatalog | Foranalyse | Juli 2017 | Oktober 2017 | Afsluttet |  | ",
            "1.1 Datakatalog | Udbud | – | 1. juni 2018 | Begrænset; overskredet |  | ",
            "1.1 Datakatalog | Lancering | – | Endnu ikke fastlagt | Ikke påbegyndt |  | 34 af 60 kommuner",
            "2.1 Uden periode |  | – | – | Væsentligt |  | ",
            "2.1 Uden periode | Pilot | 2. kvartal 2018 | 4. kvartal 2018 | I gang |  | ",
        ]
    );
}

#[wasm_bindgen_test]
async fn a_phone_gets_a_list_with_the_same_items() {
    let (element, root) = mounted("timeline", "da", 800, FEED).await;
    element.style().set_property("width", "360px").unwrap();
    until(|| find(&root, ".ogw-tl-listing")).await;
    assert!(find(&root, ".ogw-tl-scroll").is_none(), "no chart to scroll sideways on a phone");
    let items: Vec<String> =
        all(&root, ".ogw-tl-list-title").iter().map(|e| e.text_content().unwrap()).collect();
    assert_eq!(items, ["1.1 Datakatalog", "2.1 Uden periode"]);
    all(&root, ".ogw-tl-list-toggle")[0].click();
    until(|| (all(&root, ".ogw-tl-list-title").len() == 5).then_some(())).await;
    all(&root, ".ogw-tl-list-item")[1].click();
    assert_eq!(until(|| text(&root, ".ogw-tl-details-title")).await, "Foranalyse");
}

#[wasm_bindgen_test]
async fn speaks_english_whatever_language_the_dates_are_written_in() {
    let (_, root) = mounted("timeline", "en", 800, FEED).await;
    assert_eq!(text(&root, ".ogw-title").unwrap(), "Initiative timeline");
    assert_eq!(names(&root)[0], "1.1 Datakatalog, 2017 to mid-2019, limited, 3 milestones");
}

#[wasm_bindgen_test]
async fn a_feed_that_cannot_be_read_says_so_in_the_widget() {
    let (_, root) = mounted("timeline", "en", 800, r#"{"format":"ogw.daycare/1"}"#).await;
    let message = text(&root, ".ogw-error").unwrap();
    assert!(message.contains("ogw.daycare/1"), "{message}");
}
