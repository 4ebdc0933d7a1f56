//! What every browser test needs: a host element on the page, mounting
//! through the same `mount` the loader calls, waiting, finding inside the
//! shadow root, and pressing keys.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit, ShadowRoot};

pub async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Polls until `probe` finds something, for up to 2 seconds.
pub async fn until<T>(probe: impl Fn() -> Option<T>) -> T {
    for _ in 0..100 {
        if let Some(found) = probe() {
            return found;
        }
        sleep(20).await;
    }
    panic!("timed out waiting for the widget");
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A host element on the page, `width` px wide, inside an element with `lang`.
pub fn host(lang: &str, width: u32) -> HtmlElement {
    let wrapper = document().create_element("div").unwrap();
    wrapper.set_attribute("lang", lang).unwrap();
    let element: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    element.style().set_property("width", &format!("{width}px")).unwrap();
    wrapper.append_child(&element).unwrap();
    document().body().unwrap().append_child(&wrapper).unwrap();
    element
}

/// Mount options for the JS API: which widget, and the feed as text.
pub fn options(widget: &str, feed: &str) -> JsValue {
    let options = Object::new();
    Reflect::set(&options, &"widget".into(), &widget.into()).unwrap();
    Reflect::set(&options, &"feed".into(), &feed.into()).unwrap();
    options.into()
}

pub fn shadow(element: &HtmlElement) -> ShadowRoot {
    element.shadow_root().expect("the widget renders in an open shadow root")
}

pub fn find(root: &ShadowRoot, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector).unwrap().map(|e| e.unchecked_into())
}

pub fn text(root: &ShadowRoot, selector: &str) -> Option<String> {
    find(root, selector).and_then(|e| e.text_content())
}

pub fn all(root: &ShadowRoot, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

pub fn press(element: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

pub async fn mounted(
    widget: &str,
    lang: &str,
    width: u32,
    feed: &str,
) -> (HtmlElement, ShadowRoot) {
    let element = host(lang, width);
    ogw_widgets::web::mount(element.clone(), options(widget, feed)).unwrap();
    let root = shadow(&element);
    until(|| find(&root, ".ogw-summary, .ogw-error")).await;
    (element, root)
}
