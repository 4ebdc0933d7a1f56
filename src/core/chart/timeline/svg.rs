//! Draws a `TimelineLayout` to a standalone SVG string with plotters.
//! Certain spans are solid bars in the status's colour and pattern;
//! uncertain spans are hatched; each item ends in a status shape, so
//! nothing is told by colour alone.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::layout::{Bar, LegendKey, RowKind, TimelineLayout, AXIS_H, LABEL_SIZE, NOTE_SIZE};
use crate::core::chart::draw::{color, corners, draw_swatch, font, px, Area, Drawn};
use crate::core::chart::geometry::Rect;
use crate::core::chart::palette::{status_style, Pattern, Rgb, INK, MUTED_INK, PAPER};
use crate::core::chart::pattern::marker;
use crate::core::chart::svg::svg_document;
use crate::core::plan::status::Status;

const GRID: Rgb = Rgb(0xd9, 0xdd, 0xe3);
const GROUP_BAND: Rgb = Rgb(0xee, 0xf1, 0xf5);
/// The as-of line and overdue marks: 5.6:1 on paper.
pub const ALERT: Rgb = Rgb(0xb3, 0x26, 0x1e);

/// The whole drawing; `title` and `desc` become its `<title>` and `<desc>`
/// (the widget's title and `timeline_summary`).
pub fn timeline_svg(layout: &TimelineLayout, title: &str, desc: &str) -> String {
    svg_document("timeline", (layout.width, layout.height), title, desc, |root| draw(root, layout))
}

fn draw<DB: DrawingBackend>(root: &Area<DB>, l: &TimelineLayout) -> Drawn<DB> {
    root.fill(&color(PAPER))?;
    let chart_bottom = l.rows.last().map_or(AXIS_H, |r| r.y + r.h);
    for row in &l.rows {
        if let RowKind::Group { .. } = row.kind {
            root.draw(&Rectangle::new(
                corners(Rect { x: 0.0, y: row.y, w: l.width, h: row.h }),
                color(GROUP_BAND).filled(),
            ))?;
        }
    }
    for tick in &l.ticks {
        let grid = if tick.major { MUTED_INK } else { GRID };
        root.draw(&PathElement::new(
            vec![px((tick.x, if tick.major { 4.0 } else { 24.0 })), px((tick.x, chart_bottom))],
            color(grid),
        ))?;
        let y = if tick.major { 14.0 } else { 34.0 };
        root.draw(&Text::new(
            tick.label.clone(),
            px((tick.x + 4.0, y)),
            font(
                LABEL_SIZE - 1.0,
                if tick.major { INK } else { MUTED_INK },
                tick.major,
                HPos::Left,
            ),
        ))?;
    }
    root.draw(&PathElement::new(vec![px((0.0, AXIS_H)), px((l.width, AXIS_H))], color(MUTED_INK)))?;
    for row in &l.rows {
        draw_row(root, l, row)?;
    }
    // The as-of line last, over the bars, with its date in the axis.
    let as_of = ShapeStyle { color: color(ALERT).to_rgba(), filled: false, stroke_width: 2 };
    root.draw(&PathElement::new(
        vec![px((l.as_of_x, 20.0)), px((l.as_of_x, chart_bottom))],
        as_of,
    ))?;
    root.draw(&Rectangle::new(corners(l.as_of_label_box), color(PAPER).filled()))?;
    let Rect { x, y, h, .. } = l.as_of_label_box;
    root.draw(&Text::new(
        l.as_of_label.clone(),
        px((x + 3.0, y + h / 2.0)),
        font(LABEL_SIZE - 1.0, ALERT, true, HPos::Left).pos(Pos::new(HPos::Left, VPos::Center)),
    ))?;
    draw_legend(root, l)
}

fn draw_row<DB: DrawingBackend>(
    root: &Area<DB>,
    l: &TimelineLayout,
    row: &super::layout::Row,
) -> Drawn<DB> {
    let (size, bold) = match row.kind {
        RowKind::Group { .. } => (LABEL_SIZE, true),
        RowKind::Initiative { .. } => (LABEL_SIZE, false),
        RowKind::Milestone { .. } => (LABEL_SIZE - 1.0, false),
    };
    let line_h = size + 4.0;
    let top = row.y + (row.h - line_h * row.label_lines.len() as f64) / 2.0 + line_h / 2.0;
    for (i, line) in row.label_lines.iter().enumerate() {
        root.draw(&Text::new(
            line.clone(),
            px((row.indent, top + line_h * i as f64)),
            font(size, INK, bold, HPos::Left),
        ))?;
    }
    if let RowKind::Group { .. } = row.kind {
        return Ok(());
    }
    root.draw(&PathElement::new(
        vec![px((0.0, row.y + row.h)), px((l.width, row.y + row.h))],
        color(GRID),
    ))?;
    let mid = row.y + row.h / 2.0;
    let Some(bar) = &row.bar else {
        // Never placed silently: it says that its date is not known.
        root.draw(&Text::new(
            l.unknown_label.clone(),
            px((l.label_w + 8.0, mid)),
            font(size, MUTED_INK, false, HPos::Left),
        ))?;
        return draw_note(root, row, mid);
    };
    let thick = if matches!(row.kind, RowKind::Milestone { .. }) { 10.0 } else { 16.0 };
    draw_bar(root, bar, mid, thick)?;
    draw_note(root, row, mid)
}

