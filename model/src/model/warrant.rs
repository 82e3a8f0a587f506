//! The warrant checker's graph: questions, choices and outcomes, and the
//! fixed list of safe advice outcomes draw from.

use serde::{Deserialize, Serialize};

use super::{LegalReview, Provenance};

/// The warrant checker: questions with choices leading to outcomes.
///
/// Invariants (checked by the compiler): every choice leads to a node that
/// exists, every node is reachable from `start`, no path loops, and every
/// outcome carries advice.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WarrantTree {
    /// The first question's id.
    pub start: String,
    pub questions: Vec<WarrantQuestion>,
    pub outcomes: Vec<WarrantOutcome>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WarrantQuestion {
    pub id: String,
    /// Fluent message id.
    pub text: String,
    /// At least two, in the order to show them.
    pub choices: Vec<WarrantChoice>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WarrantChoice {
    /// Unique within its question ("i205", "yes"); what the caller answers.
    pub id: String,
    /// Fluent message id.
    pub label: String,
    /// The question or outcome this choice leads to.
    pub next: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WarrantOutcome {
    pub id: String,
    /// Fluent message ids: what this paper means, and the words to say.
    pub text: String,
    pub say: Option<String>,
    pub entry: EntryClaim,
    /// The fixed advice to show, in order; never empty.
    pub advice: Vec<WarrantAdvice>,
    pub review: LegalReview,
    pub provenance: Provenance,
}

/// What the paper at the door does to the agents' entering the home.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryClaim {
    /// They need the person's consent to come in.
    NeedsConsent,
    /// ICE claims it may force entry; advocates disagree and courts are
    /// hearing challenges (the 2025 I-205 memo).
    Contested,
    /// A judge's warrant that fits may let them in.
    MayBeLawful,
}

/// One piece of the safe advice every outcome draws from. Each is a
/// message the run time shows by name (see `messages`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarrantAdvice {
    KeepDoorClosed,
    DoNotConsent,
    DoNotResist,
    StaySilent,
    AskForLawyer,
    DoNotSign,
    NoteDetails,
    CallRapidResponse,
}

impl WarrantAdvice {
    pub const ALL: [WarrantAdvice; 8] = [
        WarrantAdvice::KeepDoorClosed,
        WarrantAdvice::DoNotConsent,
        WarrantAdvice::DoNotResist,
        WarrantAdvice::StaySilent,
        WarrantAdvice::AskForLawyer,
        WarrantAdvice::DoNotSign,
        WarrantAdvice::NoteDetails,
        WarrantAdvice::CallRapidResponse,
    ];
}
