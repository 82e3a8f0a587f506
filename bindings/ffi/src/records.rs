//! The core's answers, declared to UniFFI as remote types: the same structs
//! and enums, handed across without copies or conversion code. Each
//! declaration must match the core's definition field for field; the
//! compiler checks that.

use amparo_core::model::{LegalReview, Source, SourceTier, TextDirection, TranslationOrigin};
use amparo_core::{
    CardLine, ContentInfo, LocaleInfo, PackReview, ReviewSummary, RightsCard, Step, Topic,
    TopicSummary,
};

#[uniffi::remote(Record)]
pub struct TopicSummary {
    pub id: String,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub review: LegalReview,
}

#[uniffi::remote(Record)]
pub struct Topic {
    pub id: String,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub review: LegalReview,
    pub steps: Vec<Step>,
}

#[uniffi::remote(Record)]
pub struct Step {
    pub id: String,
    pub action: String,
    pub say: Option<String>,
    pub why: String,
    pub sources: Vec<Source>,
    pub checked: String,
}

#[uniffi::remote(Record)]
pub struct Source {
    pub id: String,
    pub url: String,
    pub publisher: String,
    pub tier: SourceTier,
}

#[uniffi::remote(Record)]
pub struct RightsCard {
    pub topic_id: String,
    pub user_locale: String,
    pub officer_locale: String,
    pub title: CardLine,
    pub heading: CardLine,
    pub phrases: Vec<CardLine>,
    pub review: LegalReview,
}

#[uniffi::remote(Record)]
pub struct CardLine {
    pub user: String,
    pub officer: String,
}

#[uniffi::remote(Record)]
pub struct LocaleInfo {
    pub tag: String,
    pub native_name: String,
    pub direction: TextDirection,
    pub coverage: f64,
    pub translation: TranslationOrigin,
    pub human_reviewed: bool,
    pub in_chain: bool,
}

#[uniffi::remote(Record)]
pub struct ContentInfo {
    pub version: String,
    pub built: String,
    pub coverage: Vec<String>,
    pub topics: u32,
    pub steps: u32,
    pub laws: u32,
    pub hotlines: u32,
    pub organizations: u32,
    pub regions: u32,
    pub locales: u32,
    pub legal_review: ReviewSummary,
}

#[uniffi::remote(Record)]
pub struct ReviewSummary {
    pub status: PackReview,
    pub lawyer_reviewed: u32,
    pub unreviewed: u32,
}

#[uniffi::remote(Enum)]
pub enum LegalReview {
    Unreviewed,
    LawyerReviewed,
}

#[uniffi::remote(Enum)]
pub enum PackReview {
    Unreviewed,
    PartlyReviewed,
    LawyerReviewed,
}

#[uniffi::remote(Enum)]
pub enum SourceTier {
    Primary,
    Mirror,
    Reputable,
    Weak,
}

#[uniffi::remote(Enum)]
pub enum TextDirection {
    Ltr,
    Rtl,
}

#[uniffi::remote(Enum)]
pub enum TranslationOrigin {
    Original,
    Human,
    Machine,
}
