//! The custom element's plumbing, the same for every widget: what the element
//! says (host), the feed's fetch, the shared style sheets, and the table of what is mounted.

pub mod feed_source;
#[cfg(feature = "elements")]
pub mod host;
#[cfg(feature = "elements")]
pub mod registry;
pub mod style_sheet;
