//! What can go wrong at run time, one variant per thing a caller can act on.

/// Errors from the [`crate::Amparo`] facade and from reading a pack.
///
/// Messages name the problem and never repeat what was passed in: not a
/// place, not a search, not even a tag or an id (a shell may have taken it
/// from what a person typed, and error messages end up in logs and crash
/// reports). A property test feeds random input to every call and checks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmparoError {
    /// A locale tag that is not BCP-47 (e.g. "!!"). Ask the user again.
    #[error("a language tag is not valid (expected something like `es` or `zh-Hant`)")]
    InvalidLocale,

    /// No topic has this id. Show the topic list instead.
    #[error("there is no such topic")]
    UnknownTopic,

    /// No law has this id. Show the list of laws instead.
    #[error("there is no such law")]
    UnknownLaw,

    /// A warrant-checker state that is not a question (a stale or made-up
    /// state, or answering after the outcome). Start again.
    #[error("that is not a question of the warrant checker; start again")]
    UnknownWarrantState,

    /// The answer is not one of the question's choices. Show the choices
    /// again (the step that asked lists them).
    #[error("that is not one of this question's choices")]
    UnknownWarrantChoice,

    /// No quiz question has this id. Ask for the quiz again.
    #[error("there is no such quiz question")]
    UnknownQuestion,

    /// The answer is not one of the question's choices. Show the choices
    /// again.
    #[error("that is not one of this question's choices")]
    UnknownQuizChoice,

    /// No emergency message of this kind. Show the list of messages.
    #[error("there is no such emergency message")]
    UnknownEmergencyMessage,

    /// A value for something this message does not ask for (its
    /// `variables` list what it asks for). A bug in the calling app.
    #[error("this message does not ask for one of the values given")]
    UnknownMessageValue,

    /// A value longer than a text message can hold well. Ask for a shorter
    /// one; the value itself is never repeated.
    #[error("the value for `{name}` is longer than {limit} characters")]
    ValueTooLong { name: String, limit: u32 },

    /// No message has this id in any locale. A bug in the calling app.
    #[error("there is no such message")]
    UnknownMessage,

    /// A GPS point that cannot be on Earth (NaN, latitude beyond ±90,
    /// longitude beyond ±180). Like every place error, it never repeats the
    /// place: error messages may end up in logs.
    #[error("those coordinates are not a valid place on Earth")]
    InvalidCoordinates,

    /// Not a ZIP code: 5 digits, or ZIP+4 like 90012-3456.
    #[error("a ZIP code has 5 digits, or 5 digits, a dash and 4 digits (ZIP+4)")]
    InvalidZip,

    /// A well-formed ZIP in no state the content knows (its first three
    /// digits are not a prefix of the 50 states or DC).
    #[error("Amparo does not know that ZIP code: it knows those of the 50 states and DC")]
    UnknownZip,

    /// No county by that name in the covered area.
    #[error("no county by that name in the area this content covers")]
    UnknownCounty,

    /// No city by that name in the covered area.
    #[error("no city by that name in the area this content covers")]
    UnknownCity,

    /// Not a US state or DC (a two-letter code, "us-xx", or a name).
    #[error("that is not a US state (use a two-letter code such as `CA`)")]
    UnknownState,

    /// A time that is not a weekday and a time of day ("Mon 22:30").
    #[error("a time is a weekday and a time of day, like `Mon 22:30`")]
    InvalidTime,

    /// The bytes are not an Amparo content pack at all.
    #[error("this is not an Amparo content pack")]
    NotAPack,

    /// A pack written for a newer (or older) app. Keep using the current pack.
    #[error("this content pack has format {found}; this app reads format {supported}")]
    UnsupportedPackFormat { found: u16, supported: u16 },

    /// The pack is damaged or cut short. Keep using the current pack.
    #[error("the content pack is damaged: {reason}")]
    CorruptPack { reason: String },

    /// Larger than any genuine pack; refused before it was read.
    #[error("the content pack is larger than {limit_bytes} bytes, more than any genuine pack")]
    PackTooLarge { limit_bytes: u64 },

    /// Signed by a key this app does not trust (or not signed at all):
    /// possibly a fake. Keep using the current pack.
    #[error("the content pack is signed with an unknown key")]
    UnknownKey,

    /// The signature does not hold: the pack was altered after signing.
    #[error("the content pack's signature does not match its content: it was altered")]
    BadSignature,

    /// Not newer than the content in use (or than the newest ever
    /// installed): an old pack, or the same one again. Nothing changed.
    #[error(
        "this content pack (version {offered}) is not newer than the content in use (version {in_use})"
    )]
    NotNewer { offered: u64, in_use: u64 },

    /// Made for a newer version of the app: update the app first.
    #[error("this content pack needs app version {required} or newer")]
    NeedsNewerApp { required: String },

    /// Lacks languages the app's own content has: installing it would take
    /// text away from someone.
    #[error("this content pack lacks languages the app has: {}", missing.join(", "))]
    FewerLanguages { missing: Vec<String> },

    /// The data folder could not be read or written; the content in use is
    /// unchanged.
    #[error("the app's data folder could not be used: {reason}")]
    Storage { reason: String },

    /// Installing needs a data folder, and this instance was opened
    /// without one.
    #[error("this Amparo was opened without a data folder, so it cannot install packs")]
    NoDataFolder,
}

impl From<amparo_model::PackError> for AmparoError {
    fn from(err: amparo_model::PackError) -> Self {
        use amparo_model::PackError;
        match err {
            PackError::NotAPack => AmparoError::NotAPack,
            PackError::UnsupportedPackFormat { found, supported } => {
                AmparoError::UnsupportedPackFormat { found, supported }
            }
            PackError::CorruptPack { reason } => AmparoError::CorruptPack { reason },
            PackError::PackTooLarge { limit_bytes } => AmparoError::PackTooLarge { limit_bytes },
        }
    }
}
