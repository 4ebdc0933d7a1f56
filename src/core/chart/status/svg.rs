//! Draws a `StatusLayout` to a standalone SVG string with plotters.

use plotters::prelude::*;

use crate::core::chart::svg::svg_document;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::core::chart::palette::{status_style, Pattern, Rgb, StatusStyle, INK, MUTED_INK, PAPER};
use crate::core::chart::status::layout::{Rect, StatusLayout, LABEL_SIZE, LEGEND_SIZE};

/// plotters writes `font-size` as the size given divided by 1.24.
pub(crate) const PLOTTERS_FONT_SCALE: f64 = 1.24;
const STRIPE_SPACING: f64 = 7.0;

pub(crate) fn color(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// The SVG for `layout`. `title` and `desc` become its `<title>` and `<desc>`,
/// so the file speaks for itself when it is used without the widget.
pub fn status_svg(layout: &StatusLayout, title: &str, desc: &str) -> String {
    svg_document("status", (layout.width, layout.height), title, desc, |root| draw(root, layout))
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    layout: &StatusLayout,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&color(PAPER))?;
    for entry in &layout.legend {
        draw_swatch(root, entry.swatch, status_style(entry.status))?;
        root.draw(&Text::new(
            entry.label.clone(),
            px(entry.text_at),
            font(LEGEND_SIZE, INK, false, HPos::Left),
        ))?;
    }
    for row in &layout.rows {
        for (i, line) in row.label_lines.iter().enumerate() {
            let at = (row.label_at.0, row.label_at.1 + 18.0 * i as f64);
            root.draw(&Text::new(
                line.clone(),
                px(at),
                font(LABEL_SIZE, INK, row.bold, HPos::Left).pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
        }
        root.draw(&Text::new(
            row.total.to_string(),
            px(row.total_at),
            font(LABEL_SIZE, MUTED_INK, row.bold, HPos::Left),
        ))?;
    }
    for segment in &layout.segments {
        let style = status_style(segment.status);
        draw_swatch(root, segment.rect, style)?;
        if segment.shows_count {
            let centre =
                (segment.rect.x + segment.rect.w / 2.0, segment.rect.y + segment.rect.h / 2.0);
            // A solid chip under the number keeps it at 4.5:1 over any pattern.
            let chip_w = 8.0 + 8.0 * segment.count.to_string().len() as f64;
            let chip = Rect { x: centre.0 - chip_w / 2.0, y: centre.1 - 9.0, w: chip_w, h: 18.0 };
            root.draw(&Rectangle::new(corners(chip), color(style.fill).filled()))?;
            root.draw(&Text::new(
                segment.count.to_string(),
                px(centre),
                font(LABEL_SIZE, style.ink, true, HPos::Center),
            ))?;
        }
    }
    Ok(())
}

pub(crate) fn font(size: f64, ink: Rgb, bold: bool, h: HPos) -> TextStyle<'static> {
    let style = if bold { FontStyle::Bold } else { FontStyle::Normal };
    // FontFamily::SansSerif, not "sans-serif": plotters lowercases a name
    // given as text, which pulls std's Unicode case tables (~20 KB) into the bundle.
    FontDesc::new(FontFamily::SansSerif, size * PLOTTERS_FONT_SCALE, style)
        .color(&color(ink))
        .pos(Pos::new(h, VPos::Center))
}

pub(crate) fn px((x, y): (f64, f64)) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

pub(crate) fn corners(r: Rect) -> [(i32, i32); 2] {
    [px((r.x, r.y)), px((r.x + r.w, r.y + r.h))]
}

/// A filled rectangle with its status pattern, clipped to the rectangle.
pub(crate) fn draw_swatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    r: Rect,
    style: StatusStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.draw(&Rectangle::new(corners(r), color(style.fill).filled()))?;
    let mark = ShapeStyle { color: color(style.mark).to_rgba(), filled: false, stroke_width: 2 };
    for line in pattern_lines(r, style.pattern) {
        root.draw(&PathElement::new(vec![px(line.0), px(line.1)], mark))?;
    }
    if style.pattern == Pattern::Dots {
        for (x, y) in dot_grid(r) {
            root.draw(&Circle::new(px((x, y)), 2, color(style.mark).filled()))?;
        }
    }
    root.draw(&Rectangle::new(
        corners(r),
        ShapeStyle { color: color(style.edge).to_rgba(), filled: false, stroke_width: 2 },
    ))?;
    Ok(())
}

type Line = ((f64, f64), (f64, f64));

