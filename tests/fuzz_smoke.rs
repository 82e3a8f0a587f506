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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn random_bytes_are_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        fuzzing::pack_bytes(&bytes);
        fuzzing::fluent_loading(&bytes);
    }

    #[test]
    fn random_fluent_bodies_are_never_a_panic(text in "[a-z{}$ \\[\\]*\\-=>\\n\\x00]{0,200}") {
        fuzzing::fluent_loading(text.as_bytes());
    }
}
