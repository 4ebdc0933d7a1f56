//! Every fixed text of the daycare dashboard, in Danish and English: names
//! of types, age groups, meal schemes, the three kinds of missing value,
//! verdicts, column headings and counts. A missing translation is a compile
//! error, not a blank on the page.

use super::compare::Verdict;
use super::feed::{AgeGroup, Better, MealScheme, NoteKind, UnitType};
use super::value::Value;

use crate::core::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Title,
    Institution,
    Municipality,
    Country,
    MunicipalAverage,
    NationalAverage,
    Name,
    Type,
    Distance,
    OpeningHours,
    Opens,
    Closes,
    WeeklyHours,
    ClosingDays,
    Meals,
    Profile,
    AgeGroup,
    Address,
    Search,
    AllMunicipalities,
    AllTypes,
    AllAges,
    DistanceFrom,
    YourLocation,
    Compare,
    CompareHint,
    RemoveFromComparison,
    SortAscending,
    SortDescending,
    Synthetic,
    Sources,
    NationalMethod,
    NewMethod,
    EnrolmentLink,
    NoResults,
    LowerIsBetter,
    HigherIsBetter,
    NeitherBetter,
    OverTheYears,
    Institutions,
    Municipalities,
    // The widget's controls and headings.
    Filters,
    View,
    Within,
    AnyDistance,
    NoPoint,
    UseMyLocation,
    LocationFailed,
    CompareFull,
    Comparison,
    KeyFigure,
    Details,
    Website,
    InstitutionsCaption,
    MunicipalitiesCaption,
    ComparisonCaption,
    TrendCaption,
    Year,
    ScrollHint,
}

pub fn word(lang: Lang, w: Word) -> &'static str {
    use Word::*;
    let (da, en) = match w {
        Title => ("Sammenlign dagtilbud", "Compare daycare"),
        Institution => ("Institution", "Institution"),
        Municipality => ("Kommune", "Municipality"),
        Country => ("Hele landet", "All of Denmark"),
        MunicipalAverage => ("Kommunens tal", "Municipal figure"),
        NationalAverage => ("Landstal", "National figure"),
        Name => ("Navn", "Name"),
        Type => ("Type", "Type"),
        Distance => ("Afstand", "Distance"),
        OpeningHours => ("Åbningstid", "Opening hours"),
        Opens => ("Åbner", "Opens"),
        Closes => ("Lukker", "Closes"),
        WeeklyHours => ("Timer om ugen", "Hours a week"),
        ClosingDays => ("Lukkedage", "Closing days"),
        Meals => ("Madordning", "Meals"),
        Profile => ("Pædagogisk profil", "Pedagogical profile"),
        AgeGroup => ("Aldersgruppe", "Age group"),
        Address => ("Adresse", "Address"),
        Search => ("Søg efter navn eller adresse", "Search by name or address"),
        AllMunicipalities => ("Alle kommuner", "All municipalities"),
        AllTypes => ("Alle typer", "All types"),
        AllAges => ("Alle aldre", "All ages"),
        DistanceFrom => ("Afstand fra", "Distance from"),
        YourLocation => ("din placering", "your location"),
        Compare => ("Sammenlign", "Compare"),
        CompareHint => (
            "Vælg op til fire institutioner eller kommuner at sammenligne.",
            "Choose up to four institutions or municipalities to compare.",
        ),
        RemoveFromComparison => ("Fjern fra sammenligningen", "Remove from the comparison"),
        SortAscending => ("sorteret stigende", "sorted ascending"),
        SortDescending => ("sorteret faldende", "sorted descending"),
        Synthetic => (
            "Syntetiske data: institutionerne er opdigtede til demonstration.",
            "Synthetic data: the institutions are made up for demonstration.",
        ),
        Sources => ("Kilder", "Sources"),
        NationalMethod => ("Sådan er landstallet beregnet", "How the national figure is computed"),
        NewMethod => ("Ny metode", "New method"),
        EnrolmentLink => ("Skriv op til en plads", "Apply for a place"),
        NoResults => {
            ("Ingen institutioner passer til søgningen.", "No institutions match the search.")
        }
        LowerIsBetter => ("Lavere er bedre", "Lower is better"),
        HigherIsBetter => ("Højere er bedre", "Higher is better"),
        NeitherBetter => {
            ("Hverken højere eller lavere er bedre", "Neither higher nor lower is better")
        }
        OverTheYears => ("Over årene", "Over the years"),
        Institutions => ("Institutioner", "Institutions"),
        Municipalities => ("Kommuner", "Municipalities"),
        Filters => ("Afgræns", "Narrow down"),
        View => ("Vis", "Show"),
        Within => ("Inden for", "Within"),
        AnyDistance => ("Alle afstande", "Any distance"),
        NoPoint => ("Intet valgt", "None chosen"),
        UseMyLocation => ("Brug min placering", "Use my location"),
        LocationFailed => (
            "Din placering kunne ikke findes. Vælg et postnummer i stedet.",
            "Your location could not be found. Choose a postcode instead.",
        ),
        CompareFull => (
            "Du kan sammenligne højst fire. Fjern én for at vælge en ny.",
            "You can compare at most four. Remove one to choose another.",
        ),
        Comparison => ("Sammenligning", "Comparison"),
        KeyFigure => ("Nøgletal", "Key figure"),
        Details => ("Detaljer", "Details"),
        Website => ("Institutionens hjemmeside", "The institution's website"),
        InstitutionsCaption => {
            ("Institutioner og deres nøgletal", "Institutions and their key figures")
        }
        MunicipalitiesCaption => {
            ("Kommuner og deres nøgletal", "Municipalities and their key figures")
        }
        ComparisonCaption => ("Sammenligningen i tal", "The comparison in numbers"),
        TrendCaption => ("Tallene år for år", "The figures year by year"),
        Year => ("År", "Year"),
        ScrollHint => (
            "Rul i tabellen for at se flere. Vælg en kolonneoverskrift for at sortere.",
            "Scroll the table to see more. Select a column heading to sort.",
        ),
    };
    lang.pick(da, en)
}

