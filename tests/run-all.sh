#!/usr/bin/env bash
# Runs every test of the project: Rust, the generated Swift's presence, Kotlin
# on the JVM, Python. This is the README's test command, and what CI runs.
# It installs what it needs: Maven fetches Kotlin, JNA and JUnit from Maven
# Central; pip installs pytest if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Rust: unit, acceptance and CLI tests"
cargo test --workspace --locked

echo "== Bindings: build libamparo, generate Kotlin, Swift and Python"
bindings/generate.sh

echo "== Swift: generated only (no Swift toolchain on these machines)"
swift_file=build/bindings/swift/AmparoCore.swift
if ! grep -q "^open class Amparo\b" "$swift_file"; then
  echo "error: $swift_file does not declare the Amparo class" >&2
  exit 1
fi
echo "$swift_file declares the Amparo class"

echo "== Kotlin on the JVM: JUnit 5 against the real library"
(cd bindings/kotlin && mvn -B -ntp test)

echo "== Python: pytest against the real library"
python3 -m pytest --version >/dev/null 2>&1 || python3 -m pip install --quiet pytest
python3 -m pytest bindings/python/tests
