//! The initiative timeline's data: which rows there are, when each item
//! runs as far as the feed lets us know, what is overdue and what slipped.
//! Pure: the caller passes `as_of` and the date reader in.

pub mod day {
    pub use crate::core::date::day::*;
    pub fn day_of(y: i32, m: u32, d: u32) -> Day {
        date(y, m, d).unwrap_or(0)
    }
    pub fn civil_of(d: Day) -> (i32, u32, u32) {
        ymd(d)
    }
}
pub mod model;
pub mod words;
