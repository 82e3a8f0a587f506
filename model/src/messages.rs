//! Every Fluent message the run time shows by name, declared once.
//!
//! Content refers to its own messages by id, and the compiler checks those.
//! The ids here are the others: labels, notices and words the core itself
//! picks (a law's status, a hotline's kind, the warrant checker's advice, the
//! finder's notices). The compiler requires each one in English with a
//! value, so no pack can show a person a raw id such as `finder-outside`.
//! Code uses the constants, never a string literal, so a new id cannot be
//! shown without being declared here.

use crate::model::{
    Caution, Confidence, CooperationEffect, Cost, FacilityKind, FacilityStatus, HotlineKind,
    LawStatus, LegalReview, PolicyCategory, PolicyStatus, Reporter, Service, TimeZone,
    WarrantAdvice,
};

macro_rules! registry {
    ($($(#[$doc:meta])* $name:ident = $id:literal;)*) => {
        $($(#[$doc])* pub const $name: &str = $id;)*
        /// All of them, for the compiler's check.
        pub const ALL: &[&str] = &[$($id),*];
    };
}

registry! {
    /// The first line of every rights card, for the officer.
    CARD_HEADING = "card-heading";
    LEGAL_REVIEW_UNREVIEWED = "legal-review-unreviewed";
    LEGAL_REVIEW_LAWYER_REVIEWED = "legal-review-lawyer-reviewed";
    LABEL_SAY = "label-say";
    LABEL_WHY = "label-why";
    LABEL_SOURCES = "label-sources";
    LABEL_CHECKED = "label-checked";
    /// Shown with a point whose sources are all weak.
    CAVEAT_WEAK_SOURCES = "caveat-weak-sources";

    LAW_STATUS_IN_FORCE = "law-status-in-force";
    LAW_STATUS_DID_NOT_PASS = "law-status-did-not-pass";
    LAW_STATUS_VETOED = "law-status-vetoed";
    LAW_STATUS_IN_COURT = "law-status-in-court";
    LAW_STATUS_BLOCKED = "law-status-blocked";
    LAW_STATUS_SUPERSEDED = "law-status-superseded";
    LAW_STATUS_UNCONFIRMED = "law-status-unconfirmed";
    LAW_EFFECT_LIMITS = "law-effect-limits-cooperation";
    LAW_EFFECT_MANDATES = "law-effect-mandates-cooperation";
    LAW_EFFECT_OTHER = "law-effect-other";
    /// `$state`: a state's name.
    SCOPE_ONLY_IN = "scope-only-in";

    HOTLINE_KIND_RAPID_RESPONSE = "hotline-kind-rapid-response";
    HOTLINE_KIND_DETENTION_INFO = "hotline-kind-detention-info";
    HOTLINE_KIND_COURT_INFO = "hotline-kind-court-info";
    HOTLINE_KIND_LAWYER_REFERRAL = "hotline-kind-lawyer-referral";
    HOTLINE_KIND_REFERRAL = "hotline-kind-referral";
    HOTLINE_KIND_LEGAL_AID = "hotline-kind-legal-aid";
    HOTLINE_OPERATOR_GOVERNMENT = "hotline-operator-government";
    /// `$area`: the area's name.
    HOTLINE_AREA = "hotline-area";
    HOTLINE_CONFLICT = "hotline-conflict";

    /// `$year`: the year of the newest dated source.
    NUMBER_NOT_CONFIRMED = "number-not-confirmed";
    NUMBER_NOT_CONFIRMED_UNDATED = "number-not-confirmed-undated";
    /// `$date`: the day of the call.
    NUMBER_CONFIRMED = "number-confirmed";
    NUMBER_LOW_CONFIDENCE = "number-low-confidence";
    /// `$extension`.
    NUMBER_EXTENSION = "number-extension";
    NUMBER_TAKES_TEXTS = "number-takes-texts";
    CONFIDENCE_HIGH = "confidence-high";
    CONFIDENCE_MEDIUM = "confidence-medium";
    CONFIDENCE_LOW = "confidence-low";

    HOURS_ALWAYS = "hours-always";
    /// `$first`, `$last`: weekday names.
    HOURS_DAYS_RANGE = "hours-days-range";
    /// `$days`, `$times`: the spans of those days.
    HOURS_RULE = "hours-rule";
    /// `$opens`, `$closes`.
    HOURS_SPAN = "hours-span";
    /// `$hours`, `$zone`.
    HOURS_IN_ZONE = "hours-in-zone";
    HOURS_LIST_SEPARATOR = "hours-list-separator";
    HOURS_RULES_SEPARATOR = "hours-rules-separator";
    HOURS_OPEN_NOW = "hours-open-now";
    HOURS_CLOSED_NOW = "hours-closed-now";
    TIME_ZONE_PACIFIC = "time-zone-pacific";
    TIME_ZONE_EASTERN = "time-zone-eastern";
    WEEKDAY_MONDAY = "weekday-monday";
    WEEKDAY_TUESDAY = "weekday-tuesday";
    WEEKDAY_WEDNESDAY = "weekday-wednesday";
    WEEKDAY_THURSDAY = "weekday-thursday";
    WEEKDAY_FRIDAY = "weekday-friday";
    WEEKDAY_SATURDAY = "weekday-saturday";
    WEEKDAY_SUNDAY = "weekday-sunday";

    FINDER_NO_LOCAL_LINE = "finder-no-local-line";
    FINDER_OUTSIDE = "finder-outside";
    /// `$state`: the state's name.
    FINDER_OTHER_STATE = "finder-other-state";
    FINDER_LOCATION_CITY = "finder-location-city";
    FINDER_LOCATION_COUNTY = "finder-location-county";
    FINDER_LOCATION_ZIP = "finder-location-zip";
    /// `$county`.
    NEARBY_SHARED_ZIP = "nearby-shared-zip";
    NEARBY_SHARED_CITY = "nearby-shared-city";
    /// `$county`, `$km`.
    NEARBY_NEAR_BORDER = "nearby-near-border";
    NEARBY_NEAREST = "nearby-nearest";
    /// `$county`, `$former`: a former county's name.
    NEARBY_FORMER_COUNTY = "nearby-former-county";

    /// `$date`, `$who`, `$policy`.
    LOCAL_POLICY_AS_OF = "local-policy-as-of";
    /// `$who`, `$policy`: when no source shows a date.
    LOCAL_POLICY_UNDATED = "local-policy-undated";
    LOCAL_POLICY_REMINDER = "local-policy-reminder";
    LOCAL_POLICY_NONE_FOUND = "local-policy-none-found";
    /// `$count`: low-confidence local records left out of a table row.
    LOCAL_POLICY_HIDDEN_LOW = "local-policy-hidden-low";
    POLICY_CATEGORY_LIMITS = "policy-category-limits-beyond-state-law";
    POLICY_CATEGORY_FOLLOWS = "policy-category-follows-state-law";
    POLICY_CATEGORY_HELPS = "policy-category-helps-ice-within-state-law";
    POLICY_CATEGORY_RELEASE_DATES = "policy-category-publishes-release-dates";
    POLICY_CATEGORY_OPPOSES = "policy-category-opposes-state-law";
    POLICY_CATEGORY_NONE = "policy-category-no-local-policy-found";
    POLICY_STATUS_IN_FORCE = "policy-status-in-force";
    POLICY_STATUS_CHALLENGED = "policy-status-challenged";
    POLICY_STATUS_ADOPTED_NOT_FINAL = "policy-status-adopted-not-final";
    POLICY_STATUS_REPEALED = "policy-status-repealed";
    POLICY_STATUS_ENDED = "policy-status-ended";
    POLICY_STATUS_SYMBOLIC = "policy-status-symbolic";
    POLICY_STATUS_UNCONFIRMED = "policy-status-unconfirmed";
    REPORTED_BY_OFFICIAL_RECORDS = "reported-by-official-records";
    REPORTED_BY_NEWS = "reported-by-news-reports";
    REPORTED_BY_SHERIFF = "reported-by-the-sheriff";
    REPORTED_BY_ADVOCATES = "reported-by-advocates";
    REPORTED_BY_ONE_SOURCE = "reported-by-one-secondary-source";

    FACILITY_KIND_PROCESSING_CENTER = "facility-kind-processing-center";
    FACILITY_KIND_DETENTION_CENTER = "facility-kind-detention-center";
    FACILITY_KIND_ANNEX = "facility-kind-annex";
    FACILITY_KIND_COUNTY_JAIL = "facility-kind-county-jail";
    FACILITY_KIND_CITY_JAIL = "facility-kind-city-jail";
    FACILITY_STATUS_OPERATING = "facility-status-operating";
    FACILITY_STATUS_CLOSED = "facility-status-closed";
    FACILITY_STATUS_UNCERTAIN = "facility-status-uncertain";
    /// Shown with every list of facilities.
    DETENTION_NOTICE = "detention-notice";

    SERVICE_LEGAL_AID = "service-legal-aid";
    SERVICE_DEPORTATION_DEFENSE = "service-deportation-defense";
    SERVICE_RAPID_RESPONSE = "service-rapid-response";
    SERVICE_LAWYER_REFERRAL = "service-lawyer-referral";
    SERVICE_DETENTION_SUPPORT = "service-detention-support";
    SERVICE_CHILDREN = "service-children";
    SERVICE_VICTIMS = "service-victims";
    COST_FREE = "cost-free";
    COST_LOW_COST = "cost-low-cost";
    COST_UNKNOWN = "cost-unknown";
    CAUTION_THIRD_PARTY_PARSE = "caution-third-party-parse";
    CAUTION_SINGLE_SOURCE = "caution-single-source";
    CAUTION_RECOGNITION_RENEWAL = "caution-recognition-renewal-pending";
    CAUTION_TWO_NUMBERS = "caution-two-numbers";
    CAUTION_AREA_CODE = "caution-area-code-mismatch";
    CAUTION_GOVERNMENT_OFFICE = "caution-government-office";
    CAUTION_MERGED_OFFICES = "caution-merged-offices";
    CAUTION_REFERRAL_ONLY = "caution-referral-only";
    CAUTION_LIMITED_ELIGIBILITY = "caution-limited-eligibility";
    CAUTION_NO_PHONE = "caution-no-phone-found";


    WARRANT_ADVICE_KEEP_DOOR_CLOSED = "warrant-advice-keep-door-closed";
    WARRANT_ADVICE_DO_NOT_CONSENT = "warrant-advice-do-not-consent";
    WARRANT_ADVICE_DO_NOT_RESIST = "warrant-advice-do-not-resist";
    WARRANT_ADVICE_STAY_SILENT = "warrant-advice-stay-silent";
    WARRANT_ADVICE_ASK_FOR_LAWYER = "warrant-advice-ask-for-lawyer";
    WARRANT_ADVICE_DO_NOT_SIGN = "warrant-advice-do-not-sign";
    WARRANT_ADVICE_NOTE_DETAILS = "warrant-advice-note-details";
    WARRANT_ADVICE_CALL_RAPID_RESPONSE = "warrant-advice-call-rapid-response";

    /// What went wrong, one message per error variant (`locales/en/errors.ftl`).
    ERROR_INVALID_LOCALE = "error-invalid-locale";
    ERROR_UNKNOWN_TOPIC = "error-unknown-topic";
    ERROR_UNKNOWN_LAW = "error-unknown-law";
    ERROR_UNKNOWN_WARRANT_STATE = "error-unknown-warrant-state";
    ERROR_UNKNOWN_WARRANT_CHOICE = "error-unknown-warrant-choice";
    ERROR_UNKNOWN_MESSAGE = "error-unknown-message";
    ERROR_UNKNOWN_QUESTION = "error-unknown-question";
    ERROR_UNKNOWN_QUIZ_CHOICE = "error-unknown-quiz-choice";
    ERROR_UNKNOWN_EMERGENCY_MESSAGE = "error-unknown-emergency-message";
    ERROR_UNKNOWN_MESSAGE_VALUE = "error-unknown-message-value";
    /// `$limit`: the most characters a value may have.
    ERROR_VALUE_TOO_LONG = "error-value-too-long";
    ERROR_INVALID_COORDINATES = "error-invalid-coordinates";
    ERROR_INVALID_ZIP = "error-invalid-zip";
    ERROR_UNKNOWN_ZIP = "error-unknown-zip";
    ERROR_UNKNOWN_COUNTY = "error-unknown-county";
    ERROR_UNKNOWN_CITY = "error-unknown-city";
    ERROR_UNKNOWN_STATE = "error-unknown-state";
    ERROR_INVALID_TIME = "error-invalid-time";
    ERROR_NOT_A_PACK = "error-not-a-pack";
    ERROR_UNSUPPORTED_PACK_FORMAT = "error-unsupported-pack-format";
    ERROR_CORRUPT_PACK = "error-corrupt-pack";
    ERROR_PACK_TOO_LARGE = "error-pack-too-large";
    ERROR_UNKNOWN_KEY = "error-unknown-key";
    ERROR_BAD_SIGNATURE = "error-bad-signature";
    ERROR_NOT_NEWER = "error-not-newer";
    ERROR_NEEDS_NEWER_APP = "error-needs-newer-app";
    ERROR_FEWER_LANGUAGES = "error-fewer-languages";
    ERROR_STORAGE = "error-storage";
    ERROR_NO_DATA_FOLDER = "error-no-data-folder";

    /// Printed cards and booklets (`locales/en/export.ftl`).
    EXPORT_CARDS_TITLE = "export-cards-title";
    EXPORT_CARDS_HOW = "export-cards-how";
    EXPORT_BOOKLET_TITLE = "export-booklet-title";
    EXPORT_LAWS = "export-laws";
    EXPORT_DO_NOT = "export-do-not";
    EXPORT_HELP_NEAR = "export-help-near";
    EXPORT_LINES = "export-lines";
    EXPORT_POLICY = "export-policy";
    EXPORT_DETENTION = "export-detention";
    EXPORT_FOOTER = "export-footer";
    EXPORT_QUIZ_ANSWERS = "export-quiz-answers";

    /// The training quiz (the CLI's `train`, the printed handout).
    TRAIN_TITLE = "train-title";
    /// `$number`, `$total`.
    TRAIN_QUESTION = "train-question";
    TRAIN_PROMPT = "train-prompt";
    TRAIN_RIGHT = "train-right";
    /// `$answer`: the right choice's letter and words.
    TRAIN_WRONG = "train-wrong";
    /// `$right`, `$total`.
    TRAIN_SCORE = "train-score";
    /// Before the English copy of an emergency message.
    EMERGENCY_IN_ENGLISH = "emergency-in-english";
}

/// The words for a law's status.
pub fn law_status(status: LawStatus) -> &'static str {
    match status {
        LawStatus::InForce => LAW_STATUS_IN_FORCE,
        LawStatus::DidNotPass => LAW_STATUS_DID_NOT_PASS,
        LawStatus::Vetoed => LAW_STATUS_VETOED,
        LawStatus::InCourt => LAW_STATUS_IN_COURT,
        LawStatus::Blocked => LAW_STATUS_BLOCKED,
        LawStatus::Superseded => LAW_STATUS_SUPERSEDED,
        LawStatus::Unconfirmed => LAW_STATUS_UNCONFIRMED,
    }
}

pub fn law_effect(effect: CooperationEffect) -> &'static str {
    match effect {
        CooperationEffect::LimitsCooperation => LAW_EFFECT_LIMITS,
        CooperationEffect::MandatesCooperation => LAW_EFFECT_MANDATES,
        CooperationEffect::Other => LAW_EFFECT_OTHER,
    }
}

pub fn policy_category(category: PolicyCategory) -> &'static str {
    match category {
        PolicyCategory::LimitsBeyondStateLaw => POLICY_CATEGORY_LIMITS,
        PolicyCategory::FollowsStateLaw => POLICY_CATEGORY_FOLLOWS,
        PolicyCategory::HelpsIceWithinStateLaw => POLICY_CATEGORY_HELPS,
        PolicyCategory::PublishesReleaseDates => POLICY_CATEGORY_RELEASE_DATES,
        PolicyCategory::OpposesStateLaw => POLICY_CATEGORY_OPPOSES,
        PolicyCategory::NoLocalPolicyFound => POLICY_CATEGORY_NONE,
    }
}

pub fn policy_status(status: PolicyStatus) -> &'static str {
    match status {
        PolicyStatus::InForce => POLICY_STATUS_IN_FORCE,
        PolicyStatus::Challenged => POLICY_STATUS_CHALLENGED,
        PolicyStatus::AdoptedNotFinal => POLICY_STATUS_ADOPTED_NOT_FINAL,
        PolicyStatus::Repealed => POLICY_STATUS_REPEALED,
        PolicyStatus::Ended => POLICY_STATUS_ENDED,
        PolicyStatus::Symbolic => POLICY_STATUS_SYMBOLIC,
        PolicyStatus::Unconfirmed => POLICY_STATUS_UNCONFIRMED,
    }
}

