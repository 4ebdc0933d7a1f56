//! What every chart's SVG shares: drawn with plotters into a string at the
//! layout's size, and named for a screen reader by a `<title>` and a
//! `<desc>`, so the file speaks for itself without the widget.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::svg_backend::SvgBackend;
use crate::core::chart::pattern::use_pattern_fills;

/// Where a chart draws, and what drawing there can fail with.
pub type SvgArea<'a> = DrawingArea<SvgBackend<'a>, Shift>;
pub type SvgDrawn = Result<(), DrawingAreaErrorKind<std::convert::Infallible>>;

/// A standalone SVG of `width` × `height` drawn by `draw`, named by `title`
/// and `desc`, its status patterns as `<pattern>` fills (`pattern.rs`).
/// Its ids carry `kind` and a digest of the drawing and its words, so
/// several charts can share one page or shadow root without a clash: the
/// dashboard shows three kinds in one, and an agency's page may hold two
/// pre-rendered status charts (`ogw render`), whose titles and patterns
/// would otherwise name each other's.
pub fn svg_document(
    kind: &str,
    (width, height): (f64, f64),
    title: &str,
    desc: &str,
    draw: impl FnOnce(&SvgArea<'_>) -> SvgDrawn,
) -> String {
    let mut svg = String::new();
    {
        let root = SvgBackend::with_string(&mut svg, (width.round() as u32, height.round() as u32))
            .into_drawing_area();
        // Drawing into a String cannot fail; a failure here would be a bug in
        // the geometry, and a chart with a missing piece beats a panic.
        let _ = draw(&root);
        let _ = root.present();
    }
    let id = format!("ogw-{kind}-{:08x}", digest(&[&svg, title, desc]));
    let (svg, defs) = use_pattern_fills(svg, &id);
    with_title(svg, &id, title, desc, &defs)
}

/// FNV-1a (32 bits) of `parts`: the same chart always gets the same ids,
/// so the output stays reproducible (goldens, `www/no-javascript.html`).
fn digest(parts: &[&str]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for part in parts {
        for byte in part.bytes().chain([0]) {
            hash = (hash ^ byte as u32).wrapping_mul(0x0100_0193);
        }
    }
    hash
}

/// Names the drawing: `role="img"` labelled by its `<title>` and `<desc>`,
/// whose ids begin with `id`.
fn with_title(svg: String, id: &str, title: &str, desc: &str, defs: &str) -> String {
    let Some(open_end) =
        svg.find("<svg").and_then(|start| svg[start..].find('>').map(|end| start + end))
    else {
        return svg;
    };
    format!(
        "{} role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>{defs}{}",
        &svg[..open_end],
        escape_xml(title),
        escape_xml(desc),
        &svg[open_end + 1..]
    )
}

/// Text for the SVG's `<title>` and `<desc>`: the same escaping as all
/// markup the core writes (`core::html`).
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    crate::core::html::escape_into(&mut out, text);
    out
}

/// `svg` with its ids' digests left out (`ogw-status-title`, not
/// `ogw-status-1a2b3c4d-title`), for tests that look for a title.
#[cfg(test)]
pub(crate) fn without_digests(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find("ogw-") {
        let kind_end = rest[at + 4..].find(|c: char| !c.is_ascii_lowercase()).map(|e| at + 4 + e);
        let digest = kind_end.and_then(|e| rest.get(e..e + 10));
        let is_digest = digest.is_some_and(|d| {
            d.starts_with('-') && d.ends_with('-') && d[1..9].bytes().all(|b| b.is_ascii_hexdigit())
        });
        let end = kind_end.unwrap_or(at + 4);
        out.push_str(&rest[..end]);
        rest = if is_digest { &rest[end + 9..] } else { &rest[end..] };
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(title: &str) -> String {
        svg_document("status", (40.0, 20.0), title, "desc", |root| root.fill(&WHITE))
    }

    #[test]
    fn two_charts_on_one_page_never_share_an_id_and_one_chart_keeps_its_own() {
        let (a, b) = (chart("Plan 2017-2019"), chart("Plan 2019-2021"));
        let id = |svg: &str| {
            svg[svg.find("<title id=\"").unwrap() + 11..].split('"').next().unwrap().to_string()
        };
        assert_ne!(id(&a), id(&b));
        assert_eq!(id(&a), id(&chart("Plan 2017-2019")), "the same chart, the same ids");
        assert!(a.contains(&format!("aria-labelledby=\"{} ", id(&a))), "{a}");
        assert_eq!(
            without_digests(&a)
                .matches("<title id=\"ogw-status-title\">Plan 2017-2019</title>")
                .count(),
            1
        );
    }
}
