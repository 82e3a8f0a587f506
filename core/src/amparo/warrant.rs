//! The warrant checker through the facade: a question with its choices,
//! then an outcome with the words to say in both languages.

use crate::answers::{
    CardLine, WarrantAdviceLine, WarrantChoiceAnswer, WarrantOutcomeAnswer, WarrantQuestionAnswer,
    WarrantStep,
};
use crate::error::AmparoError;
use crate::messages;

use super::{Amparo, first_tag};

impl Amparo {
    /// The warrant checker's first question. `officer_locale` (usually
    /// "en") is the language of the officer's side of the words to say.
    pub fn warrant_check_start(&self, officer_locale: &str) -> Result<WarrantStep, AmparoError> {
        let start = &self.content.catalog().warrant.start;
        self.warrant_step(start, officer_locale)
    }

    /// Answers the question at `state` with one of its choices' ids and
    /// moves on. The core keeps no session: the caller holds the state.
    pub fn warrant_check_answer(
        &self,
        state: &str,
        choice: &str,
        officer_locale: &str,
    ) -> Result<WarrantStep, AmparoError> {
        let question = self
            .content
            .catalog()
            .warrant
            .questions
            .iter()
            .find(|q| q.id == state)
            .ok_or(AmparoError::UnknownWarrantState)?;
        let next = question
            .choices
            .iter()
            .find(|c| c.id == choice)
            .ok_or(AmparoError::UnknownWarrantChoice)?;
        self.warrant_step(&next.next, officer_locale)
    }

    fn warrant_step(&self, node: &str, officer_locale: &str) -> Result<WarrantStep, AmparoError> {
        let tree = &self.content.catalog().warrant;
        let locales = &self.content.locales;
        // Negotiated on every step, so a malformed officer tag is an error
        // at once, not only at the outcome.
        let officer_chain = locales.negotiate(&[officer_locale])?;
        if let Some(q) = tree.questions.iter().find(|q| q.id == node) {
            return Ok(WarrantStep {
                state: q.id.clone(),
                question: Some(WarrantQuestionAnswer {
                    text: self.text(&q.text),
                    choices: q
                        .choices
                        .iter()
                        .map(|c| WarrantChoiceAnswer {
                            id: c.id.clone(),
                            label: self.text(&c.label),
                        })
                        .collect(),
                }),
                outcome: None,
            });
        }
        let outcome = tree
            .outcomes
            .iter()
            .find(|o| o.id == node)
            .ok_or(AmparoError::UnknownWarrantState)?;
        Ok(WarrantStep {
            state: outcome.id.clone(),
            question: None,
            outcome: Some(WarrantOutcomeAnswer {
                id: outcome.id.clone(),
                text: self.text(&outcome.text),
                say: outcome.say.as_deref().map(|say| {
                    let user = self.text(say);
                    CardLine {
                        user_speech: crate::speech::speech_text(&user),
                        user,
                        officer: locales.format(&officer_chain, say),
                    }
                }),
                user_locale: first_tag(locales.tags(&self.chain)),
                officer_locale: first_tag(locales.tags(&officer_chain)),
                entry: outcome.entry,
                advice: outcome
                    .advice
                    .iter()
                    .map(|&advice| WarrantAdviceLine {
                        advice,
                        text: self.text(messages::warrant_advice(advice)),
                    })
                    .collect(),
                review: outcome.review,
                sources: self.sources(&outcome.provenance.sources),
                checked: outcome.provenance.checked.clone(),
                caveat: self.caveat(&outcome.provenance.sources),
            }),
        })
    }
}
