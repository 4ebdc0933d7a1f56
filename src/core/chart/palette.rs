//! Colours and patterns. Every status has a colour *and* a pattern, so it
//! reads in greyscale and for colour-blind people; the legend and the
//! accessible names say it in words as well. Contrast is checked in tests.

use crate::core::plan::status::Status;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2.1 relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// WCAG 2.1 contrast ratio, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The chart's own background. Charts stay light whatever the host's theme,
/// so the contrast checked here is the contrast people get.
pub const PAPER: Rgb = Rgb(0xff, 0xff, 0xff);
pub const INK: Rgb = Rgb(0x1a, 0x1a, 0x1a);
pub const MUTED_INK: Rgb = Rgb(0x4d, 0x4d, 0x4d);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    Solid,
    /// Stripes rising to the right.
    Diagonal,
    Dots,
    /// Only an outline: nothing has happened yet.
    Hollow,
    Vertical,
    CrossHatch,
    /// Stripes falling to the right.
    BackDiagonal,
    Horizontal,
    /// Thin stripes, 5 px apart, over paper: the timeline's "somewhere in
    /// here" for a date written as a season or a quarter. No status uses it.
    Uncertain,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusStyle {
    pub fill: Rgb,
    /// The outline, which carries the 3:1 contrast of a hollow segment.
    pub edge: Rgb,
    /// The pattern's lines or dots, drawn over `fill`.
    pub mark: Rgb,
    /// Text written on the segment.
    pub ink: Rgb,
    pub pattern: Pattern,
}

pub fn status_style(status: Status) -> StatusStyle {
    let white = PAPER;
    let on_dark =
        |fill: Rgb, mark: Rgb, pattern| StatusStyle { fill, edge: fill, mark, ink: white, pattern };
    match status {
        Status::Completed => on_dark(Rgb(0x1b, 0x6e, 0x3a), Rgb(0x1b, 0x6e, 0x3a), Pattern::Solid),
        Status::Substantial => {
            on_dark(Rgb(0x1f, 0x5f, 0xa8), Rgb(0x7f, 0xa8, 0xd6), Pattern::Diagonal)
        }
        Status::Limited => on_dark(Rgb(0xa3, 0x4f, 0x00), Rgb(0xe8, 0xb0, 0x7a), Pattern::Dots),
        Status::NotStarted => StatusStyle {
            fill: white,
            edge: Rgb(0x59, 0x59, 0x59),
            mark: Rgb(0x59, 0x59, 0x59),
            ink: INK,
            pattern: Pattern::Hollow,
        },
        Status::Ongoing => on_dark(Rgb(0x6b, 0x3f, 0xa0), Rgb(0xb5, 0x9c, 0xd6), Pattern::Vertical),
        Status::Delayed => {
            on_dark(Rgb(0xb0, 0x23, 0x1b), Rgb(0xe3, 0x8f, 0x8a), Pattern::CrossHatch)
        }
        Status::Withdrawn => {
            on_dark(Rgb(0x4d, 0x4d, 0x4d), Rgb(0x9a, 0x9a, 0x9a), Pattern::BackDiagonal)
        }
        Status::Unknown => {
            on_dark(Rgb(0x70, 0x70, 0x70), Rgb(0xb0, 0xb0, 0xb0), Pattern::Horizontal)
        }
    }
}

/// A mark's shape, so nothing is told by colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Filled, pointing up: better.
    TriangleUp,
    /// Filled, pointing down: worse.
    TriangleDown,
    /// Outlined, pointing up: higher, where neither way is better.
    CaretUp,
    /// Outlined, pointing down: lower, where neither way is better.
    CaretDown,
    /// The same as the average.
    Circle,
    Square,
    Diamond,
    Cross,
}

/// The daycare comparison's value bars.
pub const BAR: Rgb = Rgb(0x1f, 0x5f, 0xa8);
/// Better than the average: green with a rising triangle.
pub const BETTER: Rgb = Rgb(0x1b, 0x6e, 0x3a);
/// Worse than the average: red with a falling triangle.
pub const WORSE: Rgb = Rgb(0xb0, 0x23, 0x1b);
/// The same, or neither way is better.
pub const NEUTRAL: Rgb = Rgb(0x4d, 0x4d, 0x4d);

/// How a verdict is drawn: its colour and its shape.
#[cfg(with_daycare)]
pub fn verdict_mark(v: crate::core::daycare::compare::Verdict) -> Option<(Rgb, Shape)> {
    use crate::core::daycare::compare::Verdict::*;
    Some(match v {
        Better => (BETTER, Shape::TriangleUp),
        Worse => (WORSE, Shape::TriangleDown),
        Same => (NEUTRAL, Shape::Circle),
        Higher => (NEUTRAL, Shape::CaretUp),
        Lower => (NEUTRAL, Shape::CaretDown),
        NotComparable => return None,
    })
}

/// Lines of a chart over the years: colour and marker per line, and the
/// national line drawn dashed in grey.
pub const SERIES: [(Rgb, Shape); 4] = [
    (Rgb(0x1f, 0x5f, 0xa8), Shape::Circle),
    (Rgb(0xa3, 0x4f, 0x00), Shape::Square),
    (Rgb(0x6b, 0x3f, 0xa0), Shape::TriangleUp),
    (Rgb(0x1b, 0x6e, 0x3a), Shape::Diamond),
];
pub const NATIONAL_SERIES: (Rgb, Shape) = (NEUTRAL, Shape::Cross);

#[cfg(test)]
mod tests {
    use super::*;

    /// Marks and lines are graphics (3:1), and verdict words are written in
    /// their colour (4.5:1); no two series or verdicts share a shape.
    #[test]
    #[cfg(with_daycare)]
    fn daycare_marks_are_legible_and_told_apart_by_shape() {
        use crate::core::daycare::compare::Verdict::*;
        let verdicts: Vec<(Rgb, Shape)> =
            [Better, Worse, Same, Higher, Lower].iter().filter_map(|v| verdict_mark(*v)).collect();
        let series: Vec<(Rgb, Shape)> = SERIES.iter().copied().chain([NATIONAL_SERIES]).collect();
        for (colour, _) in verdicts.iter().chain(&series).chain([&(BAR, Shape::Square)]) {
            assert!(contrast(*colour, PAPER) >= 4.5, "{colour:?} on paper");
        }
        for list in [&verdicts, &series] {
            for (i, a) in list.iter().enumerate() {
                assert!(list[i + 1..].iter().all(|b| b.1 != a.1), "{a:?} shares its shape");
            }
        }
        assert_eq!(verdict_mark(NotComparable), None);
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((contrast(Rgb(0x76, 0x76, 0x76), PAPER) - 4.54).abs() < 0.01);
    }

    /// WCAG 1.4.11: graphics at 3:1 against what surrounds them; 1.4.3: text at 4.5:1.
    #[test]
    fn every_status_is_legible() {
        for status in Status::ALL {
            let style = status_style(status);
            assert!(contrast(style.edge, PAPER) >= 3.0, "{status:?} edge against the paper");
            assert!(contrast(style.ink, style.fill) >= 4.5, "{status:?} count text on its fill");
        }
        assert!(contrast(INK, PAPER) >= 4.5 && contrast(MUTED_INK, PAPER) >= 4.5);
    }

    #[test]
    fn no_two_statuses_look_alike_in_greyscale() {
        for (i, a) in Status::ALL.iter().enumerate() {
            for b in &Status::ALL[i + 1..] {
                assert_ne!(status_style(*a).pattern, status_style(*b).pattern, "{a:?} and {b:?}");
            }
        }
    }
}
