//! Sheets as editors have them, read into one shape: a name, a header row
//! and rows of text cells, each with the row number the editor sees in
//! their spreadsheet (so a problem can say "række 12").
//!
//! CSV (comma, semicolon or tab; UTF-8 or Windows-1252, `import::text`),
//! cells pasted from a spreadsheet (tab-separated), and `.xlsx`/`.ods`/`.xls`
//! workbooks through `calamine`. The CSV goes through the importers' own
//! reader (`import::table`), so quoting and line numbers are read once.

use std::io::Cursor;

use calamine::{Data, Reader};

use crate::core::i18n::Lang;
use crate::core::import::table::{read_table, ImportError};
use crate::core::import::text::{decode, Encoding};
use crate::core::import::tidy::excel_day_iso;

#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The workbook's sheet name, or the file's name for a CSV.
    pub name: String,
    /// Trimmed, as in the importers.
    pub headers: Vec<String>,
    pub rows: Vec<SheetRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SheetRow {
    /// The row number the spreadsheet shows (the header is usually 1); for a
    /// CSV, the line the row starts on.
    pub number: u64,
    pub cells: Vec<String>,
}

impl SheetRow {
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", |c| c.trim())
    }

    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// How a text file was read, for the studio to say ("semikolon, Windows-1252").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextForm {
    pub delimiter: u8,
    pub encoding: Encoding,
}

/// Why there is no sheet to read.
#[derive(Clone, Debug, PartialEq)]
pub enum SheetError {
    /// The importers' table error (empty, no rows, broken quoting).
    Table(ImportError),
    /// The workbook could not be opened; calamine's own words.
    Workbook(String),
    /// A workbook with no sheet that has a header and a row.
    NoSheets,
}

impl SheetError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (SheetError::Table(ImportError::Empty), Lang::Da) => {
                "Filen er tom. Der skal være en række med overskrifter og en række pr. punkt."
                    .into()
            }
            (SheetError::Table(ImportError::NoRows), Lang::Da) => {
                "Filen har overskrifter, men ingen rækker under dem.".into()
            }
            (SheetError::Table(e), Lang::Da) => format!("Filen kan ikke læses som en tabel ({e})."),
            (SheetError::Table(e), Lang::En) => format!("The file cannot be read as a table: {e}."),
            (SheetError::Workbook(e), Lang::Da) => {
                format!("Regnearket kan ikke åbnes ({e}). Gem det som .xlsx, .ods eller CSV.")
            }
            (SheetError::Workbook(e), Lang::En) => {
                format!("The workbook cannot be opened ({e}). Save it as .xlsx, .ods or CSV.")
            }
            (SheetError::NoSheets, Lang::Da) => {
                "Ingen ark i regnearket har overskrifter og rækker.".into()
            }
            (SheetError::NoSheets, Lang::En) => {
                "No sheet of the workbook has a header row and rows under it.".into()
            }
        }
    }
}

