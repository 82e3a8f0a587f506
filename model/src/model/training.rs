//! For trainings and for getting ready: a quiz on every situation, the
//! family preparedness plan as a form, and emergency text messages.
//!
//! Invariants the compiler holds: every question tests one step or do-not
//! point of its topic and cites only that point's sources; its scope is that
//! point's scope; every situation has at least three questions in every
//! covered state; every choice id is unique within its question and the
//! answer is one of them. Every emergency message declares exactly the
//! variables its English text uses, and every locale's text uses the same.

use serde::{Deserialize, Serialize};

use super::Provenance;

/// One multiple-choice question of a situation's quiz.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionRecord {
    /// Unique across every quiz ("at-home-open-door").
    pub id: String,
    /// The topic (situation) it belongs to.
    pub topic: String,
    /// The id of the step or do-not point it tests.
    pub tests: String,
    /// The tested point's scope: a question about one state's law is asked
    /// only there.
    pub scope: Option<String>,
    /// Message ids.
    pub text: String,
    pub choices: Vec<ChoiceRecord>,
    /// The id of the right choice.
    pub answer: String,
    pub why: String,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceRecord {
    /// "a", "b", "c": what a person types.
    pub id: String,
    /// A message id.
    pub text: String,
}

/// The family preparedness plan: what to write down before anything
/// happens, as a form filled in by hand.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FamilyPlanRecord {
    /// Message ids.
    pub title: String,
    pub intro: String,
    pub fields: Vec<PlanFieldRecord>,
}

/// One thing to write down ("who may pick up the children").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanFieldRecord {
    pub id: String,
    /// Message ids; `hint` says what to write or why.
    pub label: String,
    pub hint: String,
    /// Lines to write on, on paper.
    pub lines: u32,
    /// What the shell may fill in from the content itself (the county's
    /// rapid response line); everything else only the person writes.
    pub prefill: Option<PlanPrefill>,
    pub provenance: Provenance,
}

/// Facts the app knows that a plan field can be filled with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlanPrefill {
    /// The rapid response line(s) of the person's county.
    RapidResponseLine,
}

/// A text message a person prepares to send (the shell sends it; the core
/// never sends anything).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmergencyMessageRecord {
    /// "detained", "arrested", "children", "find-me".
    pub kind: String,
    /// Message ids: a short name for a menu, when to send it, the text.
    pub title: String,
    pub when: String,
    pub text: String,
    /// The variables `text` uses, in the order a form asks for them
    /// ("place", "contact", "a_number").
    pub variables: Vec<String>,
    /// What the app fills in from the content itself.
    pub facts: Vec<MessageFact>,
    pub provenance: Provenance,
}

/// A fact from the content that an emergency message can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MessageFact {
    /// ICE's online detainee locator's address, as `$locator`.
    DetaineeLocator,
}

impl MessageFact {
    /// The Fluent variable that holds it.
    pub fn variable(self) -> &'static str {
        match self {
            MessageFact::DetaineeLocator => "locator",
        }
    }
}
