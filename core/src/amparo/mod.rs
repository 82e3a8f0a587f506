//! The `Amparo` facade: the one entry point shells and the CLI talk to.
//!
//! Invariants: an instance holds only the negotiated locale chain and the
//! chosen state (both replaced whole); the content is shared and never
//! changes. With a state chosen, nothing scoped to another state is shown.

mod errors;
mod places;
mod training;
mod warrant;

pub use training::{EMERGENCY_VALUE_LIMIT, MISSING_VALUE};

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use crate::answers::{
    CardLine, ContentInfo, DoNot, Law, LocaleInfo, NumberSummary, PackReview, ReviewSummary,
    RightsCard, SearchHit, SearchKind, Step, Topic, TopicSummary,
};
use crate::content::{Content, PackBytes, PackOrigin, PackRef};
use crate::error::AmparoError;
use crate::finder::{Labels, Texts};
use crate::install::{self, Storage};
use crate::l10n::{Chain, Locales};
use crate::messages;
use crate::model::TextDirection;
use crate::model::{Catalog, LawRecord, LegalReview, Source, SourceTier, StateRecord, TopicRecord};
use crate::search::{Entry, SearchIndex, Weight};
use crate::trust::TrustedKeys;

/// An opened content pack seen through the user's negotiated locales.
///
/// Cheap to clone and `Send + Sync`: the content is shared, only the locale
/// chain is per instance.
#[derive(Clone)]
pub struct Amparo {
    content: Arc<Content>,
    chain: Chain,
    /// What the user asked for, to negotiate again when the content changes.
    requested: Vec<String>,
    /// The finder's labels in this chain, formatted on first use.
    labels: Arc<OnceLock<Labels>>,
    /// The search index of this chain's text, built on the first search.
    search: Arc<OnceLock<SearchIndex>>,
    /// Every situation with its steps in this chain and state, made on the
    /// first `topic` (all at once, so what is kept does not tell which
    /// situation a person opened).
    topic_pages: Arc<OnceLock<HashMap<String, Arc<Topic>>>>,
    /// The state the person chose ("us-ct"): content scoped to other
    /// states is left out. `None`: everything, each piece labelled.
    state: Option<String>,
    /// Where packs are installed, if the shell named a folder.
    data: Option<Arc<DataFolder>>,
}

/// The data folder and what installing into it needs.
struct DataFolder {
    storage: Arc<dyn Storage>,
    keys: TrustedKeys,
    /// The embedded content: the floor, and what `forget_installed` goes
    /// back to.
    embedded: Arc<Content>,
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
        let fluent_args = crate::l10n::arguments(args);
        self.locales
            .lookup(self.chain, id, Some(&fluent_args))
            .unwrap_or_else(|| id.to_owned())
    }
}

impl Amparo {
    /// Opens the pack compiled into the app (`amparo_content::default_pack()`)
    /// for a user whose preferred locales are `requested`, most preferred
    /// first. The embedded pack is trusted: its signature is not checked.
    /// Only its header is read now; each part is decoded when first used.
    pub fn open_embedded<S: AsRef<str>>(
        pack: impl Into<PackBytes>,
        requested: &[S],
    ) -> Result<Self, AmparoError> {
        Self::with_content(Arc::new(Content::embedded(pack.into())?), requested, None)
    }

    /// Opens a pack file from outside the app (a maintainer's, one shared
    /// at a training), only if a key in `keys` signed it and every part of
    /// it reads.
    pub fn open_pack_file<S: AsRef<str>>(
        pack: Vec<u8>,
        keys: &TrustedKeys,
        requested: &[S],
    ) -> Result<Self, AmparoError> {
        let content = Content::verified(pack.into(), keys, PackOrigin::File)?;
        content.check_every_section()?;
        Self::with_content(Arc::new(content), requested, None)
    }

