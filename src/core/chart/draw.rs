//! Drawing helpers every chart shares: colours, fonts, pixel rounding, the
//! status swatch with its pattern, dashed lines and verdict marks.

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::core::chart::geometry::Rect;
use crate::core::chart::palette::{Rgb, Shape, StatusStyle};
use crate::core::chart::pattern::marker;

pub(crate) type Area<DB> = DrawingArea<DB, plotters::coord::Shift>;
pub(crate) type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// plotters writes `font-size` as the size given divided by 1.24.
pub(crate) const PLOTTERS_FONT_SCALE: f64 = 1.24;

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

/// A filled rectangle with its status pattern and outline. The pattern is
/// one rectangle marked for `pattern::use_pattern_fills`, which the chart's
/// SVG turns into a `<pattern>` fill.
pub(crate) fn draw_swatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    r: Rect,
    style: StatusStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.draw(&Rectangle::new(corners(r), color(style.fill).filled()))?;
    if let Some(marker) = marker(style.pattern) {
        let Rgb(red, green, blue) = style.mark;
        root.draw(&Rectangle::new(corners(r), RGBAColor(red, green, blue, marker).filled()))?;
    }
    root.draw(&Rectangle::new(
        corners(r),
        ShapeStyle { color: color(style.edge).to_rgba(), filled: false, stroke_width: 2 },
    ))?;
    Ok(())
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
