//! Charts, split as pure geometry (`*_layout`) and drawing with plotters
//! (`*_svg`). The web layer places its buttons on the same geometry the SVG
//! is drawn from, so what you click is what you see.

pub mod compare_layout;
pub mod compare_svg;
pub mod hours_layout;
pub mod hours_svg;
pub mod palette;
pub mod series_layout;
pub mod series_svg;
pub mod status_layout;
pub mod status_svg;
pub mod text_metrics;
pub mod timeline_layout;
pub mod timeline_svg;
