//! Numbers a parent can trust, on the real municipal feed (tests/fixtures):
//! national values recomputed here, exactly, from the two CSVs; a value
//! rounded once, so the words agree with the digits beside them; the year
//! of every figure; and what the source contradicts or leaves out, noted
//! rather than judged.

use ogw_widgets::core::daycare::compare::{cell_sentence, compare, verdict, Subject, Verdict};
use ogw_widgets::core::daycare::feed::{Better, DaycareFeed, Figure, NoteKind, Presence};
use ogw_widgets::core::daycare::format::{number, shown};
use ogw_widgets::core::daycare::query::{Column, UnitIndex};
use ogw_widgets::core::daycare::read::read_daycare;
use ogw_widgets::core::daycare::table::{area_cell, heading};
use ogw_widgets::core::daycare::value::Value;
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::import::dk_daycare::import_dk_daycare;
use ogw_widgets::core::problem::ProblemKind;
use proptest::prelude::*;

const KEY: &str = include_str!("fixtures/dk-dagtilbud-noegletal-kommuner.csv");
const NORMERING: &str = include_str!("fixtures/dk-normering-kommuner-2017-2023.csv");

/// The feed as a widget reads it: imported, written and read back.
fn feed_from(key: &str, normering: &str) -> DaycareFeed {
    let imported = import_dk_daycare(key, normering).unwrap().feed;
    read_daycare(&serde_json::to_string(&imported).unwrap()).unwrap().feed
}

fn figure_index(feed: &DaycareFeed, id: &str) -> usize {
    feed.figures.iter().position(|f| f.id == id).unwrap()
}

fn area_index(feed: &DaycareFeed, name: &str) -> usize {
    feed.areas.iter().position(|a| a.name == name).unwrap()
}

/// A source cell in thousandths ("2,95" is 2950), exactly; `None` when empty.
fn thousandths(cell: &str) -> Option<i128> {
    if cell.is_empty() {
        return None;
    }
    let (whole, fraction) = cell.split_once(',').unwrap_or((cell, ""));
    assert!(fraction.len() <= 3, "{cell}: more decimals than this test counts");
    let fraction = format!("{fraction:0<3}");
    Some(whole.parse::<i128>().unwrap() * 1000 + fraction.parse::<i128>().unwrap())
}

/// An exact weighted mean sum / (1000 * weights), rounded half away from
/// zero to `decimals`: what a parent must read.
fn exact_shown(sum: i128, weights: i128, decimals: u32) -> i128 {
    let (num, den) = (sum * 10i128.pow(decimals), weights * 1000);
    (2 * num + den) / (2 * den)
}

