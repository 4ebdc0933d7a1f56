//! The mapping on small exports written like OGP's: what each row becomes,
//! what the report says, and that every feed reads back without problems.

use expect_test::{expect, Expect};

use super::*;
use crate::core::plan::read::read_plan;

const HEADER: &str = "Commitment Unique Identifier,Country/Locality,Code,Action Plan ID,Action Plan Number,Year Of Submission,Action Plan End Year,Theme,Commitment Title,Short Title,Full Text,Start Date,End Date,Lead Institution,Supporting Institution(s),Completion (Progress Report),Report Publication Year (Progress Report),Completion (End Of Term),Report Publication Year (End Of Term),Did It Open Government (Overall),Early Results,URL,Open Parliaments,_CompletionProgress";

fn import(csv: &str, options: &OgpOptions) -> Imported {
    import_ogp(csv.as_bytes(), options, &mut |_, _| {}).expect("imports")
}

/// Each feed in short (one line per initiative) and then the report's notes.
fn summary(imported: &Imported) -> String {
    let mut out = String::new();
    for named in &imported.feeds {
        let feed = &named.feed;
        let json = serde_json::to_string(feed).unwrap();
        let read = read_plan(&json).expect("the feed reads");
        let problems: Vec<String> = read.problems.iter().map(|p| p.to_string()).collect();
        out += &format!("{}: problems {problems:?}\n", named.entry.file);
        out += &format!("  plan {}\n", pretty(&feed.plan));
        for theme in &feed.themes {
            out += &format!(
                "  theme {} = {}\n",
                theme.id,
                serde_json::to_string(&theme.title).unwrap()
            );
        }
        for i in &feed.initiatives {
            out += &format!("  {}\n", pretty(i));
        }
    }
    let r = &imported.report;
    out += &format!(
        "rows {} imported {} dropped {} feeds {} reasons {:?}\n",
        r.rows, r.imported, r.dropped, r.feeds, r.reasons
    );
    for note in r.dropped_rows.iter().chain(&r.notes) {
        out += &format!(
            "  line {} {} {}: {:?}: {}\n",
            note.line,
            note.id.as_deref().unwrap_or("-"),
            note.column.as_deref().unwrap_or("-"),
            note.value.as_deref().unwrap_or(""),
            note.message
        );
    }
    out
}

/// JSON as a reviewer reads it: one field a line, indented to sit under
/// the feed's line in the snapshot.
fn pretty(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap().replace('\n', "\n  ")
}

fn check(csv: &str, options: &OgpOptions, expect: Expect) {
    expect.assert_eq(&summary(&import(csv, options)));
}

