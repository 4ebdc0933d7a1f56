//! `<ogw-status>`: the initiatives counted by OGP status, per theme.

mod chart;
mod table;
pub mod widget;
