//! Text width without a font: an estimate that is the same natively and in
//! the browser, so the command line and the widget lay a chart out alike.

/// Average advance of a character in a sans-serif font, in ems. Generous
/// on purpose: a label that wraps early is better than one that overflows.
const AVERAGE_EM: f64 = 0.58;

pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().map(char_em).sum::<f64>() * font_size
}

/// The width `text` takes when a reader sets WCAG 1.4.12's text spacing
/// (letters 0.12 em apart, words 0.16 em more), which reaches SVG text too.
/// Charts that place texts side by side measure with this, so a reader's
/// spacing makes no text run into the next or past the chart's edge.
pub fn spaced_width(text: &str, font_size: f64) -> f64 {
    text.chars().map(spaced_em).sum::<f64>() * font_size
}

/// `char_em` with WCAG 1.4.12's letter and word spacing added.
fn spaced_em(c: char) -> f64 {
    char_em(c) + 0.12 + if c == ' ' { 0.16 } else { 0.0 }
}

/// One character's advance, in ems.
fn char_em(c: char) -> f64 {
    if c.is_ascii_uppercase() || matches!(c, 'Æ' | 'Ø' | 'Å' | 'm' | 'w') {
        0.78
    } else if matches!(c, 'i' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!') {
        0.3
    } else {
        AVERAGE_EM
    }
}

/// Breaks `text` into at most `max_lines` lines no wider than `width`; the
/// last line ends in "…" if the text does not fit, and a word wider than a
/// line is cut with "…".
///
/// Linear in the length of the text, and it stops reading once the lines
/// are full: feed text can be one word of a million characters, and labels
/// are wrapped again on every resize.
pub fn wrap(text: &str, width: f64, font_size: f64, max_lines: usize) -> Vec<String> {
    wrap_by(text, width, font_size, max_lines, char_em)
}

/// `wrap` with room for a reader's text spacing (`spaced_width`): the lines
/// fit `width` with or without it.
pub fn wrap_spaced(text: &str, width: f64, font_size: f64, max_lines: usize) -> Vec<String> {
    wrap_by(text, width, font_size, max_lines, spaced_em)
}

fn wrap_by(
    text: &str,
    width: f64,
    font_size: f64,
    max_lines: usize,
    em: fn(char) -> f64,
) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let space = em(' ') * font_size;
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_w = 0.0;
    let mut more = false;
    for word in text.split_whitespace() {
        // Only as much of a word as could ever show: past `width`, it is cut.
        let (word_w, _) = measure(word, font_size, width, em);
        if current.is_empty() {
            current.push_str(word);
            current_w = word_w;
        } else if current_w + space + word_w <= width {
            current.push(' ');
            current.push_str(word);
            current_w += space + word_w;
        } else {
            if lines.len() + 1 == max_lines {
                more = true;
                break;
            }
            lines.push(std::mem::replace(&mut current, word.to_string()));
            current_w = word_w;
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if more {
        let last = lines.last_mut().expect("max_lines > 0");
        last.push('…');
    }
    for line in &mut lines {
        fit(line, width, font_size, em);
    }
    lines
}

/// The width of `text`, counted only until it passes `limit` (then the
/// width so far, which is more than `limit`), and whether it was counted
/// whole.
fn measure(text: &str, font_size: f64, limit: f64, em: fn(char) -> f64) -> (f64, bool) {
    let mut w = 0.0;
    for c in text.chars() {
        w += em(c) * font_size;
        if w > limit {
            return (w, false);
        }
    }
    (w, true)
}

/// Shortens a line wider than `width` to the longest start that fits with
/// "…" after it, keeping at least one character (a line shortened before
/// loses at least two: its "…" and one more). One pass.
fn fit(line: &mut String, width: f64, font_size: f64, em: fn(char) -> f64) {
    if measure(line, font_size, width, em).1 {
        return;
    }
    let ellipsis = em('…') * font_size;
    let count = line.chars().count();
    let mut keep_bytes = None;
    let mut w = 0.0;
    for (k, (i, c)) in line.char_indices().enumerate() {
        // `k` characters before `i`: would they fit with "…"?
        if k >= 1 && k <= count.saturating_sub(2) && w + ellipsis <= width {
            keep_bytes = Some(i);
        }
        w += em(c) * font_size;
        if w + ellipsis > width {
            break;
        }
    }
    let keep =
        keep_bytes.unwrap_or_else(|| line.char_indices().nth(1).map_or(line.len(), |(i, _)| i));
    line.truncate(keep);
    line.push('…');
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
