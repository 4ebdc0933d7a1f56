//! `<ogw-status>`: the initiatives counted by OGP status, per theme.

mod chart;
pub mod widget;
