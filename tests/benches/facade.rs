//! What a phone pays per screen: opening the embedded pack (cold start, one
//! locale chain parsed), listing topics, a whole topic, a rights card in two
//! languages; and what an author pays to compile the content.
//! Run: `cargo bench -p amparo-acceptance`.

use std::hint::black_box;

use amparo_acceptance::{content_dir, locales_dir};
use amparo_core::{Amparo, HelpQuery, Place};
use criterion::{Criterion, criterion_group, criterion_main};

fn facade(c: &mut Criterion) {
    let pack = amparo_content::default_pack();
    // Opening reads the header and negotiates; the chain's texts, the
    // catalog and the geography decode when first used, so the first
    // screen's cost is measured too.
    c.bench_function("open pack, chain es-MX", |b| {
        b.iter(|| Amparo::open_embedded(black_box(pack.clone()), &["es-MX"]))
    });
    c.bench_function("open pack, chain es-MX, first message", |b| {
        b.iter(|| {
            Amparo::open_embedded(black_box(pack.clone()), &["es-MX"])
                .map(|amparo| amparo.message("label-say", &[]))
        })
    });
    c.bench_function("open pack, chain es-MX, topic list", |b| {
        b.iter(|| {
            Amparo::open_embedded(black_box(pack.clone()), &["es-MX"]).map(|amparo| amparo.topics())
        })
    });
    let signed =
        amparo_acceptance::test_packs::newer(amparo_acceptance::test_packs::embedded_version() + 1);
    let keys = amparo_acceptance::test_packs::test_keys();
    c.bench_function("verify and open a signed pack file (every section)", |b| {
        b.iter(|| Amparo::open_pack_file(black_box(signed.clone()), &keys, &["es-MX"]))
    });
    let amparo = match Amparo::open_embedded(pack.clone(), &["es-MX"]) {
        Ok(amparo) => amparo,
        Err(err) => panic!("the default pack opens: {err}"),
    };
    c.bench_function("topics (es)", |b| b.iter(|| amparo.topics()));
    c.bench_function("topic at-home (es)", |b| {
        b.iter(|| amparo.topic(black_box("at-home")))
    });
    // The pages are made all at once, on the first `topic` of a chain: that
    // first call, on a fresh chain (content already decoded).
    c.bench_function(
        "topic at-home (es), first of its chain: every page made",
        |b| {
            b.iter_batched(
                || fresh_chain(&amparo),
                // Returned, so that dropping it is not timed.
                |fresh| {
                    let page = fresh.topic(black_box("at-home"));
                    (fresh, page)
                },
                criterion::BatchSize::SmallInput,
            )
        },
    );
    // Likewise the finder's parts for a state, on the first `find_help`.
    c.bench_function(
        "find_help by ZIP 90012, first of its chain: California's parts made",
        |b| {
            let query = HelpQuery::new(Place::Zip {
                code: "90012".into(),
            });
            let _ = amparo.find_help(&query);
            b.iter_batched(
                || fresh_chain(&amparo),
                |fresh| {
                    let answer = fresh.find_help(&query);
                    (fresh, answer)
                },
                criterion::BatchSize::SmallInput,
            )
        },
    );
    c.bench_function("rights_card at-home (es/en)", |b| {
        b.iter(|| amparo.rights_card(black_box("at-home"), "en"))
    });
    c.bench_function("search \"policia\" (es)", |b| {
        b.iter(|| amparo.search(black_box("policia"), 10))
    });
    c.bench_function("laws (es)", |b| b.iter(|| amparo.laws()));
    let county = HelpQuery::new(Place::County {
        name: "Los Angeles".into(),
    });
    let _ = amparo.find_help(&county);
    c.bench_function("find_help by county/California (Los Angeles)", |b| {
        b.iter(|| amparo.find_help(black_box(&county)))
    });
    let city = HelpQuery::new(Place::City {
        name: "Fresno".into(),
    });
    c.bench_function("find_help by city/California (Fresno)", |b| {
        b.iter(|| amparo.find_help(black_box(&city)))
    });
}

/// Opening with a two-locale chain must cost the same whatever the pack
/// carries: the same pack cut down to the four first locales against all of
/// them, in one run.
/// The same content in a chain set again: its pages and parts not made yet.
fn fresh_chain(amparo: &Amparo) -> Amparo {
    let mut fresh = amparo.clone();
    let _ = fresh.set_locales(&["es-MX"]);
    fresh
}

fn locales_added(c: &mut Criterion) {
    let full = amparo_content::default_pack().into_owned();
    let mut pack = match amparo_core::pack::decode(&full) {
        Ok(pack) => pack,
        Err(err) => panic!("the default pack decodes: {err}"),
    };
    let all = pack.locales.len();
    pack.locales
        .retain(|locale| ["en", "es", "zh-Hant", "vi"].contains(&locale.tag.as_str()));
    // Borrowed for the process, as the embedded pack is: no copy per open.
    let four: &'static [u8] = Box::leak(amparo_compiler::pack::encode(&pack).into_boxed_slice());
    let full: &'static [u8] = Box::leak(full.into_boxed_slice());
    let mut group = c.benchmark_group("open pack, chain es-MX");
    group.bench_function("4 locales", |b| {
        b.iter(|| Amparo::open_embedded(black_box(four), &["es-MX"]))
    });
    group.bench_function(format!("{all} locales"), |b| {
        b.iter(|| Amparo::open_embedded(black_box(full), &["es-MX"]))
    });
    group.finish();
}

fn compiler(c: &mut Criterion) {
    let (content, locales) = (content_dir(), locales_dir());
    c.bench_function("compile content/ + locales/", |b| {
        b.iter(|| amparo_compiler::compile(&content, &locales, "2026-11-21"))
    });
}

criterion_group!(benches, facade, locales_added, compiler);
criterion_main!(benches);
