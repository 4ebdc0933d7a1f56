//! Data-driven tests of the timeline: a feed in, every row's accessible
//! name, its days and its bar out. `UPDATE_EXPECT=1 cargo test` rewrites
//! the snapshots.

use expect_test::{expect, Expect};

use super::model::{build_timeline, Item};
use super::words::{item_name, list_facts, row_facts, status_words, timeline_summary};
use crate::core::chart::timeline::layout::{layout_timeline, RowKind, Zoom};
use crate::core::date::day::iso;
use crate::core::date::{parse_iso, DatePhrase};
use crate::core::i18n::Lang;
use crate::core::plan::read::read_plan;

fn days(item: &Item) -> String {
    let day = |d: Option<i32>| d.map_or("?".to_string(), iso);
    let side = |p: &Option<DatePhrase>| match p {
        None => "none".to_string(),
        Some(p) => format!("{}..{}", day(p.earliest()), day(p.latest())),
    };
    format!("[{} → {}]", side(&item.start), side(&item.end))
}

fn render(json: &str, lang: Lang) -> String {
    let read = read_plan(json).expect("the test feed reads");
    let timeline = build_timeline(&read.feed, parse_iso("2018-09-01").unwrap(), lang);
    let layout = layout_timeline(&timeline, Zoom::Years, 800.0, lang, &|_, _| true);
    let mut out = format!("{}\n", timeline_summary(&timeline, lang));
    for row in &layout.rows {
        let (item, indent, more) = match row.kind {
            RowKind::Group { group } => {
                out += &format!("# {}\n", timeline.groups[group].title);
                continue;
            }
            RowKind::Initiative { group, initiative } => {
                (&timeline.groups[group].initiatives[initiative].item, "", "  ")
            }
            RowKind::Milestone { group, initiative, milestone } => (
                &timeline.groups[group].initiatives[initiative].milestones[milestone],
                "  - ",
                "      ",
            ),
        };
        let bar = match &row.bar {
            None => "no bar".to_string(),
            Some(b) => {
                let open = match (b.open_start, b.open_end) {
                    (true, true) => " open both",
                    (true, false) => " open start",
                    (false, true) => " open end",
                    _ => "",
                };
                format!("{} crisp, {} fuzzy{open}", b.crisp.iter().count(), b.fuzzy.len())
            }
        };
        out += &format!("{indent}{}\n{more}{} {bar}\n", item_name(item, lang), days(item));
    }
    out
}

fn check(json: &str, lang: Lang, expect: Expect) {
    expect.assert_eq(&render(json, lang));
}