fn draw_note<DB: DrawingBackend>(root: &Area<DB>, row: &super::layout::Row, mid: f64) -> Drawn<DB> {
    let Some(note) = &row.note else { return Ok(()) };
    root.draw(&Text::new(
        note.text.clone(),
        px((note.x, mid)),
        font(NOTE_SIZE, INK, false, HPos::Left).pos(Pos::new(HPos::Left, VPos::Center)),
    ))
}

fn draw_bar<DB: DrawingBackend>(root: &Area<DB>, bar: &Bar, mid: f64, thick: f64) -> Drawn<DB> {
    let style = status_style(bar.status);
    let top = mid - thick / 2.0;
    // Where a start or deadline was before it moved: a hollow diamond,
    // joined to where it is now.
    let left = bar.left();
    for (original, now) in [(bar.original_start, left), (bar.original_end, bar.mark_x)] {
        let Some(original) = original else { continue };
        let line = ShapeStyle { color: color(INK).to_rgba(), filled: false, stroke_width: 1 };
        root.draw(&PathElement::new(vec![px((original, mid)), px((now, mid))], line))?;
        root.draw(&Polygon::new(diamond((original, mid), 6.0), color(PAPER).filled()))?;
        root.draw(&PathElement::new(
            closed(diamond((original, mid), 6.0)),
            ShapeStyle { stroke_width: 2, ..line },
        ))?;
    }
    for &(x0, x1) in &bar.fuzzy {
        draw_uncertain(root, Rect { x: x0, y: top, w: x1 - x0, h: thick }, style.edge)?;
    }
    if let Some((x0, x1)) = bar.crisp {
        draw_swatch(root, Rect { x: x0, y: top, w: (x1 - x0).max(2.0), h: thick }, style)?;
    }
    draw_status_mark(root, bar.status, (bar.mark_x, mid))?;
    if bar.overdue {
        draw_overdue(root, (bar.mark_x + 16.0, mid))?;
    }
    Ok(())
}

/// Hatching in the status colour over paper: "somewhere in here".
fn draw_uncertain<DB: DrawingBackend>(root: &Area<DB>, r: Rect, ink: Rgb) -> Drawn<DB> {
    root.draw(&Rectangle::new(corners(r), color(PAPER).filled()))?;
    if let Some(marker) = marker(Pattern::Uncertain) {
        root.draw(&Rectangle::new(corners(r), RGBAColor(ink.0, ink.1, ink.2, marker).filled()))?;
    }
    let stroke = ShapeStyle { color: color(ink).to_rgba(), filled: false, stroke_width: 1 };
    root.draw(&PathElement::new(vec![px((r.x, r.y)), px((r.x + r.w, r.y))], stroke))?;
    root.draw(&PathElement::new(vec![px((r.x, r.y + r.h)), px((r.x + r.w, r.y + r.h))], stroke))
}

/// Each status has its own shape as well as its colour.
pub fn draw_status_mark<DB: DrawingBackend>(
    root: &Area<DB>,
    status: Status,
    (x, y): (f64, f64),
) -> Drawn<DB> {
    // The edge colour, not the fill: "not started" is filled with paper,
    // and its mark and hatching must still show (3:1, checked in palette.rs).
    let s = status_style(status);
    let fill = color(s.edge).filled();
    let outline = ShapeStyle { color: color(s.edge).to_rgba(), filled: false, stroke_width: 2 };
    let halo = ShapeStyle { color: color(PAPER).to_rgba(), filled: false, stroke_width: 2 };
    match status {
        Status::Completed => {
            root.draw(&Circle::new(px((x, y)), 8, fill))?;
            root.draw(&PathElement::new(
                vec![px((x - 4.0, y)), px((x - 1.0, y + 3.0)), px((x + 4.0, y - 3.0))],
                halo,
            ))
        }
        Status::Substantial => root.draw(&Polygon::new(diamond((x, y), 8.0), fill)),
        Status::Limited => root.draw(&Polygon::new(
            vec![px((x, y - 8.0)), px((x + 8.0, y + 6.0)), px((x - 8.0, y + 6.0))],
            fill,
        )),
        Status::NotStarted => {
            root.draw(&Circle::new(px((x, y)), 7, color(PAPER).filled()))?;
            root.draw(&Circle::new(px((x, y)), 7, outline))
        }
        Status::Ongoing => root.draw(&Rectangle::new(
            corners(Rect { x: x - 7.0, y: y - 7.0, w: 14.0, h: 14.0 }),
            fill,
        )),
        Status::Delayed => {
            root.draw(&Rectangle::new(
                corners(Rect { x: x - 7.0, y: y - 7.0, w: 14.0, h: 14.0 }),
                color(PAPER).filled(),
            ))?;
            root.draw(&Rectangle::new(
                corners(Rect { x: x - 7.0, y: y - 7.0, w: 14.0, h: 14.0 }),
                outline,
            ))
        }
        Status::Withdrawn => {
            root.draw(&PathElement::new(
                vec![px((x - 6.0, y - 6.0)), px((x + 6.0, y + 6.0))],
                ShapeStyle { stroke_width: 3, ..outline },
            ))?;
            root.draw(&PathElement::new(
                vec![px((x - 6.0, y + 6.0)), px((x + 6.0, y - 6.0))],
                ShapeStyle { stroke_width: 3, ..outline },
            ))
        }
        Status::Unknown => {
            root.draw(&Polygon::new(diamond((x, y), 7.0), color(PAPER).filled()))?;
            root.draw(&PathElement::new(closed(diamond((x, y), 7.0)), outline))
        }
    }
}

