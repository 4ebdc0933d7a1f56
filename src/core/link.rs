//! Which feed links may become links on a page.
//!
//! Only `http:` and `https:` with a host, `mailto:` and `tel:`. Anything else
//! (say `javascript:`) is shown as text, never as a link. This is a scheme check
//! on purpose, not the `url` crate: its IDNA tables would cost the browser
//! bundle tens of kilobytes for a decision that needs only the scheme and the
//! host, and the browser parses the address itself when the link is followed.

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
        "http" | "https" => has_host(rest),
        "mailto" => mail_recipients_shown(rest),
        "tel" => !rest.trim().is_empty(),
        _ => false,
    };
    ok.then_some(url)
}

/// `//host…` with a host: `https:///x` and `https://@/` have none, and a
/// browser would take the first path segment (or nothing) for one.
fn has_host(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix("//") else { return false };
    // Browsers read `\` as `/` in http(s) addresses.
    let authority = after.split(['/', '\\', '?', '#']).next().unwrap_or("");
    let host_and_port = authority.rsplit('@').next().unwrap_or("");
    let host = match host_and_port.strip_prefix('[') {
        // An IPv6 address: `[::1]:8080`.
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host_and_port.split(':').next().unwrap_or(""),
    };
    !host.is_empty()
}

/// A `mailto:` whose recipients are all in the address a person sees: one
/// or more addresses before `?`, and after it only a subject and a body.
/// `?bcc=`, `?cc=` and `?to=` add recipients a reader would not see, so
/// such a link stays text.
fn mail_recipients_shown(rest: &str) -> bool {
    let (to, headers) = rest.split_once('?').unwrap_or((rest, ""));
    let headers_ok = headers.is_empty()
        || headers.split('&').all(|header| {
            let name = header.split('=').next().unwrap_or("");
            name.eq_ignore_ascii_case("subject") || name.eq_ignore_ascii_case("body")
        });
    to.contains('@') && headers_ok
}

/// A `mailto:` link for a contact's e-mail address: a bare address, or one
/// already written as `mailto:`. Never any other kind of link: an `email`
/// that is a web address stays text.
pub fn email_href(address: &str) -> Option<String> {
    let address = address.trim();
    let bare = match address.get(..7) {
        Some(scheme) if scheme.eq_ignore_ascii_case("mailto:") => &address[7..],
        _ => address,
    };
    let valid = bare.contains('@')
        && !bare.contains(char::is_whitespace)
        && !bare.contains(['<', '>', '"', ':']);
    valid.then(|| safe_href(&format!("mailto:{bare}"))).flatten()
}

