//! Status patterns as SVG `<pattern>` fills. A patterned swatch is one
//! `<rect>` filled with a tile from the chart's `<defs>`, not a shape per
//! stripe or dot: the seed plan's timeline had 1,200 such shapes, which the
//! core wrote out one by one and the browser parsed, styled and laid out
//! before the first paint (issue 13).
//!
//! plotters' drawing API has no `fill="url(#…)"`, so `draw_swatch` draws the
//! pattern's rectangle in the pattern's colour with an opacity no chart uses
//! otherwise (`marker`), and `use_pattern_fills` turns each such rectangle
//! into a pattern fill and writes the tiles it used.

use crate::core::chart::palette::Pattern;
use crate::core::number::plain;

/// The opacity that marks a rectangle as `pattern`'s fill: a multiple of
/// 1/1024, written exactly, far below any opacity a chart draws with.
/// `None` for the patterns that draw no marks.
pub(crate) fn marker(pattern: Pattern) -> Option<f64> {
    let index = PATTERNS.iter().position(|(p, ..)| *p == pattern)?;
    Some((index + 1) as f64 / 1024.0)
}

/// Each patterned style: its name in ids, the tile's size and its marks,
/// drawn in `{c}`. Status lines are 2 px wide, 7 px apart, as they were
/// when each was its own shape.
const PATTERNS: [(Pattern, &str, (u32, u32), &str); 7] = [
    (
        Pattern::Diagonal,
        "diagonal",
        (7, 7),
        "<path d=\"M-1 1L1-1M0 7L7 0M6 8L8 6\" stroke=\"{c}\" stroke-width=\"2\"/>",
    ),
    (
        Pattern::BackDiagonal,
        "back-diagonal",
        (7, 7),
        "<path d=\"M-1 6L1 8M0 0L7 7M6-1L8 1\" stroke=\"{c}\" stroke-width=\"2\"/>",
    ),
    (
        Pattern::CrossHatch,
        "cross-hatch",
        (7, 7),
        "<path d=\"M-1 1L1-1M0 7L7 0M6 8L8 6M-1 6L1 8M0 0L7 7M6-1L8 1\" stroke=\"{c}\" stroke-width=\"2\"/>",
    ),
    (Pattern::Vertical, "vertical", (7, 7), "<path d=\"M3.5 0V7\" stroke=\"{c}\" stroke-width=\"2\"/>"),
    (
        Pattern::Horizontal,
        "horizontal",
        (7, 7),
        "<path d=\"M0 3.5H7\" stroke=\"{c}\" stroke-width=\"2\"/>",
    ),
    (
        Pattern::Uncertain,
        "uncertain",
        (5, 5),
        "<path d=\"M-1 1L1-1M0 5L5 0M4 6L6 4\" stroke=\"{c}\" stroke-width=\"1\"/>",
    ),
    // Rows 6 px apart, every other one shifted by half a step.
    (
        Pattern::Dots,
        "dots",
        (7, 12),
        "<circle cx=\"4.5\" cy=\"3\" r=\"2\" fill=\"{c}\"/><circle cx=\"1\" cy=\"9\" r=\"2\" fill=\"{c}\"/><circle cx=\"8\" cy=\"9\" r=\"2\" fill=\"{c}\"/>",
    ),
];

/// `svg` with every marked rectangle filled with its pattern, and the
/// `<defs>` holding the tiles used (empty when none is). Tile ids are the
/// chart's `id` (as its title's are), the pattern and the colour.
pub(crate) fn use_pattern_fills(svg: String, id: &str) -> (String, String) {
    let mut svg = svg;
    let mut defs = String::new();
    for (pattern, name, (w, h), marks) in PATTERNS {
        let Some(alpha) = marker(pattern) else { continue };
        let needle = format!("opacity=\"{}\" fill=\"#", plain(alpha));
        let mut used: Vec<String> = Vec::new();
        let mut out = String::with_capacity(svg.len());
        let mut rest = svg.as_str();
        while let Some(at) = rest.find(&needle) {
            let hex_at = at + needle.len();
            let Some(hex) = rest.get(hex_at..hex_at + 6) else { break };
            let hex = hex.to_ascii_lowercase();
            out.push_str(&rest[..at]);
            out.push_str(&format!("fill=\"url(#{id}-{name}-{hex})\""));
            rest = &rest[hex_at + 7..];
            if !used.contains(&hex) {
                used.push(hex);
            }
        }
        out.push_str(rest);
        svg = out;
        for hex in used {
            defs += &format!(
                "<pattern id=\"{id}-{name}-{hex}\" patternUnits=\"userSpaceOnUse\" width=\"{w}\" height=\"{h}\">{}</pattern>",
                marks.replace("{c}", &format!("#{hex}"))
            );
        }
    }
    let defs = if defs.is_empty() { defs } else { format!("<defs>{defs}</defs>") };
    (svg, defs)
}

/// The colour a marked rectangle is drawn in, as the SVG backend writes it.
#[cfg(test)]
fn plotters_hex(c: crate::core::chart::palette::Rgb) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_patterned_style_has_a_tile_and_a_marker_of_its_own() {
        let all = [
            Pattern::Solid,
            Pattern::Diagonal,
            Pattern::Dots,
            Pattern::Hollow,
            Pattern::Vertical,
            Pattern::CrossHatch,
            Pattern::BackDiagonal,
            Pattern::Horizontal,
            Pattern::Uncertain,
        ];
        let markers: Vec<f64> = all.iter().filter_map(|p| marker(*p)).collect();
        assert_eq!(markers.len(), 7, "Solid and Hollow draw no marks; the rest do");
        for (i, a) in markers.iter().enumerate() {
            assert!(*a < 0.01 && markers[i + 1..].iter().all(|b| b != a));
        }
    }

    #[test]
    fn a_marked_rectangle_becomes_a_pattern_fill_and_its_tile_is_defined_once() {
        let alpha = marker(Pattern::Dots).unwrap();
        let colour = plotters_hex(crate::core::chart::palette::Rgb(0xe8, 0xb0, 0x7a));
        let rect = format!(
            "<rect x=\"1\" y=\"2\" width=\"30\" height=\"20\" opacity=\"{}\" fill=\"{colour}\" stroke=\"none\"/>",
            plain(alpha)
        );
        let unmarked = "<rect x=\"1\" y=\"2\" width=\"30\" height=\"20\" opacity=\"1\" fill=\"#FFFFFF\" stroke=\"none\"/>";
        let (svg, defs) = use_pattern_fills(format!("{unmarked}{rect}{rect}"), "ogw-status");
        let fill = "fill=\"url(#ogw-status-dots-e8b07a)\"";
        assert_eq!(svg.matches(fill).count(), 2, "{svg}");
        assert!(svg.starts_with(unmarked), "other shapes are left as they are: {svg}");
        assert!(!svg.contains(&plain(alpha)), "no marker is left: {svg}");
        assert_eq!(defs.matches("<pattern ").count(), 1, "{defs}");
        assert!(
            defs.contains("id=\"ogw-status-dots-e8b07a\"") && defs.contains("fill=\"#e8b07a\"")
        );
    }

    #[test]
    fn a_chart_without_patterns_gets_no_defs() {
        let svg = "<svg><rect opacity=\"1\" fill=\"#FFFFFF\"/></svg>".to_string();
        assert_eq!(use_pattern_fills(svg.clone(), "ogw-status"), (svg, String::new()));
    }
}