pub fn reporter(reporter: Reporter) -> &'static str {
    match reporter {
        Reporter::OfficialRecords => REPORTED_BY_OFFICIAL_RECORDS,
        Reporter::NewsReports => REPORTED_BY_NEWS,
        Reporter::TheSheriff => REPORTED_BY_SHERIFF,
        Reporter::Advocates => REPORTED_BY_ADVOCATES,
        Reporter::OneSecondarySource => REPORTED_BY_ONE_SOURCE,
    }
}

pub fn facility_kind(kind: FacilityKind) -> &'static str {
    match kind {
        FacilityKind::ProcessingCenter => FACILITY_KIND_PROCESSING_CENTER,
        FacilityKind::DetentionCenter => FACILITY_KIND_DETENTION_CENTER,
        FacilityKind::Annex => FACILITY_KIND_ANNEX,
        FacilityKind::CountyJail => FACILITY_KIND_COUNTY_JAIL,
        FacilityKind::CityJail => FACILITY_KIND_CITY_JAIL,
    }
}

pub fn facility_status(status: FacilityStatus) -> &'static str {
    match status {
        FacilityStatus::Operating => FACILITY_STATUS_OPERATING,
        FacilityStatus::Closed => FACILITY_STATUS_CLOSED,
        FacilityStatus::Uncertain => FACILITY_STATUS_UNCERTAIN,
    }
}

