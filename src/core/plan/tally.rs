//! How many initiatives are at each status: overall and per theme.

use super::model::PlanFeed;
use super::status::Status;
use crate::core::i18n::{Lang, Msg};
use crate::core::text::{feed_language, lang_attr};

/// One bar of the status chart.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusRow {
    pub label: String,
    /// The `lang` attribute the label needs in a widget of another language
    /// (a theme title the feed wrote only in Danish, say); `None` for the
    /// widget's own texts and for titles in the widget's language (WCAG 3.1.2).
    pub label_lang: Option<String>,
    /// Initiatives (indices into `PlanFeed::initiatives`) per status, in the
    /// order of `Status::ALL`. Counts are derived from these, never stored.
    pub members: [Vec<usize>; Status::ALL.len()],
    /// The overall row, drawn first and in bold.
    pub is_total: bool,
}

impl StatusRow {
    fn new(label: String, is_total: bool) -> StatusRow {
        StatusRow { label, label_lang: None, members: Default::default(), is_total }
    }

    pub fn count(&self, status: Status) -> usize {
        self.members[status_index(status)].len()
    }

    pub fn members_of(&self, status: Status) -> &[usize] {
        &self.members[status_index(status)]
    }

    pub fn total(&self) -> usize {
        self.members.iter().map(Vec::len).sum()
    }
}

pub fn status_index(status: Status) -> usize {
    Status::ALL.iter().position(|s| *s == status).expect("every status is in ALL")
}

#[derive(Clone, Debug, PartialEq)]
pub struct StatusTally {
    /// The overall row first, then one per theme in feed order, then
    /// "No theme" if any initiative has none (or one not in `themes`).
    pub rows: Vec<StatusRow>,
    /// The statuses to show: the OGP scale always, the others when used.
    pub statuses: Vec<Status>,
}

impl StatusTally {
    pub fn total(&self) -> &StatusRow {
        &self.rows[0]
    }
}

pub fn tally(feed: &PlanFeed, lang: Lang) -> StatusTally {
    let written_in = feed_language(feed.plan.language.as_deref());
    let mut total = StatusRow::new(Msg::AllInitiatives.text(lang).to_string(), true);
    let mut themes: Vec<StatusRow> = feed
        .themes
        .iter()
        .map(|th| StatusRow {
            label_lang: lang_attr(th.title.language(lang, written_in), lang),
            ..StatusRow::new(th.title.get(lang).to_string(), false)
        })
        .collect();
    let mut no_theme = StatusRow::new(Msg::NoTheme.text(lang).to_string(), false);

    for (index, initiative) in feed.initiatives.iter().enumerate() {
        let slot = status_index(initiative.status.status);
        total.members[slot].push(index);
        if feed.themes.is_empty() {
            continue;
        }
        let theme = initiative
            .theme
            .as_deref()
            .and_then(|id| feed.themes.iter().position(|th| th.id == id));
        match theme {
            Some(i) => themes[i].members[slot].push(index),
            None => no_theme.members[slot].push(index),
        }
    }

    let statuses =
        Status::ALL.into_iter().filter(|s| s.is_ogp_scale() || total.count(*s) > 0).collect();
    let mut rows = vec![total];
    rows.append(&mut themes);
    if no_theme.total() > 0 {
        rows.push(no_theme);
    }
    StatusTally { rows, statuses }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::read::read_plan_without_dates;

    const FEED: &str = r#"{"format": "ogw.plan/1", "plan": {"title": "Plan"},
        "themes": [{"id": "a", "title": "Åbne data"},
                   {"id": "b", "title": {"da": "Borgere", "en": "Citizens"}}],
        "initiatives": [{"id": "1", "title": "Et", "theme": "a", "status": "limited"},
                        {"id": "2", "title": "To", "theme": "b", "status": "completed"}]}"#;

    #[test]
    fn theme_titles_say_their_language_when_it_is_not_the_widgets() {
        let feed = read_plan_without_dates(FEED).unwrap().feed;
        let langs = |lang| {
            tally(&feed, lang)
                .rows
                .iter()
                .map(|r| (r.label.clone(), r.label_lang.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            langs(Lang::En),
            [
                ("All initiatives".to_string(), None),
                ("Åbne data".to_string(), Some("da".to_string())),
                ("Citizens".to_string(), None),
            ]
        );
        assert!(langs(Lang::Da).iter().all(|(_, l)| l.is_none()));
    }
}
