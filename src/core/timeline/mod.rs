//! The initiative timeline's data: which rows there are, when each item
//! runs as far as the feed lets us know, what is overdue and what slipped.
//! Pure: the caller passes `as_of` and the date reader in.

pub mod day;
pub mod model;
pub mod words;
