//! The timeline on a phone as markup: the same items as a list, dates and
//! status in words, each initiative's milestones one button away and a
//! row's details opening in place under it. The web layer
//! (web/timeline/list.rs) sets it once and keeps it in step with what is
//! expanded and selected; every text goes through core/html.rs.

use super::markup::{row_key, row_title, timeline_details};
use super::model::Timeline;
use super::words::list_facts;
use crate::core::chart::timeline::layout::RowKind;
use crate::core::html::Html;
use crate::core::i18n::{milestones, Lang};
use crate::core::plan::read::ReadPlan;

/// What the list is drawn from, with what is open now.
pub struct ListState<'a> {
    pub read: &'a ReadPlan,
    pub timeline: &'a Timeline,
    pub lang: Lang,
    /// The row whose details are open.
    pub selected: Option<RowKind>,
}

/// The whole list: per theme its title and its initiatives; `expanded`
/// says which initiatives (group, initiative) show their milestones.
pub fn list_markup(state: &ListState, expanded: &dyn Fn(usize, usize) -> bool) -> String {
    let mut html = Html::new();
    for (g, group) in state.timeline.groups.iter().enumerate() {
        html.open("h3", &[("class", Some("ogw-tl-list-group"))]);
        row_title(&mut html, state.timeline, RowKind::Group { group: g }, state.lang);
        html.close("h3").open("ul", &[("class", Some("ogw-tl-list"))]);
        for (i, rows) in group.initiatives.iter().enumerate() {
            html.open("li", &[]);
            entry(&mut html, state, RowKind::Initiative { group: g, initiative: i });
            let count = rows.milestones.len();
            let open = expanded(g, i);
            if count > 0 {
                let (g_attr, i_attr) = (g.to_string(), i.to_string());
                html.element(
                    "button",
                    &[
                        ("type", Some("button")),
                        ("class", Some("ogw-tl-list-toggle")),
                        ("aria-expanded", Some(if open { "true" } else { "false" })),
                        ("data-g", Some(&g_attr)),
                        ("data-i", Some(&i_attr)),
                    ],
                    &milestones(state.lang, count),
                );
            }
            html.open("ul", &[("class", Some("ogw-tl-list ogw-tl-sublist"))]);
            if open {
                html.raw(&list_milestones(state, g, i));
            }
            html.close("ul").close("li");
        }
        html.close("ul");
    }
    html.finish()
}

/// An initiative's milestones, each in its `<li>`: the content of its
/// sublist while it is expanded.
pub fn list_milestones(state: &ListState, group: usize, initiative: usize) -> String {
    let mut html = Html::new();
    let count = state
        .timeline
        .groups
        .get(group)
        .and_then(|g| g.initiatives.get(initiative))
        .map_or(0, |rows| rows.milestones.len());
    for milestone in 0..count {
        html.open("li", &[]);
        entry(&mut html, state, RowKind::Milestone { group, initiative, milestone });
        html.close("li");
    }
    html.finish()
}

/// A row's button (title and facts, `aria-expanded` while its details are
/// open), then its details when they are.
fn entry(html: &mut Html, state: &ListState, kind: RowKind) {
    let Some(item) = (match kind {
        RowKind::Group { .. } => None,
        RowKind::Initiative { group, initiative } => state
            .timeline
            .groups
            .get(group)
            .and_then(|g| g.initiatives.get(initiative))
            .map(|rows| &rows.item),
        RowKind::Milestone { group, initiative, milestone } => state
            .timeline
            .groups
            .get(group)
            .and_then(|g| g.initiatives.get(initiative))
            .and_then(|rows| rows.milestones.get(milestone)),
    }) else {
        return;
    };
    let open = state.selected == Some(kind);
    html.open(
        "button",
        &[
            ("type", Some("button")),
            ("class", Some("ogw-tl-list-item")),
            ("data-row", Some(&row_key(kind))),
            ("aria-expanded", Some(if open { "true" } else { "false" })),
        ],
    );
    html.open("span", &[("class", Some("ogw-tl-list-title"))]);
    row_title(html, state.timeline, kind, state.lang);
    html.close("span");
    html.element("span", &[("class", Some("ogw-tl-list-facts"))], &list_facts(item, state.lang));
    html.close("button");
    if open {
        html.raw(&details_panel(state.read, state.timeline, kind, state.lang));
    }
}

