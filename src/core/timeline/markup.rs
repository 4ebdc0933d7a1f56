//! `<ogw-timeline>`'s parts under the chart as markup (`core::html`), the
//! same elements its Leptos views drew: the table of every initiative and
//! milestone one button away, the download links, the notice of skipped
//! initiatives and the source line. Drawn once (web/timeline/widget.rs).

use super::export::{as_written, COLUMNS};
use super::model::{InitiativeRows, Item, Timeline};
use super::tree::TreeNode;
use super::words::{moved_words, progress_words, row_facts, span_words, status_words, TimelineMsg};
use crate::core::chart::timeline::layout::{RowKind, TimelineLayout};
use crate::core::html::Html;
use crate::core::i18n::{Lang, Msg};
use crate::core::link::{email_href, phone_href, safe_href};
use crate::core::plan::markup::{downloads, feed_text, skipped_notice, source_line, table_toggle};
use crate::core::plan::read::ReadPlan;
use crate::core::text::{lang_attr, Text};

/// The table, the downloads, the skipped initiatives and the source.
pub fn timeline_tail(read: &ReadPlan, timeline: &Timeline, lang: Lang) -> String {
    let mut html = Html::new();
    table_toggle(&mut html, lang, "ogw-table", |html| item_table(html, timeline, lang));
    downloads(&mut html, "ogw-timeline", lang);
    skipped_notice(&mut html, read, lang);
    source_line(&mut html, read, lang);
    html.finish()
}

/// Every initiative and milestone as a row of a real table: dates as the
/// feed wrote them, for analysts.
fn item_table(html: &mut Html, timeline: &Timeline, lang: Lang) {
    html.open("table", &[("class", Some("ogw-table ogw-tl-table"))])
        .element("caption", &[], TimelineMsg::TimelineTableCaption.text(lang))
        .open("thead", &[])
        .open("tr", &[]);
    for column in COLUMNS {
        html.element("th", &[("scope", Some("col"))], column.text(lang));
    }
    html.close("tr").close("thead").open("tbody", &[]);
    let title = |html: &mut Html, text: &str, text_lang: &str| {
        html.text_in(text, lang_attr(text_lang, lang).as_deref());
    };
    for rows in timeline.groups.iter().flat_map(|g| &g.initiatives) {
        let items =
            std::iter::once((&rows.item, true)).chain(rows.milestones.iter().map(|m| (m, false)));
        for (item, is_initiative) in items {
            html.open("tr", &[("class", is_initiative.then_some("ogw-total-row"))])
                .open("th", &[("scope", Some("row"))])
                .text(&rows.id)
                .text(" ");
            title(html, &rows.item.title, &rows.item.title_lang);
            html.close("th").open("td", &[]);
            if !is_initiative {
                title(html, &item.title, &item.title_lang);
            }
            html.close("td")
                .element("td", &[], &as_written(item, &item.start))
                .element("td", &[], &as_written(item, &item.end))
                .element("td", &[], &status_words(item, lang))
                .element("td", &[], &moved_words(item, lang).unwrap_or_default());
            let progress = progress_words(item.target.as_ref(), item.actual.as_ref(), lang);
            html.element("td", &[], &progress.unwrap_or_default()).close("tr");
        }
    }
    html.close("tbody").close("table");
}

