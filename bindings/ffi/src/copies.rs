//! The `find_help` and detention answers copied from the core's answers,
//! whose lines, organizations and facilities are shared between answers
//! (`Arc`), into the records UniFFI hands across. Each copy names every
//! field of the core's answer, so a field added there fails to compile here
//! until it is handed across too.

use crate::records::{
    DetentionAnswer, FacilityAnswer, HelpAnswer, HotlineAnswer, NearbyDetention, OrganizationAnswer,
};
use amparo_core::PolicyAnswer;
use amparo_core::model::Source;

impl From<amparo_core::HelpAnswer> for HelpAnswer {
    fn from(answer: amparo_core::HelpAnswer) -> Self {
        let amparo_core::HelpAnswer {
            pack,
            coverage,
            state,
            region,
            also_counties,
            policy,
            state_laws,
            hotlines,
            local_line_known,
            notice,
            organizations,
            detention,
            sources,
        } = answer;
        Self {
            pack,
            coverage,
            state,
            region,
            also_counties,
            policy: policy.map(|p| PolicyAnswer::clone(&p)),
            state_laws,
            hotlines: hotlines.into_iter().map(HotlineAnswer::from).collect(),
            local_line_known,
            notice,
            organizations: organizations
                .into_iter()
                .map(OrganizationAnswer::from)
                .collect(),
            detention: detention.into(),
            sources: owned_sources(&sources),
        }
    }
}

fn owned_sources(sources: &[std::sync::Arc<Source>]) -> Vec<Source> {
    sources.iter().map(|s| Source::clone(s)).collect()
}

impl From<amparo_core::NearbyDetention> for NearbyDetention {
    fn from(detention: amparo_core::NearbyDetention) -> Self {
        let amparo_core::NearbyDetention {
            facilities,
            notice,
            locator_url,
        } = detention;
        Self {
            facilities: facilities.into_iter().map(FacilityAnswer::from).collect(),
            notice,
            locator_url,
        }
    }
}

impl From<amparo_core::DetentionAnswer> for DetentionAnswer {
    fn from(answer: amparo_core::DetentionAnswer) -> Self {
        let amparo_core::DetentionAnswer {
            state,
            facilities,
            info_lines,
            locator_url,
            notice,
            sources,
        } = answer;
        Self {
            state,
            facilities: facilities.into_iter().map(FacilityAnswer::from).collect(),
            info_lines: info_lines.into_iter().map(HotlineAnswer::from).collect(),
            locator_url,
            notice,
            sources: owned_sources(&sources),
        }
    }
}

impl From<amparo_core::HotlineAnswer> for HotlineAnswer {
    fn from(answer: amparo_core::HotlineAnswer) -> Self {
        let amparo_core::HotlineAnswer {
            details,
            scope,
            area,
            open_now,
            source_refs,
        } = answer;
        let amparo_core::HotlineDetails {
            id,
            name,
            phone,
            kind,
            kind_label,
            operator,
            operator_label,
            note,
            hours,
            always_open,
            languages,
            confidence,
            confidence_label,
            low_confidence_note,
            confirmed,
            confirmed_on,
            newest_source_date,
            confirmation_note,
            conflict,
            source,
            checked,
            ..
        } = amparo_core::HotlineDetails::clone(&details);
        Self {
            id,
            name,
            phone,
            kind,
            kind_label,
            operator,
            operator_label,
            scope,
            area,
            note,
            hours,
            always_open,
            open_now,
            languages,
            confidence,
            confidence_label,
            low_confidence_note,
            confirmed,
            confirmed_on,
            newest_source_date,
            confirmation_note,
            conflict,
            source,
            source_refs: source_refs.to_vec(),
            checked,
        }
    }
}

impl From<amparo_core::OrganizationAnswer> for OrganizationAnswer {
    fn from(answer: amparo_core::OrganizationAnswer) -> Self {
        let amparo_core::OrganizationAnswer {
            details,
            distance_km,
            source_refs,
        } = answer;
        let amparo_core::OrganizationDetails {
            id,
            name,
            address,
            city,
            county_fips,
            location_precision,
            location_note,
            services,
            service_labels,
            languages,
            phone,
            other_phones,
            cost,
            cost_label,
            cautions,
            caution_labels,
            note,
            confidence,
            confidence_label,
            confirmed,
            newest_source_date,
            confirmation_note,
            checked,
        } = amparo_core::OrganizationDetails::clone(&details);
        Self {
            id,
            name,
            address,
            city,
            county_fips,
            distance_km,
            location_precision,
            location_note,
            services,
            service_labels,
            languages,
            phone,
            other_phones,
            cost,
            cost_label,
            cautions,
            caution_labels,
            note,
            confidence,
            confidence_label,
            confirmed,
            newest_source_date,
            confirmation_note,
            source_refs,
            checked,
        }
    }
}

impl From<amparo_core::FacilityAnswer> for FacilityAnswer {
    fn from(answer: amparo_core::FacilityAnswer) -> Self {
        let amparo_core::FacilityAnswer {
            details,
            distance_km,
        } = answer;
        let amparo_core::FacilityDetails {
            id,
            name,
            kind,
            kind_label,
            status,
            status_label,
            operator,
            city,
            county,
            county_fips,
            address,
            phone,
            note,
            location_precision,
            confidence,
            sources,
            checked,
        } = amparo_core::FacilityDetails::clone(&details);
        Self {
            id,
            name,
            kind,
            kind_label,
            status,
            status_label,
            operator,
            city,
            county,
            county_fips,
            address,
            phone,
            note,
            distance_km,
            location_precision,
            confidence,
            sources,
            checked,
        }
    }
}
