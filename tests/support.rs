//! Helpers shared by the acceptance tests: where the real content lives, and
//! fixture folders built from `fixtures/minimal` plus one broken file.

use std::path::{Path, PathBuf};

#[path = "fuzzing.rs"]
pub mod fuzzing;
#[path = "test_packs.rs"]
pub mod test_packs;

use amparo_compiler::{self as compiler, Diagnostic};
use amparo_core::Amparo;
use amparo_core::model::Pack;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

pub fn content_dir() -> PathBuf {
    repo_root().join("content")
}

pub fn locales_dir() -> PathBuf {
    repo_root().join("locales")
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The embedded default pack, opened for `locales`.
pub fn open(locales: &[&str]) -> Amparo {
    Amparo::open_embedded(amparo_content::default_pack(), locales).expect("the default pack opens")
}

/// Compiles `<dir>/content` and `<dir>/locales`.
pub fn compile(dir: &Path) -> Result<Pack, Vec<Diagnostic>> {
    compiler::compile(&dir.join("content"), &dir.join("locales"), "2026-11-21")
}

/// The minimal fixture compiled and opened for `locales`.
pub fn open_minimal(locales: &[&str]) -> Amparo {
    let pack = compile(&fixtures().join("minimal")).expect("the minimal fixture compiles");
    Amparo::open_embedded(amparo_compiler::pack::encode(&pack), locales)
        .expect("the minimal pack opens")
}

/// A temporary copy of `fixtures/minimal`.
pub fn minimal_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_tree(&fixtures().join("minimal"), dir.path());
    dir
}

/// A temporary copy of `fixtures/minimal` with the files of
/// `fixtures/broken/<kind>` laid over it.
pub fn broken_copy(kind: &str) -> tempfile::TempDir {
    let dir = minimal_copy();
    copy_tree(&fixtures().join("broken").join(kind), dir.path());
    dir
}

pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read fixture folder") {
        let entry = entry.expect("fixture entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy fixture file");
        }
    }
}

/// The 1-based line of the first line containing `marker`.
pub fn line_of(file: &Path, marker: &str) -> usize {
    let text = std::fs::read_to_string(file).expect("read fixture");
    text.lines()
        .position(|line| line.contains(marker))
        .map(|index| index + 1)
        .unwrap_or_else(|| panic!("no `{marker}` in {}", file.display()))
}

/// Removes Fluent's bidi isolation marks (U+2068, U+2069) for comparisons.
pub fn strip_bidi(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}
