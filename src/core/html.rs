//! Markup built by the core as one string, for the parts of a widget that
//! are drawn once and never re-rendered (the web layer sets it with
//! `inner_html` and listens on its root). Cheaper in the bundle than a
//! Leptos view per element: each distinct view type costs compiled code
//! (README, Size). Feed text is never markup: every text and attribute value
//! goes through `escape`, and tags and attribute names are `&'static str`,
//! never from a feed.

/// A piece of markup being written.
#[derive(Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Html {
        Html::default()
    }

    /// `<tag a="v" ...>`, each value escaped; a `None` value leaves its
    /// attribute out (an `<a>` without a safe href is plain text).
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, Option<&str>)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            let Some(value) = value else { continue };
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.0, text);
        self
    }

    /// `<tag a="v">text</tag>`.
    pub fn element(
        &mut self,
        tag: &'static str,
        attrs: &[(&'static str, Option<&str>)],
        text: &str,
    ) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Feed text in a span that says its language when it is not the
    /// widget's (`lang_attr`: `None` for the widget's own), WCAG 3.1.2.
    pub fn text_in(&mut self, text: &str, lang_attr: Option<&str>) -> &mut Self {
        match lang_attr {
            Some(code) => self.element("span", &[("lang", Some(code))], text),
            None => self.text(text),
        }
    }

    /// Markup already built (by these functions or an SVG writer that
    /// escapes its text).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    pub fn finish(self) -> String {
        self.0
    }
}

/// `text` safe as element content and as a quoted attribute value.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_text_and_attribute_values_are_escaped_never_markup() {
        let mut html = Html::new();
        html.open("a", &[("href", Some("https://x.dk/?a=1&b=\"2\"")), ("title", None)])
            .text("<script>alert('x')</script> & more")
            .close("a")
            .text_in("<b>titel</b>", Some("da\"><img src=x onerror=alert(1)>"));
        assert_eq!(
            html.finish(),
            "<a href=\"https://x.dk/?a=1&amp;b=&quot;2&quot;\">&lt;script&gt;alert(&#39;x&#39;)\
             &lt;/script&gt; &amp; more</a><span lang=\"da&quot;&gt;&lt;img src=x \
             onerror=alert(1)&gt;\">&lt;b&gt;titel&lt;/b&gt;</span>"
        );
    }

    #[test]
    fn text_in_the_widget_s_language_has_no_span() {
        let mut html = Html::new();
        html.text_in("Åbne data", None);
        assert_eq!(html.finish(), "Åbne data");
    }
}
