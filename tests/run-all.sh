#!/usr/bin/env bash
# Runs every test of the project: the README's test command, and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Rust: unit, acceptance and CLI tests (cargo test --workspace --locked)"
cargo test --workspace --locked
