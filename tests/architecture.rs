//! The architecture's rules about where code goes, checked on the source
//! (ARCHITECTURE.md, Invariants): `src/web/` picks no language and builds no
//! sentence, and `src/core/` knows no browser. A failure names the file and
//! line and says where the code belongs instead.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file below `dir`, sorted, so failures come in a stable order.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for entry in fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// A Rust file split into its code, with comments and every string and char
/// literal blanked to spaces (so a rule about code never matches inside a
/// text; lines and byte offsets stay those of the file), and its string
/// literals with the byte where each starts.
struct Source {
    code: String,
    literals: Vec<(usize, String)>,
}

fn scan(text: &str) -> Source {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|c| c.1);
    let byte = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut blanked: Vec<(usize, usize)> = Vec::new();
    let mut literals = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let start = i;
        if c == '/' && at(i + 1) == Some('/') {
            while i < chars.len() && chars[i].1 != '\n' {
                i += 1;
            }
            blanked.push((byte(start), byte(i)));
        } else if c == '/' && at(i + 1) == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i].1 == '*' && at(i + 1) == Some('/')) {
                i += 1;
            }
            i += 2;
            blanked.push((byte(start), byte(i)));
        } else if c == '"'
            || (c == 'r' && matches!(at(i + 1), Some('"' | '#')) && is_raw(&chars, i))
        {
            // A string: "…" with escapes, or r"…" / r#"…"# without.
            let raw = c == 'r';
            let mut hashes = 0;
            i += 1;
            if raw {
                while at(i) == Some('#') {
                    hashes += 1;
                    i += 1;
                }
                i += 1; // the opening quote
            }
            let mut content = String::new();
            while let Some(d) = at(i) {
                if !raw && d == '\\' {
                    content.push(d);
                    content.extend(at(i + 1));
                    i += 2;
                    continue;
                }
                if d == '"' && (0..hashes).all(|k| at(i + 1 + k) == Some('#')) {
                    i += 1 + hashes;
                    break;
                }
                content.push(d);
                i += 1;
            }
            blanked.push((byte(start), byte(i)));
            literals.push((byte(start), content));
        } else if c == '\'' && (at(i + 1) == Some('\\') || at(i + 2) == Some('\'')) {
            // A char literal ('x', '\n', '\u{a0}'); otherwise a lifetime.
            i += 1;
            if at(i) == Some('\\') {
                i += 2;
            }
            while at(i).is_some_and(|d| d != '\'') {
                i += 1;
            }
            i += 1;
            blanked.push((byte(start), byte(i)));
        } else {
            i += 1;
        }
    }
    let mut code = text.as_bytes().to_vec();
    for (from, to) in blanked {
        for b in &mut code[from..to.min(text.len())] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }
    Source { code: String::from_utf8(code).expect("whole characters blanked"), literals }
}

/// `r` starts a raw string (`r"`, `r#"`), not an identifier ending in r.
fn is_raw(chars: &[(usize, char)], i: usize) -> bool {
    let before = i.checked_sub(1).map(|b| chars[b].1);
    !before.is_some_and(|b| b.is_alphanumeric() || b == '_')
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// The words a person would read in a format string: tokens of letters
/// alone, standing apart from every `{…}` placeholder ("{units} i {areas}."
/// has "i"; "{value}px", "g{group}" and "ogw-{kind}" have none).
fn words_in_format(literal: &str) -> Vec<String> {
    let mut text = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    text.push('\u{0}');
                }
            }
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace()
        .map(|t| t.trim_matches(|c: char| ".,;:!?()…".contains(c)))
        .filter(|t| !t.is_empty() && t.chars().all(char::is_alphabetic))
        .map(str::to_string)
        .collect()
}

/// Whether the code just before a literal opens a macro that builds text.
fn opens_text_macro(code_before: &str) -> Option<&'static str> {
    let before = code_before.trim_end();
    ["format!(", "concat!(", "format_args!(", "write!(", "writeln!("]
        .into_iter()
        .find(|m| before.ends_with(m) || (*m == "concat!(" && inside_concat(before)))
}

/// A later argument of `concat!(…, "…")`: the nearest open macro is concat!.
fn inside_concat(before: &str) -> bool {
    let Some(open) = before.rfind("concat!(") else { return false };
    let tail = &before[open + "concat!(".len()..];
    before.ends_with(',') && tail.matches('(').count() == tail.matches(')').count()
}

