//! Issue 17: what anyone can hand a widget, a feed or a link far larger than
//! any real one, never freezes it. Property tests of the two readers that
//! take the most hostile input (the address fragment, label wrapping), and
//! scaling checks on the inputs of the security review: each must give the
//! capped answer, structurally (counts, lengths, what was left out), not by
//! a stopwatch. `examples/limits.rs` times the same inputs.

use proptest::prelude::*;

use ogw_widgets::core::chart::daycare::compare_layout::layout_compare;
use ogw_widgets::core::chart::status::layout::layout_status;
use ogw_widgets::core::chart::text_metrics::{text_width, wrap};
use ogw_widgets::core::daycare::compare::compare;
use ogw_widgets::core::daycare::query::{search_words, Filter, Sort, UnitIndex};
use ogw_widgets::core::daycare::read::read_daycare;
use ogw_widgets::core::daycare::state::{
    fragment_key, read_fragment, write_fragment, View, ViewState,
};
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::limits::*;
use ogw_widgets::core::plan::read::read_plan;
use ogw_widgets::core::plan::tally::tally;
use ogw_widgets::core::problem::{ProblemKind, Severity};

const SMALL: &str = include_str!("feeds/small-daycare.json");

/// Ids as people write them: Danish letters, spaces, `&`, `=`, `%`, `,`, `;`.
fn id() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zA-Z0-9æøåÆØÅ &=%,;:+#-]{1,12}").expect("a regex")
}

