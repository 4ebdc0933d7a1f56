//! Placing commitments in feeds: one combined feed with a theme per country
//! or locality, or one feed per action plan with the plan's own themes.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::{Commitment, OgpOptions, PlanRef};
use crate::core::import::tidy::slug;
use crate::core::plan::{Initiative, Period, PlanFeed, PlanInfo, Theme, PLAN_FORMAT};
use crate::core::source::Source;
use crate::core::text::Text;

const SOURCE: &str = "Open Government Partnership, Independent Reporting Mechanism (IRM)";

/// A feed and the name of its file, without `.json`.
pub struct NamedFeed {
    pub name: String,
    pub entry: IndexEntry,
    pub feed: PlanFeed,
}

/// What `--group-by plan` wrote: `index.json` beside the feeds.
#[derive(Serialize)]
pub struct Index<'a> {
    pub feeds: Vec<&'a IndexEntry>,
}

#[derive(Clone, Debug, Serialize)]
pub struct IndexEntry {
    pub file: String,
    /// `Action Plan ID`, when the file has it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    pub commitments: usize,
    /// Commitments per status id, to pick a plan worth charting.
    pub statuses: BTreeMap<&'static str, usize>,
}

pub(crate) fn feeds(commitments: Vec<Commitment>, options: &OgpOptions) -> Vec<NamedFeed> {
    match super::per_plan(options) {
        // No feed without an initiative: an empty feed would only hide that nothing was imported.
        _ if commitments.is_empty() => Vec::new(),
        false => vec![combined(commitments, options)],
        true => per_plan(commitments),
    }
}

fn combined(commitments: Vec<Commitment>, options: &OgpOptions) -> NamedFeed {
    let mut themes: Vec<Theme> = Vec::new();
    let mut initiatives = Vec::with_capacity(commitments.len());
    let years = |pick: fn(&PlanRef) -> &Option<String>| {
        commitments
            .iter()
            .filter_map(|c| pick(&c.plan).as_deref()?.parse::<i32>().ok())
            .collect::<Vec<_>>()
    };
    let period = Period {
        start: years(|p| &p.start).into_iter().min().map(|y| y.to_string()),
        end: years(|p| &p.end).into_iter().max().map(|y| y.to_string()),
        original_start: None,
        original_end: None,
    };
    let site = commitments.iter().find_map(|c| site(c.initiative.url.as_deref()?));
    let as_of = super::as_of(&commitments);
    for c in commitments {
        let id = c.code.clone().unwrap_or_else(|| slug(&c.country));
        if !themes.iter().any(|t| t.id == id) {
            themes.push(Theme { id: id.clone(), title: Text::Plain(c.country.clone()) });
        }
        let mut initiative = c.initiative;
        initiative.theme = Some(id);
        initiatives.push(initiative);
    }
    let title = options
        .title
        .clone()
        .unwrap_or_else(|| "Open Government Partnership commitments".to_string());
    let feed = ogp_feed(&title, &period, site, as_of, themes, initiatives);
    let name = "ogp-commitments".to_string();
    NamedFeed { entry: entry(&feed, &name, None, None, title, period), name, feed }
}

/// A plan feed of OGP's, in English, crediting the IRM and linking `site`.
fn ogp_feed(
    title: &str,
    period: &Period,
    site: Option<String>,
    as_of: Option<String>,
    themes: Vec<Theme>,
    initiatives: Vec<Initiative>,
) -> PlanFeed {
    PlanFeed {
        format: PLAN_FORMAT.to_string(),
        plan: PlanInfo {
            title: Some(Text::Plain(title.to_string())),
            language: Some("en".to_string()),
            period: (period.start.is_some() || period.end.is_some()).then_some(period.clone()),
            source: Some(Source { name: Text::Plain(SOURCE.to_string()), url: site }),
            as_of,
            ..PlanInfo::default()
        },
        themes,
        initiatives,
    }
}

fn per_plan(commitments: Vec<Commitment>) -> Vec<NamedFeed> {
    // Plans in the order the file first mentions them, so names that clash get -2, -3 in that order.
    let mut order: Vec<Vec<Commitment>> = Vec::new();
    let mut index_of: HashMap<String, usize> = HashMap::new();
    for c in commitments {
        match index_of.get(&c.plan.key) {
            Some(&i) => order[i].push(c),
            None => {
                index_of.insert(c.plan.key.clone(), order.len());
                order.push(vec![c]);
            }
        }
    }
    let mut names_used: Vec<String> = Vec::new();
    let mut feeds: Vec<NamedFeed> =
        order.into_iter().map(|plan| one_plan(plan, &mut names_used)).collect();
    // By file name: countries alphabetically, each country's plans by year.
    feeds.sort_by(|a, b| a.name.cmp(&b.name));
    feeds
}

