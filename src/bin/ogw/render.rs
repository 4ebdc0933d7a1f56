//! `ogw render`: the chart a widget draws, as a standalone SVG file, for
//! print, PDF, e-mail and pages without JavaScript. It calls the same core
//! functions as the browser widget, so the two cannot differ (an end-to-end
//! test compares them).

use clap::{Args, ValueEnum};
use ogw_widgets::core::chart::render::{status_chart, timeline_chart};
use ogw_widgets::core::chart::timeline::layout::Zoom;
use ogw_widgets::core::date::{parse_iso, Day};
use ogw_widgets::core::i18n::Lang;
use ogw_widgets::core::plan::read::ReadPlan;

/// The narrowest and widest charts the widgets draw.
pub const MIN_WIDTH: u32 = 280;
pub const MAX_WIDTH: u32 = 4000;

pub fn render_status(read: &ReadPlan, width: u32, lang: Lang) -> String {
    status_chart(read, width, lang).0
}

/// What only the timeline uses.
#[derive(Args)]
pub struct TimelineOptions {
    /// Timeline: show initiatives only. By default every milestone is shown,
    /// as print has no buttons to open them.
    #[arg(long)]
    collapsed: bool,
    /// Timeline: the whole plan in the width (years), or wider, scrolled in
    /// the browser (quarters, months).
    #[arg(long, value_enum, default_value_t = ZoomArg::Years)]
    zoom: ZoomArg,
    /// Timeline: the day to draw as "now" (YYYY-MM-DD). Default: the feed's
    /// plan.as_of, or today when it has none.
    #[arg(long, value_parser = as_of_arg)]
    as_of: Option<Day>,
}

#[derive(Clone, Copy, ValueEnum)]
enum ZoomArg {
    Years,
    Quarters,
    Months,
}

fn as_of_arg(text: &str) -> Result<Day, String> {
    parse_iso(text).ok_or_else(|| format!("\"{text}\" is not a date as YYYY-MM-DD"))
}

/// Today from the clock; only the command line may read it.
fn today() -> Day {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    (seconds / 86_400) as Day
}

pub fn render_timeline(
    read: &ReadPlan,
    width: u32,
    lang: Lang,
    options: &TimelineOptions,
) -> String {
    let as_of = options
        .as_of
        .or_else(|| read.feed.plan.as_of.as_deref().and_then(parse_iso))
        .unwrap_or_else(today);
    let zoom = match options.zoom {
        ZoomArg::Years => Zoom::Years,
        ZoomArg::Quarters => Zoom::Quarters,
        ZoomArg::Months => Zoom::Months,
    };
    timeline_chart(read, width, lang, as_of, zoom, !options.collapsed).0
}
