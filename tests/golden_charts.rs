//! Golden SVGs: every kind of chart the widgets draw, at a desktop and a
//! phone width, from real data, kept in `tests/golden/` so that a change to a
//! drawing shows up in review as a readable diff (one SVG element a line).
//!
//! After a deliberate change: `UPDATE_EXPECT=1 cargo test --test golden_charts`,
//! then read `git diff tests/golden/` before committing it.

use ogw_widgets::core::timeline::words::TimelineMsg;
use std::path::PathBuf;

use ogw_widgets::core::chart::daycare::compare_layout::layout_compare;
use ogw_widgets::core::chart::daycare::compare_svg::compare_svg;
use ogw_widgets::core::chart::daycare::hours_layout::layout_hours;
use ogw_widgets::core::chart::daycare::hours_svg::hours_svg;
use ogw_widgets::core::chart::daycare::series_layout::layout_series;
use ogw_widgets::core::chart::daycare::series_svg::series_svg;
use ogw_widgets::core::chart::status::layout::layout_status;
use ogw_widgets::core::chart::status::svg::status_svg;
use ogw_widgets::core::chart::timeline::layout::{layout_timeline, Zoom};
use ogw_widgets::core::chart::timeline::svg::timeline_svg;
use ogw_widgets::core::date::parse_iso;
use ogw_widgets::core::daycare::compare::{compare, comparison_sentence, Subject};
use ogw_widgets::core::daycare::feed::DaycareFeed;
use ogw_widgets::core::daycare::query::UnitIndex;
use ogw_widgets::core::daycare::read::read_daycare;
use ogw_widgets::core::daycare::trend::{trend_inputs, trend_sentence};
use ogw_widgets::core::daycare::words::DaycareMsg;
use ogw_widgets::core::i18n::{Lang, Msg};
use ogw_widgets::core::import::dk_daycare::import_dk_daycare;
use ogw_widgets::core::plan::read::{read_plan, ReadPlan};
use ogw_widgets::core::plan::summary::status_sentence;
use ogw_widgets::core::plan::tally::tally;
use ogw_widgets::core::timeline::model::build_timeline;
use ogw_widgets::core::timeline::words::timeline_summary;

/// The chart's width inside a widget on a desktop page and on a 360 px phone
/// (the widget's 34 px of padding and border taken off).
const WIDTHS: [(&str, f64); 2] = [("desktop", 640.0), ("phone", 326.0)];

fn check(name: &str, svg: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, svg).unwrap();
        return;
    }
    let golden = std::fs::read_to_string(&path).unwrap_or_default();
    if golden == svg {
        return;
    }
    let (old, new): (Vec<&str>, Vec<&str>) = (golden.lines().collect(), svg.lines().collect());
    let changed: Vec<String> = (0..old.len().max(new.len()))
        .filter(|&i| old.get(i) != new.get(i))
        .take(12)
        .map(|i| {
            format!(
                "line {}:\n  - {}\n  + {}",
                i + 1,
                old.get(i).unwrap_or(&""),
                new.get(i).unwrap_or(&"")
            )
        })
        .collect();
    panic!(
        "{name} differs from tests/golden/{name} ({} lines now, {} in the golden file):\n{}\n\
         If the change is meant: UPDATE_EXPECT=1 cargo test --test golden_charts, then review git diff.",
        new.len(),
        old.len(),
        changed.join("\n")
    );
}

fn seed_plan() -> ReadPlan {
    read_plan(include_str!("../www/feeds/handlingsplan-2017-2019.json")).unwrap()
}

fn municipal_feed() -> DaycareFeed {
    let key = include_str!("fixtures/dk-dagtilbud-noegletal-kommuner.csv");
    let normering = include_str!("fixtures/dk-normering-kommuner-2017-2023.csv");
    let imported = import_dk_daycare(key, normering).unwrap().feed;
    read_daycare(&serde_json::to_string(&imported).unwrap()).unwrap().feed
}

fn area(feed: &DaycareFeed, name: &str) -> usize {
    feed.areas.iter().position(|a| a.name == name).unwrap()
}

#[test]
fn status() {
    let read = seed_plan();
    for lang in [Lang::Da, Lang::En] {
        let tally = tally(&read.feed, lang);
        for (device, width) in WIDTHS {
            let layout = layout_status(&tally, width, lang);
            let svg =
                status_svg(&layout, Msg::StatusTitle.text(lang), &status_sentence(&tally, lang));
            check(&format!("status-{}-{device}.svg", lang.code()), &svg);
        }
    }
}

#[test]
fn timeline_collapsed_and_expanded() {
    let read = seed_plan();
    let as_of = parse_iso(read.feed.plan.as_of.as_deref().unwrap()).unwrap();
    let lang = Lang::Da;
    let timeline = build_timeline(&read.feed, as_of, lang);
    for (state, expanded) in [("collapsed", false), ("expanded", true)] {
        for (device, width) in WIDTHS {
            let layout = layout_timeline(&timeline, Zoom::Years, width, lang, &|_, _| expanded);
            let svg = timeline_svg(
                &layout,
                TimelineMsg::TimelineTitle.text(lang),
                &timeline_summary(&timeline, lang),
            );
            check(&format!("timeline-{state}-{device}.svg"), &svg);
        }
    }
}

#[test]
fn compare_municipalities() {
    let feed = municipal_feed();
    let index = UnitIndex::new(&feed);
    let subjects = [
        Subject::Area(area(&feed, "Aabenraa")),
        Subject::Area(area(&feed, "Fanø")),
        Subject::Area(area(&feed, "København")),
    ];
    let figures: Vec<usize> = (0..feed.figures.len()).collect();
    let comparison = compare(&feed, &index, &subjects, &figures);
    for lang in [Lang::Da, Lang::En] {
        let desc = comparison_sentence(&feed, &comparison, lang);
        for (device, width) in WIDTHS {
            let layout = layout_compare(&feed, &comparison, width, lang);
            let svg = compare_svg(&layout, DaycareMsg::Comparison.text(lang), &desc);
            check(&format!("compare-{}-{device}.svg", lang.code()), &svg);
        }
    }
}

#[test]
fn opening_hours() {
    let feed = read_daycare(include_str!("feeds/small-daycare.json")).unwrap().feed;
    let hours = feed.units.iter().find_map(|u| u.opening_hours.as_ref()).unwrap();
    let lang = Lang::Da;
    for (device, width) in WIDTHS {
        let layout = layout_hours(hours, width.min(560.0), lang);
        let svg = hours_svg(&layout, DaycareMsg::OpeningHours.text(lang), &hours.sentence(lang));
        check(&format!("hours-{device}.svg"), &svg);
    }
}

#[test]
fn series_over_the_years() {
    let feed = municipal_feed();
    let figure = feed.figures.iter().position(|f| f.id == "normering_0_2").unwrap();
    let areas = [area(&feed, "Aarhus"), area(&feed, "Fanø")];
    let lang = Lang::Da;
    let inputs = trend_inputs(&feed, figure, &areas, lang);
    let desc = trend_sentence(&feed, figure, &inputs, lang);
    for (device, width) in WIDTHS {
        let f = &feed.figures[figure];
        let svg = series_svg(&layout_series(f, &inputs, width, lang), f.label.get(lang), &desc);
        check(&format!("series-{device}.svg"), &svg);
    }
}
