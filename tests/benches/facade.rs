//! What a phone pays per screen: opening the embedded pack (cold start, one
//! locale chain parsed), listing topics, a whole topic, a rights card in two
//! languages; and what an author pays to compile the content.
//! Run: `cargo bench -p amparo-acceptance`.

use std::hint::black_box;

use amparo_acceptance::{content_dir, locales_dir};
use amparo_core::Amparo;
use criterion::{Criterion, criterion_group, criterion_main};

fn facade(c: &mut Criterion) {
    let pack = amparo_content::default_pack().into_owned();
    c.bench_function("open pack, chain es-MX", |b| {
        b.iter(|| Amparo::open(black_box(&pack), &["es-MX"]))
    });
    let amparo = match Amparo::open(&pack, &["es-MX"]) {
        Ok(amparo) => amparo,
        Err(err) => panic!("the default pack opens: {err}"),
    };
    c.bench_function("topics (es)", |b| b.iter(|| amparo.topics()));
    c.bench_function("topic at-home (es)", |b| {
        b.iter(|| amparo.topic(black_box("at-home")))
    });
    c.bench_function("rights_card at-home (es/en)", |b| {
        b.iter(|| amparo.rights_card(black_box("at-home"), "en"))
    });
}

fn compiler(c: &mut Criterion) {
    let (content, locales) = (content_dir(), locales_dir());
    c.bench_function("compile content/ + locales/", |b| {
        b.iter(|| amparo_core::compiler::compile(&content, &locales, "2026-11-21"))
    });
}

criterion_group!(benches, facade, compiler);
criterion_main!(benches);
