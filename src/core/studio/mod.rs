//! The studio (issue 12, docs/studio.md): from the files an editor has to a
//! feed, in the editor's terms. Pure like the rest of the core: bytes in,
//! feed text, problems and date readings out; the browser layer
//! (`web::studio`) only shows them and the CLI (`ogw import`) writes them.
//!
//! One import path: the OGP export and the Danish daycare CSVs go through
//! the CLI's own importers (`core::import`) and are written with the same
//! `feed_json`, so the studio's feed for a file is byte for byte the feed
//! `ogw import` writes for it. Other sheets (ogw's template, or any sheet
//! whose columns the editor maps) go through `plan_sheet`, which `ogw
//! import template` uses too.

pub mod embed;
pub mod fields;
pub mod plan_sheet;
pub mod problems;
pub mod sheet;
pub mod template;
pub mod words;

use serde::Serialize;

use crate::core::daycare::read::read_daycare;
use crate::core::i18n::Lang;
use crate::core::import::dk_daycare::import_dk_daycare;
use crate::core::import::feed_json;
use crate::core::import::ogp::{columns as ogp_columns, import_ogp, OgpOptions};
use crate::core::import::text::decode;
use crate::core::plan::read::read_plan;
use fields::{propose, Field, Mapping};
use plan_sheet::{build_plan, DateCell, Mapped, PlanOptions};
use problems::{CellKind, CellProblem};
use sheet::{is_workbook, read_text, read_workbook, Sheet, SheetError, TextForm};

/// One file (or one paste) as the studio read it.
#[derive(Clone, Debug)]
pub struct Opened {
    pub name: String,
    pub content: Content,
}

#[derive(Clone, Debug)]
pub enum Content {
    /// An `ogw.plan/1` or `ogw.daycare/1` feed, to check and preview.
    Feed {
        text: String,
        daycare: bool,
    },
    /// A CSV or pasted cells: one sheet, and its text for the importers.
    Text {
        sheet: Sheet,
        form: TextForm,
        text: String,
    },
    Workbook {
        sheets: Vec<Sheet>,
    },
}

/// What kind of data a file is, as the studio says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    PlanFeed,
    DaycareFeed,
    /// OGP's commitments export (`ogw import ogp-csv`).
    OgpExport,
    /// Danish municipal key figures, and children per adult (`ogw import dk-daycare`).
    DkKeyFigures,
    DkNormering,
    /// ogw's plan template (`ogw template plan`).
    Template,
    /// A workbook with the daycare figures' two sheets (`ogw template daycare`).
    DaycareTemplate,
    /// Any other sheet: its columns are mapped.
    Sheet,
}

impl Layout {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Layout::PlanFeed => {
                lang.pick("Handlingsplan-feed (ogw.plan/1)", "Plan feed (ogw.plan/1)")
            }
            Layout::DaycareFeed => {
                lang.pick("Dagtilbuds-feed (ogw.daycare/1)", "Daycare feed (ogw.daycare/1)")
            }
            Layout::OgpExport => lang.pick("OGP's eksport af tiltag", "OGP commitments export"),
            Layout::DkKeyFigures => {
                lang.pick("Kommunale nøgletal for dagtilbud", "Municipal daycare key figures")
            }
            Layout::DkNormering => {
                lang.pick("Børn pr. voksen i kommunerne", "Children per adult by municipality")
            }
            Layout::Template => {
                lang.pick("ogw's skabelon for handlingsplaner", "ogw's plan template")
            }
            Layout::DaycareTemplate => {
                lang.pick("ogw's skabelon for dagtilbudstal", "ogw's daycare figures template")
            }
            Layout::Sheet => lang.pick("Et regneark med initiativer", "A sheet of initiatives"),
        }
    }
}

/// Reads a file's bytes: a feed, a workbook, or a CSV.
pub fn open(name: &str, bytes: &[u8]) -> Result<Opened, SheetError> {
    let content = if is_workbook(bytes) {
        Content::Workbook { sheets: read_workbook(bytes)? }
    } else {
        let (text, _) = decode(bytes);
        let trimmed = text.trim_start();
        if trimmed.starts_with('{') {
            let daycare = trimmed.get(..400).unwrap_or(trimmed).contains("ogw.daycare/");
            Content::Feed { text: text.into_owned(), daycare }
        } else {
            let (sheet, form) = read_text(bytes, name)?;
            Content::Text { sheet, form, text: text.into_owned() }
        }
    };
    Ok(Opened { name: name.to_string(), content })
}

/// Cells pasted from a spreadsheet (or any text), as a sheet named `name`.
pub fn open_pasted(name: &str, text: &str) -> Result<Opened, SheetError> {
    open(name, text.as_bytes())
}

impl Opened {
    pub fn sheets(&self) -> &[Sheet] {
        match &self.content {
            Content::Feed { .. } => &[],
            Content::Text { sheet, .. } => std::slice::from_ref(sheet),
            Content::Workbook { sheets } => sheets,
        }
    }

