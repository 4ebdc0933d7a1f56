//! The text of a CSV file as spreadsheets save it: UTF-8 with or without a
//! byte order mark ("CSV UTF-8" in Excel), or Windows-1252, which Danish
//! Excel writes for plain "CSV (semikolonsepareret)". Shared by the CLI and
//! the studio, so a file reads the same in both.

use std::borrow::Cow;

/// The encoding a file was read in, for the studio to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
}

/// The file's text without a byte order mark. Bytes that are valid UTF-8
/// are read as UTF-8 (a Windows-1252 file with a letter outside ASCII is
/// almost never valid UTF-8); anything else as Windows-1252, which maps
/// every byte to a character, so decoding never fails.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, Encoding) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), Encoding::Utf8),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text, Encoding::Windows1252)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_and_without_a_byte_order_mark_and_windows_1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFk\xC3\xb8benhavn"), ("københavn".into(), Encoding::Utf8));
        assert_eq!(decode("Ærø;1,5".as_bytes()).0, "Ærø;1,5");
        // "Ærø;1,5" as Danish Excel saves it.
        assert_eq!(decode(b"\xC6r\xF8;1,5"), ("Ærø;1,5".into(), Encoding::Windows1252));
        // The euro sign is 0x80 in Windows-1252, not a control character as in Latin-1.
        assert_eq!(decode(b"\x80 100").0, "€ 100");
    }
}
