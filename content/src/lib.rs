//! The default content pack, compiled from `content/` and `locales/` at build
//! time and embedded in the binary (also in debug builds: `debug-embed`).
//! Nothing here touches the file system at run time.

use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The bytes of the default pack, for `amparo_core::Amparo::open_embedded`.
pub fn default_pack() -> Cow<'static, [u8]> {
    // The build script always writes this file; an empty pack would be
    // refused by `Amparo::open_embedded` with a typed error rather than a panic.
    Embedded::get("default.pack").map_or(Cow::Borrowed(&[]), |file| file.data)
}
