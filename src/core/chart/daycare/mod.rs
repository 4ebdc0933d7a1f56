//! The daycare dashboard's charts: the comparison against averages, the
//! opening hours and the figures' series over the years.

pub mod compare_layout;
pub mod compare_svg;
pub mod hours_layout;
pub mod hours_svg;
pub mod series_layout;
pub mod series_svg;
