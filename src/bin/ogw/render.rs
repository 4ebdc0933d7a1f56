//! `ogw render`: the chart a widget draws, as a standalone SVG file, for
//! print, PDF, e-mail and pages without JavaScript. It calls the same core
//! functions as the browser widget, so the two cannot differ (an end-to-end
//! test compares them).

use ogw_widgets::core::chart::status_layout::layout_status;
use ogw_widgets::core::chart::status_svg::status_svg;
use ogw_widgets::core::i18n::{t, Lang, Msg};
use ogw_widgets::core::read::ReadPlan;
use ogw_widgets::core::summary::status_sentence;
use ogw_widgets::core::tally::tally;

/// The narrowest and widest charts the widgets draw.
pub const MIN_WIDTH: u32 = 280;
pub const MAX_WIDTH: u32 = 4000;

pub fn render_status(read: &ReadPlan, width: u32, lang: Lang) -> String {
    let tally = tally(&read.feed, lang);
    let layout = layout_status(&tally, width as f64, lang);
    status_svg(&layout, t(lang, Msg::StatusTitle), &status_sentence(&tally, lang))
}