/// What is known about a row, inside its details panel: its title (the
/// panel's name, focused when it opens), dates in words, status and its
/// note, slip, progress, and for an initiative its texts, lead, partners,
/// contact and link; then the button that closes the panel. Empty for a
/// group or a row that is not there.
pub fn timeline_details(read: &ReadPlan, timeline: &Timeline, kind: RowKind, lang: Lang) -> String {
    let mut html = Html::new();
    let (group, initiative) = match kind {
        RowKind::Group { .. } => return String::new(),
        RowKind::Initiative { group, initiative }
        | RowKind::Milestone { group, initiative, .. } => (group, initiative),
    };
    let Some(rows) = timeline.groups.get(group).and_then(|g| g.initiatives.get(initiative)) else {
        return String::new();
    };
    let item = match kind {
        RowKind::Milestone { milestone, .. } => rows.milestones.get(milestone),
        _ => Some(&rows.item),
    };
    let (Some(item), Some(source)) = (item, read.feed.initiatives.get(rows.index)) else {
        return String::new();
    };
    let written_in = timeline.language.as_str();
    let is_initiative = matches!(kind, RowKind::Initiative { .. });
    html.open(
        "h3",
        &[
            ("class", Some("ogw-detail-title ogw-tl-details-title")),
            ("id", Some("ogw-tl-details-title")),
            ("tabindex", Some("-1")),
        ],
    );
    html.text_in(&item.title, lang_attr(&item.title_lang, lang).as_deref());
    html.close("h3").open("dl", &[("class", Some("ogw-facts"))]);
    let fact = |html: &mut Html, label: &str, value: &str| {
        html.element("dt", &[], label).element("dd", &[], value);
    };
    let feed_fact = |html: &mut Html, label: &str, value: &Option<Text>| {
        if let Some(value) = value {
            html.element("dt", &[], label).open("dd", &[]);
            feed_text(html, value, written_in, lang);
            html.close("dd");
        }
    };
    fact(&mut html, TimelineMsg::When.text(lang), &span_words(item, lang));
    fact(&mut html, TimelineMsg::Status.text(lang), &status_words(item, lang));
    let status_note = match kind {
        RowKind::Milestone { milestone, .. } => {
            source.milestones.get(milestone).and_then(|m| m.status_note.clone())
        }
        _ => source.status_note.clone(),
    };
    feed_fact(&mut html, TimelineMsg::StatusNote.text(lang), &status_note);
    if let Some(moved) = moved_words(item, lang) {
        fact(&mut html, TimelineMsg::Deadline.text(lang), &moved);
    }
    if let Some(progress) = progress_words(item.target.as_ref(), item.actual.as_ref(), lang) {
        fact(&mut html, TimelineMsg::Progress.text(lang), &progress);
    }
    if is_initiative {
        feed_fact(&mut html, Msg::Lead.text(lang), &source.lead);
        if !source.partners.is_empty() {
            html.element("dt", &[], TimelineMsg::Partners.text(lang)).open("dd", &[]);
            for (i, partner) in source.partners.iter().enumerate() {
                if i > 0 {
                    html.text(", ");
                }
                feed_text(&mut html, partner, written_in, lang);
            }
            html.close("dd");
        }
        for (label, field) in [
            (TimelineMsg::Summary, &source.summary),
            (TimelineMsg::Results, &source.results),
            (TimelineMsg::NextSteps, &source.next_steps),
        ] {
            feed_fact(&mut html, label.text(lang), field);
        }
        if let Some(contact) = &source.contact {
            html.element("dt", &[], TimelineMsg::Contact.text(lang)).open("dd", &[]);
            if let Some(name) = &contact.name {
                html.text(name);
            }
            if let Some(role) = &contact.role {
                if contact.name.is_some() {
                    html.text(", ");
                }
                feed_text(&mut html, role, written_in, lang);
            }
            // Only mailto: and tel: links; an address that is not one stays text.
            for (text, href) in [
                (&contact.email, contact.email.as_deref().and_then(email_href)),
                (&contact.phone, contact.phone.as_deref().and_then(phone_href)),
            ] {
                if let Some(text) = text {
                    html.text(" ").element(
                        "a",
                        &[("class", Some("ogw-link")), ("href", href.as_deref())],
                        text,
                    );
                }
            }
            html.close("dd");
        }
    } else {
        html.element("dt", &[], TimelineMsg::Initiative.text(lang)).open("dd", &[]);
        initiative_title(&mut html, rows, lang);
        html.close("dd");
    }
    html.close("dl");
    if let Some(href) = source.url.as_deref().filter(|_| is_initiative).and_then(safe_href) {
        html.open("p", &[])
            .element(
                "a",
                &[("class", Some("ogw-link")), ("href", Some(&href))],
                TimelineMsg::MoreAbout.text(lang),
            )
            .close("p");
    }
    html.element(
        "button",
        &[("type", Some("button")), ("class", Some("ogw-button"))],
        Msg::Close.text(lang),
    );
    html.finish()
}