#[test]
fn national_values_are_the_exact_weighted_means_of_the_csvs_rounded_once() {
    let feed = feed_from(KEY, NORMERING);
    let mut key = KEY.lines();
    let header: Vec<&str> = key.next().unwrap().split(';').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let rows: Vec<Vec<&str>> = key.map(|l| l.split(';').collect()).collect();
    let children = |row: &Vec<&str>, column: &str| thousandths(row[col(column)]).map(|t| t / 1000);
    let all_children = |row: &Vec<&str>| {
        let parts = ["boern_i_dagpleje", "boern_0_2_i_dagtilbud", "boern_3_5_i_dagtilbud"]
            .map(|c| children(row, c));
        parts.iter().all(Option::is_some).then(|| parts.iter().flatten().sum::<i128>())
    };
    let mut checked = 0;
    let mut check = |what: &str, figure: &Figure, stored: Value, sum: i128, weights: i128| {
        let stored = stored.number().unwrap_or_else(|| panic!("{what}: {stored:?}"));
        for decimals in 0..=3u8 {
            assert_eq!(
                shown(stored, decimals),
                Some(exact_shown(sum, weights, decimals as u32) as i64),
                "{what} ({}) with {decimals} decimals: stored {stored}",
                figure.id
            );
        }
        checked += 1;
    };
    // Key figures, weighted by the children each is about.
    let weighted_by = [
        ("paedagoger_pct", "andel_paedagoger_pct", None),
        ("medhjaelpere_pct", "andel_medhjaelpere_pct", None),
        ("sygefravaer_dage", "sygefravaer_dage_pr_ansat", None),
        ("udgift_pr_barn", "udgift_pr_barn_kr", None),
        ("takst_dagpleje", "takst_dagpleje_kr", Some("boern_i_dagpleje")),
        ("takst_vuggestue", "takst_vuggestue_kr", Some("boern_0_2_i_dagtilbud")),
        ("takst_boernehave", "takst_boernehave_kr", Some("boern_3_5_i_dagtilbud")),
    ];
    for (id, column, by) in weighted_by {
        let (mut sum, mut weights) = (0, 0);
        for row in &rows {
            let w = by.map_or_else(|| all_children(row), |b| children(row, b));
            if let (Some(x), Some(w)) = (thousandths(row[col(column)]), w) {
                sum += x * w;
                weights += w;
            }
        }
        let figure = &feed.figures[figure_index(&feed, id)];
        check(id, figure, feed.national.values.get(id).unwrap(), sum, weights);
    }
    // Children per adult, every year, weighted by the latest children in
    // that kind of care; a 0 is no ratio (no children, or not reported).
    let groups = [
        ("0-2 år", "normering_0_2", "boern_0_2_i_dagtilbud"),
        ("3-5 år", "normering_3_5", "boern_3_5_i_dagtilbud"),
        ("dagpleje", "normering_dagpleje", "boern_i_dagpleje"),
    ];
    for (group, id, by) in groups {
        let figure = &feed.figures[figure_index(&feed, id)];
        for year in 2017..=2023 {
            let (mut sum, mut weights) = (0, 0);
            for line in NORMERING.lines().skip(1) {
                let cells: Vec<&str> = line.split(';').collect();
                if cells[2] != group || cells[3] != year.to_string() {
                    continue;
                }
                let row = rows.iter().find(|r| r[col("kommunekode")] == cells[0]).unwrap();
                if let (Some(x), Some(w)) = (thousandths(cells[4]), children(row, by)) {
                    if x != 0 {
                        sum += x * w;
                        weights += w;
                    }
                }
            }
            let stored = feed.national.series.get(id).unwrap().get(year).unwrap();
            check(&format!("{id} {year}"), figure, stored, sum, weights);
            if year == 2023 {
                check(id, figure, feed.national.values.get(id).unwrap(), sum, weights);
            }
        }
    }
    assert_eq!(checked, 7 + 3 * 8);
    // The two the issue names: 3.2450 and 5.6476, each rounded once.
    let national = |id: &str| feed.national.values.get(id).unwrap().number().unwrap();
    assert_eq!(number(national("normering_dagpleje"), 1, Lang::Da), "3,2");
    let series_2022 = feed.national.series.get("normering_3_5").unwrap().get(2022).unwrap();
    assert_eq!(number(series_2022.number().unwrap(), 1, Lang::Da), "5,6");
}

#[test]
fn aabenraa_is_worse_than_the_country_in_words_and_digits_and_the_year_is_said() {
    let feed = feed_from(KEY, NORMERING);
    let index = UnitIndex::new(&feed);
    let f = figure_index(&feed, "normering_dagpleje");
    let aabenraa = Subject::Area(area_index(&feed, "Aabenraa"));
    let comparison = compare(&feed, &index, &[aabenraa], &[f]);
    let row = &comparison.rows[0];
    assert_eq!(
        cell_sentence(&feed, aabenraa, row, &row.cells[0], Lang::Da),
        "Aabenraa: 3,3 børn pr. voksen, dårligere end landstallet (3,2)"
    );
    assert_eq!(
        cell_sentence(&feed, aabenraa, row, &row.cells[0], Lang::En),
        "Aabenraa: 3.3 children per adult, worse than the country (3.2)"
    );
    assert_eq!(heading(&feed, Column::Figure(f), Lang::Da), "Børn pr. voksen, dagpleje (2023)");
    let fee = figure_index(&feed, "takst_vuggestue");
    assert_eq!(heading(&feed, Column::Figure(fee), Lang::En), "Parental fee, nursery (2025)");
    let share = figure_index(&feed, "paedagoger_pct");
    assert_eq!(heading(&feed, Column::Figure(share), Lang::Da), "Andel pædagoger (år ikke oplyst)");
    let boern = &feed.figures[figure_index(&feed, "boern")];
    assert_eq!(boern.presence, Presence::Computed, "added up from three counts");
}

