//! The `ogw.plan/1` feed: its types, its lenient reader, the OGP status
//! scale, the counts per status and the sentences that summarise them.

mod model;
pub use model::*;

pub mod export;
pub mod markup;
pub mod read;
pub mod status;
pub mod summary;
pub mod tally;

#[cfg(test)]
mod check;
