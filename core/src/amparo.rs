//! The `Amparo` facade: the one entry point shells and the CLI talk to.

use std::sync::{Arc, OnceLock};

use fluent_bundle::FluentArgs;

use crate::answers::{
    CardLine, ContentInfo, DoNot, Law, LocaleInfo, NumberSummary, PackReview, ReviewSummary,
    RightsCard, SearchHit, SearchKind, Step, Topic, TopicSummary, WarrantAdviceLine,
    WarrantChoiceAnswer, WarrantOutcomeAnswer, WarrantQuestionAnswer, WarrantStep,
};
use crate::error::AmparoError;
use crate::finder::{self, Finder, HelpAnswer, HelpQuery, Labels, Texts};
use crate::l10n::{Chain, Locales};
use crate::messages;
use crate::model::{Catalog, LawRecord, LegalReview, Manifest, Source, SourceTier, TopicRecord};
use crate::pack;
use crate::search::{Entry, SearchIndex, Weight};

/// An opened content pack seen through the user's negotiated locales.
///
/// Cheap to clone and `Send + Sync`: the content is shared, only the locale
/// chain is per instance.
#[derive(Clone)]
pub struct Amparo {
    content: Arc<Content>,
    chain: Chain,
    /// The finder's labels in this chain, formatted on first use.
    labels: Arc<OnceLock<Labels>>,
    /// The search index of this chain's text, built on the first search.
    search: Arc<OnceLock<SearchIndex>>,
}

struct Content {
    manifest: Manifest,
    catalog: Catalog,
    locales: Locales,
    /// Built on the first `find_help`, so opening stays fast.
    finder: OnceLock<Finder>,
}

/// Message lookups along one chain, for the finder.
struct ChainTexts<'a> {
    locales: &'a Locales,
    chain: &'a Chain,
}

impl Texts for ChainTexts<'_> {
    fn text(&self, id: &str) -> String {
        self.locales.format(self.chain, id)
    }

    fn text_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, *value);
        }
        self.locales
            .lookup(self.chain, id, Some(&fluent_args))
            .unwrap_or_else(|| id.to_owned())
    }
}

impl Amparo {
    /// Opens a pack (e.g. `amparo_content::default_pack()`) for a user whose
    /// preferred locales are `requested`, most preferred first.
    pub fn open<S: AsRef<str>>(pack_bytes: &[u8], requested: &[S]) -> Result<Self, AmparoError> {
        let pack = pack::decode(pack_bytes)?;
        let locales = Locales::new(pack.locales, &pack.manifest.reference_locale)?;
        let chain = locales.negotiate(requested)?;
        Ok(Self {
            content: Arc::new(Content {
                manifest: pack.manifest,
                catalog: pack.catalog,
                locales,
                finder: OnceLock::new(),
            }),
            chain,
            labels: Arc::default(),
            search: Arc::default(),
        })
    }

    /// Switches to other preferred locales. On error nothing changes.
    pub fn set_locales<S: AsRef<str>>(&mut self, requested: &[S]) -> Result<(), AmparoError> {
        self.chain = self.content.locales.negotiate(requested)?;
        self.labels = Arc::default();
        self.search = Arc::default();
        Ok(())
    }

    /// The negotiated chain, most preferred first, always ending in English.
    pub fn locale_chain(&self) -> Vec<String> {
        self.content.locales.tags(&self.chain)
    }

    pub fn locales(&self) -> Vec<LocaleInfo> {
        let locales = &self.content.locales;
        locales
            .resources()
            .iter()
            .map(|locale| LocaleInfo {
                tag: locale.tag.clone(),
                native_name: locale.native_name.clone(),
                direction: locale.direction,
                coverage: if locale.reference_messages == 0 {
                    0.0
                } else {
                    f64::from(locale.translated_messages) / f64::from(locale.reference_messages)
                },
                translation: locale.translation,
                human_reviewed: locale.human_reviewed,
                in_chain: locales.is_in(&self.chain, &locale.tag),
            })
            .collect()
    }

    /// All situations, in the order they should be listed.
    pub fn topics(&self) -> Vec<TopicSummary> {
        self.content
            .catalog
            .topics
            .iter()
            .map(|topic| TopicSummary {
                id: topic.id.clone(),
                icon: topic.icon.clone(),
                title: self.text(&topic.title),
                summary: self.text(&topic.summary),
                review: topic.review,
            })
            .collect()
    }

