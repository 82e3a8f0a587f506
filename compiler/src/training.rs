//! Reading the quizzes, the family plan and the emergency messages.
//!
//! A question may only test what a situation already says: it names the
//! step or do-not point it tests, cites only that point's sources, and takes
//! that point's scope. Every situation needs at least [`MIN_QUESTIONS`]
//! questions that can be asked in each covered state, so no state's quiz
//! ships thin.

use super::*;
use model::{
    ChoiceRecord, EmergencyMessageRecord, FamilyPlanRecord, PlanFieldRecord, QuestionRecord,
};
use schema::{RawEmergencyMessages, RawFamilyPlan, RawQuiz};

/// Questions each situation needs, in every covered state.
pub const MIN_QUESTIONS: usize = 3;
/// A question offers 2 to 4 choices.
const CHOICES: std::ops::RangeInclusive<usize> = 2..=4;

/// A variable set a message must use exactly, in English and every locale.
pub(crate) struct RequiredVariables {
    pub file: usize,
    pub line: usize,
    pub id: String,
    pub variables: BTreeSet<String>,
}

impl Compiler {
    pub(crate) fn read_quizzes(
        &mut self,
        dir: &Path,
        topics: &[TopicRecord],
        topics_read_whole: bool,
        covered_states: &[String],
    ) -> Vec<QuestionRecord> {
        // Questions are checked against their topics; against topics with
        // errors (already reported) they would only repeat those.
        if !topics_read_whole {
            return Vec::new();
        }
        let paths = match sorted_entries(dir) {
            Ok(paths) => paths,
            Err(err) => {
                self.diags
                    .whole_file(dir, format!("cannot read the quiz folder: {err}"));
                return Vec::new();
            }
        };
        let mut questions: Vec<QuestionRecord> = Vec::new();
        let mut ids: BTreeMap<String, String> = BTreeMap::new();
        // Each topic's quiz file and the line of its `topic`.
        let mut quiz_files: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for path in paths.iter().filter(|p| has_extension(p, "toml")) {
            let Some(file) = self.load(path) else {
                continue;
            };
            let Some(raw) = self.parse::<RawQuiz>(file) else {
                continue;
            };
            let Some(topic) = topics.iter().find(|t| t.id == *raw.topic.get_ref()) else {
                let message = format!(
                    "unknown topic `{}` (add it to content/topics/)",
                    raw.topic.get_ref()
                );
                self.diags.at(&self.files[file], &raw.topic, message);
                continue;
            };
            let topic_line = self.files[file].line_of(raw.topic.span().start);
            if let Some((first, _)) = quiz_files.insert(topic.id.clone(), (file, topic_line)) {
                let first = self.files[first].path.display().to_string();
                let message = format!("topic `{}` already has a quiz in {first}", topic.id);
                self.diags.at(&self.files[file], &raw.topic, message);
                continue;
            }
            for spanned in raw.questions {
                let line = self.files[file].line_of(spanned.span().start);
                let mut question = spanned.into_inner();
                let id = question.id.get_ref().clone();
                let here = format!("{}:{line}", self.files[file].path.display());
                if let Some(first) = ids.insert(id.clone(), here) {
                    let message =
                        format!("duplicate question id `{id}` (first defined at {first})");
                    self.diags.at_line(&self.files[file], line, message);
                    continue;
                }
                let what = format!("question `{id}`");
                let (sources, checked) = (question.sources.take(), question.checked.take());
                let cited = sources.clone().unwrap_or_default();
                let provenance = self.provenance(file, line, &what, sources, checked);
                let Some((scope, tested_sources)) = tested_point(topic, question.tests.get_ref())
                else {
                    let message = format!(
                        "{what} tests `{}`, which is not a step or do-not point of topic `{}`",
                        question.tests.get_ref(),
                        topic.id
                    );
                    self.diags.at(&self.files[file], &question.tests, message);
                    continue;
                };
                for source in cited
                    .iter()
                    .filter(|s| !tested_sources.contains(s.get_ref()))
                {
                    let message = format!(
                        "{what} cites `{}`, which `{}` does not: a question may only test what its point already says",
                        source.get_ref(),
                        question.tests.get_ref()
                    );
                    self.diags.at(&self.files[file], source, message);
                }
                let choices = self.choices(file, line, &what, question.choices);
                if !choices.iter().any(|c| c.id == *question.answer.get_ref()) {
                    let message = format!(
                        "{what}: the answer `{}` is not one of its choices",
                        question.answer.get_ref()
                    );
                    self.diags.at(&self.files[file], &question.answer, message);
                }
                questions.push(QuestionRecord {
                    id,
                    topic: topic.id.clone(),
                    tests: question.tests.into_inner(),
                    scope,
                    text: self.message_ref(file, question.text),
                    choices,
                    answer: question.answer.into_inner(),
                    why: self.message_ref(file, question.why),
                    provenance,
                });
            }
        }
        self.require_enough_questions(dir, topics, covered_states, &questions, &quiz_files);
        questions.sort_by_key(|q| {
            topics
                .iter()
                .position(|t| t.id == q.topic)
                .unwrap_or(usize::MAX)
        });
        questions
    }