    /// Opens the newest content there is: the pack installed in `storage`
    /// (the shell's data folder) if it is genuine, readable and newer than
    /// the embedded one, else the embedded pack. A damaged or unreadable
    /// folder is not an error: the embedded content still answers.
    pub fn open_with_data_folder<S: AsRef<str>>(
        embedded: impl Into<PackBytes>,
        storage: Arc<dyn Storage>,
        keys: TrustedKeys,
        requested: &[S],
    ) -> Result<Self, AmparoError> {
        let embedded = Arc::new(Content::embedded(embedded.into())?);
        let installed = install::installed(storage.as_ref())
            .ok()
            .flatten()
            .and_then(|bytes| Content::verified(bytes.into(), &keys, PackOrigin::Installed).ok())
            .filter(|content| {
                content.manifest().content_version > embedded.manifest().content_version
                    && missing_locales(&embedded, content).is_empty()
            });
        let content = installed.map_or_else(|| embedded.clone(), Arc::new);
        let data = DataFolder {
            storage,
            keys,
            embedded,
        };
        Self::with_content(content, requested, Some(Arc::new(data)))
    }

    fn with_content<S: AsRef<str>>(
        content: Arc<Content>,
        requested: &[S],
        data: Option<Arc<DataFolder>>,
    ) -> Result<Self, AmparoError> {
        let chain = content.locales.negotiate(requested)?;
        Ok(Self {
            content,
            chain,
            requested: requested
                .iter()
                .map(|tag| tag.as_ref().to_owned())
                .collect(),
            labels: Arc::default(),
            search: Arc::default(),
            topic_pages: Arc::default(),
            state: None,
            data,
        })
    }

    /// Which pack the answers come from.
    pub fn pack(&self) -> PackRef {
        self.content.pack.clone()
    }

    /// Installs a pack file into the data folder and answers from it from
    /// now on. It must be signed by a trusted key, read whole, be newer than
    /// any content used before, and keep every language of the embedded
    /// content. Any refusal changes nothing, on disk or here.
    pub fn install_pack(&mut self, pack: Vec<u8>) -> Result<PackRef, AmparoError> {
        let data = self.data.clone().ok_or(AmparoError::NoDataFolder)?;
        let offered = Content::verified(pack.into(), &data.keys, PackOrigin::Installed)?;
        let offered_version = offered.manifest().content_version;
        let floor = [
            self.content.manifest().content_version,
            data.embedded.manifest().content_version,
            install::recorded_highest(data.storage.as_ref()),
        ]
        .into_iter()
        .max()
        .unwrap_or(0);
        if offered_version <= floor {
            return Err(AmparoError::NotNewer {
                offered: offered_version,
                in_use: floor,
            });
        }
        let missing = missing_locales(&data.embedded, &offered);
        if !missing.is_empty() {
            return Err(AmparoError::FewerLanguages { missing });
        }
        offered.check_every_section()?;
        let chain = offered.locales.negotiate(&self.requested)?;
        install::write_pack(data.storage.as_ref(), offered.bytes())?;
        self.switch_to(Arc::new(offered), chain);
        Ok(self.pack())
    }

    /// Removes the installed pack and goes back to the embedded content.
    /// Its version stays the floor: an older pack is still refused.
    pub fn forget_installed(&mut self) -> Result<PackRef, AmparoError> {
        let data = self.data.clone().ok_or(AmparoError::NoDataFolder)?;
        install::forget(
            data.storage.as_ref(),
            self.content.manifest().content_version,
        )?;
        let embedded = data.embedded.clone();
        let chain = embedded.locales.negotiate(&self.requested)?;
        self.switch_to(embedded, chain);
        Ok(self.pack())
    }

    fn switch_to(&mut self, content: Arc<Content>, chain: Chain) {
        self.content = content;
        self.chain = chain;
        self.labels = Arc::default();
        self.search = Arc::default();
        self.topic_pages = Arc::default();
    }

    /// Switches to other preferred locales. On error nothing changes.
    pub fn set_locales<S: AsRef<str>>(&mut self, requested: &[S]) -> Result<(), AmparoError> {
        self.chain = self.content.locales.negotiate(requested)?;
        self.requested = requested
            .iter()
            .map(|tag| tag.as_ref().to_owned())
            .collect();
        self.labels = Arc::default();
        self.search = Arc::default();
        self.topic_pages = Arc::default();
        Ok(())
    }

    /// The negotiated chain, most preferred first, always ending in English.
    pub fn locale_chain(&self) -> Vec<String> {
        self.content.locales.tags(&self.chain)
    }

    /// Requested tags that could not be read at all (a garbled entry in the
    /// phone's list), skipped so the rest of the list still counts.
    pub fn skipped_locales(&self) -> Vec<String> {
        self.chain.skipped().to_vec()
    }

