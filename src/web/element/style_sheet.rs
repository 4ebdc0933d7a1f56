//! Our CSS as constructed style sheets (`adoptedStyleSheets`), not `<style>`
//! elements: a page whose Content-Security-Policy says `style-src 'self'`
//! refuses `<style>` inside a shadow root, but not a sheet built through the
//! CSSOM. One sheet per text, shared by every widget of this core on the
//! page, so the browser parses each once.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::CssStyleSheet;

thread_local! {
    static SHEETS: RefCell<Vec<(&'static str, CssStyleSheet)>> = const { RefCell::new(Vec::new()) };
}

/// The sheet holding `css`, made the first time it is asked for.
pub fn shared(css: &'static str) -> Result<CssStyleSheet, JsValue> {
    SHEETS.with(|sheets| {
        let mut sheets = sheets.borrow_mut();
        // Pointer equality: each text is one of a few `include_str!`s.
        if let Some((_, sheet)) = sheets.iter().find(|(text, _)| std::ptr::eq(*text, css)) {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(css)?;
        sheets.push((css, sheet.clone()));
        Ok(sheet)
    })
}
