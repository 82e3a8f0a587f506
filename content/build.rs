//! Compiles `content/` and `../locales/` into the default pack at build time.
//! Any problem fails the build with `file:line: what is wrong`.

use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let content = manifest_dir.clone();
    let locales = manifest_dir.join("../locales");

    for input in amparo_compiler::input_files(&content, &locales) {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");

    let built = amparo_compiler::build_date();
    let pack = match amparo_compiler::compile(&content, &locales, &built) {
        Ok(pack) => pack,
        Err(diagnostics) => {
            for diagnostic in &diagnostics {
                eprintln!("{diagnostic}");
            }
            eprintln!(
                "the content has {} problem(s); see above",
                diagnostics.len()
            );
            std::process::exit(1);
        }
    };

    let pack_dir = out_dir.join("pack");
    write(
        &pack_dir.join("default.pack"),
        &amparo_compiler::pack::encode(&pack),
    );
    // rust-embed takes a literal folder path; generating the derive here keeps
    // the absolute OUT_DIR path out of the source without the
    // `interpolate-folder-path` feature and its dependencies.
    let embed = format!(
        "#[derive(rust_embed::Embed)]\n#[folder = {:?}]\nstruct Embedded;\n",
        pack_dir.display().to_string()
    );
    write(&out_dir.join("embedded.rs"), embed.as_bytes());
}

fn write(path: &Path, bytes: &[u8]) {
    let result = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(path, bytes));
    if let Err(err) = result {
        eprintln!("{}: cannot write: {err}", path.display());
        std::process::exit(1);
    }
}