    fn choices(
        &mut self,
        file: usize,
        line: usize,
        what: &str,
        raw: Vec<schema::RawChoice>,
    ) -> Vec<ChoiceRecord> {
        if !CHOICES.contains(&raw.len()) {
            let message = format!(
                "{what} has {} choices; a question needs {} to {}",
                raw.len(),
                CHOICES.start(),
                CHOICES.end()
            );
            self.diags.at_line(&self.files[file], line, message);
        }
        let mut seen = BTreeSet::new();
        let mut choices = Vec::new();
        for choice in raw {
            let id = choice.id.get_ref();
            // One lowercase letter: what a person types at a plain prompt.
            let letter = id.len() == 1 && id.chars().all(|c| c.is_ascii_lowercase());
            if !letter || !seen.insert(id.clone()) {
                let message =
                    format!("{what}: choice `{id}` must be one lowercase letter, used once");
                self.diags.at(&self.files[file], &choice.id, message);
            }
            choices.push(ChoiceRecord {
                id: choice.id.into_inner(),
                text: self.message_ref(file, choice.text),
            });
        }
        choices
    }

    fn require_enough_questions(
        &mut self,
        dir: &Path,
        topics: &[TopicRecord],
        covered_states: &[String],
        questions: &[QuestionRecord],
        quiz_files: &BTreeMap<String, (usize, usize)>,
    ) {
        for topic in topics {
            // With no state folder, only questions asked everywhere count.
            let states: Vec<Option<&String>> = match &topic.scope {
                Some(scope) => vec![Some(scope)],
                None if covered_states.is_empty() => vec![None],
                None => covered_states.iter().map(Some).collect(),
            };
            for state in states {
                let asked = questions
                    .iter()
                    .filter(|q| q.topic == topic.id)
                    .filter(|q| q.scope.is_none() || q.scope.as_ref() == state)
                    .count();
                if asked >= MIN_QUESTIONS {
                    continue;
                }
                let place = state.map_or("every state", String::as_str);
                let message = format!(
                    "topic `{}` has {asked} quiz questions that can be asked in {place}; every situation needs at least {MIN_QUESTIONS}",
                    topic.id
                );
                match quiz_files.get(&topic.id) {
                    Some(&(file, line)) => self.diags.at_line(&self.files[file], line, message),
                    None => self
                        .diags
                        .whole_file(&dir.join(format!("{}.toml", topic.id)), message),
                }
            }
        }
    }