fn state() -> impl Strategy<Value = ViewState> {
    (
        any::<bool>(),
        proptest::string::string_regex("[a-zæøå0-9]{0,8}( [a-zæøå0-9]{1,8}){0,3}").expect("regex"),
        proptest::collection::vec(id(), 0..4),
        proptest::collection::vec(id(), 0..4),
        proptest::collection::vec(id(), 0..4),
        proptest::option::of((id(), any::<bool>())),
        proptest::option::of(id()),
        proptest::option::of(1u32..100),
    )
        .prop_map(|(municipal, text, areas, figures, compare, sort, from, km)| {
            // What the widget writes is trimmed (a search's spaces are not state).
            let text = text.trim().to_string();
            let dedup = |v: Vec<String>| {
                let mut out: Vec<String> = Vec::new();
                for x in v {
                    if !out.contains(&x) {
                        out.push(x);
                    }
                }
                out
            };
            ViewState {
                view: if municipal { View::Municipalities } else { View::Institutions },
                text,
                areas: dedup(areas),
                figures: dedup(figures),
                compare: dedup(compare),
                sort,
                from,
                within_km: km.map(|k| f64::from(k) / 2.0),
                ..ViewState::default()
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Any text read as the widget's value: no panic, bounded state, and
    /// writing what was read is stable (a reload does not change the address).
    #[test]
    fn any_fragment_value_reads_within_caps_and_writes_back_stably(value in ".{0,600}") {
        let read = ViewState::decode(&value);
        prop_assert!(read.figures.len() <= MAX_CHOSEN_FIGURES);
        prop_assert!(read.areas.len() <= MAX_CHOSEN_AREAS);
        prop_assert!(read.compare.len() <= 4);
        prop_assert!(read.text.chars().count() <= MAX_SEARCH_CHARS);
        let written = read.encode();
        prop_assert!(written.len() <= MAX_STATE_CHARS);
        prop_assert_eq!(ViewState::decode(&written).encode(), written);
    }

    /// Repeated ids, in any order and number, are read once each.
    #[test]
    fn duplicates_are_dropped(ids in proptest::collection::vec(id(), 1..6), times in 1usize..50) {
        let all: Vec<String> = (0..times).flat_map(|_| ids.iter().cloned()).collect();
        let state = ViewState { figures: all, ..ViewState::default() };
        let read = ViewState::decode(&state.encode());
        let mut unique = read.figures.clone();
        unique.dedup();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), read.figures.len());
        prop_assert!(read.figures.len() <= ids.len());
    }

    /// A state of ids with æøå, spaces, `&` and `=` comes back as it was,
    /// through the whole page fragment, under an element id of the same kind.
    #[test]
    fn states_round_trip_through_the_page_fragment(state in state(), element in id(), host in "[a-z0-9=]{0,8}") {
        let key = fragment_key(&element);
        let page = write_fragment(&host, &key, &state, &ViewState::default());
        if state != ViewState::default() {
            prop_assert_eq!(read_fragment(&page, &key), Some(state.clone()));
        }
        // Written again: the same address, not one part more.
        let again = write_fragment(&page, &key, &state, &ViewState::default());
        prop_assert_eq!(&again, &page);
        prop_assert!(page.len() <= host.len() + key.len() + 2 + MAX_STATE_CHARS);
    }

    /// Any fragment, the widget's part or not: no panic.
    #[test]
    fn any_page_fragment_is_read_without_panic(fragment in ".{0,300}", element in ".{0,20}") {
        let key = fragment_key(&element);
        let _ = read_fragment(&fragment, &key);
        let written = write_fragment(&fragment, &key, &ViewState::default(), &ViewState::default());
        prop_assert!(written.len() <= fragment.len());
    }

    /// Lines fit their width, or are a piece cut with "…" (a single character
    /// wider than the line is kept), and there are never more than asked.
    #[test]
    fn wrapped_lines_fit(text in ".{0,400}", width in 1.0f64..400.0, size in 8.0f64..20.0, lines in 1usize..4) {
        let out = wrap(&text, width, size, lines);
        prop_assert!(out.len() <= lines);
        for line in &out {
            prop_assert!(
                text_width(line, size) <= width || (line.ends_with('…') && line.chars().count() <= 2)
                    || line.chars().count() == 1,
                "{:?} is wider than {}", line, width
            );
        }
        if text.split_whitespace().next().is_some() {
            prop_assert!(!out.is_empty());
        }
    }
}

#[test]
fn a_huge_value_is_read_as_its_first_part() {
    // The reader stops at MAX_STATE_CHARS: what follows cannot change the state.
    let head = "m:751;f:a,b,c;q:sol";
    let tail = format!(";{}", "x,".repeat(2_000_000));
    assert_eq!(ViewState::decode(&format!("{head}{tail}")), ViewState::decode(head));
    let repeated = format!("f:{}", vec!["normering_0_2"; 20_000].join(","));
    let feed = read_daycare(SMALL).unwrap().feed;
    let state = ViewState::decode(&repeated).known(&feed);
    assert_eq!(state.encode(), "f:normering_0_2");
    let resolved = state.resolve(&feed);
    assert_eq!(resolved.figures, vec![0]);
}

#[test]
fn a_search_uses_its_first_words_once_each() {
    let mut needle = String::new();
    let text = vec!["Sol"; 900_000].join(" ");
    assert_eq!(search_words(&text, &mut needle), vec!["sol"]);
    let text: Vec<String> = (0..100).map(|i| format!("w{i}")).collect();
    assert_eq!(search_words(&text.join(" "), &mut needle).len(), MAX_SEARCH_WORDS);
    let feed = read_daycare(SMALL).unwrap().feed;
    let index = UnitIndex::new(&feed);
    let mut out = Vec::new();
    let filter = Filter { text: vec!["sol"; 900_000].join(" "), ..Filter::default() };
    index.query(&filter, Sort::default(), None, &mut out);
    assert_eq!(out.len(), 1, "Solsikken");
}

fn plan(initiatives: usize, theme_title: &str, plan_title: &str, same_id: bool) -> String {
    let items: Vec<String> = (0..initiatives)
        .map(|i| {
            let id = if same_id && i % 2 == 1 { i - 1 } else { i };
            format!(r#"{{"id":"i{id}","title":"Initiativ {i}","status":"completed","theme":"t"}}"#)
        })
        .collect();
    format!(
        r#"{{"format":"ogw.plan/1","plan":{{"title":"{plan_title}"}},"themes":[{{"id":"t","title":"{theme_title}"}}],"initiatives":[{}]}}"#,
        items.join(",")
    )
}

#[test]
fn initiatives_past_the_limit_are_counted_and_said() {
    let read = read_plan(&plan(MAX_INITIATIVES + 5, "Tema", "Plan", false)).unwrap();
    assert_eq!(read.feed.initiatives.len(), MAX_INITIATIVES);
    assert_eq!(read.skipped_initiatives, 5);
    let over: Vec<_> = read
        .problems
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::TooMany { .. }))
        .map(|p| (p.describe(Lang::En), p.severity))
        .collect();
    assert_eq!(
        over,
        [(
            "initiatives[10000]: at most 10000 are allowed here; this one and the rest are left out"
                .to_string(),
            Severity::Error
        )]
    );
}

