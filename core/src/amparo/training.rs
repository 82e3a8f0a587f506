//! Trainings and getting ready: the quiz, the family plan form and the
//! emergency text messages.
//!
//! The core keeps no quiz session and stores nothing a person types: a
//! shell holds the questions and asks `check_answer` one at a time; the
//! values of an emergency message are used for one call and dropped.

use fluent_bundle::FluentArgs;

use crate::answers::{
    AnswerCheck, EmergencyMessage, EmergencyTemplate, FamilyPlan, PlanField, Quiz, QuizChoice,
    QuizQuestion,
};
use crate::error::AmparoError;
use crate::model::{EmergencyMessageRecord, MessageFact, QuestionRecord};
use crate::places;

use super::{Amparo, first_tag};

/// The most characters a value of an emergency message may have: enough
/// for an address or a name and number, short enough for a text message.
pub const EMERGENCY_VALUE_LIMIT: u32 = 120;

/// What stands for a value not given, for the person to fill in.
pub const MISSING_VALUE: &str = "____";

impl Amparo {
    /// The quiz of situation `topic_id`: its questions that apply here,
    /// with their choices and sources but not their answers.
    pub fn quiz(&self, topic_id: &str) -> Result<Quiz, AmparoError> {
        let topic = self.find_topic(topic_id)?;
        let questions = self
            .content
            .catalog()
            .questions
            .iter()
            .filter(|q| q.topic == topic.id && self.in_scope(q.scope.as_deref()))
            .map(|q| QuizQuestion {
                id: q.id.clone(),
                text: self.text(&q.text),
                choices: q
                    .choices
                    .iter()
                    .map(|c| QuizChoice {
                        id: c.id.clone(),
                        text: self.text(&c.text),
                    })
                    .collect(),
                step_id: q.tests.clone(),
                sources: self.sources(&q.provenance.sources),
                checked: q.provenance.checked.clone(),
                scope: q.scope.as_deref().map(places::state_code),
                scope_label: self.scope_label(q.scope.as_deref()),
            })
            .collect();
        Ok(Quiz {
            pack: self.pack(),
            topic_id: topic.id.clone(),
            title: self.text(&topic.title),
            review: topic.review,
            questions,
        })
    }

    /// Whether `choice` (a letter from the question's choices) is the right
    /// answer to question `question_id`, with the right one and why.
    pub fn check_answer(
        &self,
        question_id: &str,
        choice: &str,
    ) -> Result<AnswerCheck, AmparoError> {
        let question = self.find_question(question_id)?;
        if !question.choices.iter().any(|c| c.id == choice) {
            return Err(AmparoError::UnknownQuizChoice);
        }
        let right = question
            .choices
            .iter()
            .find(|c| c.id == question.answer)
            .ok_or(AmparoError::UnknownQuizChoice)?;
        Ok(AnswerCheck {
            question_id: question.id.clone(),
            correct: choice == question.answer,
            right_choice: QuizChoice {
                id: right.id.clone(),
                text: self.text(&right.text),
            },
            explanation: self.text(&question.why),
            sources: self.sources(&question.provenance.sources),
            checked: question.provenance.checked.clone(),
            caveat: self.caveat(&question.provenance.sources),
        })
    }

    /// The family preparedness plan, as a form to fill in by hand.
    pub fn family_plan(&self) -> FamilyPlan {
        let plan = &self.content.catalog().family_plan;
        FamilyPlan {
            pack: self.pack(),
            title: self.text(&plan.title),
            intro: self.text(&plan.intro),
            fields: plan
                .fields
                .iter()
                .map(|field| PlanField {
                    id: field.id.clone(),
                    label: self.text(&field.label),
                    hint: self.text(&field.hint),
                    lines: i32::try_from(field.lines).unwrap_or(i32::MAX),
                    prefill: field.prefill,
                    sources: self.sources(&field.provenance.sources),
                    checked: field.provenance.checked.clone(),
                })
                .collect(),
        }
    }

    /// The emergency messages a person can prepare.
    pub fn emergency_templates(&self) -> Vec<EmergencyTemplate> {
        self.content
            .catalog()
            .emergency_messages
            .iter()
            .map(|m| EmergencyTemplate {
                kind: m.kind.clone(),
                title: self.text(&m.title),
                when: self.text(&m.when),
                variables: m.variables.clone(),
                sources: self.sources(&m.provenance.sources),
                checked: m.provenance.checked.clone(),
            })
            .collect()
    }

    /// Emergency message `kind` with `values` (variable, value) filled in,
    /// in the user's language and in English. A value not given is left as
    /// [`MISSING_VALUE`] and listed in `missing`; a value is at most
    /// [`EMERGENCY_VALUE_LIMIT`] characters, its line breaks and other
    /// control characters made spaces. Nothing is kept or sent.
    pub fn emergency_message(
        &self,
        kind: &str,
        values: &[(&str, &str)],
    ) -> Result<EmergencyMessage, AmparoError> {
        let record = self.find_emergency_message(kind)?;
        for &(name, value) in values {
            if !record.variables.iter().any(|v| v == name) {
                return Err(AmparoError::UnknownMessageValue);
            }
            if value.chars().count() > EMERGENCY_VALUE_LIMIT as usize {
                return Err(AmparoError::ValueTooLong {
                    name: name.to_owned(),
                    limit: EMERGENCY_VALUE_LIMIT,
                });
            }
        }
        let mut args = FluentArgs::new();
        let mut missing = Vec::new();
        for variable in &record.variables {
            // The last value given for a name wins, as in a form.
            let value = values
                .iter()
                .rev()
                .find(|(name, _)| name == variable)
                .map(|(_, value)| one_line(value))
                .filter(|value| !value.is_empty());
            match value {
                Some(value) => args.set(variable.as_str(), value),
                None => {
                    missing.push(variable.clone());
                    args.set(variable.as_str(), MISSING_VALUE);
                }
            }
        }
        for fact in &record.facts {
            args.set(fact.variable(), self.fact(*fact));
        }
        let locales = &self.content.locales;
        let english = locales.negotiate(&["en"])?;
        let format = |chain| {
            locales
                .lookup(chain, &record.text, Some(&args))
                .unwrap_or_else(|| record.text.clone())
        };
        Ok(EmergencyMessage {
            pack: self.pack(),
            kind: record.kind.clone(),
            title: self.text(&record.title),
            text: format(&self.chain),
            user_locale: first_tag(locales.tags(&self.chain)),
            user_direction: locales.direction(&self.chain),
            english: format(&english),
            missing,
            sources: self.sources(&record.provenance.sources),
            checked: record.provenance.checked.clone(),
        })
    }

    fn find_question(&self, id: &str) -> Result<&QuestionRecord, AmparoError> {
        self.content
            .catalog()
            .questions
            .iter()
            .find(|q| q.id == id)
            .ok_or(AmparoError::UnknownQuestion)
    }

    fn find_emergency_message(&self, kind: &str) -> Result<&EmergencyMessageRecord, AmparoError> {
        self.content
            .catalog()
            .emergency_messages
            .iter()
            .find(|m| m.kind == kind)
            .ok_or(AmparoError::UnknownEmergencyMessage)
    }

    fn fact(&self, fact: MessageFact) -> String {
        match fact {
            MessageFact::DetaineeLocator => self
                .content
                .catalog()
                .detainee_locator
                .as_ref()
                .map(|locator| locator.url.clone())
                .unwrap_or_else(|| MISSING_VALUE.to_owned()),
        }
    }
}

/// A value on one line: control characters (line breaks, tabs, bidi
/// controls are not among them) become spaces, runs of space one space.
fn one_line(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
