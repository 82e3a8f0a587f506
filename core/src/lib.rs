//! Amparo's core: the one place with logic.
//!
//! - [`model`], [`messages`], [`pack`]: the content model, the message-id
//!   registry and pack reading, from `amparo-model` (re-exported here).
//! - [`Amparo`]: the facade, localized through a negotiated Fluent chain.
//!
//! The compiler (TOML + Fluent sources to a pack) is `amparo-compiler`, a
//! separate crate: the phone library never links it.

#![forbid(unsafe_code)]

mod amparo;
mod answers;
mod content;
mod dates;
mod error;
mod finder;
mod hours;
pub mod install;
mod l10n;
mod places;
mod search;
mod speech;
pub mod trust;

pub use amparo_model::{messages, model, pack};
use amparo_model::{text, unaccent};

pub use amparo::Amparo;
pub use amparo::{EMERGENCY_VALUE_LIMIT, MISSING_VALUE};
pub use answers::{
    AnswerCheck, CardLine, ContentInfo, DoNot, EmergencyMessage, EmergencyTemplate, FamilyPlan,
    Law, LocaleInfo, NumberSummary, PackReview, PlanField, Quiz, QuizChoice, QuizQuestion,
    ReviewSummary, RightsCard, SearchHit, SearchKind, Step, Topic, TopicSummary, WarrantAdviceLine,
    WarrantChoiceAnswer, WarrantOutcomeAnswer, WarrantQuestionAnswer, WarrantStep,
};
pub use content::{PackBytes, PackOrigin, PackRef};
pub use error::AmparoError;
pub use finder::{
    AreaAnswer, CitySource, ConflictAnswer, CountyPolicyRow, Coverage, DEFAULT_ORGANIZATION_LIMIT,
    DetentionAnswer, FacilityAnswer, FacilityDetails, HelpAnswer, HelpQuery, HotlineAnswer,
    HotlineDetails, HotlineScope, LawSummary, LocalPolicyAnswer, LocalTime, NearbyCounty,
    NearbyDetention, NearbyReason, OrganizationAnswer, OrganizationDetails, Place, PolicyAnswer,
    PolicyTable, RegionAnswer, StateAnswer, Weekday,
};
pub use hours::{HoursAnswer, OpeningRange};
pub use places::{BORDER_KM, SUGGESTION_KM};
