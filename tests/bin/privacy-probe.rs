//! Calls every public API of the core once in every locale, with a data
//! folder, for `scripts/privacy-check` to watch under strace: no network
//! call, no file written outside the folder, and the canaries (a ZIP, a
//! point and a search string) nowhere on disk afterwards.
//! Usage: `privacy-probe DATA_DIR CANARY` (prints only counts).

use std::process::ExitCode;
use std::sync::Arc;

use amparo_acceptance::test_packs;
use amparo_core::install::Folder;
use amparo_core::{Amparo, HelpQuery, Place};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(folder), Some(canary)) = (args.next(), args.next()) else {
        eprintln!("usage: privacy-probe DATA_DIR CANARY");
        return ExitCode::from(2);
    };
    // Made before the first call: the pack to install, signed in memory.
    let newer = test_packs::newer(test_packs::embedded_version() + 1);
    let mut amparo = match Amparo::open_with_data_folder(
        amparo_content::default_pack(),
        Arc::new(Folder::new(&folder)),
        test_packs::test_keys(),
        &["en"],
    ) {
        Ok(amparo) => amparo,
        Err(err) => {
            eprintln!("privacy-probe: {err}");
            return ExitCode::FAILURE;
        }
    };
    let mut calls = 0usize;
    let tags: Vec<String> = amparo.locales().into_iter().map(|l| l.tag).collect();
    for tag in &tags {
        if amparo.set_locales(&[tag.as_str()]).is_err() {
            eprintln!("privacy-probe: a locale of the pack is refused");
            return ExitCode::FAILURE;
        }
        calls += every_screen(&amparo, &canary);
    }
    for state in [Some("CA"), Some("CT"), None] {
        let _ = amparo.set_state(state);
        calls += every_screen(&amparo, &canary);
    }
    let installed = amparo.install_pack(newer).is_ok();
    let line_shown = amparo
        .find_help(&HelpQuery::new(Place::Zip {
            code: "90012".into(),
        }))
        .is_ok_and(|a| a.hotlines.iter().any(|h| h.phone.e164 == "+12135550142"));
    let forgotten = amparo.forget_installed().is_ok();
    println!(
        "privacy-probe: {calls} calls in {} locales; pack installed {installed}, its line shown {line_shown}, forgotten {forgotten}",
        tags.len()
    );
    if installed && line_shown && forgotten {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Every screen once; returns how many calls were made.
fn every_screen(amparo: &Amparo, canary: &str) -> usize {
    let mut calls = 0;
    let mut call = |_: bool| calls += 1;
    for topic in amparo.topics() {
        call(amparo.topic(&topic.id).is_ok());
        call(amparo.rights_card(&topic.id, "en").is_ok());
        if let Ok(quiz) = amparo.quiz(&topic.id) {
            for question in &quiz.questions {
                call(amparo.check_answer(&question.id, "a").is_ok());
            }
        }
    }
    for law in amparo.laws() {
        call(amparo.law(&law.id).is_ok());
    }
    for state in ["CA", "CT", "NY"] {
        call(amparo.laws_of_state(state).is_ok());
        call(amparo.local_policies(state, true).is_ok());
        call(
            amparo
                .detention_facilities(state, Some((34.0522, -118.2437)))
                .is_ok(),
        );
    }
    call(!amparo.search(canary, 10).is_empty());
    call(!amparo.search("orden", 10).is_empty());
    if let Ok(mut step) = amparo.warrant_check_start("en") {
        while let Some(question) = &step.question {
            let Some(choice) = question.choices.first() else {
                break;
            };
            match amparo.warrant_check_answer(&step.state, &choice.id, "en") {
                Ok(next) => step = next,
                Err(_) => break,
            }
            call(true);
        }
    }
    for place in [
        Place::Zip {
            code: "90012".into(),
        },
        Place::County {
            name: "Los Angeles".into(),
        },
        Place::City {
            name: "Fresno".into(),
        },
        Place::Coordinates {
            latitude: 34.0522,
            longitude: -118.2437,
        },
    ] {
        call(amparo.find_help(&HelpQuery::new(place)).is_ok());
    }
    call(amparo.state_at(34.0522, -118.2437).is_ok());
    for template in amparo.emergency_templates() {
        let values: Vec<(&str, &str)> = template
            .variables
            .iter()
            .map(|name| (name.as_str(), canary))
            .collect();
        call(amparo.emergency_message(&template.kind, &values).is_ok());
    }
    call(!amparo.family_plan().fields.is_empty());
    call(amparo.content_info(Some("2027-01-01")).topics > 0);
    call(amparo.message("label-say", &[]).is_ok());
    calls
}
