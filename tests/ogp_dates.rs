//! The date forms of OGP's commitments export (tests/fixtures/…, an English
//! sheet: `plan.language` "en") that the reader learnt for it, with the
//! days each must mean, and the Danish forms of the same kinds. Every date
//! cell of the export must read as a date or as saying there is none.

use ogw_widgets::core::date::read_phrase;
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::import::ogp::{import_ogp, OgpOptions};
use ogw_widgets::core::import::report::Reason;
use ogw_widgets::core::import::table::read_table;
use ogw_widgets::core::import::tidy::excel_day;

const OGP: &[u8] = include_bytes!("fixtures/ogp-commitments-open-parliament.csv");

/// As the export writes them, read in English. `earliest..latest
/// precision +qualifiers`, "?" for a day not known.
const OGP_PHRASES: &[(&str, &str)] = &[
    // Month first with two-digit years: 00-69 are 20xx.
    ("10/1/18", "2018-10-01..2018-10-01 day"),
    ("8/21/20", "2020-08-21..2020-08-21 day"),
    ("9/1/18", "2018-09-01..2018-09-01 day"),
    ("12/31/19", "2019-12-31..2019-12-31 day"),
    ("7/1/18", "2018-07-01..2018-07-01 day"),
    ("5/31/19", "2019-05-31..2019-05-31 day"),
    ("8/1/18", "2018-08-01..2018-08-01 day"),
    ("7/1/17", "2017-07-01..2017-07-01 day"),
    ("6/30/19", "2019-06-30..2019-06-30 day"),
    ("6/30/20", "2020-06-30..2020-06-30 day"),
    ("1/1/19", "2019-01-01..2019-01-01 day"),
    ("9/30/15", "2015-09-30..2015-09-30 day"),
    ("12/31/18", "2018-12-31..2018-12-31 day"),
    ("4/1/18", "2018-04-01..2018-04-01 day"),
    ("8/30/20", "2020-08-30..2020-08-30 day"),
    ("6/1/18", "2018-06-01..2018-06-01 day"),
    ("11/1/18", "2018-11-01..2018-11-01 day"),
    ("12/31/15", "2015-12-31..2015-12-31 day"),
    ("12/1/18", "2018-12-01..2018-12-01 day"),
    ("12/31/20", "2020-12-31..2020-12-31 day"),
    // Day first: the first number cannot be a month.
    ("31/12/2016", "2016-12-31..2016-12-31 day"),
    ("28/5/2014", "2014-05-28..2014-05-28 day"),
    ("31/12/2014", "2014-12-31..2014-12-31 day"),
    ("31/12/2015", "2015-12-31..2015-12-31 day"),
    ("31/12/2013", "2013-12-31..2013-12-31 day"),
    ("30/9/2014", "2014-09-30..2014-09-30 day"),
    ("30/6/2016", "2016-06-30..2016-06-30 day"),
    ("30/6/2015", "2015-06-30..2015-06-30 day"),
    ("30/9/2015", "2015-09-30..2015-09-30 day"),
    ("31/3/2015", "2015-03-31..2015-03-31 day"),
    ("30/4/2015", "2015-04-30..2015-04-30 day"),
    ("31/1/2015", "2015-01-31..2015-01-31 day"),
    // Both could be the month: a cell alone is read as the plan's language
    // says, month first. Bulgaria's second plan writes its days first
    // ("31/12/2016" beside it) and never its months first, so it meant
    // 1 July 2014: the importer writes it "2014-07-01" (docs/cli.md, and
    // `the_plans_that_write_the_day_first_get_the_days_they_meant` below).
    ("1/7/2014", "2014-01-07..2014-01-07 day"),
    // Quarters.
    ("Quarter 4 2016", "2016-10-01..2016-12-31 quarter"),
    ("Quarter 1 2014", "2014-01-01..2014-03-31 quarter"),
    ("Quarter 3 2014", "2014-07-01..2014-09-30 quarter"),
    ("Quarter 1 2015", "2015-01-01..2015-03-31 quarter"),
    ("Quarter 2 2015", "2015-04-01..2015-06-30 quarter"),
    ("I quarter of 2021", "2021-01-01..2021-03-31 quarter"),
    ("II quarter of 2021", "2021-04-01..2021-06-30 quarter"),
    ("III quarter of 2022", "2022-07-01..2022-09-30 quarter"),
    ("IV quarter of 2021", "2021-10-01..2021-12-31 quarter"),
    ("IV quarter of 2022", "2022-10-01..2022-12-31 quarter"),
    ("I quarter of 2022", "2022-01-01..2022-03-31 quarter"),
    ("IV quarter of 2020", "2020-10-01..2020-12-31 quarter"),
    // A season: spring is March to May.
    ("Spring 2015", "2015-03-01..2015-05-31 season"),
    // Running on.
    ("Underway", "?..? unknown +open"),
    ("In progress", "?..? unknown +open"),
    ("Ongoing", "?..? unknown +open"),
    ("Permanent activity", "?..? unknown +open"),
];

