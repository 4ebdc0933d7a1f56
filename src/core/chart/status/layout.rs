//! Geometry of the status chart: stacked horizontal bars, one per row of
//! the tally, each label above its bar so that long theme names get the full
//! width on a 320 px phone as on a desktop.

use crate::core::chart::geometry::Rect;
use crate::core::chart::text_metrics::{text_width, wrap};
use crate::core::i18n::Lang;
use crate::core::plan::status::Status;
use crate::core::plan::tally::StatusTally;

pub const PAD: f64 = 8.0;
pub const LABEL_SIZE: f64 = 14.0;
pub const LEGEND_SIZE: f64 = 13.0;
const LINE: f64 = 18.0;
const BAR: f64 = 28.0;
const ROW_GAP: f64 = 14.0;
const SWATCH: f64 = 16.0;
/// Room after the longest bar for its total.
const TOTAL_ROOM: f64 = 40.0;
/// White space between segments, so neighbours need no contrast of their own.
pub const SEGMENT_GAP: f64 = 2.0;

#[derive(Clone, Debug, PartialEq)]
pub struct StatusLayout {
    pub width: f64,
    pub height: f64,
    pub legend: Vec<LegendEntry>,
    pub rows: Vec<RowLayout>,
    /// All segments, row by row, left to right: the keyboard's order.
    pub segments: Vec<Segment>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub status: Status,
    pub label: String,
    pub swatch: Rect,
    /// Where the label's text starts (left edge, vertical centre).
    pub text_at: (f64, f64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct RowLayout {
    pub label_lines: Vec<String>,
    /// Top-left of the first label line.
    pub label_at: (f64, f64),
    pub bold: bool,
    pub bar: Rect,
    pub total: usize,
    pub total_at: (f64, f64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub row: usize,
    pub status: Status,
    pub count: usize,
    pub rect: Rect,
    /// Whether the count fits inside the segment; it is always in the
    /// accessible name and the table either way.
    pub shows_count: bool,
}

/// The narrowest a segment is drawn, its gap included: every segment is a
/// button, and a target on a phone is at least 24 px wide (WCAG 2.5.8).
pub const MIN_SEGMENT: f64 = 24.0 + SEGMENT_GAP;

fn segment_width(count: usize, unit: f64) -> f64 {
    (count as f64 * unit).max(MIN_SEGMENT)
}

/// Pixels per initiative: as many as lets the longest bar fit `room` with
/// every segment at least `MIN_SEGMENT` wide. Bars stay proportional except
/// where a small count is widened to that minimum (its number is written
/// on it or beside it, and in the table). Found by bisection: a bar's
/// length grows with the unit.
fn segment_unit(tally: &StatusTally, room: f64) -> f64 {
    let longest = |unit: f64| {
        tally
            .rows
            .iter()
            .map(|r| {
                tally
                    .statuses
                    .iter()
                    .map(|s| r.count(*s))
                    .filter(|&c| c > 0)
                    .map(|c| segment_width(c, unit))
                    .sum::<f64>()
            })
            .fold(0.0, f64::max)
    };
    let most = tally.rows.iter().map(|r| r.total()).max().unwrap_or(0).max(1) as f64;
    let (mut low, mut high) = (0.0, room / most);
    if longest(high) <= room {
        return high;
    }
    for _ in 0..40 {
        let mid = (low + high) / 2.0;
        if longest(mid) <= room {
            low = mid;
        } else {
            high = mid;
        }
    }
    low
}

pub fn layout_status(tally: &StatusTally, width: f64, lang: Lang) -> StatusLayout {
    let width = width.max(240.0);
    let inner = width - 2.0 * PAD;

    // Legend: entries flow left to right and wrap.
    let mut legend = Vec::new();
    let (mut x, mut y) = (PAD, PAD);
    for &status in &tally.statuses {
        let label = status.title(lang);
        let entry_width = SWATCH + 6.0 + text_width(&label, LEGEND_SIZE) + 16.0;
        if x > PAD && x + entry_width > width - PAD {
            x = PAD;
            y += LINE + 6.0;
        }
        legend.push(LegendEntry {
            status,
            label,
            swatch: Rect { x, y: y + 1.0, w: SWATCH, h: SWATCH },
            text_at: (x + SWATCH + 6.0, y + SWATCH / 2.0 + 1.0),
        });
        x += entry_width;
    }
    let mut top = y + LINE + 16.0;

    let bar_room = inner - TOTAL_ROOM;
    let unit = segment_unit(tally, bar_room);

    let mut rows = Vec::new();
    let mut segments = Vec::new();
    for (index, row) in tally.rows.iter().enumerate() {
        let label_lines = wrap(&row.label, inner, LABEL_SIZE, 2);
        let label_at = (PAD, top);
        let bar_y = top + LINE * label_lines.len() as f64 + 4.0;
        let mut x = PAD;
        for &status in &tally.statuses {
            let count = row.count(status);
            if count == 0 {
                continue;
            }
            let w = segment_width(count, unit);
            let rect =
                Rect { x: x + SEGMENT_GAP / 2.0, y: bar_y, w: (w - SEGMENT_GAP).max(1.0), h: BAR };
            let digits = count.to_string().len() as f64;
            segments.push(Segment {
                row: index,
                status,
                count,
                rect,
                shows_count: rect.w >= 10.0 + 8.0 * digits,
            });
            x += w;
        }
        rows.push(RowLayout {
            label_lines,
            label_at,
            bold: row.is_total,
            bar: Rect { x: PAD, y: bar_y, w: x - PAD, h: BAR },
            total: row.total(),
            total_at: (x + 6.0, bar_y + BAR / 2.0),
        });
        top = bar_y + BAR + ROW_GAP;
    }

    StatusLayout { width, height: (top - ROW_GAP + PAD).ceil(), legend, rows, segments }
}

/// Keys that move between segments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Left,
    Right,
    Up,
    Down,
    First,
    Last,
}

/// The segment the keyboard moves to from `from`, if any. Up and down go to
/// the segment of the nearest row with segments, closest in x.
pub fn step(layout: &StatusLayout, from: usize, step: Step) -> Option<usize> {
    let segments = &layout.segments;
    let current = segments.get(from)?;
    let centre = |s: &Segment| s.rect.x + s.rect.w / 2.0;
    let pick_in_row = |row: usize| {
        segments
            .iter()
            .enumerate()
            .filter(|(_, s)| s.row == row)
            .min_by(|(_, a), (_, b)| {
                (centre(a) - centre(current)).abs().total_cmp(&(centre(b) - centre(current)).abs())
            })
            .map(|(i, _)| i)
    };
    match step {
        Step::Left => (from > 0 && segments[from - 1].row == current.row).then(|| from - 1),
        Step::Right => segments.get(from + 1).filter(|s| s.row == current.row).map(|_| from + 1),
        Step::Up => (0..current.row).rev().find_map(pick_in_row),
        Step::Down => (current.row + 1..layout.rows.len()).find_map(pick_in_row),
        Step::First => (!segments.is_empty()).then_some(0),
        Step::Last => segments.len().checked_sub(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::read::read_plan;
    use crate::core::plan::tally::tally;

    fn sample(width: f64) -> StatusLayout {
        let feed = read_plan(
            r#"{"format":"ogw.plan/1","themes":[{"id":"1","title":"Åbne data"},{"id":"2","title":"Velfærd"}],
               "initiatives":[
                 {"id":"1.1","theme":"1","title":"a","status":"completed"},
                 {"id":"1.2","theme":"1","title":"b","status":"limited"},
                 {"id":"1.3","theme":"1","title":"c","status":"limited"},
                 {"id":"2.1","theme":"2","title":"d","status":"substantial"}]}"#,
        )
        .unwrap()
        .feed;
        layout_status(&tally(&feed, Lang::Da), width, Lang::Da)
    }

    #[test]
    fn every_segment_is_a_24_px_target_even_with_many_small_counts() {
        // 14 initiatives in seven statuses on the narrowest chart: at plain
        // proportion a count of 1 would be 16 px wide.
        let statuses =
            ["completed", "substantial", "limited", "not_started", "withdrawn", "unknown"];
        let initiatives: Vec<String> = (0..14)
            .map(|i| {
                let status = statuses[if i < 8 { 2 } else { i % statuses.len() }];
                format!(r#"{{"id":"{i}","title":"t{i}","status":"{status}"}}"#)
            })
            .collect();
        let json =
            format!(r#"{{"format":"ogw.plan/1","initiatives":[{}]}}"#, initiatives.join(","));
        let feed = read_plan(&json).unwrap().feed;
        for width in [240.0, 326.0, 360.0] {
            let layout = layout_status(&tally(&feed, Lang::En), width, Lang::En);
            assert!(layout.segments.len() >= 5);
            for s in &layout.segments {
                assert!(s.rect.w >= 24.0 - 1e-9, "width {width}: a segment {} px wide", s.rect.w);
                assert!(
                    s.rect.x + s.rect.w <= width - PAD - TOTAL_ROOM + 1e-6,
                    "width {width}: inside the chart"
                );
            }
        }
    }

    #[test]
    fn segments_are_proportional_and_inside_the_chart() {
        for width in [320.0, 640.0, 1200.0] {
            let layout = sample(width);
            // Overall: completed 1, substantial 1, limited 2; theme 1: 1 + 2; theme 2: 1.
            let counts: Vec<(usize, Status, usize)> =
                layout.segments.iter().map(|s| (s.row, s.status, s.count)).collect();
            assert_eq!(
                counts,
                vec![
                    (0, Status::Completed, 1),
                    (0, Status::Substantial, 1),
                    (0, Status::Limited, 2),
                    (1, Status::Completed, 1),
                    (1, Status::Limited, 2),
                    (2, Status::Substantial, 1)
                ]
            );
            let one = layout.segments[0].rect.w + SEGMENT_GAP;
            let two = layout.segments[2].rect.w + SEGMENT_GAP;
            assert!(
                (two - 2.0 * one).abs() < 1e-9,
                "width {width}: a count of 2 is twice as long as 1"
            );
            for s in &layout.segments {
                assert!(
                    s.rect.x >= PAD && s.rect.x + s.rect.w <= width - PAD,
                    "width {width}: {s:?}"
                );
                assert!(s.rect.y + s.rect.h <= layout.height);
            }
        }
    }

    #[test]
    fn arrow_keys_move_along_rows_and_between_them() {
        let layout = sample(640.0);
        assert_eq!(step(&layout, 0, Step::Right), Some(1));
        assert_eq!(step(&layout, 2, Step::Right), None, "the end of a row stops");
        assert_eq!(step(&layout, 3, Step::Left), None, "the start of a row stops");
        assert_eq!(step(&layout, 0, Step::Down), Some(3), "completed above completed");
        assert_eq!(step(&layout, 4, Step::Down), Some(5));
        assert_eq!(step(&layout, 5, Step::Down), None);
        assert_eq!(
            step(&layout, 5, Step::Up),
            Some(3),
            "the only segment of row 2 is nearest the first of row 1"
        );
        assert_eq!(step(&layout, 4, Step::Last), Some(5));
        assert_eq!(step(&layout, 4, Step::First), Some(0));
    }
}
