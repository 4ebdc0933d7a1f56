//! What was off in a feed that could still be drawn, for the page's
//! developer: in the console, not as alarms on the page. Plain web-sys, so
//! the status widget, which has no Leptos, logs the same way.

use wasm_bindgen::prelude::*;

use crate::core::problem::Problem;

/// At most `MAX_LOGGED` lines, then how many more: a feed can hold
/// thousands of problems, and each line costs the console.
/// Written after the widget's first frame is painted: a console with
/// developer tools attached took 8-14 ms for the seed plan's 15 lines,
/// inside the mount, before the reader saw anything.
pub fn log_problems(name: &'static str, problems: &[Problem]) {
    const MAX_LOGGED: usize = 100;
    if problems.is_empty() {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let logged = problems.iter().take(MAX_LOGGED).cloned().collect::<Vec<_>>();
    let more = problems.len().saturating_sub(MAX_LOGGED);
    // In the task after the next frame: the frame, then the console.
    let write = Closure::once_into_js(move || {
        for problem in &logged {
            web_sys::console::warn_1(&format!("{name}: {problem}").into());
        }
        if more > 0 {
            web_sys::console::warn_1(&format!("{name}: … and {more} more problems").into());
        }
    });
    let after_frame = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(write.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(after_frame.unchecked_ref());
}