/// The same kinds as a Danish plan writes them, read in Danish.
const DANISH_PHRASES: &[(&str, &str)] = &[
    ("foråret 2019", "2019-03-01..2019-05-31 season"),
    ("forår 2019", "2019-03-01..2019-05-31 season"),
    ("sommeren 2019", "2019-06-01..2019-08-31 season"),
    ("efteråret 2019", "2019-09-01..2019-11-30 season"),
    ("vinteren 2019/20", "2019-12-01..2020-02-29 season"),
    ("vinteren 2019", "2019-12-01..2020-02-29 season"),
    ("I gang", "?..? unknown +open"),
    ("Igangværende", "?..? unknown +open"),
    // Day first, unless the second number cannot be a month.
    ("8/1/2017", "2017-01-08..2017-01-08 day"),
    ("12/31/2014", "2014-12-31..2014-12-31 day"),
    ("31/12/14", "2014-12-31..2014-12-31 day"),
    ("1/8-17", "2017-08-01..2017-08-01 day"),
    ("IV. kvartal 2016", "2016-10-01..2016-12-31 quarter"),
    ("kvartal 4 2016", "2016-10-01..2016-12-31 quarter"),
];

fn reads_as(text: &str, lang: Lang) -> String {
    read_phrase(text, lang).to_string()
}

fn check_all(table: &[(&str, &str)], lang: Lang) {
    let wrong: Vec<String> = table
        .iter()
        .filter(|(text, expected)| reads_as(text, lang) != *expected)
        .map(|(text, expected)| {
            format!("{text:?}\n   expected {expected}\n   read as  {}", reads_as(text, lang))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} phrases read wrongly:\n{}",
        wrong.len(),
        table.len(),
        wrong.join("\n")
    );
}

/// The export's date cells as the importer writes them (Excel day numbers
/// as dates), one of each.
fn export_dates() -> Vec<String> {
    let table = read_table(OGP, b',', &mut |_, _| {}).expect("the fixture is a table");
    let mut out: Vec<String> = Vec::new();
    for column in ["Start Date", "End Date"] {
        let i = table.column(column).expect("the fixture has the column");
        for row in &table.rows {
            let cell = row.cells.get(i).map_or("", |c| c.trim());
            let cell = excel_day(cell).unwrap_or_else(|| cell.to_string());
            if !out.contains(&cell) {
                out.push(cell);
            }
        }
    }
    out
}

#[test]
fn the_exports_date_forms_mean_what_they_say() {
    check_all(OGP_PHRASES, Lang::En);
}

#[test]
fn the_same_forms_in_danish_mean_what_they_say() {
    check_all(DANISH_PHRASES, Lang::Da);
}

#[test]
fn the_table_holds_the_exports_own_text() {
    let dates = export_dates();
    let foreign: Vec<&str> = OGP_PHRASES
        .iter()
        .map(|(text, _)| *text)
        .filter(|text| !dates.iter().any(|d| d == text))
        .collect();
    assert!(foreign.is_empty(), "not in the export: {foreign:?}");
}

#[test]
fn every_date_cell_of_the_export_is_read() {
    let dates = export_dates();
    assert!(dates.len() > 250, "{} different date cells", dates.len());
    let unread: Vec<&String> =
        dates.iter().filter(|d| !read_phrase(d, Lang::En).is_readable()).collect();
    assert!(unread.is_empty(), "cannot be read: {unread:?}");
}

/// The cells the importer rewrites in the plans that write the day first
/// (Bulgaria, Croatia, Ghana, North Macedonia and Ukraine, 2013-2016): the
/// English feed reads each as the day the cell means day first, which is
/// how a Danish reader reads the cell itself.
#[test]
fn the_plans_that_write_the_day_first_get_the_days_they_meant() {
    let imported =
        import_ogp(OGP, &OgpOptions::default(), &mut |_, _| {}).expect("the fixture imports");
    let mut rewritten = Vec::new();
    for note in &imported.report.notes {
        let Reason::DayFirst { date, .. } = &note.reason else { continue };
        let (value, id) = (note.value.as_deref().unwrap(), note.id.as_deref().unwrap());
        assert_eq!(
            reads_as(date, Lang::En),
            reads_as(value, Lang::Da),
            "{id}: {value} written as {date}"
        );
        rewritten.push(format!("{id} {value} -> {}", reads_as(date, Lang::En)));
    }
    assert_eq!(
        rewritten,
        [
            "BG0027 1/7/2014 -> 2014-07-01..2014-07-01 day",
            "BG0028 1/7/2014 -> 2014-07-01..2014-07-01 day",
            "BG0030 1/12/2012 -> 2012-12-01..2012-12-01 day",
            "BG0034 1/3/2013 -> 2013-03-01..2013-03-01 day",
            "BG0039 1/3/2015 -> 2015-03-01..2015-03-01 day",
            "HR0014 1/6/2014 -> 2014-06-01..2014-06-01 day",
            "GH0010 02/3/2014 -> 2014-03-02..2014-03-02 day",
            "MK0062 1/4/2014 -> 2014-04-01..2014-04-01 day",
            "UA0034 01/5/2015 -> 2015-05-01..2015-05-01 day",
        ]
    );
    assert_eq!(
        imported.report.reasons.get("ambiguous_date"),
        None,
        "no plan of the export writes both orders"
    );
}