/// "1.3 Dagtilbudsportalen": the initiative's id and its title as the feed
/// wrote it.
fn initiative_title(html: &mut Html, rows: &InitiativeRows, lang: Lang) {
    let item: &Item = &rows.item;
    html.text(&rows.id)
        .text(" ")
        .text_in(&item.title, lang_attr(&item.title_lang, lang).as_deref());
}

/// The zoom's three buttons (years, quarters, months), years pressed, each
/// carrying `data-zoom` (0, 1, 2: its place in `Zoom::ALL`) for the one
/// listener on their group (web/timeline/widget.rs) to find the zoom by.
pub fn zoom_buttons(lang: Lang) -> String {
    let mut html = Html::new();
    let labels = [TimelineMsg::ZoomYears, TimelineMsg::ZoomQuarters, TimelineMsg::ZoomMonths];
    for (n, label) in labels.into_iter().enumerate() {
        html.element(
            "button",
            &[
                ("type", Some("button")),
                ("class", Some("ogw-button ogw-toggle")),
                ("aria-pressed", Some(if n == 0 { "true" } else { "false" })),
                ("data-zoom", Some(["0", "1", "2"][n])),
            ],
            label.text(lang),
        );
    }
    html.finish()
}

/// The key a row's elements carry (`data-row`, `data-label`): "g0",
/// "i0-2", "m0-2-1".
pub fn row_key(kind: RowKind) -> String {
    match kind {
        RowKind::Group { group } => format!("g{group}"),
        RowKind::Initiative { group, initiative } => format!("i{group}-{initiative}"),
        RowKind::Milestone { group, initiative, milestone } => {
            format!("m{group}-{initiative}-{milestone}")
        }
    }
}

/// The row a key from `row_key` names; `None` for any other text.
pub fn row_from_key(key: &str) -> Option<RowKind> {
    let (kind, numbers) = key.split_at_checked(1)?;
    let numbers: Vec<usize> = numbers.split('-').map(|n| n.parse().ok()).collect::<Option<_>>()?;
    match (kind, numbers.as_slice()) {
        ("g", &[group]) => Some(RowKind::Group { group }),
        ("i", &[group, initiative]) => Some(RowKind::Initiative { group, initiative }),
        ("m", &[group, initiative, milestone]) => {
            Some(RowKind::Milestone { group, initiative, milestone })
        }
        _ => None,
    }
}

/// A row's title as the feed wrote it: a theme's, "1.3 Dagtilbudsportalen"
/// for an initiative, a milestone's; in a span with the feed's language
/// when it is not the widget's.
pub fn row_title(html: &mut Html, timeline: &Timeline, kind: RowKind, lang: Lang) {
    let title = |html: &mut Html, text: &str, text_lang: &str| {
        html.text_in(text, lang_attr(text_lang, lang).as_deref());
    };
    match kind {
        RowKind::Group { group } => {
            if let Some(g) = timeline.groups.get(group) {
                title(html, &g.title, &g.title_lang);
            }
        }
        RowKind::Initiative { group, initiative } => {
            if let Some(rows) =
                timeline.groups.get(group).and_then(|g| g.initiatives.get(initiative))
            {
                initiative_title(html, rows, lang);
            }
        }
        RowKind::Milestone { group, initiative, milestone } => {
            let item = timeline
                .groups
                .get(group)
                .and_then(|g| g.initiatives.get(initiative))
                .and_then(|rows| rows.milestones.get(milestone));
            if let Some(item) = item {
                title(html, &item.title, &item.title_lang);
            }
        }
    }
}

/// A row's accessible name as markup, so the title keeps its `lang`: the
/// title, then when, status and what is off in the widget's language, and
/// for an initiative how many milestones it has.
pub fn row_name_markup(timeline: &Timeline, kind: RowKind, lang: Lang) -> String {
    let mut html = Html::new();
    row_title(&mut html, timeline, kind, lang);
    html.text(", ").text(&row_facts(timeline, kind, lang));
    html.finish()
}

