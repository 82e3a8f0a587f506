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

mod copies;
mod records;

use records::{DetentionAnswer, HelpAnswer};

use amparo_core::{
    AnswerCheck, ContentInfo, EmergencyMessage, EmergencyTemplate, FamilyPlan, HelpQuery, Law,
    LocaleInfo, PackRef, PolicyTable, Quiz, RightsCard, SearchHit, Topic, TopicSummary,
    WarrantStep,
};

uniffi::setup_scaffolding!("amparo");

/// What went wrong, one variant per thing the calling app can act on. Each
/// carries its message in the user's language, ready to show (Kotlin's
/// `message`, Swift's `localizedDescription`, Python's `str(e)`); it never
/// repeats what the person typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum AmparoError {
    /// A language tag that could not be read (e.g. "!!"): ask again.
    #[error("{0}")]
    InvalidLocale(String),
    /// No topic has this id: show the topic list.
    #[error("{0}")]
    UnknownTopic(String),
    /// No message has this id: a bug in the calling app.
    #[error("{0}")]
    UnknownMessage(String),
    /// No quiz question has this id: ask for the quiz again.
    #[error("{0}")]
    UnknownQuestion(String),
    /// An answer that is not one of the quiz question's choices: ask again.
    #[error("{0}")]
    UnknownQuizChoice(String),
    /// No emergency message of this kind: show `emergencyTemplates()`.
    #[error("{0}")]
    UnknownEmergencyMessage(String),
    /// A value the emergency message does not ask for: a bug in the calling app.
    #[error("{0}")]
    UnknownMessageValue(String),
    /// A value longer than `EMERGENCY_VALUE_LIMIT` characters: ask for a shorter one.
    #[error("{0}")]
    ValueTooLong(String),
    /// No law has this id: show the list of laws.
    #[error("{0}")]
    UnknownLaw(String),
    /// A warrant-checker state that is not a question: start again.
    #[error("{0}")]
    UnknownWarrantState(String),
    /// An answer that is not one of the question's choices: ask again.
    #[error("{0}")]
    UnknownWarrantChoice(String),
    /// GPS coordinates that are not a place on Earth (NaN, out of range).
    #[error("{0}")]
    InvalidCoordinates(String),
    /// Not a ZIP code (5 digits, or ZIP+4).
    #[error("{0}")]
    InvalidZip(String),
    /// A ZIP code the content does not know: ask for a county or use GPS.
    #[error("{0}")]
    UnknownZip(String),
    /// No such county in the covered area: show the list.
    #[error("{0}")]
    UnknownCounty(String),
    /// No such city in the covered area.
    #[error("{0}")]
    UnknownCity(String),
    /// Not a US state (a two-letter code, "us-xx" or a name): ask again.
    #[error("{0}")]
    UnknownState(String),
    /// A local time outside 00:00–23:59.
    #[error("{0}")]
    InvalidTime(String),
    /// The file is not an Amparo content pack. Nothing changed.
    #[error("{0}")]
    NotAPack(String),
    /// A pack of a format this library does not read. Nothing changed.
    #[error("{0}")]
    UnsupportedPackFormat(String),
    /// A damaged or cut-short pack. Nothing changed.
    #[error("{0}")]
    CorruptPack(String),
    /// A pack larger than any genuine one (32 MiB), refused unread. Nothing changed.
    #[error("{0}")]
    PackTooLarge(String),
    /// A pack signed by a key the app does not trust, or unsigned: possibly fake. Nothing changed.
    #[error("{0}")]
    UnknownKey(String),
    /// A pack altered after it was signed: possibly fake. Nothing changed.
    #[error("{0}")]
    BadSignature(String),
    /// A pack not newer than the content in use or ever installed (an old one, or the same again). Nothing changed.
    #[error("{0}")]
    NotNewer(String),
    /// A pack made for a newer app: update the app. Nothing changed.
    #[error("{0}")]
    NeedsNewerApp(String),
    /// A pack lacking languages the app's own content has. Nothing changed.
    #[error("{0}")]
    FewerLanguages(String),
    /// The data folder could not be read or written; the content in use still works.
    #[error("{0}")]
    Storage(String),
    /// Installing needs an Amparo opened with a data folder (`with_data_folder`).
    #[error("{0}")]
    NoDataFolder(String),
}

