//! An editor's sheet of initiatives (and, optionally, one of milestones)
//! turned into an `ogw.plan/1` feed through a column mapping: ogw's own
//! template, or any sheet whose columns the editor mapped.
//!
//! Every row becomes an initiative or a problem that says why not; every
//! value left out is a problem naming its cell. Each date is shown as it
//! was read, so the editor can confirm it.

use std::collections::HashMap;

use serde::Serialize;

use super::fields::{column_of, Field, Mapping};
use super::problems::{CellKind, CellProblem};
use super::sheet::{Sheet, SheetRow};
use crate::core::date::{day_words, phrase_words, read_phrase};
use crate::core::i18n::Lang;
use crate::core::import::tidy::{one_line, paragraphs, slug};
use crate::core::link::safe_href;
use crate::core::plan::{
    Initiative, Milestone, Period, PlanFeed, PlanInfo, StatusValue, Theme, PLAN_FORMAT,
};
use crate::core::text::Text;

/// What the sheet itself does not say.
#[derive(Clone, Debug, Default)]
pub struct PlanOptions {
    pub title: Option<String>,
    /// The language the sheet is written in: its dates are read in it.
    pub lang: Lang,
}

/// A date cell and how it was read: "2. kvartal 2018: 1. april – 30. juni 2018".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateCell {
    pub sheet: String,
    pub row: u64,
    pub column: String,
    pub column_index: usize,
    pub text: String,
    pub reading: String,
}

#[derive(Clone, Debug)]
pub struct BuiltPlan {
    pub feed: PlanFeed,
    pub problems: Vec<CellProblem>,
    pub dates: Vec<DateCell>,
}

/// A sheet and the mapping of its columns.
#[derive(Clone, Copy)]
pub struct Mapped<'s> {
    pub sheet: &'s Sheet,
    pub mapping: &'s Mapping,
}

pub fn build_plan(
    initiatives: Mapped<'_>,
    milestones: Option<Mapped<'_>>,
    options: &PlanOptions,
) -> BuiltPlan {
    let mut out = Builder { lang: options.lang, problems: Vec::new(), dates: Vec::new() };
    let mut items: Vec<Initiative> = Vec::new();
    let mut themes: Vec<Theme> = Vec::new();
    let mut first_row_of: HashMap<String, u64> = HashMap::new();
    for row in &initiatives.sheet.rows {
        let cells = Cells { mapped: initiatives, row };
        if out.blank(&cells) {
            continue;
        }
        let Some(title) = out.title(&cells) else { continue };
        let id = match cells.text(Field::Id) {
            Some(id) => id,
            // No id column or a blank one: numbered in the sheet's order.
            None => (items.len() + 1).to_string(),
        };
        if let Some(&first_row) = first_row_of.get(&id) {
            out.problem(&cells, Some(Field::Id), CellKind::DuplicateId { first_row });
            continue;
        }
        first_row_of.insert(id.clone(), row.number);
        let theme = cells.text(Field::Theme).map(|name| {
            let id = match slug(&name) {
                s if s.is_empty() => format!("tema-{}", themes.len() + 1),
                s => s,
            };
            if !themes.iter().any(|t| t.id == id) {
                themes.push(Theme { id: id.clone(), title: Text::Plain(name) });
            }
            id
        });
        let start = out.date(&cells, Field::Start);
        let end = out.date(&cells, Field::End);
        items.push(Initiative {
            id,
            theme,
            title: Text::Plain(title),
            lead: cells.text(Field::Lead).map(Text::Plain),
            period: (start.is_some() || end.is_some()).then_some(Period {
                start,
                end,
                original_start: None,
                original_end: None,
            }),
            status: out.status(&cells),
            status_note: cells.paragraphs(Field::StatusNote).map(Text::Plain),
            summary: cells.paragraphs(Field::Summary).map(Text::Plain),
            results: None,
            next_steps: None,
            url: out.link(&cells),
            contact: None,
            partners: Vec::new(),
            milestones: Vec::new(),
        });
    }
    if let Some(milestones) = milestones {
        for row in &milestones.sheet.rows {
            let cells = Cells { mapped: milestones, row };
            if out.blank(&cells) {
                continue;
            }
            let Some(title) = out.title(&cells) else { continue };
            let owner = cells.text(Field::Initiative).unwrap_or_default();
            let Some(initiative) = items.iter_mut().find(|i| i.id == owner) else {
                out.problem(&cells, Some(Field::Initiative), CellKind::UnknownInitiative);
                continue;
            };
            let start = out.date(&cells, Field::Start);
            let end = out.date(&cells, Field::End);
            let status = out.status(&cells);
            initiative.milestones.push(Milestone {
                title: Text::Plain(title),
                start,
                end,
                status,
                status_note: None,
                original_start: None,
                original_end: None,
                target: None,
                actual: None,
            });
        }
    }
    let feed = PlanFeed {
        format: PLAN_FORMAT.to_string(),
        plan: PlanInfo {
            title: options.title.clone().filter(|t| !t.trim().is_empty()).map(Text::Plain),
            language: Some(options.lang.code().to_string()),
            ..PlanInfo::default()
        },
        themes,
        initiatives: items,
    };
    BuiltPlan { feed, problems: out.problems, dates: out.dates }
}

