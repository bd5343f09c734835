//! Final formatting with the toolchain's rustfmt, so generated files are exactly what
//! `cargo fmt` would leave them as (prettyplease output is close to, but not, rustfmt style).

use std::io::Write;
use std::process::{Command, Stdio};

use crate::error::Error;

/// Formats `source` with `rustfmt --edition 2024` (or `$RUSTFMT`).
pub fn rustfmt(path: &str, source: &str) -> Result<String, Error> {
    let fail = |message: String| Error::Format {
        file: path.to_owned(),
        message,
    };
    let program = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".to_owned());
    let mut child = Command::new(&program)
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            fail(format!(
                "cannot run `{program}` ({e}); install it with `rustup component add rustfmt`"
            ))
        })?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| fail("rustfmt has no stdin".to_owned()))?;
    let input = source.to_owned();
    // Write from another thread so a large file cannot deadlock against rustfmt's stdout.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(|e| fail(e.to_string()))?;
    writer
        .join()
        .map_err(|_| fail("writing to rustfmt failed".to_owned()))?
        .map_err(|e| fail(e.to_string()))?;
    if !output.status.success() {
        return Err(fail(
            String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| fail(e.to_string()))
}
