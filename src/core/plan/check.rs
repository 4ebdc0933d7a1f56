//! Data-driven tests of reading feeds: a feed in, a snapshot of what was
//! kept and every problem out. `UPDATE_EXPECT=1 cargo test` rewrites them.

use expect_test::{expect, Expect};

use super::read::read_plan;
use crate::core::i18n::Lang;

fn render(json: &str) -> String {
    match read_plan(json) {
        Err(fatal) => format!("fatal: {}", fatal.describe(Lang::En)),
        Ok(read) => {
            let mut out = String::new();
            for i in &read.feed.initiatives {
                let label =
                    i.status.label.as_deref().map(|l| format!(" ({l})")).unwrap_or_default();
                out += &format!(
                    "{} [{}{}] {} / {} milestones\n",
                    i.id,
                    i.status.status.id(),
                    label,
                    i.title.get(Lang::En),
                    i.milestones.len()
                );
            }
            out += &format!("skipped: {}\n", read.skipped_initiatives);
            for p in &read.problems {
                out += &format!("{:?}: {}\n", p.severity, p.describe(Lang::En));
            }
            out
        }
    }
}

fn check(json: &str, expect: Expect) {
    expect.assert_eq(&render(json));
}

#[test]
fn a_clean_feed_has_no_problems() {
    check(
        r#"{"format":"ogw.plan/1","plan":{"title":"P"},"themes":[{"id":"1","title":"T"}],
            "initiatives":[{"id":"1.1","theme":"1","title":{"da":"Åbne data","en":"Open data"},"status":"limited",
              "milestones":[{"title":"m","status":"Afsluttet"}]}]}"#,
        expect![[r#"
            1.1 [limited] Open data / 1 milestones
            skipped: 0
        "#]],
    );
}

#[test]
fn labels_people_write_are_normalised_and_free_text_kept() {
    check(
        r#"{"format":"ogw.plan/1","initiatives":[
            {"id":1.3,"title":"a","status":"Gennemført","milestones":[
              {"title":"m1","status":"Der er 34 kommuner med"},{"title":"m2","status":"I gang"},
              {"title":"m3","status":"-"},{"title":"m4","status":"Begrænset – Indledende møde afholdt"}]},
            {"id":"2","title":"b","status":"Not Started"},
            {"id":"3","title":"c"}]}"#,
        expect![[r#"
            1.3 [completed (Gennemført)] a / 4 milestones
            2 [not_started (Not Started)] b / 0 milestones
            3 [unknown] c / 0 milestones
            skipped: 0
            Warning: initiatives[0].milestones[0].status: "Der er 34 kommuner med" is not a known status; shown as text and counted as unknown
            Warning: initiatives[2].status: is missing
        "#]],
    );
}

#[test]
fn bad_items_are_skipped_and_the_rest_is_kept() {
    check(
        r#"{"format":"ogw.plan/1","initiatives":[
            {"id":"1","title":"good","status":"completed"},
            {"title":"no id","status":"completed"},
            {"id":"3","status":"limited"},
            "just a string",
            {"id":{"x":1},"title":"object id"},
            {"id":"6","title":"bad milestones","status":"limited","milestones":"soon"},
            {"id":"7","title":"one bad milestone","status":"limited","milestones":[{"title":"ok"},{"start":"2018"},[1]]},
            {"id":"1","title":"duplicate","status":"limited","url":"javascript:alert(1)","theme":"9"}]}"#,
        expect![[r#"
            1 [completed] good / 0 milestones
            6 [limited] bad milestones / 0 milestones
            7 [limited] one bad milestone / 1 milestones
            1 [limited] duplicate / 0 milestones
            skipped: 4
            Error: initiatives[1].id: is missing
            Error: initiatives[2].title: is missing
            Error: initiatives[3]: expected an object, found a string
            Error: initiatives[4].id: expected a string or a number, found an object
            Warning: initiatives[5].milestones: expected a list, found a string
            Error: initiatives[6].milestones[1].title: is missing
            Error: initiatives[6].milestones[2]: expected an object, found a list
            Warning: initiatives[7].url: "javascript:alert(1)" is not shown as a link; only http(s): with a host, mailto: without cc/bcc and tel: are allowed
            Warning: initiatives[7].theme: theme "9" is not in "themes"; shown under "No theme"
            Warning: initiatives[7].id: id "1" is used twice; both are shown
        "#]],
    );
}

#[test]
fn feeds_that_cannot_be_drawn_say_why() {
    check(
        "",
        expect![[r#"fatal: the feed is not valid JSON: it ends too early, at line 1, column 0"#]],
    );
    check(
        "{\"format\": \"ogw.plan/1\",\n \"initiatives\": [1,}",
        expect!["fatal: the feed is not valid JSON: error at line 2, column 20"],
    );
    check("[]", expect![[r#"fatal: expected an object, found a list"#]]);
    check(
        "<!doctype html><title>Siden findes ikke</title>",
        expect![[
            r#"fatal: the address gave a web page (HTML), not a JSON feed; check the address"#
        ]],
    );
    check(
        r#"{"format":"ogw.daycare/1","initiatives":[]}"#,
        expect![[
            r#"fatal: format: format is "ogw.daycare/1", but this widget shows "ogw.plan/1""#
        ]],
    );
    check(r#"{"format":"ogw.plan/1"}"#, expect![[r#"fatal: initiatives: is missing"#]]);
    check(
        r#"{"format":"ogw.plan/1","initiatives":{"a":1}}"#,
        expect![[r#"fatal: initiatives: expected a list, found an object"#]],
    );
}

#[test]
fn a_missing_format_is_read_as_a_plan_with_a_warning() {
    check(
        r#"{"initiatives":[{"id":"1","title":"a","status":"limited"}]}"#,
        expect![[r#"
            1 [limited] a / 0 milestones
            skipped: 0
            Warning: format: "format" is missing; reading the feed as "ogw.plan/1"
        "#]],
    );
}

#[test]
fn dates_that_cannot_be_read_or_run_backwards_are_warned_about() {
    check(
        r#"{"format":"ogw.plan/1","plan":{"as_of":"1. september 2018","period":{"start":"2019","end":"2017"}},"initiatives":[
            {"id":"1","title":"a","status":"limited","period":{"start":"2020-2016"},"milestones":[
              {"title":"unreadable","start":"snart","end":"Der er 34 kommuner med"},
              {"title":"backwards","start":"2. halvår 2018","end":"1. halvår 2018"},
              {"title":"fuzzy overlap is fine","start":"2020","end":"2020"},
              {"title":"moved backwards","start":"2018","end":"2019","original_start":"december 2017","original_end":"juni 2017"},
              {"title":"no date is not a problem","start":"-","end":"Endnu ikke fastlagt","original_end":"TBD"},
              {"title":"a deadline and a sentence","end":"Ved udgangen af 2019 forventes alle …"}]}]}"#,
        expect![[r#"
            1 [limited] a / 6 milestones
            skipped: 0
            Warning: plan.as_of: "1. september 2018" is not a date as YYYY-MM-DD (e.g. "2018-09-01"); today's date is used instead
            Warning: plan.period.end: ends ("2017") before it starts ("2019"); check the dates
            Warning: initiatives[0].milestones[0].start: "snart" cannot be read as a date; shown as text, with no place on the timeline (write e.g. "June 2018" or "Q2 2018")
            Warning: initiatives[0].milestones[0].end: "Der er 34 kommuner med" cannot be read as a date; shown as text, with no place on the timeline (write e.g. "June 2018" or "Q2 2018")
            Warning: initiatives[0].milestones[1].end: ends ("1. halvår 2018") before it starts ("2. halvår 2018"); check the dates
            Warning: initiatives[0].milestones[3].original_end: ends ("juni 2017") before it starts ("december 2017"); check the dates
            Warning: initiatives[0].period.start: ends ("2016") before it starts ("2020"); check the dates
        "#]],
    );
    check(
        r#"{"format":"ogw.plan/1","plan":{"as_of":"2018-02-30"},"initiatives":[{"id":"1","title":"a","status":"limited"}]}"#,
        expect![[r#"
            1 [limited] a / 0 milestones
            skipped: 0
            Warning: plan.as_of: "2018-02-30" is not a date as YYYY-MM-DD (e.g. "2018-09-01"); today's date is used instead
        "#]],
    );
}

#[test]
fn date_warnings_speak_danish_too() {
    let read = read_plan(
        r#"{"format":"ogw.plan/1","plan":{"as_of":"2018/09/01"},"initiatives":[{"id":"1","title":"a","status":"limited",
            "milestones":[{"title":"m","start":"2019","end":"snart"},{"title":"n","start":"2019","end":"2018"}]}]}"#,
    )
    .unwrap();
    let messages: Vec<String> = read.problems.iter().map(|p| p.describe(Lang::Da)).collect();
    expect![[r#"
        [
            "plan.as_of: \"2018/09/01\" er ikke en dato som ÅÅÅÅ-MM-DD (fx \"2018-09-01\"); dags dato bruges i stedet",
            "initiatives[0].milestones[0].end: \"snart\" kan ikke læses som en dato; vises som tekst uden plads på tidslinjen (skriv fx \"juni 2018\" eller \"2. kvartal 2018\")",
            "initiatives[0].milestones[1].end: slutter (\"2018\") før det starter (\"2019\"); tjek datoerne",
        ]
    "#]].assert_debug_eq(&messages);
}

#[test]
fn a_number_too_large_is_a_problem_at_its_path_and_the_rest_is_read() {
    // 1e309 is beyond f64: JSON parsers refuse the whole text for it. A number
    // inside a string is text, and the escaped quote does not end the string.
    check(
        r#"{"format":"ogw.plan/1","initiatives":[
            {"id":"1","title":"A \"1e309\" 1e309","status":"limited",
             "milestones":[{"title":"m","target":1e309,"actual":{"value":-1e400,"unit":"x"}}]},
            {"id":"2","title":"B","status":"completed",
             "milestones":[{"title":"m","target":1e16,"actual":{"value":1e308}},{"title":"n","target":1E15}]}]}"#,
        expect![[r#"
            1 [limited] A "1e309" 1e309 / 1 milestones
            2 [completed] B / 2 milestones
            skipped: 0
            Warning: initiatives[0].milestones[0].target: the number is too large (more than 15 digits); ignored
            Warning: initiatives[0].milestones[0].actual.value: the number is too large (more than 15 digits); ignored
            Warning: initiatives[1].milestones[0].target: the number is too large (more than 15 digits); ignored
            Warning: initiatives[1].milestones[0].actual.value: the number is too large (more than 15 digits); ignored
        "#]],
    );
    check(
        r#"{"format":"ogw.plan/1","initiatives":[{"id":"1","title":"A","status":"x"}], 1e309}"#,
        expect!["fatal: the feed is not valid JSON: error at line 1, column 77"],
    );
}