#[test]
fn dates_are_read_in_the_feeds_language_and_said_in_the_widgets() {
    let feed = r#"{"format":"ogw.plan/1","plan":{"language":"en"},"initiatives":[
        {"id":"1","title":"Portal","status":"ongoing","period":{"start":"Q3 2017","end":"mid-2019"},"milestones":[
          {"title":"Study","start":"7/1/2017","end":"October 2017","status":"completed"},
          {"title":"Build","start":"H2 2017","end":"H2 2018","original_end":"H1 2018","status":"ongoing"}]}]}"#;
    check(
        feed,
        Lang::Da,
        expect![[r#"
            1 initiativ med 2 milepæle, 2017-2019. Pr. 1. september 2018 er 0 overskredet, og 0 har ingen fastlagt dato.
            # Uden tema
            Portal, 3. kvartal 2017 til medio 2019, i gang
              [2017-07-01..2017-09-30 → 2019-05-01..2019-08-31] 1 crisp, 2 fuzzy
              - Study, 1. juli 2017 til oktober 2017, afsluttet
                  [2017-07-01..2017-07-01 → 2017-10-01..2017-10-31] 1 crisp, 1 fuzzy
              - Build, 2. halvår 2017 til 2. halvår 2018, i gang, frist flyttet fra 1. halvår 2018 til 2. halvår 2018, 6 måneder senere
                  [2017-07-01..2017-12-31 → 2018-07-01..2018-12-31] 1 crisp, 2 fuzzy
        "#]],
    );
    check(
        feed,
        Lang::En,
        expect![[r#"
            1 initiative with 2 milestones, 2017-2019. As of 1 September 2018, 0 are overdue and 0 have no date set.
            # No theme
            Portal, Q3 2017 to mid-2019, ongoing
              [2017-07-01..2017-09-30 → 2019-05-01..2019-08-31] 1 crisp, 2 fuzzy
              - Study, 1 July 2017 to October 2017, completed
                  [2017-07-01..2017-07-01 → 2017-10-01..2017-10-31] 1 crisp, 1 fuzzy
              - Build, second half of 2017 to second half of 2018, ongoing, deadline moved from first half of 2018 to second half of 2018, 6 months later
                  [2017-07-01..2017-12-31 → 2018-07-01..2018-12-31] 1 crisp, 2 fuzzy
        "#]],
    );
}

#[test]
fn partly_known_dates_are_drawn_open_or_not_at_all() {
    check(
        r#"{"format":"ogw.plan/1","initiatives":[
        {"id":"2.2","title":"Telemedicin","status":"limited","milestones":[
          {"title":"Gravide","start":"-","end":"Medio 2019","status":"limited"},
          {"title":"Udbredelse","start":"1. januar 2018","end":"Ultimo 2020","original_end":"ultimo 2019","status":"ongoing"},
          {"title":"Pilot","start":"Endnu ikke fastlagt","end":"Endnu ikke fastlagt"},
          {"title":"Ulæselig","start":"snart","end":"Der er 34 kommuner med"},
          {"title":"Løbende","start":"2016","end":"løbende"},
          {"title":"Gammel","start":"-","end":"31. december 2017","status":"Der er 3 regioner med"}]},
        {"id":"1.4","title":"Spænd i start-feltet","status":"substantial","period":{"start":"Oktober 2016 – december 2020"}},
        {"id":"1.5","title":"Åben slut","status":"substantial","period":{"start":"2016 -"}},
        {"id":"4.3","title":"Senest","status":"limited","milestones":[
          {"title":"IATI","start":"I løbet af 2018 og senest 1. januar 2019","end":"Senest ved udgangen af 2019 forventes den danske DAC-rapportering …","status":"not_started"}]},
        {"id":"3.2","title":"Flyttet start","status":"completed","milestones":[
          {"title":"Opfølgning","start":"5. marts 2018","end":"25. marts 2018","original_start":"maj/juni 2018","status":"completed"}]}]}"#,
        Lang::Da,
        expect![[r#"
            5 initiativer med 8 milepæle, 2016-2020. Pr. 1. september 2018 er 1 overskredet, og 2 har ingen fastlagt dato.
            # Uden tema
            Telemedicin, 2016 til ultimo 2020, begrænset
              [2016-01-01..2016-12-31 → 2020-09-01..2020-12-31] 1 crisp, 2 fuzzy
              - Gravide, til medio 2019, begrænset
                  [none → 2019-05-01..2019-08-31] 0 crisp, 2 fuzzy open start
              - Udbredelse, 1. januar 2018 til ultimo 2020, i gang, frist flyttet fra ultimo 2019 til ultimo 2020, 12 måneder senere
                  [2018-01-01..2018-01-01 → 2020-09-01..2020-12-31] 1 crisp, 1 fuzzy
              - Pilot, tidspunkt ikke fastlagt, ukendt
                  [?..? → ?..?] no bar
              - Ulæselig, tidspunkt ikke fastlagt, ukendt
                  [?..? → ?..?] no bar
              - Løbende, fra 2016, løbende, ukendt
                  [2016-01-01..2016-12-31 → ?..?] 0 crisp, 2 fuzzy open end
              - Gammel, til 31. december 2017, ukendt, overskredet
                  [none → 2017-12-31..2017-12-31] 0 crisp, 2 fuzzy open start
            Spænd i start-feltet, oktober 2016 til december 2020, væsentligt
              [2016-10-01..2016-10-31 → 2020-12-01..2020-12-31] 1 crisp, 2 fuzzy
            Åben slut, fra 2016, løbende, væsentligt
              [2016-01-01..2016-12-31 → ?..?] 0 crisp, 2 fuzzy open end
            Senest, i løbet af 2018 og senest 1. januar 2019 til senest ultimo 2019, begrænset
              [2018-01-01..2019-01-01 → ?..2019-12-31] 0 crisp, 1 fuzzy
              - IATI, i løbet af 2018 og senest 1. januar 2019 til senest ultimo 2019, ikke påbegyndt
                  [2018-01-01..2019-01-01 → ?..2019-12-31] 0 crisp, 1 fuzzy
            Flyttet start, 5. til 25. marts 2018, afsluttet
              [2018-03-05..2018-03-05 → 2018-03-25..2018-03-25] 1 crisp, 0 fuzzy
              - Opfølgning, 5. til 25. marts 2018, afsluttet, start flyttet fra maj–juni 2018 til 5. marts 2018, 2 måneder tidligere
                  [2018-03-05..2018-03-05 → 2018-03-25..2018-03-25] 1 crisp, 0 fuzzy
        "#]],
    );
}

/// Every row's facts after its title (the accessible name), and for items the
/// details' status and the phone list's line.
fn check_words(json: &str, lang: Lang, expect: Expect) {
    let read = read_plan(json).expect("the test feed reads");
    let timeline = build_timeline(&read.feed, parse_iso("2018-09-01").unwrap(), lang);
    let layout = layout_timeline(&timeline, Zoom::Years, 800.0, lang, &|_, _| true);
    let mut out = String::new();
    for row in &layout.rows {
        out += &format!("{:?}\n  name: {}\n", row.kind, row_facts(&timeline, row.kind, lang));
        let item = match row.kind {
            RowKind::Group { .. } => continue,
            RowKind::Initiative { group, initiative } => {
                &timeline.groups[group].initiatives[initiative].item
            }
            RowKind::Milestone { group, initiative, milestone } => {
                &timeline.groups[group].initiatives[initiative].milestones[milestone]
            }
        };
        out += &format!(
            "  status: {}\n  list: {}\n",
            status_words(item, lang),
            list_facts(item, lang)
        );
    }
    let missing = RowKind::Milestone { group: 9, initiative: 0, milestone: 0 };
    out += &format!("a row it does not have: {:?}", row_facts(&timeline, missing, lang));
    expect.assert_eq(&out);
}

#[test]
fn rows_are_named_and_listed_in_the_widgets_language() {
    let feed = r#"{"format":"ogw.plan/1","themes":[{"id":"A","title":"Data"}],"initiatives":[
        {"id":"1","theme":"A","title":"Portal","status":"Forsinket","period":{"start":"2017","end":"2017"},
         "milestones":[{"title":"Study","end":"2018","status":"ongoing","target":{"value":60,"unit":"kommuner"},"actual":34}]},
        {"id":"2","theme":"A","title":"Kort","status":"completed"}]}"#;
    check_words(
        feed,
        Lang::Da,
        expect![[r#"
        Group { group: 0 }
          name: 2 initiativer
        Initiative { group: 0, initiative: 0 }
          name: 2017, forsinket, overskredet, 1 milepæl
          status: Forsinket; overskredet
          list: 2017 · Forsinket; overskredet
        Milestone { group: 0, initiative: 0, milestone: 0 }
          name: til 2018, i gang, 34 af 60 kommuner
          status: I gang
          list: til 2018 · I gang · 34 af 60 kommuner
        Initiative { group: 0, initiative: 1 }
          name: tidspunkt ikke fastlagt, afsluttet
          status: Afsluttet
          list: tidspunkt ikke fastlagt · Afsluttet
        a row it does not have: """#]],
    );
    check_words(
        feed,
        Lang::En,
        expect![[r#"
        Group { group: 0 }
          name: 2 initiatives
        Initiative { group: 0, initiative: 0 }
          name: 2017, delayed, overdue, 1 milestone
          status: Delayed; overdue
          list: 2017 · Delayed; overdue
        Milestone { group: 0, initiative: 0, milestone: 0 }
          name: until 2018, ongoing, 34 of 60 kommuner
          status: Ongoing
          list: until 2018 · Ongoing · 34 of 60 kommuner
        Initiative { group: 0, initiative: 1 }
          name: dates not set, completed
          status: Completed
          list: dates not set · Completed
        a row it does not have: """#]],
    );
}
