//! Drawing helpers every chart shares: colours, fonts, pixel rounding, the
//! status swatch with its pattern, dashed lines and verdict marks.

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::core::chart::geometry::Rect;
use crate::core::chart::palette::{Pattern, Rgb, Shape, StatusStyle};

pub(crate) type Area<DB> = DrawingArea<DB, plotters::coord::Shift>;
pub(crate) type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// plotters writes `font-size` as the size given divided by 1.24.
pub(crate) const PLOTTERS_FONT_SCALE: f64 = 1.24;
const STRIPE_SPACING: f64 = 7.0;

pub(crate) fn color(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
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

// Lines and marks: only the daycare charts draw them (a core without the
// dashboard compiles them unused).
#[cfg_attr(not(with_daycare), allow(dead_code))]
pub(crate) fn stroke(c: Rgb, width: u32) -> ShapeStyle {
    ShapeStyle { color: color(c).to_rgba(), filled: false, stroke_width: width }
}

#[cfg_attr(not(with_daycare), allow(dead_code))]
pub(crate) fn dashed<DB: DrawingBackend>(
    root: &Area<DB>,
    from: (f64, f64),
    to: (f64, f64),
    c: Rgb,
) -> Drawn<DB> {
    root.draw(&DashedPathElement::new(vec![px(from), px(to)], 4, 3, stroke(c, 2)))
}

/// A mark of `size` px centred on `at`.
#[cfg_attr(not(with_daycare), allow(dead_code))]
pub(crate) fn draw_shape<DB: DrawingBackend>(
    root: &Area<DB>,
    shape: Shape,
    at: (f64, f64),
    size: f64,
    c: Rgb,
) -> Drawn<DB> {
    let (x, y) = at;
    let h = size / 2.0;
    let filled = color(c).filled();
    let outline = stroke(c, 2);
    let points = |ps: &[(f64, f64)]| ps.iter().map(|p| px(*p)).collect::<Vec<_>>();
    match shape {
        Shape::TriangleUp => {
            root.draw(&Polygon::new(points(&[(x - h, y + h), (x + h, y + h), (x, y - h)]), filled))
        }
        Shape::TriangleDown => {
            root.draw(&Polygon::new(points(&[(x - h, y - h), (x + h, y - h), (x, y + h)]), filled))
        }
        Shape::CaretUp => root.draw(&PathElement::new(
            points(&[(x - h, y + h), (x + h, y + h), (x, y - h), (x - h, y + h)]),
            outline,
        )),
        Shape::CaretDown => root.draw(&PathElement::new(
            points(&[(x - h, y - h), (x + h, y - h), (x, y + h), (x - h, y - h)]),
            outline,
        )),
        Shape::Circle => root.draw(&Circle::new(px(at), (h * 0.9).round() as i32, filled)),
        Shape::Square => root.draw(&Rectangle::new(
            [px((x - h * 0.8, y - h * 0.8)), px((x + h * 0.8, y + h * 0.8))],
            filled,
        )),
        Shape::Diamond => root
            .draw(&Polygon::new(points(&[(x, y - h), (x + h, y), (x, y + h), (x - h, y)]), filled)),
        Shape::Cross => {
            root.draw(&PathElement::new(points(&[(x - h, y - h), (x + h, y + h)]), outline))?;
            root.draw(&PathElement::new(points(&[(x - h, y + h), (x + h, y - h)]), outline))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