fn one_plan(commitments: Vec<Commitment>, names_used: &mut Vec<String>) -> NamedFeed {
    let first = &commitments[0];
    let (country, plan) = (first.country.clone(), first.plan.clone());
    let period = Period {
        start: plan.start.clone(),
        end: plan.end.clone(),
        original_start: None,
        original_end: None,
    };
    let years = match (&plan.start, &plan.end) {
        (Some(start), Some(end)) => Some(format!("{start}-{end}")),
        (Some(year), None) | (None, Some(year)) => Some(year.clone()),
        (None, None) => None,
    };
    let title = match (&plan.number, &years) {
        (Some(n), Some(years)) => format!("{country}: OGP action plan {n} ({years})"),
        (None, Some(years)) => format!("{country}: OGP action plan ({years})"),
        (Some(n), None) => format!("{country}: OGP action plan {n}"),
        (None, None) => format!("{country}: OGP action plan"),
    };
    let name = unique_name(&country, &plan, years.as_deref(), names_used);
    let source_url = commitments.iter().find_map(|c| members_page(c.initiative.url.as_deref()?));
    let as_of = super::as_of(&commitments);

    let mut themes: Vec<Theme> = Vec::new();
    let mut initiatives = Vec::with_capacity(commitments.len());
    for c in commitments {
        let mut initiative = c.initiative;
        if let Some(theme) = c.theme {
            let id = match themes.iter().position(|t| t.title == Text::Plain(theme.clone())) {
                Some(i) => themes[i].id.clone(),
                None => {
                    let id = (themes.len() + 1).to_string();
                    themes.push(Theme { id: id.clone(), title: Text::Plain(theme) });
                    id
                }
            };
            initiative.theme = Some(id);
        }
        initiatives.push(initiative);
    }
    let feed = ogp_feed(&title, &period, source_url, as_of, themes, initiatives);
    NamedFeed { entry: entry(&feed, &name, plan.id, Some(country), title, period), name, feed }
}

/// `<country>-<first year>-<last year>`, e.g. `albania-2012-2014`; the plan's
/// number when the years are blank; `-2`, `-3` … if two plans would share a name.
fn unique_name(
    country: &str,
    plan: &PlanRef,
    years: Option<&str>,
    names_used: &mut Vec<String>,
) -> String {
    let country =
        Some(slug(country)).filter(|s| !s.is_empty()).unwrap_or_else(|| "plan".to_string());
    let suffix = match (years, &plan.number) {
        (Some(years), _) => slug(years),
        (None, Some(n)) => format!("plan-{}", slug(n)),
        (None, None) => slug(&plan.key),
    };
    let base = if suffix.is_empty() { country } else { format!("{country}-{suffix}") };
    let mut name = base.clone();
    let mut n = 1;
    while names_used.contains(&name) {
        n += 1;
        name = format!("{base}-{n}");
    }
    names_used.push(name.clone());
    name
}

fn entry(
    feed: &PlanFeed,
    name: &str,
    plan: Option<String>,
    country: Option<String>,
    title: String,
    period: Period,
) -> IndexEntry {
    let mut statuses = BTreeMap::new();
    for initiative in &feed.initiatives {
        *statuses.entry(initiative.status.status.id()).or_default() += 1;
    }
    IndexEntry {
        file: format!("{name}.json"),
        plan,
        country,
        title,
        start: period.start,
        end: period.end,
        commitments: feed.initiatives.len(),
        statuses,
    }
}

/// `https://opengovpartnership.org/` from any of its addresses.
fn site(url: &str) -> Option<String> {
    let after_scheme = url.find("://")? + 3;
    let end = url[after_scheme..].find('/').map_or(url.len(), |i| after_scheme + i);
    Some(format!("{}/", &url[..end]))
}

/// A member's page from one of its commitments' addresses:
/// `…/members/albania/commitments/al0002` → `…/members/albania/`.
fn members_page(url: &str) -> Option<String> {
    url.find("/commitments/").map(|i| url[..=i].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_pages_come_from_commitment_addresses() {
        let url = "https://opengovpartnership.org/members/albania/commitments/al0002";
        assert_eq!(site(url).as_deref(), Some("https://opengovpartnership.org/"));
        assert_eq!(
            members_page(url).as_deref(),
            Some("https://opengovpartnership.org/members/albania/")
        );
        assert_eq!(members_page("https://example.org/x"), None);
        assert_eq!(site("https://example.org").as_deref(), Some("https://example.org/"));
    }
}
