#!/usr/bin/env bash
# Builds AmparoCoreFFI.xcframework (device + simulator) and copies the
# generated AmparoCore.swift into Sources/, so that Package.swift here is a
# complete Swift package. Needs macOS with Xcode and the Rust targets:
#   rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
# Our CI machines have no Swift or Xcode: CI only checks that the Swift is
# generated and declares the Amparo class (see tests/run-all.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."

targets=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios)
for target in "${targets[@]}"; do
  cargo build --release --locked -p amparo-ffi --target "$target"
done

target_dir="${CARGO_TARGET_DIR:-target}"
work=build/swift
rm -rf "$work" "$here/AmparoCoreFFI.xcframework"
mkdir -p "$work/headers" "$work/sim" "$here/Sources/AmparoCore"

cargo build --locked -q -p uniffi-bindgen
"$target_dir/debug/uniffi-bindgen" generate "$target_dir/aarch64-apple-ios/release/libamparo.a" \
  --language swift --out-dir "$work/generated" --no-format
cp "$work/generated/AmparoCoreFFI.h" "$work/headers/"
cp "$work/generated/AmparoCoreFFI.modulemap" "$work/headers/module.modulemap"
cp "$work/generated/AmparoCore.swift" "$here/Sources/AmparoCore/"

# One simulator library for both simulator architectures.
lipo -create \
  "$target_dir/aarch64-apple-ios-sim/release/libamparo.a" \
  "$target_dir/x86_64-apple-ios/release/libamparo.a" \
  -output "$work/sim/libamparo.a"

xcodebuild -create-xcframework \
  -library "$target_dir/aarch64-apple-ios/release/libamparo.a" -headers "$work/headers" \
  -library "$work/sim/libamparo.a" -headers "$work/headers" \
  -output "$here/AmparoCoreFFI.xcframework"
echo "== $here/AmparoCoreFFI.xcframework and Sources/AmparoCore/AmparoCore.swift"
