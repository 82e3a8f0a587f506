//! Writes the signed test packs the Kotlin, Swift and Python tests install
//! (`amparo_acceptance::test_packs::write_fixture_set`).
//! Usage: `cargo run -p amparo-acceptance --bin make-test-packs -- DIR`

fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: make-test-packs DIR");
        return std::process::ExitCode::from(2);
    };
    match amparo_acceptance::test_packs::write_fixture_set(std::path::Path::new(&dir)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("make-test-packs: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}