/// The FFI error for a core error, its message in `amparo`'s languages.
fn error(amparo: &amparo_core::Amparo, err: amparo_core::AmparoError) -> AmparoError {
    use amparo_core::AmparoError as Core;
    let message = amparo.error_message(&err);
    match err {
        Core::InvalidLocale => AmparoError::InvalidLocale(message),
        Core::UnknownTopic => AmparoError::UnknownTopic(message),
        Core::UnknownMessage => AmparoError::UnknownMessage(message),
        Core::UnknownLaw => AmparoError::UnknownLaw(message),
        Core::UnknownWarrantState => AmparoError::UnknownWarrantState(message),
        Core::UnknownWarrantChoice => AmparoError::UnknownWarrantChoice(message),
        Core::UnknownQuestion => AmparoError::UnknownQuestion(message),
        Core::UnknownQuizChoice => AmparoError::UnknownQuizChoice(message),
        Core::UnknownEmergencyMessage => AmparoError::UnknownEmergencyMessage(message),
        Core::UnknownMessageValue => AmparoError::UnknownMessageValue(message),
        Core::ValueTooLong { .. } => AmparoError::ValueTooLong(message),
        Core::InvalidCoordinates => AmparoError::InvalidCoordinates(message),
        Core::InvalidZip => AmparoError::InvalidZip(message),
        Core::UnknownZip => AmparoError::UnknownZip(message),
        Core::UnknownCounty => AmparoError::UnknownCounty(message),
        Core::UnknownCity => AmparoError::UnknownCity(message),
        Core::UnknownState => AmparoError::UnknownState(message),
        Core::InvalidTime => AmparoError::InvalidTime(message),
        Core::NotAPack => AmparoError::NotAPack(message),
        Core::UnsupportedPackFormat { .. } => AmparoError::UnsupportedPackFormat(message),
        Core::CorruptPack { .. } => AmparoError::CorruptPack(message),
        Core::PackTooLarge { .. } => AmparoError::PackTooLarge(message),
        Core::UnknownKey => AmparoError::UnknownKey(message),
        Core::BadSignature => AmparoError::BadSignature(message),
        Core::NotNewer { .. } => AmparoError::NotNewer(message),
        Core::NeedsNewerApp { .. } => AmparoError::NeedsNewerApp(message),
        Core::FewerLanguages { .. } => AmparoError::FewerLanguages(message),
        Core::Storage { .. } => AmparoError::Storage(message),
        Core::NoDataFolder => AmparoError::NoDataFolder(message),
    }
}

/// English messages for errors raised before any instance exists.
fn english_error(err: amparo_core::AmparoError) -> AmparoError {
    match embedded() {
        Ok(english) => error(&english, err),
        Err(damaged) => damaged,
    }
}

/// Amparo over the content embedded in the app, or the newest signed pack
/// installed in the app's data folder, seen through the user's preferred
/// languages. Safe to share between threads.
#[derive(uniffi::Object)]
pub struct Amparo {
    current: RwLock<amparo_core::Amparo>,
}

/// The embedded content, opened once per process and shared by every
/// `Amparo` object (only its header is read; parts decode on first use).
fn embedded() -> Result<amparo_core::Amparo, AmparoError> {
    static EMBEDDED: OnceLock<Result<amparo_core::Amparo, String>> = OnceLock::new();
    EMBEDDED
        .get_or_init(|| {
            amparo_core::Amparo::open_embedded(amparo_content::default_pack(), &["en"])
                .map_err(|err| err.to_string())
        })
        .clone()
        // The embedded pack is checked at build time; should it still not
        // open, say so in English: there is no catalog to word it.
        .map_err(AmparoError::CorruptPack)
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

    /// Runs a query on a snapshot, its error worded in the user's language.
    fn answer<T>(
        &self,
        query: impl FnOnce(&amparo_core::Amparo) -> Result<T, amparo_core::AmparoError>,
    ) -> Result<T, AmparoError> {
        let now = self.now();
        query(&now).map_err(|err| error(&now, err))
    }

    /// Changes the state under the write lock, so concurrent changes never
    /// undo each other; on error the core changes nothing.
    fn change<T>(
        &self,
        change: impl FnOnce(&mut amparo_core::Amparo) -> Result<T, amparo_core::AmparoError>,
    ) -> Result<T, AmparoError> {
        let mut current = self.current.write().unwrap_or_else(PoisonError::into_inner);
        change(&mut current).map_err(|err| error(&current, err))
    }

    fn wrap(core: amparo_core::Amparo) -> Arc<Self> {
        Arc::new(Self {
            current: RwLock::new(core),
        })
    }
}