    pub fn layout(&self) -> Layout {
        match &self.content {
            Content::Feed { daycare: true, .. } => Layout::DaycareFeed,
            Content::Feed { daycare: false, .. } => Layout::PlanFeed,
            Content::Text { sheet, .. } => sheet_layout(sheet),
            Content::Workbook { sheets } => {
                let has = |layout| sheets.iter().any(|s| sheet_layout(s) == layout);
                if has(Layout::DkKeyFigures) && has(Layout::DkNormering) {
                    Layout::DaycareTemplate
                } else if sheets.iter().any(|s| s.name == template::INITIATIVES_SHEET) {
                    Layout::Template
                } else {
                    Layout::Sheet
                }
            }
        }
    }

    /// The OGP export's action plans, `(id, country and years)`, in the file's order.
    pub fn ogp_plans(&self) -> Vec<(String, String)> {
        let Content::Text { sheet, .. } = &self.content else { return Vec::new() };
        let column = |name: &str| sheet.headers.iter().position(|h| h == name);
        let (Some(id), Some(country)) =
            (column(ogp_columns::PLAN_ID), column(ogp_columns::COUNTRY))
        else {
            return Vec::new();
        };
        let start = column(ogp_columns::PLAN_START);
        let end = column(ogp_columns::PLAN_END);
        let mut plans: Vec<(String, String)> = Vec::new();
        for row in &sheet.rows {
            let plan = row.cell(id);
            if plan.is_empty() || plans.iter().any(|(p, _)| p == plan) {
                continue;
            }
            let years = match (start.map(|i| row.cell(i)), end.map(|i| row.cell(i))) {
                (Some(a), Some(b)) if !a.is_empty() && !b.is_empty() => format!(" {a}–{b}"),
                _ => String::new(),
            };
            plans.push((plan.to_string(), format!("{}{years} ({plan})", row.cell(country))));
        }
        plans
    }
}

/// What one sheet's header says it is.
fn sheet_layout(sheet: &Sheet) -> Layout {
    let has = |name: &str| sheet.headers.iter().any(|h| h == name);
    if ogp_columns::REQUIRED.iter().all(|c| has(c)) {
        Layout::OgpExport
    } else if has("kommunekode") && has("aldersgruppe") && has("boern_pr_voksen") {
        Layout::DkNormering
    } else if has("kommunekode") && has("andel_paedagoger_pct") {
        Layout::DkKeyFigures
    } else {
        Layout::Sheet
    }
}

/// The text of the sheet with `layout` among the files: a CSV's own text,
/// or a workbook's sheet written as the CSV the importer reads.
fn csv_of(files: &[Opened], layout: Layout) -> Option<String> {
    files.iter().find_map(|file| match &file.content {
        Content::Text { sheet, text, .. } if sheet_layout(sheet) == layout => Some(text.clone()),
        Content::Workbook { sheets } => {
            sheets.iter().find(|s| sheet_layout(s) == layout).map(|s| sheet::as_csv(s, ';'))
        }
        _ => None,
    })
}

/// The editor's choices: which sheets, how their columns map, which plan.
#[derive(Clone, Debug, Default)]
pub struct Choices {
    /// The sheet of initiatives (index into the file's sheets); the first
    /// whose header names a title when `None`.
    pub sheet: Option<usize>,
    /// The sheet of milestones; found by its headers when `None`, and
    /// `Some(None)` for none.
    pub milestones: Option<Option<usize>>,
    /// The editor's mappings; proposed from the headers when `None`.
    pub mapping: Option<Mapping>,
    pub milestone_mapping: Option<Mapping>,
    /// One action plan of the OGP export (`ogw import ogp-csv --plan`).
    pub ogp_plan: Option<String>,
    pub plan: PlanOptions,
}

/// The feed a set of files makes, and everything to say about it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Outcome {
    /// The feed's text, exactly what `ogw import` writes; `None` when the
    /// files make no feed (the message says why).
    pub feed: Option<String>,
    pub daycare: bool,
    /// Nothing could be made, and why.
    pub message: Option<String>,
    pub problems: Vec<CellProblem>,
    /// Problems the feed's own reader finds (paths, not cells): for feeds
    /// given as feeds, and the daycare importer's notes.
    pub feed_problems: Vec<String>,
    pub dates: Vec<DateCell>,
    /// The sheets read for the feed (index) and the mappings used.
    pub sheet: Option<usize>,
    pub milestones: Option<usize>,
    pub mapping: Mapping,
    pub milestone_mapping: Mapping,
}