    pub(crate) fn read_family_plan(&mut self, path: &Path) -> FamilyPlanRecord {
        let Some(file) = self.load_optional(path) else {
            return FamilyPlanRecord::default();
        };
        let Some(raw) = self.parse::<RawFamilyPlan>(file) else {
            return FamilyPlanRecord::default();
        };
        if raw.fields.is_empty() {
            self.diags.at_line(
                &self.files[file],
                1,
                "the family plan has no [[field]]".into(),
            );
        }
        let fields =
            self.checked_records(file, "plan field", raw.fields, |this, field, provenance| {
                if !(1..=8).contains(&field.lines) {
                    let message = format!(
                        "plan field `{}` asks for {} lines; give 1 to 8",
                        field.id.get_ref(),
                        field.lines
                    );
                    this.diags.at(&this.files[file], &field.id, message);
                }
                PlanFieldRecord {
                    id: field.id.into_inner(),
                    label: this.message_ref(file, field.label),
                    hint: this.message_ref(file, field.hint),
                    lines: field.lines,
                    prefill: field.prefill,
                    provenance,
                }
            });
        FamilyPlanRecord {
            title: self.message_ref(file, raw.title),
            intro: self.message_ref(file, raw.intro),
            fields,
        }
    }

    pub(crate) fn read_emergency_messages(&mut self, path: &Path) -> Vec<EmergencyMessageRecord> {
        let Some(file) = self.load_optional(path) else {
            return Vec::new();
        };
        let Some(raw) = self.parse::<RawEmergencyMessages>(file) else {
            return Vec::new();
        };
        self.checked_records(
            file,
            "emergency message",
            raw.messages,
            |this, message, provenance| {
                let line = this.files[file].line_of(message.text.span().start);
                let mut variables = Vec::new();
                for variable in message.variables {
                    let name = variable.get_ref();
                    let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
                        && name.chars().all(|c| c.is_ascii_lowercase() || c == '_');
                    if !valid || variables.contains(name) {
                        let text =
                            format!("variable `{name}` must be lowercase letters and `_`, once");
                        this.diags.at(&this.files[file], &variable, text);
                    }
                    variables.push(variable.into_inner());
                }
                let text = this.critical_ref(file, message.text, "a message a person sends");
                let mut required: BTreeSet<String> = variables.iter().cloned().collect();
                for fact in &message.facts {
                    if !required.insert(fact.variable().to_owned()) {
                        let text = format!(
                            "variable `{}` is filled in by the app; a person cannot give it",
                            fact.variable()
                        );
                        this.diags.at_line(&this.files[file], line, text);
                    }
                }
                this.required_variables.push(RequiredVariables {
                    file,
                    line,
                    id: text.clone(),
                    variables: required,
                });
                EmergencyMessageRecord {
                    kind: message.id.into_inner(),
                    title: this.message_ref(file, message.title),
                    when: this.message_ref(file, message.when),
                    text,
                    variables,
                    facts: message.facts,
                    provenance,
                }
            },
        )
    }

    /// Every locale's text of a message with declared variables uses exactly
    /// those: a translation that dropped `$a_number` would lose what a
    /// family needs.
    pub(crate) fn check_required_variables(&mut self, locales: &[ReadLocale]) {
        for required in &self.required_variables {
            for locale in locales {
                let Some(message) = locale.messages.messages.get(&required.id) else {
                    continue;
                };
                if message.variables == required.variables {
                    continue;
                }
                let wanted = required
                    .variables
                    .iter()
                    .map(|v| format!("${v}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let text = format!(
                    "message `{}` must use exactly {wanted} (declared in {}:{})",
                    required.id,
                    self.files[required.file].path.display(),
                    required.line
                );
                let file = &self.files[locale.files[message.file]];
                self.diags.at_line(file, message.line, text);
            }
        }
    }
}

/// The scope and sources of the step or do-not point `id` of `topic`.
fn tested_point<'a>(topic: &'a TopicRecord, id: &str) -> Option<(Option<String>, &'a [String])> {
    let step = topic.steps.iter().find(|s| s.id == id);
    let scope_and_sources = step
        .map(|s| (s.scope.clone(), &s.provenance.sources))
        .or_else(|| {
            topic
                .do_not
                .iter()
                .find(|d| d.id == id)
                .map(|d| (d.scope.clone(), &d.provenance.sources))
        })?;
    Some((
        scope_and_sources.0.or_else(|| topic.scope.clone()),
        scope_and_sources.1.as_slice(),
    ))
}
