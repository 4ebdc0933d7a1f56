//! The charts in every medium. The SVGs are drawn once, in the light palette
//! (`palette.rs`), with colours as presentation attributes; a style sheet
//! made here (`src/web/shared/chart-theme.css`, kept current by a test) gives each
//! of those colours a stand-in per medium: the dark palette, the system
//! colours of a forced-colours (high contrast) theme, and black and white on
//! paper. A colour keeps its role in every palette, so the contrast each
//! role needs is checked in each (see the tests), and statuses and verdicts
//! stay told apart by pattern, shape and text where colours collapse.

use super::palette::{Rgb, INK, MUTED_INK, PAPER};

/// The dark chart's background.
pub const DARK_PAPER: Rgb = Rgb(0x1c, 0x1f, 0x24);

/// Where a colour stands in a system (forced) palette: text and marks, the
/// background, or a faint guide line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SystemRole {
    CanvasText,
    Canvas,
    GrayText,
}

impl SystemRole {
    fn system_colour(self) -> &'static str {
        match self {
            SystemRole::CanvasText => "CanvasText",
            SystemRole::Canvas => "Canvas",
            SystemRole::GrayText => "GrayText",
        }
    }
    /// On paper: black, white, and a grey that a printer keeps.
    fn print_colour(self) -> &'static str {
        match self {
            SystemRole::CanvasText => "#000",
            SystemRole::Canvas => "#fff",
            SystemRole::GrayText => "#767676",
        }
    }
}

/// Every colour a chart draws with (light), its dark stand-in, and its role
/// in a system palette. Dark inverts lightness and keeps hue: a dark fill
/// with white text becomes a light fill with dark text.
pub const CHART_COLOURS: [(Rgb, Rgb, SystemRole); 19] = {
    use SystemRole::*;
    [
        (PAPER, DARK_PAPER, Canvas),
        (INK, Rgb(0xf0, 0xf0, 0xf0), CanvasText),
        (MUTED_INK, Rgb(0xbd, 0xbd, 0xbd), CanvasText),
        // Completed, better, a series.
        (Rgb(0x1b, 0x6e, 0x3a), Rgb(0x6f, 0xcf, 0x8f), CanvasText),
        // Substantial, the comparison's bars, a series; its stripes.
        (Rgb(0x1f, 0x5f, 0xa8), Rgb(0x8a, 0xb8, 0xf0), CanvasText),
        (Rgb(0x7f, 0xa8, 0xd6), Rgb(0x2a, 0x4f, 0x7a), Canvas),
        // Limited, a series; its dots.
        (Rgb(0xa3, 0x4f, 0x00), Rgb(0xf0, 0xa8, 0x60), CanvasText),
        (Rgb(0xe8, 0xb0, 0x7a), Rgb(0x7a, 0x4a, 0x14), Canvas),
        // Not started: an outline.
        (Rgb(0x59, 0x59, 0x59), Rgb(0xa6, 0xa6, 0xa6), CanvasText),
        // Ongoing, a series; its stripes.
        (Rgb(0x6b, 0x3f, 0xa0), Rgb(0xc4, 0xa4, 0xec), CanvasText),
        (Rgb(0xb5, 0x9c, 0xd6), Rgb(0x5a, 0x3a, 0x80), Canvas),
        // Delayed, worse; its hatching.
        (Rgb(0xb0, 0x23, 0x1b), Rgb(0xf2, 0x8b, 0x82), CanvasText),
        (Rgb(0xe3, 0x8f, 0x8a), Rgb(0x8a, 0x2a, 0x24), Canvas),
        // Withdrawn's stripes (its fill is the muted ink).
        (Rgb(0x9a, 0x9a, 0x9a), Rgb(0x5e, 0x5e, 0x5e), Canvas),
        // Unknown; its lines.
        (Rgb(0x70, 0x70, 0x70), Rgb(0x9e, 0x9e, 0x9e), CanvasText),
        (Rgb(0xb0, 0xb0, 0xb0), Rgb(0x4a, 0x4a, 0x4a), Canvas),
        // Grid lines.
        (Rgb(0xd9, 0xdd, 0xe3), Rgb(0x3a, 0x40, 0x48), GrayText),
        // The timeline's theme bands.
        (Rgb(0xee, 0xf1, 0xf5), Rgb(0x26, 0x2b, 0x31), Canvas),
        // Today and overdue on the timeline.
        (Rgb(0xb3, 0x26, 0x1e), Rgb(0xff, 0x8f, 0x85), CanvasText),
    ]
};

