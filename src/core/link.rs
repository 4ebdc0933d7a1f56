//! Which feed links may become links on a page.
//!
//! Only `http:`, `https:`, `mailto:` and `tel:`. Anything else (say
//! `javascript:`) is shown as text, never as a link. This is a scheme check
//! on purpose, not the `url` crate: its IDNA tables would cost the browser
//! bundle tens of kilobytes for a decision that needs only the scheme, and the
//! browser parses the address itself when the link is followed.

/// The address to put in `href`, or `None` when it must stay text.
pub fn safe_href(raw: &str) -> Option<String> {
    let url = raw.trim();
    // Browsers drop tabs and newlines inside a scheme ("java\nscript:"); so do
    // we before deciding, and refuse any other control character outright.
    if url.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
        return None;
    }
    let url: String = url.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    let scheme_end = url.find(':')?;
    let scheme = url[..scheme_end].to_ascii_lowercase();
    let rest = &url[scheme_end + 1..];
    let ok = match scheme.as_str() {
        "http" | "https" => rest.starts_with("//") && rest.len() > 2,
        "mailto" | "tel" => !rest.trim().is_empty(),
        _ => false,
    };
    ok.then_some(url)
}

/// A `mailto:` link for a bare address from a feed's contact.
pub fn email_href(address: &str) -> Option<String> {
    let address = address.trim();
    if address.contains(':') {
        return safe_href(address);
    }
    let valid = address.contains('@')
        && !address.contains(char::is_whitespace)
        && !address.contains(['<', '>', '"']);
    valid.then(|| format!("mailto:{address}"))
}

/// A `tel:` link for a phone number as people write it ("+45 41 71 74 16").
pub fn phone_href(number: &str) -> Option<String> {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    (digits.chars().filter(char::is_ascii_digit).count() >= 3).then(|| format!("tel:{digits}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str, expect: Option<&str>) {
        assert_eq!(safe_href(raw).as_deref(), expect, "{raw:?}");
    }

    #[test]
    fn allows_only_web_mail_and_phone_links() {
        check("https://digst.dk/ogp", Some("https://digst.dk/ogp"));
        check(" HTTP://example.dk ", Some("HTTP://example.dk"));
        check("mailto:asf@sa.dk", Some("mailto:asf@sa.dk"));
        check("tel:+4541717416", Some("tel:+4541717416"));
        check("javascript:alert(1)", None);
        check("java\nscript:alert(1)", None);
        check("JaVaScRiPt:alert(1)", None);
        check("data:text/html,<script>", None);
        check("vbscript:x", None);
        check("https:", None);
        check("//evil.example", None);
        check("/relative/path", None);
        check("https://x\u{0}y", None);
    }

    #[test]
    fn contact_details_become_links() {
        assert_eq!(email_href("asf@sa.dk").as_deref(), Some("mailto:asf@sa.dk"));
        assert_eq!(email_href("not an address"), None);
        assert_eq!(email_href("javascript:alert(1)"), None);
        assert_eq!(phone_href("+45 41 71 74 16").as_deref(), Some("tel:+4541717416"));
        assert_eq!(phone_href("-"), None);
    }
}
