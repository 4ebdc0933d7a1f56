//! Where a widget's feed comes from, and getting it: a URL, an inline
//! `<script type="application/json">`, or feed text or an object given to `ogw.mount`.

use gloo_net::http::Request;
use web_sys::AbortSignal;

use crate::core::feed_rules;
use crate::core::problem::{Problem, ProblemKind};
use crate::core::read::ReadPlan;

/// Long enough for a slow mobile connection, short enough that a dead
/// server does not leave a spinner forever.
const TIMEOUT_SECONDS: u32 = 20;

#[derive(Clone, Debug)]
pub enum FeedSource {
    Url(String),
    Text(String),
    Missing,
    /// Nothing to load: the widget only says what is wrong (an unknown widget name).
    Refused(Problem),
}

impl FeedSource {
    /// A feed at `src`, relative to the page's own address: not to its
    /// `<base href>`, which markup slipped into the page could set. Refused
    /// when the page's allow-lists (`feed_lists`) do not include it.
    pub fn at(src: &str, feed_lists: &[String]) -> FeedSource {
        let url = resolve(src);
        let allowed = match &url {
            Some(url) => feed_rules::url_allowed(url, feed_lists),
            None => feed_lists.is_empty(),
        };
        match (allowed, url) {
            (true, url) => FeedSource::Url(url.unwrap_or_else(|| src.to_string())),
            (false, url) => FeedSource::Refused(Problem::fatal(ProblemKind::FeedNotAllowed {
                url: Some(url.unwrap_or_else(|| src.to_string())),
            })),
        }
    }

    /// A feed written inside the element, unless the page allows only addresses.
    pub fn inline(text: String, feed_lists: &[String]) -> FeedSource {
        if feed_rules::inline_allowed(feed_lists) {
            FeedSource::Text(text)
        } else {
            FeedSource::Refused(Problem::fatal(ProblemKind::FeedNotAllowed { url: None }))
        }
    }

    /// Gets the feed's text (the daycare dashboard reads it its own way).
    pub async fn load_text(self) -> Result<String, Problem> {
        match self {
            FeedSource::Url(url) => fetch_text(&url).await,
            FeedSource::Text(text) => Ok(text),
            FeedSource::Missing => Err(Problem::fatal(ProblemKind::NoFeed)),
            FeedSource::Refused(problem) => Err(problem),
        }
    }

    /// Gets the feed and reads it with `read` (each widget reads only what it
    /// shows: the status chart skips the dates, and so their reader).
    pub async fn load_plan(
        self,
        read: fn(&str) -> Result<ReadPlan, Problem>,
    ) -> Result<ReadPlan, Problem> {
        read(&self.load_text().await?)
    }
}

/// `src` as an absolute address, against the page's own address (`location.href`,
/// which no element can stand in for, as one can for `document.URL`).
fn resolve(src: &str) -> Option<String> {
    let page = web_sys::window()?.location().href().ok()?;
    web_sys::Url::new_with_base(src.trim(), &page).ok().map(|url| url.href())
}

/// Fetches the feed (an absolute address: `FeedSource::at`).
async fn fetch_text(url: &str) -> Result<String, Problem> {
    let signal = AbortSignal::timeout_with_u32(TIMEOUT_SECONDS * 1000);
    let failed = |signal: &AbortSignal| {
        Problem::fatal(if signal.aborted() {
            ProblemKind::TimedOut { seconds: TIMEOUT_SECONDS }
        } else {
            // fetch() does not tell a CORS refusal from a network error, on purpose.
            ProblemKind::Unreachable
        })
    };
    let response =
        Request::get(url).abort_signal(Some(&signal)).send().await.map_err(|_| failed(&signal))?;
    if !response.ok() {
        return Err(Problem::fatal(ProblemKind::HttpStatus { status: response.status() }));
    }
    response.text().await.map_err(|_| failed(&signal))
}
