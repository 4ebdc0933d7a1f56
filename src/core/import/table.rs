//! A CSV file as a table of text cells: the part every CSV importer shares.
//!
//! Reading never panics and never gives up on one odd row: rows with the
//! wrong number of cells are kept, with their line, for the importer to
//! report. Only what leaves no table at all is an error: text that is not
//! UTF-8, a file without a header, broken quoting the CSV reader rejects.

use std::fmt;

use serde::Serialize;

/// The file could not be read as a table; nothing was imported.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImportError {
    /// No header row: the file is empty or blank.
    Empty,
    /// A header but not a single row under it.
    NoRows,
    /// Bytes that are not UTF-8, in the record that starts on `line`.
    NotUtf8 { line: u64 },
    /// The CSV reader refused the file.
    Csv { line: Option<u64>, message: String },
    /// Columns the importer needs are not in the header.
    MissingColumns { missing: Vec<String>, hint: Option<String> },
    /// No row belongs to the group asked for (an action plan, say); `known`
    /// are the groups there are, in the file's order.
    UnknownGroup { column: String, asked: String, known: Vec<String> },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => {
                write!(f, "the file is empty; expected a header row and one row per item")
            }
            ImportError::NoRows => write!(f, "the file has a header but no rows"),
            ImportError::NotUtf8 { line } => {
                write!(f, "line {line}: the text is not UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel) and try again")
            }
            ImportError::Csv { line: Some(line), message } => {
                write!(f, "line {line}: not valid CSV: {message}")
            }
            ImportError::Csv { line: None, message } => write!(f, "not valid CSV: {message}"),
            ImportError::MissingColumns { missing, hint } => {
                let names =
                    missing.iter().map(|m| format!("\"{m}\"")).collect::<Vec<_>>().join(", ");
                let s = if missing.len() == 1 { "" } else { "s" };
                write!(f, "the header has no column{s} {names}")?;
                match hint {
                    Some(hint) => write!(f, "; {hint}"),
                    None => write!(f, "; is this the right kind of file?"),
                }
            }
            ImportError::UnknownGroup { column, asked, known } => {
                write!(f, "no row has \"{asked}\" in \"{column}\"")?;
                match known.as_slice() {
                    [] => write!(f, "; that column is empty"),
                    [a, b, c, d, e, f_, rest @ ..] if !rest.is_empty() => {
                        write!(f, "; it has {a}, {b}, {c}, {d}, {e}, {f_} and {} more", rest.len())
                    }
                    all => write!(f, "; it has {}", all.join(", ")),
                }
            }
        }
    }
}

/// One row under the header, with the line it starts on (cells may hold
/// line breaks, so rows and lines differ).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

impl Table {
    /// The index of the column named `name` (header names are read trimmed).
    /// With a name twice, the first.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }

    /// Ok when every column is there, otherwise the error that names the
    /// missing ones, with a hint when the file looks separated by another
    /// character than `delimiter`.
    pub fn require(&self, names: &[&str], delimiter: u8) -> Result<(), ImportError> {
        let missing: Vec<String> =
            names.iter().filter(|n| self.column(n).is_none()).map(|n| n.to_string()).collect();
        if missing.is_empty() {
            return Ok(());
        }
        let hint = (self.headers.len() == 1)
            .then(|| {
                [b';', b',', b'\t']
                    .into_iter()
                    .filter(|d| *d != delimiter)
                    .find(|d| self.headers[0].contains(char::from(*d)))
            })
            .flatten()
            .map(|d| {
                format!(
                    "the file seems to be separated by {}, not by {}",
                    describe(d),
                    describe(delimiter)
                )
            });
        Err(ImportError::MissingColumns { missing, hint })
    }
}

fn describe(delimiter: u8) -> String {
    match delimiter {
        b'\t' => "tabs".to_string(),
        d => format!("\"{}\"", char::from(d)),
    }
}

/// Reads CSV bytes separated by `delimiter`. `progress` is told how many of
/// the bytes have been read, now and then, so a long import can show a bar.
pub fn read_table(
    bytes: &[u8],
    delimiter: u8,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Table, ImportError> {
    // Excel writes a byte order mark before "CSV UTF-8"; it is not part of the first column's name.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    let mut lines = LineCounter::new(bytes);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| lines.line_at(p.byte() as usize));
                return Err(ImportError::Csv { line, message: e.to_string() });
            }
        }
        let line = lines.line_at(record.position().map_or(0, |p| p.byte() as usize));
        let cells = record
            .iter()
            .map(|cell| {
                std::str::from_utf8(cell)
                    .map(str::to_string)
                    .map_err(|_| ImportError::NotUtf8 { line })
            })
            .collect::<Result<Vec<String>, _>>()?;
        match headers {
            None => headers = Some(cells.iter().map(|h| h.trim().to_string()).collect()),
            Some(_) => rows.push(Row { line, cells }),
        }
        if rows.len() % 64 == 0 {
            progress(reader.position().byte() as usize, bytes.len());
        }
    }
    progress(bytes.len(), bytes.len());
    let headers =
        headers.filter(|h| h.iter().any(|name| !name.is_empty())).ok_or(ImportError::Empty)?;
    if rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    Ok(Table { headers, rows })
}

