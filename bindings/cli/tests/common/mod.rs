//! What every CLI test file needs: the binary, run in English, with no
//! locale from the machine's environment leaking in.

use std::process::{Command, Output};

pub fn amparo(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amparo"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", "C.UTF-8")
        .output()
        .expect("amparo runs")
}