    pub fn topic(&self, id: &str) -> Result<Topic, AmparoError> {
        let topic = self.find_topic(id)?;
        let steps = topic
            .steps
            .iter()
            .map(|step| Step {
                id: step.id.clone(),
                action: self.text(&step.action),
                say: step.say.as_deref().map(|say| self.text(say)),
                on_card: step.on_card,
                why: self.text(&step.why),
                sources: self.sources(&step.provenance.sources),
                checked: step.provenance.checked.clone(),
                caveat: self.caveat(&step.provenance.sources),
            })
            .collect();
        let do_not = topic
            .do_not
            .iter()
            .map(|point| DoNot {
                id: point.id.clone(),
                text: self.text(&point.text),
                sources: self.sources(&point.provenance.sources),
                checked: point.provenance.checked.clone(),
                caveat: self.caveat(&point.provenance.sources),
            })
            .collect();
        Ok(Topic {
            id: topic.id.clone(),
            icon: topic.icon.clone(),
            title: self.text(&topic.title),
            summary: self.text(&topic.summary),
            review: topic.review,
            steps,
            do_not,
        })
    }

    /// Every law, in content order, whole.
    pub fn laws(&self) -> Vec<Law> {
        self.content
            .catalog
            .laws
            .iter()
            .map(|law| self.law_answer(law))
            .collect()
    }

    pub fn law(&self, id: &str) -> Result<Law, AmparoError> {
        self.content
            .catalog
            .laws
            .iter()
            .find(|law| law.id == id)
            .map(|law| self.law_answer(law))
            .ok_or_else(|| AmparoError::UnknownLaw { id: id.to_owned() })
    }

    fn law_answer(&self, law: &LawRecord) -> Law {
        let status = messages::law_status(law.status);
        Law {
            id: law.id.clone(),
            name: self.text(&law.name),
            citation: law.citation.clone(),
            status: law.status,
            status_label: self.text(status),
            signed: law.signed.clone(),
            effective: law.effective.clone(),
            summary: self.text(&law.summary),
            does_not: self.text(&law.does_not),
            review: law.review,
            sources: self.sources(&law.provenance.sources),
            checked: law.provenance.checked.clone(),
            caveat: self.caveat(&law.provenance.sources),
        }
    }

    /// The warrant checker's first question. `officer_locale` (usually
    /// "en") is the language of the officer's side of the words to say.
    pub fn warrant_check_start(&self, officer_locale: &str) -> Result<WarrantStep, AmparoError> {
        let start = &self.content.catalog.warrant.start;
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
            .catalog
            .warrant
            .questions
            .iter()
            .find(|q| q.id == state)
            .ok_or_else(|| AmparoError::UnknownWarrantState {
                state: state.to_owned(),
            })?;
        let next = question
            .choices
            .iter()
            .find(|c| c.id == choice)
            .ok_or(AmparoError::UnknownWarrantChoice)?;
        self.warrant_step(&next.next, officer_locale)
    }