/// The result count, announced when it changes: "Viser 312 af 4.600 institutioner".
pub fn showing(lang: Lang, shown: usize, total: usize, of_units: bool) -> String {
    let noun = if of_units { institutions(lang, total) } else { municipalities(lang, total) };
    let noun = noun.split_once(' ').map_or("", |(_, rest)| rest).to_string();
    let (shown, total) = (super::format::count(shown, lang), super::format::count(total, lang));
    lang.pick(
        format!("Viser {shown} af {total} {noun}"),
        format!("Showing {shown} of {total} {noun}"),
    )
}

pub fn unit_type(lang: Lang, t: UnitType) -> &'static str {
    let (da, en) = match t {
        UnitType::Nursery => ("Vuggestue", "Nursery"),
        UnitType::Kindergarten => ("Børnehave", "Kindergarten"),
        UnitType::Integrated => ("Integreret institution", "Integrated institution"),
        UnitType::FamilyDaycare => ("Dagpleje", "Family daycare"),
        UnitType::Other => ("Anden institution", "Other"),
    };
    lang.pick(da, en)
}

pub fn age_group(lang: Lang, a: AgeGroup) -> &'static str {
    match a {
        AgeGroup::Under3 => lang.pick("0-2 år", "aged 0-2"),
        AgeGroup::From3To5 => lang.pick("3-5 år", "aged 3-5"),
    }
}

pub fn meal_scheme(lang: Lang, m: MealScheme) -> &'static str {
    let (da, en) = match m {
        MealScheme::Lunch => ("Frokostordning", "Lunch served"),
        MealScheme::AllMeals => ("Alle måltider", "All meals served"),
        MealScheme::PackedLunch => ("Madpakke hjemmefra", "Packed lunch from home"),
        MealScheme::Other => ("Anden ordning", "Other arrangement"),
    };
    lang.pick(da, en)
}

/// What a table cell says for a missing value: short, and never "0".
pub fn missing(lang: Lang, v: Value) -> &'static str {
    match v {
        Value::NotReported => lang.pick("ikke oplyst", "not reported"),
        Value::Suppressed => lang.pick("for få børn", "too few children"),
        Value::NotApplicable => lang.pick("ikke relevant", "not applicable"),
        Value::Number(_) => "",
    }
}

/// The same, said in full (tooltips, accessible names, the legend).
pub fn missing_explained(lang: Lang, v: Value) -> &'static str {
    match v {
        Value::NotReported => lang.pick(
            "Ikke oplyst: tallet er ikke indberettet.",
            "Not reported: the figure was not reported.",
        ),
        Value::Suppressed => lang.pick(
            "Diskretioneret: der er for få børn til, at tallet kan offentliggøres.",
            "Suppressed: there are too few children for the figure to be published.",
        ),
        Value::NotApplicable => lang.pick(
            "Ikke relevant: tallet giver ikke mening her.",
            "Not applicable: the figure does not apply here.",
        ),
        Value::Number(_) => "",
    }
}

/// A figure's year or period when the feed does not give one: said, so a
/// parent does not take an old figure for a current one.
pub fn no_period(lang: Lang) -> &'static str {
    lang.pick("år ikke oplyst", "year not given")
}

