//! For the tests of what a person at a terminal sees and types: typed
//! input piped in, and a real terminal (tmux).

use std::process::{Command, Output};

/// A program running in a real 80×24 terminal (a tmux session), for tests
/// of what a person at a terminal sees and types. `None` when tmux is
/// missing (CI installs it, with chromium, and then it must be there).
pub struct Tmux {
    session: String,
}

impl Tmux {
    pub fn start(name: &str, command: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(
                std::env::var_os("AMPARO_REQUIRE_CHROMIUM").is_none(),
                "CI installs tmux with chromium"
            );
            eprintln!("skipped: tmux is not installed");
            return None;
        }
        let session = format!("amparo-{name}-{}", std::process::id());
        let started = Command::new("tmux")
            .args([
                "new-session",
                "-d",
                "-s",
                &session,
                "-x",
                "80",
                "-y",
                "24",
                command,
            ])
            .output()
            .expect("tmux runs");
        assert!(
            started.status.success(),
            "{}",
            String::from_utf8_lossy(&started.stderr)
        );
        Some(Tmux { session })
    }

    /// The screen once it shows `want`, or after 10 s (a busy machine).
    pub fn screen_with(&self, want: &str) -> String {
        let mut screen = String::new();
        for _ in 0..40 {
            std::thread::sleep(std::time::Duration::from_millis(250));
            let out = Command::new("tmux")
                .args(["capture-pane", "-p", "-t", &self.session])
                .output()
                .expect("capture");
            screen = String::from_utf8_lossy(&out.stdout).into_owned();
            if screen.contains(want) {
                break;
            }
        }
        screen
    }

    pub fn keys(&self, keys: &[&str]) {
        let _ = Command::new("tmux")
            .args(["send-keys", "-t", &self.session])
            .args(keys)
            .output();
    }

    /// The command the pane runs now (`sleep` once amparo has ended).
    pub fn running(&self) -> String {
        let out = Command::new("tmux")
            .args([
                "list-panes",
                "-t",
                &self.session,
                "-F",
                "#{pane_current_command}",
            ])
            .output()
            .expect("list-panes");
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.session])
            .output();
    }
}

/// Runs amparo with `typed` as what a person types (a line per key or
/// answer), and a terminal `columns` wide.
pub fn amparo_typed(args: &[&str], typed: &str, columns: &str) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_amparo"))
        .args(args)
        .env("COLUMNS", columns)
        .env("LANG", "C.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("amparo runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(typed.as_bytes())
        .expect("typed");
    child.wait_with_output().expect("amparo ends")
}