    fn warrant_step(&self, node: &str, officer_locale: &str) -> Result<WarrantStep, AmparoError> {
        let tree = &self.content.catalog.warrant;
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
        let outcome = tree.outcomes.iter().find(|o| o.id == node).ok_or_else(|| {
            AmparoError::UnknownWarrantState {
                state: node.to_owned(),
            }
        })?;
        Ok(WarrantStep {
            state: outcome.id.clone(),
            question: None,
            outcome: Some(WarrantOutcomeAnswer {
                id: outcome.id.clone(),
                text: self.text(&outcome.text),
                say: outcome.say.as_deref().map(|say| CardLine {
                    user: self.text(say),
                    officer: locales.format(&officer_chain, say),
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

    /// Searches topic, step and law text in the current languages. Case,
    /// accents and Vietnamese tone marks do not matter; Chinese matches by
    /// characters. Titles rank first.
    pub fn search(&self, text: &str, limit: u32) -> Vec<SearchHit> {
        let index = self
            .search
            .get_or_init(|| SearchIndex::new(self.search_entries()));
        index.search(text, limit as usize)
    }

    fn search_entries(&self) -> Vec<Entry> {
        let catalog = &self.content.catalog;
        let mut entries = Vec::new();
        for topic in &catalog.topics {
            let title = self.text(&topic.title);
            let of_topic = |kind, step: Option<&str>, weight, text: String| Entry {
                kind,
                topic_id: Some(topic.id.clone()),
                step_id: step.map(str::to_owned),
                law_id: None,
                title: title.clone(),
                weight,
                text,
            };
            entries.push(of_topic(
                SearchKind::Topic,
                None,
                Weight::Title,
                title.clone(),
            ));
            entries.push(of_topic(
                SearchKind::Topic,
                None,
                Weight::Body,
                self.text(&topic.summary),
            ));
            for point in &topic.do_not {
                entries.push(of_topic(
                    SearchKind::Topic,
                    None,
                    Weight::Body,
                    self.text(&point.text),
                ));
            }
            for step in &topic.steps {
                let id = Some(step.id.as_str());
                entries.push(of_topic(
                    SearchKind::Step,
                    id,
                    Weight::Saying,
                    self.text(&step.action),
                ));
                if let Some(say) = &step.say {
                    entries.push(of_topic(
                        SearchKind::Step,
                        id,
                        Weight::Saying,
                        self.text(say),
                    ));
                }
                entries.push(of_topic(
                    SearchKind::Step,
                    id,
                    Weight::Body,
                    self.text(&step.why),
                ));
            }
        }
        for law in &catalog.laws {
            let name = self.text(&law.name);
            for (weight, text) in [
                (Weight::Title, name.clone()),
                (Weight::Title, law.citation.clone()),
                (Weight::Body, self.text(&law.summary)),
                (Weight::Body, self.text(&law.does_not)),
            ] {
                entries.push(Entry {
                    kind: SearchKind::Law,
                    topic_id: None,
                    step_id: None,
                    law_id: Some(law.id.clone()),
                    title: name.clone(),
                    weight,
                    text,
                });
            }
        }
        entries
    }

    fn sources(&self, ids: &[String]) -> Vec<Source> {
        let catalog = &self.content.catalog;
        ids.iter()
            .filter_map(|id| catalog.sources.iter().find(|s| &s.id == id))
            .cloned()
            .collect()
    }

    /// The weak-sources caveat, when every one of these sources is weak.
    fn caveat(&self, ids: &[String]) -> Option<String> {
        let catalog = &self.content.catalog;
        let mut tiers = ids
            .iter()
            .filter_map(|id| catalog.sources.iter().find(|s| &s.id == id))
            .map(|s| s.tier)
            .peekable();
        let cited = tiers.peek().is_some();
        (cited && tiers.all(|tier| tier == SourceTier::Weak))
            .then(|| self.text(messages::CAVEAT_WEAK_SOURCES))
    }

    /// The words to say for a situation, in the user's language and in the
    /// officer's (`officer_locale`, usually "en"). An officer locale the pack
    /// lacks falls back to English; a malformed tag is an error.
    pub fn rights_card(
        &self,
        topic_id: &str,
        officer_locale: &str,
    ) -> Result<RightsCard, AmparoError> {
        let topic = self.find_topic(topic_id)?;
        let locales = &self.content.locales;
        let officer_chain = locales.negotiate(&[officer_locale])?;
        let line = |id: &str| CardLine {
            user: locales.format(&self.chain, id),
            officer: locales.format(&officer_chain, id),
        };
        Ok(RightsCard {
            topic_id: topic.id.clone(),
            user_locale: first_tag(locales.tags(&self.chain)),
            officer_locale: first_tag(locales.tags(&officer_chain)),
            title: line(&topic.title),
            heading: line(messages::CARD_HEADING),
            phrases: topic
                .steps
                .iter()
                .filter(|step| step.on_card)
                .filter_map(|step| step.say.as_deref())
                .map(line)
                .collect(),
            review: topic.review,
        })
    }

    /// Any message by id, for the shells' own screens (labels, notices), with
    /// named string arguments. Numbers and dates are passed pre-formatted:
    /// Fluent's NUMBER is not locale-aware.
    pub fn message(&self, id: &str, args: &[(&str, &str)]) -> Result<String, AmparoError> {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                fluent_args.set(*name, *value);
            }
            fluent_args
        });
        self.content
            .locales
            .lookup(&self.chain, id, fluent_args.as_ref())
            .ok_or_else(|| AmparoError::UnknownMessage { id: id.to_owned() })
    }

    /// Where to get help, offline: the county and its policy, the lines to
    /// call (county first), and the nearest organizations. The query is
    /// used for this call only; nothing about it is kept.
    pub fn find_help(&self, query: &HelpQuery) -> Result<HelpAnswer, AmparoError> {
        let catalog = &self.content.catalog;
        let finder = self.content.finder.get_or_init(|| Finder::new(catalog));
        let texts = ChainTexts {
            locales: &self.content.locales,
            chain: &self.chain,
        };
        let labels = self.labels.get_or_init(|| Labels::new(catalog, &texts));
        finder::find_help(catalog, finder, &texts, labels, query)
    }

    pub fn content_info(&self) -> ContentInfo {
        let Content {
            manifest, catalog, ..
        } = &*self.content;
        let reviews = catalog
            .topics
            .iter()
            .map(|topic| topic.review)
            .chain(catalog.laws.iter().map(|law| law.review))
            .chain(catalog.policy.baselines.iter().map(|p| p.review))
            .chain(catalog.policy.notes.iter().map(|p| p.review));
        let (mut lawyer_reviewed, mut unreviewed) = (0, 0);
        for review in reviews {
            match review {
                LegalReview::LawyerReviewed => lawyer_reviewed += 1,
                LegalReview::Unreviewed => unreviewed += 1,
            }
        }
        let status = match (lawyer_reviewed, unreviewed) {
            (_, 0) if lawyer_reviewed > 0 => PackReview::LawyerReviewed,
            (0, _) => PackReview::Unreviewed,
            _ => PackReview::PartlyReviewed,
        };
        ContentInfo {
            version: manifest.version.clone(),
            built: manifest.built.clone(),
            coverage: manifest.coverage.clone(),
            topics: count(catalog.topics.len()),
            steps: count(catalog.topics.iter().map(|t| t.steps.len()).sum()),
            laws: count(catalog.laws.len()),
            hotlines: count(catalog.hotlines.len()),
            organizations: count(catalog.organizations.len()),
            regions: count(catalog.regions.len()),
            locales: count(self.content.locales.resources().len()),
            counties: count(catalog.geography.counties.len()),
            zips: count(catalog.geography.zips.len()),
            legal_review: ReviewSummary {
                status,
                lawyer_reviewed,
                unreviewed,
            },
            numbers: number_summary(catalog),
            credits: catalog.credits.clone(),
        }
    }

    fn find_topic(&self, id: &str) -> Result<&TopicRecord, AmparoError> {
        self.content
            .catalog
            .topics
            .iter()
            .find(|topic| topic.id == id)
            .ok_or_else(|| AmparoError::UnknownTopic { id: id.to_owned() })
    }

    fn text(&self, id: &str) -> String {
        self.content.locales.format(&self.chain, id)
    }
}

fn number_summary(catalog: &Catalog) -> NumberSummary {
    let hotlines = catalog.hotlines.iter().map(|h| h.confirmed.is_some());
    let organizations = catalog
        .organizations
        .iter()
        .filter(|o| o.phone.is_some())
        .map(|o| o.confirmed.is_some());
    let numbers: Vec<bool> = hotlines.chain(organizations).collect();
    let dates: Vec<&str> = catalog
        .sources
        .iter()
        .filter_map(|s| s.date.as_deref())
        .collect();
    NumberSummary {
        listed: count(numbers.len()),
        confirmed: count(numbers.iter().filter(|&&c| c).count()),
        conflicting: count(
            catalog
                .hotlines
                .iter()
                .filter(|h| h.conflict.is_some())
                .count(),
        ),
        // Partial dates compare correctly as text: "2019" < "2019-07-14".
        oldest_source_date: dates.iter().min().map(|d| (*d).to_owned()),
        newest_source_date: dates.iter().max().map(|d| (*d).to_owned()),
        undated_sources: count(catalog.sources.iter().filter(|s| s.date.is_none()).count()),
    }
}

fn first_tag(tags: Vec<String>) -> String {
    tags.into_iter().next().unwrap_or_default()
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
