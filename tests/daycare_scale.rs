//! The daycare dashboard's core on a whole country: 4,600 synthetic
//! institutions read without a problem, searched one keystroke at a time,
//! sorted by every column both ways, filtered, measured from a postcode and
//! compared, with the right answers. How fast is a benchmark's question, not
//! a test's: `cargo bench --bench daycare_core` (part of `make bench`).

use ogw_widgets::core::daycare::compare::{compare, Subject};
use ogw_widgets::core::daycare::distance::{postcode_point, Distances};
use ogw_widgets::core::daycare::feed::{AgeGroup, UnitType};
use ogw_widgets::core::daycare::query::{Column, Filter, Sort, UnitIndex};
use ogw_widgets::core::daycare::read::read_daycare;
use ogw_widgets::core::import::dk_daycare::import_dk_daycare;
use ogw_widgets::core::import::synthetic_daycare::{synthetic_daycare, SyntheticOptions};

fn country() -> String {
    let key = include_str!("fixtures/dk-dagtilbud-noegletal-kommuner.csv");
    let normering = include_str!("fixtures/dk-normering-kommuner-2017-2023.csv");
    let municipal = import_dk_daycare(key, normering).unwrap().feed;
    serde_json::to_string(&synthetic_daycare(&municipal, &SyntheticOptions::default())).unwrap()
}

#[test]
fn search_sort_filter_distance_and_compare_are_right_on_4600_institutions() {
    let json = country();
    let read = read_daycare(&json).unwrap();
    assert!(read.problems.is_empty(), "{:?}", &read.problems[..read.problems.len().min(3)]);
    let feed = &read.feed;
    let index = UnitIndex::new(feed);
    let mut rows = Vec::with_capacity(feed.units.len());
    index.query(&Filter::default(), Sort::default(), None, &mut rows);
    assert_eq!(rows.len(), 4600);
    let names: Vec<&str> = rows.iter().map(|&u| feed.units[u as usize].name.as_str()).collect();
    assert!(
        names.windows(2).all(|w| ogw_widgets::core::daycare::query::collation_key(w[0])
            <= ogw_widgets::core::daycare::query::collation_key(w[1])),
        "by name"
    );

    // Typing a name, one keystroke at a time, sorted by a figure.
    let by_normering =
        Sort { column: Column::from_id("normering_0_2", feed).unwrap(), descending: false };
    let typed = "skovbørnehaven";
    let mut previous = usize::MAX;
    for end in (1..=typed.len()).filter(|i| typed.is_char_boundary(*i)) {
        let filter = Filter { text: typed[..end].into(), ..Filter::default() };
        index.query(&filter, by_normering, None, &mut rows);
        assert!(rows.len() <= previous, "each keystroke narrows the list");
        previous = rows.len();
        // What was typed occurs in the name or the address, in any case, Danish letters spelt out.
        let fold = |text: &str| {
            let mut out = String::new();
            ogw_widgets::core::daycare::query::fold_into(text, &mut out);
            out
        };
        let needle = fold(&typed[..end]);
        assert!(rows.iter().all(|&u| {
            let unit = &feed.units[u as usize];
            fold(&format!("{} {}", unit.name, unit.address.as_deref().unwrap_or("")))
                .contains(&needle)
        }));
    }
    assert!(previous > 0, "some institutions are called Skovbørnehaven");

    // Every column, both ways, first time (orders made) and again (kept).
    let columns: Vec<Column> = [
        Column::Name,
        Column::Area,
        Column::Type,
        Column::Opens,
        Column::Closes,
        Column::WeeklyHours,
        Column::ClosingDays,
        Column::Meals,
    ]
    .into_iter()
    .chain((0..feed.figures.len()).map(Column::Figure))
    .collect();
    for &column in &columns {
        let mut ascending = Vec::new();
        index.query(&Filter::default(), Sort { column, descending: false }, None, &mut ascending);
        index.query(&Filter::default(), Sort { column, descending: true }, None, &mut rows);
        assert_eq!(rows.len(), 4600);
        assert_eq!(ascending.len(), 4600);
    }

    // Filters together, then distance from a postcode.
    let aarhus = feed.areas.iter().position(|a| a.code == "751").unwrap();
    let filter = Filter {
        areas: vec![aarhus],
        types: vec![UnitType::Integrated, UnitType::Nursery],
        age: Some(AgeGroup::Under3),
        ..Filter::default()
    };
    index.query(&filter, by_normering, None, &mut rows);
    assert!(!rows.is_empty() && rows.len() < 400, "{}", rows.len());
    let from = postcode_point(feed, "8000").unwrap();
    let distances = Distances::new(feed, from);
    let nearest = Sort { column: Column::Distance, descending: false };
    index.query(
        &Filter { within_m: Some(5000.0), ..Filter::default() },
        nearest,
        Some(&distances),
        &mut rows,
    );
    assert!(rows.iter().all(|&u| distances.metres(u as usize).unwrap() <= 5000.0));
    assert!(
        rows.windows(2).all(|w| distances.metres(w[0] as usize) <= distances.metres(w[1] as usize)),
        "nearest first"
    );

    let subjects = [Subject::Unit(rows[0] as usize), Subject::Area(aarhus)];
    let figures: Vec<usize> = (0..feed.figures.len()).collect();
    let comparison = compare(feed, &index, &subjects, &figures);
    assert_eq!(comparison.rows.len(), feed.figures.len());
}
