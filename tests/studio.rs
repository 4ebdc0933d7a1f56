//! The studio's core on real files (issue 12): the feed it makes for a file
//! is byte for byte the feed `ogw import` writes; a template made by
//! `ogw template` reads back; problems name sheet, row, column and value;
//! dates are shown as they were read.

use std::path::{Path, PathBuf};
use std::process::Command;

use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::plan::read::read_plan;
use ogw_widgets::core::studio::plan_sheet::PlanOptions;
use ogw_widgets::core::studio::template::plan_template;
use ogw_widgets::core::studio::{convert, open, open_pasted, Choices, Layout, Opened};

const OGP: &str = "tests/fixtures/ogp-commitments-open-parliament.csv";
const KEY_FIGURES: &str = "tests/fixtures/dk-dagtilbud-noegletal-kommuner.csv";
const NORMERING: &str = "tests/fixtures/dk-normering-kommuner-2017-2023.csv";

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("studio");
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir.join(name)
}

/// Runs the CLI and gives the file it wrote.
fn ogw(args: &[&str], output: &Path) -> String {
    let status = Command::new(env!("CARGO_BIN_EXE_ogw"))
        .args(args)
        .arg("-o")
        .arg(output)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("ogw runs");
    assert!(status.success(), "ogw {args:?} failed: {status}");
    std::fs::read_to_string(output).expect("ogw wrote its output")
}

fn opened(path: &str) -> Opened {
    let name = Path::new(path).file_name().unwrap().to_string_lossy().into_owned();
    open(&name, &std::fs::read(path).expect("the fixture")).expect("the file opens")
}

#[test]
fn the_ogp_export_makes_the_feed_ogw_import_writes_whole_and_for_one_plan() {
    let file = opened(OGP);
    assert_eq!(file.layout(), Layout::OgpExport);
    assert!(file
        .ogp_plans()
        .iter()
        .any(|(id, name)| id == "AP_MKD04" && name.contains("North Macedonia")));
    let combined = convert(std::slice::from_ref(&file), &Choices::default(), Lang::En);
    assert_eq!(
        combined.feed.as_deref(),
        Some(ogw(&["import", "ogp-csv", OGP], &scratch("ogp.json")).as_str())
    );
    let choices = Choices { ogp_plan: Some("AP_MKD04".into()), ..Choices::default() };
    let one = convert(std::slice::from_ref(&file), &choices, Lang::En);
    let cli = ogw(&["import", "ogp-csv", OGP, "--plan", "AP_MKD04"], &scratch("mkd.json"));
    assert_eq!(one.feed.as_deref(), Some(cli.as_str()));
    // The importer's notes keep their row and column.
    let note = one.problems.first().expect("the export has notes for this plan");
    assert!(note.row > 1 && note.sheet == "ogp-commitments-open-parliament.csv", "{note:?}");
}

#[test]
fn the_daycare_csvs_make_the_feed_ogw_import_writes_also_in_windows_1252() {
    let cli = ogw(
        &["import", "dk-daycare", "--key-figures", KEY_FIGURES, "--normering", NORMERING],
        &scratch("daycare.json"),
    );
    let files = [opened(KEY_FIGURES), opened(NORMERING)];
    assert_eq!(
        files.iter().map(Opened::layout).collect::<Vec<_>>(),
        [Layout::DkKeyFigures, Layout::DkNormering]
    );
    let outcome = convert(&files, &Choices::default(), Lang::Da);
    assert!(outcome.daycare);
    assert_eq!(outcome.feed.as_deref(), Some(cli.as_str()));

    // As Danish Excel saves "CSV (semikolonsepareret)": Windows-1252, semicolons, decimal commas.
    let utf8 = std::fs::read_to_string(KEY_FIGURES).unwrap();
    assert!(utf8.contains("Ærø") || utf8.contains('ø'), "the fixture has Danish letters");
    let (cp1252, _, lossy) = encoding_rs::WINDOWS_1252.encode(&utf8);
    assert!(!lossy && std::str::from_utf8(&cp1252).is_err());
    let path = scratch("noegletal-1252.csv");
    std::fs::write(&path, &cp1252).unwrap();
    let files = [open("noegletal-1252.csv", &cp1252).unwrap(), opened(NORMERING)];
    assert_eq!(convert(&files, &Choices::default(), Lang::Da).feed.as_deref(), Some(cli.as_str()));
    let cli_1252 = ogw(
        &[
            "import",
            "dk-daycare",
            "--key-figures",
            path.to_str().unwrap(),
            "--normering",
            NORMERING,
        ],
        &scratch("daycare-1252.json"),
    );
    assert_eq!(cli_1252, cli);
}

#[test]
fn a_template_made_by_ogw_template_reads_back_in_the_studio_and_in_ogw_import() {
    let path = scratch("plan-template.xlsx");
    let status = Command::new(env!("CARGO_BIN_EXE_ogw"))
        .args(["template", "plan", "-o"])
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"PK"));
    // The same workbook the core makes (the CLI only writes it).
    assert_eq!(plan_template().unwrap().len(), bytes.len());
    let file = open("plan-template.xlsx", &bytes).unwrap();
    assert_eq!(file.layout(), Layout::Template);
    assert_eq!(
        file.sheets().iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["Initiativer", "Milepæle"]
    );
    let choices = Choices {
        plan: PlanOptions { title: Some("Prøve".into()), lang: Lang::Da },
        ..Choices::default()
    };
    let outcome = convert(std::slice::from_ref(&file), &choices, Lang::Da);
    assert!(outcome.problems.is_empty(), "{:?}", outcome.problems);
    let feed = outcome.feed.expect("a feed");
    let read = read_plan(&feed).expect("the feed reads");
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    let initiative = &read.feed.initiatives[0];
    assert_eq!(initiative.milestones.len(), 1);
    assert_eq!(initiative.status.status.id(), "ongoing");
    let cli = ogw(
        &["import", "template", path.to_str().unwrap(), "--title", "Prøve"],
        &scratch("template.json"),
    );
    assert_eq!(feed, cli);
    // Each date as it was read, for the editor to confirm.
    let readings: Vec<&str> = outcome.dates.iter().map(|d| d.reading.as_str()).collect();
    assert_eq!(
        readings,
        [
            "1. kvartal 2025: 1. januar 2025 – 31. marts 2025",
            "4. kvartal 2026: 1. oktober 2026 – 31. december 2026",
            "juni 2025: 1. juni 2025 – 30. juni 2025",
        ]
    );
}

