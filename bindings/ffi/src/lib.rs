//! The UniFFI door to Amparo for Kotlin (Android), Swift (iOS) and Python.
//!
//! This crate only adapts: it declares the core's answers to UniFFI and maps
//! errors to what a caller can act on. Every decision (negotiation, fallback, validation)
//! stays in `amparo-core`. Nothing here may panic: there is no `unwrap` or
//! `expect`, and a poisoned lock is recovered, since the state it guards (a
//! locale chain) is replaced whole and is never half-written.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, PoisonError, RwLock};

use amparo_core::model::TextDirection;

mod records;

use amparo_core::{
    ContentInfo, DetentionAnswer, HelpAnswer, HelpQuery, Law, LocaleInfo, PolicyTable, RightsCard,
    SearchHit, Topic, TopicSummary, WarrantStep,
};

uniffi::setup_scaffolding!("amparo");

/// What went wrong, one variant per thing the calling app can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum AmparoError {
    /// A language tag that is not BCP-47 (e.g. "!!"): ask again.
    #[error("`{tag}` is not a valid language tag")]
    InvalidLocale { tag: String },
    /// No topic has this id: show the topic list.
    #[error("there is no topic `{id}`")]
    UnknownTopic { id: String },
    /// No message has this id: a bug in the calling app.
    #[error("there is no message `{id}`")]
    UnknownMessage { id: String },
    /// No law has this id: show the list of laws.
    #[error("there is no law `{id}`")]
    UnknownLaw { id: String },
    /// A warrant-checker state that is not a question: start again.
    #[error("`{state}` is not a question of the warrant checker")]
    UnknownWarrantState { state: String },
    /// An answer that is not one of the question's choices: ask again.
    #[error("that is not one of this question's choices")]
    UnknownWarrantChoice,
    /// GPS coordinates that are not a place on Earth (NaN, out of range).
    #[error("those coordinates are not a valid place on Earth")]
    InvalidCoordinates,
    /// Not a ZIP code (5 digits, or ZIP+4).
    #[error("a ZIP code has 5 digits (or ZIP+4)")]
    InvalidZip,
    /// A ZIP outside the covered area: ask for a county or use GPS.
    #[error("that ZIP code is not in the covered area")]
    UnknownZip,
    /// No such county in the covered area: show the list.
    #[error("no county by that name in the covered area")]
    UnknownCounty,
    /// No such city in the covered area.
    #[error("no city by that name in the covered area")]
    UnknownCity,
    /// Not a US state (a two-letter code, "us-xx" or a name): ask again.
    #[error("that is not a US state")]
    UnknownState,
    /// A local time outside 00:00–23:59.
    #[error("not a valid local time")]
    InvalidTime,
    /// The content could not be read (damaged, or a format this library
    /// does not know). Keep using the content already shown, if any.
    #[error("the content cannot be read: {reason}")]
    ContentUnreadable { reason: String },
}

impl From<amparo_core::AmparoError> for AmparoError {
    fn from(err: amparo_core::AmparoError) -> Self {
        use amparo_core::AmparoError as Core;
        match err {
            Core::InvalidLocale { tag } => Self::InvalidLocale { tag },
            Core::UnknownTopic { id } => Self::UnknownTopic { id },
            Core::UnknownMessage { id } => Self::UnknownMessage { id },
            Core::UnknownLaw { id } => Self::UnknownLaw { id },
            Core::UnknownWarrantState { state } => Self::UnknownWarrantState { state },
            Core::UnknownWarrantChoice => Self::UnknownWarrantChoice,
            Core::InvalidCoordinates => Self::InvalidCoordinates,
            Core::InvalidZip => Self::InvalidZip,
            Core::UnknownZip => Self::UnknownZip,
            Core::UnknownCounty => Self::UnknownCounty,
            Core::UnknownCity => Self::UnknownCity,
            Core::InvalidTime => Self::InvalidTime,
            Core::UnknownState => Self::UnknownState,
            other @ (Core::NotAPack
            | Core::UnsupportedPackFormat { .. }
            | Core::CorruptPack { .. }) => Self::ContentUnreadable {
                reason: other.to_string(),
            },
        }
    }
}

/// Amparo over the content embedded in the app, seen through the user's
/// preferred languages. Safe to share between threads.
#[derive(uniffi::Object)]
pub struct Amparo {
    current: RwLock<amparo_core::Amparo>,
}

