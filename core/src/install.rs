//! The app's data folder: where an installed pack is kept.
//!
//! Invariants: only two files are ever written, both with fixed names in
//! the folder the shell named (never a name from a pack): `content.pack`
//! and `highest-version`. A pack is written whole or not at all (a
//! temporary file, synced, renamed over the old one, the folder synced), so
//! a failure at any step leaves the old pack, and a refused pack touches
//! nothing. The floor for a new pack is the highest version ever in use:
//! the embedded one, the installed one, or the one recorded when an
//! installed pack was forgotten; wiping the folder leaves the embedded
//! version as the floor. Nothing about queries or places is ever written.

use std::io::Write;
use std::path::PathBuf;

use crate::error::AmparoError;

pub(crate) const PACK_FILE: &str = "content.pack";
const TEMPORARY_FILE: &str = "content.pack.partial";
const HIGHEST_FILE: &str = "highest-version";
const HIGHEST_TEMPORARY_FILE: &str = "highest-version.partial";

/// The file operations an install needs, so that tests can make any one
/// of them fail. [`Folder`] is the real one.
pub trait Storage: Send + Sync {
    /// A file's bytes, or `None` if it does not exist.
    fn read(&self, name: &str) -> std::io::Result<Option<Vec<u8>>>;
    /// Creates (or truncates) `name` and writes `bytes` to it.
    fn write(&self, name: &str, bytes: &[u8]) -> std::io::Result<()>;
    /// Forces `name`'s bytes to the disk.
    fn sync(&self, name: &str) -> std::io::Result<()>;
    /// Replaces `to` with `from` in one step.
    fn rename(&self, from: &str, to: &str) -> std::io::Result<()>;
    /// Forces the folder's entries (a rename) to the disk.
    fn sync_folder(&self) -> std::io::Result<()>;
    /// Removes `name` if it exists.
    fn remove(&self, name: &str) -> std::io::Result<()>;
}

/// A real folder on the phone, named by the shell (its app-private files
/// folder).
#[derive(Debug, Clone)]
pub struct Folder {
    path: PathBuf,
}

impl Folder {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Folder { path: path.into() }
    }
}

impl Storage for Folder {
    fn read(&self, name: &str) -> std::io::Result<Option<Vec<u8>>> {
        match std::fs::read(self.path.join(name)) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(err),
        }
    }

    fn write(&self, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.path)?;
        let mut file = std::fs::File::create(self.path.join(name))?;
        file.write_all(bytes)
    }

    fn sync(&self, name: &str) -> std::io::Result<()> {
        std::fs::File::open(self.path.join(name))?.sync_all()
    }

    fn rename(&self, from: &str, to: &str) -> std::io::Result<()> {
        std::fs::rename(self.path.join(from), self.path.join(to))
    }

    fn sync_folder(&self) -> std::io::Result<()> {
        // A folder is synced by opening it, on Unix (Android and iOS too).
        #[cfg(unix)]
        {
            std::fs::File::open(&self.path)?.sync_all()
        }
        // Elsewhere (Windows) a folder cannot be opened to sync it.
        #[cfg(not(unix))]
        {
            Ok(())
        }
    }

    fn remove(&self, name: &str) -> std::io::Result<()> {
        match std::fs::remove_file(self.path.join(name)) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err),
            _ => Ok(()),
        }
    }
}

fn storage_error(err: std::io::Error) -> AmparoError {
    // The kind only: an error text could carry the folder's path.
    AmparoError::Storage {
        reason: err.kind().to_string(),
    }
}

/// The installed pack's bytes, if any.
pub(crate) fn installed(storage: &dyn Storage) -> Result<Option<Vec<u8>>, AmparoError> {
    storage.read(PACK_FILE).map_err(storage_error)
}

/// The highest version recorded when a pack was forgotten (0 if none).
pub(crate) fn recorded_highest(storage: &dyn Storage) -> u64 {
    storage
        .read(HIGHEST_FILE)
        .ok()
        .flatten()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| text.trim().parse().ok())
        .unwrap_or(0)
}

/// Writes `bytes` as `name`, whole or not at all.
fn write_whole(
    storage: &dyn Storage,
    temporary: &str,
    name: &str,
    bytes: &[u8],
) -> Result<(), AmparoError> {
    let written = storage
        .write(temporary, bytes)
        .and_then(|()| storage.sync(temporary))
        .and_then(|()| storage.rename(temporary, name));
    if let Err(err) = written {
        // Best effort: the old file is untouched either way.
        let _ = storage.remove(temporary);
        return Err(storage_error(err));
    }
    storage.sync_folder().map_err(storage_error)
}

/// Puts a checked pack in place of the installed one.
pub(crate) fn write_pack(storage: &dyn Storage, bytes: &[u8]) -> Result<(), AmparoError> {
    write_whole(storage, TEMPORARY_FILE, PACK_FILE, bytes)
}

/// Removes the installed pack, first recording its version as the floor.
pub(crate) fn forget(storage: &dyn Storage, highest: u64) -> Result<(), AmparoError> {
    if highest > recorded_highest(storage) {
        let text = highest.to_string();
        write_whole(
            storage,
            HIGHEST_TEMPORARY_FILE,
            HIGHEST_FILE,
            text.as_bytes(),
        )?;
    }
    storage.remove(PACK_FILE).map_err(storage_error)?;
    storage.sync_folder().map_err(storage_error)
}
