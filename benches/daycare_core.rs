//! How fast the daycare dashboard's core is on a whole country (4,600
//! synthetic institutions), natively and optimised: reading the feed,
//! building the index and the labels, and what every keystroke and click
//! asks of it; then what a first render needs at a larger country's size
//! (60,000, as `ogw generate daycare --institutions 60000` makes). A
//! report, never a test: it prints figures and fails only if it cannot run.
//! `cargo bench --bench daycare_core` (part of `make bench`); the browser's
//! figures are tests/bench/daycare.bench.mjs.

use std::time::Instant;

use ogw_widgets::core::daycare::distance::{postcode_point, Distances};
use ogw_widgets::core::daycare::names::unit_labels;
use ogw_widgets::core::daycare::query::{Column, Filter, Sort, UnitIndex};
use ogw_widgets::core::daycare::read::read_daycare;
use ogw_widgets::core::import::dk_daycare::import_dk_daycare;
use ogw_widgets::core::import::synthetic_daycare::{synthetic_daycare, SyntheticOptions};

const RUNS: usize = 15;

/// Median and worst of `RUNS` runs, in ms.
fn measure(what: &str, mut f: impl FnMut()) {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("{what:<48} {:>9.3} {:>9.3}", times[RUNS / 2], times[RUNS - 1]);
}

fn main() {
    let key = include_str!("../tests/fixtures/dk-dagtilbud-noegletal-kommuner.csv");
    let normering = include_str!("../tests/fixtures/dk-normering-kommuner-2017-2023.csv");
    let municipal = import_dk_daycare(key, normering).expect("the fixtures import").feed;
    let json = serde_json::to_string(&synthetic_daycare(&municipal, &SyntheticOptions::default()))
        .expect("a feed is JSON");
    let feed = read_daycare(&json).expect("the synthetic feed reads").feed;
    println!("daycare core, native (release profile), {} institutions, feed {} bytes; ms over {RUNS} runs", feed.units.len(), json.len());
    println!("{:<48} {:>9} {:>9}", "", "median", "worst");

    measure("parse and read the feed", || drop(read_daycare(&json)));
    measure("build the index", || drop(UnitIndex::new(&feed)));
    measure("label every institution", || drop(unit_labels(&feed)));
    let index = UnitIndex::new(&feed);
    let mut rows = Vec::with_capacity(feed.units.len());
    measure("query, by name", || index.query(&Filter::default(), Sort::default(), None, &mut rows));
    let figure = Column::from_id("normering_0_2", &feed).expect("the feed has children per adult");
    measure("sort by a figure, first time (a new index)", || {
        let fresh = UnitIndex::new(&feed);
        fresh.query(
            &Filter::default(),
            Sort { column: figure, descending: false },
            None,
            &mut rows,
        );
    });
    let by_figure = Sort { column: figure, descending: false };
    index.query(&Filter::default(), by_figure, None, &mut rows);
    measure("sort by a figure, again", || {
        index.query(&Filter::default(), by_figure, None, &mut rows)
    });
    let typed = "skovbørnehaven egernet";
    measure("a whole word typed, one query per keystroke", || {
        for end in (1..=typed.len()).filter(|i| typed.is_char_boundary(*i)) {
            index.query(
                &Filter { text: typed[..end].into(), ..Filter::default() },
                by_figure,
                None,
                &mut rows,
            );
        }
    });
    let from = postcode_point(&feed, "8000").expect("the feed has postcodes");
    measure("distances from a postcode", || drop(Distances::new(&feed, from)));

    // A larger country: what stands between its feed's text and the first rows.
    let options = SyntheticOptions { institutions: 60_000, ..SyntheticOptions::default() };
    let json = serde_json::to_string(&synthetic_daycare(&municipal, &options)).expect("JSON");
    let feed = read_daycare(&json).expect("the large feed reads").feed;
    println!("{} institutions, feed {} bytes", feed.units.len(), json.len());
    measure("parse and read the feed", || drop(read_daycare(&json)));
    measure("build the index", || drop(UnitIndex::new(&feed)));
    measure("label every institution", || drop(unit_labels(&feed)));
}
