//! Problems in the editor's terms: the sheet, the row number and the column
//! header they see, the value, and what to do, in Danish and English.

use serde::Serialize;

use crate::core::i18n::Lang;
use crate::core::plan::status::Status;

/// What is wrong with a cell or a row.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CellKind {
    /// Not a date the widgets can read; left out.
    NotADate,
    /// A row without a title; left out.
    MissingTitle,
    /// A status that is none of the allowed ones; shown as unknown.
    UnknownStatus,
    /// A blank row between rows; skipped.
    EmptyRow,
    /// A second row with an id; left out.
    DuplicateId { first_row: u64 },
    /// Not an http(s), mailto or tel address; left out.
    NotALink,
    /// A milestone whose initiative number is no initiative's; left out.
    UnknownInitiative,
    /// An importer's note (the OGP export's), in its own English words.
    Import { message: String, drops_row: bool },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CellProblem {
    pub sheet: String,
    /// The row number the editor's spreadsheet shows.
    pub row: u64,
    /// The column's header as the sheet has it, and its index.
    pub column: Option<String>,
    pub column_index: Option<usize>,
    pub value: String,
    #[serde(flatten)]
    pub kind: CellKind,
}

impl CellProblem {
    /// The whole row or value was left out of the feed (not only shown otherwise).
    pub fn leaves_out(&self) -> bool {
        match &self.kind {
            CellKind::UnknownStatus => false,
            CellKind::Import { drops_row, .. } => *drops_row,
            _ => true,
        }
    }

    /// "Initiativer, række 12, kolonne Slut: '31/13/2018' er ikke en dato. Skriv fx …"
    pub fn message(&self, lang: Lang) -> String {
        format!("{}: {}", self.place(lang), self.what(lang))
    }

    /// The sheet, row and column.
    pub fn place(&self, lang: Lang) -> String {
        place(lang, &self.sheet, self.row, self.column.as_deref())
    }

    /// What is wrong and what to do.
    pub fn what(&self, lang: Lang) -> String {
        let value = &self.value;
        match (&self.kind, lang) {
            (CellKind::NotADate, Lang::Da) => format!(
                "'{value}' er ikke en dato. Skriv fx '31/12/2018' eller '4. kvartal 2018'. Datoen er udeladt."
            ),
            (CellKind::NotADate, Lang::En) => format!(
                "'{value}' is not a date. Write e.g. '12/31/2018', '2018-12-31' or 'Q4 2018'. The date is left out."
            ),
            (CellKind::MissingTitle, Lang::Da) => {
                "rækken har ingen titel. Skriv en titel; indtil da er rækken udeladt.".into()
            }
            (CellKind::MissingTitle, Lang::En) => {
                "the row has no title. Write one; until then the row is left out.".into()
            }
            (CellKind::UnknownStatus, Lang::Da) => format!(
                "'{value}' er ikke en status, der kendes. Vælg en af: {}. Indtil da vises den som ukendt.",
                allowed(lang)
            ),
            (CellKind::UnknownStatus, Lang::En) => format!(
                "'{value}' is not a status the widgets know. Choose one of: {}. Until then it is shown as unknown.",
                allowed(lang)
            ),
            (CellKind::EmptyRow, Lang::Da) => "rækken er tom og springes over.".into(),
            (CellKind::EmptyRow, Lang::En) => "the row is empty and is skipped.".into(),
            (CellKind::DuplicateId { first_row }, Lang::Da) => format!(
                "nummeret '{value}' står også i række {first_row}. Giv hvert initiativ sit eget nummer; rækken er udeladt."
            ),
            (CellKind::DuplicateId { first_row }, Lang::En) => format!(
                "the number '{value}' is also in row {first_row}. Give each initiative its own number; the row is left out."
            ),
            (CellKind::NotALink, Lang::Da) => format!(
                "'{value}' er ikke en webadresse. Skriv en adresse, der begynder med https://. Linket er udeladt."
            ),
            (CellKind::NotALink, Lang::En) => format!(
                "'{value}' is not a web address. Write one that starts with https://. The link is left out."
            ),
            (CellKind::UnknownInitiative, Lang::Da) => format!(
                "intet initiativ har nummeret '{value}'. Skriv nummeret fra arket med initiativer; milepælen er udeladt."
            ),
            (CellKind::UnknownInitiative, Lang::En) => format!(
                "no initiative has the number '{value}'. Write the number from the initiatives sheet; the milestone is left out."
            ),
            (CellKind::Import { message, .. }, _) => message.clone(),
        }
    }
}

/// "Initiativer, række 12, kolonne Slut": a cell as the editor finds it.
pub fn place(lang: Lang, sheet: &str, row: u64, column: Option<&str>) -> String {
    let (row_word, column_word) = lang.pick(("række", "kolonne"), ("row", "column"));
    match column {
        Some(name) => format!("{sheet}, {row_word} {row}, {column_word} {name}"),
        None => format!("{sheet}, {row_word} {row}"),
    }
}

/// The statuses a sheet may use, in the reader's language.
pub fn allowed(lang: Lang) -> String {
    allowed_statuses().iter().map(|s| s.label(lang)).collect::<Vec<_>>().join(", ")
}

/// The template's drop-down and the problems' list, in this order.
pub fn allowed_statuses() -> [Status; 8] {
    [
        Status::NotStarted,
        Status::Ongoing,
        Status::Delayed,
        Status::Limited,
        Status::Substantial,
        Status::Completed,
        Status::Withdrawn,
        Status::Unknown,
    ]
}
