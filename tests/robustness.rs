//! Nothing a feed contains may panic the core: every prefix of a real feed
//! (a download cut short), and every value swapped for every other JSON
//! type, is read, tallied, laid out and drawn without a panic; so is the
//! timeline of a feed full of dates, and every piece of every date phrase.
//! Daycare feeds are also indexed, searched, sorted, compared and put in the
//! URL fragment.

use ogw_widgets::core::chart::daycare::compare_layout::layout_compare;
use ogw_widgets::core::chart::daycare::compare_svg::compare_svg;
use ogw_widgets::core::chart::daycare::series_layout::layout_series;
use ogw_widgets::core::chart::daycare::series_svg::series_svg;
use ogw_widgets::core::chart::status::layout::layout_status;
use ogw_widgets::core::chart::status::svg::status_svg;
use ogw_widgets::core::chart::timeline::layout::{layout_timeline, Zoom};
use ogw_widgets::core::chart::timeline::svg::timeline_svg;
use ogw_widgets::core::date::{parse_iso, phrase_words, read_phrase, span_words};
use ogw_widgets::core::daycare::compare::{compare, Subject};
use ogw_widgets::core::daycare::distance::Distances;
use ogw_widgets::core::daycare::feed::Point;
use ogw_widgets::core::daycare::query::{Column, Filter, Sort, UnitIndex};
use ogw_widgets::core::daycare::read::read_daycare;
use ogw_widgets::core::daycare::state::{read_fragment, write_fragment, ViewState, FRAGMENT_KEY};
use ogw_widgets::core::daycare::table::cell;
use ogw_widgets::core::daycare::trend::{trend_inputs, trend_sentence};
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::plan::read::read_plan;
use ogw_widgets::core::plan::summary::status_sentence;
use ogw_widgets::core::plan::tally::tally;
use ogw_widgets::core::timeline::model::build_timeline;
use ogw_widgets::core::timeline::words::{item_name, timeline_summary};
use serde_json::{json, Value};

const FEED: &str = include_str!("e2e/feeds/small.json");
const DATED: &str = include_str!("feeds/dated-plan.json");

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
    let replacements = [
        json!(null),
        json!(true),
        json!(-1.5e300),
        json!(""),
        json!("<b>x</b>"),
        json!([]),
        json!({}),
        json!([1, "a"]),
    ];
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

/// Reads a feed and draws its timeline at every zoom; returns whether the
/// feed was usable.
fn draw_timeline(text: &str) -> bool {
    let Ok(read) = read_plan(text) else { return false };
    let as_of = read.feed.plan.as_of.as_deref().and_then(parse_iso).unwrap_or(17_775);
    for lang in [Lang::Da, Lang::En] {
        let timeline = build_timeline(&read.feed, as_of, lang);
        for item in timeline.items() {
            assert!(!item_name(item, lang).is_empty());
        }
        for (zoom, width) in [
            (Zoom::Years, 0.0),
            (Zoom::Years, 320.0),
            (Zoom::Quarters, 900.0),
            (Zoom::Months, 1200.0),
        ] {
            let layout = layout_timeline(&timeline, zoom, width, lang, &|g, i| (g + i) % 2 == 0);
            let svg = timeline_svg(&layout, "t", &timeline_summary(&timeline, lang));
            assert!(svg.trim_end().ends_with("</svg>"), "a whole SVG");
        }
    }
    true
}

#[test]
fn every_truncation_of_a_dated_feed_draws_a_timeline_or_is_refused() {
    let mut usable = 0;
    for end in (0..=DATED.len()).filter(|i| DATED.is_char_boundary(*i)).step_by(3) {
        usable += draw_timeline(&DATED[..end]) as usize;
    }
    assert!(draw_timeline(DATED), "the whole feed is usable");
    assert!(usable >= 1);
}

#[test]
fn any_value_anywhere_in_a_dated_feed_is_survived_by_the_timeline() {
    let feed: Value = serde_json::from_str(DATED).unwrap();
    let all = mutations(&feed);
    assert!(all.len() > 300, "mutated {} ways", all.len());
    for mutated in &all {
        draw_timeline(&mutated.to_string());
    }
}

