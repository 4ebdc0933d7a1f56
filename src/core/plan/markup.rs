//! The plan widgets' static parts as markup (`core::html`), the same
//! elements their Leptos views drew: the plan's subtitle, an initiative in
//! a list, the notice of skipped initiatives, the source line, the table
//! toggle and the download links. The web layer sets it once and listens
//! on its root (web/shared/delegate.rs).

use super::read::ReadPlan;
use super::Initiative;
use crate::core::calendar_words::iso_day_words;
use crate::core::html::Html;
use crate::core::i18n::{skipped, Lang, Msg};
use crate::core::link::safe_href;
use crate::core::problem::{Problem, ProblemKind, Severity};
use crate::core::text::{feed_language, lang_attr, Text};

/// Feed text in the widget: `text` in the language `get` picks, in a span
/// with its `lang` when that is not the widget's.
pub fn feed_text(html: &mut Html, text: &Text, written_in: &str, lang: Lang) {
    let code = lang_attr(text.language(lang, written_in), lang);
    html.text_in(text.get(lang), code.as_deref());
}

/// The plan's title under the widget's, when the feed gives one.
pub fn subtitle(html: &mut Html, read: &ReadPlan, lang: Lang) {
    let written_in = feed_language(read.feed.plan.language.as_deref());
    if let Some(title) = &read.feed.plan.title {
        html.open("p", &[("class", Some("ogw-subtitle"))]);
        feed_text(html, title, written_in, lang);
        html.close("p");
    }
}

/// One initiative in a list: its id, its title (a link when the feed gives
/// a safe one, plain text otherwise: no tab stop), who leads it, and its
/// status as the feed wrote it.
pub fn initiative_item(html: &mut Html, initiative: &Initiative, written_in: &str, lang: Lang) {
    html.open("li", &[("class", Some("ogw-item"))])
        .element("span", &[("class", Some("ogw-id"))], &initiative.id)
        .text(" ");
    let href = initiative.url.as_deref().and_then(safe_href);
    html.open("a", &[("class", Some("ogw-link ogw-item-title")), ("href", href.as_deref())]);
    feed_text(html, &initiative.title, written_in, lang);
    html.close("a");
    if let Some(lead) = &initiative.lead {
        html.open("span", &[("class", Some("ogw-lead"))]).text(Msg::Lead.text(lang)).text(": ");
        feed_text(html, lead, written_in, lang);
        html.close("span");
    }
    // The status as the feed wrote it, in the feed's language.
    if let Some(note) = &initiative.status.label {
        html.open("span", &[("class", Some("ogw-note"))]);
        html.text_in(&format!("({note})"), lang_attr(written_in, lang).as_deref());
        html.close("span");
    }
    html.close("li");
}

/// "2 initiativer kunne ikke vises …", with the reasons one click away.
pub fn skipped_notice(html: &mut Html, read: &ReadPlan, lang: Lang) {
    if read.skipped_initiatives == 0 {
        return;
    }
    html.open("div", &[("class", Some("ogw-notice")), ("role", Some("note"))])
        .element("p", &[], &skipped(lang, read.skipped_initiatives))
        .open("details", &[])
        .element("summary", &[], Msg::SkippedDetails.text(lang))
        .open("ul", &[]);
    let reasons = read.problems.iter().filter(|p| {
        p.severity == Severity::Error
            && p.path.starts_with("initiatives[")
            && !p.path.contains(".milestones")
    });
    for problem in reasons {
        html.element("li", &[], &problem.describe(lang));
    }
    html.close("ul").close("details").close("div");
}

/// A feed with no initiative to show: that, as an alert, and why the ones
/// it had were skipped.
pub fn nothing_to_show(read: &ReadPlan, lang: Lang) -> String {
    let mut html = Html::new();
    let message = Problem::fatal(ProblemKind::NothingToShow).describe(lang);
    html.element("p", &[("class", Some("ogw-error")), ("role", Some("alert"))], &message);
    skipped_notice(&mut html, read, lang);
    html.finish()
}

/// "Kilde: Digitaliseringsstyrelsen · Opgjort 1. september 2018".
pub fn source_line(html: &mut Html, read: &ReadPlan, lang: Lang) {
    let plan = &read.feed.plan;
    if plan.source.is_none() && plan.as_of.is_none() {
        return;
    }
    let written_in = feed_language(plan.language.as_deref());
    html.open("p", &[("class", Some("ogw-source"))]);
    if let Some(source) = &plan.source {
        let href = source.url.as_deref().and_then(safe_href);
        html.open("span", &[])
            .text(Msg::Source.text(lang))
            .text(": ")
            .open("a", &[("class", Some("ogw-link")), ("href", href.as_deref())]);
        feed_text(html, &source.name, written_in, lang);
        html.close("a").close("span");
    }
    // In words ("1. september 2018"), not digits read one by one.
    if let Some(day) = &plan.as_of {
        let said = iso_day_words(day, lang).unwrap_or_else(|| day.clone());
        html.open("span", &[]).text(" · ").text(Msg::AsOf.text(lang)).text(" ").text(&said);
        html.close("span");
    }
    html.close("p");
}

