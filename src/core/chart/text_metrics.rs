//! Text width without a font: an estimate that is the same natively and in
//! the browser, so the command line and the widget lay a chart out alike.

/// Average advance of a character in a sans-serif font, in ems. Generous
/// on purpose: a label that wraps early is better than one that overflows.
const AVERAGE_EM: f64 = 0.58;

pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars()
        .map(|c| {
            if c.is_ascii_uppercase() || "ÆØÅ".contains(c) || c == 'm' || c == 'w' {
                0.78
            } else if "il.,:;'|!".contains(c) {
                0.3
            } else {
                AVERAGE_EM
            }
        })
        .sum::<f64>()
        * font_size
}

/// Breaks `text` into at most `max_lines` lines no wider than `width`; the
/// last line ends in "…" if the text does not fit.
pub fn wrap(text: &str, width: f64, font_size: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate =
            if current.is_empty() { word.to_string() } else { format!("{current} {word}") };
        if text_width(&candidate, font_size) <= width || current.is_empty() {
            current = candidate;
        } else {
            lines.push(std::mem::replace(&mut current, word.to_string()));
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines > 0");
        last.push('…');
    }
    for line in &mut lines {
        while text_width(line, font_size) > width && line.chars().count() > 2 {
            line.pop();
            line.pop();
            line.push('…');
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_on_words_and_shortens_what_does_not_fit() {
        let lines = wrap("Åbenhed og gennemsigtighed i den offentlige sektor", 200.0, 14.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| text_width(l, 14.0) <= 200.0), "{lines:?}");
        assert_eq!(wrap("Kort", 200.0, 14.0, 2), vec!["Kort"]);
        let cut = wrap(
            "en meget lang tekst der ikke kan være på to korte linjer overhovedet",
            80.0,
            14.0,
            2,
        );
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…'), "{cut:?}");
    }
}
