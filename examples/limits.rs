//! How the core copes with hostile sizes (issue 17): feeds and links far
//! larger than any real one, each step timed once, natively and optimised.
//! A report, never a test (tests/limits.rs checks the same inputs finish
//! and what they give): `cargo run --release --example limits` (an example, not a bench: `cargo
//! bench` builds the library with unwinding, which the release profile's
//! `panic = "abort"` forbids). Uses only APIs that
//! predate the limits, so the same file measures the code before and after.

use std::time::Instant;

use ogw_widgets::core::chart::daycare::compare_layout::layout_compare;
use ogw_widgets::core::chart::status::layout::layout_status;
use ogw_widgets::core::chart::text_metrics::wrap;
use ogw_widgets::core::chart::timeline::layout::{layout_timeline, Zoom};
use ogw_widgets::core::date::day::date;
use ogw_widgets::core::daycare::compare::compare;
use ogw_widgets::core::daycare::query::{Filter, Sort, UnitIndex};
use ogw_widgets::core::daycare::read::read_daycare;
use ogw_widgets::core::daycare::state::ViewState;
use ogw_widgets::core::daycare::table::default_figures;
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::plan::read::read_plan;
use ogw_widgets::core::plan::tally::tally;
use ogw_widgets::core::timeline::model::build_timeline;

fn time<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    println!("{what:<60} {:>10.1} ms", start.elapsed().as_secs_f64() * 1000.0);
    out
}

fn plan(initiatives: usize, theme_title: &str, plan_title: &str) -> String {
    let items: Vec<String> = (0..initiatives)
        .map(|i| {
            format!(r#"{{"id":"i{i}","title":"Initiativ {i}","status":"completed","theme":"t"}}"#)
        })
        .collect();
    format!(
        r#"{{"format":"ogw.plan/1","plan":{{"title":"{plan_title}"}},"themes":[{{"id":"t","title":"{theme_title}"}}],"initiatives":[{}]}}"#,
        items.join(",")
    )
}

fn daycare(figures: usize, unit_name: &str) -> String {
    let figs: Vec<String> = (0..figures)
        .map(|i| format!(r#"{{"id":"f{i}","label":"Figure {i}","unit":"%"}}"#))
        .collect();
    let values: Vec<String> = (0..figures.min(50)).map(|i| format!(r#""f{i}":{i}"#)).collect();
    format!(
        r#"{{"format":"ogw.daycare/1","figures":[{}],"areas":[{{"code":"1","name":"A","values":{{{v}}}}}],
        "units":[{{"id":"u1","name":"{unit_name}","type":"nursery","area":"1","values":{{{v}}}}},
                 {{"id":"u2","name":"Solsikken","type":"nursery","area":"1","values":{{{v}}}}}]}}"#,
        figs.join(","),
        v = values.join(",")
    )
}

fn main() {
    let as_of = date(2025, 1, 1).expect("a date");
    // A million only when asked: before the limits it took minutes.
    let huge = std::env::var_os("LIMITS_BENCH_MILLION").is_some();
    for n in [100_000].into_iter().chain(huge.then_some(1_000_000)) {
        let json = plan(n, "Tema", "Plan");
        let _ =
            time(&format!("plan: read {n} initiatives ({} MB)", json.len() / 1_000_000), || {
                read_plan(&json).map(|r| r.feed.initiatives.len())
            });
    }
    let word = "x".repeat(100_000);
    time("wrap one 100,000-character word", || wrap(&word, 300.0, 14.0, 2));
    let json = plan(3, &word, "Plan");
    let feed = read_plan(&json).expect("reads").feed;
    time("status: tally and layout, 100,000-char theme title", || {
        layout_status(&tally(&feed, Lang::Da), 640.0, Lang::Da)
    });
    let json = plan(3, "Tema", &"y".repeat(5_000_000));
    let feed = time("plan: read a 5 MB plan title", || read_plan(&json).expect("reads").feed);
    time("timeline: build and layout, 5 MB plan title", || {
        let t = build_timeline(&feed, as_of, Lang::Da);
        layout_timeline(&t, Zoom::Years, 640.0, Lang::Da, &|_, _| false)
    });

    let json = daycare(3, &word);
    let feed = read_daycare(&json).expect("reads").feed;
    let index = UnitIndex::new(&feed);
    time("compare: layout, 100,000-char unit name", || {
        let state = ViewState::decode("c:u:u1,u:u2");
        let resolved = state.resolve(&feed);
        let c = compare(&feed, &index, &resolved.compare, &[0, 1, 2]);
        layout_compare(&feed, &c, 640.0, Lang::Da)
    });

    let json = daycare(20_000, "Solsikken");
    let feed =
        time(&format!("daycare: read 20,000 figures ({:.1} MB)", json.len() as f64 / 1e6), || {
            read_daycare(&json).expect("reads").feed
        });
    let index = time("daycare: index and default columns", || {
        let index = UnitIndex::new(&feed);
        default_figures(&feed, &index);
        index
    });
    let fragment = format!("f:{}", vec!["f7"; 20_000].join(","));
    time("state: read and resolve f: with one id 20,000 times", || {
        let state = ViewState::decode(&fragment);
        let resolved = state.resolve(&feed);
        (state.encode().len(), resolved.figures.len())
    });
    let fragment = format!("q:{}", vec!["sol"; 900_000].join("%20"));
    time("state: read q: of 900,000 words and search", || {
        let state = ViewState::decode(&fragment);
        let mut out = Vec::new();
        let filter = Filter { text: state.text.clone(), ..Filter::default() };
        index.query(&filter, Sort::default(), None, &mut out);
        out.len()
    });
}
