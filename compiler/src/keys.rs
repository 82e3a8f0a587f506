//! Signing keys for content packs, as files a maintainer keeps.
//!
//! A secret key file holds the 32-byte ed25519 seed in hex on one line; a
//! public key file the 32-byte public key in hex. Secret keys are made on
//! an offline machine and never committed (MAINTAINERS.md); the only secret
//! in the repository is the test key, which release builds do not trust.

use std::path::Path;

pub use ed25519_dalek::SigningKey;

/// A new random signing key, from the operating system's generator.
pub fn generate() -> std::io::Result<SigningKey> {
    use std::io::Read;
    let mut seed = [0u8; 32];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut seed)?;
    Ok(SigningKey::from_bytes(&seed))
}

/// Reads a secret key file.
pub fn read_secret(path: &Path) -> Result<SigningKey, String> {
    let text = std::fs::read_to_string(path).map_err(|err| format!("cannot read: {err}"))?;
    Ok(SigningKey::from_bytes(&from_hex(&text)?))
}

/// Reads a public key file.
pub fn read_public(path: &Path) -> Result<[u8; 32], String> {
    let text = std::fs::read_to_string(path).map_err(|err| format!("cannot read: {err}"))?;
    from_hex(&text)
}

/// The secret key file's text.
pub fn secret_text(key: &SigningKey) -> String {
    format!("{}\n", hex(key.as_bytes()))
}

/// The public key file's text.
pub fn public_text(key: &SigningKey) -> String {
    format!("{}\n", hex(key.verifying_key().as_bytes()))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// 64 hex digits (white space around them ignored) as 32 bytes.
pub fn from_hex(text: &str) -> Result<[u8; 32], String> {
    let digits = text.trim();
    if digits.len() != 64 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err("a key file holds 64 hex digits".to_owned());
    }
    let mut bytes = [0u8; 32];
    for (i, byte) in bytes.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&digits[2 * i..2 * i + 2], 16)
            .map_err(|_| "a key file holds 64 hex digits".to_owned())?;
    }
    Ok(bytes)
}
