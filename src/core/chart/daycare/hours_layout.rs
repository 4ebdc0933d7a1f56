//! Geometry of a week's opening hours at a glance: a row per weekday (the
//! weekend only when open), a bar from opening to closing on a shared clock
//! axis, and the hours in words beside each bar, so nothing depends on
//! reading the bar's length.

use crate::core::chart::geometry::Rect;
use crate::core::chart::text_metrics::text_width;
use crate::core::daycare::hours::{time_text, OpeningHours};
use crate::core::i18n::Lang;

pub const LABEL_SIZE: f64 = 12.0;
const ROW: f64 = 22.0;
const BAR_H: f64 = 12.0;
const AXIS_H: f64 = 20.0;
const DAY_NAMES_DA: [&str; 7] = ["Man", "Tir", "Ons", "Tor", "Fre", "Lør", "Søn"];
const DAY_NAMES_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

#[derive(Clone, Debug, PartialEq)]
pub struct HoursLayout {
    pub width: f64,
    pub height: f64,
    /// Whole hours along the top.
    pub ticks: Vec<(f64, String)>,
    /// Where the clock axis runs, left to right.
    pub axis: (f64, f64),
    pub days: Vec<DayRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DayRow {
    /// 0 is Monday.
    pub day: usize,
    pub name: String,
    pub name_at: (f64, f64),
    /// Empty: closed.
    pub bars: Vec<Rect>,
    /// "6.30-17.00", or "lukket".
    pub text: String,
    pub text_at: (f64, f64),
}

pub fn layout_hours(hours: &OpeningHours, width: f64, lang: Lang) -> HoursLayout {
    let width = width.max(220.0);
    let first = hours.opens().map_or(6 * 60, |m| m / 60 * 60).min(7 * 60);
    let last = hours.closes().map_or(18 * 60, |m| m.div_ceil(60) * 60).max(17 * 60);
    let closed = lang.pick("lukket", "closed");
    let text_room = text_width("00.00-00.00, 00.00-00.00", LABEL_SIZE).min(width * 0.35);
    let (left, right) = (36.0, width - text_room - 12.0);
    let x_of = |minutes: u16| {
        left + (minutes.saturating_sub(first)) as f64 / (last - first) as f64 * (right - left)
    };
    let names = lang.pick(DAY_NAMES_DA, DAY_NAMES_EN);
    let step = if right - left > 260.0 { 60 } else { 120 };
    let ticks =
        (first..=last).step_by(step as usize).map(|m| (x_of(m), (m / 60).to_string())).collect();
    let mut days = Vec::new();
    let mut y = AXIS_H;
    for (day, intervals) in hours.0.iter().enumerate() {
        if day >= 5 && intervals.is_empty() {
            continue;
        }
        let text = if intervals.is_empty() {
            closed.to_string()
        } else {
            intervals
                .iter()
                .map(|i| format!("{}-{}", time_text(i.open, lang), time_text(i.close, lang)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let bars = intervals
            .iter()
            .map(|i| Rect {
                x: x_of(i.open),
                y: y + (ROW - BAR_H) / 2.0,
                w: x_of(i.close) - x_of(i.open),
                h: BAR_H,
            })
            .collect();
        days.push(DayRow {
            day,
            name: names[day].to_string(),
            name_at: (4.0, y + ROW / 2.0),
            bars,
            text,
            text_at: (right + 8.0, y + ROW / 2.0),
        });
        y += ROW;
    }
    HoursLayout { width, height: y + 4.0, ticks, axis: (left, right), days }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::daycare::hours::parse_day;

    #[test]
    fn a_week_on_one_clock() {
        let hours = OpeningHours(
            [
                "06:30-17:00",
                "06:30-17:00",
                "closed",
                "06:30-17:00",
                "06:30-16:00",
                "closed",
                "09:00-12:00",
            ]
            .map(|d| parse_day(d).unwrap()),
        );
        let layout = layout_hours(&hours, 400.0, Lang::Da);
        let rows: Vec<(&str, &str, usize)> =
            layout.days.iter().map(|d| (d.name.as_str(), d.text.as_str(), d.bars.len())).collect();
        assert_eq!(
            rows,
            [
                ("Man", "6.30-17.00", 1),
                ("Tir", "6.30-17.00", 1),
                ("Ons", "lukket", 0),
                ("Tor", "6.30-17.00", 1),
                ("Fre", "6.30-16.00", 1),
                ("Søn", "9.00-12.00", 1)
            ],
            "Saturday is closed and left out; a closed weekday is said"
        );
        let (mon, fri) = (layout.days[0].bars[0], layout.days[4].bars[0]);
        assert_eq!(mon.x, fri.x, "the same opening time lines up");
        assert!(fri.w < mon.w, "Friday closes earlier");
        assert!(layout.days.iter().all(|d| d
            .bars
            .iter()
            .all(|b| b.x >= layout.axis.0 && b.x + b.w <= layout.axis.1 + 1e-9)));
        assert_eq!(layout.ticks.first().map(|t| t.1.as_str()), Some("6"));
    }
}
