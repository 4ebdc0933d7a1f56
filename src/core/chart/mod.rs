//! Charts, split as pure geometry (`*_layout`) and drawing with plotters
//! (`*_svg`). The web layer places its buttons on the same geometry the SVG
//! is drawn from, so what you click is what you see.

#[cfg(with_daycare)]
pub mod compare_layout;
#[cfg(with_daycare)]
pub mod compare_svg;
#[cfg(with_daycare)]
pub mod hours_layout;
#[cfg(with_daycare)]
pub mod hours_svg;
pub mod palette;
#[cfg(with_daycare)]
pub mod series_layout;
#[cfg(with_daycare)]
pub mod series_svg;
pub mod status_layout;
pub mod status_svg;
pub mod svg;
pub mod text_metrics;
pub mod theme;
#[cfg(with_dates)]
pub mod timeline_layout;
#[cfg(with_dates)]
pub mod timeline_svg;