#[uniffi::export]
impl Amparo {
    /// Opens the embedded content for `preferred_locales` (BCP-47 tags, most
    /// preferred first, e.g. the phone's language list).
    #[uniffi::constructor]
    pub fn new(preferred_locales: Vec<String>) -> Result<Arc<Self>, AmparoError> {
        let mut core = embedded()?;
        core.set_locales(&preferred_locales)
            .map_err(|err| error(&core, err))?;
        Ok(Self::wrap(core))
    }

    /// Opens the newest content there is: the signed pack installed in
    /// `data_folder` (the app's private files folder, e.g. Android's
    /// `filesDir`, iOS's Application Support) if it is genuine and newer,
    /// else the embedded content. Enables `install_pack`. An unreadable
    /// folder is not an error: the embedded content answers.
    #[uniffi::constructor]
    pub fn with_data_folder(
        data_folder: String,
        preferred_locales: Vec<String>,
    ) -> Result<Arc<Self>, AmparoError> {
        let storage = Arc::new(amparo_core::install::Folder::new(data_folder));
        amparo_core::Amparo::open_with_data_folder(
            amparo_content::default_pack(),
            storage,
            amparo_core::trust::TrustedKeys::built_in(),
            &preferred_locales,
        )
        .map(Self::wrap)
        .map_err(english_error)
    }

    /// Opens a signed pack file's bytes without installing it (to preview
    /// a pack received at a training, say). Refused unless a built-in key
    /// signed it and every part of it reads.
    #[uniffi::constructor]
    pub fn from_pack_file(
        pack: Vec<u8>,
        preferred_locales: Vec<String>,
    ) -> Result<Arc<Self>, AmparoError> {
        amparo_core::Amparo::open_pack_file(
            pack,
            &amparo_core::trust::TrustedKeys::built_in(),
            &preferred_locales,
        )
        .map(Self::wrap)
        .map_err(english_error)
    }

    /// Installs a pack file received from anywhere (a share sheet, AirDrop,
    /// an SD card) into the data folder, and answers from it from now on.
    /// Refused, changing nothing on disk or here, unless a built-in key
    /// signed it, it reads whole, it is newer than any content used before
    /// and it keeps every language of the embedded content.
    pub fn install_pack(&self, pack: Vec<u8>) -> Result<PackRef, AmparoError> {
        self.change(|amparo| amparo.install_pack(pack))
    }

    /// Removes the installed pack and goes back to the embedded content;
    /// an older pack than the one forgotten is still refused.
    pub fn forget_installed(&self) -> Result<PackRef, AmparoError> {
        self.change(amparo_core::Amparo::forget_installed)
    }

    /// Which pack the answers come from.
    pub fn pack(&self) -> PackRef {
        self.now().pack()
    }

    /// Switches languages. On error nothing changes.
    pub fn set_locales(&self, preferred_locales: Vec<String>) -> Result<(), AmparoError> {
        self.change(|amparo| amparo.set_locales(&preferred_locales))
    }

    /// Chooses the state whose content to show ("CT", "us-ct",
    /// "Connecticut"), or none for every state's. On error nothing changes.
    pub fn set_state(&self, state: Option<String>) -> Result<(), AmparoError> {
        self.change(|amparo| amparo.set_state(state.as_deref()))
    }

    /// The two-letter code of the state with content a point is in, or
    /// `None` outside them. The point is used for this call only.
    pub fn state_at(&self, latitude: f64, longitude: f64) -> Result<Option<String>, AmparoError> {
        self.answer(|amparo| amparo.state_at(latitude, longitude))
    }

    /// The chosen state's two-letter code, if any.
    pub fn state(&self) -> Option<String> {
        self.now().state()
    }

    /// Any state's laws the content has: a covered state's whole records,
    /// another state's statewide laws from the research.
    pub fn laws_of_state(&self, state: String) -> Result<Vec<Law>, AmparoError> {
        self.answer(|amparo| amparo.laws_of_state(&state))
    }