/// A row's details panel (`timeline_details` in its region, named by its
/// title); empty when there is nothing to say about the row.
pub fn details_panel(read: &ReadPlan, timeline: &Timeline, kind: RowKind, lang: Lang) -> String {
    let content = timeline_details(read, timeline, kind, lang);
    if content.is_empty() {
        return content;
    }
    let mut html = Html::new();
    html.open(
        "div",
        &[
            ("class", Some("ogw-detail ogw-tl-details")),
            ("id", Some("ogw-tl-details")),
            ("role", Some("region")),
            ("aria-labelledby", Some("ogw-tl-details-title")),
        ],
    );
    html.raw(&content).close("div");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::day::date;
    use crate::core::plan::read::read_plan;
    use crate::core::timeline::model::build_timeline;

    const FEED: &str = r#"{"format":"ogw.plan/1","plan":{"language":"da"},
        "themes":[{"id":"t","title":"<script>t</script>"}],"initiatives":[
        {"id":"1","title":"<img src=x onerror=alert(1)>","theme":"t","status":"limited",
         "period":{"start":"2017","end":"2018"},
         "milestones":[{"title":"M \" & <m>","end":"juni 2018"},{"title":"N","end":"2018"}]}]}"#;

    fn with<R>(f: impl FnOnce(&ReadPlan, &Timeline) -> R) -> R {
        let read = read_plan(FEED).unwrap();
        let timeline = build_timeline(&read.feed, date(2018, 1, 1).unwrap(), Lang::En);
        f(&read, &timeline)
    }

    #[test]
    fn collapsed_list_has_the_initiative_and_a_closed_toggle_feed_text_escaped() {
        with(|read, timeline| {
            let state = ListState { read, timeline, lang: Lang::En, selected: None };
            let list = list_markup(&state, &|_, _| false);
            assert_eq!(list.matches("class=\"ogw-tl-list-item\"").count(), 1, "{list}");
            assert!(list.contains("<h3 class=\"ogw-tl-list-group\">"), "{list}");
            assert!(list.contains("&lt;script&gt;t&lt;/script&gt;"), "{list}");
            assert!(list.contains("&lt;img src=x onerror=alert(1)&gt;"), "{list}");
            assert!(!list.contains("<img") && !list.contains("<script"), "{list}");
            assert!(
                list.contains(
                    "class=\"ogw-tl-list-toggle\" aria-expanded=\"false\" data-g=\"0\" data-i=\"0\">2 milestones</button>"
                ),
                "{list}"
            );
            assert!(list.contains("<ul class=\"ogw-tl-list ogw-tl-sublist\"></ul>"), "{list}");
            assert!(!list.contains("ogw-tl-details"), "{list}");
        })
    }

    #[test]
    fn expanded_shows_milestones_and_the_selected_row_its_details_under_it() {
        with(|read, timeline| {
            let kind = RowKind::Milestone { group: 0, initiative: 0, milestone: 0 };
            let state = ListState { read, timeline, lang: Lang::En, selected: Some(kind) };
            let list = list_markup(&state, &|_, _| true);
            assert_eq!(list.matches("class=\"ogw-tl-list-item\"").count(), 3, "{list}");
            assert!(list.contains("aria-expanded=\"true\" data-g=\"0\" data-i=\"0\""), "{list}");
            assert!(list.contains("M &quot; &amp; &lt;m&gt;"), "{list}");
            assert!(!list.contains("<m>"), "{list}");
            let open = "data-row=\"m0-0-0\" aria-expanded=\"true\">";
            let at = list.find(open).expect(&list);
            let panel = list.find("<div class=\"ogw-detail ogw-tl-details\" id=\"ogw-tl-details\"");
            assert!(panel.is_some_and(|p| p > at), "{list}");
            assert_eq!(list.matches("aria-expanded=\"true\">").count(), 1, "{list}");
            assert_eq!(list_milestones(&state, 0, 0).matches("<li>").count(), 2);
            assert_eq!(list_milestones(&state, 0, 5), "");
        })
    }
}