/// Cells as they come from a spreadsheet's clipboard: tabs between cells.
const BROKEN: &str = "Nr.\tTitel\tStatus\tStart\tSlut\n\
1\tÅbne data\tI gang\t2. kvartal 2018\t31/12/2018\n\
2\tDeling af data\tI gang\t2018\t31/13/2018\n\
3\t\tAfsluttet\t2018\t2019\n\
\t\t\t\t\n\
4\tBedre service\tMåske\t2019\t2020\n";

#[test]
fn a_broken_pasted_sheet_says_what_is_wrong_where_and_what_to_do() {
    let file = open_pasted("Initiativer", BROKEN).unwrap();
    assert_eq!(file.layout(), Layout::Sheet);
    let outcome = convert(std::slice::from_ref(&file), &Choices::default(), Lang::Da);
    let messages: Vec<String> = outcome.problems.iter().map(|p| p.message(Lang::Da)).collect();
    assert_eq!(
        messages,
        [
            "Initiativer, række 3, kolonne Slut: '31/13/2018' er ikke en dato. Skriv fx '31/12/2018' eller '4. kvartal 2018'. Datoen er udeladt.",
            "Initiativer, række 4, kolonne Titel: rækken har ingen titel. Skriv en titel; indtil da er rækken udeladt.",
            "Initiativer, række 5: rækken er tom og springes over.",
            "Initiativer, række 6, kolonne Status: 'Måske' er ikke en status, der kendes. Vælg en af: ikke påbegyndt, i gang, forsinket, begrænset, væsentligt, afsluttet, trukket tilbage, ukendt. Indtil da vises den som ukendt.",
        ]
    );
    assert_eq!(outcome.problems[0].column_index, Some(4));
    let english = outcome.problems[1].message(Lang::En);
    assert_eq!(english, "Initiativer, row 4, column Titel: the row has no title. Write one; until then the row is left out.");
    let read = read_plan(outcome.feed.as_deref().unwrap()).unwrap();
    assert_eq!(
        read.feed.initiatives.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        ["1", "2", "4"]
    );
    assert_eq!(outcome.dates[0].reading, "2. kvartal 2018: 1. april 2018 – 30. juni 2018");
}

#[test]
fn the_editor_can_map_a_column_the_headers_did_not_name() {
    let file = open_pasted("Ark1", "Hvad\tHvornår\nÅbne data\t2019\n").unwrap();
    let proposed = convert(std::slice::from_ref(&file), &Choices::default(), Lang::Da);
    assert_eq!(proposed.mapping, [None, None]);
    assert_eq!(proposed.feed, None);
    let mut mapping = proposed.mapping.clone();
    use ogw_widgets::core::studio::fields::{assign, Field};
    assign(&mut mapping, 0, Some(Field::Title));
    assign(&mut mapping, 1, Some(Field::End));
    let choices = Choices { mapping: Some(mapping), ..Choices::default() };
    let mapped = convert(std::slice::from_ref(&file), &choices, Lang::Da);
    let read = read_plan(mapped.feed.as_deref().unwrap()).unwrap();
    assert_eq!(read.feed.initiatives[0].period.as_ref().unwrap().end.as_deref(), Some("2019"));
}

#[test]
fn the_daycare_template_reads_back_through_the_daycare_importer() {
    let path = scratch("dagtilbud.xlsx");
    let status = Command::new(env!("CARGO_BIN_EXE_ogw"))
        .args(["template", "daycare", "-o"])
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    let file = open("dagtilbud.xlsx", &std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(file.layout(), Layout::DaycareTemplate);
    let outcome = convert(std::slice::from_ref(&file), &Choices::default(), Lang::Da);
    assert!(outcome.daycare, "{:?}", outcome.message);
    let feed = outcome.feed.expect("a daycare feed");
    let read = ogw_widgets::core::daycare::read::read_daycare(&feed).expect("it reads");
    let aabenraa =
        read.feed.areas.iter().find(|a| a.code == "580").expect("the example municipality");
    assert_eq!(aabenraa.name, "Aabenraa");
    let cli = ogw(&["import", "template", path.to_str().unwrap()], &scratch("dagtilbud.json"));
    assert_eq!(feed, cli);
    // The same figures as the CSVs give for Aabenraa.
    let csv = convert(&[opened(KEY_FIGURES), opened(NORMERING)], &Choices::default(), Lang::Da);
    let from_csv =
        ogw_widgets::core::daycare::read::read_daycare(csv.feed.as_deref().unwrap()).unwrap();
    let csv_aabenraa = from_csv.feed.areas.iter().find(|a| a.code == "580").unwrap();
    let figure = |area: &ogw_widgets::core::daycare::feed::Area, id: &str| {
        serde_json::to_value(area).unwrap()["values"][id].clone()
    };
    assert_eq!(figure(aabenraa, "paedagoger_pct"), serde_json::json!(47.2));
    assert_eq!(figure(aabenraa, "paedagoger_pct"), figure(csv_aabenraa, "paedagoger_pct"));
}
