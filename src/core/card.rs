//! The card a widget is drawn in, as markup: its title, the loading line and
//! the translated message when the feed cannot be shown. The status widget
//! sets it without Leptos (web/status/widget.rs); the Leptos card
//! (web/shared/card.rs) builds the same elements for the other widgets, so
//! every widget looks and fails alike.

use crate::core::html::Html;
use crate::core::i18n::{Lang, Msg};
use crate::core::problem::Problem;

/// The card with its title and `state` (`loading` or `failure`) under it.
pub fn card(title: &str, state: &str) -> String {
    let mut html = Html::new();
    html.open("section", &[("class", Some("ogw-card")), ("aria-labelledby", Some("ogw-title"))])
        .element("h2", &[("class", Some("ogw-title")), ("id", Some("ogw-title"))], title)
        .raw(state)
        .close("section");
    html.finish()
}

/// "Loading", until the feed is read.
pub fn loading(lang: Lang) -> String {
    let mut html = Html::new();
    html.element("p", &[("class", Some("ogw-loading"))], Msg::Loading.text(lang));
    html.finish()
}

/// Why the feed cannot be shown, in its own box, announced.
pub fn failure(problem: &Problem, lang: Lang) -> String {
    let mut html = Html::new();
    html.open("div", &[("class", Some("ogw-error")), ("role", Some("alert"))]);
    failure_words(&mut html, problem, lang);
    html.close("div");
    html.finish()
}

/// What the failure box says, for the Leptos card's own box.
pub fn failure_content(problem: &Problem, lang: Lang) -> String {
    let mut html = Html::new();
    failure_words(&mut html, problem, lang);
    html.finish()
}

fn failure_words(html: &mut Html, problem: &Problem, lang: Lang) {
    html.element("p", &[("class", Some("ogw-error-title"))], Msg::CannotShow.text(lang)).element(
        "p",
        &[],
        &problem.describe(lang),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::problem::ProblemKind;

    #[test]
    fn a_card_says_loading_under_its_title_then_why_the_feed_cannot_be_shown() {
        assert_eq!(
            card("Status <nu>", &loading(Lang::En)),
            "<section class=\"ogw-card\" aria-labelledby=\"ogw-title\">\
             <h2 class=\"ogw-title\" id=\"ogw-title\">Status &lt;nu&gt;</h2>\
             <p class=\"ogw-loading\">Loading data …</p></section>"
        );
        let problem = Problem::fatal(ProblemKind::UnknownStatus { text: "<b>x</b>".into() });
        let failed = failure(&problem, Lang::Da);
        assert!(failed.starts_with(
            "<div class=\"ogw-error\" role=\"alert\"><p class=\"ogw-error-title\">Kan ikke vise data</p><p>"
        ));
        assert!(failed.contains("&lt;b&gt;x&lt;/b&gt;"), "feed text is escaped: {failed}");
        assert!(!failed.contains("<b>"), "{failed}");
    }
}