/// Makes the feed from the files the editor gave, with their choices.
pub fn convert(files: &[Opened], choices: &Choices, lang: Lang) -> Outcome {
    let Some(first) = files.first() else { return Outcome::default() };
    if let (Some(key), Some(normering)) =
        (csv_of(files, Layout::DkKeyFigures), csv_of(files, Layout::DkNormering))
    {
        return daycare(&key, &normering, lang);
    }
    match (&first.content, first.layout()) {
        (Content::Feed { text, daycare }, _) => feed(text, *daycare, lang),
        (Content::Text { text, .. }, Layout::OgpExport) => ogp(first, text, choices),
        (_, Layout::DkKeyFigures | Layout::DkNormering) => Outcome {
            message: Some(
                lang.pick(
                    "Dagtilbuddenes tal kommer i to filer: nøgletal og børn pr. voksen. Vælg begge filer på én gang.",
                    "The daycare figures come in two files: key figures and children per adult. Choose both files at once.",
                )
                .into(),
            ),
            ..Outcome::default()
        },
        _ => sheets(first, choices),
    }
}

fn feed(text: &str, daycare: bool, lang: Lang) -> Outcome {
    let problems = if daycare {
        read_daycare(text).map(|read| read.problems)
    } else {
        read_plan(text).map(|read| read.problems)
    };
    match problems {
        Ok(problems) => Outcome {
            feed: Some(text.to_string()),
            daycare,
            feed_problems: problems.iter().map(|p| p.describe(lang)).collect(),
            ..Outcome::default()
        },
        Err(fatal) => {
            Outcome { message: Some(fatal.describe(lang)), daycare, ..Outcome::default() }
        }
    }
}

fn daycare(key: &str, normering: &str, lang: Lang) -> Outcome {
    match import_dk_daycare(key, normering) {
        Ok(imported) => Outcome {
            feed: Some(feed_json(&imported.feed)),
            daycare: true,
            feed_problems: imported.problems.iter().map(|p| p.describe(lang)).collect(),
            ..Outcome::default()
        },
        Err(fatal) => {
            Outcome { message: Some(fatal.describe(lang)), daycare: true, ..Outcome::default() }
        }
    }
}

fn ogp(file: &Opened, text: &str, choices: &Choices) -> Outcome {
    let options = OgpOptions { plan: choices.ogp_plan.clone(), ..OgpOptions::default() };
    match import_ogp(text.as_bytes(), &options, &mut |_, _| {}) {
        Ok(imported) => {
            let problems = imported
                .report
                .dropped_rows
                .iter()
                .chain(&imported.report.notes)
                .map(|note| CellProblem {
                    sheet: file.name.clone(),
                    row: note.line,
                    column: note.column.clone(),
                    column_index: note
                        .column
                        .as_ref()
                        .and_then(|c| file.sheets().first()?.headers.iter().position(|h| h == c)),
                    value: note.value.clone().unwrap_or_default(),
                    kind: CellKind::Import {
                        message: note.message.clone(),
                        drops_row: note.reason.drops_row(),
                    },
                })
                .collect();
            // More than one feed only with --group-by plan, which the studio does not offer.
            let feed = imported.feeds.first().map(|named| feed_json(&named.feed));
            Outcome { feed, problems, ..Outcome::default() }
        }
        Err(e) => Outcome { message: Some(e.to_string()), ..Outcome::default() },
    }
}

fn sheets(file: &Opened, choices: &Choices) -> Outcome {
    let sheets = file.sheets();
    let titled =
        |i: &usize| propose(&sheets[*i].headers, &Field::INITIATIVE).contains(&Some(Field::Title));
    let sheet = choices
        .sheet
        .filter(|i| *i < sheets.len())
        .or_else(|| (0..sheets.len()).find(titled))
        .unwrap_or(0);
    let milestones = match choices.milestones {
        Some(chosen) => chosen.filter(|i| *i < sheets.len() && *i != sheet),
        None => (0..sheets.len()).find(|&i| {
            let proposed = propose(&sheets[i].headers, &Field::MILESTONE);
            i != sheet
                && proposed.contains(&Some(Field::Initiative))
                && proposed.contains(&Some(Field::Title))
        }),
    };
    let Some(initiatives) = sheets.get(sheet) else { return Outcome::default() };
    let fit = |mapping: &Option<Mapping>, sheet: &Sheet, fields: &[Field]| match mapping {
        Some(m) if m.len() == sheet.headers.len() => m.clone(),
        _ => propose(&sheet.headers, fields),
    };
    let mapping = fit(&choices.mapping, initiatives, &Field::INITIATIVE);
    let milestone_mapping = milestones
        .map(|i| fit(&choices.milestone_mapping, &sheets[i], &Field::MILESTONE))
        .unwrap_or_default();
    let built = build_plan(
        Mapped { sheet: initiatives, mapping: &mapping },
        milestones.map(|i| Mapped { sheet: &sheets[i], mapping: &milestone_mapping }),
        &choices.plan,
    );
    Outcome {
        feed: (!built.feed.initiatives.is_empty()).then(|| feed_json(&built.feed)),
        problems: built.problems,
        dates: built.dates,
        sheet: Some(sheet),
        milestones,
        mapping,
        milestone_mapping,
        ..Outcome::default()
    }
}