struct Cells<'a> {
    mapped: Mapped<'a>,
    row: &'a SheetRow,
}

impl Cells<'_> {
    fn column(&self, field: Field) -> Option<usize> {
        column_of(self.mapped.mapping, field)
    }

    fn raw(&self, field: Field) -> &str {
        self.column(field).map_or("", |i| self.row.cell(i))
    }

    /// One line of text, or `None` when blank.
    fn text(&self, field: Field) -> Option<String> {
        Some(one_line(self.raw(field))).filter(|t| !t.is_empty())
    }

    fn paragraphs(&self, field: Field) -> Option<String> {
        Some(paragraphs(self.raw(field))).filter(|t| !t.is_empty())
    }
}

struct Builder {
    lang: Lang,
    problems: Vec<CellProblem>,
    dates: Vec<DateCell>,
}

impl Builder {
    fn problem(&mut self, cells: &Cells<'_>, field: Option<Field>, kind: CellKind) {
        let column_index = field.and_then(|f| cells.column(f));
        self.problems.push(CellProblem {
            sheet: cells.mapped.sheet.name.clone(),
            row: cells.row.number,
            column: column_index.and_then(|i| cells.mapped.sheet.headers.get(i).cloned()),
            column_index,
            value: field.map_or("", |f| cells.raw(f)).to_string(),
            kind,
        });
    }

    /// A blank row is skipped; one among rows is said (a trailing one is not
    /// there: the sheet readers drop them).
    fn blank(&mut self, cells: &Cells<'_>) -> bool {
        let blank = cells.row.is_blank();
        if blank {
            self.problem(cells, None, CellKind::EmptyRow);
        }
        blank
    }

    fn title(&mut self, cells: &Cells<'_>) -> Option<String> {
        let title = cells.text(Field::Title);
        if title.is_none() {
            self.problem(cells, Some(Field::Title), CellKind::MissingTitle);
        }
        title
    }

    fn status(&mut self, cells: &Cells<'_>) -> StatusValue {
        let Some(text) = cells.text(Field::Status) else { return StatusValue::unknown() };
        let (status, known) = StatusValue::from_label(&text);
        if !known {
            self.problem(cells, Some(Field::Status), CellKind::UnknownStatus);
        }
        status
    }

    /// The date as written when it reads as one (or as "not set"); its
    /// reading is kept for the editor to confirm.
    fn date(&mut self, cells: &Cells<'_>, field: Field) -> Option<String> {
        let text = cells.text(field)?;
        let phrase = read_phrase(&text, self.lang);
        if !phrase.is_readable() {
            self.problem(cells, Some(field), CellKind::NotADate);
            return None;
        }
        let column_index = cells.column(field)?;
        let days = match (phrase.earliest(), phrase.latest()) {
            (Some(a), Some(b)) if a == b => day_words(a, self.lang),
            (Some(a), Some(b)) => {
                format!("{} – {}", day_words(a, self.lang), day_words(b, self.lang))
            }
            (Some(a), None) => {
                format!("{} {}", self.lang.pick("fra", "from"), day_words(a, self.lang))
            }
            (None, Some(b)) => {
                format!("{} {}", self.lang.pick("til", "until"), day_words(b, self.lang))
            }
            (None, None) => self.lang.pick("ingen dag", "no day").to_string(),
        };
        self.dates.push(DateCell {
            sheet: cells.mapped.sheet.name.clone(),
            row: cells.row.number,
            column: cells.mapped.sheet.headers.get(column_index).cloned().unwrap_or_default(),
            column_index,
            text: text.clone(),
            reading: format!("{}: {days}", phrase_words(&phrase, self.lang)),
        });
        Some(text)
    }

    fn link(&mut self, cells: &Cells<'_>) -> Option<String> {
        let raw = cells.text(Field::Url)?;
        let safe = safe_href(&raw);
        if safe.is_none() {
            self.problem(cells, Some(Field::Url), CellKind::NotALink);
        }
        safe
    }
}
