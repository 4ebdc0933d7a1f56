//! OGP's commitments export (one row per commitment, one column per fact
//! or tag) turned into `ogw.plan/1` feeds: one combined feed with the
//! countries and localities as themes, or one feed per action plan.
//!
//! Every row is imported or reported with the reason it is not; every value
//! left out or changed on the way is reported with its row; every column
//! says where it went or why it has no place. `docs/cli.md` has the table.

pub mod columns;
mod completion;
mod day_first;
mod plans;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use crate::core::link::safe_href;
use crate::core::plan::{Initiative, Period};
use crate::core::text::Text;

use super::report::{ColumnUse, ImportReport, Reason};
use super::table::{read_table, ImportError, Row, Table};
use super::tidy::{excel_day, one_line, paragraphs, SlashDate};
use columns::*;
use completion::{completion, no_value, Assessment};
use day_first::SlashCell;
pub use plans::{Index, IndexEntry, NamedFeed};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GroupBy {
    /// One feed; the countries and localities are its themes.
    #[default]
    Combined,
    /// One feed per action plan; the plan's own themes.
    Plan,
}

#[derive(Clone, Debug, Default)]
pub struct OgpOptions {
    pub group_by: GroupBy,
    /// Titles from `Short Title` (OGP's editors') instead of `Commitment Title` (the plan's own).
    pub short_titles: bool,
    /// The combined feed's title.
    pub title: Option<String>,
    /// Only the rows of this action plan (`Action Plan ID`, any case), as
    /// one feed with the plan's own themes.
    pub plan: Option<String>,
}

pub struct Imported {
    pub feeds: Vec<NamedFeed>,
    pub report: ImportReport,
}

/// Reads the export's bytes. `Err` only when there is no table to read or a
/// required column is missing; anything wrong with single rows or values is
/// in the report.
///
/// `progress(done, total)` is told now and then how far it has got, in
/// steps: the first half is reading the bytes, the second converting rows.
pub fn import_ogp(
    csv: &[u8],
    options: &OgpOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Imported, ImportError> {
    let total = csv.len() * 2;
    let table = read_table(csv, b',', &mut |done, _| progress(done, total))?;
    table.require(&REQUIRED, b',')?;
    let mut report = ImportReport {
        rows: table.rows.len(),
        columns: column_uses(&table, options),
        missing_columns: KNOWN
            .iter()
            .filter(|c| table.column(c).is_none())
            .map(|c| c.to_string())
            .collect(),
        ..ImportReport::default()
    };
    let columns: HashMap<&'static str, usize> =
        KNOWN.iter().filter_map(|c| Some((*c, table.column(c)?))).collect();
    let mut first_line_of: HashMap<String, u64> = HashMap::new();
    let mut commitments = Vec::new();
    for (i, row) in table.rows.iter().enumerate() {
        if i % 32 == 0 {
            progress(csv.len() + csv.len() * i / table.rows.len(), total);
        }
        let cells = Cells { row, columns: &columns, width: table.headers.len() };
        if options
            .plan
            .as_deref()
            .is_some_and(|plan| !cells.raw(PLAN_ID).eq_ignore_ascii_case(plan.trim()))
        {
            report.other_plans += 1;
            continue;
        }
        if let Some(c) = cells.commitment(options, &mut first_line_of, &mut report) {
            commitments.push(c);
        }
    }
    if let Some(plan) = options.plan.as_ref().filter(|_| report.other_plans == report.rows) {
        let mut known: Vec<String> = Vec::new();
        for row in &table.rows {
            let id = Cells { row, columns: &columns, width: table.headers.len() }
                .raw(PLAN_ID)
                .to_string();
            if !id.is_empty() && !known.contains(&id) {
                known.push(id);
            }
        }
        return Err(ImportError::UnknownGroup {
            column: PLAN_ID.to_string(),
            asked: plan.clone(),
            known,
        });
    }
    day_first::settle(&mut commitments, &mut report);
    // The plans' date notes come last; every row's notes together, in the file's order.
    report.notes.sort_by_key(|note| note.line);
    report.imported = commitments.len();
    progress(total, total);
    let feeds = plans::feeds(commitments, options);
    report.feeds = feeds.len();
    Ok(Imported { feeds, report })
}

/// A row as the importer needs it, before it is placed in a feed.
pub(crate) struct Commitment {
    /// The line the row starts on.
    pub line: u64,
    pub plan: PlanRef,
    pub country: String,
    pub code: Option<String>,
    /// The plan's own theme (`Theme`), read only for `--group-by plan`.
    pub theme: Option<String>,
    /// The year of the latest IRM report that assessed it.
    pub assessed: Option<i32>,
    pub initiative: Initiative,
    /// Its date cells written as slash dates, whose order of day and month its plan may decide.
    pub slash_dates: Vec<SlashCell>,
}

/// The day a feed's statuses stand as of: the end of the year of its
/// newest IRM report. Reports give years, not days; the year's end marks
/// nothing overdue that was not due before the report.
pub(crate) fn as_of(commitments: &[Commitment]) -> Option<String> {
    commitments.iter().filter_map(|c| c.assessed).max().map(|year| format!("{year}-12-31"))
}

/// Which action plan a row belongs to, and what the row says about it.
#[derive(Clone, Debug)]
pub(crate) struct PlanRef {
    /// `Action Plan ID`, or the country, plan number and year when it is blank.
    pub key: String,
    /// `Action Plan ID`.
    pub id: Option<String>,
    pub number: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
}

struct Cells<'r> {
    row: &'r Row,
    columns: &'r HashMap<&'static str, usize>,
    width: usize,
}

