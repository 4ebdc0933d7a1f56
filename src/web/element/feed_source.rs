//! Where a widget's feed comes from, and getting it: a URL, an inline
//! `<script type="application/json">`, or feed text or an object given to `ogw.mount`.

use gloo_net::http::{Request, Response};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, ReadableStreamDefaultReader};

use crate::core::feed_rules;
use crate::core::plan::read::ReadPlan;
use crate::core::problem::{Problem, ProblemKind};

/// How long and how much a feed may take: the element's `timeout` (seconds)
/// and `max-bytes`, and the signal that cancels it when the element goes.
/// With them, for an element, the download the loader may have begun.
#[derive(Clone, Debug)]
pub struct FetchLimits {
    pub timeout_seconds: u32,
    pub max_bytes: u64,
    pub cancel: Option<AbortSignal>,
    pub(crate) prefetched: Option<Prefetched>,
}

impl FetchLimits {
    /// Long enough for a slow mobile connection, short enough that a dead
    /// server does not leave a spinner forever.
    pub const TIMEOUT_SECONDS: u32 = 20;
    /// A whole large country's daycare feed (60,000 institutions) is about
    /// 36 MB; more than this is no feed a person's phone should parse.
    pub const MAX_BYTES: u64 = 64_000_000;

    /// The longest a page may ask to wait: ten minutes.
    pub const MOST_SECONDS: u32 = 600;

    /// The defaults, or the element's own (`timeout="5"`, `max-bytes="2000000"`).
    #[cfg_attr(not(feature = "elements"), allow(dead_code))]
    pub fn new(timeout: Option<&str>, max_bytes: Option<&str>) -> FetchLimits {
        let positive =
            |text: Option<&str>| text.and_then(|t| t.trim().parse::<u64>().ok()).filter(|n| *n > 0);
        let limits = FetchLimits::default();
        let limits = match positive(timeout) {
            Some(s) => limits.with_timeout(s.min(Self::MOST_SECONDS as u64) as u32),
            None => limits,
        };
        match positive(max_bytes) {
            Some(n) => limits.with_max_bytes(n),
            None => limits,
        }
    }

    /// At most `seconds` to wait (1 to `MOST_SECONDS`; 0 keeps the default).
    pub fn with_timeout(mut self, seconds: u32) -> FetchLimits {
        if seconds > 0 {
            self.timeout_seconds = seconds.min(Self::MOST_SECONDS);
        }
        self
    }

    /// At most `bytes` of feed (0 keeps the default).
    pub fn with_max_bytes(mut self, bytes: u64) -> FetchLimits {
        if bytes > 0 {
            self.max_bytes = bytes;
        }
        self
    }
}

impl Default for FetchLimits {
    fn default() -> FetchLimits {
        FetchLimits {
            timeout_seconds: Self::TIMEOUT_SECONDS,
            max_bytes: Self::MAX_BYTES,
            cancel: None,
            prefetched: None,
        }
    }
}

/// A feed's download the loader began when it saw the element, while this
/// core was still compiling (loader.js, `prefetch`): the absolute address it
/// asked for, `fetch()`'s promise of the response, and a function that aborts it.
/// The loader fetches only an address the page allows (the same rule as
/// `feed_rules::url_allowed`), with `fetch()`'s defaults, as `fetch_text` would.
#[derive(Clone, Debug)]
pub struct Prefetched {
    pub url: String,
    pub response: js_sys::Promise,
    pub abort: js_sys::Function,
}

impl Prefetched {
    /// Reads `{ url, response, abort }` (the loader's object); anything else is none.
    #[cfg_attr(not(feature = "elements"), allow(dead_code))]
    pub fn from_js(value: &JsValue) -> Option<Prefetched> {
        let get = |key: &str| js_sys::Reflect::get(value, &key.into()).ok();
        Some(Prefetched {
            url: get("url")?.as_string()?,
            response: get("response")?.dyn_into().ok()?,
            abort: get("abort")?.dyn_into().ok()?,
        })
    }

    /// Ends a download no one will read.
    pub fn drop_unread(self) {
        let _ = self.abort.call0(&JsValue::NULL);
    }
}

#[derive(Clone, Debug)]
pub enum FeedSource {
    Url(String, FetchLimits),
    Text(String),
    /// A custom element with no feed at all (only the elements make it).
    #[cfg_attr(not(feature = "elements"), allow(dead_code))]
    Missing,
    /// Nothing to load: the widget only says what is wrong (an unknown widget name).
    Refused(Problem),
}

