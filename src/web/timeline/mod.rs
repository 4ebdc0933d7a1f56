//! `<ogw-timeline>`: initiatives and milestones on a time axis.

mod chart;
mod details;
mod list;
pub mod widget;