/// Problems in one browser-layer file: language picked, sentences built.
fn web_problems(file: &str, text: &str) -> Vec<String> {
    let src = scan(text);
    let mut out = Vec::new();
    let picks = [
        ("Lang::Da", "matches on a language"),
        ("Lang::En", "matches on a language"),
        ("lang ==", "compares the language"),
        ("== lang", "compares the language"),
        ("match lang", "matches on a language"),
        (".pick(", "picks a text per language with Lang::pick"),
    ];
    for (n, line) in src.code.lines().enumerate() {
        for (needle, what) in picks {
            if contains_token(line, needle) {
                out.push(format!(
                    "{file}:{}: {what} (`{needle}`). The browser layer decides no language: \
                     put the text in the core (an enum with `text(lang)`, or a function in \
                     core::…::words taking `lang`) and call it",
                    n + 1
                ));
            }
        }
    }
    let code_lines: Vec<&str> = src.code.lines().collect();
    for (start, literal) in &src.literals {
        let line = line_of(text, *start);
        // Messages for developers in the console are English by design.
        if code_lines.get(line - 1).is_some_and(|l| l.contains("console::")) {
            continue;
        }
        let Some(maker) = opens_text_macro(&src.code[..*start]) else { continue };
        let words = words_in_format(literal);
        if !words.is_empty() {
            out.push(format!(
                "{file}:{line}: builds a sentence with `{maker}…)` (words {words:?} in \"{literal}\"). \
                 Sentences come from the core: add a function to core::…::words (or the \
                 module the text belongs to) that returns it, tested natively, and call it"
            ));
        }
    }
    out
}

/// `needle` in `line` as whole words: "match lang" is not in "match lang_attr".
fn contains_token(line: &str, needle: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    line.match_indices(needle).any(|(i, _)| {
        let before = line[..i].chars().next_back();
        let after = line[i + needle.len()..].chars().next();
        let joined_before = needle.starts_with(ident) && before.is_some_and(ident);
        let joined_after = needle.ends_with(ident) && after.is_some_and(ident);
        !joined_before && !joined_after
    })
}

/// Names a browser-only crate in a core file.
fn core_problems(file: &str, text: &str) -> Vec<String> {
    let src = scan(text);
    let crates = ["leptos", "web_sys", "wasm_bindgen", "js_sys", "gloo"];
    let mut out = Vec::new();
    for (n, line) in src.code.lines().enumerate() {
        let idents = line.split(|c: char| !(c.is_alphanumeric() || c == '_'));
        for ident in idents {
            if crates.iter().any(|c| ident == *c || ident.starts_with("gloo_")) {
                out.push(format!(
                    "{file}:{}: `{ident}` in src/core/, which knows no browser: keep the \
                     decision here as plain Rust and move what needs the browser to src/web/",
                    n + 1
                ));
            }
        }
    }
    out
}

fn check_tree(dir: &str, rule: fn(&str, &str) -> Vec<String>) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    rust_files(&root.join(dir))
        .iter()
        .flat_map(|path| {
            let text = fs::read_to_string(path).expect("a readable source file");
            let name = path.strip_prefix(root).unwrap_or(path).display().to_string();
            rule(&name, &text)
        })
        .collect()
}

#[test]
fn the_browser_layer_picks_no_language_and_builds_no_sentence() {
    let problems = check_tree("src/web", web_problems);
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn the_core_knows_no_browser() {
    let problems = check_tree("src/core", core_problems);
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

// The rules themselves, on lines they must catch and lines they must pass.

#[test]
fn language_picking_is_found_with_its_file_and_line() {
    let text = "fn a(lang: Lang) {\n    let s = lang.pick(\"ja\", \"yes\");\n    if lang == Lang::En {}\n}\n// Lang::Da in a comment\nlet s = \"lang == in a string\";\nmatch lang_attr(x) {}\n";
    let found = web_problems("src/web/x.rs", text);
    let lines: Vec<&str> = found.iter().map(|p| p.split(": ").next().unwrap()).collect();
    assert_eq!(lines, ["src/web/x.rs:2", "src/web/x.rs:3", "src/web/x.rs:3"], "{found:#?}");
}

#[test]
fn sentences_in_format_strings_are_found_but_not_markup_or_units() {
    let text = r#"let a = format!("{units} i {areas}.");
let b = format!("{value}px");
let c = format!("[data-row=\"{}\"]", key);
let d = format!("ogw-button {class}");
let e = format!("{}: {label}", x);
let f = concat!(env!("OUT_DIR"), "/style.min.css");
let g = concat!("Skjul", " tabellen");
web_sys::console::warn_1(&format!("{name}: and {more} more").into());
let h = format!(
    "Not shown {x}"
);
let i = "two words outside a macro";
"#;
    let found = web_problems("src/web/y.rs", text);
    let lines: Vec<&str> = found.iter().map(|p| p.split(": ").next().unwrap()).collect();
    assert_eq!(
        lines,
        ["src/web/y.rs:1", "src/web/y.rs:7", "src/web/y.rs:7", "src/web/y.rs:10"],
        "{found:#?}"
    );
    assert!(found[0].contains("[\"i\"]"), "{}", found[0]);
}

#[test]
fn browser_crates_in_the_core_are_found() {
    let text = "use leptos::prelude::*;\nlet x = web_sys::window();\n// wasm_bindgen in a comment\nlet s = \"js_sys\";\nlet leptosish = 1;\n";
    let found = core_problems("src/core/z.rs", text);
    let lines: Vec<&str> = found.iter().map(|p| p.split(": ").next().unwrap()).collect();
    assert_eq!(lines, ["src/core/z.rs:1", "src/core/z.rs:2"], "{found:#?}");
}
