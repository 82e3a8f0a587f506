//! The compiled content model: what a content pack holds.
//!
//! Records are language-neutral: every human sentence is a Fluent message id,
//! resolved at run time through the negotiated locale chain. Facts (phone
//! numbers, citations, URLs, dates) are plain fields, never inside messages.

use serde::{Deserialize, Serialize};

/// Everything one content pack carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    pub manifest: Manifest,
    pub catalog: Catalog,
    pub locales: Vec<LocaleResources>,
}

/// What a pack is, for `content_info` and for choosing between packs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The content's own version, set by its authors in `content/pack.toml`.
    pub version: String,
    /// The day the pack was compiled (YYYY-MM-DD, UTC).
    pub built: String,
    /// Where the content applies, e.g. "US-CA".
    pub coverage: Vec<String>,
    /// Always "en": the complete reference every other locale falls back to.
    pub reference_locale: String,
}

/// The language-neutral records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub sources: Vec<Source>,
    /// Sorted by `order`.
    pub topics: Vec<TopicRecord>,
    pub laws: Vec<LawRecord>,
    pub hotlines: Vec<HotlineRecord>,
    pub organizations: Vec<OrganizationRecord>,
    pub regions: Vec<RegionRecord>,
}

/// A page that a fact was taken from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub url: String,
    pub publisher: String,
    pub tier: SourceTier,
}

/// How much weight a source carries (the research notes' [P], [R], [S]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceTier {
    /// A statute, bill, government page, or the organization's own page.
    Primary,
    /// A copy of a primary text hosted elsewhere (a statute on a law site).
    Mirror,
    /// Mainstream news or an ACLU affiliate reporting ACLU guidance.
    Reputable,
    /// A blog, aggregator or mirror: corroboration only.
    Weak,
}

/// Whether a lawyer has reviewed a piece of legal text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LegalReview {
    Unreviewed,
    LawyerReviewed,
}

/// Where a record's facts come from and when they were checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// Ids into `Catalog::sources`; never empty.
    pub sources: Vec<String>,
    /// YYYY-MM-DD.
    pub checked: String,
}

/// A situation someone may be in ("at-home", "traffic-stop").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicRecord {
    pub id: String,
    pub order: u32,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub review: LegalReview,
    pub steps: Vec<StepRecord>,
}

/// One thing to do, in order. Fields are Fluent message ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepRecord {
    pub id: String,
    /// What to do.
    pub action: String,
    /// The exact words to say, if any: these go on the rights card.
    pub say: Option<String>,
    /// Why it matters.
    pub why: String,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LawRecord {
    pub id: String,
    /// E.g. "Gov. Code §§7284–7284.12".
    pub citation: String,
    pub status: LawStatus,
    /// YYYY-MM-DD, when known from the sources.
    pub signed: Option<String>,
    pub effective: Option<String>,
    /// Fluent message ids.
    pub name: String,
    pub summary: String,
    pub review: LegalReview,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LawStatus {
    InForce,
    DidNotPass,
    Vetoed,
    /// Enacted, but its enforcement is being fought in court.
    InCourt,
}

/// Who runs a line: people need to know a government line is not an advocate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Operator {
    Community,
    Government,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HotlineRecord {
    pub id: String,
    /// The line's own name (a proper noun, not translated).
    pub name: String,
    pub kind: HotlineKind,
    pub operator: Operator,
    /// E.164, normalised and validated at build time.
    pub phone: String,
    /// Region ids this line serves ("us", "us-ca", or a county FIPS code).
    pub serves: Vec<String>,
    /// Fluent message id describing the line.
    pub description: String,
    pub confidence: Confidence,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HotlineKind {
    RapidResponse,
    DetentionInfo,
    CourtInfo,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationRecord {
    pub id: String,
    pub name: String,
    /// The city it is based in, as the source gives it.
    pub city: String,
    /// Region ids it serves.
    pub serves: Vec<String>,
    pub services: Vec<Service>,
    /// E.164 if a source gives one; many organizations have none on record.
    pub phone: Option<String>,
    pub confidence: Confidence,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    LegalAid,
    DeportationDefense,
    RapidResponse,
    LawyerReferral,
    DetentionSupport,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegionRecord {
    /// "us", "us-ca", or a 5-digit county FIPS code.
    pub id: String,
    pub kind: RegionKind,
    pub name: String,
    /// The enclosing region's id ("us-ca" for a California county).
    pub within: Option<String>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegionKind {
    Country,
    State,
    County,
}

/// One locale's Fluent text and what is known about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocaleResources {
    /// BCP-47 tag, e.g. "es" or "zh-Hant".
    pub tag: String,
    pub native_name: String,
    pub direction: TextDirection,
    pub translation: TranslationOrigin,
    /// Whether a person fluent in the language reviewed the translation.
    pub human_reviewed: bool,
    /// How many of the reference locale's messages this locale has.
    pub translated_messages: u32,
    pub reference_messages: u32,
    /// The Fluent source, all files of the locale joined; parsed only when the
    /// locale is in the negotiated chain.
    pub ftl: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextDirection {
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationOrigin {
    /// The reference text itself.
    Original,
    Human,
    Machine,
}