/// A sheet as CSV text separated by `delimiter`, for the importers that read
/// CSV (a workbook's sheet of the daycare figures). Cells with the
/// separator, quotes or line breaks are quoted.
pub fn as_csv(sheet: &Sheet, delimiter: char) -> String {
    let line = |cells: &[String]| {
        cells
            .iter()
            .map(|c| {
                if c.contains([delimiter, '"', '\n', '\r']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(&delimiter.to_string())
    };
    let mut text = line(&sheet.headers);
    for row in &sheet.rows {
        text.push('\n');
        text += &line(&row.cells);
    }
    text.push('\n');
    text
}

/// A zip (xlsx, ods) or an OLE compound file (xls): a workbook, not text.
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0")
}

/// The separator of a text table, from its first line: tabs (pasted cells)
/// first, then whichever of semicolon and comma it has more of. The header
/// line decides because it has no decimal commas.
pub fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |c: char| first.matches(c).count();
    if count('\t') > 0 {
        b'\t'
    } else if count(';') > count(',') {
        b';'
    } else {
        b','
    }
}

/// A CSV file or pasted cells, as one sheet named `name`.
pub fn read_text(bytes: &[u8], name: &str) -> Result<(Sheet, TextForm), SheetError> {
    let (text, encoding) = decode(bytes);
    let delimiter = sniff_delimiter(&text);
    let table =
        read_table(text.as_bytes(), delimiter, &mut |_, _| {}).map_err(SheetError::Table)?;
    let rows =
        table.rows.into_iter().map(|row| SheetRow { number: row.line, cells: row.cells }).collect();
    Ok((
        Sheet { name: name.to_string(), headers: table.headers, rows },
        TextForm { delimiter, encoding },
    ))
}

/// Every sheet of a workbook that has a header row (its first non-blank
/// row) and a row under it, in the workbook's order.
pub fn read_workbook(bytes: &[u8]) -> Result<Vec<Sheet>, SheetError> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| SheetError::Workbook(e.to_string()))?;
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let Ok(range) = book.worksheet_range(&name) else { continue };
        let first_row = range.start().map_or(0, |(row, _)| row as u64);
        let first_column = range.start().map_or(0, |(_, column)| column as usize);
        let mut rows = range.rows().enumerate().map(|(i, cells)| SheetRow {
            number: first_row + i as u64 + 1,
            // Cells left of the used range are blank: keep the columns where the editor sees them.
            cells: std::iter::repeat_n(String::new(), first_column)
                .chain(cells.iter().map(cell_text))
                .collect(),
        });
        let Some(header) = rows.by_ref().find(|row| !row.is_blank()) else { continue };
        let mut headers: Vec<String> = header.cells.iter().map(|h| h.trim().to_string()).collect();
        while headers.last().is_some_and(|h| h.is_empty()) {
            headers.pop();
        }
        let mut rows: Vec<SheetRow> = rows.collect();
        while rows.last().is_some_and(SheetRow::is_blank) {
            rows.pop();
        }
        if !rows.is_empty() {
            sheets.push(Sheet { name, headers, rows });
        }
    }
    if sheets.is_empty() {
        return Err(SheetError::NoSheets);
    }
    Ok(sheets)
}

/// A cell as text the way an editor reads it: dates as YYYY-MM-DD, whole
/// numbers without ".0", errors ("#REF!") as blank.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(x) => number_text(*x),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(date) if date.is_datetime() => {
            excel_day_iso(date.as_f64()).unwrap_or_else(|| number_text(date.as_f64()))
        }
        Data::DateTime(date) => number_text(date.as_f64()),
    }
}

fn number_text(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_separator_in_the_header_line() {
        assert_eq!(sniff_delimiter("Titel\tStart\nA\t2018"), b'\t');
        assert_eq!(sniff_delimiter("kommune;andel\nAarhus;47,2\n"), b';');
        assert_eq!(sniff_delimiter("\nid,title\n1,\"a; b\""), b',');
    }

    #[test]
    fn reads_a_windows_1252_semicolon_file_with_its_line_numbers() {
        let (sheet, form) = read_text(b"Titel;Ansvarlig\n\xC6ndring;K\xF8ge\n\nTo;\n", "plan.csv")
            .expect("a table");
        assert_eq!(form, TextForm { delimiter: b';', encoding: Encoding::Windows1252 });
        assert_eq!(sheet.headers, ["Titel", "Ansvarlig"]);
        assert_eq!(
            sheet.rows[0],
            SheetRow { number: 2, cells: vec!["Ændring".into(), "Køge".into()] }
        );
        assert_eq!(sheet.rows[1].number, 4);
    }

    #[test]
    fn says_what_is_wrong_in_both_languages() {
        let error = read_text(b"", "x.csv").unwrap_err();
        assert!(error.message(Lang::Da).starts_with("Filen er tom"));
        let error = read_workbook(b"PK\x03\x04 not really").unwrap_err();
        assert!(error.message(Lang::En).starts_with("The workbook cannot be opened"), "{error:?}");
    }
}
