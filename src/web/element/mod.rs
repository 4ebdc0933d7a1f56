//! The custom element's plumbing, the same for every widget: the shadow root
//! and its style sheets, the feed's fetch, and the table of what is mounted.

pub mod feed_source;
pub mod host;
pub mod registry;
pub mod style_sheet;
