//! How much of a feed or a link is read. A feed or an address can come from
//! anyone; every step from reading to layout must stay linear, and what no
//! person could use is not read at all: a widget on a page must never freeze
//! the page or the other widgets on it. Each limit is documented in
//! docs/plan-feed.md, docs/daycare-feed.md and docs/embedding.md; what goes
//! past one is reported as a `Problem` that names the path and the limit,
//! and what came before it is still drawn.

/// Characters in one text of a feed (a title, a name, a description): longer
/// text is cut there with "…". The longest description in the OGP export
/// is about 28,000 characters.
pub const MAX_TEXT_CHARS: usize = 50_000;

/// Initiatives in a plan feed (a national action plan has tens; the whole
/// OGP export a few thousand).
pub const MAX_INITIATIVES: usize = 10_000;
/// Themes in a plan feed.
pub const MAX_THEMES: usize = 1_000;
/// Milestones of one initiative.
pub const MAX_MILESTONES: usize = 1_000;

/// Key figures in a daycare feed (Dagtilbudsportalen has about 20).
pub const MAX_FIGURES: usize = 200;
/// Municipalities (areas) in a daycare feed (Denmark has 98).
pub const MAX_AREAS: usize = 5_000;
/// Institutions in a daycare feed (Denmark has about 4,600; a larger country,
/// 60,000, must fit: `ogw generate daycare --institutions 60000`).
pub const MAX_UNITS: usize = 100_000;
/// Postcodes in a daycare feed (Denmark has about 1,100).
pub const MAX_POSTCODES: usize = 5_000;

/// Characters of a search that are used: a name or an address is shorter.
pub const MAX_SEARCH_CHARS: usize = 200;
/// Different words of a search that are used.
pub const MAX_SEARCH_WORDS: usize = 16;

/// Characters of a dashboard's part of the address that are read.
pub const MAX_STATE_CHARS: usize = 4_000;
/// Key figures chosen as columns, kept in the address.
pub const MAX_CHOSEN_FIGURES: usize = 40;
/// Municipalities chosen in the filter, kept in the address.
pub const MAX_CHOSEN_AREAS: usize = 20;
/// Rows of the dashboard's institutions table put on paper: its current
/// (filtered, sorted) view up to this many, with a sentence saying how many
/// are left out (the CSV download has them all). About 12 A4 pages.
pub const MAX_PRINTED_ROWS: usize = 500;
// Institutions or municipalities compared: `daycare::compare::MAX_COMPARED`.

/// `text` cut after `limit` characters with "…", or `None` when it fits.
/// Linear in `limit`, whatever the length of `text`.
pub fn cut_chars(text: &str, limit: usize) -> Option<String> {
    let (end, _) = text.char_indices().nth(limit)?;
    let mut cut = String::with_capacity(end + 3);
    cut.push_str(&text[..end]);
    cut.push('…');
    Some(cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_only_what_is_too_long() {
        assert_eq!(cut_chars("æøå", 3), None);
        assert_eq!(cut_chars("æøåx", 3).as_deref(), Some("æøå…"));
        assert_eq!(cut_chars("", 0), None);
        assert_eq!(cut_chars("a", 0).as_deref(), Some("…"));
    }
}