pub fn service(service: Service) -> &'static str {
    match service {
        Service::LegalAid => SERVICE_LEGAL_AID,
        Service::DeportationDefense => SERVICE_DEPORTATION_DEFENSE,
        Service::RapidResponse => SERVICE_RAPID_RESPONSE,
        Service::LawyerReferral => SERVICE_LAWYER_REFERRAL,
        Service::DetentionSupport => SERVICE_DETENTION_SUPPORT,
        Service::Children => SERVICE_CHILDREN,
        Service::Victims => SERVICE_VICTIMS,
    }
}

pub fn cost(cost: Cost) -> &'static str {
    match cost {
        Cost::Free => COST_FREE,
        Cost::LowCost => COST_LOW_COST,
        Cost::Unknown => COST_UNKNOWN,
    }
}

pub fn caution(caution: Caution) -> &'static str {
    match caution {
        Caution::ThirdPartyParse => CAUTION_THIRD_PARTY_PARSE,
        Caution::SingleSource => CAUTION_SINGLE_SOURCE,
        Caution::RecognitionRenewalPending => CAUTION_RECOGNITION_RENEWAL,
        Caution::TwoNumbers => CAUTION_TWO_NUMBERS,
        Caution::AreaCodeMismatch => CAUTION_AREA_CODE,
        Caution::GovernmentOffice => CAUTION_GOVERNMENT_OFFICE,
        Caution::MergedOffices => CAUTION_MERGED_OFFICES,
        Caution::ReferralOnly => CAUTION_REFERRAL_ONLY,
        Caution::LimitedEligibility => CAUTION_LIMITED_ELIGIBILITY,
        Caution::NoPhoneFound => CAUTION_NO_PHONE,
    }
}

