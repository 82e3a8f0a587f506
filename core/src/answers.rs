//! What the facade returns: whole, localized records, one per screen.
//!
//! Text fields are already formatted in the negotiated locale chain. Facts
//! (URLs, dates, ids) are raw fields, never inside formatted strings.

use crate::content::PackRef;
use serde::Serialize;

use crate::model::{
    Confidence, CooperationEffect, Credit, EntryClaim, LawStatus, LegalReview, PlanPrefill, Source,
    TextDirection, TranslationOrigin, WarrantAdvice,
};

/// A situation in the topic list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicSummary {
    pub id: String,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub review: LegalReview,
    /// The state it applies in ("CA"); `None`: everywhere.
    pub scope: Option<String>,
    /// "Only in California", localized; `None`: everywhere.
    pub scope_label: Option<String>,
}

/// A situation with all its steps, in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Topic {
    /// Which pack this comes from.
    pub pack: PackRef,
    pub id: String,
    pub icon: String,
    pub title: String,
    pub summary: String,
    pub review: LegalReview,
    /// The state it applies in ("CA"); `None`: everywhere.
    pub scope: Option<String>,
    /// "Only in California", localized; `None`: everywhere.
    pub scope_label: Option<String>,
    pub steps: Vec<Step>,
    /// Things not to do in this situation.
    pub do_not: Vec<DoNot>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoNot {
    pub id: String,
    pub text: String,
    pub sources: Vec<Source>,
    pub checked: String,
    /// Set when every source is weak: says to check the point with a lawyer.
    pub caveat: Option<String>,
    /// The state it applies in ("CA"); `None`: everywhere.
    pub scope: Option<String>,
    /// "Only in California", localized; `None`: everywhere.
    pub scope_label: Option<String>,
}

/// A law: what it says for a person, and what it does not do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Law {
    pub id: String,
    pub name: String,
    pub citation: String,
    pub status: LawStatus,
    /// The status in words ("did not pass"), localized.
    pub status_label: String,
    /// YYYY-MM-DD, when the sources give it.
    pub signed: Option<String>,
    pub effective: Option<String>,
    pub summary: String,
    /// What it does not do; `None` for the short records of other states.
    pub does_not: Option<String>,
    /// The state whose law it is ("CA") and its name.
    pub state: String,
    pub state_name: String,
    /// The year, for records without full dates.
    pub year: Option<String>,
    /// For other states' laws: whether it limits or mandates cooperation.
    pub effect: Option<CooperationEffect>,
    pub effect_label: Option<String>,
    pub confidence: Option<Confidence>,
    pub review: LegalReview,
    pub sources: Vec<Source>,
    pub checked: String,
    /// Set when every source is weak: says to check the point with a lawyer.
    pub caveat: Option<String>,
}

/// Where the warrant checker is: a question with its choices, or the
/// outcome. `state` is what to pass back with the chosen choice's id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WarrantStep {
    pub state: String,
    pub question: Option<WarrantQuestionAnswer>,
    pub outcome: Option<WarrantOutcomeAnswer>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WarrantQuestionAnswer {
    pub text: String,
    /// In the order to show them.
    pub choices: Vec<WarrantChoiceAnswer>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WarrantChoiceAnswer {
    /// What to pass to `warrant_check_answer`.
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WarrantOutcomeAnswer {
    /// The outcome's id, stable across languages.
    pub id: String,
    /// What the paper means here.
    pub text: String,
    /// The words to say, in the user's language and the officer's.
    pub say: Option<CardLine>,
    pub user_locale: String,
    pub officer_locale: String,
    pub entry: EntryClaim,
    /// The safe advice, in order.
    pub advice: Vec<WarrantAdviceLine>,
    pub review: LegalReview,
    pub sources: Vec<Source>,
    pub checked: String,
    /// Set when every source is weak: says to check the point with a lawyer.
    pub caveat: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WarrantAdviceLine {
    pub advice: WarrantAdvice,
    pub text: String,
}

/// What a search hit points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SearchKind {
    Topic,
    Step,
    Law,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub kind: SearchKind,
    /// The topic for topic and step hits.
    pub topic_id: Option<String>,
    pub step_id: Option<String>,
    pub law_id: Option<String>,
    /// The topic's title or the law's name, for the result list.
    pub title: String,
    /// A short piece of the matching text.
    pub snippet: String,
    pub score: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub id: String,
    /// What to do.
    pub action: String,
    /// `action` as a voice should read it.
    pub action_speech: String,
    /// The words to say, if this step has any.
    pub say: Option<String>,
    /// `say` as a voice should read it.
    pub say_speech: Option<String>,
    /// Whether `say` is for an officer (and is on the rights card).
    pub on_card: bool,
    /// Why it matters.
    pub why: String,
    /// Web addresses the step points to: show them as links, apart from the
    /// text (they are never inside it).
    pub links: Vec<String>,
    pub sources: Vec<Source>,
    /// YYYY-MM-DD: when the step was last checked against its sources.
    pub checked: String,
    /// Set when every source is weak: says to check the point with a lawyer.
    pub caveat: Option<String>,
    /// The state it applies in ("CA"); `None`: everywhere.
    pub scope: Option<String>,
    /// "Only in California", localized; `None`: everywhere.
    pub scope_label: Option<String>,
}

/// The words to say, in the user's language and the officer's, side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RightsCard {
    /// Which pack this comes from.
    pub pack: PackRef,
    pub topic_id: String,
    /// The user's most preferred locale the card's text comes from.
    pub user_locale: String,
    /// The locale the officer's side is written in.
    pub officer_locale: String,
    /// How the user's side is laid out (`rtl` for Arabic, Persian, Pashto);
    /// the officer's side is the officer locale's.
    pub user_direction: TextDirection,
    /// The locale to ask the phone for a voice to read `user_speech`.
    pub speech_locale: String,
    pub title: CardLine,
    /// A short opening for the officer: why they are being shown a card.
    pub heading: CardLine,
    pub phrases: Vec<CardLine>,
    pub review: LegalReview,
}

/// One line of a card in both languages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardLine {
    pub user: String,
    pub officer: String,
    /// `user` as a voice should read it (see `speech_locale` of the answer).
    pub user_speech: String,
}

