//! The embed codes the studio hands the editor (docs/embedding.md): the
//! custom element and the CMS placeholder, each with the fallback inside it
//! (the summary sentence and the chart drawn by `chart::render`, as
//! `ogw render` draws it), and the iframe for CMSs that allow no script.
//! They point at the address where the editor will publish the feed.

use crate::core::chart::render::{status_chart, timeline_chart};
use crate::core::chart::timeline::layout::Zoom;
use crate::core::date::{parse_iso, Day};
use crate::core::daycare::read::read_daycare;
use crate::core::i18n::Lang;
use crate::core::plan::read::read_plan;

/// How wide the pre-rendered chart is drawn (the widget's width less its
/// padding on a typical page column; `ogw render`'s default).
pub const FALLBACK_WIDTH: u32 = 640;

/// The fallback of a feed: its summary sentence and, for the plan widgets,
/// the chart as `ogw render` draws it (the timeline as of the feed's
/// `plan.as_of`, else `today`, with every milestone shown). `None` when the
/// feed cannot be read.
pub fn fallback(
    feed: &str,
    widget: &str,
    lang: Lang,
    today: Day,
) -> Option<(String, Option<String>)> {
    match widget {
        "daycare" => {
            let read = read_daycare(feed).ok()?;
            let title = read.feed.about.title.as_ref().map(|t| t.get(lang).to_string());
            let count = read.feed.areas.len();
            let sentence = match title {
                Some(title) => lang.pick(
                    format!("{title}: tal for {count} kommuner."),
                    format!("{title}: figures for {count} municipalities."),
                ),
                None => lang.pick(
                    format!("Tal for dagtilbud i {count} kommuner."),
                    format!("Daycare figures for {count} municipalities."),
                ),
            };
            Some((sentence, None))
        }
        "timeline" => {
            let read = read_plan(feed).ok()?;
            let as_of = read.feed.plan.as_of.as_deref().and_then(parse_iso).unwrap_or(today);
            let (svg, summary) =
                timeline_chart(&read, FALLBACK_WIDTH, lang, as_of, Zoom::Years, true);
            Some((summary, Some(svg)))
        }
        _ => {
            let read = read_plan(feed).ok()?;
            let (svg, sentence) = status_chart(&read, FALLBACK_WIDTH, lang);
            Some((sentence, Some(svg)))
        }
    }
}

/// What goes into the codes.
pub struct EmbedInput<'a> {
    /// `status`, `timeline` or `daycare`.
    pub widget: &'a str,
    /// Where the feed will be published (the editor types it).
    pub feed_url: &'a str,
    /// Where the bundle is (`ogw.js`, `embed.html`), ending in "/".
    pub bundle_url: &'a str,
    pub lang: Lang,
    /// What the widget shows, in a sentence: the fallback's text and the iframe's title.
    pub summary: &'a str,
    /// The pre-rendered chart, when the widget has one.
    pub svg: Option<&'a str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EmbedCodes {
    pub element: String,
    pub placeholder: String,
    pub iframe: String,
}

/// Why the typed feed address cannot be used, in the editor's language.
pub fn feed_url_problem(url: &str, lang: Lang) -> Option<&'static str> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if url.is_empty() {
        Some(lang.pick(
            "Skriv adressen, hvor feedet skal ligge, fx https://www.example.dk/data/plan.json.",
            "Type the address where the feed will be published, e.g. https://www.example.dk/data/plan.json.",
        ))
    } else if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        Some(lang.pick(
            "Adressen skal begynde med https:// (iframen henter feedet fra et andet websted).",
            "The address must start with https:// (the iframe fetches the feed from another site).",
        ))
    } else if url.chars().any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>') {
        Some(lang.pick(
            "Adressen må ikke indeholde mellemrum, anførselstegn eller < >.",
            "The address may not contain spaces, quotes or < >.",
        ))
    } else {
        None
    }
}

pub fn embed_codes(input: &EmbedInput<'_>) -> EmbedCodes {
    let lang = input.lang.code();
    let feed = attribute(input.feed_url.trim());
    let bundle = attribute(input.bundle_url);
    let widget = input.widget;
    let mut fallback = format!("  <p>{}</p>\n", text(input.summary));
    if let Some(svg) = input.svg {
        fallback += &format!("  {}\n", svg.trim());
    }
    let script = format!("<script src=\"{bundle}ogw.js\" defer></script>\n");
    let element = format!(
        "{script}<ogw-{widget} src=\"{feed}\" lang=\"{lang}\">\n{fallback}</ogw-{widget}>\n"
    );
    let placeholder = format!(
        "{script}<div data-ogw=\"{widget}\" data-src=\"{feed}\" data-lang=\"{lang}\">\n{fallback}</div>\n"
    );
    let height = match widget {
        "timeline" => 700,
        "daycare" => 900,
        _ => 480,
    };
    let query = format!("widget={widget}&src={}&lang={lang}", query_value(input.feed_url.trim()));
    let iframe = format!(
        "<iframe src=\"{bundle}embed.html?{}\" title=\"{}\" width=\"100%\" height=\"{height}\" data-ogw-embed></iframe>\n",
        attribute(&query),
        attribute(input.summary)
    );
    EmbedCodes { element, placeholder, iframe }
}

/// Text as element content: never markup.
fn text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn attribute(s: &str) -> String {
    text(s).replace('"', "&quot;")
}

/// A query value, percent-encoded but for what addresses keep readable.
fn query_value(s: &str) -> String {
    let mut out = String::new();
    for byte in s.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' | b':' => {
                out.push(byte as char)
            }
            _ => out += &format!("%{byte:02X}"),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_carry_the_feed_address_the_fallback_and_nothing_unescaped() {
        let codes = embed_codes(&EmbedInput {
            widget: "status",
            feed_url: "https://data.example.dk/plan.json?v=1&x=<y>",
            bundle_url: "https://cdn.example.dk/ogw/",
            lang: Lang::Da,
            summary: "3 initiativer: 1 afsluttet & 2 i gang <b>",
            svg: Some("<svg role=\"img\"></svg>"),
        });
        assert_eq!(
            codes.element,
            "<script src=\"https://cdn.example.dk/ogw/ogw.js\" defer></script>\n\
             <ogw-status src=\"https://data.example.dk/plan.json?v=1&amp;x=&lt;y&gt;\" lang=\"da\">\n  \
             <p>3 initiativer: 1 afsluttet &amp; 2 i gang &lt;b&gt;</p>\n  <svg role=\"img\"></svg>\n</ogw-status>\n"
        );
        assert!(codes.placeholder.contains("<div data-ogw=\"status\" data-src=\"https://data.example.dk/plan.json?v=1&amp;x=&lt;y&gt;\" data-lang=\"da\">"));
        assert!(codes.iframe.starts_with(
            "<iframe src=\"https://cdn.example.dk/ogw/embed.html?widget=status&amp;src=https://data.example.dk/plan.json%3Fv%3D1%26x%3D%3Cy%3E&amp;lang=da\""
        ), "{}", codes.iframe);
        assert!(codes.iframe.contains("height=\"480\""));
    }

    #[test]
    fn says_why_an_address_cannot_be_used() {
        assert!(feed_url_problem("", Lang::Da).is_some());
        assert!(feed_url_problem("javascript:alert(1)", Lang::En).is_some());
        assert!(feed_url_problem("https://a.dk/x y.json", Lang::En).is_some());
        assert_eq!(feed_url_problem(" https://data.example.dk/plan.json ", Lang::Da), None);
    }
}
