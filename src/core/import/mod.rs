//! Importers: public data in the formats it is published in, turned into
//! feeds. Native only (the command line), so their CSV reader and random
//! numbers never reach the browser bundle.

pub mod dk_daycare;
pub mod dk_places;
pub mod synthetic_daycare;
