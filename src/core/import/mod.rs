//! Importers: data as agencies publish it (CSV exports) turned into feeds.
//!
//! Native and the studio's core only (`with_import`, gated in `core/mod.rs`):
//! widget cores never import, so neither the `csv` crate, the random
//! numbers of the synthetic feed (native only) nor these texts reach them. Pure like the rest of the core: bytes in,
//! feeds and a report out; the CLI reads and writes the files.
//!
//! `table`, `tidy` and `report` are shared by the CSV importers; each
//! source has its own module with its column mapping.

pub mod dk_daycare;
// The synthetic feed's random numbers and places stay with the CLI.
#[cfg(not(target_arch = "wasm32"))]
pub mod dk_places;
pub mod ogp;
pub mod report;
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic_daycare;
pub mod table;
pub mod text;
pub mod tidy;

/// A feed as the importers write it: indented JSON and a final line break.
/// The CLI and the studio both write feeds with this, so the same file
/// gives the same bytes (issue 12).
pub fn feed_json(feed: &impl serde::Serialize) -> String {
    // A feed's types hold only strings, numbers and lists: serializing cannot fail.
    serde_json::to_string_pretty(feed).unwrap_or_default() + "\n"
}