/// The notice for a legal-review status.
pub fn legal_review(review: LegalReview) -> &'static str {
    match review {
        LegalReview::Unreviewed => LEGAL_REVIEW_UNREVIEWED,
        LegalReview::LawyerReviewed => LEGAL_REVIEW_LAWYER_REVIEWED,
    }
}

pub fn hotline_kind(kind: HotlineKind) -> &'static str {
    match kind {
        HotlineKind::RapidResponse => HOTLINE_KIND_RAPID_RESPONSE,
        HotlineKind::DetentionInfo => HOTLINE_KIND_DETENTION_INFO,
        HotlineKind::CourtInfo => HOTLINE_KIND_COURT_INFO,
        HotlineKind::LawyerReferral => HOTLINE_KIND_LAWYER_REFERRAL,
        HotlineKind::Referral => HOTLINE_KIND_REFERRAL,
        HotlineKind::LegalAid => HOTLINE_KIND_LEGAL_AID,
    }
}

pub fn confidence(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::High => CONFIDENCE_HIGH,
        Confidence::Medium => CONFIDENCE_MEDIUM,
        Confidence::Low => CONFIDENCE_LOW,
    }
}

pub fn time_zone(zone: TimeZone) -> &'static str {
    match zone {
        TimeZone::Pacific => TIME_ZONE_PACIFIC,
        TimeZone::Eastern => TIME_ZONE_EASTERN,
    }
}