/// A locale the pack offers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocaleInfo {
    pub tag: String,
    pub native_name: String,
    pub direction: TextDirection,
    /// Share of the reference messages translated, from 0.0 to 1.0.
    pub coverage: f64,
    pub translation: TranslationOrigin,
    pub human_reviewed: bool,
    /// The locale to ask a phone for a text-to-speech voice.
    pub speech_locale: String,
    /// Whether this locale is in the current negotiated chain.
    pub in_chain: bool,
}

/// What content this is, for an "about" screen and for support.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContentInfo {
    /// Only grows: a higher version is newer content.
    pub content_version: i64,
    pub built: String,
    /// After this day the content may be out of date (YYYY-MM-DD).
    pub stale_after: String,
    /// Whether `stale_after` has passed on the day the caller gave; `None`
    /// if no readable day was given.
    pub stale: Option<bool>,
    /// How many days past `stale_after` that day is (0 if not past).
    pub days_past_stale: Option<i32>,
    /// Which pack this is.
    pub pack: PackRef,
    pub coverage: Vec<String>,
    pub topics: i32,
    pub steps: i32,
    pub laws: i32,
    pub hotlines: i32,
    pub organizations: i32,
    pub regions: i32,
    pub locales: i32,
    pub counties: i32,
    pub zips: i32,
    pub legal_review: ReviewSummary,
    /// What is known about the numbers the content lists.
    pub numbers: NumberSummary,
    /// Data the app must credit (GeoNames CC BY 4.0, …).
    pub credits: Vec<Credit>,
}

/// How far the content's phone numbers can be trusted, for an "about" screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NumberSummary {
    /// Hotline and organization numbers listed.
    pub listed: i32,
    /// How many someone has confirmed by calling.
    pub confirmed: i32,
    /// Hotlines whose sources give another number for the same help.
    pub conflicting: i32,
    /// Over every source the content cites: the oldest and newest date a
    /// source shows (YYYY, YYYY-MM or YYYY-MM-DD), and how many show none.
    pub oldest_source_date: Option<String>,
    pub newest_source_date: Option<String>,
    pub undated_sources: i32,
}

/// How much of the legal text a lawyer has reviewed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewSummary {
    pub status: PackReview,
    pub lawyer_reviewed: i32,
    pub unreviewed: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PackReview {
    Unreviewed,
    PartlyReviewed,
    LawyerReviewed,
}

/// A situation's training quiz: the questions that apply (with a state
/// chosen, those asked everywhere and that state's). The right answers are
/// not here: [`crate::Amparo::check_answer`] gives each with its reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quiz {
    pub pack: PackRef,
    pub topic_id: String,
    /// The situation's title.
    pub title: String,
    pub review: LegalReview,
    pub questions: Vec<QuizQuestion>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuizQuestion {
    /// What to pass to `check_answer`.
    pub id: String,
    pub text: String,
    /// In the order to show them.
    pub choices: Vec<QuizChoice>,
    /// The id of the situation's step or do-not point it is about.
    pub step_id: String,
    pub sources: Vec<Source>,
    pub checked: String,
    /// The state it applies in ("CA"); `None`: everywhere.
    pub scope: Option<String>,
    /// "Only in California", localized; `None`: everywhere.
    pub scope_label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizChoice {
    /// One lowercase letter, what a person types ("a").
    pub id: String,
    pub text: String,
}

/// Whether a choice was right, the right one, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerCheck {
    pub question_id: String,
    pub correct: bool,
    pub right_choice: QuizChoice,
    pub explanation: String,
    pub sources: Vec<Source>,
    pub checked: String,
    /// Set when every source is weak: says to check the point with a lawyer.
    pub caveat: Option<String>,
}

/// The family preparedness plan as a form to fill in by hand.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FamilyPlan {
    pub pack: PackRef,
    pub title: String,
    pub intro: String,
    pub fields: Vec<PlanField>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanField {
    pub id: String,
    pub label: String,
    pub hint: String,
    /// How many lines to leave for writing, on paper.
    pub lines: i32,
    /// What the app can fill in itself (the county's rapid response line);
    /// the rest only the person writes, and the core keeps none of it.
    pub prefill: Option<PlanPrefill>,
    pub sources: Vec<Source>,
    pub checked: String,
}

/// An emergency text message a person can prepare: what it is for and
/// what it asks for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EmergencyTemplate {
    /// What to pass to `emergency_message` ("detained").
    pub kind: String,
    pub title: String,
    /// When to send it.
    pub when: String,
    /// The values it asks for, in order ("place", "contact", "a_number").
    pub variables: Vec<String>,
    pub sources: Vec<Source>,
    pub checked: String,
}

/// An emergency text message with the person's values filled in, in their
/// language and in English, for the shell to send (the core sends nothing).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EmergencyMessage {
    pub pack: PackRef,
    pub kind: String,
    pub title: String,
    /// In the user's language.
    pub text: String,
    pub user_locale: String,
    pub user_direction: TextDirection,
    /// The same message in English, for a contact who reads English.
    pub english: String,
    /// Values not given, left as a blank (`____`) to fill in.
    pub missing: Vec<String>,
    pub sources: Vec<Source>,
    pub checked: String,
}
