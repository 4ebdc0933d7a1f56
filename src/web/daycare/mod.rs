//! `<ogw-daycare>`, the daycare dashboard: `widget.rs` holds its state and
//! lays out the parts.

pub mod compare;
pub mod ctx;
pub mod details;
pub mod filters;
pub mod fragment;
pub mod table;
pub mod trend;
pub mod widget;
