//! Errors in words: each error's message from the catalog, in the user's
//! language, for shells to show as is.

use crate::error::AmparoError;
use crate::messages;

use super::Amparo;

impl Amparo {
    /// What went wrong, in the user's language, in words they can act on.
    /// Never repeats what the person typed (a rejected tag, ZIP or place).
    pub fn error_message(&self, err: &AmparoError) -> String {
        use AmparoError as E;
        let id = match err {
            E::InvalidLocale => messages::ERROR_INVALID_LOCALE,
            E::UnknownTopic => messages::ERROR_UNKNOWN_TOPIC,
            E::UnknownLaw => messages::ERROR_UNKNOWN_LAW,
            E::UnknownWarrantState => messages::ERROR_UNKNOWN_WARRANT_STATE,
            E::UnknownWarrantChoice => messages::ERROR_UNKNOWN_WARRANT_CHOICE,
            E::UnknownQuestion => messages::ERROR_UNKNOWN_QUESTION,
            E::UnknownQuizChoice => messages::ERROR_UNKNOWN_QUIZ_CHOICE,
            E::UnknownEmergencyMessage => messages::ERROR_UNKNOWN_EMERGENCY_MESSAGE,
            E::UnknownMessageValue => messages::ERROR_UNKNOWN_MESSAGE_VALUE,
            E::ValueTooLong { limit, .. } => {
                let limit = limit.to_string();
                return self.text_with(messages::ERROR_VALUE_TOO_LONG, &[("limit", &limit)]);
            }
            E::UnknownMessage => messages::ERROR_UNKNOWN_MESSAGE,
            E::InvalidCoordinates => messages::ERROR_INVALID_COORDINATES,
            E::InvalidZip => messages::ERROR_INVALID_ZIP,
            E::UnknownZip => messages::ERROR_UNKNOWN_ZIP,
            E::UnknownCounty => messages::ERROR_UNKNOWN_COUNTY,
            E::UnknownCity => messages::ERROR_UNKNOWN_CITY,
            E::UnknownState => messages::ERROR_UNKNOWN_STATE,
            E::InvalidTime => messages::ERROR_INVALID_TIME,
            E::NotAPack => messages::ERROR_NOT_A_PACK,
            E::UnsupportedPackFormat { .. } => messages::ERROR_UNSUPPORTED_PACK_FORMAT,
            E::CorruptPack { .. } => messages::ERROR_CORRUPT_PACK,
            E::PackTooLarge { .. } => messages::ERROR_PACK_TOO_LARGE,
            E::UnknownKey => messages::ERROR_UNKNOWN_KEY,
            E::BadSignature => messages::ERROR_BAD_SIGNATURE,
            E::NotNewer { offered, in_use } => {
                let (offered, in_use) = (offered.to_string(), in_use.to_string());
                return self.text_with(
                    messages::ERROR_NOT_NEWER,
                    &[("offered", &offered), ("in_use", &in_use)],
                );
            }
            E::NeedsNewerApp { required } => {
                return self.text_with(messages::ERROR_NEEDS_NEWER_APP, &[("required", required)]);
            }
            E::FewerLanguages { missing } => {
                let missing = missing.join(", ");
                return self.text_with(messages::ERROR_FEWER_LANGUAGES, &[("missing", &missing)]);
            }
            E::Storage { .. } => messages::ERROR_STORAGE,
            E::NoDataFolder => messages::ERROR_NO_DATA_FOLDER,
        };
        self.text(id)
    }
}
