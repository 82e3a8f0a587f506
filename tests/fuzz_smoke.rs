//! The fuzz targets' smoke run in every `cargo test`: each committed corpus
//! input (fuzz/corpus/*), and random inputs, through the same code as the
//! fuzz targets. The long runs are `cargo fuzz` (see fuzz/Cargo.toml).

use amparo_acceptance::{fuzzing, repo_root};
use proptest::prelude::*;

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = repo_root().join("fuzz/corpus").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the corpus is committed")
        .flatten()
        .map(|entry| entry.path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| std::fs::read(path).expect("reads"))
        .collect()
}

#[test]
fn every_pack_corpus_input_is_handled() {
    let inputs = corpus("pack_bytes");
    assert!(inputs.len() >= 2, "the seeds are there");
    for input in inputs {
        fuzzing::pack_bytes(&input);
    }
}

#[test]
fn every_fluent_corpus_input_is_handled() {
    let inputs = corpus("fluent_loading");
    assert!(inputs.len() >= 2, "the seeds are there");
    for input in inputs {
        fuzzing::fluent_loading(&input);
    }
}

/// What a fuzz target does with one input.
type Target = fn(&[u8]);

/// The targets on the real content, each with its committed corpus.
const ON_THE_REAL_CONTENT: [(&str, Target); 5] = [
    ("locale_tags", fuzzing::locale_tags),
    ("place_names", fuzzing::place_names),
    ("coordinates", fuzzing::coordinates),
    ("search_text", fuzzing::search_text),
    ("facade_calls", fuzzing::facade_calls),
];

#[test]
fn every_corpus_input_on_the_real_content_is_handled() {
    for (target, run) in ON_THE_REAL_CONTENT {
        let inputs = corpus(target);
        assert!(!inputs.is_empty(), "{target}: the seeds are there");
        for input in inputs {
            run(&input);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn random_bytes_are_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        fuzzing::pack_bytes(&bytes);
        fuzzing::fluent_loading(&bytes);
    }

    #[test]
    fn random_input_on_the_real_content_is_never_a_panic_nor_echoed(
        bytes in proptest::collection::vec(any::<u8>(), 0..64),
        before in "[0-9A-Za-z/._ -]{0,12}",
        after in "[0-9A-Za-z/._ -]{2,12}",
    ) {
        // `#` marks the input as one the echo check applies to.
        let typed = format!("{before}#{after}");
        for (_, run) in ON_THE_REAL_CONTENT {
            run(&bytes);
            run(typed.as_bytes());
        }
    }

    #[test]
    fn random_fluent_bodies_are_never_a_panic(text in "[a-z{}$ \\[\\]*\\-=>\\n\\x00]{0,200}") {
        fuzzing::fluent_loading(text.as_bytes());
    }
}
