//! What the details panel says of one institution: its facts as labelled
//! text, each key figure against its municipality and the country in a
//! sentence, and its links with their texts. The panel only lays them out.

use super::compare::{cell_sentence, compare, Subject};
use super::feed::DaycareFeed;
use super::format::{distance, label_with_period};
use super::query::UnitIndex;
use super::words::{age_group, closing_days, meal_scheme, unit_type, DaycareMsg};
use crate::core::i18n::Lang;
use crate::core::link::safe_href;
use crate::core::text::{feed_language, lang_attr, Text};

/// One institution in words, in the widget's language.
#[derive(Debug, PartialEq)]
pub struct UnitDetails {
    /// Label and text: type, address, municipality, ages, opening hours,
    /// closing days, meals, profile and distance, those the feed has.
    pub facts: Vec<(&'static str, FactText)>,
    /// A key figure's label and its sentence without the institution's
    /// name (the panel's heading says it).
    pub figures: Vec<(String, String)>,
    /// A safe address and its text: the institution's website, and where
    /// to apply for a place in its municipality.
    pub links: Vec<(String, String)>,
}

/// A fact's text in parts: the widget's words (`None`) and the feed's own
/// text (a note, the profile) with the `lang` it needs when the feed has no
/// text in the widget's language (WCAG 3.1.2). Shown whole, it is the parts
/// one after another.
#[derive(Clone, Debug, PartialEq)]
pub struct FactText(pub Vec<(String, Option<String>)>);

impl FactText {
    fn words(text: String) -> FactText {
        FactText(vec![(text, None)])
    }

    /// `before` in the widget's words, then the feed's `text`.
    fn and_feed(mut self, before: &str, text: &Text, lang: Lang) -> FactText {
        let written_in = feed_language(None);
        self.0.push((before.to_string(), None));
        self.0.push((text.get(lang).to_string(), lang_attr(text.language(lang, written_in), lang)));
        self
    }
}

impl std::fmt::Display for FactText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.iter().try_for_each(|(text, _)| f.write_str(text))
    }
}

