//! The geometry every chart shares: layouts place rectangles in CSS pixels,
//! the SVG is drawn from them and the web layer puts its buttons on them.

/// A rectangle in CSS pixels, `x` and `y` its top left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}
