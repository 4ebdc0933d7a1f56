//! Which elements hold a mounted widget. One wasm instance serves every
//! widget on the page; each entry owns its view and its resize observer,
//! and dropping the entry tears both down.

use std::any::Any;
use std::cell::RefCell;

use web_sys::HtmlElement;

/// Everything a mounted widget owns; dropped on unmount.
pub struct Mounted {
    /// Leptos' `UnmountHandle` (its type names the view, so it is boxed).
    /// Held so that dropping it unmounts the view (first, in `drop`).
    pub view: Option<Box<dyn Any>>,
    /// Run after the view is gone: stop observing sizes, restore the fallback.
    pub on_drop: Vec<Box<dyn FnOnce()>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.view.take());
        for f in self.on_drop.drain(..) {
            f();
        }
    }
}

thread_local! {
    static MOUNTED: RefCell<Vec<(HtmlElement, Mounted)>> = const { RefCell::new(Vec::new()) };
}

pub fn insert(element: HtmlElement, mounted: Mounted) {
    MOUNTED.with(|m| m.borrow_mut().push((element, mounted)));
}

pub fn unmount(element: &HtmlElement) {
    // Take the entry out first: dropping it runs Leptos' cleanup, which must
    // not find the registry borrowed.
    let taken = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        m.iter().position(|(e, _)| e == element).map(|i| m.swap_remove(i))
    });
    drop(taken);
}
