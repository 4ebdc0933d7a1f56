//! The columns of OGP's commitments export the importer reads, and what
//! becomes of every column, for the report.

use super::OgpOptions;

pub const ID: &str = "Commitment Unique Identifier";
pub const COUNTRY: &str = "Country/Locality";
pub const TITLE: &str = "Commitment Title";
pub const SHORT_TITLE: &str = "Short Title";
pub const CODE: &str = "Code";
pub const PLAN_ID: &str = "Action Plan ID";
pub const PLAN_NUMBER: &str = "Action Plan Number";
pub const PLAN_START: &str = "Year Of Submission";
pub const PLAN_END: &str = "Action Plan End Year";
pub const THEME: &str = "Theme";
pub const FULL_TEXT: &str = "Full Text";
pub const START: &str = "Start Date";
pub const END: &str = "End Date";
pub const LEAD: &str = "Lead Institution";
pub const SUPPORTING: &str = "Supporting Institution(s)";
pub const PROGRESS: &str = "Completion (Progress Report)";
pub const PROGRESS_YEAR: &str = "Report Publication Year (Progress Report)";
pub const END_OF_TERM: &str = "Completion (End Of Term)";
pub const END_OF_TERM_YEAR: &str = "Report Publication Year (End Of Term)";
pub const OPENED: &str = "Did It Open Government (Overall)";
pub const OPENED_INFORMATION: &str = "Did It Open Government (Access To Information)";
pub const OPENED_PARTICIPATION: &str = "Did It Open Government (Civic Participation)";
pub const OPENED_ACCOUNTABILITY: &str = "Did It Open Government: Public Accountability";
pub const EARLY_RESULTS: &str = "Early Results";
pub const URL: &str = "URL";

/// Without these a row cannot become an initiative in a feed.
pub const REQUIRED: [&str; 3] = [ID, COUNTRY, TITLE];

/// Every column the importer reads, for the report's missing columns.
pub const KNOWN: [&str; 26] = [
    ID,
    COUNTRY,
    TITLE,
    SHORT_TITLE,
    CODE,
    PLAN_ID,
    PLAN_NUMBER,
    PLAN_START,
    PLAN_END,
    THEME,
    FULL_TEXT,
    START,
    END,
    LEAD,
    SUPPORTING,
    PROGRESS,
    PROGRESS_YEAR,
    END_OF_TERM,
    END_OF_TERM_YEAR,
    OPENED,
    OPENED_INFORMATION,
    OPENED_PARTICIPATION,
    OPENED_ACCOUNTABILITY,
    EARLY_RESULTS,
    URL,
    "Commitment Number",
];

/// Where a column goes: `Ok(feed field)` or `Err(why it is left out)`.
/// `values` are the column's cells, to tell flags from other columns.
pub fn fate<'v>(
    name: &str,
    options: &OgpOptions,
    mut values: impl Iterator<Item = &'v str>,
) -> Result<&'static str, &'static str> {
    let combined = !super::per_plan(options);
    let (title, other_title) =
        if options.short_titles { (SHORT_TITLE, TITLE) } else { (TITLE, SHORT_TITLE) };
    Ok(match name {
        ID => "initiatives[].id",
        n if n == title => "initiatives[].title",
        n if n == other_title => return Err("the format has one title (--short-titles picks the other); used only when the title is blank"),
        COUNTRY if combined => "themes[].title",
        COUNTRY => "plan.title",
        CODE if combined => "themes[].id",
        CODE => return Err("the country is in the plan's title; the format wants a two-letter code, this is three or four letters"),
        THEME if combined => return Err("countries are the themes of a combined feed (--group-by plan keeps the plans' own themes)"),
        THEME => "themes[].title",
        PLAN_ID => "which feed (--group-by plan) and the index",
        PLAN_NUMBER => "plan.title",
        PLAN_START => "plan.period.start",
        PLAN_END => "plan.period.end",
        FULL_TEXT => "initiatives[].summary",
        START => "initiatives[].period.start",
        END => "initiatives[].period.end",
        LEAD => "initiatives[].lead",
        SUPPORTING => "initiatives[].partners",
        END_OF_TERM | PROGRESS => "initiatives[].status and status_note",
        END_OF_TERM_YEAR | PROGRESS_YEAR => "initiatives[].status_note",
        OPENED | OPENED_INFORMATION | OPENED_PARTICIPATION | OPENED_ACCOUNTABILITY | EARLY_RESULTS => "initiatives[].results",
        URL => "initiatives[].url and plan.source.url",
        "Commitment Number" => return Err("the id is the unique identifier: plans' own numbers repeat"),
        "Change In Completion" | "_ChangeCompletion" => return Err("follows from the two completion columns"),
        n if n.starts_with('_') => return Err("a numeric copy of another column"),
        _ if values.all(is_flag) => return Err("a 0/1 flag (topic tag or IRM marker): the format has no tags"),
        _ => return Err("an IRM assessment or sheet bookkeeping: the format has no field for it"),
    })
}

fn is_flag(value: &str) -> bool {
    matches!(value.trim(), "0" | "1" | "" | "ND" | "NR" | "NA")
}