#[test]
fn fano_s_family_daycare_ratio_without_children_is_noted_and_not_judged() {
    let imported = import_dk_daycare(KEY, NORMERING).unwrap();
    let fano_noted = imported.problems.iter().any(|p| {
        matches!(&p.kind, ProblemKind::DoubtfulValue { area, note: NoteKind::NoChildren } if area == "Fanø")
    });
    assert!(fano_noted, "in the import report");
    let feed = feed_from(KEY, NORMERING);
    let (a, f) = (area_index(&feed, "Fanø"), figure_index(&feed, "normering_dagpleje"));
    let kinds: Vec<NoteKind> =
        feed.areas[a].notes_on("normering_dagpleje").iter().map(|n| n.kind).collect();
    assert_eq!(kinds, [NoteKind::NoChildren, NoteKind::Outlier], "in the feed, on that value");
    assert_eq!(area_cell(&feed, a, Column::Figure(f), Lang::Da), "5,0 (tvivlsomt, usædvanligt)");
    let comparison = compare(&feed, &UnitIndex::new(&feed), &[Subject::Area(a)], &[f]);
    let row = &comparison.rows[0];
    assert_eq!(row.cells[0].vs_national, Verdict::NotComparable, "nothing judged on it");
    let said = cell_sentence(&feed, Subject::Area(a), row, &row.cells[0], Lang::Da);
    assert!(
        said.starts_with("Fanø: 5,0 børn pr. voksen. Tvivlsomt: kilden har ingen børn"),
        "{said}"
    );
    assert!(!said.contains("landstallet"), "{said}");
}

