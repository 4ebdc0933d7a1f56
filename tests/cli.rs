//! The `ogw` binary as users run it: real files (the seed's sample feed,
//! deliberately broken feeds), exit statuses, standard input, help texts.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use expect_test::{expect, Expect};

const SAMPLE: &str = "www/feeds/handlingsplan-2017-2019.json";
const BROKEN: &str = "tests/feeds/broken-plan.json";

fn ogw(args: &[&str]) -> Output {
    ogw_with_input(args, None)
}

fn ogw_with_input(args: &[&str], input: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ogw"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    if let Some(input) = input {
        stdin.write_all(input.as_bytes()).unwrap();
    }
    drop(stdin);
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn check(out: &Output, code: i32, expect: Expect) {
    assert_eq!(out.status.code(), Some(code), "stdout: {}\nstderr: {}", stdout(out), stderr(out));
    expect.assert_eq(&stdout(out));
}

#[test]
fn validate_lists_errors_apart_from_warnings_with_line_and_column() {
    check(
        &ogw(&["validate", BROKEN]),
        1,
        expect![[r#"
            tests/feeds/broken-plan.json:4:5: warning: plan.titel: unknown field "titel" is ignored; did you mean "title"?
            tests/feeds/broken-plan.json:10:7: warning: initiatives[1].id: id "1" is used twice; both are shown
            tests/feeds/broken-plan.json:10:18: warning: initiatives[1].theme: theme "b" is not in "themes"; shown under "No theme"
            tests/feeds/broken-plan.json:11:5: error: initiatives[2].title: is missing
            tests/feeds/broken-plan.json:12:59: warning: initiatives[3].status: "Nearly there" is not a known status; shown as text and counted as unknown
            tests/feeds/broken-plan.json:12:85: warning: initiatives[3].url: "javascript:alert(1)" is not shown as a link; only http(s):, mailto: and tel: are allowed
            tests/feeds/broken-plan.json:13:75: warning: initiatives[4].milestone: unknown field "milestone" is ignored; did you mean "milestones"?
            tests/feeds/broken-plan.json:14:5: error: initiatives[5]: expected an object, found a string
            tests/feeds/broken-plan.json: invalid: 4 initiatives, 2 errors, 6 warnings
        "#]],
    );
}

#[test]
fn validate_passes_the_seed_plan_with_warnings_only() {
    let out = ogw(&["validate", SAMPLE]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let last = stdout(&out).lines().last().unwrap().to_string();
    assert!(last.starts_with(&format!("{SAMPLE}: ok: 14 initiatives, 0 errors, ")), "{last}");
}

#[test]
fn validate_speaks_danish_and_json() {
    let out = ogw(&["validate", "--lang", "da", "--format", "json", BROKEN]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("the report is JSON");
    assert_eq!((report["valid"].as_bool(), report["errors"].as_u64(), report["warnings"].as_u64()), (Some(false), Some(2), Some(6)));
    let missing = &report["findings"][3];
    assert_eq!(missing["path"], "initiatives[2].title");
    assert_eq!((missing["line"].as_u64(), missing["column"].as_u64()), (Some(11), Some(5)));
    assert_eq!(missing["severity"], "error");
    assert_eq!(missing["problem"]["kind"], "missing");
    assert_eq!(missing["message"], "mangler");
}

#[test]
fn validate_reads_standard_input_and_reports_broken_json_where_it_breaks() {
    check(
        &ogw_with_input(&["validate", "-"], Some("{\n  \"format\": \"ogw.plan/1\",\n  \"initiatives\": [\n}")),
        1,
        expect![[r#"
            <stdin>:4:1: error: the feed is not valid JSON: error at line 4, column 1
            <stdin>: invalid: 0 initiatives, 1 errors, 0 warnings
        "#]],
    );
    check(
        &ogw_with_input(&["validate", "-"], Some("<!doctype html><title>Siden findes ikke</title>")),
        1,
        expect![[r#"
            <stdin>: error: the address gave a web page (HTML), not a JSON feed; check the address
            <stdin>: invalid: 0 initiatives, 1 errors, 0 warnings
        "#]],
    );
}

#[test]
fn usage_errors_and_missing_files_exit_with_2() {
    for args in [&["validate"][..], &["frobnicate"], &["render", SAMPLE, "--width", "12"], &["render", SAMPLE, "--widget", "pie"], &["schema", "pizza"]] {
        let out = ogw(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).is_empty(), "{args:?} says why");
    }
    let out = ogw(&["validate", "no-such-feed.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read no-such-feed.json"), "{}", stderr(&out));
}

#[test]
fn every_subcommand_has_help_with_examples() {
    for sub in ["validate", "schema", "render"] {
        let out = ogw(&[sub, "--help"]);
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("Example"), "{sub} --help: {}", stdout(&out));
    }
}

#[test]
fn no_colour_codes_when_not_on_a_terminal() {
    let out = ogw(&["validate", BROKEN]);
    assert!(!stdout(&out).contains('\u{1b}'), "escape codes in piped output");
}

#[test]
fn schema_prints_the_plan_schema() {
    let out = ogw(&["schema", "plan"]);
    let schema: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(schema["title"], "ogw.plan/1");
}

#[test]
fn render_writes_a_standalone_svg_that_says_what_it_shows() {
    let dir = std::env::temp_dir().join(format!("ogw-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("status.svg");
    let out = ogw(&["render", SAMPLE, "--widget", "status", "--lang", "da", "--width", "500", "-o", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let svg = std::fs::read_to_string(&file).unwrap();
    assert!(svg.starts_with("<svg width=\"500\""), "{}", &svg[..80]);
    assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("<title id=\"ogw-t\">Status for initiativerne</title>"));
    // The summary counts come from the feed: 2 completed, 5 substantial, 7 limited.
    let desc = &svg[svg.find("<desc").unwrap()..svg.find("</desc>").unwrap()];
    assert!(desc.contains("14") && desc.contains("2 afsluttet") && desc.contains("5 væsentligt") && desc.contains("7 begrænset"), "{desc}");

    let english = ogw(&["render", SAMPLE, "--lang", "en", "--width", "320"]);
    assert!(stdout(&english).starts_with("<svg width=\"320\""));
    assert!(stdout(&english).contains(">Initiative status</title>"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn render_refuses_a_feed_it_cannot_draw() {
    let out = ogw_with_input(&["render", "-"], Some("[1, 2]"));
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains("forventede et objekt"), "{}", stderr(&out));
}

#[test]
fn the_no_javascript_example_page_holds_what_render_draws_today() {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/no-javascript.html")).unwrap();
    let start = page.find("<svg").expect("the page has a pre-rendered chart");
    let end = page.find("</svg>").expect("the chart ends") + "</svg>".len();
    let out = ogw(&["render", SAMPLE, "--widget", "status", "--lang", "da", "--width", "640"]);
    assert!(
        &page[start..end] == stdout(&out).trim_end(),
        "www/no-javascript.html is out of date: replace its <svg> with the output of\n  ogw render {SAMPLE} --widget status --lang da --width 640"
    );
}

// The daycare feeds, made from the real municipal CSVs in tests/fixtures.

const KEY_FIGURES: &str = "tests/fixtures/dk-dagtilbud-noegletal-kommuner.csv";
const NORMERING: &str = "tests/fixtures/dk-normering-kommuner-2017-2023.csv";

fn temp_file(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ogw-cli-daycare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn imported_feed() -> (std::path::PathBuf, serde_json::Value) {
    let file = temp_file("kommuner.json");
    let out = ogw(&["import", "dk-daycare", "--key-figures", KEY_FIGURES, "--normering", NORMERING, "-o", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "", "the real CSVs import without a complaint");
    let feed = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    (file, feed)
}

#[test]
fn import_dk_daycare_reads_the_real_figures() {
    let (file, feed) = imported_feed();
    let areas = feed["areas"].as_array().unwrap();
    assert_eq!(areas.len(), 98);
    let area = |code: &str| areas.iter().find(|a| a["code"] == code).unwrap_or_else(|| panic!("{code}")).clone();
    let aarhus = area("751");
    assert_eq!(aarhus["name"], "Aarhus");
    // 751;Aarhus;46,3;38,2;405;6942;10527;18,4;37411;46189;25399;109320
    assert_eq!(aarhus["values"]["paedagoger_pct"], 46.3);
    assert_eq!(aarhus["values"]["boern_0_2"], 6942.0);
    assert_eq!(aarhus["values"]["boern"], 405.0 + 6942.0 + 10527.0);
    assert_eq!(aarhus["values"]["takst_boernehave"], 25399.0);
    // 751;Aarhus;0-2 år;2017;3 … 2023;2,9 and 3-5 år 2023;5,7
    assert_eq!(aarhus["series"]["normering_0_2"]["2017"], 3.0);
    assert_eq!(aarhus["series"]["normering_0_2"]["2023"], 2.9);
    assert_eq!(aarhus["values"]["normering_3_5"], 5.7);
    // Empty cells: 563;Fanø;50;39,3;0;38;82;;;34683;23122;125483
    let fano = area("563");
    assert_eq!(fano["values"]["sygefravaer_dage"], "not_reported");
    assert_eq!(fano["values"]["takst_dagpleje"], "not_reported");
    assert_eq!(fano["values"]["takst_vuggestue"], 34683.0);
    // Samsø has no children aged 0-2 in institutions; the source's 0 children per adult does not apply.
    assert_eq!(area("741")["series"]["normering_0_2"]["2020"], "not_applicable");
    // National values say how they were made; the sources are credited.
    assert_eq!(feed["national"]["values"]["boern"], 258677.0);
    assert!(feed["national"]["method"]["en"].as_str().unwrap().contains("weighted"));
    let sources = feed["about"]["sources"].to_string();
    assert!(sources.contains("Danmarks Statistik") && sources.contains("Børne- og Undervisningsministeriet"), "{sources}");
    assert_eq!(feed["about"]["synthetic"], false);
    let break_year = &feed["figures"].as_array().unwrap().iter().find(|f| f["id"] == "normering_0_2").unwrap()["breaks"][0]["year"];
    assert_eq!(break_year, 2023);

    let out = ogw(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).ends_with(": ok: 98 municipalities, 0 institutions, 0 errors, 0 warnings\n"), "{}", stdout(&out));
}

#[test]
fn generate_daycare_is_a_labelled_synthetic_country_the_same_for_the_same_seed() {
    let (a, b, c) = (temp_file("a.json"), temp_file("b.json"), temp_file("c.json"));
    for (file, seed) in [(&a, "1"), (&b, "1"), (&c, "2")] {
        let out = ogw(&["generate", "daycare", "--seed", seed, "-o", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let (text_a, text_b, text_c) = [&a, &b, &c].map(|f| std::fs::read_to_string(f).unwrap()).into();
    assert!(text_a == text_b, "the same seed gives the same bytes");
    assert!(text_a != text_c, "another seed, another feed");
    let feed: serde_json::Value = serde_json::from_str(&text_a).unwrap();
    assert_eq!(feed["about"]["synthetic"], true);
    let units = feed["units"].as_array().unwrap();
    assert_eq!(units.len(), 4600);
    let mut areas: Vec<&str> = units.iter().map(|u| u["area"].as_str().unwrap()).collect();
    areas.sort();
    areas.dedup();
    assert_eq!(areas.len(), 98, "institutions in every municipality");
    assert!(units.iter().any(|u| u["values"]["ikke_dansk_pct"] == "suppressed"));
    let out = ogw(&["validate", a.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).ends_with(": ok: 98 municipalities, 4600 institutions, 0 errors, 0 warnings\n"), "{}", stdout(&out));
}

#[test]
fn validate_finds_daycare_problems_with_line_and_column() {
    let feed = "{\n  \"format\": \"ogw.daycare/1\",\n  \"figures\": [{\"id\": \"n\", \"label\": \"N\", \"better\": \"smaller\"}],\n  \"areas\": [{\"code\": \"751\", \"name\": \"Aarhus\", \"valuse\": {}}],\n  \"units\": [{\"id\": \"1\", \"name\": \"A\", \"type\": \"nursery\", \"values\": {\"n\": \"zero\"}},\n            {\"name\": \"no id\"}]\n}\n";
    check(
        &ogw_with_input(&["validate", "-"], Some(feed)),
        1,
        expect![[r#"
            <stdin>:3:41: warning: figures[0].better: "smaller" is not one of higher, lower, none; ignored
            <stdin>:4:47: warning: areas[0].valuse: unknown field "valuse" is ignored; did you mean "values"?
            <stdin>:5:68: warning: units[0].values.n: "zero" is neither a number nor not_reported, suppressed or not_applicable; shown as not reported
            <stdin>:6:13: error: units[1].id: is missing
            <stdin>: invalid: 1 municipalities, 1 institutions, 1 errors, 3 warnings
        "#]],
    );
}

#[test]
fn schema_prints_the_daycare_schema_and_new_commands_have_help() {
    let out = ogw(&["schema", "daycare"]);
    let schema: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(schema["title"], "ogw.daycare/1");
    for args in [&["import", "dk-daycare", "--help"][..], &["generate", "daycare", "--help"], &["import", "--help"], &["generate", "--help"]] {
        let out = ogw(args);
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("Example"), "{args:?}: {}", stdout(&out));
    }
    let out = ogw(&["import", "dk-daycare", "--key-figures", "no-such.csv", "--normering", NORMERING]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read no-such.csv"));
}
