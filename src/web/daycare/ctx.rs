//! What every part of the dashboard reads: the feed with what is worked out
//! from it once, the state, and what follows from the state, each derived
//! once per change.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::daycare::distance::Distances;
use crate::core::daycare::feed::{DaycareFeed, Point};
use crate::core::daycare::query::{sort_areas, Column, UnitIndex};
use crate::core::daycare::read::ReadDaycare;
use crate::core::daycare::state::{Resolved, View, ViewState};
use crate::core::daycare::table::{default_area_figures, default_figures};
use crate::core::i18n::Lang;

/// The feed, and what is worked out from it once when it arrives.
pub struct Loaded {
    pub read: ReadDaycare,
    pub index: UnitIndex,
    /// The columns each table starts with when the page chose none.
    pub unit_figures: Vec<usize>,
    pub area_figures: Vec<usize>,
    /// Each institution's name with what tells it apart from its namesakes.
    pub labels: Vec<String>,
}

impl Loaded {
    pub fn new(read: ReadDaycare) -> Loaded {
        let index = UnitIndex::new(&read.feed);
        let unit_figures = default_figures(&read.feed, &index);
        let area_figures = default_area_figures(&read.feed);
        let labels = crate::core::daycare::names::unit_labels(&read.feed);
        Loaded { read, index, unit_figures, area_figures, labels }
    }
}

/// Compared by pointer: the same computation, not equal contents (checking
/// thousands of distances for equality would cost more than they do).
#[derive(Clone)]
pub struct Shared<T>(pub Arc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Clone)]
pub struct Ctx {
    pub loaded: Arc<Loaded>,
    pub lang: Lang,
    pub state: RwSignal<ViewState>,
    /// The card's inner width, for the charts.
    pub width: RwSignal<u32>,
    pub resolved: Memo<Resolved>,
    /// The browser's location, when the parent asked for it. Never written
    /// to the address: a shared link must not carry where someone lives.
    pub here: RwSignal<Option<Point>>,
    pub distances: Memo<Option<Shared<Distances>>>,
    /// The institutions table is shown (else the municipal view).
    pub units_view: Memo<bool>,
    /// The key figures shown as columns and compared.
    pub figures: Memo<Vec<usize>>,
    /// The rows of the table on show, in order: units or municipalities by index.
    pub results: Memo<Vec<u32>>,
    /// The institution whose details are open.
    pub details: RwSignal<Option<usize>>,
    /// The dashboard's own box, to move the focus within.
    pub root: NodeRef<leptos::html::Div>,
    /// What the dashboard's one polite live region says now.
    pub live: RwSignal<String>,
}

impl Ctx {
    pub fn new(
        loaded: Arc<Loaded>,
        lang: Lang,
        state: RwSignal<ViewState>,
        width: RwSignal<u32>,
    ) -> Ctx {
        let resolved = Memo::new({
            let loaded = loaded.clone();
            move |_| state.with(|s| s.resolve(&loaded.read.feed))
        });
        let here = RwSignal::new(None::<Point>);
        let point = Memo::new(move |_| resolved.with(|r| r.from).or_else(|| here.get()));
        let distances = Memo::new({
            let loaded = loaded.clone();
            move |_| point.get().map(|p| Shared(Arc::new(Distances::new(&loaded.read.feed, p))))
        });
        let (has_units, has_areas) =
            (!loaded.read.feed.units.is_empty(), !loaded.read.feed.areas.is_empty());
        let units_view = Memo::new(move |_| {
            has_units && (!has_areas || state.with(|s| s.view == View::Institutions))
        });
        let figures = Memo::new({
            let loaded = loaded.clone();
            move |_| {
                let chosen = resolved.with(|r| r.figures.clone());
                match (chosen.is_empty(), units_view.get()) {
                    (false, _) => chosen,
                    (true, true) => loaded.unit_figures.clone(),
                    (true, false) => loaded.area_figures.clone(),
                }
            }
        });
        let results = Memo::new({
            let loaded = loaded.clone();
            move |_| {
                let mut out = Vec::new();
                resolved.with(|r| {
                    if units_view.get() {
                        distances.with(|d| {
                            loaded.index.query(
                                &r.filter,
                                r.sort,
                                d.as_ref().map(|d| &*d.0),
                                &mut out,
                            )
                        });
                    } else {
                        sort_areas(&loaded.read.feed, &r.filter.text, r.sort, &mut out);
                        if !r.filter.areas.is_empty() {
                            out.retain(|a| r.filter.areas.contains(&(*a as usize)));
                        }
                    }
                });
                out
            }
        });
        Ctx {
            loaded,
            lang,
            state,
            width,
            resolved,
            here,
            distances,
            units_view,
            figures,
            results,
            details: RwSignal::new(None),
            root: NodeRef::new(),
            live: RwSignal::new(String::new()),
        }
    }

    pub fn feed(&self) -> &DaycareFeed {
        &self.loaded.read.feed
    }

    /// Sorts by `column`: the other way round if it is the sort already, else
    /// the order that column starts with (the best first for a figure).
    pub fn sort_by(&self, column: Column) {
        let current = self.resolved.with_untracked(|r| r.sort);
        let descending = if current.column == column {
            !current.descending
        } else {
            crate::core::daycare::query::Sort::first_for(column, self.feed()).descending
        };
        let id = column.id(self.feed()).to_string();
        self.state.update(|s| s.sort = Some((id, descending)));
        let sort = crate::core::daycare::query::Sort { column, descending };
        self.announce(crate::core::daycare::words::sorted_by(self.lang, self.feed(), sort));
    }

    /// Says `text` in the live region; the same text twice is said twice
    /// (a no-break space makes it a change).
    pub fn announce(&self, text: String) {
        self.live.update(|live| {
            *live = if *live == text { format!("{text}\u{a0}") } else { text };
        });
    }
}