/// A light colour's dark stand-in (itself if the table lacks it: the test
/// below makes sure no chart draws such a colour).
pub fn dark(colour: Rgb) -> Rgb {
    CHART_COLOURS.iter().find(|(light, ..)| *light == colour).map_or(colour, |(_, d, _)| *d)
}

fn custom_property(colour: Rgb) -> String {
    format!("--ogw-chart-{}", &colour.hex()[1..])
}

/// The style sheet: a custom property per colour, set per theme and medium
/// on the host; every SVG shape with that colour as `fill` or `stroke` takes
/// it (CSS wins over presentation attributes). `theme="dark"` always,
/// `theme="auto"` when the reader's system asks for dark; forced colours and
/// print come last and win over both. Print is also always light.
/// The scheme a host page declares with its `color-scheme` property (as
/// computed on the widget's element): `Some("dark")` or `Some("light")` when
/// it names only one, `None` for `normal` (a page that says nothing) or for
/// both (`light dark`), where `theme="auto"` follows the reader's
/// `prefers-color-scheme` instead. The widget marks the element with it as
/// `data-ogw-page-scheme`, which this file's CSS and style.css read.
pub fn declared_scheme(color_scheme: &str) -> Option<&'static str> {
    let words = || color_scheme.split_ascii_whitespace().map(|w| w.to_ascii_lowercase());
    let (light, dark) = (words().any(|w| w == "light"), words().any(|w| w == "dark"));
    match (light, dark) {
        (false, true) => Some("dark"),
        (true, false) => Some("light"),
        _ => None,
    }
}

/// `theme="dark"`, or `theme="auto"` on a page that declares only dark.
const DARK_HOST: &str =
    ":host([theme=\"dark\" i]), :host([theme=\"auto\" i][data-ogw-page-scheme=\"dark\"])";
/// `theme="auto"` on a page that does not declare only light: dark when the
/// reader's system asks for it.
const AUTO_HOST: &str = ":host([theme=\"auto\" i]:not([data-ogw-page-scheme=\"light\"]))";

