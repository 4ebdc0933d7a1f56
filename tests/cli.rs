//! The `ogw` binary as users run it: real files (the seed's sample feed,
//! deliberately broken feeds), exit statuses, standard input, help texts.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use expect_test::{expect, Expect};
use ogw_widgets::core::date::day_words;
use ogw_widgets::core::i18n::Lang;

const SAMPLE: &str = "www/feeds/handlingsplan-2017-2019.json";
const BROKEN: &str = "tests/feeds/broken-plan.json";
const OGP: &str = "tests/fixtures/ogp-commitments-open-parliament.csv";

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

/// Compact JSON re-indented one value a line (as `serde_json::to_string_pretty`
/// writes it), keeping the key order the command wrote, for snapshots a
/// reviewer can read. Only whitespace changes: strings are copied as they are.
fn pretty_json(compact: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                out.push(c);
                while let Some(c) = chars.next() {
                    out.push(c);
                    match c {
                        '\\' => out.extend(chars.next()),
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '{' | '[' if matches!((c, chars.peek()), ('{', Some('}')) | ('[', Some(']'))) => {
                out.push(c);
                out.extend(chars.next());
            }
            '{' | '[' => {
                out.push(c);
                depth += 1;
                newline(&mut out, depth);
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

#[test]
fn pretty_json_is_serde_jsons_pretty_form_in_the_written_order() {
    let compact = r#"{"b":[1,{"x":"a,\"{}:"}],"a":{},"c":[],"d":null}"#;
    let value: serde_json::Value = serde_json::from_str(compact).unwrap();
    let pretty = pretty_json(compact);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&pretty).unwrap(), value);
    assert!(pretty.find("\"b\"").unwrap() < pretty.find("\"a\"").unwrap(), "order kept");
    // serde_json's own pretty form of the same object, its keys sorted: the same lines, reordered.
    let mut ours: Vec<&str> = pretty.lines().collect();
    let mut serdes: Vec<String> =
        serde_json::to_string_pretty(&value).unwrap().lines().map(str::to_string).collect();
    ours.sort();
    serdes.sort();
    assert_eq!(ours, serdes);
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
            tests/feeds/broken-plan.json:12:85: warning: initiatives[3].url: "javascript:alert(1)" is not shown as a link; only http(s): with a host, mailto: without cc/bcc and tel: are allowed
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
    let report: serde_json::Value =
        serde_json::from_str(&stdout(&out)).expect("the report is JSON");
    assert_eq!(
        (report["valid"].as_bool(), report["errors"].as_u64(), report["warnings"].as_u64()),
        (Some(false), Some(2), Some(6))
    );
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
        &ogw_with_input(
            &["validate", "-"],
            Some("{\n  \"format\": \"ogw.plan/1\",\n  \"initiatives\": [\n}"),
        ),
        1,
        expect![[r#"
            <stdin>:4:1: error: the feed is not valid JSON: error at line 4, column 1
            <stdin>: invalid: 0 initiatives, 1 errors, 0 warnings
        "#]],
    );
    check(
        &ogw_with_input(
            &["validate", "-"],
            Some("<!doctype html><title>Siden findes ikke</title>"),
        ),
        1,
        expect![[r#"
            <stdin>: error: the address gave a web page (HTML), not a JSON feed; check the address
            <stdin>: invalid: 0 initiatives, 1 errors, 0 warnings
        "#]],
    );
}

#[test]
fn usage_errors_and_missing_files_exit_with_2() {
    for args in [
        &["validate"][..],
        &["frobnicate"],
        &["render", SAMPLE, "--width", "12"],
        &["render", SAMPLE, "--widget", "pie"],
        &["render", SAMPLE, "--widget", "timeline", "--as-of", "1. september 2018"],
        &["schema", "pizza"],
        &["period"],
    ] {
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
    for sub in [&["validate"][..], &["schema"], &["render"], &["period"], &["import", "ogp-csv"]] {
        let out = ogw(&[sub, &["--help"]].concat());
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("Example"), "{sub:?} --help: {}", stdout(&out));
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
    let out = ogw(&[
        "render",
        SAMPLE,
        "--widget",
        "status",
        "--lang",
        "da",
        "--width",
        "500",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let svg = std::fs::read_to_string(&file).unwrap();
    assert!(svg.starts_with("<svg width=\"500\""), "{}", &svg[..80]);
    assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    // Ids are the chart's kind and a digest, so two charts on a page never clash.
    assert!(svg_title(&svg).starts_with("<title id=\"ogw-status-"), "{}", svg_title(&svg));
    assert!(svg_title(&svg).ends_with("-title\">Status for initiativerne"));
    // The summary counts come from the feed: 2 completed, 5 substantial, 7 limited.
    let desc = &svg[svg.find("<desc").unwrap()..svg.find("</desc>").unwrap()];
    assert!(
        desc.contains("14")
            && desc.contains("2 afsluttet")
            && desc.contains("5 væsentligt")
            && desc.contains("7 begrænset"),
        "{desc}"
    );

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
    // Each fallback drawing follows a comment with the command that made it.
    let page =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/no-javascript.html"))
            .unwrap();
    let mut rest = page.as_str();
    let mut drawings = 0;
    while let Some(at) = rest.find("<!-- ogw render ") {
        let command = &rest[at + "<!-- ogw ".len()..];
        let command = &command[..command.find(" -->").unwrap()];
        let start = rest[at..].find("<svg").unwrap() + at;
        let end = rest[start..].find("</svg>").unwrap() + start + "</svg>".len();
        let out = ogw(&command.split(' ').collect::<Vec<_>>());
        assert!(
            rest[start..end] == *stdout(&out).trim_end(),
            "www/no-javascript.html is out of date: replace the <svg> after the comment with the output of\n  ogw {command}"
        );
        drawings += 1;
        rest = &rest[end..];
    }
    assert_eq!(drawings, 2, "the status chart and the timeline");
}

#[test]
fn period_prints_each_phrase_as_json_in_both_languages() {
    let out = ogw(&[
        "period",
        "2. halvår af 2017",
        "Q2 2018",
        "I løbet af 2018 og senest 1. januar 2019",
        "Oktober 2016 – december 2020",
        "2016 -",
        "-",
        "- 31. december 2017",
    ]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    // One JSON object a line (JSON Lines), each shown pretty for review.
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 7);
    for line in &lines {
        serde_json::from_str::<serde_json::Value>(line).expect("each line is one JSON value");
    }
    let pretty: String = lines.iter().map(|line| pretty_json(line) + "\n").collect();
    expect![[r#"
        {
          "text": "2. halvår af 2017",
          "earliest": "2017-07-01",
          "latest": "2017-12-31",
          "precision": "half_year",
          "qualifiers": [],
          "readable": true,
          "words": {
            "da": "2. halvår 2017",
            "en": "second half of 2017"
          }
        }
        {
          "text": "Q2 2018",
          "earliest": "2018-04-01",
          "latest": "2018-06-30",
          "precision": "quarter",
          "qualifiers": [],
          "readable": true,
          "words": {
            "da": "2. kvartal 2018",
            "en": "Q2 2018"
          }
        }
        {
          "text": "I løbet af 2018 og senest 1. januar 2019",
          "earliest": "2018-01-01",
          "latest": "2019-01-01",
          "precision": "year",
          "qualifiers": [
            "no_later_than"
          ],
          "deadline": {
            "text": "senest 1. januar 2019",
            "earliest": null,
            "latest": "2019-01-01",
            "precision": "day",
            "qualifiers": [
              "no_later_than"
            ]
          },
          "readable": true,
          "words": {
            "da": "i løbet af 2018 og senest 1. januar 2019",
            "en": "during 2018 and no later than 1 January 2019"
          }
        }
        {
          "text": "Oktober 2016 – december 2020",
          "start": {
            "text": "Oktober 2016",
            "earliest": "2016-10-01",
            "latest": "2016-10-31",
            "precision": "month",
            "qualifiers": []
          },
          "end": {
            "text": "december 2020",
            "earliest": "2020-12-01",
            "latest": "2020-12-31",
            "precision": "month",
            "qualifiers": []
          },
          "readable": true,
          "words": {
            "da": "oktober 2016 til december 2020",
            "en": "October 2016 to December 2020"
          }
        }
        {
          "text": "2016 -",
          "start": {
            "text": "2016",
            "earliest": "2016-01-01",
            "latest": "2016-12-31",
            "precision": "year",
            "qualifiers": []
          },
          "end": {
            "text": "",
            "earliest": null,
            "latest": null,
            "precision": "unknown",
            "qualifiers": [
              "open"
            ]
          },
          "readable": true,
          "words": {
            "da": "fra 2016",
            "en": "from 2016"
          }
        }
        {
          "text": "-",
          "earliest": null,
          "latest": null,
          "precision": "unknown",
          "qualifiers": [
            "not_given"
          ],
          "readable": true,
          "words": {
            "da": "ikke angivet",
            "en": "not given"
          }
        }
        {
          "text": "- 31. december 2017",
          "start": {
            "text": "",
            "earliest": null,
            "latest": null,
            "precision": "unknown",
            "qualifiers": [
              "not_given"
            ]
          },
          "end": {
            "text": "31. december 2017",
            "earliest": "2017-12-31",
            "latest": "2017-12-31",
            "precision": "day",
            "qualifiers": []
          },
          "readable": true,
          "words": {
            "da": "til 31. december 2017",
            "en": "until 31 December 2017"
          }
        }
    "#]]
    .assert_eq(&pretty);
}

#[test]
fn period_reads_slash_dates_in_the_plans_language_and_fails_on_unreadable_text() {
    let line = |lang: &str| {
        let out = ogw(&["period", "--lang", lang, "8/1/2017"]);
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("one JSON object");
        json["earliest"].as_str().unwrap().to_string()
    };
    assert_eq!(line("en"), "2017-08-01");
    assert_eq!(line("da"), "2017-01-08");
    let out = ogw(&["period", "juni 2018", "Der er 34 kommuner med"]);
    assert_eq!(out.status.code(), Some(1), "an unreadable phrase fails the command");
    let last: serde_json::Value =
        serde_json::from_str(stdout(&out).lines().last().unwrap()).unwrap();
    assert_eq!(
        (last["readable"].as_bool(), last["precision"].as_str(), last["text"].as_str()),
        (Some(false), Some("unknown"), Some("Der er 34 kommuner med"))
    );
}

/// The `<desc>` element's start and text, its id without the digest.
fn svg_desc(svg: &str) -> String {
    let desc = &svg[svg.find("<desc").unwrap()..svg.find("</desc>").unwrap()];
    let text = &desc[desc.find('>').unwrap()..];
    let kind = desc["<desc id=\"ogw-".len()..].split('-').next().unwrap();
    format!("<desc id=\"ogw-{kind}-desc\"{text}")
}

fn svg_title(svg: &str) -> &str {
    &svg[svg.find("<title").unwrap()..svg.find("</title>").unwrap()]
}

#[test]
fn render_draws_the_timeline_with_its_summary_as_of_the_feeds_day() {
    let out = ogw(&["render", SAMPLE, "--widget", "timeline", "--lang", "da", "--width", "900"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let svg = stdout(&out);
    assert!(svg.starts_with("<svg width=\"900\""), "{}", &svg[..80]);
    assert!(svg_title(&svg).ends_with("-title\">Tidsplan for initiativerne"));
    expect![[r#"<desc id="ogw-timeline-desc">14 initiativer med 51 milepæle, 2016-2022. Pr. 1. september 2018 er 13 overskredet, og 2 har ingen fastlagt dato."#]].assert_eq(&svg_desc(&svg));
    // Every milestone is drawn for print; --collapsed leaves them out.
    assert!(svg.contains("Foranalyse"), "milestones are shown");
    let collapsed = stdout(&ogw(&["render", SAMPLE, "--widget", "timeline", "--collapsed"]));
    assert!(
        !collapsed.contains("Foranalyse") && collapsed.contains("Informationsportal"),
        "initiatives only"
    );

    let english = stdout(&ogw(&[
        "render",
        SAMPLE,
        "--widget",
        "timeline",
        "--lang",
        "en",
        "--as-of",
        "2020-01-01",
        "--zoom",
        "quarters",
    ]));
    assert!(english.contains(">Initiative timeline</title>"));
    expect![[r#"<desc id="ogw-timeline-desc">14 initiatives with 51 milestones, 2016-2022. As of 1 January 2020, 34 are overdue and 2 have no date set."#]].assert_eq(&svg_desc(&english));
    assert!(english.contains("\nQ3\n"), "quarter ticks");
}

#[test]
fn render_uses_today_when_the_feed_has_no_as_of() {
    let feed = r#"{"format":"ogw.plan/1","initiatives":[{"id":"1","title":"a","status":"limited","period":{"start":"2017","end":"2019"}}]}"#;
    let today = || {
        let seconds =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        day_words((seconds / 86_400) as i32, Lang::En)
    };
    let before = today();
    let out = ogw_with_input(&["render", "-", "--widget", "timeline", "--lang", "en"], Some(feed));
    let after = today();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let svg = stdout(&out);
    let desc = svg_desc(&svg);
    assert!(
        desc.contains(&format!("As of {before},")) || desc.contains(&format!("As of {after},")),
        "today in {desc}"
    );
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ogw-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A feed as the widgets read it: no errors, no warnings, nothing skipped.
fn read_clean(json: &str, what: &str) -> ogw_widgets::core::plan::PlanFeed {
    let read =
        ogw_widgets::core::plan::read::read_plan(json).unwrap_or_else(|e| panic!("{what}: {e}"));
    let problems: Vec<String> = read.problems.iter().map(|p| p.to_string()).collect();
    assert!(problems.is_empty(), "{what}: {problems:#?}");
    assert_eq!(read.skipped_initiatives, 0, "{what}");
    read.feed
}

/// The summary without its timing, which changes from run to run.
fn without_timing(summary: &str) -> String {
    let mut out = String::new();
    for line in summary.lines() {
        let line = match (line.rfind(" ("), line.ends_with(" ms)")) {
            (Some(at), true) => &line[..at],
            _ => line,
        };
        out += line;
        out.push('\n');
    }
    out
}

#[test]
fn import_ogp_csv_turns_the_real_export_into_one_feed_that_accounts_for_every_row() {
    let dir = scratch("ogp-combined");
    let report_file = dir.join("report.json");
    let out = ogw(&["import", "ogp-csv", OGP, "--report", report_file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let feed = read_clean(&stdout(&out), "the combined feed");
    assert_eq!(
        (feed.initiatives.len(), feed.themes.len()),
        (558, 75),
        "every commitment; 75 countries and localities"
    );
    assert_eq!(feed.plan.language.as_deref(), Some("en"));
    let denmark = feed.initiatives.iter().filter(|i| i.theme.as_deref() == Some("DNK")).count();
    assert_eq!(denmark, 1);

    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report_file).unwrap()).unwrap();
    let count = |key: &str| report[key].as_u64().unwrap();
    assert_eq!((count("rows"), count("imported"), count("dropped")), (558, 558, 0));
    assert_eq!(count("imported") + count("dropped"), count("rows"));
    assert_eq!(report["columns"].as_array().unwrap().len(), 171);
    assert_eq!(
        report["notes"].as_array().unwrap().len(),
        398 + 152 + 9 + 6,
        "one note per value left out or changed"
    );
    // Lines are where the row starts in the file (CRLF line ends, line breaks inside cells).
    let first = &report["notes"][0];
    assert_eq!(
        (first["line"].as_u64(), first["id"].as_str(), first["column"].as_str()),
        (Some(2), Some("AL0002"), Some("Start Date"))
    );
    let excel =
        report["notes"].as_array().unwrap().iter().find(|n| n["reason"] == "excel_day").unwrap();
    assert_eq!((excel["line"].as_u64(), excel["id"].as_str()), (Some(11341), Some("LK0032")));
    assert_eq!(
        (excel["value"].as_str(), excel["date"].as_str()),
        (Some("43525"), Some("3/1/2019"))
    );
    // The five plans that write the day first: their 9 slash dates that could be either way round, as ISO days.
    let day_first: Vec<String> = report["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["reason"] == "day_first")
        .map(|n| {
            format!(
                "{} {} {} -> {} ({})",
                n["id"].as_str().unwrap(),
                n["column"].as_str().unwrap(),
                n["value"].as_str().unwrap(),
                n["date"].as_str().unwrap(),
                n["day_first"]["value"].as_str().unwrap()
            )
        })
        .collect();
    expect![[r#"
        [
            "BG0027 Start Date 1/7/2014 -> 2014-07-01 (31/12/2016)",
            "BG0028 Start Date 1/7/2014 -> 2014-07-01 (31/12/2016)",
            "BG0030 Start Date 1/12/2012 -> 2012-12-01 (31/12/2016)",
            "BG0034 Start Date 1/3/2013 -> 2013-03-01 (31/12/2016)",
            "BG0039 Start Date 1/3/2015 -> 2015-03-01 (31/12/2016)",
            "HR0014 Start Date 1/6/2014 -> 2014-06-01 (31/12/2016)",
            "GH0010 End Date 02/3/2014 -> 2014-03-02 (31/12/2014)",
            "MK0062 Start Date 1/4/2014 -> 2014-04-01 (30/9/2015)",
            "UA0034 End Date 01/5/2015 -> 2015-05-01 (31/3/2015)",
        ]
    "#]]
    .assert_debug_eq(&day_first);
    let bg0027 =
        feed.initiatives.iter().find(|i| i.id == "BG0027").unwrap().period.as_ref().unwrap();
    assert_eq!(
        (bg0027.start.as_deref(), bg0027.end.as_deref()),
        (Some("2014-07-01"), Some("31/12/2016"))
    );
    assert!(
        report["notes"]
            .as_array()
            .unwrap()
            .windows(2)
            .all(|w| w[0]["line"].as_u64() <= w[1]["line"].as_u64()),
        "notes in the file's order"
    );

    expect![[r#"
        tests/fixtures/ogp-commitments-open-parliament.csv: 558 rows: 558 commitments imported, 0 left out; 1 feed written to <stdout>
        Values left out or changed (every row in --report):
            398 ND, NR or NA (no value) left out: Supporting Institution(s) 161, Start Date 146, End Date 76, Lead Institution 15
            152 statuses unknown: assessed in neither report (code kept): Completion (End Of Term) 152
              9 slash dates of day-first plans written as YYYY-MM-DD: Start Date 7, End Date 2
              6 Excel day numbers written as dates: End Date 3, Start Date 3
        Columns: 23 of 171 go into the feed; the rest have no place in it:
            115 a 0/1 flag (topic tag or IRM marker): the format has no tags
             11 a numeric copy of another column
             17 an IRM assessment or sheet bookkeeping: the format has no field for it
              1 countries are the themes of a combined feed (--group-by plan keeps the plans' own themes)
              2 follows from the two completion columns
              1 the format has one title (--short-titles picks the other); used only when the title is blank
              1 the id is the unique identifier: plans' own numbers repeat
    "#]]
    .assert_eq(&without_timing(&stderr(&out)));
    assert!(!stderr(&out).contains('\u{1b}'), "no colour codes when stderr is not a terminal");

    // What `ogw validate` says about the same feed, written with -o.
    let file = dir.join("ogp.json");
    assert_eq!(
        ogw(&["import", "ogp-csv", OGP, "-o", file.to_str().unwrap()]).status.code(),
        Some(0)
    );
    let validated = ogw(&["validate", file.to_str().unwrap()]);
    assert_eq!(validated.status.code(), Some(0));
    assert!(
        stdout(&validated).ends_with(": ok: 558 initiatives, 0 errors, 0 warnings\n"),
        "{}",
        stdout(&validated)
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn import_ogp_csv_writes_one_valid_feed_per_action_plan_and_an_index() {
    let dir = scratch("ogp-plans");
    let report_dir = scratch("ogp-plans-report");
    let report_file = report_dir.join("report.json");
    let out = ogw(&[
        "import",
        "ogp-csv",
        OGP,
        "--group-by",
        "plan",
        "--out-dir",
        dir.to_str().unwrap(),
        "--report",
        report_file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with(&format!(
            "{OGP}: 558 rows: 558 commitments imported, 0 left out; 214 feeds written to "
        )),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("\n      9 slash dates of day-first plans written as YYYY-MM-DD: Start Date 7, End Date 2\n"), "{}", stderr(&out));
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report_file).unwrap()).unwrap();
    std::fs::remove_dir_all(report_dir).unwrap();
    assert_eq!(report["reasons"]["day_first"], 9, "the same dates as in the combined feed");
    assert_eq!(report["reasons"].get("ambiguous_date"), None, "no plan writes both orders");

    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    let entries = index["feeds"].as_array().unwrap();
    assert_eq!(entries.len(), 214, "the file's 214 action plans");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    assert_eq!(files.len(), 215, "a feed per plan and index.json, nothing else");

    let mut ids = std::collections::HashSet::new();
    for entry in entries {
        let file = entry["file"].as_str().unwrap();
        let feed = read_clean(&std::fs::read_to_string(dir.join(file)).unwrap(), file);
        assert_eq!(feed.initiatives.len() as u64, entry["commitments"].as_u64().unwrap(), "{file}");
        assert!(
            feed.initiatives.iter().all(|i| ids.insert(i.id.clone())),
            "{file}: an id in two feeds"
        );
    }
    assert_eq!(ids.len(), 558, "every commitment in exactly one plan's feed");
    let bulgaria =
        entries.iter().find(|e| e["plan"] == "AP_BGR02").unwrap()["file"].as_str().unwrap();
    let bulgaria = read_clean(&std::fs::read_to_string(dir.join(bulgaria)).unwrap(), bulgaria);
    let starts: Vec<String> =
        bulgaria.initiatives.iter().filter_map(|i| i.period.as_ref()?.start.clone()).collect();
    expect![[r#"
        [
            "2014-07-01",
            "2014-07-01",
            "2012-12-01",
            "1/1/2012",
            "2013-03-01",
            "1/1/2014",
            "2015-03-01",
        ]
    "#]]
    .assert_debug_eq(&starts);

    let albania: Vec<&str> = entries
        .iter()
        .filter(|e| e["country"] == "Albania")
        .map(|e| e["file"].as_str().unwrap())
        .collect();
    expect![[r#"["albania-2012-2014.json", "albania-2014-2016.json", "albania-2016-2018.json", "albania-2018-2020.json", "albania-2020-2022.json", "albania-2023-2025.json"]"#]]
        .assert_eq(&format!("{albania:?}"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn import_ogp_csv_picks_one_plan_for_the_gallery() {
    let out = ogw(&["import", "ogp-csv", OGP, "--plan", "AP_MKD04"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let feed = read_clean(&stdout(&out), "North Macedonia 2018-2020");
    let themes: Vec<String> =
        feed.themes.iter().map(|t| serde_json::to_string(&t.title).unwrap()).collect();
    let statuses: Vec<String> =
        feed.initiatives.iter().map(|i| format!("{} {}", i.id, i.status.status.id())).collect();
    expect![[r#"
        North Macedonia: OGP action plan 4 (2018-2020)
        ["\"Accountability\"", "\"Improved ICT Infrastructure\"", "\"Participation of Citizens\"", "\"Integrity and Good Governance\"", "\"Access to Justice\""]
        ["MK0139 substantial", "MK0140 substantial", "MK0141 substantial", "MK0142 limited", "MK0143 limited", "MK0124 limited", "MK0125 not_started", "MK0136 substantial"]
    "#]]
    .assert_eq(&format!("{}\n{themes:?}\n{statuses:?}\n", serde_json::to_string(&feed.plan.title).unwrap().trim_matches('"')));
    assert!(
        stderr(&out).contains("(550 of other plans skipped): 8 commitments imported"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn import_ogp_csv_reads_standard_input_and_refuses_what_it_cannot_convert() {
    let csv = "Commitment Unique Identifier,Country/Locality,Commitment Title\nDK1,Denmark,\"Åbne data,\nto linjer\"\n";
    let out = ogw_with_input(&["import", "ogp-csv", "-"], Some(csv));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        read_clean(&stdout(&out), "stdin").initiatives[0].title,
        ogw_widgets::core::text::Text::Plain("Åbne data, to linjer".into())
    );

    // Another CSV (the daycare figures, separated by ";"): exit 1 and the reason.
    let out = ogw(&["import", "ogp-csv", "tests/fixtures/dk-normering-kommuner-2017-2023.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    expect![[r#"
        tests/fixtures/dk-normering-kommuner-2017-2023.csv: error: the header has no columns "Commitment Unique Identifier", "Country/Locality", "Commitment Title"; the file seems to be separated by ";", not by ","
    "#]]
    .assert_eq(&stderr(&out));

    let dir = scratch("ogp-latin1");
    let latin1 = dir.join("latin1.csv");
    std::fs::write(&latin1, b"Commitment Unique Identifier,Country/Locality,Commitment Title\nDK1,Danmark,\xc5bne data\n").unwrap();
    // Not UTF-8: read as Windows-1252, as Danish Excel saves a plain CSV (and as the studio reads it).
    let out = ogw(&["import", "ogp-csv", latin1.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        read_clean(&stdout(&out), "latin1").initiatives[0].title,
        ogw_widgets::core::text::Text::Plain("Åbne data".into())
    );
    std::fs::remove_dir_all(dir).unwrap();

    // No row left to import: exit 1, nothing written, and why.
    let out = ogw_with_input(
        &["import", "ogp-csv", "-"],
        Some("Commitment Unique Identifier,Country/Locality,Commitment Title\n,Denmark,x\n"),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains("line 2: row left out: no id"), "{}", stderr(&out));
}

#[test]
fn import_ogp_csv_usage_errors_exit_with_2() {
    for args in [
        &["import", "ogp-csv", OGP, "--group-by", "plan"][..],
        &["import", "ogp-csv", OGP, "--out-dir", "somewhere"],
        &["import", "ogp-csv", OGP, "--group-by", "country"],
        &["import", "ogp-csv", OGP, "--report", "-"],
        &["import", "ogp-csv", "no-such-export.csv"],
        &["import", "xlsx", OGP],
    ] {
        let out = ogw(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).is_empty(), "{args:?} says why");
        assert!(stdout(&out).is_empty(), "{args:?} writes no feed");
    }
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
    let out = ogw(&[
        "import",
        "dk-daycare",
        "--key-figures",
        KEY_FIGURES,
        "--normering",
        NORMERING,
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The real CSVs import without a complaint about reading them; what the
    // report says is what a parent should not be misled by, noted in the feed.
    let report = stderr(&out);
    assert!(
        report
            .lines()
            .all(|l| l.starts_with("ogw: warning: areas.") && l.ends_with("(noted in the feed)")),
        "{report}"
    );
    assert!(report.contains("areas.563.values.normering_dagpleje: Fanø: Doubtful"), "{report}");
    let feed = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    (file, feed)
}

#[test]
fn import_dk_daycare_reads_the_real_figures() {
    let (file, feed) = imported_feed();
    let areas = feed["areas"].as_array().unwrap();
    assert_eq!(areas.len(), 98);
    let area = |code: &str| {
        areas.iter().find(|a| a["code"] == code).unwrap_or_else(|| panic!("{code}")).clone()
    };
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
    assert!(
        sources.contains("Danmarks Statistik")
            && sources.contains("Børne- og Undervisningsministeriet"),
        "{sources}"
    );
    assert_eq!(feed["about"]["synthetic"], false);
    let break_year =
        &feed["figures"].as_array().unwrap().iter().find(|f| f["id"] == "normering_0_2").unwrap()
            ["breaks"][0]["year"];
    assert_eq!(break_year, 2023);

    let out = ogw(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    // Every figure says its year, or leaves it out where the source gives none.
    let period = |id: &str| {
        feed["figures"].as_array().unwrap().iter().find(|f| f["id"] == id).unwrap()["period"]
            .clone()
    };
    assert_eq!(period("normering_dagpleje"), "2023");
    assert_eq!(period("takst_vuggestue"), "2025");
    assert_eq!(period("paedagoger_pct"), serde_json::Value::Null);
    assert_eq!(fano["notes"]["normering_dagpleje"][0]["kind"], "no_children");
    assert!(
        stdout(&out).ends_with(": ok: 98 municipalities, 0 institutions, 0 errors, 0 warnings\n"),
        "{}",
        stdout(&out)
    );
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
    assert!(
        stdout(&out)
            .ends_with(": ok: 98 municipalities, 4600 institutions, 0 errors, 0 warnings\n"),
        "{}",
        stdout(&out)
    );
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
    for args in [
        &["import", "dk-daycare", "--help"][..],
        &["generate", "daycare", "--help"],
        &["import", "--help"],
        &["generate", "--help"],
    ] {
        let out = ogw(args);
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("Example"), "{args:?}: {}", stdout(&out));
    }
    let out =
        ogw(&["import", "dk-daycare", "--key-figures", "no-such.csv", "--normering", NORMERING]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read no-such.csv"));
}
