//! The timeline's table as CSV: every initiative and milestone, dates as the
//! feed wrote them ("–" where the timeline took a span from the milestones),
//! status, moved deadlines and progress, the same cells as the widget's
//! table.

use super::model::{Item, Timeline};
use super::words::{moved_words, progress_words, status_words};
use crate::core::csv::csv;
use crate::core::i18n::Lang;
use crate::core::timeline::words::TimelineMsg;

/// A date as the feed wrote it, for the table and its CSV; "–" where none
/// was written or the timeline took the span from the milestones.
pub fn as_written(item: &Item, phrase: &Option<crate::core::date::DatePhrase>) -> String {
    phrase
        .as_ref()
        .filter(|_| !item.span_from_milestones)
        .map(|w| w.text().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "–".into())
}

/// The columns of the timeline's table and its CSV, in order.
pub const COLUMNS: [TimelineMsg; 7] = [
    TimelineMsg::Initiative,
    TimelineMsg::Milestone,
    TimelineMsg::Start,
    TimelineMsg::End,
    TimelineMsg::Status,
    TimelineMsg::Moved,
    TimelineMsg::Progress,
];

pub fn timeline_csv(timeline: &Timeline, lang: Lang) -> String {
    let mut rows = vec![COLUMNS.iter().map(|h| h.text(lang).to_string()).collect::<Vec<_>>()];
    for r in timeline.groups.iter().flat_map(|g| &g.initiatives) {
        let initiative = format!("{} {}", r.id, r.item.title);
        for (item, milestone) in std::iter::once((&r.item, String::new()))
            .chain(r.milestones.iter().map(|m| (m, m.title.clone())))
        {
            rows.push(vec![
                initiative.clone(),
                milestone,
                as_written(item, &item.start),
                as_written(item, &item.end),
                status_words(item, lang),
                moved_words(item, lang).unwrap_or_default(),
                progress_words(item.target.as_ref(), item.actual.as_ref(), lang)
                    .unwrap_or_default(),
            ]);
        }
    }
    csv(&rows, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::parse_iso;
    use crate::core::plan::read::read_plan;
    use crate::core::timeline::model::build_timeline;

    /// A row per initiative and per milestone, each named in it.
    #[test]
    fn every_initiative_and_milestone_is_a_row() {
        let json = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/www/feeds/handlingsplan-2017-2019.json"
        ))
        .unwrap();
        let read = read_plan(&json).unwrap();
        for lang in [Lang::Da, Lang::En] {
            let timeline = build_timeline(&read.feed, parse_iso("2020-01-01").unwrap(), lang);
            let text = timeline_csv(&timeline, lang);
            let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
            let items: usize = timeline
                .groups
                .iter()
                .flat_map(|g| &g.initiatives)
                .map(|r| 1 + r.milestones.len())
                .sum();
            assert_eq!(lines.len(), items + 1);
            for r in timeline.groups.iter().flat_map(|g| &g.initiatives) {
                assert!(text.contains(&r.id), "{}", r.id);
            }
        }
    }
}
