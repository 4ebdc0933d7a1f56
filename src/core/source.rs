//! Who published a feed's figures: the same field in every feed format.

use schemars::JsonSchema;
use serde::Serialize;

use crate::core::text::Text;

/// Who published the figures.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Source {
    pub name: Text,
    /// An http(s) address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