/// One treeitem of the chart's tree (web/timeline/chart.rs): a row's
/// element with its level and place among its siblings, named by the row's
/// accessible name (`row_name_markup`) in a span for screen readers. Out of
/// the tab order until the web layer makes it the tree's one tab stop; it
/// also sets `aria-expanded` and `aria-selected`, which change.
pub fn tree_row(html: &mut Html, timeline: &Timeline, node: &TreeNode, lang: Lang) {
    let (level, size, pos) =
        (node.level.to_string(), node.set_size.to_string(), node.pos_in_set.to_string());
    html.open(
        "div",
        &[
            ("role", Some("treeitem")),
            ("class", Some("ogw-tl-row")),
            ("data-row", Some(&row_key(node.kind))),
            ("tabindex", Some("-1")),
            ("aria-level", Some(&level)),
            ("aria-setsize", Some(&size)),
            ("aria-posinset", Some(&pos)),
        ],
    );
    html.open("span", &[("class", Some("ogw-sr-only"))]);
    html.raw(&row_name_markup(timeline, node.kind, lang)).close("span").close("div");
}

/// The chart's theme bands and its row labels, drawn again with each
/// layout: each element carries `data-r`, its row's index in
/// `layout.rows`, for the web layer to place it (through the CSSOM, which
/// a strict Content-Security-Policy allows). A label is `aria-hidden`: the
/// tree's items name the rows. An initiative with milestones gets the + / −
/// that shows them (named for a pointer user's screen reader; no tab stop:
/// the keyboard has the arrow keys), carrying `data-g` and `data-i`.
pub fn timeline_labels(
    timeline: &Timeline,
    layout: &TimelineLayout,
    expanded: &dyn Fn(usize, usize) -> bool,
    lang: Lang,
) -> (String, String) {
    let (mut bands, mut labels) = (Html::new(), Html::new());
    for (r, row) in layout.rows.iter().enumerate() {
        let index = r.to_string();
        let key = row_key(row.kind);
        let at = Some(index.as_str());
        let class = match row.kind {
            RowKind::Group { .. } => {
                bands
                    .open("div", &[("class", Some("ogw-tl-band")), ("data-r", at)])
                    .open("span", &[("class", Some("ogw-tl-label-text"))]);
                row_title(&mut bands, timeline, row.kind, lang);
                bands.close("span").close("div");
                continue;
            }
            RowKind::Milestone { .. } => "ogw-tl-label ogw-tl-ms",
            RowKind::Initiative { .. } => "ogw-tl-label",
        };
        labels
            .open(
                "div",
                &[
                    ("class", Some(class)),
                    ("data-r", at),
                    ("data-focus-row", Some(&key)),
                    ("aria-hidden", Some("true")),
                ],
            )
            .open("span", &[("class", Some("ogw-tl-label-text")), ("data-label", Some(&key))]);
        row_title(&mut labels, timeline, row.kind, lang);
        labels.close("span").close("div");
        let RowKind::Initiative { group, initiative } = row.kind else { continue };
        let has_milestones = timeline
            .groups
            .get(group)
            .and_then(|g| g.initiatives.get(initiative))
            .is_some_and(|rows| !rows.milestones.is_empty());
        if !has_milestones {
            continue;
        }
        let open = expanded(group, initiative);
        let (g, i) = (group.to_string(), initiative.to_string());
        labels.open(
            "button",
            &[
                ("type", Some("button")),
                ("class", Some("ogw-tl-expand")),
                ("tabindex", Some("-1")),
                ("data-r", at),
                ("data-g", Some(&g)),
                ("data-i", Some(&i)),
            ],
        );
        // Its name says what it does to which row: "Vis milepæle for 1.3 Dagtilbudsportalen".
        for (message, hidden) in
            [(TimelineMsg::ShowMilestonesFor, open), (TimelineMsg::HideMilestonesFor, !open)]
        {
            let class = if hidden { "ogw-sr-only ogw-tl-hidden" } else { "ogw-sr-only" };
            labels.open("span", &[("class", Some(class))]).text(message.text(lang)).text(" ");
            row_title(&mut labels, timeline, row.kind, lang);
            labels.close("span");
        }
        labels.element("span", &[("aria-hidden", Some("true"))], if open { "−" } else { "+" });
        labels.close("button");
    }
    (bands.finish(), labels.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::day::date;
    use crate::core::plan::read::read_plan;
    use crate::core::timeline::model::build_timeline;

    #[test]
    fn zoom_buttons_years_pressed_each_names_its_zoom() {
        let markup = zoom_buttons(Lang::En);
        assert_eq!(
            markup.matches("<button type=\"button\" class=\"ogw-button ogw-toggle\"").count(),
            3,
            "{markup}"
        );
        assert!(markup.contains("aria-pressed=\"true\" data-zoom=\"0\">"), "{markup}");
        assert!(markup.contains("aria-pressed=\"false\" data-zoom=\"1\">"), "{markup}");
        assert!(markup.contains("aria-pressed=\"false\" data-zoom=\"2\">"), "{markup}");
        assert_eq!(markup.matches("aria-pressed=\"true\"").count(), 1, "{markup}");
        for label in [TimelineMsg::ZoomYears, TimelineMsg::ZoomQuarters, TimelineMsg::ZoomMonths] {
            let da = zoom_buttons(Lang::Da);
            assert!(da.contains(&format!(">{}</button>", label.text(Lang::Da))), "{da}");
        }
    }

    #[test]
    fn a_row_key_names_its_row_and_nothing_else_names_one() {
        let kinds = [
            RowKind::Group { group: 3 },
            RowKind::Initiative { group: 0, initiative: 12 },
            RowKind::Milestone { group: 1, initiative: 2, milestone: 30 },
        ];
        for kind in kinds {
            assert_eq!(row_from_key(&row_key(kind)), Some(kind));
        }
        for key in ["", "g", "i1", "m1-2", "x1", "g1-2", "i-1-2", "ø1", "g1 ", "m1-2-3-4"] {
            assert_eq!(row_from_key(key), None, "{key}");
        }
    }

    #[test]
    fn a_tree_row_has_its_place_and_its_name_feed_text_escaped() {
        let read = read_plan(
            r#"{"format":"ogw.plan/1","plan":{"language":"da"},"initiatives":[
                {"id":"7","title":"<i onclick=x>\"Ét\"</i>","status":"limited","period":{"start":"2017","end":"2018"}}]}"#,
        )
        .unwrap();
        let timeline = build_timeline(&read.feed, date(2018, 1, 1).unwrap(), Lang::En);
        let kind = RowKind::Initiative { group: 0, initiative: 0 };
        let node = TreeNode { kind, level: 2, set_size: 3, pos_in_set: 2, expanded: None };
        let mut html = Html::new();
        tree_row(&mut html, &timeline, &node, Lang::En);
        let row = html.finish();
        assert!(
            row.starts_with(
                "<div role=\"treeitem\" class=\"ogw-tl-row\" data-row=\"i0-0\" tabindex=\"-1\" \
                 aria-level=\"2\" aria-setsize=\"3\" aria-posinset=\"2\"><span class=\"ogw-sr-only\">7 "
            ),
            "{row}"
        );
        assert!(row.contains("&lt;i onclick=x&gt;&quot;Ét&quot;&lt;/i&gt;"), "{row}");
        assert!(!row.contains("<i"), "{row}");
        assert!(
            row.ends_with(&format!("{}</span></div>", row_facts(&timeline, kind, Lang::En))),
            "{row}"
        );
    }

    #[test]
    fn one_row_per_initiative_and_milestone_feed_text_escaped() {
        let read = read_plan(
            r#"{"format":"ogw.plan/1","plan":{"language":"da"},"initiatives":[
                {"id":"1","title":"<b>Ét</b>","status":"limited","period":{"start":"2017","end":"2018"},
                 "milestones":[{"title":"M & m","end":"juni 2018"}]}]}"#,
        )
        .unwrap();
        let timeline = build_timeline(&read.feed, date(2018, 1, 1).unwrap(), Lang::En);
        let tail = timeline_tail(&read, &timeline, Lang::En);
        assert_eq!(tail.matches("<tr class=\"ogw-total-row\">").count(), 1, "{tail}");
        assert_eq!(tail.matches("<th scope=\"row\">").count(), 2, "{tail}");
        assert!(
            tail.contains(
                "<th scope=\"row\">1 <span lang=\"da\">&lt;b&gt;Ét&lt;/b&gt;</span></th>"
            ),
            "{tail}"
        );
        assert!(
            tail.contains(
                "<td><span lang=\"da\">M &amp; m</span></td><td>–</td><td>juni 2018</td>"
            ),
            "{tail}"
        );
        assert!(tail.contains("download=\"ogw-timeline.csv\""), "{tail}");
        assert!(!tail.contains("<b>"), "{tail}");
    }

    #[test]
    fn details_say_what_is_known_and_only_safe_links_are_links() {
        let read = read_plan(
            r#"{"format":"ogw.plan/1","plan":{"language":"da"},"initiatives":[
                {"id":"1","title":"<b>Ét</b>","status":"limited","period":{"start":"2017","end":"2018"},
                 "lead":"Styrelsen","partners":["A & B","C"],"url":"javascript:alert(1)",
                 "contact":{"name":"Jens <x>","email":"jens@x.dk","phone":"not a number"},
                 "milestones":[{"title":"M","end":"juni 2018"}]}]}"#,
        )
        .unwrap();
        let timeline = build_timeline(&read.feed, date(2018, 1, 1).unwrap(), Lang::Da);
        let initiative = RowKind::Initiative { group: 0, initiative: 0 };
        let details = timeline_details(&read, &timeline, initiative, Lang::Da);
        assert!(details.starts_with("<h3 class=\"ogw-detail-title ogw-tl-details-title\" id=\"ogw-tl-details-title\" tabindex=\"-1\">&lt;b&gt;Ét&lt;/b&gt;</h3><dl class=\"ogw-facts\">"), "{details}");
        assert!(details.contains("<dd>A &amp; B, C</dd>"), "{details}");
        assert!(details.contains("<dd>Jens &lt;x&gt; <a class=\"ogw-link\" href=\"mailto:jens@x.dk\">jens@x.dk</a> <a class=\"ogw-link\">not a number</a></dd>"), "{details}");
        assert!(!details.contains("javascript"), "no link to an unsafe address: {details}");
        assert!(
            details.ends_with("<button type=\"button\" class=\"ogw-button\">Luk</button>"),
            "{details}"
        );
        let milestone = RowKind::Milestone { group: 0, initiative: 0, milestone: 0 };
        let details = timeline_details(&read, &timeline, milestone, Lang::Da);
        assert!(
            details.contains("<dd>1 &lt;b&gt;Ét&lt;/b&gt;</dd>"),
            "the initiative it belongs to: {details}"
        );
        assert!(!details.contains("Styrelsen"), "{details}");
        assert_eq!(timeline_details(&read, &timeline, RowKind::Group { group: 0 }, Lang::Da), "");
    }

    #[test]
    fn a_row_s_name_keeps_its_title_s_language_and_escapes_it() {
        let read = read_plan(
            r#"{"format":"ogw.plan/1","plan":{"language":"da"},"themes":[{"id":"t","title":"<Tema>"}],
                "initiatives":[{"id":"1","theme":"t","title":"Ét","status":"limited","period":{"start":"2017","end":"2018"}}]}"#,
        )
        .unwrap();
        let timeline = build_timeline(&read.feed, date(2018, 1, 1).unwrap(), Lang::En);
        let group = RowKind::Group { group: 0 };
        let mut title = Html::new();
        row_title(&mut title, &timeline, group, Lang::En);
        assert_eq!(title.finish(), "<span lang=\"da\">&lt;Tema&gt;</span>");
        let name =
            row_name_markup(&timeline, RowKind::Initiative { group: 0, initiative: 0 }, Lang::En);
        assert_eq!(name, "1 <span lang=\"da\">Ét</span>, 2017 to 2018, limited");
    }
}