/// A red triangle with an exclamation mark.
fn draw_overdue<DB: DrawingBackend>(root: &Area<DB>, (x, y): (f64, f64)) -> Drawn<DB> {
    root.draw(&Polygon::new(
        vec![px((x, y - 8.0)), px((x + 8.0, y + 7.0)), px((x - 8.0, y + 7.0))],
        color(ALERT).filled(),
    ))?;
    root.draw(&Text::new("!".to_string(), px((x, y + 2.0)), font(11.0, PAPER, true, HPos::Center)))
}

fn draw_legend<DB: DrawingBackend>(root: &Area<DB>, l: &TimelineLayout) -> Drawn<DB> {
    for entry in &l.legend {
        let (x, y) = entry.at;
        match entry.key {
            LegendKey::Status(s) => draw_status_mark(root, s, (x, y))?,
            LegendKey::Uncertain => {
                draw_uncertain(root, Rect { x: x - 8.0, y: y - 6.0, w: 16.0, h: 12.0 }, INK)?
            }
            LegendKey::AsOf => root.draw(&PathElement::new(
                vec![px((x, y - 9.0)), px((x, y + 9.0))],
                ShapeStyle { color: color(ALERT).to_rgba(), filled: false, stroke_width: 2 },
            ))?,
            LegendKey::Overdue => draw_overdue(root, (x, y))?,
            LegendKey::Moved => {
                let line =
                    ShapeStyle { color: color(INK).to_rgba(), filled: false, stroke_width: 2 };
                root.draw(&PathElement::new(closed(diamond((x, y), 6.0)), line))?
            }
        }
        root.draw(&Text::new(
            entry.label.clone(),
            px((x + 14.0, y)),
            font(LABEL_SIZE, INK, false, HPos::Left).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}

fn diamond((x, y): (f64, f64), r: f64) -> Vec<(i32, i32)> {
    vec![px((x, y - r)), px((x + r, y)), px((x, y + r)), px((x - r, y))]
}

fn closed(mut points: Vec<(i32, i32)>) -> Vec<(i32, i32)> {
    points.push(points[0]);
    points
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::palette::status_style;
    use crate::core::chart::svg::without_digests;
    use crate::core::chart::timeline::layout::{layout_timeline, Zoom};
    use crate::core::date::day::date;
    use crate::core::i18n::Lang;
    use crate::core::plan::read::read_plan;
    use crate::core::timeline::model::build_timeline;

    fn svg_of(feed: &str) -> String {
        let feed = read_plan(feed).unwrap().feed;
        let timeline = build_timeline(&feed, date(2018, 9, 1).unwrap(), Lang::Da);
        timeline_svg(
            &layout_timeline(&timeline, Zoom::Years, 640.0, Lang::Da, &|_, _| true),
            "Tidsplan <&>",
            "1 initiativ",
        )
    }

    #[test]
    fn is_a_standalone_svg_that_escapes_feed_text() {
        let svg = svg_of(
            r#"{"format":"ogw.plan/1","initiatives":[{"id":"1","title":"<script>x</script>","status":"limited","period":{"start":"2017","end":"2019"}}]}"#,
        );
        assert!(svg.starts_with("<svg width=\"640\""));
        assert!(without_digests(&svg).contains("<title id=\"ogw-timeline-title\">Tidsplan &lt;&amp;&gt;</title><desc id=\"ogw-timeline-desc\">1 initiativ</desc>"));
        assert!(!svg.contains("<script"), "feed text never becomes markup");
        assert!(svg.contains("1. september 2018"), "the as-of day is written on the axis");
        assert!(svg.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn not_started_items_show_in_their_edge_colour() {
        let svg = svg_of(
            r#"{"format":"ogw.plan/1","initiatives":[{"id":"1","title":"a","status":"not_started","period":{"start":"2019","end":"2020"}}]}"#,
        );
        let edge = status_style(Status::NotStarted).edge.hex().to_uppercase();
        assert!(
            svg.to_uppercase().contains(&format!("STROKE=\"{edge}\"")),
            "the hollow mark and hatching are drawn in {edge}"
        );
    }

    #[test]
    fn a_row_without_dates_says_so() {
        let svg = svg_of(
            r#"{"format":"ogw.plan/1","initiatives":[{"id":"1","title":"a","status":"limited","period":{"start":"Endnu ikke fastlagt"}}]}"#,
        );
        assert!(svg.contains("dato ikke fastlagt"));
    }
}
