#!/usr/bin/env bash
# Builds the Amparo library for this machine and generates its Kotlin, Swift
# and Python bindings into build/bindings/ (generated code is not committed).
#
#   bindings/generate.sh             debug build
#   bindings/generate.sh --test-key  debug build that also trusts the test
#                                    signing key (what the tests use, to
#                                    install test-signed packs)
#   bindings/generate.sh --release   release build (what benchmarks and apps use)
#
# Out: build/bindings/{kotlin,swift,python}/ and build/bindings/lib/ holding
# the shared library; build/bindings/python/ also holds a copy beside amparo.py.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=debug
cargo_flags=(--locked -p amparo-ffi)
case "${1:-}" in
  --release)
    profile=release
    cargo_flags+=(--release)
    ;;
  --test-key)
    cargo_flags+=(--features test-key)
    ;;
esac

case "$(uname -s)" in
  Darwin) lib_file=libamparo.dylib ;;
  *) lib_file=libamparo.so ;;
esac

echo "== building amparo-ffi ($profile)"
cargo build "${cargo_flags[@]}"
target_dir="${CARGO_TARGET_DIR:-target}"
lib="$target_dir/$profile/$lib_file"

out=build/bindings
rm -rf "$out"
mkdir -p "$out/lib"
cp "$lib" "$out/lib/"

echo "== generating Kotlin, Swift and Python from $lib"
cargo build --locked -q -p uniffi-bindgen
for language in kotlin swift python; do
  # --no-format: ktlint, swiftformat and yapf are not needed to compile.
  "$target_dir/debug/uniffi-bindgen" generate "$lib" --language "$language" \
    --out-dir "$out/$language" --no-format
done
cp "$lib" "$out/python/"
# The Python package as the wheel ships it (bindings/python/pyproject.toml):
# the thin package around the generated module, which the tests import.
package="$out/python-package/amparo"
rm -rf "$package" && mkdir -p "$package"
cp bindings/python/package/amparo/__init__.py "$out/python/amparo.py" "$lib" "$package/"
echo "== bindings in $out"
