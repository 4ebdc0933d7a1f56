//! The parts of `<ogw-daycare>`; `daycare_widget.rs` holds its state and
//! lays them out.

pub mod compare;
pub mod ctx;
pub mod details;
pub mod filters;
pub mod fragment;
pub mod table;
pub mod trend;
