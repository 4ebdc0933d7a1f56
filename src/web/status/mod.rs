//! `<ogw-status>`: the initiatives counted by OGP status, per theme.

pub mod widget;