pub fn chart_theme_css() -> String {
    let mut css = String::from(
        "/* Made by core::chart::theme::chart_theme_css (`UPDATE_EXPECT=1 cargo test --lib theme`);\n   do not edit. */\n",
    );
    let set = |value: &dyn Fn(Rgb, Rgb, SystemRole) -> String| -> String {
        CHART_COLOURS
            .iter()
            .map(|&(l, d, r)| format!("  {}: {};\n", custom_property(l), value(l, d, r)))
            .collect()
    };
    for (l, ..) in CHART_COLOURS {
        let hex = l.hex();
        let var = custom_property(l);
        css += &format!(
            "svg [fill=\"{hex}\" i] {{ fill: var({var}, {hex}); }}\nsvg [stroke=\"{hex}\" i] {{ stroke: var({var}, {hex}); }}\n"
        );
    }
    let dark_values = set(&|_, d, _| d.hex());
    css += &format!("{DARK_HOST} {{\n{dark_values}}}\n");
    css += &format!(
        "@media screen and (prefers-color-scheme: dark) {{\n{AUTO_HOST} {{\n{dark_values}}}\n}}\n"
    );
    css += &format!(
        "@media print {{\n:host, :host([theme]) {{\n{}}}\n}}\n",
        set(&|l, _, r| if r == SystemRole::GrayText { r.print_colour().into() } else { l.hex() })
    );
    css += &format!(
        "@media (forced-colors: active) {{\n:host, :host([theme]) {{\n{}}}\nsvg {{ forced-color-adjust: none; }}\n}}\n",
        set(&|_, _, r| r.system_colour().into())
    );
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_that_declares_one_scheme_decides_auto() {
        assert_eq!(declared_scheme("dark"), Some("dark"));
        assert_eq!(declared_scheme("only dark"), Some("dark"));
        assert_eq!(declared_scheme("Light"), Some("light"));
        for follows_the_reader in ["normal", "light dark", "dark light", "", "only"] {
            assert_eq!(declared_scheme(follows_the_reader), None, "{follows_the_reader}");
        }
    }
    use crate::core::chart::palette::{
        contrast, status_style, verdict_mark, BAR, NATIONAL_SERIES, SERIES,
    };
    use crate::core::plan::status::Status;

    /// Both palettes pass the same checks: graphics 3:1 against the chart's
    /// paper, text 4.5:1 against what it is written on.
    #[test]
    fn every_status_is_legible_in_both_palettes() {
        for (paper, map) in [(PAPER, (|c| c) as fn(Rgb) -> Rgb), (DARK_PAPER, dark)] {
            for status in Status::ALL {
                let style = status_style(status);
                let (edge, fill, ink) = (map(style.edge), map(style.fill), map(style.ink));
                assert!(contrast(edge, paper) >= 3.0, "{status:?} edge on {paper:?}");
                assert!(contrast(ink, fill) >= 4.5, "{status:?} text on its fill in {paper:?}");
                let solid = style.pattern == crate::core::chart::palette::Pattern::Solid;
                assert!(solid || contrast(map(style.mark), fill) >= 1.5, "{status:?} pattern");
            }
            assert!(contrast(map(INK), paper) >= 4.5 && contrast(map(MUTED_INK), paper) >= 4.5);
            let alert = Rgb(0xb3, 0x26, 0x1e);
            assert!(contrast(map(alert), paper) >= 4.5, "today and overdue on {paper:?}");
            let marks = [BAR]
                .into_iter()
                .chain(SERIES.iter().chain([&NATIONAL_SERIES]).map(|s| s.0))
                .chain(
                    [
                        crate::core::daycare::compare::Verdict::Better,
                        crate::core::daycare::compare::Verdict::Worse,
                        crate::core::daycare::compare::Verdict::Same,
                    ]
                    .into_iter()
                    .filter_map(verdict_mark)
                    .map(|m| m.0),
                );
            for colour in marks {
                assert!(contrast(map(colour), paper) >= 4.5, "{colour:?} on {paper:?}");
            }
        }
    }

    /// In a system palette the statuses become two colours, so their
    /// patterns must all differ (palette.rs checks that) and a status's text
    /// must land on the other colour than its fill.
    #[test]
    fn forced_colours_keep_text_off_its_own_fill() {
        let role = |c: Rgb| CHART_COLOURS.iter().find(|e| e.0 == c).map(|e| e.2);
        for status in Status::ALL {
            let style = status_style(status);
            assert_ne!(role(style.ink), role(style.fill), "{status:?}");
            assert_eq!(role(style.edge), Some(SystemRole::CanvasText), "{status:?} outline");
        }
    }

    /// Every colour in every chart has its stand-ins.
    #[test]
    fn every_drawn_colour_has_a_stand_in() {
        let known: Vec<String> = CHART_COLOURS.iter().map(|e| e.0.hex()).collect();
        let golden = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
        let files = std::fs::read_dir(golden).expect("tests/golden is there");
        for svg in files.map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap()) {
            for attr in ["fill=\"#", "stroke=\"#"] {
                for (i, _) in svg.match_indices(attr) {
                    let hex = svg[i + attr.len() - 1..i + attr.len() + 6].to_lowercase();
                    assert!(known.contains(&hex), "{hex} has no dark or system stand-in");
                }
            }
        }
    }

    #[test]
    fn the_style_sheet_is_current() {
        expect_test::expect_file!["../../web/shared/chart-theme.css"].assert_eq(&chart_theme_css());
    }
}
