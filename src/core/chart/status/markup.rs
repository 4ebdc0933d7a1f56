//! `<ogw-status>`'s content as markup (`core::html`), drawn once by the web
//! layer (web/status/widget.rs), which then only places the segment buttons
//! and answers the keyboard: the subtitle, the summary, the chart (the SVG
//! and a button over each bar segment), the numbers table, the downloads,
//! the notice of skipped initiatives and the source line. And the list
//! behind a segment, made when the segment is chosen.

use super::layout::StatusLayout;
use crate::core::html::Html;
use crate::core::i18n::{Lang, Msg};
use crate::core::plan::markup::{
    downloads, initiative_item, skipped_notice, source_line, subtitle, table_toggle,
};
use crate::core::plan::read::ReadPlan;
use crate::core::plan::summary::segment_count;
use crate::core::plan::tally::StatusTally;
use crate::core::text::feed_language;

/// Everything under the widget's title. `svg` is the chart drawn from
/// `layout`; the segment buttons are placed by the web layer.
pub fn status_body(
    read: &ReadPlan,
    tally: &StatusTally,
    layout: &StatusLayout,
    svg: &str,
    sentence: &str,
    lang: Lang,
) -> String {
    let mut html = Html::new();
    subtitle(&mut html, read, lang);
    html.element("p", &[("class", Some("ogw-summary"))], sentence)
        .element("p", &[("class", Some("ogw-hint"))], Msg::ChartHint.text(lang))
        .open("div", &[("class", Some("ogw-chart"))])
        .open("div", &[("class", Some("ogw-svg")), ("aria-hidden", Some("true"))])
        .raw(svg)
        .close("div")
        .open(
            "div",
            &[
                ("class", Some("ogw-hits")),
                ("role", Some("group")),
                ("aria-label", Some(Msg::StatusTitle.text(lang))),
            ],
        );
    // The chart is one tab stop (the first segment until another is
    // focused); arrow keys move between segments.
    for i in 0..layout.segments.len() {
        let index = i.to_string();
        html.open(
            "button",
            &[
                ("type", Some("button")),
                ("class", Some("ogw-seg")),
                ("data-i", Some(&index)),
                ("aria-pressed", Some("false")),
                ("tabindex", Some(if i == 0 { "0" } else { "-1" })),
            ],
        )
        .open("span", &[("class", Some("ogw-sr-only"))]);
        segment_name(&mut html, tally, layout, i, lang);
        html.close("span").close("button");
    }
    html.close("div").close("div");
    table_toggle(&mut html, lang, "ogw-table", |html| numbers_table(html, tally, lang));
    downloads(&mut html, "ogw-status", lang);
    skipped_notice(&mut html, read, lang);
    source_line(&mut html, read, lang);
    html.finish()
}

/// The row's title (feed text, with its own `lang` when the feed wrote it
/// in another language) and then the count, e.g. "Åbne data: 3
/// initiativer begrænset": the segment's name and the list's heading.
fn segment_name(html: &mut Html, tally: &StatusTally, layout: &StatusLayout, i: usize, lang: Lang) {
    let Some(segment) = layout.segments.get(i) else { return };
    let row = &tally.rows[segment.row];
    html.text_in(&row.label, row.label_lang.as_deref()).text(": ").text(&segment_count(
        segment.count,
        segment.status.label(lang),
        lang,
    ));
}

/// The chart's numbers as a real table.
fn numbers_table(html: &mut Html, tally: &StatusTally, lang: Lang) {
    let col = [("scope", Some("col"))];
    html.open("table", &[("class", Some("ogw-table"))])
        .element("caption", &[], Msg::TableCaption.text(lang))
        .open("thead", &[])
        .open("tr", &[])
        .element("th", &col, Msg::Theme.text(lang));
    for status in &tally.statuses {
        html.element("th", &col, &status.title(lang));
    }
    html.element("th", &col, Msg::Total.text(lang)).close("tr").close("thead").open("tbody", &[]);
    for row in &tally.rows {
        html.open("tr", &[("class", row.is_total.then_some("ogw-total-row"))])
            .open("th", &[("scope", Some("row"))])
            .text_in(&row.label, row.label_lang.as_deref())
            .close("th");
        for status in &tally.statuses {
            html.element("td", &[], &row.count(*status).to_string());
        }
        html.element("td", &[], &row.total().to_string()).close("tr");
    }
    html.close("tbody").close("table");
}

