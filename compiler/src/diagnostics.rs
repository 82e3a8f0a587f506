//! Problems found, each at its file and line, and the source files they point
//! into. The compiler reports all it finds in one run.

use std::fmt;
use std::path::{Path, PathBuf};

use toml::Spanned;

/// One problem, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based; 0 when the problem is with the file as a whole.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        }
    }
}

/// A file read into memory, for line lookups.
pub(crate) struct SourceFile {
    pub(crate) path: PathBuf,
    pub(crate) text: String,
}

impl SourceFile {
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }
}

#[derive(Default)]
pub(crate) struct Diagnostics(pub(crate) Vec<Diagnostic>);

impl Diagnostics {
    pub(crate) fn at_offset(&mut self, file: &SourceFile, offset: usize, message: String) {
        self.at_line(file, file.line_of(offset), message);
    }

    pub(crate) fn at_line(&mut self, file: &SourceFile, line: usize, message: String) {
        self.0.push(Diagnostic {
            file: file.path.clone(),
            line,
            message,
        });
    }

    pub(crate) fn at<T>(&mut self, file: &SourceFile, spanned: &Spanned<T>, message: String) {
        self.at_offset(file, spanned.span().start, message);
    }

    pub(crate) fn whole_file(&mut self, path: &Path, message: String) {
        self.0.push(Diagnostic {
            file: path.to_owned(),
            line: 0,
            message,
        });
    }
}