/// A yearly amount as monthly payments: "11 mdr. à 4.256", "11 months at 4,256".
pub fn in_months(lang: Lang, months: u8, rate: &str) -> String {
    lang.pick(format!("{months} mdr. à {rate}"), format!("{months} months at {rate}"))
}

/// A note in a word or two, beside a value in a table cell.
pub fn note_short(lang: Lang, n: NoteKind) -> &'static str {
    let (da, en) = match n {
        NoteKind::NoChildren => ("tvivlsomt", "doubtful"),
        NoteKind::NewestYearMissing => ("nyeste år mangler", "newest year missing"),
        NoteKind::Outlier => ("usædvanligt", "unusual"),
        NoteKind::Other => ("se note", "see note"),
    };
    lang.pick(da, en)
}

/// A note said in full (sentences, tooltips, the import report).
pub fn note_explained(lang: Lang, n: NoteKind) -> &'static str {
    let (da, en) = match n {
        NoteKind::NoChildren => (
            "Tvivlsomt: kilden har ingen børn i denne pasningsform i kommunen, men giver alligevel et tal",
            "Doubtful: the source counts no children in this kind of care here, yet gives a figure",
        ),
        NoteKind::NewestYearMissing => (
            "Det nyeste år mangler i kilden; tallet er fra et tidligere år",
            "The newest year is missing from the source; this figure is from an earlier year",
        ),
        NoteKind::Outlier => (
            "Usædvanligt: langt fra de andre kommuners tal; det kan være en fejl i kilden",
            "Unusual: far from the other municipalities' figures; it may be an error in the source",
        ),
        NoteKind::Other => ("Bemærk", "Note"),
    };
    lang.pick(da, en)
}

pub fn direction(lang: Lang, b: Better) -> &'static str {
    word(
        lang,
        match b {
            Better::Lower => Word::LowerIsBetter,
            Better::Higher => Word::HigherIsBetter,
            Better::None => Word::NeitherBetter,
        },
    )
}

/// A verdict in a word, for the legend: "bedre", "dårligere", "det samme".
pub fn verdict_short(lang: Lang, v: Verdict) -> &'static str {
    let (da, en) = match v {
        Verdict::Better => ("bedre", "better"),
        Verdict::Worse => ("dårligere", "worse"),
        Verdict::Same => ("det samme", "the same"),
        Verdict::Higher => ("højere", "higher"),
        Verdict::Lower => ("lavere", "lower"),
        Verdict::NotComparable => ("kan ikke sammenlignes", "cannot be compared"),
    };
    lang.pick(da, en)
}

fn counted(lang: Lang, n: usize, da: (&str, &str), en: (&str, &str)) -> String {
    let noun = match (lang, n == 1) {
        (Lang::Da, true) => da.0,
        (Lang::Da, false) => da.1,
        (Lang::En, true) => en.0,
        (Lang::En, false) => en.1,
    };
    format!("{} {noun}", super::format::count(n, lang))
}

/// "1 institution", "4.600 institutioner": also what is announced when a
/// filter changes the number of results.
pub fn institutions(lang: Lang, n: usize) -> String {
    counted(lang, n, ("institution", "institutioner"), ("institution", "institutions"))
}

pub fn municipalities(lang: Lang, n: usize) -> String {
    counted(lang, n, ("kommune", "kommuner"), ("municipality", "municipalities"))
}

pub fn closing_days(lang: Lang, n: u16) -> String {
    counted(lang, n as usize, ("lukkedag", "lukkedage"), ("closing day", "closing days"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_nouns_and_use_the_language_s_separators() {
        assert_eq!(institutions(Lang::Da, 312), "312 institutioner");
        assert_eq!(institutions(Lang::Da, 1), "1 institution");
        assert_eq!(institutions(Lang::Da, 4600), "4.600 institutioner");
        assert_eq!(institutions(Lang::En, 4600), "4,600 institutions");
        assert_eq!(municipalities(Lang::Da, 98), "98 kommuner");
        assert_eq!(closing_days(Lang::En, 1), "1 closing day");
    }

    #[test]
    fn the_three_kinds_of_missing_read_differently_and_never_as_zero() {
        for lang in [Lang::Da, Lang::En] {
            let texts = [Value::NotReported, Value::Suppressed, Value::NotApplicable]
                .map(|v| missing(lang, v));
            assert!(texts[0] != texts[1] && texts[1] != texts[2] && texts[0] != texts[2]);
            assert!(texts.iter().all(|t| !t.contains('0')));
        }
    }
}