#[test]
fn a_hundred_thousand_initiatives_with_duplicates_are_read_in_one_sort() {
    // 100,000 items, every second one repeating the id before it: the
    // reader keeps the first 10,000 and finds each repeat once, in order.
    let read = read_plan(&plan(100_000, "Tema", "Plan", true)).unwrap();
    let duplicates: Vec<&str> = read
        .problems
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::DuplicateId { .. }))
        .map(|p| p.path.as_str())
        .collect();
    assert_eq!(duplicates.len(), MAX_INITIATIVES / 2);
    assert_eq!(duplicates[..2], ["initiatives[1].id", "initiatives[3].id"]);
}

#[test]
fn a_long_word_is_cut_when_read_and_when_laid_out() {
    let word = "x".repeat(100_000);
    let read = read_plan(&plan(3, &word, &"y".repeat(5_000_000), false)).unwrap();
    let long: Vec<_> = read
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::TooLong { limit: MAX_TEXT_CHARS })
        .map(|p| p.path.as_str())
        .collect();
    assert_eq!(long, ["plan.title", "themes[0].title"]);
    let title = read.feed.plan.title.as_ref().unwrap().get(Lang::Da);
    assert_eq!(title.chars().count(), MAX_TEXT_CHARS + 1);
    assert!(title.ends_with('…'));
    let layout = layout_status(&tally(&read.feed, Lang::Da), 640.0, Lang::Da);
    let lines: Vec<&String> = layout.rows.iter().flat_map(|r| &r.label_lines).collect();
    assert!(lines.iter().all(|l| l.chars().count() < 200), "{lines:?}");
    let wrapped = wrap(&word, 300.0, 14.0, 2);
    assert_eq!(wrapped.len(), 1);
    assert!(text_width(&wrapped[0], 14.0) <= 300.0 && wrapped[0].ends_with('…'));
}

fn daycare(figures: usize, unit_name: &str) -> String {
    let figs: Vec<String> = (0..figures)
        .map(|i| format!(r#"{{"id":"f{i}","label":"Figure {i}","unit":"%"}}"#))
        .collect();
    format!(
        r#"{{"format":"ogw.daycare/1","figures":[{}],"areas":[{{"code":"1","name":"A","values":{{"f0":1,"f1":2}}}}],
        "units":[{{"id":"u1","name":"{unit_name}","type":"nursery","area":"1","values":{{"f0":3,"f1":4}}}},
                 {{"id":"u2","name":"Solsikken","type":"nursery","area":"1","values":{{"f0":5}}}}]}}"#,
        figs.join(",")
    )
}

#[test]
fn twenty_thousand_figures_are_read_as_the_first_two_hundred() {
    let read = read_daycare(&daycare(20_000, "Solsikken")).unwrap();
    assert_eq!(read.feed.figures.len(), MAX_FIGURES);
    assert_eq!(read.skipped.figures, 20_000 - MAX_FIGURES);
    let said: Vec<String> = read.problems.iter().map(|p| p.describe(Lang::Da)).collect();
    assert_eq!(said, ["figures[200]: højst 200 er tilladt her; dette og resten udelades"]);
}

#[test]
fn a_long_unit_name_is_cut_in_the_comparison() {
    let read = read_daycare(&daycare(2, &"z".repeat(100_000))).unwrap();
    assert_eq!(read.problems.len(), 1, "{:?}", read.problems);
    assert_eq!(read.problems[0].path, "units[0].name");
    let feed = read.feed;
    let index = UnitIndex::new(&feed);
    let resolved = ViewState::decode("c:u:u1,u:u2").resolve(&feed);
    let comparison = compare(&feed, &index, &resolved.compare, &[0, 1]);
    let layout = layout_compare(&feed, &comparison, 640.0, Lang::Da);
    let labels: Vec<&String> =
        layout.groups.iter().flat_map(|g| g.bars.iter().flat_map(|b| &b.label_lines)).collect();
    assert_eq!(labels.len(), 4, "two subjects, two figures, a line each");
    assert!(labels.iter().all(|l| l.chars().count() < 100), "each label cut to its line");
    assert!(labels.iter().any(|l| l.starts_with("zzz") && l.ends_with('…')));
}
