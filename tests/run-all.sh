#!/usr/bin/env bash
# Runs every test of the project: Rust, Kotlin on the JVM, Python, and Swift
# compiled on Linux. This is the README's test command, and what CI runs.
# It installs what it needs: Maven fetches Kotlin, JNA and JUnit from Maven
# Central; pip installs pytest if it is missing; the Swift step makes (once)
# a Debian 13 root with Swift 6.0.3 in ~/.cache (needs root and the Debian
# archive; it fails loudly if the archive cannot be reached); apt-get
# installs espeak-ng for the speech test.
set -euo pipefail
cd "$(dirname "$0")/.."

# espeak-ng speaks every card phrase (tests/speech.rs); chromium,
# poppler-utils and the Noto fonts print the cards and booklet
# (bindings/cli/tests/export.rs). Installed when running as root on Debian,
# else those tests say they were skipped.
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  if ! command -v espeak-ng >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1 \
      || ! command -v pdftotext >/dev/null 2>&1; then
    echo "== installing espeak-ng, chromium, poppler-utils and Noto fonts"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      espeak-ng chromium poppler-utils fonts-noto-core fonts-noto-cjk tmux >/dev/null
  fi
fi

echo "== Rust: unit, acceptance and CLI tests"
cargo test --workspace --locked

echo "== Privacy: every API under strace (no network call, no write outside the data folder, no canary on disk)"
if [ "$(id -u)" = 0 ] && ! command -v strace >/dev/null 2>&1 && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends strace >/dev/null
fi
cargo build --locked -q -p amparo-acceptance --bin privacy-probe
if command -v strace >/dev/null 2>&1; then
  scripts/privacy-check target/debug/privacy-probe
elif [ "${AMPARO_REQUIRE_STRACE:-}" = 1 ]; then
  echo "error: strace is missing and AMPARO_REQUIRE_STRACE=1" >&2
  exit 1
else
  echo "skipped: strace is not installed"
fi

echo "== Bindings: build libamparo (trusting the test key), generate Kotlin, Swift and Python"
bindings/generate.sh --test-key

echo "== Test packs for the bindings' install tests (signed with the test key)"
cargo run --locked -q -p amparo-acceptance --bin make-test-packs -- build/test-packs

echo "== Swift: the generated file declares the Amparo class"
swift_file=build/bindings/swift/AmparoCore.swift
if ! grep -q "^open class Amparo\b" "$swift_file"; then
  echo "error: $swift_file does not declare the Amparo class" >&2
  exit 1
fi

echo "== Kotlin on the JVM: JUnit 5 against the real library"
(cd bindings/kotlin && mvn -B -ntp test)

echo "== Python: pytest against the real library"
python3 -m pytest --version >/dev/null 2>&1 || python3 -m pip install --quiet pytest
python3 -m pytest bindings/python/tests

echo "== Swift: compiled with Swift 6.0.3 on Linux and run against the real library"
bindings/swift/test-linux.sh
