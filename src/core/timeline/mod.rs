//! The initiative timeline's data: which rows there are, when each item
//! runs as far as the feed lets us know, what is overdue and what moved.
//! Pure: the caller passes `as_of` in; dates are read with `core::date`.

#[cfg(test)]
mod check;
pub mod export;
pub mod list;
pub mod markup;
pub mod model;
pub mod scroll;
pub mod tree;
pub mod words;