#[test]
fn dates_at_the_ends_of_the_calendar_are_drawn_in_bounded_time() {
    let feed = r#"{"format":"ogw.plan/1","plan":{"as_of":"9999-12-31"},"initiatives":[
        {"id":"1","title":"a","status":"limited","period":{"start":"1000","end":"9999"}},
        {"id":"2","title":"b","status":"limited","period":{"start":"31. december 9999","end":"1. januar 1000"}}]}"#;
    assert!(draw_timeline(feed));
}

/// Every piece of every phrase (as a PDF cut it, or a person typed half of
/// it), in both languages, reads without a panic and keeps its text.
#[test]
fn every_piece_of_every_date_phrase_is_read_or_kept() {
    let phrases = [
        "I løbet af 2018 og senest 1. januar 2019",
        "Senest ved udgan- gen af 2019 forventes",
        "1. januar 2018-31. december 2021",
        "Oktober 2016 – december 2020",
        "maj/juni 2018 8/1/2017 1/8-2017 1.8.2017",
        "2018-09-01 2017-18 1.-3. kvartal 2018 Q2 2018 H2 2017 mid-2019",
        "2nd quarter of 2018, December 1st, 2019 first half of 2019 sidste kvartal",
        "fra ultimo 2017 til og med 1. halvår 2018 - 2016 - løbende",
        "10/1/18 31/12/2014 12/31/14 1/8-17 1.8.17 99/99/99 Q4/2016 4Q 2016 2H 2017",
        "Quarter 4 2016 IV quarter of 2021 I-III quarter of 2022 II. kvartal 4",
        "foråret 2019 vinteren 2019/20 winter 9999/00 ultimo efteråret Spring 2015",
        "Underway In progress I gang Igangværende 2016 - in progress",
        "ÆØÅ æøå 99999999999999999999 4294967296 0. 00/00/0000 -----",
    ];
    for phrase in phrases {
        let chars: Vec<usize> =
            phrase.char_indices().map(|(i, _)| i).chain([phrase.len()]).collect();
        for (a, &start) in chars.iter().enumerate() {
            for &end in &chars[a..] {
                let piece = &phrase[start..end];
                for lang in [Lang::Da, Lang::En] {
                    let read = read_phrase(piece, lang);
                    assert_eq!(read.text(), piece.trim(), "the text is kept");
                    let _ = phrase_words(&read, lang);
                    let _ = span_words(Some(&read), Some(&read), lang);
                    if let (Some(a), Some(b)) = (read.earliest(), read.latest()) {
                        assert!(
                            a <= b
                                || matches!(
                                    read,
                                    ogw_widgets::core::date::DatePhrase::Range { .. }
                                ),
                            "{piece:?}: earliest after latest"
                        );
                    }
                }
            }
        }
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
    let columns = [
        Column::Name,
        Column::Area,
        Column::Type,
        Column::Distance,
        Column::Opens,
        Column::Closes,
        Column::WeeklyHours,
        Column::ClosingDays,
        Column::Meals,
    ]
    .into_iter()
    .chain((0..feed.figures.len() + 1).map(Column::Figure));
    for column in columns {
        for descending in [false, true] {
            let filter =
                Filter { text: "sol Å".into(), within_m: Some(5000.0), ..Filter::default() };
            index.query(&filter, Sort { column, descending }, Some(&distances), &mut out);
            index.query(&Filter::default(), Sort { column, descending }, None, &mut out);
            assert_eq!(out.len(), feed.units.len(), "no filter keeps every unit");
            for &u in out.iter().take(3) {
                cell(feed, &index, u as usize, column, Some(&distances), Lang::Da);
            }
        }
    }
    let subjects: Vec<Subject> = (0..feed.units.len())
        .map(Subject::Unit)
        .chain((0..feed.areas.len()).map(Subject::Area))
        .take(4)
        .collect();
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
    assert!(
        usable > all.len() / 2,
        "most mutations leave something to show: {usable} of {}",
        all.len()
    );
}