/// The initiatives behind segment `i`, in a region named like the segment,
/// with a button that closes it.
pub fn status_detail(
    read: &ReadPlan,
    tally: &StatusTally,
    layout: &StatusLayout,
    i: usize,
    lang: Lang,
) -> String {
    let mut html = Html::new();
    let Some(segment) = layout.segments.get(i) else { return String::new() };
    html.open(
        "div",
        &[
            ("class", Some("ogw-detail")),
            ("role", Some("region")),
            ("aria-labelledby", Some("ogw-detail-title")),
        ],
    )
    .open("h3", &[("class", Some("ogw-detail-title")), ("id", Some("ogw-detail-title"))]);
    segment_name(&mut html, tally, layout, i, lang);
    html.close("h3").open("ul", &[("class", Some("ogw-list"))]);
    let written_in = feed_language(read.feed.plan.language.as_deref());
    for &index in tally.rows[segment.row].members_of(segment.status) {
        initiative_item(&mut html, &read.feed.initiatives[index], written_in, lang);
    }
    html.close("ul")
        .element(
            "button",
            &[("type", Some("button")), ("class", Some("ogw-button"))],
            Msg::Close.text(lang),
        )
        .close("div");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::status::layout::layout_status;
    use crate::core::plan::read::read_plan;
    use crate::core::plan::tally::tally;

    const FEED: &str = r#"{"format":"ogw.plan/1","themes":[{"id":"t","title":"<i>Tema</i>"}],
        "initiatives":[{"id":"1","theme":"t","title":"<img src=x onerror=alert(1)>","status":"completed"},
        {"id":"2","theme":"t","title":"b","status":"limited"}]}"#;

    fn body_and_detail(lang: Lang) -> (String, String) {
        let read = read_plan(FEED).unwrap();
        let tally = tally(&read.feed, lang);
        let layout = layout_status(&tally, 480.0, lang);
        let body = status_body(&read, &tally, &layout, "<svg></svg>", "2 initiativer", lang);
        (body, status_detail(&read, &tally, &layout, 2, lang))
    }

    #[test]
    fn one_button_per_segment_named_by_its_row_and_count_the_first_the_tab_stop() {
        let (body, _) = body_and_detail(Lang::Da);
        // Two in the overall row, two in the theme's.
        assert_eq!(body.matches("class=\"ogw-seg\"").count(), 4, "{body}");
        assert_eq!(body.matches("tabindex=\"0\"").count(), 1, "{body}");
        assert!(
            body.contains(
                "data-i=\"2\" aria-pressed=\"false\" tabindex=\"-1\"><span class=\"ogw-sr-only\">\
             &lt;i&gt;Tema&lt;/i&gt;: 1 initiativ afsluttet</span></button>"
            ),
            "{body}"
        );
        assert!(body.contains("<div class=\"ogw-svg\" aria-hidden=\"true\"><svg></svg></div>"));
        assert!(
            body.contains("<tr class=\"ogw-total-row\"><th scope=\"row\">Alle initiativer</th>")
        );
        assert!(body.contains("download=\"ogw-status.csv\""), "{body}");
    }

    #[test]
    fn the_list_behind_a_segment_escapes_feed_text() {
        let (_, detail) = body_and_detail(Lang::Da);
        assert!(
            detail.starts_with(
                "<div class=\"ogw-detail\" role=\"region\" aria-labelledby=\"ogw-detail-title\">\
             <h3 class=\"ogw-detail-title\" id=\"ogw-detail-title\">&lt;i&gt;Tema&lt;/i&gt;: 1 \
             initiativ afsluttet</h3>"
            ),
            "{detail}"
        );
        assert!(detail.contains("&lt;img src=x onerror=alert(1)&gt;"), "{detail}");
        assert!(!detail.contains("<img"), "{detail}");
        assert!(detail.ends_with("<button type=\"button\" class=\"ogw-button\">Luk</button></div>"));
    }
}
