//! What every chart's SVG shares: drawn with plotters into a string at the
//! layout's size, and named for a screen reader by a `<title>` and a
//! `<desc>`, so the file speaks for itself without the widget.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::svg_backend::SvgBackend;

/// Where a chart draws, and what drawing there can fail with.
pub type SvgArea<'a> = DrawingArea<SvgBackend<'a>, Shift>;
pub type SvgDrawn = Result<(), DrawingAreaErrorKind<std::convert::Infallible>>;

/// A standalone SVG of `width` × `height` drawn by `draw`, named by `title`
/// and `desc` (ids carrying `kind`: see `with_title`).
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
    with_title(svg, kind, title, desc)
}

/// Names the drawing: `role="img"` labelled by its `<title>` and `<desc>`,
/// whose ids carry the chart's `kind`, so several kinds of chart can share
/// one page or shadow root (the dashboard shows three) without a clash.
fn with_title(svg: String, kind: &str, title: &str, desc: &str) -> String {
    let Some(open_end) =
        svg.find("<svg").and_then(|start| svg[start..].find('>').map(|end| start + end))
    else {
        return svg;
    };
    format!(
        "{} role=\"img\" aria-labelledby=\"ogw-{kind}-title ogw-{kind}-desc\"><title id=\"ogw-{kind}-title\">{}</title><desc id=\"ogw-{kind}-desc\">{}</desc>{}",
        &svg[..open_end],
        escape_xml(title),
        escape_xml(desc),
        &svg[open_end + 1..]
    )
}

pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}
