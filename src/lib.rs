//! ogw, Open Government Widgets.
//!
//! [`core`] is pure Rust (feeds, validation, statistics, chart layout, SVG,
//! translations) and builds natively. `web` is the browser layer and exists
//! only on wasm32. See ARCHITECTURE.md for the code map and the invariants.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod web;
