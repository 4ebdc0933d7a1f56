//! `<ogw-timeline>`'s parts under the chart as markup (`core::html`), the
//! same elements its Leptos views drew: the table of every initiative and
//! milestone one button away, the download links, the notice of skipped
//! initiatives and the source line. Drawn once (web/timeline/widget.rs).

use super::export::{as_written, COLUMNS};
use super::model::Timeline;
use super::words::{moved_words, progress_words, status_words, TimelineMsg};
use crate::core::html::Html;
use crate::core::i18n::Lang;
use crate::core::plan::markup::{downloads, skipped_notice, source_line, table_toggle};
use crate::core::plan::read::ReadPlan;
use crate::core::text::lang_attr;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::day::date;
    use crate::core::plan::read::read_plan;
    use crate::core::timeline::model::build_timeline;

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
}
