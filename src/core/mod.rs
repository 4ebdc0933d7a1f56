//! The pure core: no browser, no clock, no I/O. Everything that can be
//! decided without a DOM is decided here, so it is tested natively.

// `with_dates` and `with_daycare` (build.rs): a browser core for one widget
// compiles only the core that widget needs; native builds compile it all.
pub mod calendar_words;
// The card every widget is drawn in, as markup.
pub mod card;
pub mod chart;
pub mod csv;
#[cfg(with_dates)]
pub mod date;
#[cfg(with_daycare)]
pub mod daycare;
pub mod feed_rules;
// Markup the core builds as one string, every text escaped.
pub mod html;
pub mod i18n;
pub(crate) mod json_reader;
// Importers read CSV exports and workbooks: the CLI and the studio's own
// core do (`with_import`, build.rs); widget cores never carry them.
#[cfg(with_import)]
pub mod import;
pub mod limits;
pub mod link;
// Floats as text without core::fmt's float code (README, Size).
pub mod number;
pub mod plan;
pub mod problem;
pub mod schema;
pub mod source;
// The studio: sheets to feeds, in the editor's terms (docs/studio.md).
#[cfg(with_import)]
pub mod studio;
pub mod text;
#[cfg(with_dates)]
pub mod timeline;