#[test]
fn a_missing_newest_year_is_said_with_its_own_year_and_not_judged() {
    let without: String = NORMERING
        .lines()
        .filter(|l| !l.starts_with("751;Aarhus;0-2 år;2023;"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(without.lines().count(), NORMERING.lines().count() - 1);
    let imported = import_dk_daycare(KEY, &without).unwrap();
    assert!(imported.problems.iter().any(|p| matches!(&p.kind,
        ProblemKind::DoubtfulValue { area, note: NoteKind::NewestYearMissing } if area == "Aarhus")));
    let feed = feed_from(KEY, &without);
    let (a, f) = (area_index(&feed, "Aarhus"), figure_index(&feed, "normering_0_2"));
    let aarhus = &feed.areas[a];
    let value_2022 = aarhus.series.get("normering_0_2").unwrap().get(2022).unwrap();
    assert_eq!(aarhus.values.get("normering_0_2"), Some(value_2022));
    assert_eq!(aarhus.periods.get("normering_0_2").map(String::as_str), Some("2022"));
    assert_eq!(feed.figures[f].period.as_deref(), Some("2023"), "the figure is still 2023's");
    assert_eq!(area_cell(&feed, a, Column::Figure(f), Lang::Da), "2,8 (2022, nyeste år mangler)");
    assert_eq!(area_cell(&feed, a, Column::Figure(f), Lang::En), "2.8 (2022, newest year missing)");
    let comparison = compare(&feed, &UnitIndex::new(&feed), &[Subject::Area(a)], &[f]);
    let row = &comparison.rows[0];
    assert_eq!(row.cells[0].vs_national, Verdict::NotComparable, "2022 against 2023 says nothing");
    let said = cell_sentence(&feed, Subject::Area(a), row, &row.cells[0], Lang::En);
    assert!(
        said.starts_with("Aarhus: 2.8 children per adult (2022). The newest year is missing"),
        "{said}"
    );
    // The country's 2023 value is made of 2023 values only.
    let national = feed.national.values.get("normering_0_2");
    assert_eq!(national, feed.national.series.get("normering_0_2").unwrap().get(2023));
}

/// A decimal a feed could hold: `sign`, whole part, then `digits` after the point.
fn decimal(negative: bool, whole: u32, digits: &str) -> String {
    format!("{}{whole}.{digits}", if negative { "-" } else { "" })
}

/// The real feed's figures, and every number of decimals in every direction.
static FIGURES: std::sync::LazyLock<Vec<Figure>> = std::sync::LazyLock::new(figures_to_try);

fn figures_to_try() -> Vec<Figure> {
    let real = feed_from(KEY, NORMERING).figures;
    let made = (0..=3u8).flat_map(|decimals| {
        [Better::Higher, Better::Lower, Better::None].map(|better| Figure {
            decimals,
            better,
            ..real[0].clone()
        })
    });
    real.iter().cloned().chain(made).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// A value stored with more decimals than its figure shows keeps its
    /// shown digits and its verdict however many more it gains (within the
    /// 15 significant digits a JSON number keeps), and the verdict's words
    /// agree with the digits: "the same" exactly when the digits are.
    #[test]
    fn more_decimals_change_no_shown_value_and_no_verdict(
        which in 0usize..26,
        (negative, whole, extra, more) in (any::<bool>(), 0u32..100_000, 1usize..4, "[0-9]{1,4}"),
        (avg_whole, avg_extra, avg_more) in (0u32..100_000, 1usize..4, "[0-9]{1,4}"),
        digits in "[0-9]{7}",
        avg_digits in "[0-9]{7}",
    ) {
        let figures = &*FIGURES;
        let figure = &figures[which % figures.len()];
        let d = figure.decimals as usize;
        let stored = decimal(negative, whole, &digits[..d + extra]);
        let longer = format!("{stored}{more}");
        let avg = decimal(false, avg_whole, &avg_digits[..d + avg_extra]);
        let avg_longer = format!("{avg}{avg_more}");
        let [x, x_more, a, a_more] = [&stored, &longer, &avg, &avg_longer].map(|t| t.parse::<f64>().unwrap());
        for lang in [Lang::Da, Lang::En] {
            prop_assert_eq!(number(x, figure.decimals, lang), number(x_more, figure.decimals, lang), "{} vs {}", stored, longer);
        }
        let v = verdict(Value::Number(x), Value::Number(a), figure);
        prop_assert_eq!(v, verdict(Value::Number(x_more), Value::Number(a_more), figure));
        let same_digits = number(x, figure.decimals, Lang::Da) == number(a, figure.decimals, Lang::Da);
        prop_assert_eq!(v == Verdict::Same, same_digits, "{} against {}: {:?}", stored, avg, v);
        let higher = shown(x, figure.decimals) > shown(a, figure.decimals);
        let expected = match (figure.better, same_digits, higher) {
            (_, true, _) => Verdict::Same,
            (Better::Higher, _, true) | (Better::Lower, _, false) => Verdict::Better,
            (Better::Higher, _, false) | (Better::Lower, _, true) => Verdict::Worse,
            (Better::None, _, true) => Verdict::Higher,
            (Better::None, _, false) => Verdict::Lower,
        };
        prop_assert_eq!(v, expected);
    }
}

#[test]
fn a_value_is_rounded_as_it_reads_half_away_from_zero() {
    let cases = [
        (1.005, 2, "1,01"),
        (123456789012345.6, 3, "123.456.789.012.345,600"),
        (1e300, 0, "–"),
        (3.245, 1, "3,2"),
        (3.25, 1, "3,3"),
        (-0.05, 1, "-0,1"),
        (-0.04, 1, "0,0"),
        (0.5, 0, "1"),
        (2.5, 0, "3"),
        (1e-7, 3, "0,000"),
        (258677.0, 0, "258.677"),
        (0.0095, 2, "0,01"),
    ];
    for (x, decimals, want) in cases {
        assert_eq!(number(x, decimals, Lang::Da), want, "{x}");
    }
}

#[test]
fn a_yearly_fee_says_its_monthly_rate_and_months_where_the_source_tells_them_apart() {
    // Every yearly fee in the source is a whole monthly rate for 11 or 12 months.
    let fees = KEY.lines().skip(1).flat_map(|l| l.split(';').skip(8).take(3).collect::<Vec<_>>());
    for fee in fees.filter(|f| !f.is_empty()) {
        let kroner: u64 = fee.parse().unwrap();
        assert!(kroner.is_multiple_of(11) || kroner.is_multiple_of(12), "{fee}");
    }
    let feed = feed_from(KEY, NORMERING);
    let f = figure_index(&feed, "takst_vuggestue");
    let cell =
        |name: &str, lang| area_cell(&feed, area_index(&feed, name), Column::Figure(f), lang);
    // 580;Aabenraa;…;46816: 11 × 4,256 (and not 12 × anything whole).
    assert_eq!(cell("Aabenraa", Lang::Da), "46.816 (11 mdr. à 4.256)");
    assert_eq!(cell("Aabenraa", Lang::En), "46,816 (11 months at 4,256)");
    // 41844 is 11 × 3,804 and 12 × 3,487: the source cannot tell, so nothing is said.
    assert_eq!(cell("Esbjerg", Lang::Da), "41.844");
    let comparison = compare(
        &feed,
        &UnitIndex::new(&feed),
        &[Subject::Area(area_index(&feed, "Aabenraa"))],
        &[f],
    );
    let row = &comparison.rows[0];
    let said = cell_sentence(&feed, comparison.subjects[0], row, &row.cells[0], Lang::Da);
    assert!(said.starts_with("Aabenraa: 46.816 kr. om året (11 mdr. à 4.256)"), "{said}");
}