    /// Whether the user asked only for languages this pack does not have,
    /// so the text is English: a shell should say so, in English.
    pub fn fell_back_to_english(&self) -> bool {
        self.chain.fell_back()
    }

    /// How the user's text is laid out: right-to-left for Arabic, Persian
    /// and Pashto.
    pub fn text_direction(&self) -> TextDirection {
        self.content.locales.direction(&self.chain)
    }

    /// The locale to ask the phone's text-to-speech engine for when reading
    /// the user's text aloud (e.g. "fil-PH").
    pub fn speech_locale(&self) -> String {
        self.content.locales.speech_locale(&self.chain)
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
                speech_locale: locale.speech_locale.clone(),
                in_chain: locales.is_in(&self.chain, &locale.tag),
            })
            .collect()
    }

    /// Whether content scoped to `scope` (a state's region id, or none for
    /// everywhere) is shown with the chosen state.
    fn in_scope(&self, scope: Option<&str>) -> bool {
        match (scope, &self.state) {
            (None, _) | (_, None) => true,
            (Some(scope), Some(state)) => scope == state,
        }
    }

    /// Whether a topic has anything to show with the chosen state.
    fn topic_shown(&self, topic: &TopicRecord) -> bool {
        self.in_scope(topic.scope.as_deref())
            && topic
                .steps
                .iter()
                .any(|step| self.in_scope(step.scope.as_deref()))
    }

    /// "Only in California", for content scoped to one state; `None` for
    /// content that applies everywhere.
    fn scope_label(&self, scope: Option<&str>) -> Option<String> {
        let state = self.state_record(scope?)?;
        let name = self.text(&state.name_message);
        Some(self.text_with(messages::SCOPE_ONLY_IN, &[("state", &name)]))
    }

    fn state_record(&self, id: &str) -> Option<&StateRecord> {
        self.content.catalog().states.iter().find(|s| s.id == id)
    }

    /// All situations, in the order they should be listed (with a state
    /// chosen, those that apply there).
    pub fn topics(&self) -> Vec<TopicSummary> {
        self.content
            .catalog()
            .topics
            .iter()
            .filter(|topic| self.topic_shown(topic))
            .map(|topic| TopicSummary {
                id: topic.id.clone(),
                icon: topic.icon.clone(),
                title: self.text(&topic.title),
                summary: self.text(&topic.summary),
                review: topic.review,
                scope: topic.scope.as_deref().map(places::state_code),
                scope_label: self.scope_label(topic.scope.as_deref()),
            })
            .collect()
    }

    /// One situation with the steps that apply (with a state chosen, the
    /// federal ones and that state's; otherwise all, each state's labelled).
    pub fn topic(&self, id: &str) -> Result<Arc<Topic>, AmparoError> {
        let topic = self.find_topic(id)?;
        let pages = self.topic_pages.get_or_init(|| {
            let catalog = self.content.catalog();
            catalog
                .topics
                .iter()
                .map(|t| (t.id.clone(), Arc::new(self.topic_page(t))))
                .collect()
        });
        Ok(pages
            .get(&topic.id)
            .cloned()
            .unwrap_or_else(|| Arc::new(self.topic_page(topic))))
    }

    fn topic_page(&self, topic: &TopicRecord) -> Topic {
        let steps = topic
            .steps
            .iter()
            .filter(|step| self.in_scope(step.scope.as_deref()))
            .map(|step| {
                let locales = &self.content.locales;
                let (action, action_speech) = locales.format_with_speech(&self.chain, &step.action);
                let (say, say_speech) = step
                    .say
                    .as_deref()
                    .map(|say| locales.format_with_speech(&self.chain, say))
                    .unzip();
                Step {
                    id: step.id.clone(),
                    action_speech,
                    action,
                    say_speech,
                    say,
                    on_card: step.on_card,
                    why: self.text(&step.why),
                    links: step.links.clone(),
                    sources: self.sources(&step.provenance.sources),
                    checked: step.provenance.checked.clone(),
                    caveat: self.caveat(&step.provenance.sources),
                    scope: step.scope.as_deref().map(places::state_code),
                    scope_label: self.scope_label(step.scope.as_deref()),
                }
            })
            .collect();
        let do_not = topic
            .do_not
            .iter()
            .filter(|point| self.in_scope(point.scope.as_deref()))
            .map(|point| DoNot {
                id: point.id.clone(),
                text: self.text(&point.text),
                sources: self.sources(&point.provenance.sources),
                checked: point.provenance.checked.clone(),
                caveat: self.caveat(&point.provenance.sources),
                scope: point.scope.as_deref().map(places::state_code),
                scope_label: self.scope_label(point.scope.as_deref()),
            })
            .collect();
        Topic {
            pack: self.pack(),
            id: topic.id.clone(),
            icon: topic.icon.clone(),
            title: self.text(&topic.title),
            summary: self.text(&topic.summary),
            review: topic.review,
            scope: topic.scope.as_deref().map(places::state_code),
            scope_label: self.scope_label(topic.scope.as_deref()),
            steps,
            do_not,
        }
    }

    /// The laws with full content: the chosen state's, or, with no state
    /// chosen, every covered state's. Other states' statewide laws: see
    /// [`Amparo::laws_of_state`].
    pub fn laws(&self) -> Vec<Law> {
        let catalog = &self.content.catalog();
        catalog
            .laws
            .iter()
            .filter(|law| match &self.state {
                Some(state) => &law.state == state,
                None => catalog
                    .states
                    .iter()
                    .any(|s| s.id == law.state && s.covered),
            })
            .map(|law| self.law_answer(law))
            .collect()
    }

    /// Any state's laws the content has ("IL", "us-tx"): a covered state's
    /// whole records, another state's from the national table.
    pub fn laws_of_state(&self, state: &str) -> Result<Vec<Law>, AmparoError> {
        let state = self.parse_state(state)?.id.clone();
        Ok(self
            .content
            .catalog()
            .laws
            .iter()
            .filter(|law| law.state == state)
            .map(|law| self.law_answer(law))
            .collect())
    }

    pub fn law(&self, id: &str) -> Result<Law, AmparoError> {
        self.content
            .catalog()
            .laws
            .iter()
            .find(|law| law.id == id)
            .map(|law| self.law_answer(law))
            .ok_or(AmparoError::UnknownLaw)
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
            does_not: law.does_not.as_deref().map(|d| self.text(d)),
            state: places::state_code(&law.state),
            state_name: self
                .state_record(&law.state)
                .map(|s| self.text(&s.name_message))
                .unwrap_or_default(),
            year: law.year.clone(),
            effect: law.effect,
            effect_label: law.effect.map(|e| self.text(messages::law_effect(e))),
            confidence: law.confidence,
            review: law.review,
            sources: self.sources(&law.provenance.sources),
            checked: law.provenance.checked.clone(),
            caveat: self.caveat(&law.provenance.sources),
        }
    }

    /// Searches topic, step and law text in the current languages. Case,
    /// accents and Vietnamese tone marks do not matter; Chinese matches by
    /// characters. Titles rank first.
    /// At most `limit` hits; zero or a negative limit gives none.
    pub fn search(&self, text: &str, limit: i32) -> Vec<SearchHit> {
        let index = self
            .search
            .get_or_init(|| SearchIndex::new(self.search_entries()));
        index.search(text, usize::try_from(limit).unwrap_or(0))
    }

    fn search_entries(&self) -> Vec<Entry> {
        let catalog = &self.content.catalog();
        let mut entries = Vec::new();
        for topic in catalog.topics.iter().filter(|t| self.topic_shown(t)) {
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
            for point in topic
                .do_not
                .iter()
                .filter(|p| self.in_scope(p.scope.as_deref()))
            {
                entries.push(of_topic(
                    SearchKind::Topic,
                    None,
                    Weight::Body,
                    self.text(&point.text),
                ));
            }
            for step in topic
                .steps
                .iter()
                .filter(|s| self.in_scope(s.scope.as_deref()))
            {
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
        let searched_laws = catalog.laws.iter().filter(|law| match &self.state {
            Some(state) => &law.state == state,
            None => catalog
                .states
                .iter()
                .any(|s| s.id == law.state && s.covered),
        });
        for law in searched_laws {
            let name = self.text(&law.name);
            for (weight, text) in [
                (Weight::Title, name.clone()),
                (Weight::Title, law.citation.clone()),
                (Weight::Body, self.text(&law.summary)),
                (
                    Weight::Body,
                    law.does_not
                        .as_deref()
                        .map(|d| self.text(d))
                        .unwrap_or_default(),
                ),
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
        ids.iter()
            .filter_map(|id| self.content.source(id))
            .cloned()
            .collect()
    }

    /// The weak-sources caveat, when every one of these sources is weak.
    fn caveat(&self, ids: &[String]) -> Option<String> {
        let mut tiers = ids
            .iter()
            .filter_map(|id| self.content.source(id))
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
        let line = |id: &str| {
            let (user, user_speech) = locales.format_with_speech(&self.chain, id);
            CardLine {
                user_speech,
                user,
                officer: locales.format(&officer_chain, id),
            }
        };
        Ok(RightsCard {
            pack: self.pack(),
            topic_id: topic.id.clone(),
            user_locale: first_tag(locales.tags(&self.chain)),
            officer_locale: first_tag(locales.tags(&officer_chain)),
            user_direction: locales.direction(&self.chain),
            speech_locale: locales.speech_locale(&self.chain),
            title: line(&topic.title),
            heading: line(messages::CARD_HEADING),
            phrases: topic
                .steps
                .iter()
                .filter(|step| step.on_card && self.in_scope(step.scope.as_deref()))
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
        let fluent_args = (!args.is_empty()).then(|| crate::l10n::arguments(args));
        self.content
            .locales
            .lookup(&self.chain, id, fluent_args.as_ref())
            .ok_or(AmparoError::UnknownMessage)
    }

    /// What content this is. `today` (YYYY-MM-DD, the phone's date: the
    /// core has no clock) says whether it is past its `stale_after` day; an
    /// unreadable date leaves that unknown. It never refuses to answer.
    pub fn content_info(&self, today: Option<&str>) -> ContentInfo {
        let manifest = self.content.manifest();
        let catalog = self.content.catalog();
        let reviews = catalog
            .topics
            .iter()
            .map(|topic| topic.review)
            .chain(catalog.laws.iter().map(|law| law.review))
            .chain(catalog.policy.baselines.iter().map(|p| p.review))
            .chain(catalog.policy.local.iter().map(|p| p.review));
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
        let days_past =
            today.and_then(|today| crate::dates::days_between(&manifest.stale_after, today));
        let (counties, zips) = self.content.finder.get().map_or_else(
            || {
                let geography = self.content.geography().unwrap_or_default();
                (geography.counties.len(), geography.zips.len())
            },
            |finder| (finder.geography.counties.len(), finder.geography.zips.len()),
        );
        ContentInfo {
            content_version: crate::content::signed_version(manifest.content_version),
            built: manifest.built.clone(),
            stale_after: manifest.stale_after.clone(),
            stale: days_past.map(|days| days > 0),
            days_past_stale: days_past.map(|days| i32::try_from(days.max(0)).unwrap_or(i32::MAX)),
            pack: self.pack(),
            coverage: manifest.coverage.clone(),
            topics: count(catalog.topics.len()),
            steps: count(catalog.topics.iter().map(|t| t.steps.len()).sum()),
            laws: count(catalog.laws.len()),
            hotlines: count(catalog.hotlines.len()),
            organizations: count(catalog.organizations.len()),
            regions: count(catalog.regions.len()),
            locales: count(self.content.locales.resources().len()),
            counties: count(counties),
            zips: count(zips),
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
            .catalog()
            .topics
            .iter()
            .find(|topic| topic.id == id)
            .ok_or(AmparoError::UnknownTopic)
    }

    fn text(&self, id: &str) -> String {
        self.content.locales.format(&self.chain, id)
    }

    fn text_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        ChainTexts {
            locales: &self.content.locales,
            chain: &self.chain,
        }
        .text_with(id, args)
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

/// Counts are `i32` in answers, so Kotlin and Java need no unsigned types.
fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// The embedded content's locales a pack lacks.
fn missing_locales(embedded: &Content, offered: &Content) -> Vec<String> {
    embedded
        .locales
        .resources()
        .iter()
        .filter(|locale| {
            !offered
                .locales
                .resources()
                .iter()
                .any(|other| other.tag == locale.tag)
        })
        .map(|locale| locale.tag.clone())
        .collect()
}
