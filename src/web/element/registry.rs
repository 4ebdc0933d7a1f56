//! Which elements hold a mounted widget. One wasm instance serves every
//! widget on the page; each entry owns its view and its resize observer,
//! and dropping the entry tears both down.

use std::cell::RefCell;

use web_sys::HtmlElement;

use crate::web::component::mount::Mounted;

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
