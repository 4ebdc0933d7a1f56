//! Nothing a feed contains may panic the core: every prefix of a real feed
//! (a download cut short), and every value swapped for every other JSON
//! type, is read, tallied, laid out and drawn without a panic. Daycare
//! feeds are also indexed, searched, sorted, compared and put in the URL
//! fragment.

use ogw_widgets::core::chart::compare_layout::layout_compare;
use ogw_widgets::core::chart::compare_svg::compare_svg;
use ogw_widgets::core::chart::series_layout::layout_series;
use ogw_widgets::core::chart::series_svg::series_svg;
use ogw_widgets::core::chart::status_layout::layout_status;
use ogw_widgets::core::chart::status_svg::status_svg;
use ogw_widgets::core::daycare::compare::{compare, Subject};
use ogw_widgets::core::daycare::distance::Distances;
use ogw_widgets::core::daycare::feed::Point;
use ogw_widgets::core::daycare::query::{Column, Filter, Sort, UnitIndex};
use ogw_widgets::core::daycare::read::read_daycare;
use ogw_widgets::core::daycare::state::{read_fragment, write_fragment, ViewState, FRAGMENT_KEY};
use ogw_widgets::core::daycare::table::cell;
use ogw_widgets::core::daycare::trend::{trend_inputs, trend_sentence};
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::read::read_plan;
use ogw_widgets::core::summary::status_sentence;
use ogw_widgets::core::tally::tally;
use serde_json::{json, Value};

const FEED: &str = include_str!("e2e/feeds/small.json");

/// Reads and draws whatever can be drawn; returns whether the feed was usable.
fn draw(text: &str) -> bool {
    let Ok(read) = read_plan(text) else { return false };
    for lang in [Lang::Da, Lang::En] {
        let counts = tally(&read.feed, lang);
        for width in [0.0, 320.0, 1200.0] {
            let layout = layout_status(&counts, width, lang);
            let svg = status_svg(&layout, "t", &status_sentence(&counts, lang));
            assert!(svg.ends_with("</svg>\n") || svg.ends_with("</svg>"), "a whole SVG");
        }
    }
    true
}

#[test]
fn every_truncation_of_a_feed_is_refused_or_drawn() {
    let mut usable = 0;
    for end in (0..=FEED.len()).filter(|i| FEED.is_char_boundary(*i)) {
        usable += draw(&FEED[..end]) as usize;
    }
    assert!(usable >= 1, "the whole feed is usable");
}

/// Every place in the feed, in turn, holding each other kind of JSON value.
fn mutations(value: &Value) -> Vec<Value> {
    let replacements = [json!(null), json!(true), json!(-1.5e300), json!(""), json!("<b>x</b>"), json!([]), json!({}), json!([1, "a"])];
    let mut out: Vec<Value> = replacements.to_vec();
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                for mutated in mutations(child) {
                    let mut copy = map.clone();
                    copy.insert(key.clone(), mutated);
                    out.push(Value::Object(copy));
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                for mutated in mutations(child) {
                    let mut copy = items.clone();
                    copy[i] = mutated;
                    out.push(Value::Array(copy));
                }
            }
        }
        _ => {}
    }
    out
}

#[test]
fn any_value_of_any_type_anywhere_is_survived() {
    let feed: Value = serde_json::from_str(FEED).unwrap();
    let all = mutations(&feed);
    assert!(all.len() > 300, "every place, every type: mutated {} ways", all.len());
    for mutated in &all {
        draw(&mutated.to_string());
    }
}

const DAYCARE_FEED: &str = include_str!("feeds/small-daycare.json");

/// Uses whatever could be read in every way the widget will; returns whether the feed was usable.
fn exercise(text: &str) -> bool {
    let Ok(read) = read_daycare(text) else { return false };
    let feed = &read.feed;
    let index = UnitIndex::new(feed);
    let distances = Distances::new(feed, Point { lat: 56.0, lon: 10.0 });
    let mut out = Vec::new();
    let columns = [Column::Name, Column::Area, Column::Type, Column::Distance, Column::Opens, Column::Closes, Column::WeeklyHours, Column::ClosingDays, Column::Meals]
        .into_iter()
        .chain((0..feed.figures.len() + 1).map(Column::Figure));
    for column in columns {
        for descending in [false, true] {
            let filter = Filter { text: "sol Å".into(), within_m: Some(5000.0), ..Filter::default() };
            index.query(&filter, Sort { column, descending }, Some(&distances), &mut out);
            index.query(&Filter::default(), Sort { column, descending }, None, &mut out);
            assert_eq!(out.len(), feed.units.len(), "no filter keeps every unit");
            for &u in out.iter().take(3) {
                cell(feed, &index, u as usize, column, Some(&distances), Lang::Da);
            }
        }
    }
    let subjects: Vec<Subject> = (0..feed.units.len()).map(Subject::Unit).chain((0..feed.areas.len()).map(Subject::Area)).take(4).collect();
    let figures: Vec<usize> = (0..feed.figures.len()).collect();
    let comparison = compare(feed, &index, &subjects, &figures);
    for width in [0.0, 320.0] {
        let layout = layout_compare(feed, &comparison, width, Lang::En);
        assert!(compare_svg(&layout, "t", "d").contains("</svg>"));
        for f in 0..feed.figures.len() {
            let inputs = trend_inputs(feed, f, &[0], Lang::Da);
            trend_sentence(feed, f, &inputs, Lang::Da);
            let layout = layout_series(&feed.figures[f], &inputs, width, Lang::Da);
            assert!(series_svg(&layout, "t", "d").contains("</svg>"));
        }
    }
    let state = ViewState { text: "x&y=z#".into(), ..ViewState::default() };
    let fragment = write_fragment("#top", FRAGMENT_KEY, &state, &ViewState::default());
    assert_eq!(read_fragment(&fragment, FRAGMENT_KEY), Some(state.clone()));
    state.resolve(feed);
    true
}

#[test]
fn every_truncation_of_a_daycare_feed_is_refused_or_shown() {
    let mut usable = 0;
    for end in (0..=DAYCARE_FEED.len()).filter(|i| DAYCARE_FEED.is_char_boundary(*i)) {
        usable += exercise(&DAYCARE_FEED[..end]) as usize;
    }
    assert!(usable >= 1, "the whole feed is usable");
}

#[test]
fn any_value_of_any_type_anywhere_in_a_daycare_feed_is_survived() {
    let feed: Value = serde_json::from_str(DAYCARE_FEED).unwrap();
    let all = mutations(&feed);
    assert!(all.len() > 800, "every place, every type: mutated {} ways", all.len());
    let usable = all.iter().filter(|m| exercise(&m.to_string())).count();
    assert!(usable > all.len() / 2, "most mutations leave something to show: {usable} of {}", all.len());
}