    /// Every county of a state with its local policy, or "no local policy
    /// found".
    pub fn local_policies(
        &self,
        state: String,
        include_low_confidence: bool,
    ) -> Result<PolicyTable, AmparoError> {
        self.answer(|amparo| amparo.local_policies(&state, include_low_confidence))
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
            _ => {
                let now = self.now();
                return Err(error(&now, amparo_core::AmparoError::InvalidCoordinates));
            }
        };
        self.answer(|amparo| amparo.detention_facilities(&state, near))
            .map(DetentionAnswer::from)
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
        // The core shares its topic pages; a record is handed over as a copy.
        self.answer(|amparo| amparo.topic(&id).map(|page| Topic::clone(&page)))
    }

    /// The words to say, in the user's language and `officer_locale`'s
    /// (English when not given).
    #[uniffi::method(default(officer_locale = "en"))]
    pub fn rights_card(
        &self,
        topic_id: String,
        officer_locale: String,
    ) -> Result<RightsCard, AmparoError> {
        self.answer(|amparo| amparo.rights_card(&topic_id, &officer_locale))
    }

    /// The training quiz of situation `topic_id` (its questions that apply
    /// in the chosen state), without the answers.
    pub fn quiz(&self, topic_id: String) -> Result<Quiz, AmparoError> {
        self.answer(|amparo| amparo.quiz(&topic_id))
    }

    /// Whether `choice` is the right answer to `question_id`, the right
    /// choice, and why, with sources. The core keeps no score.
    pub fn check_answer(
        &self,
        question_id: String,
        choice: String,
    ) -> Result<AnswerCheck, AmparoError> {
        self.answer(|amparo| amparo.check_answer(&question_id, &choice))
    }

    /// The family preparedness plan, as a form to fill in by hand.
    pub fn family_plan(&self) -> FamilyPlan {
        self.now().family_plan()
    }

    /// The emergency text messages a person can prepare.
    pub fn emergency_templates(&self) -> Vec<EmergencyTemplate> {
        self.now().emergency_templates()
    }

    /// Emergency message `kind` filled in with `values` (variable name to
    /// value), in the user's language and in English. Values not given stay
    /// blank (`____`); the app sends the text, the core sends and keeps
    /// nothing.
    pub fn emergency_message(
        &self,
        kind: String,
        values: HashMap<String, String>,
    ) -> Result<EmergencyMessage, AmparoError> {
        let mut pairs: Vec<(&str, &str)> = values
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        // A map has no order; sorted, the same values give the same answer.
        pairs.sort_unstable();
        self.answer(|amparo| amparo.emergency_message(&kind, &pairs))
    }

    /// What content this is. `today` (YYYY-MM-DD, the phone's date; the
    /// core has no clock) says whether it is past its `stale_after` day.
    #[uniffi::method(default(today = None))]
    pub fn content_info(&self, today: Option<String>) -> ContentInfo {
        self.now().content_info(today.as_deref())
    }

    /// Every law, whole.
    pub fn laws(&self) -> Vec<Law> {
        self.now().laws()
    }

    pub fn law(&self, id: String) -> Result<Law, AmparoError> {
        self.answer(|amparo| amparo.law(&id))
    }

    /// The warrant checker's first question; an outcome's words to say
    /// come in the user's language and `officer_locale`'s (usually "en").
    pub fn warrant_check_start(&self, officer_locale: String) -> Result<WarrantStep, AmparoError> {
        self.answer(|amparo| amparo.warrant_check_start(&officer_locale))
    }

    /// Answers the question at `state` with a choice's id; the app keeps
    /// the state.
    pub fn warrant_check_answer(
        &self,
        state: String,
        choice: String,
        officer_locale: String,
    ) -> Result<WarrantStep, AmparoError> {
        self.answer(|amparo| amparo.warrant_check_answer(&state, &choice, &officer_locale))
    }

    /// Searches situations, steps and laws in the current languages; at most
    /// `limit` hits (10 when not given).
    #[uniffi::method(default(limit = 10))]
    pub fn search(&self, text: String, limit: i32) -> Vec<SearchHit> {
        self.now().search(&text, limit)
    }

    /// Where to get help, offline: one call per screen. The query is used
    /// for this call only.
    pub fn find_help(&self, query: HelpQuery) -> Result<HelpAnswer, AmparoError> {
        self.answer(|amparo| amparo.find_help(&query))
            .map(HelpAnswer::from)
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
        self.answer(|amparo| amparo.message(&id, &args))
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
        let Some(AmparoError::InvalidLocale(message)) = err else {
            panic!("expected InvalidLocale, got {err:?}");
        };
        assert!(
            !message.contains("!!"),
            "the message repeats the tag: {message}"
        );
        assert_eq!(
            message,
            "That language setting cannot be read. Choose a language from the list."
        );
        let spanish = Amparo::new(vec!["es".into()]).map(|a| a.now());
        let Ok(spanish) = spanish else {
            panic!("Spanish opens");
        };
        let damaged = error(&spanish, amparo_core::AmparoError::NotAPack);
        let AmparoError::NotAPack(message) = damaged else {
            panic!("expected NotAPack, got {damaged:?}");
        };
        assert!(message.starts_with("Este archivo"), "{message}");
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
