//! A typed feed handed to a Leptos component (`ogw_widgets::web::Feed`) is
//! written as its JSON and read by the same lenient reader as a file. That
//! is only the same feed if writing and reading round-trip: every feed the
//! reader makes is read back as itself, with no problem it did not have.

use ogw_widgets::core::daycare::read::read_daycare;
use ogw_widgets::core::plan::read::read_plan;

const PLANS: &[&str] = &[
    "www/feeds/handlingsplan-2017-2019.json",
    "tests/feeds/dated-plan.json",
    "tests/feeds/broken-plan.json",
    "tests/e2e/feeds/small.json",
];

fn file(path: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn plan_feeds_read_back_as_themselves() {
    for path in PLANS {
        let read = read_plan(&file(path)).unwrap_or_else(|p| panic!("{path}: {p}"));
        assert!(!read.feed.initiatives.is_empty(), "{path}");
        let again = read_plan(&serde_json::to_string(&read.feed).unwrap()).unwrap();
        assert_eq!(again.feed, read.feed, "{path}");
        // What was wrong was left out or settled the first time; what was
        // kept is said again (its index moves up past the items left out).
        let new: Vec<_> = again
            .problems
            .iter()
            .filter(|p| !read.problems.iter().any(|q| q.kind == p.kind && q.severity == p.severity))
            .collect();
        assert!(new.is_empty(), "{path}: {new:?}");
        assert_eq!(again.skipped_initiatives, 0, "{path}");
    }
}

#[test]
fn daycare_feeds_read_back_as_themselves() {
    let read = read_daycare(&file("tests/feeds/small-daycare.json")).unwrap();
    assert!(!read.feed.units.is_empty());
    let again = read_daycare(&serde_json::to_string(&read.feed).unwrap()).unwrap();
    assert_eq!(again.feed, read.feed);
    assert_eq!(again.problems, Vec::new());
}