impl FeedSource {
    /// A feed at `src`, relative to the page's own address: not to its
    /// `<base href>`, which markup slipped into the page could set. Refused
    /// when the page's allow-lists (`feed_lists`) do not include it.
    /// The loader's download in `limits` is kept only when it is of this
    /// same, allowed address; any other is aborted.
    pub fn at(src: &str, feed_lists: &[String], mut limits: FetchLimits) -> FeedSource {
        let url = resolve(src);
        let allowed = match &url {
            Some(url) => feed_rules::url_allowed(url, feed_lists),
            None => feed_lists.is_empty(),
        };
        let url = url.unwrap_or_else(|| src.to_string());
        if let Some(unwanted) = limits.prefetched.take_if(|p| !allowed || p.url != url) {
            unwanted.drop_unread();
        }
        if allowed {
            FeedSource::Url(url, limits)
        } else {
            FeedSource::Refused(Problem::fatal(ProblemKind::FeedNotAllowed { url: Some(url) }))
        }
    }

    /// A feed written inside the element, unless the page allows only addresses.
    #[cfg_attr(not(feature = "elements"), allow(dead_code))]
    pub fn inline(text: String, feed_lists: &[String]) -> FeedSource {
        if feed_rules::inline_allowed(feed_lists) {
            FeedSource::Text(text)
        } else {
            FeedSource::Refused(Problem::fatal(ProblemKind::FeedNotAllowed { url: None }))
        }
    }

    /// The same source, its download cancelled by `cancel` (the widget's
    /// unmounting) as well as by its timeout.
    pub fn cancelled_by(self, cancel: AbortSignal) -> FeedSource {
        match self {
            FeedSource::Url(url, limits) => {
                FeedSource::Url(url, FetchLimits { cancel: Some(cancel), ..limits })
            }
            other => other,
        }
    }

    /// Gets the feed's text.
    pub async fn load_text(self) -> Result<String, Problem> {
        match self {
            FeedSource::Url(url, limits) => fetch_text(&url, &limits).await,
            FeedSource::Text(text) => Ok(text),
            FeedSource::Missing => Err(Problem::fatal(ProblemKind::NoFeed)),
            FeedSource::Refused(problem) => Err(problem),
        }
    }

    /// Gets the feed's bytes as they came, not yet checked to be text: the
    /// daycare dashboard's reader checks a large feed as it parses it.
    pub async fn load_bytes(self) -> Result<Vec<u8>, Problem> {
        match self {
            FeedSource::Url(url, limits) => fetch_bytes(&url, &limits).await,
            FeedSource::Text(text) => Ok(text.into_bytes()),
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

/// Fetches the feed (an absolute address: `FeedSource::at`) within its
/// limits: refused unread when it says it is too large, and cut off as soon
/// as more arrives than it may hold (a server need not say its size). A
/// download the loader began is read under the same limits: the timeout and
/// the unmount's cancel abort it.
async fn fetch_text(url: &str, limits: &FetchLimits) -> Result<String, Problem> {
    String::from_utf8(fetch_bytes(url, limits).await?)
        .map_err(|_| Problem::fatal(ProblemKind::NotText))
}

/// `fetch_text`'s download, its bytes not yet checked to be text.
async fn fetch_bytes(url: &str, limits: &FetchLimits) -> Result<Vec<u8>, Problem> {
    let timeout = AbortSignal::timeout_with_u32(limits.timeout_seconds.saturating_mul(1000));
    let signal = match &limits.cancel {
        Some(cancel) => AbortSignal::any(&js_sys::Array::of2(&timeout, cancel)),
        None => timeout.clone(),
    };
    let failed = || {
        Problem::fatal(if timeout.aborted() {
            ProblemKind::TimedOut { seconds: limits.timeout_seconds }
        } else {
            // fetch() does not tell a CORS refusal from a network error, on purpose.
            ProblemKind::Unreachable
        })
    };
    let too_large = || Problem::fatal(ProblemKind::FeedTooLarge { limit_bytes: limits.max_bytes });
    let response = match limits.prefetched.clone() {
        Some(prefetched) => {
            if signal.aborted() {
                prefetched.drop_unread();
                return Err(failed());
            }
            let _ = signal.add_event_listener_with_callback("abort", &prefetched.abort);
            let response = JsFuture::from(prefetched.response).await.map_err(|_| failed())?;
            Response::from(response.dyn_into::<web_sys::Response>().map_err(|_| failed())?)
        }
        None => Request::get(url).abort_signal(Some(&signal)).send().await.map_err(|_| failed())?,
    };
    if !response.ok() {
        return Err(Problem::fatal(ProblemKind::HttpStatus { status: response.status() }));
    }
    let said = response.headers().get("content-length").and_then(|n| n.trim().parse::<u64>().ok());
    if said.is_some_and(|n| n > limits.max_bytes) {
        return Err(too_large());
    }
    let Some(body) = response.body() else { return Ok(Vec::new()) };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(said.unwrap_or(0) as usize);
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| failed())?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).is_ok_and(|d| d.is_truthy());
        if done {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).unwrap_or_default();
        let part = js_sys::Uint8Array::new(&value);
        if bytes.len() as u64 + part.length() as u64 > limits.max_bytes {
            let _ = reader.cancel();
            return Err(too_large());
        }
        let start = bytes.len();
        bytes.resize(start + part.length() as usize, 0);
        part.copy_to(&mut bytes[start..]);
    }
    Ok(bytes)
}
