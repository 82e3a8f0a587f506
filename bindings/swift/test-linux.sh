#!/usr/bin/env bash
# Compiles and runs the Swift tests (Tests/main.swift) against the real Rust
# library on Linux: Swift 6.0.3 from Debian 13 ("trixie") in a minimal root
# made with debootstrap, kept in a cache folder outside the checkout.
#
#   bindings/swift/test-linux.sh
#
# Needs root (debootstrap, chroot, mounting /proc). First run: about 540 MB
# from the Debian archive, under a minute here; later runs reuse the root.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
root="${AMPARO_SWIFT_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/amparo/debian-trixie-swift}"
mirror="${AMPARO_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

fail() {
  echo "error: $*" >&2
  exit 1
}

# Swift finds its own libraries through /proc/self/exe: mount /proc first.
mount_proc() {
  mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
}
trap 'umount "$root/proc" 2>/dev/null || true' EXIT

if [[ ! -x "$root/usr/bin/swiftc" ]]; then
  if ! command -v debootstrap >/dev/null; then
    echo "== installing debootstrap"
    apt-get update -qq || fail "apt-get update failed: the Debian archive cannot be reached"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null \
      || fail "cannot install debootstrap"
  fi
  echo "== creating a Debian 13 root in $root (from $mirror)"
  rm -rf "$root"
  mkdir -p "$(dirname "$root")"
  debootstrap --variant=minbase trixie "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
    || fail "debootstrap failed (is $mirror reachable?); see $root.debootstrap.log"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mount_proc
  echo "== installing swiftlang and libc6-dev in the root"
  chroot "$root" bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends swiftlang libc6-dev >/dev/null" \
    || fail "installing Swift in the Debian 13 root failed (is $mirror reachable?)"
fi
mount_proc
chroot "$root" swiftc --version | head -1

echo "== building libamparo and generating the Swift bindings"
"$repo/bindings/generate.sh" >/dev/null
generated="$repo/build/bindings"

# Everything the compiler needs, in one folder inside the root. The module
# map is renamed module.modulemap, and its Darwin line dropped for Linux.
work="$root/amparo-swift"
rm -rf "$work"
mkdir -p "$work/include"
cp "$generated/swift/AmparoCoreFFI.h" "$work/include/"
grep -v 'use "Darwin"' "$generated/swift/AmparoCoreFFI.modulemap" >"$work/include/module.modulemap"
cp "$generated/swift/AmparoCore.swift" "$here/Tests/main.swift" "$work/"
cp "$generated/lib/libamparo.so" "$work/"

echo "== compiling the Swift tests with swiftc"
chroot "$root" bash -c "cd /amparo-swift && swiftc -I include -L . -lamparo -module-name AmparoSwiftTests AmparoCore.swift main.swift -o amparo-swift-tests"
echo "== running the Swift tests"
chroot "$root" bash -c "cd /amparo-swift && LD_LIBRARY_PATH=. ./amparo-swift-tests"
