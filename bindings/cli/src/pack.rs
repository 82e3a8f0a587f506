//! `amparo pack …`: the maintainers' tools for content packs. Building,
//! signing and comparing are the compiler's; verifying and installing the
//! core's, exactly as a phone does them.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use amparo_core::trust::{KeyRole, TrustedKeys};
use amparo_core::{Amparo, PackRef};
use clap::Subcommand;
use serde::Serialize;

use crate::{EXIT_CONTENT, Failure, Output, usage};

#[derive(Subcommand)]
pub(crate) enum PackAction {
    /// Make a signing key: NAME.secret (keep it offline, never commit it)
    /// and NAME.public (its public half, to build into the core).
    Keygen {
        /// The folder to write the two files in.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        #[arg(long, default_value = "amparo")]
        name: String,
    },
    /// Compile a content folder and a locales folder into a signed pack.
    Build {
        content_dir: PathBuf,
        locales_dir: PathBuf,
        /// The content version: higher than any pack phones have.
        #[arg(long, value_name = "N")]
        version: u64,
        /// After this day (YYYY-MM-DD) apps say the content may be old.
        #[arg(long, value_name = "DATE")]
        stale_after: String,
        /// The secret key file to sign with.
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Check a pack as a phone would: signed by a built-in key, whole,
    /// readable by this version.
    Verify {
        pack: PathBuf,
        /// Also trust this public key file (to check a pack signed with a
        /// key that is not built in yet).
        #[arg(long, value_name = "FILE")]
        public_key: Option<PathBuf>,
    },
    /// What a pack says it is: version, dates, coverage, sections, key.
    Info { pack: PathBuf },
    /// Install a pack into a data folder as an app would.
    Install {
        pack: PathBuf,
        #[arg(long, value_name = "DIR")]
        data_dir: PathBuf,
    },
    /// What the second pack changes compared with the first: numbers, laws,
    /// policies, messages. For the reviewer, before signing.
    Diff { before: PathBuf, after: PathBuf },
}

fn content_failure(message: String) -> Failure {
    Failure {
        code: EXIT_CONTENT,
        message,
    }
}

fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|err| usage(&format!("cannot read {}: {err}", path.display())))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    std::fs::write(path, bytes)
        .map_err(|err| content_failure(format!("cannot write {}: {err}", path.display())))
}

#[derive(Serialize)]
struct PackInfo {
    format: u16,
    content_version: u64,
    built: String,
    stale_after: String,
    coverage: Vec<String>,
    min_core_version: String,
    locales: Vec<String>,
    sections: Vec<SectionInfo>,
    bytes: usize,
    key_id: String,
    /// What the built-in keys say of the signature.
    signature: String,
}

#[derive(Serialize)]
struct SectionInfo {
    section: String,
    bytes: u32,
    unpacked_bytes: u32,
}

fn describe(role: Option<KeyRole>) -> &'static str {
    match role {
        Some(KeyRole::Production) => "the production key",
        Some(KeyRole::Backup) => "the backup key",
        Some(KeyRole::Test) => "the test key",
        Some(KeyRole::Extra) => "the given public key",
        None => "an unknown key",
    }
}

fn pack_line(pack: &PackRef) -> String {
    format!(
        "content version {} ({:?}), signed with {} ({})\n",
        pack.content_version,
        pack.origin,
        describe(pack.key_role),
        pack.key_id.as_deref().unwrap_or("not signed")
    )
}

