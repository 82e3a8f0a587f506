//! What a content pack holds and how its bytes are read, shared by the run
//! time (`amparo-core`) and the compiler (`amparo-compiler`):
//!
//! - [`model`]: the compiled, language-neutral content records.
//! - [`messages`]: every message id the run time shows by name, declared once.
//! - [`pack`]: reading pack bytes (writing is the compiler's).
//! - [`text`]: folding names for matching what people type.
//!
//! Invariant: nothing here reads files, the network or the clock.

#![forbid(unsafe_code)]

pub mod messages;
pub mod model;
pub mod pack;
pub mod text;
pub mod unaccent;

/// Why pack bytes cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// Not a content pack at all (wrong or missing magic).
    #[error("this is not an Amparo content pack")]
    NotAPack,
    /// A pack of another format version.
    #[error(
        "this content pack has format {found}; this version of Amparo reads format {supported}"
    )]
    UnsupportedPackFormat { found: u16, supported: u16 },
    /// Damaged: truncated, altered or forged.
    #[error("the content pack is damaged: {reason}")]
    CorruptPack { reason: String },
    /// Larger than any genuine pack can be; refused before reading it.
    #[error("the content pack is larger than {limit_bytes} bytes")]
    PackTooLarge { limit_bytes: u64 },
}

/// This crate's version (major, minor, patch): what a pack's
/// `min_core_version` is compared with.
pub const CORE_VERSION: [u16; 3] = [
    parse_u16(env!("CARGO_PKG_VERSION_MAJOR")),
    parse_u16(env!("CARGO_PKG_VERSION_MINOR")),
    parse_u16(env!("CARGO_PKG_VERSION_PATCH")),
];

// Only ever evaluated at compile time, where an index out of range fails the
// build instead of panicking.
#[allow(clippy::indexing_slicing)]
const fn parse_u16(digits: &str) -> u16 {
    let bytes = digits.as_bytes();
    let mut value: u16 = 0;
    let mut i = 0;
    while i < bytes.len() {
        value = value * 10 + (bytes[i] - b'0') as u16;
        i += 1;
    }
    value
}
