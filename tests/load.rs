//! Under load: 8 threads make 100,000 mixed calls each on one cold `Amparo`
//! (its lazy parts, pages, labels and search index made while they race),
//! and every result equals what one thread alone got from another
//! instance. No timing is asserted: a deadlock shows as a test that never
//! ends, a race as a result that differs.

use std::sync::Barrier;

use amparo_core::{Amparo, AmparoError, HelpQuery, Place};

const THREADS: usize = 8;
const CALLS_PER_THREAD: usize = 100_000;

/// What a call returned, in a form two runs can be compared in.
#[derive(Debug, PartialEq)]
enum Outcome {
    Help(Box<Result<amparo_core::HelpAnswer, AmparoError>>),
    Card(Box<Result<amparo_core::RightsCard, AmparoError>>),
    Topic(Result<String, AmparoError>),
    Hits(Vec<amparo_core::SearchHit>),
    Message(Result<String, AmparoError>),
    Law(Box<Result<amparo_core::Law, AmparoError>>),
    Quiz(Box<Result<amparo_core::Quiz, AmparoError>>),
}

fn zip(code: &str) -> HelpQuery {
    HelpQuery::new(Place::Zip { code: code.into() })
}

/// The calls, each a function of the instance: places in both covered
/// states and outside, bad input, every kind of screen.
/// One call of the facade.
type Call = Box<dyn Fn(&Amparo) -> Outcome + Sync>;

fn calls() -> Vec<Call> {
    let mut calls: Vec<Call> = Vec::new();
    for code in [
        "90012", "94110", "93721", "06511", "10001", "9001x", "00000",
    ] {
        calls.push(Box::new(move |a| {
            Outcome::Help(Box::new(a.find_help(&zip(code))))
        }));
    }
    for (latitude, longitude) in [
        (34.0522, -118.2437),
        (41.3083, -72.9279),
        (33.5, -119.5),
        (f64::NAN, 0.0),
    ] {
        calls.push(Box::new(move |a| {
            Outcome::Help(Box::new(a.find_help(&HelpQuery::new(Place::Coordinates {
                latitude,
                longitude,
            }))))
        }));
    }
    for name in ["Los Angeles", "Condado de Fresno", "New Haven", "Nowhere"] {
        calls.push(Box::new(move |a| {
            Outcome::Help(Box::new(
                a.find_help(&HelpQuery::new(Place::County { name: name.into() })),
            ))
        }));
    }
    for topic in ["at-home", "traffic-stop", "at-work", "no-such-topic"] {
        calls.push(Box::new(move |a| {
            Outcome::Topic(a.topic(topic).map(|page| format!("{page:?}")))
        }));
        calls.push(Box::new(move |a| {
            Outcome::Card(Box::new(a.rights_card(topic, "en")))
        }));
        calls.push(Box::new(move |a| Outcome::Quiz(Box::new(a.quiz(topic)))));
    }
    for text in ["policía", "orden judicial", ""] {
        calls.push(Box::new(move |a| Outcome::Hits(a.search(text, 5))));
    }
    calls.push(Box::new(|a| Outcome::Message(a.message("label-say", &[]))));
    calls.push(Box::new(|a| Outcome::Law(Box::new(a.law("sb54")))));
    calls
}

#[test]
fn eight_threads_get_what_one_thread_gets() {
    let open = || {
        Amparo::open_embedded(amparo_content::default_pack(), &["es-MX"])
            .expect("the embedded pack opens")
    };
    let calls = calls();
    let alone = open();
    let expected: Vec<Outcome> = calls.iter().map(|call| call(&alone)).collect();
    // The answers are real ones, not a run of errors.
    assert!(
        matches!(&expected[0], Outcome::Help(answer) if answer.as_ref().as_ref().is_ok_and(|a| a.region.as_ref().is_some_and(|r| r.county_fips == "06037")))
    );

    let shared = open();
    let start = Barrier::new(THREADS);
    std::thread::scope(|scope| {
        for thread in 0..THREADS {
            let (shared, calls, expected, start) = (&shared, &calls, &expected, &start);
            scope.spawn(move || {
                start.wait();
                for n in 0..CALLS_PER_THREAD {
                    // Each thread walks the calls in its own order.
                    let i = (n * (2 * thread + 1) + thread) % calls.len();
                    let got = calls[i](shared);
                    assert!(got == expected[i], "thread {thread}, call {i} differs");
                }
            });
        }
    });
}
