//! From a plan feed to timeline rows: themes, their initiatives, and each
//! initiative's milestones, with every date as the span it can mean.

use super::day::Day;
use crate::core::i18n::{t, Lang, Msg};
use crate::core::plan::{Initiative, Milestone, PlanFeed, Quantity};
use crate::core::status::Status;

/// A date as the feed wrote it and the days it can mean. Both ends `None`:
/// unknown ("Endnu ikke fastlagt", or text nobody can read as a date).
#[derive(Clone, Debug, PartialEq)]
pub struct When {
    pub text: String,
    pub earliest: Option<Day>,
    pub latest: Option<Day>,
    /// How the date reads aloud ("juli 2017", "2. kvartal 2018").
    pub words: String,
}

impl When {
    pub fn is_known(&self) -> bool {
        self.earliest.is_some() || self.latest.is_some()
    }

    pub fn is_exact(&self) -> bool {
        self.earliest.is_some() && self.earliest == self.latest
    }
}

/// Reads a date phrase; the caller supplies it (the core's phrase parser,
/// in the feed's language).
pub type ReadDate<'a> = &'a dyn Fn(&str) -> When;

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub title: String,
    pub status: Status,
    /// The status as the feed wrote it, when that was not just the label.
    pub status_text: Option<String>,
    /// `None`: the feed gave no start (drawn open).
    pub start: Option<When>,
    pub end: Option<When>,
    pub original_end: Option<When>,
    /// Its latest possible end is before `as_of` and it is not completed.
    pub overdue: bool,
    /// Days the latest end moved, when a moved deadline is known.
    pub slip_days: Option<i32>,
    pub target: Option<Quantity>,
    pub actual: Option<Quantity>,
    /// The span comes from the milestones, not from the item itself.
    pub span_from_milestones: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InitiativeRows {
    /// Index into `PlanFeed::initiatives`.
    pub index: usize,
    pub id: String,
    pub item: Item,
    pub milestones: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub title: String,
    pub initiatives: Vec<InitiativeRows>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub groups: Vec<Group>,
    pub as_of: Day,
    /// First and last day any item can mean, with `as_of` inside.
    pub domain: (Day, Day),
    pub overdue: usize,
    pub unknown_dates: usize,
}

pub fn build_timeline(feed: &PlanFeed, as_of: Day, lang: Lang, read: ReadDate) -> Timeline {
    let mut groups: Vec<Group> = feed.themes.iter().map(|th| Group { title: th.title.get(lang).to_string(), initiatives: Vec::new() }).collect();
    let mut no_theme = Group { title: t(lang, Msg::NoTheme).to_string(), initiatives: Vec::new() };
    for (index, initiative) in feed.initiatives.iter().enumerate() {
        let rows = initiative_rows(index, initiative, as_of, lang, read);
        let theme = initiative.theme.as_ref().and_then(|id| feed.themes.iter().position(|th| &th.id == id));
        match theme {
            Some(i) => groups[i].initiatives.push(rows),
            None => no_theme.initiatives.push(rows),
        }
    }
    groups.push(no_theme);
    groups.retain(|g| !g.initiatives.is_empty());

    let items = || groups.iter().flat_map(|g| g.initiatives.iter().flat_map(|r| std::iter::once(&r.item).chain(&r.milestones)));
    let days = items().flat_map(|i| [&i.start, &i.end, &i.original_end]).flatten().flat_map(|w| [w.earliest, w.latest]).flatten();
    let (lo, hi) = days.fold((as_of, as_of), |(lo, hi), d| (lo.min(d), hi.max(d)));
    let overdue = items().filter(|i| i.overdue).count();
    let unknown_dates = items().flat_map(|i| [&i.start, &i.end]).flatten().filter(|w| !w.is_known()).count();
    Timeline { groups, as_of, domain: (lo, hi), overdue, unknown_dates }
}

fn initiative_rows(index: usize, initiative: &Initiative, as_of: Day, lang: Lang, read: ReadDate) -> InitiativeRows {
    let milestones: Vec<Item> = initiative.milestones.iter().map(|m| milestone_item(m, as_of, lang, read)).collect();
    let period = initiative.period.as_ref();
    let mut item = item(
        initiative.title.get(lang),
        initiative.status.status,
        initiative.status.label.as_deref(),
        period.and_then(|p| p.start.as_deref()).map(read),
        period.and_then(|p| p.end.as_deref()).map(read),
        period.and_then(|p| p.original_end.as_deref()).map(read),
        as_of,
    );
    // No period of its own: the initiative spans its milestones.
    let known = |w: &Option<When>| w.as_ref().is_some_and(When::is_known);
    if !known(&item.start) && !known(&item.end) {
        let starts = milestones.iter().filter_map(|m| m.start.as_ref()).chain(milestones.iter().filter_map(|m| m.end.as_ref()));
        let first = starts.filter_map(|w| w.earliest).min();
        let last = milestones.iter().filter_map(|m| m.end.as_ref()?.latest).max();
        if let (Some(first), Some(last)) = (first, last) {
            item.start = Some(When { text: String::new(), earliest: Some(first), latest: Some(first), words: String::new() });
            item.end = Some(When { text: String::new(), earliest: Some(last), latest: Some(last), words: String::new() });
            item.span_from_milestones = true;
        }
    }
    InitiativeRows { index, id: initiative.id.clone(), item, milestones }
}

fn milestone_item(m: &Milestone, as_of: Day, lang: Lang, read: ReadDate) -> Item {
    let mut item = item(
        m.title.get(lang),
        m.status.status,
        m.status.label.as_deref(),
        m.start.as_deref().map(read),
        m.end.as_deref().map(read),
        m.original_end.as_deref().map(read),
        as_of,
    );
    item.target = m.target.clone();
    item.actual = m.actual.clone();
    item
}

fn item(title: &str, status: Status, label: Option<&str>, start: Option<When>, end: Option<When>, original_end: Option<When>, as_of: Day) -> Item {
    // "-" for a start means none was given: drawn open, not unknown.
    let start = start.filter(|w| !matches!(w.text.trim(), "" | "-" | "–" | "—"));
    let finished = matches!(status, Status::Completed | Status::Withdrawn);
    let overdue = !finished && end.as_ref().and_then(|e| e.latest).is_some_and(|latest| latest < as_of);
    let slip_days = match (&end, &original_end) {
        (Some(new), Some(old)) => new.latest.zip(old.latest).map(|(n, o)| n - o).filter(|d| *d != 0),
        _ => None,
    };
    Item {
        title: title.to_string(),
        status,
        status_text: label.filter(|l| Status::from_label(l) != Some(status)).map(str::to_string),
        start,
        end,
        original_end,
        overdue,
        slip_days,
        target: None,
        actual: None,
        span_from_milestones: false,
    }
}