#[test]
fn a_full_row_keeps_its_paragraphs_scripts_and_both_assessments() {
    let csv = format!(
        "{HEADER}\n{}",
        r#"GR0084,Greece,GRC,AP_GRC02,2,2014,2016,Open Parliament,"Open data for the
 Hellenic Parliament",Open Parliament Data,"Publish the Βουλή's votes as open data.

Steps:
	First step
	Second step",7/1/2014,June 2016,Hellenic Parliament,"Ministry of Interior, Open Government
Vouliwatch",Limited,2015,Substantial,2017,Marginal,Moderate,https://opengovpartnership.org/members/greece/commitments/gr0084,1,3
"#
    );
    let imported = import(&csv, &OgpOptions::default());
    expect![[r#"
        {
          "format": "ogw.plan/1",
          "plan": {
            "title": "Open Government Partnership commitments",
            "language": "en",
            "period": {
              "start": "2014",
              "end": "2016"
            },
            "as_of": "2017-12-31",
            "source": {
              "name": "Open Government Partnership, Independent Reporting Mechanism (IRM)",
              "url": "https://opengovpartnership.org/"
            }
          },
          "themes": [
            {
              "id": "GRC",
              "title": "Greece"
            }
          ],
          "initiatives": [
            {
              "id": "GR0084",
              "theme": "GRC",
              "title": "Open data for the Hellenic Parliament",
              "lead": "Hellenic Parliament",
              "period": {
                "start": "7/1/2014",
                "end": "June 2016"
              },
              "status": "Substantial",
              "status_note": "End of term (IRM report 2017): Substantial. Progress report (IRM report 2015): Limited.",
              "summary": "Publish the Βουλή's votes as open data.\n\nSteps:\nFirst step\nSecond step",
              "results": "Did it open government? Marginal (IRM).\n\nEarly results (IRM): Moderate.",
              "url": "https://opengovpartnership.org/members/greece/commitments/gr0084",
              "partners": [
                "Ministry of Interior, Open Government\nVouliwatch"
              ]
            }
          ]
        }"#]]
    .assert_eq(&serde_json::to_string_pretty(&imported.feeds[0].feed).unwrap());
    let used: Vec<String> = imported
        .report
        .columns
        .iter()
        .map(|c| format!("{}: {}", c.column, c.to.as_deref().or(c.dropped.as_deref()).unwrap()))
        .collect();
    expect![[r#"
        [
            "Commitment Unique Identifier: initiatives[].id",
            "Country/Locality: themes[].title",
            "Code: themes[].id",
            "Action Plan ID: which feed (--group-by plan) and the index",
            "Action Plan Number: plan.title",
            "Year Of Submission: plan.period.start",
            "Action Plan End Year: plan.period.end",
            "Theme: countries are the themes of a combined feed (--group-by plan keeps the plans' own themes)",
            "Commitment Title: initiatives[].title",
            "Short Title: the format has one title (--short-titles picks the other); used only when the title is blank",
            "Full Text: initiatives[].summary",
            "Start Date: initiatives[].period.start",
            "End Date: initiatives[].period.end",
            "Lead Institution: initiatives[].lead",
            "Supporting Institution(s): initiatives[].partners",
            "Completion (Progress Report): initiatives[].status and status_note",
            "Report Publication Year (Progress Report): initiatives[].status_note",
            "Completion (End Of Term): initiatives[].status and status_note",
            "Report Publication Year (End Of Term): initiatives[].status_note",
            "Did It Open Government (Overall): initiatives[].results",
            "Early Results: initiatives[].results",
            "URL: initiatives[].url and plan.source.url",
            "Open Parliaments: a 0/1 flag (topic tag or IRM marker): the format has no tags",
            "_CompletionProgress: a numeric copy of another column",
        ]
    "#]]
    .assert_debug_eq(&used);
    assert!(imported
        .report
        .missing_columns
        .contains(&"Did It Open Government (Civic Participation)".to_string()));
}

#[test]
fn codes_become_unknown_with_the_code_kept_and_na_values_are_left_out_and_noted() {
    let csv = format!(
        "{HEADER}\n{}",
        r#"KG0001,Kyrgyz Republic,KGZ,AP_KGZ01,1,2018,2020,NA,Парламент открыт,Open Parliament,NA,NA,43525,NA,N/A,ND,2019,NR,NR,NR,ND,https://opengovpartnership.org/members/kyrgyz-republic/commitments/kg0001,1,ND
KG0002,Kyrgyz Republic,KGZ,AP_KGZ01,1,2018,2020,NA,Budget hearings,,"",Underway,,,,NA,ND,Unclear,2021,No early results to report yet,ND,javascript:alert(1),0,NA
"#
    );
    check(
        &csv,
        &OgpOptions::default(),
        expect![[r#"
            ogp-commitments.json: problems []
              plan {
                "title": "Open Government Partnership commitments",
                "language": "en",
                "period": {
                  "start": "2018",
                  "end": "2020"
                },
                "as_of": "2021-12-31",
                "source": {
                  "name": "Open Government Partnership, Independent Reporting Mechanism (IRM)",
                  "url": "https://opengovpartnership.org/"
                }
              }
              theme KGZ = "Kyrgyz Republic"
              {
                "id": "KG0001",
                "theme": "KGZ",
                "title": "Парламент открыт",
                "period": {
                  "end": "3/1/2019"
                },
                "status": "NR",
                "status_note": "End of term: not reviewed (NR). Progress report (IRM report 2019): no data (ND).",
                "url": "https://opengovpartnership.org/members/kyrgyz-republic/commitments/kg0001"
              }
              {
                "id": "KG0002",
                "theme": "KGZ",
                "title": "Budget hearings",
                "period": {
                  "start": "Underway"
                },
                "status": "Unclear",
                "status_note": "End of term (IRM report 2021): Unclear. Progress report: not applicable (NA).",
                "results": "Did it open government? No early results to report yet (IRM)."
              }
            rows 2 imported 2 dropped 0 feeds 1 reasons {"excel_day": 1, "no_value": 4, "not_a_link": 1, "not_assessed": 1}
              line 2 KG0001 Completion (End Of Term): "NR": status unknown: not assessed in either report; the code is kept as its label
              line 2 KG0001 Start Date: "NA": left out: means not applicable
              line 2 KG0001 End Date: "43525": an Excel day number, written as 3/1/2019
              line 2 KG0001 Lead Institution: "NA": left out: means not applicable
              line 2 KG0001 Full Text: "NA": left out: means not applicable
              line 2 KG0001 Supporting Institution(s): "N/A": left out: means not applicable
              line 3 KG0002 URL: "javascript:alert(1)": left out: not an http(s) address
        "#]],
    );
}

#[test]
fn rows_that_cannot_be_initiatives_are_reported_with_their_line() {
    let csv = "Commitment Unique Identifier,Country/Locality,Commitment Title,Short Title\n\
               A1,Albania,\"A title\nover two lines\",Short\n\
               ,Albania,No id,\n\
               A2,Albania,,Short title only\n\
               A3,Albania,,\n\
               A1,Albania,Same id again,\n\
               A4,,No country,\n\
               A5,Albania\n\
               ,,,\n\
               A6,Albania,Trailing comma,,\n\
               A7,Albania,\"Unclosed quote,\n";
    check(
        csv,
        &OgpOptions::default(),
        expect![[r#"
            ogp-commitments.json: problems []
              plan {
                "title": "Open Government Partnership commitments",
                "language": "en",
                "source": {
                  "name": "Open Government Partnership, Independent Reporting Mechanism (IRM)"
                }
              }
              theme albania = "Albania"
              {
                "id": "A1",
                "theme": "albania",
                "title": "A title over two lines",
                "status": "unknown"
              }
              {
                "id": "A2",
                "theme": "albania",
                "title": "Short title only",
                "status": "unknown"
              }
              {
                "id": "A6",
                "theme": "albania",
                "title": "Trailing comma",
                "status": "unknown"
              }
            rows 10 imported 3 dropped 7 feeds 1 reasons {"duplicate_id": 1, "empty_row": 1, "missing_group": 1, "missing_id": 1, "missing_title": 1, "other_title": 1, "ragged_row": 2}
              line 4 - Commitment Unique Identifier: "": row left out: no id
              line 6 A3 Commitment Title: "": row left out: no title
              line 7 A1 Commitment Unique Identifier: "A1": row left out: its id is already used on line 2
              line 8 A4 Country/Locality: "": row left out: no country or locality
              line 9 A5 -: "": row left out: it has 2 cells, the header has 4; check its quotes and separators
              line 10 - -: "": row left out: it is empty
              line 12 A7 -: "": row left out: it has 3 cells, the header has 4; check its quotes and separators
              line 5 A2 Commitment Title: "": title was blank: the other title column is used
        "#]],
    );
}

#[test]
fn short_titles_swap_the_title_columns() {
    let csv = "Commitment Unique Identifier,Country/Locality,Commitment Title,Short Title\nA1,Albania,The long official title of the commitment,Short\n";
    let imported = import(csv, &OgpOptions { short_titles: true, ..OgpOptions::default() });
    assert_eq!(imported.feeds[0].feed.initiatives[0].title, Text::Plain("Short".into()));
    let short = imported.report.columns.iter().find(|c| c.column == SHORT_TITLE).unwrap();
    assert_eq!(short.to.as_deref(), Some("initiatives[].title"));
}

#[test]
fn one_feed_per_plan_with_the_plans_own_themes_and_predictable_names() {
    let csv = format!(
        "{HEADER}\n{}",
        r#"AL1,Albania,ALB,AP_ALB01,1,2012,2014,e-Governance,One,,,,,,,Complete,2014,ND,ND,ND,ND,https://opengovpartnership.org/members/albania/commitments/al1,0,5
CI1,Cote d'Ivoire,CIV,AP_CIV01,1,2016,2018,NA,Two,,,,,,,ND,ND,Limited,2019,Major,ND,https://opengovpartnership.org/members/cote-d-ivoire/commitments/ci1,0,ND
AL2,Albania,ALB,AP_ALB01,1,2012,2014,Parliament,Three,,,,,,,Not Started,2014,ND,ND,ND,ND,,0,2
AL3,Albania,ALB,AP_ALB01,1,2012,2014,e-Governance,Four,,,,,,,Withdrawn,2014,ND,ND,ND,ND,,0,0
AL9,Albania,ALB,AP_ALB09,,2012,2014,,Five,,,,,,,Limited,,,,,,,0,3
"#
    );
    let options = OgpOptions { group_by: GroupBy::Plan, ..OgpOptions::default() };
    let imported = import(&csv, &options);
    check(
        &csv,
        &options,
        expect![[r#"
            albania-2012-2014.json: problems []
              plan {
                "title": "Albania: OGP action plan 1 (2012-2014)",
                "language": "en",
                "period": {
                  "start": "2012",
                  "end": "2014"
                },
                "as_of": "2014-12-31",
                "source": {
                  "name": "Open Government Partnership, Independent Reporting Mechanism (IRM)",
                  "url": "https://opengovpartnership.org/members/albania/"
                }
              }
              theme 1 = "e-Governance"
              theme 2 = "Parliament"
              {
                "id": "AL1",
                "theme": "1",
                "title": "One",
                "status": "Complete",
                "status_note": "End of term: no data (ND). Progress report (IRM report 2014): Complete.",
                "url": "https://opengovpartnership.org/members/albania/commitments/al1"
              }
              {
                "id": "AL2",
                "theme": "2",
                "title": "Three",
                "status": "Not Started",
                "status_note": "End of term: no data (ND). Progress report (IRM report 2014): Not Started."
              }
              {
                "id": "AL3",
                "theme": "1",
                "title": "Four",
                "status": "Withdrawn",
                "status_note": "End of term: no data (ND). Progress report (IRM report 2014): Withdrawn."
              }
            albania-2012-2014-2.json: problems []
              plan {
                "title": "Albania: OGP action plan (2012-2014)",
                "language": "en",
                "period": {
                  "start": "2012",
                  "end": "2014"
                },
                "source": {
                  "name": "Open Government Partnership, Independent Reporting Mechanism (IRM)"
                }
              }
              {
                "id": "AL9",
                "title": "Five",
                "status": "Limited",
                "status_note": "Progress report: Limited."
              }
            cote-d-ivoire-2016-2018.json: problems []
              plan {
                "title": "Cote d'Ivoire: OGP action plan 1 (2016-2018)",
                "language": "en",
                "period": {
                  "start": "2016",
                  "end": "2018"
                },
                "as_of": "2019-12-31",
                "source": {
                  "name": "Open Government Partnership, Independent Reporting Mechanism (IRM)",
                  "url": "https://opengovpartnership.org/members/cote-d-ivoire/"
                }
              }
              {
                "id": "CI1",
                "title": "Two",
                "status": "Limited",
                "status_note": "End of term (IRM report 2019): Limited. Progress report: no data (ND).",
                "results": "Did it open government? Major (IRM).",
                "url": "https://opengovpartnership.org/members/cote-d-ivoire/commitments/ci1"
              }
            rows 5 imported 5 dropped 0 feeds 3 reasons {"no_value": 1}
              line 3 CI1 Theme: "NA": left out: means not applicable
        "#]],
    );
    let index = serde_json::to_string_pretty(&Index {
        feeds: imported.feeds.iter().map(|f| &f.entry).collect(),
    })
    .unwrap();
    expect![[r#"
        {
          "feeds": [
            {
              "file": "albania-2012-2014.json",
              "plan": "AP_ALB01",
              "country": "Albania",
              "title": "Albania: OGP action plan 1 (2012-2014)",
              "start": "2012",
              "end": "2014",
              "commitments": 3,
              "statuses": {
                "completed": 1,
                "not_started": 1,
                "withdrawn": 1
              }
            },
            {
              "file": "albania-2012-2014-2.json",
              "plan": "AP_ALB09",
              "country": "Albania",
              "title": "Albania: OGP action plan (2012-2014)",
              "start": "2012",
              "end": "2014",
              "commitments": 1,
              "statuses": {
                "limited": 1
              }
            },
            {
              "file": "cote-d-ivoire-2016-2018.json",
              "plan": "AP_CIV01",
              "country": "Cote d'Ivoire",
              "title": "Cote d'Ivoire: OGP action plan 1 (2016-2018)",
              "start": "2016",
              "end": "2018",
              "commitments": 1,
              "statuses": {
                "limited": 1
              }
            }
          ]
        }"#]]
    .assert_eq(&index);
}

#[test]
fn a_file_that_is_not_the_export_says_so() {
    let error = |csv: &[u8]| {
        import_ogp(csv, &OgpOptions::default(), &mut |_, _| {}).err().map(|e| e.to_string())
    };
    assert_eq!(
        error(b"Kommune;Aar;Normering\nAarhus;2020;3,1\n").as_deref(),
        Some("the header has no columns \"Commitment Unique Identifier\", \"Country/Locality\", \"Commitment Title\"; the file seems to be separated by \";\", not by \",\"")
    );
    assert_eq!(
        error(b"Commitment Unique Identifier,Country/Locality\nA1,Albania\n").as_deref(),
        Some("the header has no column \"Commitment Title\"; is this the right kind of file?")
    );
    assert_eq!(
        error(b"Commitment Unique Identifier,Country/Locality,Commitment Title\nA1,Danmark,\xc6bler\n").as_deref(),
        Some("line 2: the text is not UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel) and try again")
    );
}

#[test]
fn any_bytes_give_a_feed_or_an_error_never_a_panic() {
    let header = HEADER.as_bytes();
    let row = "\nA1,Albania,ALB,AP_ALB01,1,2012,2014,\"x\ny\",T,S,\"F\",1/1/2012,NA,L,S,ND,ND,NR,NR,ND,ND,https://x.org/commitments/a,1,0".as_bytes();
    let file = [header, row].concat();
    // Every cut of a real-looking file, and every byte swapped for a quote, a comma, a newline or a bad byte.
    for cut in 0..file.len() {
        let _ = import_ogp(&file[..cut], &OgpOptions::default(), &mut |_, _| {});
    }
    for at in header.len()..file.len() {
        for b in [b'"', b',', b'\n', 0xff] {
            let mut bytes = file.clone();
            bytes[at] = b;
            for group_by in [GroupBy::Combined, GroupBy::Plan] {
                if let Ok(imported) = import_ogp(
                    &bytes,
                    &OgpOptions { group_by, ..OgpOptions::default() },
                    &mut |_, _| {},
                ) {
                    for named in imported.feeds {
                        let json = serde_json::to_string(&named.feed).unwrap();
                        let read = read_plan(&json).unwrap();
                        assert_eq!(
                            read.skipped_initiatives,
                            0,
                            "{}",
                            String::from_utf8_lossy(&bytes)
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn one_plan_by_its_id_or_an_error_that_lists_the_plans() {
    let csv = format!(
        "{HEADER}\n{}",
        "A1,Albania,ALB,AP_ALB01,1,2012,2014,Parliament,One,,,,,,,,,,,,,,0,0\n\
         B1,Brazil,BRA,AP_BRA02,2,2013,2015,,Two,,,,,,,,,,,,,,0,0\n\
         A2,Albania,ALB,AP_ALB01,1,2012,2014,Parliament,Three,,,,,,,,,,,,,,0,0\n"
    );
    let pick = |plan: &str| {
        import_ogp(
            csv.as_bytes(),
            &OgpOptions { plan: Some(plan.into()), ..OgpOptions::default() },
            &mut |_, _| {},
        )
    };
    let imported = pick("ap_alb01").unwrap();
    let ids: Vec<&str> = imported
        .feeds
        .iter()
        .flat_map(|f| f.feed.initiatives.iter().map(|i| i.id.as_str()))
        .collect();
    assert_eq!(ids, ["A1", "A2"]);
    assert_eq!(imported.feeds[0].feed.themes.len(), 1, "the plan's own themes, not countries");
    let r = &imported.report;
    assert_eq!((r.rows, r.imported, r.dropped, r.other_plans), (3, 2, 0, 1));
    expect![[r#"no row has "AP_XYZ" in "Action Plan ID"; it has AP_ALB01, AP_BRA02"#]]
        .assert_eq(&pick("AP_XYZ").err().unwrap().to_string());
}

#[test]
fn no_feed_when_no_row_could_be_imported() {
    let imported = import(
        "Commitment Unique Identifier,Country/Locality,Commitment Title\n,Albania,x\n",
        &OgpOptions::default(),
    );
    assert!(imported.feeds.is_empty());
    assert_eq!(
        (imported.report.imported, imported.report.dropped, imported.report.feeds),
        (0, 1, 0)
    );
}

#[test]
fn progress_only_goes_forward_and_ends_at_the_total() {
    let rows: String = (0..100).map(|i| format!("A{i},Albania,Title {i}\n")).collect();
    let csv = format!("Commitment Unique Identifier,Country/Locality,Commitment Title\n{rows}");
    let mut seen = Vec::new();
    import_ogp(csv.as_bytes(), &OgpOptions::default(), &mut |done, total| seen.push((done, total)))
        .unwrap();
    assert!(seen.len() > 3, "{seen:?}");
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0 && w[0].1 == w[1].1), "{seen:?}");
    assert_eq!(seen.last(), Some(&(csv.len() * 2, csv.len() * 2)));
}

#[test]
fn only_web_addresses_become_the_url() {
    let urls = |url: &str| {
        let csv = format!("Commitment Unique Identifier,Country/Locality,Commitment Title,URL\nA1,Albania,T,{url}\n");
        let imported = import(&csv, &OgpOptions::default());
        (
            imported.feeds[0].feed.initiatives[0].url.clone(),
            imported.report.reasons.get("not_a_link").copied(),
        )
    };
    assert_eq!(urls("HTTPS://example.org/a"), (Some("HTTPS://example.org/a".into()), None));
    assert_eq!(urls("mailto:irm@example.org"), (None, Some(1)));
    assert_eq!(urls("www.example.org"), (None, Some(1)));
    assert_eq!(urls("NA"), (None, None));
}

/// Slash dates settled per plan: each initiative's dates, then the report's
/// date notes. The combined feed and the per-plan feeds must agree, and
/// every feed must read without a problem.
fn check_dates(rows: &str, expect: Expect) {
    let csv = format!("Commitment Unique Identifier,Country/Locality,Action Plan ID,Commitment Title,Start Date,End Date\n{rows}");
    let mut seen: Vec<String> = Vec::new();
    for group_by in [GroupBy::Combined, GroupBy::Plan] {
        let imported = import(&csv, &OgpOptions { group_by, ..OgpOptions::default() });
        let mut out = String::new();
        let mut initiatives: Vec<&Initiative> = Vec::new();
        for named in &imported.feeds {
            let read =
                read_plan(&serde_json::to_string(&named.feed).unwrap()).expect("the feed reads");
            assert!(read.problems.is_empty(), "{}: {:?}", named.name, read.problems);
            initiatives.extend(&named.feed.initiatives);
        }
        initiatives.sort_by_key(|i| i.id.clone());
        for i in initiatives {
            let period = i.period.as_ref();
            let (start, end) =
                (period.and_then(|p| p.start.as_deref()), period.and_then(|p| p.end.as_deref()));
            out += &format!("{}: {} .. {}\n", i.id, start.unwrap_or("-"), end.unwrap_or("-"));
        }
        out += &format!("reasons {:?}\n", imported.report.reasons);
        for note in &imported.report.notes {
            out += &format!(
                "  line {} {} {}: {:?}: {}\n",
                note.line,
                note.id.as_deref().unwrap_or("-"),
                note.column.as_deref().unwrap_or("-"),
                note.value.as_deref().unwrap_or(""),
                note.message
            );
        }
        seen.push(out);
    }
    assert_eq!(seen[0], seen[1], "the combined feed and the per-plan feeds settle the same dates");
    expect.assert_eq(&seen[0]);
}

#[test]
fn a_plan_that_writes_the_day_first_gets_its_ambiguous_slash_dates_as_iso_days() {
    // 31/12/2016 can only be day first, and nothing in the plan only month
    // first: 1/7/2014 is 1 July. 1/1/2014 is the same day either way, the
    // Excel day number was written month first by the importer, and a date
    // inside a phrase is not a cell of one date: all kept.
    check_dates(
        "BG1,Bulgaria,AP_BGR02,One,1/7/2014,31/12/2016\n\
         BG2,Bulgaria,AP_BGR02,Two,02/3/2014,NA\n\
         BG3,Bulgaria,AP_BGR02,Three,1/1/2014,43525\n\
         BG4,Bulgaria,AP_BGR02,Four,by 1/7/2014,Underway\n\
         BG5,Bulgaria,AP_BGR02,Five,Quarter 1 2014,1/12/2015\n",
        expect![[r#"
            BG1: 2014-07-01 .. 31/12/2016
            BG2: 2014-03-02 .. -
            BG3: 1/1/2014 .. 3/1/2019
            BG4: by 1/7/2014 .. Underway
            BG5: Quarter 1 2014 .. 2015-12-01
            reasons {"day_first": 3, "excel_day": 1, "no_value": 1}
              line 2 BG1 Start Date: "1/7/2014": day and month could be either way round; the plan writes the day first (31/12/2016 on line 2) and never the month first, so it is written as 2014-07-01
              line 3 BG2 End Date: "NA": left out: means not applicable
              line 3 BG2 Start Date: "02/3/2014": day and month could be either way round; the plan writes the day first (31/12/2016 on line 2) and never the month first, so it is written as 2014-03-02
              line 4 BG3 End Date: "43525": an Excel day number, written as 3/1/2019
              line 6 BG5 End Date: "1/12/2015": day and month could be either way round; the plan writes the day first (31/12/2016 on line 2) and never the month first, so it is written as 2015-12-01
        "#]],
    );
}

#[test]
fn month_first_plans_and_plans_without_a_telling_date_are_kept_as_written() {
    // AP_USA02 writes 12/31/2014; AP_NLD01 has only dates that could be
    // either; AP_HRV02's day-first 31/12/2014 says nothing about the others.
    check_dates(
        "US1,United States,AP_USA02,One,1/7/2014,12/31/2014\n\
         NL1,Netherlands,AP_NLD01,Two,1/7/2014,6/1/2015\n\
         HR1,Croatia,AP_HRV02,Three,1/6/2014,31/12/2014\n\
         US2,United States,AP_USA02,Four,3/1/2015,NR\n",
        expect![[r#"
            HR1: 2014-06-01 .. 31/12/2014
            NL1: 1/7/2014 .. 6/1/2015
            US1: 1/7/2014 .. 12/31/2014
            US2: 3/1/2015 .. -
            reasons {"day_first": 1, "no_value": 1}
              line 4 HR1 Start Date: "1/6/2014": day and month could be either way round; the plan writes the day first (31/12/2014 on line 4) and never the month first, so it is written as 2014-06-01
              line 5 US2 End Date: "NR": left out: means not reviewed
        "#]],
    );
}

#[test]
fn a_plan_that_writes_both_orders_keeps_its_dates_and_each_ambiguous_one_is_noted() {
    check_dates(
        "GH1,Ghana,AP_GHA01,One,1/7/2014,31/12/2014\n\
         GH2,Ghana,AP_GHA01,Two,02/3/2014,12/31/2015\n\
         GH3,Ghana,AP_GHA01,Three,1/1/2013,1/3/2015\n",
        expect![[r#"
            GH1: 1/7/2014 .. 31/12/2014
            GH2: 02/3/2014 .. 12/31/2015
            GH3: 1/1/2013 .. 1/3/2015
            reasons {"ambiguous_date": 3}
              line 2 GH1 Start Date: "1/7/2014": day and month could be either way round, and the plan writes both orders (day first: 31/12/2014 on line 2; month first: 12/31/2015 on line 3): kept as written, read month first
              line 3 GH2 Start Date: "02/3/2014": day and month could be either way round, and the plan writes both orders (day first: 31/12/2014 on line 2; month first: 12/31/2015 on line 3): kept as written, read month first
              line 4 GH3 End Date: "1/3/2015": day and month could be either way round, and the plan writes both orders (day first: 31/12/2014 on line 2; month first: 12/31/2015 on line 3): kept as written, read month first
        "#]],
    );
}

#[test]
fn two_digit_years_are_read_as_the_date_reader_reads_them() {
    // 00-69 are 2000-2069, 70-99 1970-1999; 29/2/16 tells the order and is a day in 2016.
    check_dates(
        "UA1,Ukraine,AP_UKR02,One,1/5/15,29/2/16\n\
         UA2,Ukraine,AP_UKR02,Two,3/4/99,1/2/69\n\
         UA3,Ukraine,AP_UKR02,Three,10/11/70,\n\
         PH1,Philippines,AP_PHL04,Four,1/5/15,6/30/20\n",
        expect![[r#"
            PH1: 1/5/15 .. 6/30/20
            UA1: 2015-05-01 .. 29/2/16
            UA2: 1999-04-03 .. 2069-02-01
            UA3: 1970-11-10 .. -
            reasons {"day_first": 4}
              line 2 UA1 Start Date: "1/5/15": day and month could be either way round; the plan writes the day first (29/2/16 on line 2) and never the month first, so it is written as 2015-05-01
              line 3 UA2 Start Date: "3/4/99": day and month could be either way round; the plan writes the day first (29/2/16 on line 2) and never the month first, so it is written as 1999-04-03
              line 3 UA2 End Date: "1/2/69": day and month could be either way round; the plan writes the day first (29/2/16 on line 2) and never the month first, so it is written as 2069-02-01
              line 4 UA3 Start Date: "10/11/70": day and month could be either way round; the plan writes the day first (29/2/16 on line 2) and never the month first, so it is written as 1970-11-10
        "#]],
    );
}

#[test]
fn a_rewritten_date_means_the_day_the_reader_finds_day_first() {
    use crate::core::date::{read_phrase, DatePhrase};
    use crate::core::i18n::Lang;
    // Danish reads slash dates day first: the ISO date must mean that day, in English too.
    let day = |text: &str, lang| match read_phrase(text, lang) {
        DatePhrase::One(d) => (d.earliest, d.latest),
        DatePhrase::Range { .. } => panic!("{text} is one day"),
    };
    for text in
        ["1/7/2014", "02/3/2014", "01/5/2015", "1/5/15", "3/4/99", "1/2/69", "10/11/70", "12/1/00"]
    {
        let iso = SlashDate::read(text).and_then(|d| d.iso_day_first()).unwrap();
        assert_eq!(day(&iso, Lang::En), day(text, Lang::Da), "{text} → {iso}");
        assert!(day(&iso, Lang::En).0.is_some(), "{iso}");
    }
}
