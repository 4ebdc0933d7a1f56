//! What an import did with every row and column of the file: what went
//! where, and what was left out or changed and why. Shared by the CSV
//! importers; serialised as the `--report` JSON and summarised on stderr.

use std::collections::BTreeMap;

use serde::Serialize;

/// Why something from the file is not in a feed exactly as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    // A row left out.
    EmptyRow,
    RaggedRow {
        cells: usize,
        expected: usize,
    },
    MissingId,
    MissingTitle,
    /// No value in the column that says which plan or group the row is in.
    MissingGroup,
    DuplicateId {
        first_line: u64,
    },
    // A value left out or changed; the row is imported.
    /// A code meaning "no value" (ND, NR, NA) where text was expected.
    NoValue {
        meaning: String,
    },
    /// An Excel day number written as a date.
    ExcelDay {
        date: String,
    },
    /// A slash date either of whose numbers could be the month ("1/7/2014"),
    /// in a plan that writes its days first (`day_first`, a date that can
    /// only be read day first) and never its months first: written as the
    /// `date` it is day first.
    DayFirst {
        date: String,
        day_first: Seen,
    },
    /// A slash date either of whose numbers could be the month, in a plan
    /// that writes both orders: kept as written (read in the feed's
    /// language, month first in English).
    AmbiguousDate {
        day_first: Seen,
        month_first: Seen,
    },
    NotALink,
    /// Neither assessment gave a status: unknown, with the code as its label.
    NotAssessed,
    /// Text that is not a status: kept as the label, counted as unknown.
    UnknownStatus,
    /// The title was blank; the other title column was used.
    OtherTitle,
}

impl Reason {
    /// The reason's name in counts, as in the JSON (`"no_value"`).
    pub fn id(&self) -> &'static str {
        match self {
            Reason::EmptyRow => "empty_row",
            Reason::RaggedRow { .. } => "ragged_row",
            Reason::MissingId => "missing_id",
            Reason::MissingTitle => "missing_title",
            Reason::MissingGroup => "missing_group",
            Reason::DuplicateId { .. } => "duplicate_id",
            Reason::NoValue { .. } => "no_value",
            Reason::ExcelDay { .. } => "excel_day",
            Reason::DayFirst { .. } => "day_first",
            Reason::AmbiguousDate { .. } => "ambiguous_date",
            Reason::NotALink => "not_a_link",
            Reason::NotAssessed => "not_assessed",
            Reason::UnknownStatus => "unknown_status",
            Reason::OtherTitle => "other_title",
        }
    }

    /// Whether the whole row is left out, rather than one value.
    pub fn drops_row(&self) -> bool {
        matches!(
            self,
            Reason::EmptyRow
                | Reason::RaggedRow { .. }
                | Reason::MissingId
                | Reason::MissingTitle
                | Reason::MissingGroup
                | Reason::DuplicateId { .. }
        )
    }

    /// What notes of this kind are, for a summary that counts them.
    pub fn summary(&self) -> &'static str {
        match self {
            Reason::EmptyRow => "empty rows left out",
            Reason::RaggedRow { .. } => "rows left out: wrong number of cells",
            Reason::MissingId => "rows left out: no id",
            Reason::MissingTitle => "rows left out: no title",
            Reason::MissingGroup => "rows left out: no country or locality",
            Reason::DuplicateId { .. } => "rows left out: id already used",
            Reason::NoValue { .. } => "ND, NR or NA (no value) left out",
            Reason::ExcelDay { .. } => "Excel day numbers written as dates",
            Reason::DayFirst { .. } => "slash dates of day-first plans written as YYYY-MM-DD",
            Reason::AmbiguousDate { .. } => {
                "slash dates kept as written, though ambiguous: their plan writes both orders"
            }
            Reason::NotALink => "addresses left out: not http(s)",
            Reason::NotAssessed => "statuses unknown: assessed in neither report (code kept)",
            Reason::UnknownStatus => "statuses not on the scale: kept as text, counted unknown",
            Reason::OtherTitle => "blank titles: the other title column used",
        }
    }

    pub fn message(&self) -> String {
        match self {
            Reason::EmptyRow => "row left out: it is empty".into(),
            Reason::RaggedRow { cells, expected } => format!(
                "row left out: it has {cells} cells, the header has {expected}; check its quotes and separators"
            ),
            Reason::MissingId => "row left out: no id".into(),
            Reason::MissingTitle => "row left out: no title".into(),
            Reason::MissingGroup => "row left out: no country or locality".into(),
            Reason::DuplicateId { first_line } => format!("row left out: its id is already used on line {first_line}"),
            Reason::NoValue { meaning } => format!("left out: means {meaning}"),
            Reason::ExcelDay { date } => format!("an Excel day number, written as {date}"),
            Reason::DayFirst { date, day_first } => format!(
                "day and month could be either way round; the plan writes the day first ({day_first}) and never the month first, so it is written as {date}"
            ),
            Reason::AmbiguousDate { day_first, month_first } => format!(
                "day and month could be either way round, and the plan writes both orders (day first: {day_first}; month first: {month_first}): kept as written, read month first"
            ),
            Reason::NotALink => "left out: not an http(s) address".into(),
            Reason::NotAssessed => "status unknown: not assessed in either report; the code is kept as its label".into(),
            Reason::UnknownStatus => "not a status on the scale: kept as text, counted as unknown".into(),
            Reason::OtherTitle => "title was blank: the other title column is used".into(),
        }
    }
}

/// A cell that shows how a plan writes its dates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Seen {
    pub line: u64,
    pub column: String,
    pub value: String,
}

impl std::fmt::Display for Seen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} on line {}", self.value, self.line)
    }
}

/// One row's note: where, what, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Note {
    /// The line the row starts on in the file (1 is the header).
    pub line: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(flatten)]
    pub reason: Reason,
    pub message: String,
}

/// A column of the file: the feed field it fills, or why it fills none.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ColumnUse {
    pub column: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dropped: Option<String>,
    /// Cells with a value in them (not blank and not a no-value code).
    pub values: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ImportReport {
    /// Rows under the header.
    pub rows: usize,
    pub imported: usize,
    pub dropped: usize,
    /// Rows of other plans than the one asked for (`--plan`): not read.
    #[serde(skip_serializing_if = "is_zero")]
    pub other_plans: usize,
    pub feeds: usize,
    /// How many notes there are of each reason.
    pub reasons: BTreeMap<String, usize>,
    pub dropped_rows: Vec<Note>,
    pub notes: Vec<Note>,
    pub columns: Vec<ColumnUse>,
    /// Columns the importer knows that the file does not have.
    pub missing_columns: Vec<String>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl ImportReport {
    /// Files a note under rows dropped or values changed, and counts it.
    pub fn note(
        &mut self,
        line: u64,
        id: Option<&str>,
        column: Option<&str>,
        value: Option<&str>,
        reason: Reason,
    ) {
        *self.reasons.entry(reason.id().to_string()).or_default() += 1;
        let note = Note {
            line,
            id: id.map(str::to_string),
            column: column.map(str::to_string),
            value: value.map(str::to_string),
            message: reason.message(),
            reason,
        };
        if note.reason.drops_row() {
            self.dropped += 1;
            self.dropped_rows.push(note);
        } else {
            self.notes.push(note);
        }
    }
}
