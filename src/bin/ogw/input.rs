//! Reading the file a command was given, or standard input for `-`.

use std::io::Read;

pub fn read_input(file: &str) -> Result<String, String> {
    let text = if file == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map(|_| s)
    } else {
        std::fs::read_to_string(file)
    };
    text.map_err(|e| format!("cannot read {}: {e}", display_name(file)))
}

/// The file's bytes, for importers that check the text encoding themselves
/// and say on which line it breaks.
pub fn read_input_bytes(file: &str) -> Result<Vec<u8>, String> {
    let bytes = if file == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
    } else {
        std::fs::read(file)
    };
    bytes.map_err(|e| format!("cannot read {}: {e}", display_name(file)))
}

/// How the file is named in messages: standard input has no name of its own.
pub fn display_name(file: &str) -> &str {
    if file == "-" {
        "<stdin>"
    } else {
        file
    }
}

/// Writes `text` to `out`, or to standard output when there is none.
pub fn write_output(out: Option<&str>, text: &str) -> Result<(), String> {
    match out {
        Some(path) if path != "-" => {
            std::fs::write(path, text).map_err(|e| format!("cannot write {path}: {e}"))
        }
        _ => {
            use std::io::Write;
            // A closed pipe (`| head`) is not worth an error.
            let _ = std::io::stdout().write_all(text.as_bytes());
            Ok(())
        }
    }
}
