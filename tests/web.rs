//! The widgets in a real browser (headless Chromium via wasm-bindgen-test):
//! their DOM, keyboard, tables and bad feeds, one module per widget. The
//! embed from another origin and axe-core are in tests/e2e.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "web/support.rs"]
mod support;

#[path = "web/component.rs"]
mod component;
#[path = "web/daycare.rs"]
mod daycare;
#[path = "web/status.rs"]
mod status;
#[path = "web/timeline.rs"]
mod timeline;
