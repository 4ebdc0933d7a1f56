//! The pure core: no browser, no clock, no I/O. Everything that can be
//! decided without a DOM is decided here, so it is tested natively.

// `with_dates` and `with_daycare` (build.rs): a browser core for one widget
// compiles only the core that widget needs; native builds compile it all.
pub mod calendar_words;
pub mod chart;
pub mod csv;
#[cfg(with_dates)]
pub mod date;
#[cfg(with_daycare)]
pub mod daycare;
pub mod feed_rules;
pub mod i18n;
pub(crate) mod json_reader;
// Importers read CSV exports; the browser never does, so they stay out of its bundle.
#[cfg(not(target_arch = "wasm32"))]
pub mod import;
pub mod limits;
pub mod link;
pub mod plan;
pub mod problem;
pub mod schema;
pub mod source;
pub mod text;
#[cfg(with_dates)]
pub mod timeline;
