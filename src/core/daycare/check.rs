//! Data-driven snapshot tests of reading daycare feeds: a feed in, what was
//! kept and every problem out. `UPDATE_EXPECT=1 cargo test` rewrites them.

use expect_test::{expect, Expect};

use super::read::read_daycare;
use super::value::Value;
use crate::core::i18n::Lang;

fn value_text(v: Value) -> String {
    match v {
        Value::Number(n) => format!("{n}"),
        other => other.word().unwrap().to_string(),
    }
}

fn render(json: &str) -> String {
    match read_daycare(json) {
        Err(fatal) => format!("fatal: {}", fatal.describe(Lang::En)),
        Ok(read) => {
            let f = &read.feed;
            let mut out = String::new();
            for fig in &f.figures {
                out += &format!(
                    "figure {} ({:?}, {:?}, {} decimals)\n",
                    fig.id, fig.better, fig.presence, fig.decimals
                );
            }
            for a in &f.areas {
                let values: Vec<String> =
                    a.values.0.iter().map(|(k, v)| format!("{k}={}", value_text(*v))).collect();
                let series: Vec<String> = a
                    .series
                    .0
                    .iter()
                    .map(|(k, s)| {
                        format!(
                            "{k}:{}",
                            s.0.iter()
                                .map(|(y, v)| format!("{y}={}", value_text(*v)))
                                .collect::<Vec<_>>()
                                .join(",")
                        )
                    })
                    .collect();
                out += &format!(
                    "area {} {} [{}] {}\n",
                    a.code,
                    a.name,
                    values.join(" "),
                    series.join(" ")
                );
            }
            for u in &f.units {
                let values: Vec<String> =
                    u.values.0.iter().map(|(k, v)| format!("{k}={}", value_text(*v))).collect();
                let hours = u
                    .opening_hours
                    .as_ref()
                    .map(|h| h.summary(Lang::En))
                    .unwrap_or_else(|| "-".into());
                out += &format!(
                    "unit {} {} {} in {:?} [{}] hours: {hours}\n",
                    u.id,
                    u.name,
                    u.kind.id(),
                    u.area,
                    values.join(" ")
                );
            }
            out += &format!("skipped: {:?}\n", read.skipped);
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

const FIGURES: &str = r#""figures":[
    {"id":"normering_0_2","label":{"da":"Børn pr. voksen","en":"Children per adult"},"decimals":1,"better":"lower","presence":"mandatory"},
    {"id":"paedagoger_pct","label":"Pædagoger","unit":"%","decimals":1,"better":"higher","presence":"mandatory"}]"#;

#[test]
fn a_clean_feed_keeps_the_three_kinds_of_missing_apart() {
    check(
        &format!(
            r#"{{"format":"ogw.daycare/1",{FIGURES},
              "areas":[{{"code":751,"name":"Aarhus","values":{{"normering_0_2":2.9,"paedagoger_pct":"not_reported"}},
                        "series":{{"normering_0_2":{{"2018":2.9,"2017":3.0,"2019":"suppressed"}}}}}}],
              "units":[{{"id":"u1","name":"Solsikken","type":"nursery","area":"751",
                        "values":{{"normering_0_2":0,"paedagoger_pct":"suppressed"}},
                        "opening_hours":{{"mon":"06:30-17:00","tue":"06:30-17:00","wed":"06:30-17:00","thu":"06:30-17:00","fri":"06:30-16:00"}}}},
                       {{"id":"u2","name":"Dagplejen Nord","type":"dagpleje","area":"751","values":{{"paedagoger_pct":"not_applicable","normering_0_2":null}}}}]}}"#
        ),
        expect![[r#"
            figure normering_0_2 (Lower, Mandatory, 1 decimals)
            figure paedagoger_pct (Higher, Mandatory, 1 decimals)
            area 751 Aarhus [normering_0_2=2.9 paedagoger_pct=not_reported] normering_0_2:2017=3,2018=2.9,2019=suppressed
            unit u1 Solsikken nursery in Some("751") [normering_0_2=0 paedagoger_pct=suppressed] hours: Mon-Thu 6:30-17:00, Fri 6:30-16:00
            unit u2 Dagplejen Nord family_daycare in Some("751") [normering_0_2=not_reported paedagoger_pct=not_applicable] hours: -
            skipped: Skipped { figures: 0, areas: 0, units: 0, postcodes: 0 }
        "#]],
    );
}

#[test]
fn bad_items_are_left_out_and_repeated_problems_reported_once() {
    check(
        &format!(
            r#"{{"format":"ogw.daycare/1",{FIGURES},
              "areas":[{{"code":"101","name":"København"}},{{"code":"101","name":"Again"}},{{"name":"No code"}},"x"],
              "units":[{{"id":"a","name":"A","type":"skovbørnehave","area":"999","values":{{"normering_3_5":4,"paedagoger_pct":"lots"}}}},
                       {{"id":"b","name":"B","type":"kindergarten","area":"999","values":{{"normering_3_5":5,"paedagoger_pct":[1]}},
                         "opening_hours":{{"mon":"all day","tue":7}},"meals":"buffet","location":{{"lat":95,"lon":10}},"url":"javascript:x"}},
                       {{"id":"a","name":"A again","type":"integrated","ages":["0-2","6-9"],"closing_days":{{"count":-1,"dates":["2025-12-24"]}}}},
                       {{"name":"no id"}}, {{"id":"c"}}]}}"#
        ),
        expect![[r#"
            figure normering_0_2 (Lower, Mandatory, 1 decimals)
            figure paedagoger_pct (Higher, Mandatory, 1 decimals)
            area 101 København [] 
            unit a A other in Some("999") [paedagoger_pct=not_reported] hours: -
            unit b B kindergarten in Some("999") [paedagoger_pct=not_reported] hours: -
            unit a A again integrated in None [] hours: -
            skipped: Skipped { figures: 0, areas: 3, units: 2, postcodes: 0 }
            Error: areas[1].code: "101" is used before; this one is left out
            Error: areas[2].code: is missing
            Error: areas[3]: expected an object, found a string
            Warning: units[0].type: "skovbørnehave" is not one of nursery, kindergarten, integrated, family_daycare, other; ignored
            Warning: units[0].area: municipality "999" is not in "areas"; shown without a municipal average
            Warning: units[0].values.normering_3_5: key figure "normering_3_5" is not in "figures"; the value is ignored (reported once)
            Warning: units[0].values.paedagoger_pct: "lots" is neither a number nor not_reported, suppressed or not_applicable; shown as not reported
            Warning: units[1].location.lat: must be between -90 and 90; ignored
            Warning: units[1].values.paedagoger_pct: expected a number, found a list
            Warning: units[1].opening_hours.mon: "all day" is not opening hours like "06:30-17:00" or "closed"; shown as not reported
            Warning: units[1].opening_hours.tue: expected a string, found a number
            Warning: units[1].meals: "buffet" is not one of lunch, all_meals, packed_lunch, other; ignored
            Warning: units[1].url: "javascript:x" is not shown as a link; only http(s): with a host, mailto: without cc/bcc and tel: are allowed
            Warning: units[2].ages[1]: "6-9" is not one of 0-2, 3-5; ignored
            Warning: units[2].closing_days.count: must be between 0 and 366; ignored
            Error: units[3].id: is missing
            Error: units[4].name: is missing
            Warning: units[2].id: id "a" is used twice; both are shown
        "#]],
    );
}

#[test]
fn feeds_that_cannot_be_shown_say_why() {
    check("", expect!["fatal: the feed is not valid JSON: it ends too early, at line 1, column 0"]);
    check("[]", expect!["fatal: expected an object, found a list"]);
    check(
        r#"{"format":"ogw.plan/1","initiatives":[]}"#,
        expect![[
            r#"fatal: format: format is "ogw.plan/1", but this widget shows "ogw.daycare/1""#
        ]],
    );
    check(
        r#"{"format":"ogw.daycare/1","figures":[]}"#,
        expect!["fatal: the feed has no municipalities or institutions to show"],
    );
    check(
        r#"{"format":"ogw.daycare/1","figures":[],"units":{}}"#,
        expect!["fatal: the feed has no municipalities or institutions to show"],
    );
}

#[test]
fn a_feed_without_figures_or_format_still_shows_its_institutions() {
    check(
        r#"{"units":[{"id":"1","name":"Troldehøj","type":"Børnehave","values":{"x":1,"y":2},"meals":{"scheme":"Frokostordning"}}]}"#,
        expect![[r#"
            unit 1 Troldehøj kindergarten in None [] hours: -
            skipped: Skipped { figures: 0, areas: 0, units: 0, postcodes: 0 }
            Warning: format: "format" is missing; reading the feed as "ogw.daycare/1"
            Error: figures: is missing
            Warning: units[0].values.x: key figure "x" is not in "figures"; the value is ignored (reported once)
            Warning: units[0].values.y: key figure "y" is not in "figures"; the value is ignored (reported once)
        "#]],
    );
}

#[test]
fn a_number_too_large_is_ignored_where_it_is_and_the_rest_is_read() {
    check(
        &format!(
            r#"{{"format":"ogw.daycare/1",{FIGURES},
              "areas":[{{"code":751,"name":"Aarhus","values":{{"normering_0_2":1e309,"paedagoger_pct":-1e308}},
                        "series":{{"normering_0_2":{{"2018":2.9,"2019":1e16}}}}}}],
              "units":[{{"id":"u1","name":"Solsikken","type":"nursery","area":"751",
                        "values":{{"normering_0_2":3.1,"paedagoger_pct":18446744073709551615}}}}]}}"#
        ),
        expect![[r#"
            figure normering_0_2 (Lower, Mandatory, 1 decimals)
            figure paedagoger_pct (Higher, Mandatory, 1 decimals)
            area 751 Aarhus [normering_0_2=not_reported paedagoger_pct=not_reported] normering_0_2:2018=2.9,2019=not_reported
            unit u1 Solsikken nursery in Some("751") [normering_0_2=3.1 paedagoger_pct=not_reported] hours: -
            skipped: Skipped { figures: 0, areas: 0, units: 0, postcodes: 0 }
            Warning: areas[0].values.normering_0_2: the number is too large (more than 15 digits); ignored
            Warning: areas[0].values.paedagoger_pct: the number is too large (more than 15 digits); ignored
            Warning: areas[0].series.normering_0_2.2019: the number is too large (more than 15 digits); ignored
            Warning: units[0].values.paedagoger_pct: the number is too large (more than 15 digits); ignored
        "#]],
    );
}
