//! Charts, split as pure geometry (`layout`) and drawing with plotters
//! (`svg`), one folder per widget. The web layer places its buttons on the
//! same geometry the SVG is drawn from, so what you click is what you see.

#[cfg(with_daycare)]
pub mod daycare;
pub mod draw;
pub mod geometry;
pub mod palette;
pub(crate) mod pattern;
pub mod render;
pub mod status;
pub mod svg;
pub mod svg_backend;
pub mod text_metrics;
pub mod theme;
#[cfg(with_dates)]
pub mod timeline;
