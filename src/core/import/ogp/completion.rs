//! OGP's Independent Reporting Mechanism (IRM) assesses how complete a
//! commitment is twice: in a progress report during the plan and in an
//! end-of-term report after it. A feed has one status, so:
//!
//! - the end-of-term assessment when there is one (it is the later word),
//! - else the progress report's,
//! - else `unknown`, with the code of the end-of-term column (`NR`, `ND`,
//!   `NA`) as its label, so the sheet's own word is kept.
//!
//! Both assessments, with their report years and the codes spelt out, go
//! into `status_note`, so nothing is lost and a reader sees where the
//! status came from.

use crate::core::plan::StatusValue;

/// One assessment: the completion cell and the year its report came out.
#[derive(Clone, Copy, Debug)]
pub struct Assessment<'a> {
    pub report: &'static str,
    pub completion: &'a str,
    pub year: &'a str,
}

/// What OGP's codes for "no value" mean.
pub fn no_value(text: &str) -> Option<&'static str> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("ND") {
        Some("no data")
    } else if text.eq_ignore_ascii_case("NR") {
        Some("not reviewed")
    } else if text.eq_ignore_ascii_case("NA") || text.eq_ignore_ascii_case("N/A") {
        Some("not applicable")
    } else {
        None
    }
}

fn assessed(a: &Assessment) -> bool {
    !a.completion.is_empty() && no_value(a.completion).is_none()
}

pub struct Completion {
    pub status: StatusValue,
    pub note: Option<String>,
    /// Neither report assessed the commitment.
    pub not_assessed: bool,
    /// The chosen text is not a status the scale knows.
    pub unknown_text: Option<String>,
    /// The status comes from the end-of-term column (else from the progress report's).
    pub from_end_of_term: bool,
}

/// The status from the end-of-term and progress assessments, in that order
/// of preference (see the module's comment).
pub fn completion(end_of_term: Assessment, progress: Assessment) -> Completion {
    let both = [end_of_term, progress];
    let index = both
        .iter()
        .position(assessed)
        .or_else(|| both.iter().position(|a| !a.completion.is_empty()));
    let chosen = index.map(|i| both[i]);
    let (status, recognised) = match chosen {
        Some(a) => StatusValue::from_label(a.completion),
        None => (StatusValue::unknown(), true),
    };
    let parts: Vec<String> = both.iter().filter_map(describe).collect();
    Completion {
        not_assessed: chosen.is_some_and(|a| !assessed(&a)),
        unknown_text: chosen
            .filter(|a| assessed(a) && !recognised)
            .map(|a| a.completion.to_string()),
        from_end_of_term: index == Some(0),
        status,
        note: (!parts.is_empty()).then(|| format!("{}.", parts.join(". "))),
    }
}

/// "End of term (IRM report 2017): Substantial", "Progress report: not reviewed (NR)".
fn describe(a: &Assessment) -> Option<String> {
    if a.completion.is_empty() {
        return None;
    }
    let year = a.year.trim();
    let report = if year.is_empty() || no_value(year).is_some() {
        a.report.to_string()
    } else {
        format!("{} (IRM report {year})", a.report)
    };
    Some(match no_value(a.completion) {
        Some(meaning) => format!("{report}: {meaning} ({})", a.completion),
        None => format!("{report}: {}", a.completion),
    })
}

#[cfg(test)]
mod tests {
    use expect_test::{expect, Expect};

    use super::*;

    fn check(end: (&str, &str), progress: (&str, &str), expect: Expect) {
        let end = Assessment { report: "End of term", completion: end.0, year: end.1 };
        let progress =
            Assessment { report: "Progress report", completion: progress.0, year: progress.1 };
        let c = completion(end, progress);
        let shown = format!(
            "{} {:?} from {} | {} | not assessed: {} | unknown text: {:?}",
            c.status.status.id(),
            c.status.label,
            if c.from_end_of_term { "end" } else { "progress" },
            c.note.unwrap_or_default(),
            c.not_assessed,
            c.unknown_text
        );
        expect.assert_eq(&shown);
    }

    #[test]
    fn end_of_term_first_then_progress_then_the_code() {
        check(
            ("Substantial", "2017"),
            ("Limited", "2016"),
            expect![[
                r#"substantial Some("Substantial") from end | End of term (IRM report 2017): Substantial. Progress report (IRM report 2016): Limited. | not assessed: false | unknown text: None"#
            ]],
        );
        check(
            ("ND", "ND"),
            ("Complete", "2014"),
            expect![[
                r#"completed Some("Complete") from progress | End of term: no data (ND). Progress report (IRM report 2014): Complete. | not assessed: false | unknown text: None"#
            ]],
        );
        check(
            ("NR", "NR"),
            ("ND", "2023"),
            expect![[
                r#"unknown Some("NR") from end | End of term: not reviewed (NR). Progress report (IRM report 2023): no data (ND). | not assessed: true | unknown text: None"#
            ]],
        );
        check(
            ("Limited", "2021"),
            ("NA", "NR"),
            expect![[
                r#"limited Some("Limited") from end | End of term (IRM report 2021): Limited. Progress report: not applicable (NA). | not assessed: false | unknown text: None"#
            ]],
        );
        check(
            ("", ""),
            ("Withdrawn", ""),
            expect![[
                r#"withdrawn Some("Withdrawn") from progress | Progress report: Withdrawn. | not assessed: false | unknown text: None"#
            ]],
        );
        check(
            ("", ""),
            ("", ""),
            expect!["unknown None from progress |  | not assessed: false | unknown text: None"],
        );
    }

    #[test]
    fn unclear_is_unknown_and_other_text_is_kept() {
        check(
            ("Unclear", "2019"),
            ("ND", "ND"),
            expect![[
                r#"unknown Some("Unclear") from end | End of term (IRM report 2019): Unclear. Progress report: no data (ND). | not assessed: false | unknown text: None"#
            ]],
        );
        check(
            ("ND", ""),
            ("Mostly done", ""),
            expect![[
                r#"unknown Some("Mostly done") from progress | End of term: no data (ND). Progress report: Mostly done. | not assessed: false | unknown text: Some("Mostly done")"#
            ]],
        );
        check(
            ("Mostly done", ""),
            ("Limited", ""),
            expect![[
                r#"unknown Some("Mostly done") from end | End of term: Mostly done. Progress report: Limited. | not assessed: false | unknown text: Some("Mostly done")"#
            ]],
        );
    }
}
