//! `<ogw-timeline>`: initiatives and milestones on a time axis.

pub mod widget;
