//! Strips comments and indentation from the widgets' style sheet, so the
//! source stays readable and the bundle does not carry it (src/web/style.css
//! is compiled into the wasm). Conservative on purpose: it only removes
//! comments and folds whitespace, and never touches the space in a
//! descendant selector such as `.ogw-root :focus-visible`.

use std::{env, fs, path::Path};

fn main() {
    let source = "src/web/style.css";
    println!("cargo:rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("src/web/style.css is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("style.min.css");
    fs::write(out, minify(&css)).expect("OUT_DIR is writable");
}

fn minify(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    without_comments.push_str(rest);
    let folded = without_comments.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = folded;
    for (from, to) in [("{ ", "{"), (" {", "{"), ("; ", ";"), (" }", "}"), ("} ", "}"), (";}", "}"), (", ", ",")] {
        out = out.replace(from, to);
    }
    out
}