/// A `tel:` link for a phone number as people write it ("+45 41 71 74 16").
pub fn phone_href(number: &str) -> Option<String> {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    (digits.chars().filter(char::is_ascii_digit).count() >= 3).then(|| format!("tel:{digits}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    /// Each input and what it becomes: the href, or "text" when it stays text.
    fn check(make: fn(&str) -> Option<String>, inputs: &[&str], expect: Expect) {
        let out: String = inputs
            .iter()
            .map(|raw| format!("{raw:?} -> {}\n", make(raw).as_deref().unwrap_or("text")))
            .collect();
        expect.assert_eq(&out);
    }

    #[test]
    fn allows_only_web_mail_and_phone_links() {
        check(
            safe_href,
            &[
                "https://digst.dk/ogp",
                " HTTP://example.dk ",
                "mailto:asf@sa.dk",
                "tel:+4541717416",
                "javascript:alert(1)",
                "java\nscript:alert(1)",
                "JaVaScRiPt:alert(1)",
                "data:text/html,<script>",
                "vbscript:x",
                "https:",
                "//evil.example",
                "/relative/path",
                "https://x\u{0}y",
            ],
            expect![[r#"
                "https://digst.dk/ogp" -> https://digst.dk/ogp
                " HTTP://example.dk " -> HTTP://example.dk
                "mailto:asf@sa.dk" -> mailto:asf@sa.dk
                "tel:+4541717416" -> tel:+4541717416
                "javascript:alert(1)" -> text
                "java\nscript:alert(1)" -> text
                "JaVaScRiPt:alert(1)" -> text
                "data:text/html,<script>" -> text
                "vbscript:x" -> text
                "https:" -> text
                "//evil.example" -> text
                "/relative/path" -> text
                "https://x\0y" -> text
            "#]],
        );
    }

    #[test]
    fn web_links_need_a_host() {
        check(
            safe_href,
            &[
                "https:///x",
                "https:/x",
                "http://",
                "https://@/",
                "https://user@/x",
                "https://:443/x",
                "https://\\x",
                "https://?q",
                "https://#f",
                "https://[::1]:8080/x",
                "https://[]/x",
                "https://user:pw@digst.dk/x",
                "https://digst.dk:8443",
            ],
            expect![[r#"
                "https:///x" -> text
                "https:/x" -> text
                "http://" -> text
                "https://@/" -> text
                "https://user@/x" -> text
                "https://:443/x" -> text
                "https://\\x" -> text
                "https://?q" -> text
                "https://#f" -> text
                "https://[::1]:8080/x" -> https://[::1]:8080/x
                "https://[]/x" -> text
                "https://user:pw@digst.dk/x" -> https://user:pw@digst.dk/x
                "https://digst.dk:8443" -> https://digst.dk:8443
            "#]],
        );
    }

    #[test]
    fn mail_links_show_every_recipient() {
        check(
            safe_href,
            &[
                "mailto:asf@sa.dk?subject=Handlingsplan&body=Hej",
                "mailto:asf@sa.dk?SUBJECT=x",
                "mailto:asf@sa.dk,digst@digst.dk",
                "mailto:asf@sa.dk?bcc=spy@evil.example",
                "mailto:asf@sa.dk?subject=x&cc=spy@evil.example",
                "mailto:asf@sa.dk?Bcc=spy@evil.example",
                "mailto:asf@sa.dk?%62cc=spy@evil.example",
                "mailto:?to=spy@evil.example",
                "mailto:",
                "mailto:nobody",
            ],
            expect![[r#"
                "mailto:asf@sa.dk?subject=Handlingsplan&body=Hej" -> mailto:asf@sa.dk?subject=Handlingsplan&body=Hej
                "mailto:asf@sa.dk?SUBJECT=x" -> mailto:asf@sa.dk?SUBJECT=x
                "mailto:asf@sa.dk,digst@digst.dk" -> mailto:asf@sa.dk,digst@digst.dk
                "mailto:asf@sa.dk?bcc=spy@evil.example" -> text
                "mailto:asf@sa.dk?subject=x&cc=spy@evil.example" -> text
                "mailto:asf@sa.dk?Bcc=spy@evil.example" -> text
                "mailto:asf@sa.dk?%62cc=spy@evil.example" -> text
                "mailto:?to=spy@evil.example" -> text
                "mailto:" -> text
                "mailto:nobody" -> text
            "#]],
        );
    }

    #[test]
    fn an_email_field_only_ever_becomes_a_mail_link() {
        check(
            email_href,
            &[
                "asf@sa.dk",
                " mailto:asf@sa.dk ",
                "MAILTO:asf@sa.dk",
                "asf@sa.dk?subject=Hej",
                "asf@sa.dk?bcc=spy@evil.example",
                "https://evil.example/@x",
                "http://asf@sa.dk",
                "javascript:alert(1)//@x",
                "not an address",
                "<asf@sa.dk>",
            ],
            expect![[r#"
                "asf@sa.dk" -> mailto:asf@sa.dk
                " mailto:asf@sa.dk " -> mailto:asf@sa.dk
                "MAILTO:asf@sa.dk" -> mailto:asf@sa.dk
                "asf@sa.dk?subject=Hej" -> mailto:asf@sa.dk?subject=Hej
                "asf@sa.dk?bcc=spy@evil.example" -> text
                "https://evil.example/@x" -> text
                "http://asf@sa.dk" -> text
                "javascript:alert(1)//@x" -> text
                "not an address" -> text
                "<asf@sa.dk>" -> text
            "#]],
        );
    }

    #[test]
    fn phone_numbers_become_tel_links() {
        check(
            phone_href,
            &["+45 41 71 74 16", "-", "12"],
            expect![[r#"
                "+45 41 71 74 16" -> tel:+4541717416
                "-" -> text
                "12" -> text
            "#]],
        );
    }
}