/// The embedded content, decoded once per process and shared by every
/// `Amparo` object: decoding the pack (geography included) costs about half
/// a millisecond, negotiating a locale chain a few microseconds.
fn embedded() -> Result<amparo_core::Amparo, AmparoError> {
    static EMBEDDED: OnceLock<Result<amparo_core::Amparo, AmparoError>> = OnceLock::new();
    EMBEDDED
        .get_or_init(|| {
            amparo_core::Amparo::open(&amparo_content::default_pack(), &["en"]).map_err(Into::into)
        })
        .clone()
}

impl Amparo {
    /// A snapshot of the current state: cheap (shared content, a short
    /// chain), and taken so no lock is held while the core works.
    fn now(&self) -> amparo_core::Amparo {
        self.current
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

#[uniffi::export]
impl Amparo {
    /// Opens the embedded content for `preferred_locales` (BCP-47 tags, most
    /// preferred first, e.g. the phone's language list).
    #[uniffi::constructor]
    pub fn new(preferred_locales: Vec<String>) -> Result<Arc<Self>, AmparoError> {
        let mut core = embedded()?;
        core.set_locales(&preferred_locales)?;
        Ok(Arc::new(Self {
            current: RwLock::new(core),
        }))
    }

    /// Switches languages. On error nothing changes.
    pub fn set_locales(&self, preferred_locales: Vec<String>) -> Result<(), AmparoError> {
        let mut next = self.now();
        next.set_locales(&preferred_locales)?;
        *self.current.write().unwrap_or_else(PoisonError::into_inner) = next;
        Ok(())
    }

    /// Chooses the state whose content to show ("CT", "us-ct",
    /// "Connecticut"), or none for every state's. On error nothing changes.
    pub fn set_state(&self, state: Option<String>) -> Result<(), AmparoError> {
        let mut next = self.now();
        next.set_state(state.as_deref())?;
        *self.current.write().unwrap_or_else(PoisonError::into_inner) = next;
        Ok(())
    }

    /// The two-letter code of the state with content a point is in, or
    /// `None` outside them. The point is used for this call only.
    pub fn state_at(&self, latitude: f64, longitude: f64) -> Result<Option<String>, AmparoError> {
        Ok(self.now().state_at(latitude, longitude)?)
    }

    /// The chosen state's two-letter code, if any.
    pub fn state(&self) -> Option<String> {
        self.now().state()
    }

    /// Any state's laws the content has: a covered state's whole records,
    /// another state's statewide laws from the research.
    pub fn laws_of_state(&self, state: String) -> Result<Vec<Law>, AmparoError> {
        Ok(self.now().laws_of_state(&state)?)
    }

    /// Every county of a state with its local policy, or "no local policy
    /// found".
    pub fn local_policies(
        &self,
        state: String,
        include_low_confidence: bool,
    ) -> Result<PolicyTable, AmparoError> {
        Ok(self.now().local_policies(&state, include_low_confidence)?)
    }

    /// A state's ICE detention facilities, nearest first from
    /// (`latitude`, `longitude`) when both are given, with the detention
    /// lines and the detainee locator's address. One without the other is
    /// `InvalidCoordinates`. The point is used for this call only.
    pub fn detention_facilities(
        &self,
        state: String,
        latitude: Option<f64>,
        longitude: Option<f64>,
    ) -> Result<DetentionAnswer, AmparoError> {
        let near = match (latitude, longitude) {
            (Some(lat), Some(lon)) => Some((lat, lon)),
            (None, None) => None,
            _ => return Err(amparo_core::AmparoError::InvalidCoordinates.into()),
        };
        Ok(self.now().detention_facilities(&state, near)?)
    }

    /// The negotiated languages, most preferred first, always ending in "en".
    pub fn locale_chain(&self) -> Vec<String> {
        self.now().locale_chain()
    }

    /// Requested tags that could not be read and were skipped.
    pub fn skipped_locales(&self) -> Vec<String> {
        self.now().skipped_locales()
    }

    /// True when none of the requested languages is in the content: the
    /// text is English, and the app should say so.
    pub fn fell_back_to_english(&self) -> bool {
        self.now().fell_back_to_english()
    }

    /// How the user's text is laid out.
    pub fn text_direction(&self) -> TextDirection {
        self.now().text_direction()
    }

    /// The locale to ask the phone's text-to-speech engine for.
    pub fn speech_locale(&self) -> String {
        self.now().speech_locale()
    }

    pub fn locales(&self) -> Vec<LocaleInfo> {
        self.now().locales()
    }

    pub fn topics(&self) -> Vec<TopicSummary> {
        self.now().topics()
    }

    pub fn topic(&self, id: String) -> Result<Topic, AmparoError> {
        Ok(self.now().topic(&id)?)
    }

    /// The words to say, in the user's language and `officer_locale`'s
    /// (English when not given).
    #[uniffi::method(default(officer_locale = "en"))]
    pub fn rights_card(
        &self,
        topic_id: String,
        officer_locale: String,
    ) -> Result<RightsCard, AmparoError> {
        Ok(self.now().rights_card(&topic_id, &officer_locale)?)
    }

    pub fn content_info(&self) -> ContentInfo {
        self.now().content_info()
    }

    /// Every law, whole.
    pub fn laws(&self) -> Vec<Law> {
        self.now().laws()
    }

    pub fn law(&self, id: String) -> Result<Law, AmparoError> {
        Ok(self.now().law(&id)?)
    }

    /// The warrant checker's first question; an outcome's words to say
    /// come in the user's language and `officer_locale`'s (usually "en").
    pub fn warrant_check_start(&self, officer_locale: String) -> Result<WarrantStep, AmparoError> {
        Ok(self.now().warrant_check_start(&officer_locale)?)
    }

    /// Answers the question at `state` with a choice's id; the app keeps
    /// the state.
    pub fn warrant_check_answer(
        &self,
        state: String,
        choice: String,
        officer_locale: String,
    ) -> Result<WarrantStep, AmparoError> {
        Ok(self
            .now()
            .warrant_check_answer(&state, &choice, &officer_locale)?)
    }

    /// Searches situations, steps and laws in the current languages; at most
    /// `limit` hits (10 when not given).
    #[uniffi::method(default(limit = 10))]
    pub fn search(&self, text: String, limit: u32) -> Vec<SearchHit> {
        self.now().search(&text, limit)
    }

    /// Where to get help, offline: one call per screen. The query is used
    /// for this call only.
    pub fn find_help(&self, query: HelpQuery) -> Result<HelpAnswer, AmparoError> {
        Ok(self.now().find_help(&query)?)
    }

    /// A message for the app's own screens, with named string arguments
    /// (none when not given).
    #[uniffi::method(default(args))]
    pub fn message(
        &self,
        id: String,
        args: HashMap<String, String>,
    ) -> Result<String, AmparoError> {
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        Ok(self.now().message(&id, &args)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_object_is_shared_safely_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Amparo>();
    }

    #[test]
    fn core_errors_map_to_what_the_app_can_act_on() {
        let err = Amparo::new(vec!["!!".into()]).err();
        assert_eq!(err, Some(AmparoError::InvalidLocale { tag: "!!".into() }));
        let damaged: AmparoError = amparo_core::AmparoError::NotAPack.into();
        assert!(matches!(damaged, AmparoError::ContentUnreadable { .. }));
    }

    #[test]
    fn set_locales_switches_and_a_bad_tag_changes_nothing() -> Result<(), AmparoError> {
        let amparo = Amparo::new(vec!["es-MX".into()])?;
        assert_eq!(amparo.locale_chain(), ["es", "en"]);
        assert!(amparo.set_locales(vec!["??".into()]).is_err());
        assert_eq!(amparo.locale_chain(), ["es", "en"]);
        amparo.set_locales(vec!["en".into()])?;
        assert_eq!(
            amparo
                .rights_card("at-home".into(), "es".into())?
                .title
                .officer,
            "Agentes en su puerta"
        );
        Ok(())
    }

    #[test]
    fn eight_threads_share_one_instance() -> Result<(), AmparoError> {
        let amparo = Amparo::new(vec!["es".into()])?;
        std::thread::scope(|scope| {
            for n in 0..8 {
                let amparo = &amparo;
                scope.spawn(move || {
                    for _ in 0..25 {
                        if n % 2 == 0 {
                            let _ = amparo
                                .set_locales(vec![if n % 4 == 0 { "es" } else { "en" }.into()]);
                        }
                        let card = amparo.rights_card("at-home".into(), "en".into());
                        let title = card.map(|c| c.title.officer).unwrap_or_default();
                        assert_eq!(title, "Agents at your door");
                    }
                });
            }
        });
        Ok(())
    }
}
