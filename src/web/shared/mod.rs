//! Parts every widget shows: the card around it (title, problems, source,
//! the empty state), the downloads of what it shows, the table toggle and
//! moving the focus.

pub mod card;
pub mod console;
pub mod delegate;
pub mod download;
pub mod feed_text;
pub mod focus;
pub mod table_toggle;
