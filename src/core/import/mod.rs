//! Importers: data as agencies publish it (CSV exports) turned into feeds.
//!
//! Native only (gated in `core/mod.rs`): the browser never imports, so
//! neither the `csv` crate, the random numbers of the synthetic feed nor
//! these texts reach the bundle. Pure like the rest of the core: bytes in,
//! feeds and a report out; the CLI reads and writes the files.
//!
//! `table`, `tidy` and `report` are shared by the CSV importers; each
//! source has its own module with its column mapping.

pub mod dk_daycare;
pub mod dk_places;
pub mod ogp;
pub mod report;
pub mod synthetic_daycare;
pub mod table;
pub mod tidy;