/// The pattern's straight lines inside `r`.
fn pattern_lines(r: Rect, pattern: Pattern) -> Vec<Line> {
    let (x0, y0, x1, y1) = (r.x, r.y, r.x + r.w, r.y + r.h);
    let mut lines = Vec::new();
    let steps = |from: f64, to: f64| {
        let n = ((to - from) / STRIPE_SPACING).floor() as i32;
        (1..=n).map(move |i| from + i as f64 * STRIPE_SPACING)
    };
    match pattern {
        Pattern::Vertical => lines.extend(steps(x0, x1 - 1.0).map(|x| ((x, y0), (x, y1)))),
        Pattern::Horizontal => lines.extend(steps(y0, y1 - 1.0).map(|y| ((x0, y), (x1, y)))),
        Pattern::Diagonal | Pattern::BackDiagonal | Pattern::CrossHatch => {
            // Lines x + y = c (rising) or x - y = c (falling), clipped to r.
            let rising = |c: f64| clip_diagonal(r, c, true);
            let falling = |c: f64| clip_diagonal(r, c, false);
            if pattern != Pattern::BackDiagonal {
                lines.extend(steps(x0 + y0, x1 + y1 - 1.0).filter_map(rising));
            }
            if pattern != Pattern::Diagonal {
                lines.extend(steps(x0 - y1, x1 - y0 - 1.0).filter_map(falling));
            }
        }
        Pattern::Solid | Pattern::Dots | Pattern::Hollow => {}
    }
    lines
}

fn clip_diagonal(r: Rect, c: f64, rising: bool) -> Option<Line> {
    let (x0, y0, x1, y1) = (r.x, r.y, r.x + r.w, r.y + r.h);
    // Rising on screen (y grows downwards): y = c - x. Falling: y = x - c.
    let y_at = |x: f64| if rising { c - x } else { x - c };
    let x_at = |y: f64| if rising { c - y } else { y + c };
    let mut points: Vec<(f64, f64)> = Vec::with_capacity(4);
    for x in [x0, x1] {
        let y = y_at(x);
        if (y0..=y1).contains(&y) {
            points.push((x, y));
        }
    }
    for y in [y0, y1] {
        let x = x_at(y);
        if (x0..=x1).contains(&x) {
            points.push((x, y));
        }
    }
    // The segment runs from the leftmost crossing to the rightmost one.
    let left = points.iter().copied().min_by(|a, b| a.0.total_cmp(&b.0))?;
    let right = points.iter().copied().max_by(|a, b| a.0.total_cmp(&b.0))?;
    (right.0 - left.0 > 1e-9).then_some((left, right))
}

fn dot_grid(r: Rect) -> Vec<(f64, f64)> {
    let mut dots = Vec::new();
    let mut y = r.y + 5.0;
    let mut odd = false;
    while y <= r.y + r.h - 4.0 {
        let mut x = r.x + if odd { 8.0 } else { 4.5 };
        while x <= r.x + r.w - 4.0 {
            dots.push((x, y));
            x += 7.0;
        }
        y += 6.0;
        odd = !odd;
    }
    dots
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::status::layout::layout_status;
    use crate::core::i18n::Lang;
    use crate::core::plan::read::read_plan;
    use crate::core::plan::tally::tally;

    fn svg_of(feed: &str) -> String {
        let feed = read_plan(feed).unwrap().feed;
        let layout = layout_status(&tally(&feed, Lang::Da), 480.0, Lang::Da);
        status_svg(&layout, "Status <&>", "2 initiativer")
    }

    #[test]
    fn is_a_standalone_svg_with_title_and_description() {
        let svg = svg_of(
            r#"{"format":"ogw.plan/1","initiatives":[{"id":"1","title":"a","status":"completed"},{"id":"2","title":"b","status":"limited"}]}"#,
        );
        assert!(svg.starts_with("<svg"), "{}", &svg[..80]);
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("<title id=\"ogw-status-title\">Status &lt;&amp;&gt;</title>"));
        assert!(svg.contains("<desc id=\"ogw-status-desc\">2 initiativer</desc>"));
        assert!(svg.contains("Ikke påbegyndt"), "the legend names every OGP level");
        assert!(svg.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn feed_text_is_escaped_never_markup() {
        let svg = svg_of(
            r#"{"format":"ogw.plan/1","themes":[{"id":"1","title":"<script>alert(1)</script>"}],
                "initiatives":[{"id":"1","theme":"1","title":"a","status":"completed"}]}"#,
        );
        assert!(!svg.contains("<script"), "a theme title must not become an element");
        assert!(svg.contains("&lt;script&gt;"));
    }

    #[test]
    fn diagonal_stripes_stay_inside_their_segment() {
        let r = Rect { x: 10.0, y: 20.0, w: 50.0, h: 28.0 };
        for pattern in [Pattern::Diagonal, Pattern::BackDiagonal, Pattern::CrossHatch] {
            let lines = pattern_lines(r, pattern);
            assert!(!lines.is_empty());
            for ((ax, ay), (bx, by)) in lines {
                for (x, y) in [(ax, ay), (bx, by)] {
                    assert!(
                        x >= r.x - 1e-9
                            && x <= r.x + r.w + 1e-9
                            && y >= r.y - 1e-9
                            && y <= r.y + r.h + 1e-9
                    );
                }
            }
        }
    }
}
