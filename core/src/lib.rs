//! Amparo's core: the one place with logic.
//!
//! - [`model`]: the compiled, language-neutral content records.
//! - [`messages`]: every message id the run time shows by name, declared once.
//! - [`pack`]: reading (and, for the compiler, writing) pack bytes.
//! - [`Amparo`]: the facade, localized through a negotiated Fluent chain.
//! - `compiler` (feature `compiler`): TOML + Fluent sources to a pack, with
//!   `file:line` diagnostics. Build scripts and the CLI use it; phones do not.

mod amparo;
mod answers;
mod error;
mod finder;
mod hours;
mod l10n;
pub mod messages;
pub mod model;
pub mod pack;
mod places;
mod search;
mod speech;
mod text;
mod unaccent;

#[cfg(feature = "compiler")]
pub mod compiler;

pub use amparo::Amparo;
pub use answers::{
    CardLine, ContentInfo, DoNot, Law, LocaleInfo, NumberSummary, PackReview, ReviewSummary,
    RightsCard, SearchHit, SearchKind, Step, Topic, TopicSummary, WarrantAdviceLine,
    WarrantChoiceAnswer, WarrantOutcomeAnswer, WarrantQuestionAnswer, WarrantStep,
};
pub use error::AmparoError;
pub use finder::{
    AreaAnswer, CitySource, ConflictAnswer, CountyPolicyRow, Coverage, DEFAULT_ORGANIZATION_LIMIT,
    DetentionAnswer, FacilityAnswer, HelpAnswer, HelpQuery, HotlineAnswer, HotlineScope,
    LawSummary, LocalPolicyAnswer, LocalTime, NearbyCounty, NearbyDetention, NearbyReason,
    OrganizationAnswer, Place, PolicyAnswer, PolicyTable, RegionAnswer, StateAnswer, Weekday,
};
pub use hours::{HoursAnswer, OpeningRange};
pub use places::{BORDER_KM, SUGGESTION_KM};
