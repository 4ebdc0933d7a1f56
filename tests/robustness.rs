//! Nothing a feed contains may panic the core: every prefix of a real feed
//! (a download cut short), and every value swapped for every other JSON
//! type, is read, tallied, laid out and drawn without a panic.

use ogw_widgets::core::chart::status_layout::layout_status;
use ogw_widgets::core::chart::status_svg::status_svg;
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
