//! The gallery's sample feed, transcribed from the Danish mid-term
//! self-evaluation (../shared/seeds/003_…), against the document's own
//! numbers: 14 initiatives, half of them substantially or fully implemented.

use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::plan::read::read_plan;
use ogw_widgets::core::plan::summary::status_sentence;
use ogw_widgets::core::plan::tally::tally;
use ogw_widgets::core::problem::Severity;

const FEED: &str = include_str!("../www/feeds/handlingsplan-2017-2019.json");

#[test]
fn the_sample_plan_says_what_the_evaluation_says() {
    let read = read_plan(FEED).expect("the sample feed reads");
    let errors: Vec<String> = read
        .problems
        .iter()
        .filter(|p| p.severity != Severity::Warning)
        .map(|p| p.describe(Lang::En))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(read.skipped_initiatives, 0);
    let ids: Vec<&str> = read.feed.initiatives.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1",
            "4.2", "4.3"
        ]
    );
    // "halvdelen er væsentligt eller fuldt implementeret. Den anden halvdel er begrænset implementeret."
    assert_eq!(
        status_sentence(&tally(&read.feed, Lang::Da), Lang::Da),
        "14 initiativer: 2 afsluttet, 5 væsentligt, 7 begrænset, 0 ikke påbegyndt."
    );
    assert!(
        read.feed.initiatives.iter().all(|i| !i.milestones.is_empty()),
        "every initiative has its milestones"
    );
}
