#!/usr/bin/env bash
# Builds Amparo as a Gradle-ready Android library module:
#
#   build/android/amparo/
#     build.gradle.kts               com.android.library, namespace org.amparo.core,
#                                    minSdk 24, JNA as an AAR
#     consumer-rules.pro             R8/ProGuard rules the app inherits (JNA, the bindings)
#     src/main/AndroidManifest.xml   no permissions at all: no INTERNET (SECURITY.md)
#     src/main/jniLibs/{arm64-v8a,armeabi-v7a,x86_64}/libamparo.so
#     src/main/kotlin/org/amparo/core/amparo.kt
#
# An app adds it with `include(":amparo")` and
# `project(":amparo").projectDir = file("<path>/build/android/amparo")` in
# settings.gradle.kts, then `implementation(project(":amparo"))`.
#
# Needs the Android NDK r28 or newer (ANDROID_NDK_HOME), cargo-ndk
# (`cargo install cargo-ndk`) and the Rust targets (`rustup target add
# aarch64-linux-android armv7-linux-androideabi x86_64-linux-android`).
# Google Play requires 16 KB page alignment for 64-bit libraries: NDK r28
# links that way by default, the script asks for it explicitly too, and it
# checks every ELF LOAD segment of the 64-bit libraries before it finishes.
# Our CI machines have no NDK, so this script is not run in CI; the JVM
# flavour of the same Kotlin is (bindings/kotlin).
#
#   bindings/android/build-android.sh               build the module
#   bindings/android/build-android.sh --check FILE  check one library's 16 KB alignment
set -euo pipefail
cd "$(dirname "$0")/../.."

MIN_SDK=24          # Android 7.0: JNA and UniFFI need 21+, 24 covers nearly every phone in use
COMPILE_SDK=35
NDK_MIN_MAJOR=28
PAGE=16384
JNA_VERSION=5.19.1  # the version the JVM tests use (bindings/kotlin/pom.xml)

# The largest alignment of any LOAD segment must be at least 16 KB.
check_alignment() {
  local lib=$1
  local aligns
  aligns=$(readelf -lW "$lib" | awk '$1 == "LOAD" { print $NF }')
  if [ -z "$aligns" ]; then
    echo "error: $lib has no LOAD segments (not an ELF library?)" >&2
    return 1
  fi
  for align in $aligns; do
    if [ $((align)) -lt $PAGE ]; then
      echo "error: $lib has a LOAD segment aligned to $((align)) bytes, not $PAGE: Google Play refuses it" >&2
      return 1
    fi
  done
  echo "16 KB aligned: $lib"
}

if [ "${1:-}" = --check ]; then
  check_alignment "${2:?usage: build-android.sh --check FILE}"
  exit
fi

: "${ANDROID_NDK_HOME:?set ANDROID_NDK_HOME to an NDK r$NDK_MIN_MAJOR or newer}"
revision=$(sed -n 's/^Pkg.Revision *= *//p' "$ANDROID_NDK_HOME/source.properties" 2>/dev/null || true)
major=${revision%%.*}
if [ -z "$major" ] || [ "$major" -lt $NDK_MIN_MAJOR ]; then
  echo "error: NDK ${revision:-of unknown version} at $ANDROID_NDK_HOME; r$NDK_MIN_MAJOR or newer is needed (16 KB pages)" >&2
  exit 1
fi
command -v cargo-ndk >/dev/null || { echo "error: cargo-ndk is missing: cargo install cargo-ndk" >&2; exit 1; }

module=build/android/amparo
rm -rf "$module"
mkdir -p "$module/src/main/jniLibs" "$module/src/main/kotlin"

echo "== libamparo.so for arm64-v8a, armeabi-v7a, x86_64 (NDK $revision, API $MIN_SDK)"
RUSTFLAGS="${RUSTFLAGS:-} -C link-arg=-Wl,-z,max-page-size=$PAGE" \
  cargo ndk --platform $MIN_SDK -t arm64-v8a -t armeabi-v7a -t x86_64 \
  -o "$module/src/main/jniLibs" build --release --locked -p amparo-ffi
for abi in arm64-v8a x86_64; do
  check_alignment "$module/src/main/jniLibs/$abi/libamparo.so"
done

echo "== Kotlin (Android flavour)"
# Bindings come from the host build of the same code (the metadata is
# identical), with the Android override: android = true, android_cleaner = true.
cargo build --locked -p amparo-ffi -p uniffi-bindgen
target_dir="${CARGO_TARGET_DIR:-target}"
case "$(uname -s)" in Darwin) host_lib=$target_dir/debug/libamparo.dylib ;; *) host_lib=$target_dir/debug/libamparo.so ;; esac
"$target_dir/debug/uniffi-bindgen" generate "$host_lib" --language kotlin --no-format \
  --out-dir "$module/src/main/kotlin" --config bindings/android/uniffi-android.toml

cat > "$module/build.gradle.kts" <<EOF
// Made by bindings/android/build-android.sh; do not edit.
plugins {
    id("com.android.library")
    kotlin("android")
}

android {
    namespace = "org.amparo.core"
    compileSdk = $COMPILE_SDK
    defaultConfig {
        minSdk = $MIN_SDK
        consumerProguardFiles("consumer-rules.pro")
    }
    packaging {
        // Stored uncompressed and page-aligned in the APK, loaded in place.
        jniLibs.useLegacyPackaging = false
    }
}

dependencies {
    implementation("net.java.dev.jna:jna:$JNA_VERSION@aar")
    // The generated Kotlin imports androidx.annotation.RequiresApi.
    implementation("androidx.annotation:annotation:1.9.1")
}
EOF

cat > "$module/consumer-rules.pro" <<'EOF'
# JNA finds its native methods and structures by name; the bindings call
# into JNA by reflection. Keep both from being renamed or removed by R8.
-keep class com.sun.jna.** { *; }
-keepclassmembers class * extends com.sun.jna.** { public *; }
-keep class org.amparo.core.** { *; }
-dontwarn java.awt.**
EOF

cat > "$module/src/main/AndroidManifest.xml" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<!-- No permissions: the core needs none, and an app without INTERNET cannot
     leak what a person looks up (SECURITY.md). -->
<manifest xmlns:android="http://schemas.android.com/apk/res/android" />
EOF

echo "== Android library module in $module (minSdk $MIN_SDK, 16 KB pages)"
