//! The daycare comparison dashboard's core (`ogw.daycare/1`): the feed, its
//! lenient reader, and everything the widget decides without a DOM: search,
//! filters and sorting over thousands of institutions, side-by-side
//! comparison against municipal and national averages, number formatting,
//! opening hours, distance, and the state kept in the URL fragment.

pub mod compare;
pub mod details;
pub mod distance;
pub mod export;
mod fast;
pub mod feed;
pub mod format;
pub mod hours;
pub mod names;
pub mod query;
pub mod read;
pub mod state;
pub mod table;
pub mod trend;
pub mod value;
pub mod words;

#[cfg(test)]
mod check;
