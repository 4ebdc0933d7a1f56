//! Strips comments and indentation from the widgets' style sheets, so the
//! source stays readable and the bundle does not carry it (src/web/**/*.css are
//! compiled into the wasm: style.css into every core, each widget's own
//! sheet only into that widget's). Conservative on purpose: it only removes
//! comments and folds whitespace, and never touches the space in a
//! descendant selector such as `.ogw-root :focus-visible`.

use std::{env, fs, path::Path};

fn main() {
    core_cfgs();
    println!("cargo:rerun-if-changed=src/web");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    minify_style_sheets(Path::new("src/web"), Path::new(&out_dir));
}

/// Every `.css` under `dir` (each widget's folder has its own) becomes
/// `OUT_DIR/<name>.min.css`; the names are unique across the folders.
fn minify_style_sheets(dir: &Path, out_dir: &Path) {
    for entry in fs::read_dir(dir).expect("src/web is readable") {
        let path = entry.expect("src/web is readable").path();
        if path.is_dir() {
            minify_style_sheets(&path, out_dir);
        } else if path.extension().is_some_and(|e| e == "css") {
            let css = fs::read_to_string(&path).expect("a style sheet is readable");
            let stem = path.file_stem().and_then(|s| s.to_str()).expect("a style sheet has a name");
            fs::write(out_dir.join(format!("{stem}.min.css")), minify(&css))
                .expect("OUT_DIR is writable");
        }
    }
}

/// Which parts of the core a build carries. A browser core is built for one
/// widget (a Cargo feature each) and compiles only the core it needs, so its
/// bundle does not pay for another widget's texts and types: `with_dates`
/// (date phrases, the timeline), `with_daycare` (the daycare dashboard),
/// `with_import` (the importers and the studio's sheet reading: native and
/// the studio's core only). Native builds (the CLI, the tests) carry everything.
fn core_cfgs() {
    println!("cargo::rustc-check-cfg=cfg(with_dates)");
    println!("cargo::rustc-check-cfg=cfg(with_daycare)");
    println!("cargo::rustc-check-cfg=cfg(with_import)");
    println!("cargo::rustc-check-cfg=cfg(with_widgets)");
    let native = env::var("CARGO_CFG_TARGET_ARCH").map_or(true, |arch| arch != "wasm32");
    // The studio (docs/studio.md) reads sheets with every importer and draws
    // every chart, in its own core; widget cores never set it.
    let studio = env::var_os("CARGO_FEATURE_STUDIO").is_some();
    if native || studio || env::var_os("CARGO_FEATURE_TIMELINE").is_some() {
        println!("cargo::rustc-cfg=with_dates");
    }
    if native || studio || env::var_os("CARGO_FEATURE_DAYCARE").is_some() {
        println!("cargo::rustc-cfg=with_daycare");
    }
    if native || studio {
        println!("cargo::rustc-cfg=with_import");
    }
    // A core with at least one widget has the loader's `mount`/`unmount`;
    // the studio's core alone has only its page.
    if ["STATUS", "TIMELINE", "DAYCARE"]
        .iter()
        .any(|w| env::var_os(format!("CARGO_FEATURE_{w}")).is_some())
    {
        println!("cargo::rustc-cfg=with_widgets");
    }
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
    // ": " only ever separates a property from its value here; a selector's
    // pseudo-class has no space after its colon (".ogw-root :focus-visible").
    for (from, to) in [
        ("{ ", "{"),
        (" {", "{"),
        ("; ", ";"),
        (" }", "}"),
        ("} ", "}"),
        (";}", "}"),
        (", ", ","),
        (": ", ":"),
    ] {
        out = out.replace(from, to);
    }
    out
}