/// Weekday names, Monday first (bit 0 of a schedule's day mask).
pub const WEEKDAYS: [&str; 7] = [
    WEEKDAY_MONDAY,
    WEEKDAY_TUESDAY,
    WEEKDAY_WEDNESDAY,
    WEEKDAY_THURSDAY,
    WEEKDAY_FRIDAY,
    WEEKDAY_SATURDAY,
    WEEKDAY_SUNDAY,
];

pub fn warrant_advice(advice: WarrantAdvice) -> &'static str {
    match advice {
        WarrantAdvice::KeepDoorClosed => WARRANT_ADVICE_KEEP_DOOR_CLOSED,
        WarrantAdvice::DoNotConsent => WARRANT_ADVICE_DO_NOT_CONSENT,
        WarrantAdvice::DoNotResist => WARRANT_ADVICE_DO_NOT_RESIST,
        WarrantAdvice::StaySilent => WARRANT_ADVICE_STAY_SILENT,
        WarrantAdvice::AskForLawyer => WARRANT_ADVICE_ASK_FOR_LAWYER,
        WarrantAdvice::DoNotSign => WARRANT_ADVICE_DO_NOT_SIGN,
        WarrantAdvice::NoteDetails => WARRANT_ADVICE_NOTE_DETAILS,
        WarrantAdvice::CallRapidResponse => WARRANT_ADVICE_CALL_RAPID_RESPONSE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_the_helpers_return_is_declared() {
        let mut used: Vec<&str> = Vec::new();
        used.extend(
            [
                LawStatus::InForce,
                LawStatus::DidNotPass,
                LawStatus::Vetoed,
                LawStatus::InCourt,
                LawStatus::Blocked,
                LawStatus::Superseded,
                LawStatus::Unconfirmed,
            ]
            .map(law_status),
        );
        used.extend(
            [
                CooperationEffect::LimitsCooperation,
                CooperationEffect::MandatesCooperation,
                CooperationEffect::Other,
            ]
            .map(law_effect),
        );
        used.extend(PolicyCategory::ALL.map(policy_category));
        used.extend(PolicyStatus::ALL.map(policy_status));
        used.extend(Reporter::ALL.map(reporter));
        used.extend(FacilityKind::ALL.map(facility_kind));
        used.extend(FacilityStatus::ALL.map(facility_status));
        used.extend(Service::ALL.map(service));
        used.extend(Cost::ALL.map(cost));
        used.extend(Caution::ALL.map(caution));

        used.extend([LegalReview::Unreviewed, LegalReview::LawyerReviewed].map(legal_review));
        used.extend(
            [
                HotlineKind::RapidResponse,
                HotlineKind::DetentionInfo,
                HotlineKind::CourtInfo,
                HotlineKind::LawyerReferral,
                HotlineKind::Referral,
                HotlineKind::LegalAid,
            ]
            .map(hotline_kind),
        );
        used.extend([Confidence::High, Confidence::Medium, Confidence::Low].map(confidence));
        used.extend(TimeZone::ALL.map(time_zone));
        used.extend(WarrantAdvice::ALL.map(warrant_advice));
        used.extend(WEEKDAYS);
        for id in used {
            assert!(ALL.contains(&id), "{id} is not in the registry");
        }
    }

    #[test]
    fn ids_are_unique() {
        let mut ids = ALL.to_vec();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ALL.len());
    }
}
