//! The timeline chart: initiatives and milestones on a time axis.

pub mod layout;
pub mod svg;