impl Cells<'_> {
    /// The cell of a known column, trimmed; blank when the file has no such column.
    fn raw(&self, column: &str) -> &str {
        self.columns.get(column).and_then(|&i| self.row.cells.get(i)).map_or("", |c| c.trim())
    }

    /// A cell with a value: not blank and not a no-value code. Codes are
    /// not noted: for plan-level cells and assessments they are expected.
    fn value(&self, column: &str) -> Option<String> {
        let text = one_line(self.raw(column));
        (!text.is_empty() && no_value(&text).is_none()).then_some(text)
    }

    fn commitment(
        &self,
        options: &OgpOptions,
        first_line_of: &mut HashMap<String, u64>,
        report: &mut ImportReport,
    ) -> Option<Commitment> {
        let line = self.row.line;
        let cells = &self.row.cells;
        if cells.iter().all(|c| c.trim().is_empty()) {
            report.note(line, None, None, None, Reason::EmptyRow);
            return None;
        }
        let id = one_line(self.raw(ID));
        let id_or_none = (!id.is_empty()).then_some(id.as_str());
        // Blank cells past the header's width (a trailing comma) do no harm;
        // too few or extra text means quotes or separators are off and the
        // cells cannot be trusted to be in their columns.
        let trailing_blank =
            cells.len() > self.width && cells[self.width..].iter().all(|c| c.trim().is_empty());
        if cells.len() != self.width && !trailing_blank {
            report.note(
                line,
                id_or_none,
                None,
                None,
                Reason::RaggedRow { cells: cells.len(), expected: self.width },
            );
            return None;
        }
        if id.is_empty() {
            report.note(line, None, Some(ID), None, Reason::MissingId);
            return None;
        }
        let Some(country) = self.value(COUNTRY) else {
            report.note(
                line,
                Some(&id),
                Some(COUNTRY),
                Some(self.raw(COUNTRY)),
                Reason::MissingGroup,
            );
            return None;
        };
        let title = self.title(options, &id, report)?;
        if let Some(first_line) = first_line_of.get(&id) {
            report.note(
                line,
                Some(&id),
                Some(ID),
                Some(&id),
                Reason::DuplicateId { first_line: *first_line },
            );
            return None;
        }
        first_line_of.insert(id.clone(), line);

        let note = &mut |column: &'static str, reason: Reason| {
            report.note(line, Some(&id), Some(column), Some(self.raw(column)), reason)
        };
        let status = completion(
            Assessment {
                report: "End of term",
                completion: self.raw(END_OF_TERM),
                year: self.raw(END_OF_TERM_YEAR),
            },
            Assessment {
                report: "Progress report",
                completion: self.raw(PROGRESS),
                year: self.raw(PROGRESS_YEAR),
            },
        );
        let status_column = if status.from_end_of_term { END_OF_TERM } else { PROGRESS };
        if status.not_assessed {
            note(status_column, Reason::NotAssessed);
        }
        if status.unknown_text.is_some() {
            note(status_column, Reason::UnknownStatus);
        }
        let mut slash_dates = Vec::new();
        let start = self.date(START, note, &mut slash_dates);
        let end = self.date(END, note, &mut slash_dates);
        let url = self.value(URL).and_then(|raw| {
            // Only web addresses: core::link also allows mailto: and tel:, which are no page about the commitment.
            let safe = safe_href(&raw)
                .filter(|u| u.get(..4).is_some_and(|scheme| scheme.eq_ignore_ascii_case("http")));
            if safe.is_none() {
                note(URL, Reason::NotALink);
            }
            safe
        });
        let initiative = Initiative {
            id: id.clone(),
            theme: None,
            title: Text::Plain(title),
            lead: self.text(LEAD, paragraphs, note).map(Text::Plain),
            period: (start.is_some() || end.is_some()).then_some(Period {
                start,
                end,
                original_start: None,
                original_end: None,
            }),
            status: status.status,
            status_note: status.note.map(Text::Plain),
            summary: self.text(FULL_TEXT, paragraphs, note).map(Text::Plain),
            results: self.results().map(Text::Plain),
            next_steps: None,
            url,
            contact: None,
            // One entry as written: the sheet's lists mix commas inside names,
            // bullets and wrapped lines, so splitting would break names apart.
            partners: self
                .text(SUPPORTING, paragraphs, note)
                .map(Text::Plain)
                .into_iter()
                .collect(),
            milestones: Vec::new(),
        };
        let theme = match per_plan(options) {
            true => self.text(THEME, one_line, note),
            false => None,
        };
        let number = self.value(PLAN_NUMBER);
        let start_year = self.value(PLAN_START);
        let plan_id = self.value(PLAN_ID);
        let key = plan_id.clone().unwrap_or_else(|| {
            format!(
                "{country} {} {}",
                number.as_deref().unwrap_or(""),
                start_year.as_deref().unwrap_or("")
            )
        });
        let report_year = |column| {
            self.raw(column).trim().parse::<i32>().ok().filter(|y| (1990..=2100).contains(y))
        };
        Some(Commitment {
            line,
            plan: PlanRef {
                key,
                id: plan_id,
                number,
                start: start_year,
                end: self.value(PLAN_END),
            },
            code: self.value(CODE),
            country,
            theme,
            assessed: report_year(END_OF_TERM_YEAR).max(report_year(PROGRESS_YEAR)),
            initiative,
            slash_dates,
        })
    }

    /// The title column, or the other one when it is blank.
    fn title(&self, options: &OgpOptions, id: &str, report: &mut ImportReport) -> Option<String> {
        let (main, other) =
            if options.short_titles { (SHORT_TITLE, TITLE) } else { (TITLE, SHORT_TITLE) };
        if let Some(title) = self.value(main) {
            return Some(title);
        }
        let line = self.row.line;
        match self.value(other) {
            Some(title) => {
                report.note(line, Some(id), Some(main), Some(self.raw(main)), Reason::OtherTitle);
                Some(title)
            }
            None => {
                report.note(line, Some(id), Some(main), Some(self.raw(main)), Reason::MissingTitle);
                None
            }
        }
    }

    /// Text, tidied; a no-value code is left out and noted.
    fn text(
        &self,
        column: &'static str,
        tidy: fn(&str) -> String,
        note: &mut dyn FnMut(&'static str, Reason),
    ) -> Option<String> {
        let raw = self.raw(column);
        if let Some(meaning) = no_value(raw) {
            note(column, Reason::NoValue { meaning: meaning.to_string() });
            return None;
        }
        let text = tidy(raw);
        (!text.is_empty()).then_some(text)
    }

    /// A date as written, except codes (left out) and Excel day numbers
    /// (written as a date); both are noted. A slash date as written is
    /// added to `slash_dates`, for its plan to settle (`day_first`).
    fn date(
        &self,
        column: &'static str,
        note: &mut dyn FnMut(&'static str, Reason),
        slash_dates: &mut Vec<SlashCell>,
    ) -> Option<String> {
        let text = self.text(column, one_line, note)?;
        if let Some(date) = excel_day(&text) {
            note(column, Reason::ExcelDay { date: date.clone() });
            return Some(date);
        }
        if let Some(date) = SlashDate::read(&text) {
            slash_dates.push(SlashCell { column, text: text.clone(), date });
        }
        Some(text)
    }

    /// The IRM's verdict on results: "Did it open government?" overall and
    /// per OGP value, then its early results, as written.
    fn results(&self) -> Option<String> {
        let per_value: Vec<String> = [
            (OPENED_INFORMATION, "access to information"),
            (OPENED_PARTICIPATION, "civic participation"),
            (OPENED_ACCOUNTABILITY, "public accountability"),
        ]
        .into_iter()
        .filter_map(|(column, value)| Some(format!("{value}: {}", self.value(column)?)))
        .collect();
        let mut opened =
            self.value(OPENED).map(|overall| format!("Did it open government? {overall} (IRM)."));
        if !per_value.is_empty() {
            let by_value = format!("By value: {}.", per_value.join("; "));
            opened = Some(match opened {
                Some(overall) => format!("{overall} {by_value}"),
                None => format!("Did it open government (IRM)? {by_value}"),
            });
        }
        let early = self.value(EARLY_RESULTS).map(|e| format!("Early results (IRM): {e}."));
        let paragraphs: Vec<String> = opened.into_iter().chain(early).collect();
        (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
    }
}

/// Whether feeds are per plan: asked for, or implied by picking one plan.
fn per_plan(options: &OgpOptions) -> bool {
    options.group_by == GroupBy::Plan || options.plan.is_some()
}

/// Every column of the file: the feed field it fills, or why none.
fn column_uses(table: &Table, options: &OgpOptions) -> Vec<ColumnUse> {
    table
        .headers
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let cells =
                || table.rows.iter().map(move |r| r.cells.get(i).map_or("", |c| c.as_str()));
            let values = cells().filter(|c| !c.trim().is_empty() && no_value(c).is_none()).count();
            let fate = if table.column(name) != Some(i) {
                Err("a second column with this name: only the first is read")
            } else {
                columns::fate(name, options, cells())
            };
            ColumnUse {
                column: name.clone(),
                to: fate.ok().map(str::to_string),
                dropped: fate.err().map(str::to_string),
                values,
            }
        })
        .collect()
}