pub(crate) fn run(out: &Output, action: &PackAction) -> Result<(), Failure> {
    use amparo_compiler::keys;
    match action {
        PackAction::Keygen { out: dir, name } => {
            let key = keys::generate()
                .map_err(|err| content_failure(format!("no random numbers: {err}")))?;
            std::fs::create_dir_all(dir)
                .map_err(|err| content_failure(format!("cannot make {}: {err}", dir.display())))?;
            let secret = dir.join(format!("{name}.secret"));
            if secret.exists() {
                return Err(usage(
                    "that secret key file exists already; not overwritten",
                ));
            }
            write(&secret, keys::secret_text(&key).as_bytes())?;
            restrict(&secret);
            write(
                &dir.join(format!("{name}.public")),
                keys::public_text(&key).as_bytes(),
            )?;
            let id = amparo_core::pack::key_id(key.verifying_key().as_bytes());
            out.write(&format!(
                "wrote {name}.secret (keep it offline) and {name}.public in {}\nkey id {}\n",
                dir.display(),
                amparo_core::pack::key_id_hex(&id)
            ))
        }
        PackAction::Build {
            content_dir,
            locales_dir,
            version,
            stale_after,
            key,
            out: path,
        } => {
            let key = keys::read_secret(key).map_err(|err| usage(&format!("--key: {err}")))?;
            let built = amparo_compiler::build_date();
            let pack = amparo_compiler::pack::build(
                content_dir,
                locales_dir,
                &built,
                *version,
                stale_after,
                &key,
            )
            .map_err(content_failure)?;
            write(path, &pack)?;
            out.write(&format!(
                "wrote {} ({} bytes), content version {version}\n",
                path.display(),
                pack.len()
            ))
        }
        PackAction::Verify { pack, public_key } => {
            let mut keys = TrustedKeys::built_in();
            if let Some(file) = public_key {
                let public = keys::read_public(file)
                    .map_err(|err| usage(&format!("--public-key: {err}")))?;
                keys = keys.with(public, KeyRole::Extra);
            }
            let amparo = Amparo::open_pack_file(read(pack)?, &keys, &["en"])?;
            out.write(&format!("ok: {}", pack_line(&amparo.pack())))
        }
        PackAction::Info { pack } => {
            let bytes = read(pack)?;
            let signed =
                amparo_core::pack::split(&bytes).map_err(amparo_core::AmparoError::from)?;
            let signature = match TrustedKeys::built_in().verify(&signed) {
                Ok(role) => format!("valid, {}", describe(Some(role))),
                Err(err) => err.to_string(),
            };
            let layout = signed.read().map_err(amparo_core::AmparoError::from)?;
            let manifest = &layout.header.manifest;
            let [major, minor, patch] = manifest.min_core_version;
            let info = PackInfo {
                format: amparo_core::pack::FORMAT_VERSION,
                content_version: manifest.content_version,
                built: manifest.built.clone(),
                stale_after: manifest.stale_after.clone(),
                coverage: manifest.coverage.clone(),
                min_core_version: format!("{major}.{minor}.{patch}"),
                locales: layout
                    .header
                    .locales
                    .iter()
                    .map(|l| l.tag.clone())
                    .collect(),
                sections: layout
                    .header
                    .sections
                    .iter()
                    .map(|entry| SectionInfo {
                        section: entry.section.to_string(),
                        bytes: entry.len,
                        unpacked_bytes: entry.unpacked_len,
                    })
                    .collect(),
                bytes: bytes.len(),
                key_id: amparo_core::pack::key_id_hex(&layout.key_id),
                signature,
            };
            out.emit("pack", &info, render_info)
        }
        PackAction::Install { pack, data_dir } => {
            let storage = Arc::new(amparo_core::install::Folder::new(data_dir));
            let mut amparo = Amparo::open_with_data_folder(
                amparo_content::default_pack(),
                storage,
                TrustedKeys::built_in(),
                &["en"],
            )?;
            let installed = amparo.install_pack(read(pack)?)?;
            out.write(&format!("installed: {}", pack_line(&installed)))
        }
        PackAction::Diff { before, after } => {
            let decode = |path: &Path| {
                amparo_core::pack::decode(&read(path)?)
                    .map_err(|err| content_failure(format!("{}: {err}", path.display())))
            };
            let diff = amparo_compiler::diff::diff(&decode(before)?, &decode(after)?);
            out.emit("diff", &diff, render_diff)
        }
    }
}

/// Only the owner may read a secret key file.
fn restrict(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
}

fn render_info(info: &PackInfo) -> String {
    let mut text = format!(
        "content version  {}\nbuilt            {}\nstale after      {}\ncoverage         {}\nneeds core       {} or newer\nlocales          {} ({})\nsize             {} bytes\nkey id           {}\nsignature        {}\nsections:\n",
        info.content_version,
        info.built,
        info.stale_after,
        info.coverage.join(", "),
        info.min_core_version,
        info.locales.len(),
        info.locales.join(" "),
        info.bytes,
        info.key_id,
        info.signature,
    );
    for section in &info.sections {
        text.push_str(&format!(
            "  {:<20} {:>8} bytes ({} unpacked)\n",
            section.section, section.bytes, section.unpacked_bytes
        ));
    }
    text
}

fn render_diff(diff: &amparo_compiler::diff::PackDiff) -> String {
    let mut text = format!(
        "content version {} -> {}; stale after {} -> {}\n",
        diff.content_version.0, diff.content_version.1, diff.stale_after.0, diff.stale_after.1
    );
    if diff.is_empty() {
        text.push_str("no changes in numbers, laws, policies, languages or messages\n");
        return text;
    }
    let groups = [
        ("languages", &diff.locales),
        ("numbers", &diff.numbers),
        ("laws", &diff.laws),
        ("policies", &diff.policies),
        ("messages", &diff.messages),
    ];
    for (name, changes) in groups {
        if changes.is_empty() {
            continue;
        }
        text.push_str(&format!("{name} ({}):\n", changes.len()));
        for change in changes {
            let line = match (&change.before, &change.after) {
                (None, Some(after)) => format!("  + {}: {after}\n", change.id),
                (Some(before), None) => format!("  - {}: {before}\n", change.id),
                (Some(before), Some(after)) => {
                    format!("  ~ {}: {before}\n    -> {after}\n", change.id)
                }
                (None, None) => String::new(),
            };
            text.push_str(&line);
        }
    }
    for (tag, count) in &diff.translated_messages_changed {
        text.push_str(&format!("{tag}: {count} message(s) changed\n"));
    }
    text
}
