//! Where a page lets its widgets take feeds from.
//!
//! A page may list the feed addresses it trusts (`data-ogw-feeds` on the
//! script tag, or `ogw.config.feeds`), so markup slipped into its content (a
//! placeholder in a comment, an `<ogw-status src>` a sanitiser let through)
//! cannot show someone else's feed inside an official-looking widget. Each
//! list is a whitespace-separated string of address prefixes, already
//! resolved to absolute addresses by the browser, and `'inline'` for feeds
//! written inside the element. With several lists (a page that set both) an
//! address must be in every one: a list can only narrow what is allowed.

/// The word in a list that allows a feed written inside the element.
pub const INLINE: &str = "'inline'";

/// Whether the feed at `url` (absolute, as the browser resolved it) may be shown.
pub fn url_allowed(url: &str, lists: &[String]) -> bool {
    lists.iter().all(|list| list.split_whitespace().any(|entry| within(url, entry)))
}

/// Whether a feed written inside the element (`<script type="application/json">`) may be shown.
pub fn inline_allowed(lists: &[String]) -> bool {
    lists.iter().all(|list| list.split_whitespace().any(|entry| entry == INLINE))
}

/// `url` is `entry` or under it: `https://data.example.dk/feeds` allows
/// `…/feeds/plan.json` and `…/feeds?year=2024`, never `…/feeds-old/plan.json`.
fn within(url: &str, entry: &str) -> bool {
    if entry == INLINE || entry.is_empty() {
        return false;
    }
    match url.strip_prefix(entry) {
        Some(rest) => rest.is_empty() || entry.ends_with('/') || rest.starts_with(['/', '?', '#']),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    /// Each address against the lists: "allowed" or "refused".
    fn check(lists: &[&str], urls: &[&str], expect: Expect) {
        let lists: Vec<String> = lists.iter().map(|l| l.to_string()).collect();
        let mut out = format!("inline: {}\n", inline_allowed(&lists));
        for url in urls {
            let verdict = if url_allowed(url, &lists) { "allowed" } else { "refused" };
            out += &format!("{url} {verdict}\n");
        }
        expect.assert_eq(&out);
    }

    #[test]
    fn no_list_allows_every_feed() {
        check(
            &[],
            &["https://attacker.example/feed.json"],
            expect![[r#"
            inline: true
            https://attacker.example/feed.json allowed
        "#]],
        );
    }

    #[test]
    fn a_list_allows_only_addresses_under_its_entries() {
        check(
            &["https://data.example.dk/ https://www.example.dk/feeds"],
            &[
                "https://data.example.dk/plan.json",
                "https://data.example.dk/",
                "https://data.example.dk.attacker.example/plan.json",
                "https://attacker.example/https://data.example.dk/",
                "http://data.example.dk/plan.json",
                "https://www.example.dk/feeds/plan.json",
                "https://www.example.dk/feeds?plan=1",
                "https://www.example.dk/feeds",
                "https://www.example.dk/feeds-old/plan.json",
                "https://www.example.dk/other/plan.json",
                "data:application/json,{}",
            ],
            expect![[r#"
                inline: false
                https://data.example.dk/plan.json allowed
                https://data.example.dk/ allowed
                https://data.example.dk.attacker.example/plan.json refused
                https://attacker.example/https://data.example.dk/ refused
                http://data.example.dk/plan.json refused
                https://www.example.dk/feeds/plan.json allowed
                https://www.example.dk/feeds?plan=1 allowed
                https://www.example.dk/feeds allowed
                https://www.example.dk/feeds-old/plan.json refused
                https://www.example.dk/other/plan.json refused
                data:application/json,{} refused
            "#]],
        );
    }

    #[test]
    fn inline_feeds_need_the_word_inline() {
        check(
            &["https://data.example.dk/ 'inline'"],
            &["https://data.example.dk/x.json"],
            expect![[r#"
                inline: true
                https://data.example.dk/x.json allowed
            "#]],
        );
        // Without its quotes it is an address (a folder named "inline").
        check(
            &["inline"],
            &[],
            expect![[r#"
            inline: false
        "#]],
        );
    }

    #[test]
    fn with_two_lists_an_address_must_be_in_both() {
        check(
            &["https://data.example.dk/ 'inline'", "https://data.example.dk/feeds/"],
            &["https://data.example.dk/feeds/plan.json", "https://data.example.dk/other.json"],
            expect![[r#"
                inline: false
                https://data.example.dk/feeds/plan.json allowed
                https://data.example.dk/other.json refused
            "#]],
        );
    }
}
