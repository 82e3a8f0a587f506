//! Every Fluent message the run time shows by name, declared once.
//!
//! Content refers to its own messages by id, and the compiler checks those.
//! The ids here are the others: labels, notices and words the core itself
//! picks (a law's status, a hotline's kind, the warrant checker's advice, the
//! finder's notices). The compiler requires each one in English with a
//! value, so no pack can show a person a raw id such as `finder-outside`.
//! Code uses the constants, never a string literal, so a new id cannot be
//! shown without being declared here.

use crate::model::{Confidence, HotlineKind, LawStatus, LegalReview, TimeZone, WarrantAdvice};

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

    HOTLINE_KIND_RAPID_RESPONSE = "hotline-kind-rapid-response";
    HOTLINE_KIND_DETENTION_INFO = "hotline-kind-detention-info";
    HOTLINE_KIND_COURT_INFO = "hotline-kind-court-info";
    HOTLINE_KIND_LAWYER_REFERRAL = "hotline-kind-lawyer-referral";
    HOTLINE_KIND_REFERRAL = "hotline-kind-referral";
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
    /// `$days`, `$opens`, `$closes`.
    HOURS_RULE = "hours-rule";
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
    FINDER_LOCATION_CITY = "finder-location-city";
    FINDER_LOCATION_COUNTY = "finder-location-county";
    /// `$county`.
    NEARBY_SHARED_ZIP = "nearby-shared-zip";
    NEARBY_SHARED_CITY = "nearby-shared-city";
    /// `$county`, `$km`.
    NEARBY_NEAR_BORDER = "nearby-near-border";
    NEARBY_NEAREST = "nearby-nearest";

    WARRANT_ADVICE_KEEP_DOOR_CLOSED = "warrant-advice-keep-door-closed";
    WARRANT_ADVICE_DO_NOT_CONSENT = "warrant-advice-do-not-consent";
    WARRANT_ADVICE_DO_NOT_RESIST = "warrant-advice-do-not-resist";
    WARRANT_ADVICE_STAY_SILENT = "warrant-advice-stay-silent";
    WARRANT_ADVICE_ASK_FOR_LAWYER = "warrant-advice-ask-for-lawyer";
    WARRANT_ADVICE_DO_NOT_SIGN = "warrant-advice-do-not-sign";
    WARRANT_ADVICE_NOTE_DETAILS = "warrant-advice-note-details";
    WARRANT_ADVICE_CALL_RAPID_RESPONSE = "warrant-advice-call-rapid-response";
}

/// The words for a law's status.
pub fn law_status(status: LawStatus) -> &'static str {
    match status {
        LawStatus::InForce => LAW_STATUS_IN_FORCE,
        LawStatus::DidNotPass => LAW_STATUS_DID_NOT_PASS,
        LawStatus::Vetoed => LAW_STATUS_VETOED,
        LawStatus::InCourt => LAW_STATUS_IN_COURT,
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
            ]
            .map(law_status),
        );
        used.extend([LegalReview::Unreviewed, LegalReview::LawyerReviewed].map(legal_review));
        used.extend(
            [
                HotlineKind::RapidResponse,
                HotlineKind::DetentionInfo,
                HotlineKind::CourtInfo,
                HotlineKind::LawyerReferral,
                HotlineKind::Referral,
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