/// `metres`: how far the institution is from the point the reader gave,
/// when they gave one.
pub fn unit_details(
    feed: &DaycareFeed,
    index: &UnitIndex,
    unit: usize,
    metres: Option<f64>,
    lang: Lang,
) -> Option<UnitDetails> {
    let u = feed.units.get(unit)?;
    let area = index.area_of(unit).and_then(|a| feed.areas.get(a));
    let words = FactText::words;
    let mut facts = vec![(DaycareMsg::Type.text(lang), words(unit_type(lang, u.kind).to_string()))];
    facts.extend(u.address.clone().map(|a| (DaycareMsg::Address.text(lang), words(a))));
    facts.extend(area.map(|a| (DaycareMsg::Municipality.text(lang), words(a.name.clone()))));
    if !u.ages.is_empty() {
        let ages: Vec<&str> = u.ages.iter().map(|a| age_group(lang, *a)).collect();
        facts.push((DaycareMsg::AgeGroup.text(lang), words(ages.join(", "))));
    }
    facts.extend(
        u.opening_hours
            .as_ref()
            .map(|h| (DaycareMsg::OpeningHours.text(lang), words(h.summary(lang)))),
    );
    facts.extend(u.closing_days.as_ref().and_then(|c| {
        let mut text = words(c.days().map(|n| closing_days(lang, n))?);
        if let Some(note) = &c.note {
            text = text.and_feed(". ", note, lang);
        }
        Some((DaycareMsg::ClosingDays.text(lang), text))
    }));
    facts.extend(u.meals.as_ref().map(|m| {
        let mut text = words(meal_scheme(lang, m.scheme).to_string());
        if let Some(note) = &m.note {
            text = text.and_feed(". ", note, lang);
        }
        (DaycareMsg::Meals.text(lang), text)
    }));
    facts.extend(
        u.profile
            .as_ref()
            .map(|p| (DaycareMsg::Profile.text(lang), FactText(Vec::new()).and_feed("", p, lang))),
    );
    facts.extend(metres.map(|m| (DaycareMsg::Distance.text(lang), words(distance(m, lang)))));

    let comparison = compare(feed, index, &[Subject::Unit(unit)], &index.unit_figures());
    let name = format!("{}: ", u.name);
    let figures = comparison
        .rows
        .iter()
        .map(|row| {
            let label = label_with_period(&feed.figures[row.figure], lang);
            let said = cell_sentence(feed, Subject::Unit(unit), row, &row.cells[0], lang);
            // "Solsikken: 3,4 børn pr. voksen, …": the name is the heading.
            (label, said.strip_prefix(&name).unwrap_or(&said).to_string())
        })
        .collect();

    let website =
        u.url.as_deref().and_then(safe_href).map(|href| (href, DaycareMsg::Website.text(lang)));
    let enrolment = area.and_then(|a| {
        let href = safe_href(a.enrolment_url.as_deref()?)?;
        Some((href, format!("{} ({})", DaycareMsg::EnrolmentLink.text(lang), a.name)))
    });
    let links = website.map(|(h, t)| (h, t.to_string())).into_iter().chain(enrolment).collect();
    Some(UnitDetails { facts, figures, links })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::daycare::read::read_daycare;
    use expect_test::{expect, Expect};

    fn check(unit: usize, metres: Option<f64>, lang: Lang, expect: Expect) {
        let json = include_str!("../../../tests/feeds/small-daycare.json");
        let feed = read_daycare(json).unwrap().feed;
        let index = UnitIndex::new(&feed);
        let out = match unit_details(&feed, &index, unit, metres, lang) {
            None => "none".to_string(),
            Some(d) => {
                let facts = d.facts.iter().map(|(k, v)| format!("{k}: {v}"));
                let figures = d.figures.iter().map(|(k, v)| format!("{k} = {v}"));
                let links = d.links.iter().map(|(h, t)| format!("[{t}]({h})"));
                facts.chain(figures).chain(links).collect::<Vec<_>>().join("\n")
            }
        };
        expect.assert_eq(&out);
    }

    #[test]
    fn the_feeds_own_texts_say_their_language_in_an_english_widget() {
        let json = include_str!("../../../tests/feeds/small-daycare.json");
        let feed = read_daycare(json).unwrap().feed;
        let index = UnitIndex::new(&feed);
        let langs = |lang| {
            let d = unit_details(&feed, &index, 0, None, lang).unwrap();
            d.facts
                .into_iter()
                .flat_map(|(_, text)| text.0)
                .filter_map(|(part, l)| l.map(|l| format!("{l}: {part}")))
                .collect::<Vec<_>>()
        };
        // The notes and the profile are plain (Danish) text; the widget's
        // own words and the names carry none.
        assert_eq!(langs(Lang::En), ["da: Jul", "da: Økologisk", "da: Natur"]);
        assert!(langs(Lang::Da).is_empty());
    }

    #[test]
    fn an_institution_in_words_in_both_languages() {
        check(
            0,
            Some(1234.0),
            Lang::Da,
            expect![[r#"
            Type: Vuggestue
            Adresse: Skolevej 1, 8000 Aarhus C
            Kommune: Aarhus
            Aldersgruppe: 0-2 år
            Åbningstid: man 6.30-17.00, fre 6.30-16.00
            Lukkedage: 3 lukkedage. Jul
            Madordning: Frokostordning. Økologisk
            Pædagogisk profil: Natur
            Afstand: 1,2 km
            Børn pr. voksen (år ikke oplyst) = 3,4 børn pr. voksen, dårligere end kommunen (2,9), dårligere end landstallet (2,9)
            [Institutionens hjemmeside](https://example.org/solsikken)
            [Skriv op til en plads (Aarhus)](https://example.org/pladsanvisning)"#]],
        );
        check(
            0,
            None,
            Lang::En,
            expect![[r#"
            Type: Nursery
            Address: Skolevej 1, 8000 Aarhus C
            Municipality: Aarhus
            Age group: aged 0-2
            Opening hours: Mon 6:30-17:00, Fri 6:30-16:00
            Closing days: 3 closing days. Jul
            Meals: Lunch served. Økologisk
            Pedagogical profile: Natur
            Children per adult (year not given) = 3.4 børn pr. voksen, worse than the municipality (2.9), worse than the country (2.9)
            [The institution's website](https://example.org/solsikken)
            [Apply for a place (Aarhus)](https://example.org/pladsanvisning)"#]],
        );
    }

    #[test]
    fn an_institution_with_little_said_and_one_that_is_not_there() {
        check(
            1,
            None,
            Lang::Da,
            expect![[r#"
            Type: Dagpleje
            Kommune: Aarhus
            Madordning: Madpakke hjemmefra
            Børn pr. voksen (år ikke oplyst) = 0,0 børn pr. voksen, bedre end kommunen (2,9), bedre end landstallet (2,9)
            [Skriv op til en plads (Aarhus)](https://example.org/pladsanvisning)"#]],
        );
        check(99, None, Lang::Da, expect!["none"]);
    }
}
