//! The status chart: one stacked bar per theme, counted by OGP status.

pub mod layout;
pub mod markup;
pub mod svg;