/// The button that shows and hides the numbers as a table, and the box
/// `table` writes into, named `id`. CSS shows the button's matching label
/// and hides the box while `aria-expanded` is "false".
pub fn table_toggle(html: &mut Html, lang: Lang, id: &'static str, table: impl FnOnce(&mut Html)) {
    html.open(
        "button",
        &[
            ("type", Some("button")),
            ("class", Some("ogw-button ogw-toggle")),
            ("aria-expanded", Some("false")),
            ("aria-controls", Some(id)),
        ],
    )
    .element("span", &[("class", Some("ogw-when-closed"))], Msg::ShowTable.text(lang))
    .element("span", &[("class", Some("ogw-when-open"))], Msg::HideTable.text(lang))
    .close("button")
    .open("div", &[("class", Some("ogw-table-wrap")), ("id", Some(id))]);
    table(html);
    html.close("div");
}

/// The "Download" links for the figures as CSV and the chart as SVG. The
/// files are made when a link is followed (web/shared/delegate.rs).
pub fn downloads(html: &mut Html, name: &str, lang: Lang) {
    html.open("p", &[("class", Some("ogw-downloads"))]);
    for (kind, label) in [("csv", Msg::DownloadCsv), ("svg", Msg::DownloadSvg)] {
        let class = format!("ogw-button ogw-download ogw-download-{kind}");
        let file = format!("{name}.{kind}");
        html.element(
            "a",
            &[("class", Some(&class)), ("href", Some("#")), ("download", Some(&file))],
            label.text(lang),
        );
    }
    html.close("p");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::read::read_plan;

    const FEED: &str = r#"{"format":"ogw.plan/1","plan":{"title":"Plan <1>","language":"da",
        "source":{"name":"Styrelsen & co","url":"javascript:alert(1)"},"as_of":"2018-09-01"},
        "initiatives":[{"id":"1.1","title":{"da":"<b>Åbne</b> data"},"lead":"Rigsarkivet",
        "status":"limited","url":"https://x.dk/1?a=1&b=2"},
        {"id":"<2>","title":"To","status":"Færdig \"nu\""},
        {"id":"3","status":"completed"}]}"#;

    #[test]
    fn feed_text_is_escaped_and_only_safe_links_are_links() {
        let read = read_plan(FEED).unwrap();
        let written_in = "da";
        let mut html = Html::new();
        for initiative in &read.feed.initiatives {
            initiative_item(&mut html, initiative, written_in, Lang::En);
        }
        subtitle(&mut html, &read, Lang::Da);
        source_line(&mut html, &read, Lang::Da);
        let html = html.finish();
        assert!(html.contains(
            "<li class=\"ogw-item\"><span class=\"ogw-id\">1.1</span> <a class=\"ogw-link \
             ogw-item-title\" href=\"https://x.dk/1?a=1&amp;b=2\"><span lang=\"da\">&lt;b&gt;Åbne&lt;/b&gt; \
             data</span></a><span class=\"ogw-lead\">Lead: <span lang=\"da\">Rigsarkivet</span></span></li>"
        ), "{html}");
        assert!(html.contains("<span class=\"ogw-id\">&lt;2&gt;</span>"), "{html}");
        assert!(
            html.contains(
                "<span class=\"ogw-note\"><span lang=\"da\">(Færdig &quot;nu&quot;)</span></span>"
            ),
            "{html}"
        );
        assert!(html.contains("<p class=\"ogw-subtitle\">Plan &lt;1&gt;</p>"), "{html}");
        // javascript: is no link: an <a> without href, plain text.
        assert!(html.contains("<a class=\"ogw-link\">Styrelsen &amp; co</a>"), "{html}");
        assert!(html.contains("· Opgjort 1. september 2018</span>"), "{html}");
        assert!(!html.contains("<b>") && !html.contains("javascript"), "{html}");
    }

    #[test]
    fn the_skipped_initiatives_are_named_with_their_reasons() {
        let read = read_plan(FEED).unwrap();
        assert_eq!(read.skipped_initiatives, 1, "the one without a title");
        let mut html = Html::new();
        skipped_notice(&mut html, &read, Lang::Da);
        let html = html.finish();
        assert!(html.starts_with("<div class=\"ogw-notice\" role=\"note\"><p>"), "{html}");
        assert_eq!(html.matches("<li>").count(), 1, "{html}");
        assert!(html.contains("initiatives[2]"), "{html}");
    }

    #[test]
    fn a_feed_with_nothing_to_show_says_so_and_why() {
        let read = read_plan(r#"{"format":"ogw.plan/1","initiatives":[{"id":"1"}]}"#).unwrap();
        let html = nothing_to_show(&read, Lang::En);
        assert!(html.starts_with("<p class=\"ogw-error\" role=\"alert\">"), "{html}");
        assert!(html.contains("<div class=\"ogw-notice\" role=\"note\">"), "{html}");
    }
}
