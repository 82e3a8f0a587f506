//! Start-up: from the embedded pack to a formatted message in Spanish with
//! the chain es-MX, en, in one run with what it is compared with:
//! - the floor: copying the pack's bytes (what reading it from storage
//!   costs) and unpacking the one part of the ids and of the Spanish text
//!   that holds the message (what any compressed store must do);
//! - the usual alternative: fluent-templates' `static_loader!` over the same
//!   `locales/`, which parses every locale on first use. Its first use can
//!   only happen once per process, so both it and Amparo are also measured
//!   in fresh processes (`startup-probe`, timed inside the process: the
//!   process's own start is not counted for either).
//!
//! Run: `cargo bench -p amparo-acceptance --bench startup`.

use std::hint::black_box;
use std::process::Command;
use std::time::Duration;

use amparo_core::Amparo;
use amparo_core::pack::{self, Section};
use criterion::{Criterion, criterion_group, criterion_main};

/// A message of the first screens, and one of a step (the other part).
const FIRST_SCREEN: &str = "label-say";
const STEP: &str = "at-home-keep-door-closed-why";
const CHAIN: [&str; 2] = ["es-MX", "en"];

fn probe(which: &str, id: &str) -> Duration {
    let out = Command::new(env!("CARGO_BIN_EXE_startup-probe"))
        .args([which, id])
        .output()
        .expect("startup-probe runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let nanos: u64 = text
        .split('\t')
        .next()
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("startup-probe {which}: {text}"));
    Duration::from_nanos(nanos)
}

fn startup(c: &mut Criterion) {
    let bytes = amparo_content::default_pack();
    // Both ways must end with the same words.
    let ours = Amparo::open_embedded(bytes.clone(), &CHAIN)
        .and_then(|a| a.message(FIRST_SCREEN, &[]))
        .expect("Amparo formats the message");
    let probe_text = |which: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_startup-probe"))
            .args([which, FIRST_SCREEN])
            .output()
            .expect("startup-probe runs");
        String::from_utf8_lossy(&out.stdout)
            .split('\t')
            .nth(1)
            .map(|t| t.trim().replace(['\u{2068}', '\u{2069}'], ""))
            .unwrap_or_default()
    };
    assert_eq!(probe_text("fluent-templates"), ours, "the same message");

    let mut group = c.benchmark_group("start-up to the first message (es-MX, en)");
    group.bench_function("amparo", |b| {
        b.iter(|| {
            Amparo::open_embedded(black_box(bytes.clone()), &CHAIN)
                .and_then(|a| a.message(black_box(FIRST_SCREEN), &[]))
        })
    });
    group.bench_function("amparo, a step's text", |b| {
        b.iter(|| {
            Amparo::open_embedded(black_box(bytes.clone()), &CHAIN)
                .and_then(|a| a.message(black_box(STEP), &[]))
        })
    });
    let layout = pack::split(&bytes)
        .and_then(|s| s.read())
        .expect("the pack reads");
    let range = |section: &Section| layout.locate(section).expect("section").0;
    let ids = range(&Section::MessageIds);
    let spanish = range(&Section::Locale { tag: "es".into() });
    group.bench_function("floor: copy the pack, unpack the parts holding it", |b| {
        b.iter(|| {
            let copy = black_box(&bytes).to_vec();
            let first = |r: &std::ops::Range<usize>| {
                pack::split_text(&copy[r.clone()])
                    .and_then(|(first, _)| pack::unpack_text(first))
                    .map(|text| text.len())
            };
            (first(&ids), first(&spanish))
        })
    });
    group.finish();

    let mut cold = c.benchmark_group("start-up to the first message, fresh process");
    cold.sample_size(10)
        .measurement_time(Duration::from_secs(5))
        .sampling_mode(criterion::SamplingMode::Flat);
    for which in ["amparo", "fluent-templates"] {
        cold.bench_function(which, |b| {
            b.iter_custom(|iters| (0..iters).map(|_| probe(which, FIRST_SCREEN)).sum())
        });
    }
    cold.finish();
}

criterion_group!(benches, startup);
criterion_main!(benches);
