//! Which keys a pack file may be signed with, and checking a signature.
//!
//! Invariants: only the public halves live here; a pack from outside the
//! app is used only if an ed25519 signature by one of these keys holds
//! (strict verification: no malleable or small-order signatures) over every
//! byte before the signature. The test key is compiled in only for tests
//! (`cfg(test)` or the `test-key` feature, which release builds never set),
//! so a release build answers a test-signed pack with "unknown key".

use ed25519_dalek::{Signature, VerifyingKey};

use crate::error::AmparoError;
use crate::pack::{KeyId, Signed, UNSIGNED, key_id};

/// What a trusted key is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyRole {
    /// Signs every release of the content.
    Production,
    /// Kept apart, offline, to take over if the production key is lost or
    /// exposed (see MAINTAINERS.md).
    Backup,
    /// Signs test packs; never trusted by a release build.
    Test,
    /// A key a maintainers' tool was told to trust for one run.
    Extra,
}

/// The production key's public half (MAINTAINERS.md says how it was made
/// and where its secret half is kept).
const PRODUCTION: [u8; 32] = [
    0xd0, 0xf6, 0xcc, 0xaf, 0xa9, 0x92, 0x43, 0x86, 0x07, 0x58, 0xad, 0xca, 0x11, 0xbc, 0x65, 0x5b,
    0x45, 0x2a, 0x5c, 0xe1, 0x58, 0xd8, 0x65, 0x8f, 0x5b, 0xad, 0x47, 0x51, 0xeb, 0x42, 0x82, 0xb7,
];
/// The backup key's public half.
const BACKUP: [u8; 32] = [
    0xdf, 0x81, 0x25, 0x76, 0x17, 0x10, 0x5c, 0x9e, 0x2a, 0x7e, 0x0a, 0x48, 0x9c, 0x54, 0x6c, 0x0d,
    0xfa, 0xda, 0x6f, 0xfa, 0x66, 0x15, 0xa0, 0x12, 0x0d, 0x3e, 0xf6, 0x53, 0xb6, 0xf2, 0xa7, 0xef,
];
/// The test key's public half; its secret half is
/// `tests/fixtures/keys/test.secret`, public on purpose.
#[cfg(any(test, feature = "test-key"))]
pub const TEST_PUBLIC_KEY: [u8; 32] = [
    0xf6, 0x9d, 0x99, 0xf8, 0x23, 0xb8, 0x30, 0x16, 0x77, 0xf3, 0x83, 0xa4, 0x99, 0x93, 0xc8, 0x0b,
    0x5f, 0x82, 0x69, 0xf8, 0xfa, 0x15, 0x80, 0x58, 0x44, 0x3b, 0x1c, 0xb9, 0x58, 0x7c, 0xae, 0x20,
];

/// The keys a pack file may be signed with.
#[derive(Debug, Clone)]
pub struct TrustedKeys {
    keys: Vec<(KeyId, [u8; 32], KeyRole)>,
}

impl TrustedKeys {
    /// The production and backup keys (and, in test builds only, the test
    /// key).
    pub fn built_in() -> Self {
        let mut keys = TrustedKeys { keys: Vec::new() };
        keys = keys.with(PRODUCTION, KeyRole::Production);
        keys = keys.with(BACKUP, KeyRole::Backup);
        #[cfg(any(test, feature = "test-key"))]
        {
            keys = keys.with(TEST_PUBLIC_KEY, KeyRole::Test);
        }
        keys
    }

    /// These keys and one more, for maintainers' tools checking a pack
    /// against a key of their own. The phone library never offers this.
    pub fn with(mut self, public_key: [u8; 32], role: KeyRole) -> Self {
        self.keys.push((key_id(&public_key), public_key, role));
        self
    }

    /// Whose key an id is.
    pub fn role(&self, id: &KeyId) -> Option<KeyRole> {
        self.keys
            .iter()
            .find(|(known, _, _)| known == id)
            .map(|(_, _, role)| *role)
    }

    /// Checks a pack's signature before anything else of it is read.
    pub fn verify(&self, pack: &Signed<'_>) -> Result<KeyRole, AmparoError> {
        if pack.key_id == UNSIGNED {
            return Err(AmparoError::UnknownKey);
        }
        let Some((_, public_key, role)) = self.keys.iter().find(|(id, _, _)| *id == pack.key_id)
        else {
            return Err(AmparoError::UnknownKey);
        };
        let key = VerifyingKey::from_bytes(public_key).map_err(|_| AmparoError::UnknownKey)?;
        let signature = Signature::from_bytes(pack.signature);
        key.verify_strict(pack.message, &signature)
            .map_err(|_| AmparoError::BadSignature)?;
        Ok(*role)
    }
}