/// The line a row starts on, from its byte offset. The CSV reader's own
/// line numbers are one short after CRLF line ends (it counts the "\n" of
/// the previous row's end as part of the next row), so they are counted here.
struct LineCounter<'b> {
    bytes: &'b [u8],
    counted_to: usize,
    line: u64,
}

impl<'b> LineCounter<'b> {
    fn new(bytes: &'b [u8]) -> Self {
        LineCounter { bytes, counted_to: 0, line: 1 }
    }

    /// Offsets must not go backwards (rows are read in order).
    fn line_at(&mut self, offset: usize) -> u64 {
        let mut start = offset.min(self.bytes.len());
        // A row starts after the line breaks that end the one before it.
        while start < self.bytes.len() && matches!(self.bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        let from = self.counted_to.min(start);
        for (i, &b) in self.bytes[from..start].iter().enumerate() {
            // "\n", "\r\n" and a lone "\r" (old Macs) each end one line.
            let next = self.bytes.get(from + i + 1);
            if b == b'\n' || (b == b'\r' && next != Some(&b'\n')) {
                self.line += 1;
            }
        }
        self.counted_to = self.counted_to.max(start);
        self.line
    }
}

#[cfg(test)]
mod tests {
    use expect_test::{expect, Expect};

    use super::*;

    fn check(csv: &[u8], expect: Expect) {
        let shown = match read_table(csv, b',', &mut |_, _| {}) {
            Ok(table) => {
                let mut out = format!("headers {:?}\n", table.headers);
                for row in table.rows {
                    out += &format!("line {}: {:?}\n", row.line, row.cells);
                }
                out
            }
            Err(e) => format!("error: {e}\n"),
        };
        expect.assert_eq(&shown);
    }

    #[test]
    fn keeps_quoted_line_breaks_and_reports_the_line_each_row_starts_on() {
        check(
            "\u{feff}id, title\n1,\"two\nlines, and \"\"quotes\"\"\"\n2,Ελληνικά και русский\n"
                .as_bytes(),
            expect![[r#"
                headers ["id", "title"]
                line 2: ["1", "two\nlines, and \"quotes\""]
                line 4: ["2", "Ελληνικά και русский"]
            "#]],
        );
    }

    #[test]
    fn counts_lines_with_crlf_and_line_breaks_inside_cells() {
        check(
            b"a,b\r\n1,\"x\r\ny\"\r\n\r\n2,\"p\n\nq\"\r\n3,z\r\n",
            expect![[r#"
                headers ["a", "b"]
                line 2: ["1", "x\r\ny"]
                line 5: ["2", "p\n\nq"]
                line 8: ["3", "z"]
            "#]],
        );
    }

    #[test]
    fn keeps_ragged_rows_for_the_importer_to_report() {
        check(
            b"a,b,c\n1,2\n1,2,3,4\r\n",
            expect![[r#"
                headers ["a", "b", "c"]
                line 2: ["1", "2"]
                line 3: ["1", "2", "3", "4"]
            "#]],
        );
    }

    #[test]
    fn says_what_is_wrong_with_files_that_are_not_tables() {
        check(
            b"",
            expect![[r#"
            error: the file is empty; expected a header row and one row per item
        "#]],
        );
        check(
            b"\n\n",
            expect![[r#"
            error: the file is empty; expected a header row and one row per item
        "#]],
        );
        check(
            b"a,b\n",
            expect![[r#"
            error: the file has a header but no rows
        "#]],
        );
        check(
            b"a,b\n1,\"caf\xe9\"\n",
            expect![[r#"
            error: line 2: the text is not UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel) and try again
        "#]],
        );
        // An unclosed quote swallows the rest of the file into one cell: still a table, not a panic.
        check(
            b"a,b\n1,\"open\n2,3\n",
            expect![[r#"
            headers ["a", "b"]
            line 2: ["1", "open\n2,3\n"]
        "#]],
        );
    }

    #[test]
    fn names_missing_columns_and_spots_another_separator() {
        let table = read_table(b"id;title\n1;x\n", b',', &mut |_, _| {}).unwrap();
        expect![[r#"the header has no columns "id", "title"; the file seems to be separated by ";", not by ",""#]]
            .assert_eq(&table.require(&["id", "title"], b',').unwrap_err().to_string());
        let table = read_table(b"id,name\n1,x\n", b',', &mut |_, _| {}).unwrap();
        expect![[r#"the header has no column "title"; is this the right kind of file?"#]]
            .assert_eq(&table.require(&["id", "title"], b',').unwrap_err().to_string());
        assert_eq!(table.require(&["id"], b','), Ok(()));
    }
}
