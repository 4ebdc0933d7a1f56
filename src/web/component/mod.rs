//! The widgets as Leptos components, for Rust applications: the public
//! browser API of the library, re-exported as `ogw_widgets::web::*`
//! (docs/components.md). The custom elements mount exactly what these mount
//! (`mount.rs`); the components only add a `<div>` to hold the widget.

pub(crate) mod mount;
mod widgets;

use std::marker::PhantomData;

pub use widgets::*;

#[cfg(feature = "daycare")]
pub use crate::core::daycare::feed::DaycareFeed;
pub use crate::core::i18n::Lang;
#[cfg(any(feature = "status", feature = "timeline"))]
pub use crate::core::plan::PlanFeed;
use crate::web::element::feed_source::{FeedSource, FetchLimits};

/// Where a widget's feed comes from: a typed feed built in Rust
/// (`feed=plan`, from a [`PlanFeed`] or a [`DaycareFeed`]), feed JSON
/// ([`Feed::json`]) or an address ([`Feed::url`]).
///
/// Every kind is read by the same lenient reader: a typed feed is written as
/// its JSON first, so it gets the same checks, limits and messages as a file
/// would, and nothing in it can make the widget panic.
pub struct Feed<T> {
    pub(crate) source: FeedSource,
    kind: PhantomData<fn() -> T>,
}

impl<T> Clone for Feed<T> {
    fn clone(&self) -> Self {
        Feed { source: self.source.clone(), kind: PhantomData }
    }
}

impl<T> std::fmt::Debug for Feed<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Feed").field(&self.source).finish()
    }
}

impl<T> Feed<T> {
    fn new(source: FeedSource) -> Feed<T> {
        Feed { source, kind: PhantomData }
    }

    /// Fetched from `address`, relative to the page's own address, within
    /// the default limits (20 seconds, 64 MB; [`Feed::timeout`], [`Feed::max_bytes`]).
    /// The download is cancelled when the widget is unmounted.
    pub fn url(address: impl AsRef<str>) -> Feed<T> {
        Feed::new(FeedSource::at(address.as_ref(), &[], FetchLimits::default()))
    }

    /// Feed text as JSON, read as a file would be.
    pub fn json(text: impl Into<String>) -> Feed<T> {
        Feed::new(FeedSource::Text(text.into()))
    }

    /// For an address: give up after `seconds` (at most 600). No effect on other feeds.
    pub fn timeout(self, seconds: u32) -> Feed<T> {
        self.limits(|limits| limits.with_timeout(seconds))
    }

    /// For an address: refuse a feed of more than `bytes`. No effect on other feeds.
    pub fn max_bytes(self, bytes: u64) -> Feed<T> {
        self.limits(|limits| limits.with_max_bytes(bytes))
    }

    fn limits(self, change: impl FnOnce(FetchLimits) -> FetchLimits) -> Feed<T> {
        match self.source {
            FeedSource::Url(url, limits) => Feed::new(FeedSource::Url(url, change(limits))),
            source => Feed::new(source),
        }
    }

    /// A typed feed as the JSON the reader reads. Serializing these types
    /// cannot fail (no maps with other keys than strings); were it ever to,
    /// the empty text makes the widget say the feed is not JSON.
    fn typed(value: &impl serde::Serialize) -> Feed<T> {
        Feed::json(serde_json::to_string(value).unwrap_or_default())
    }
}

macro_rules! typed_feed {
    ($type:ty) => {
        impl From<$type> for Feed<$type> {
            fn from(feed: $type) -> Feed<$type> {
                Feed::typed(&feed)
            }
        }
        impl From<&$type> for Feed<$type> {
            fn from(feed: &$type) -> Feed<$type> {
                Feed::typed(feed)
            }
        }
    };
}

#[cfg(any(feature = "status", feature = "timeline"))]
typed_feed!(PlanFeed);
#[cfg(feature = "daycare")]
typed_feed!(DaycareFeed);

/// The widget's colours: the element's `theme` attribute (docs/embedding.md#theming).
/// Without one, the widget is light.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Dark when the reader's system is.
    Auto,
}

impl Theme {
    /// The attribute's value, as the style sheets read it.
    pub fn attribute(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}
