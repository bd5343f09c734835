//! The generator's error and warning types: every problem names the spec file and a JSON pointer.

use std::fmt;
use std::path::PathBuf;

use crate::pointer::Pointer;

/// One problem found in a spec, located by JSON pointer.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Where in the document the problem is.
    pub pointer: Pointer,
    /// What is wrong, in one sentence.
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic at `pointer`.
    pub fn new(pointer: Pointer, message: impl Into<String>) -> Self {
        Diagnostic {
            pointer,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pointer, self.message)
    }
}

/// Why generation failed. Never a panic: every malformed input ends here.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec or config file could not be read.
    #[error("{}: cannot read: {source}", file.display())]
    Read {
        /// The file.
        file: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not well-formed YAML or JSON.
    #[error("{}:{line}:{column}: not valid YAML/JSON: {message}", file.display())]
    Syntax {
        /// The file.
        file: PathBuf,
        /// 1-based line of the problem (0 when unknown).
        line: usize,
        /// 1-based column of the problem (0 when unknown).
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// The document is well-formed but not a usable OpenAPI description; all problems found.
    #[error("{}", render_spec(file, diagnostics))]
    Spec {
        /// The file.
        file: PathBuf,
        /// Every problem found, in document order.
        diagnostics: Vec<Diagnostic>,
    },
    /// The generator config (`codegen.toml`) is invalid.
    #[error("{}: invalid generator config: {message}", file.display())]
    Config {
        /// The config file.
        file: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// rustfmt could not be run on a generated file.
    #[error("formatting generated {file} failed: {message}")]
    Format {
        /// The output file.
        file: String,
        /// What went wrong.
        message: String,
    },
    /// The emitted tokens did not form valid Rust: a generator bug, reported instead of panicking.
    #[error("internal error: generated {file} is not valid Rust: {message}")]
    Emit {
        /// The output file that failed.
        file: String,
        /// The parser's message.
        message: String,
    },
}

impl Error {
    /// The diagnostics of a [`Error::Spec`]; empty for the other kinds.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Spec { diagnostics, .. } => diagnostics,
            _ => &[],
        }
    }
}

fn render_spec(file: &std::path::Path, diagnostics: &[Diagnostic]) -> String {
    let lines: Vec<String> = diagnostics
        .iter()
        .map(|d| format!("{}: {d}", file.display()))
        .collect();
    lines.join("\n")
}
