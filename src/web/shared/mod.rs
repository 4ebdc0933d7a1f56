//! Parts every widget shows: the card around it (title, problems, source,
//! the empty state) and the downloads of what it shows.

pub mod card;
pub mod download;
pub mod feed_text;
