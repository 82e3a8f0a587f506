#!/usr/bin/env bash
# Builds libamparo.so for Android and the Android flavour of the Kotlin
# bindings, laid out for a Gradle module:
#   build/android/jniLibs/{arm64-v8a,armeabi-v7a,x86_64}/libamparo.so
#   build/android/kotlin/org/amparo/core/amparo.kt
#
# Needs the Android NDK (ANDROID_NDK_HOME), cargo-ndk (`cargo install
# cargo-ndk`) and the Rust targets (`rustup target add aarch64-linux-android
# armv7-linux-androideabi x86_64-linux-android`). Our CI machines have no NDK,
# so this script is not run in CI; the JVM flavour of the same Kotlin is.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=build/android
rm -rf "$out"
mkdir -p "$out/jniLibs" "$out/kotlin"

cargo ndk -t arm64-v8a -t armeabi-v7a -t x86_64 -o "$out/jniLibs" \
  build --release --locked -p amparo-ffi

# Bindings come from the host build of the same code (metadata is identical),
# with the Android override: android = true, android_cleaner = true.
cargo build --locked -p amparo-ffi -p uniffi-bindgen
target_dir="${CARGO_TARGET_DIR:-target}"
case "$(uname -s)" in Darwin) host_lib=$target_dir/debug/libamparo.dylib ;; *) host_lib=$target_dir/debug/libamparo.so ;; esac
"$target_dir/debug/uniffi-bindgen" generate "$host_lib" --language kotlin --no-format \
  --out-dir "$out/kotlin" --config bindings/android/uniffi-android.toml
echo "== Android libraries in $out/jniLibs, Kotlin in $out/kotlin"
