//! A widget's chart as a standalone SVG file (with `<title>` and `<desc>`):
//! what `ogw render` writes and what the studio puts inside its embed code
//! as the no-JavaScript fallback. The widgets draw with the same layout and
//! SVG functions, so the three cannot differ.

use super::status::layout::layout_status;
use super::status::svg::status_svg;
use crate::core::i18n::{Lang, Msg};
use crate::core::plan::read::ReadPlan;
use crate::core::plan::summary::status_sentence;
use crate::core::plan::tally::tally;

/// The status chart and its summary sentence.
pub fn status_chart(read: &ReadPlan, width: u32, lang: Lang) -> (String, String) {
    let tally = tally(&read.feed, lang);
    let layout = layout_status(&tally, width as f64, lang);
    let sentence = status_sentence(&tally, lang);
    (status_svg(&layout, Msg::StatusTitle.text(lang), &sentence), sentence)
}

/// The timeline as of `as_of`, every milestone shown when `expanded` (print
/// has no buttons to open them), and its summary.
#[cfg(with_dates)]
pub fn timeline_chart(
    read: &ReadPlan,
    width: u32,
    lang: Lang,
    as_of: crate::core::date::Day,
    zoom: super::timeline::layout::Zoom,
    expanded: bool,
) -> (String, String) {
    use super::timeline::layout::layout_timeline;
    use super::timeline::svg::timeline_svg;
    use crate::core::timeline::model::build_timeline;
    use crate::core::timeline::words::{timeline_summary, TimelineMsg};

    let timeline = build_timeline(&read.feed, as_of, lang);
    let layout = layout_timeline(&timeline, zoom, width as f64, lang, &|_, _| expanded);
    let summary = timeline_summary(&timeline, lang);
    (timeline_svg(&layout, TimelineMsg::TimelineTitle.text(lang), &summary), summary)
}
