//! Optional final formatting with the toolchain's rustfmt (`cargo xtask codegen --rustfmt`), for
//! a crate that cannot declare its generated module `#[rustfmt::skip]`: the files are then
//! exactly what `cargo fmt` would leave them as. Off by default: prettyplease's output depends
//! on nothing installed, and is four times faster to get.
//!
//! Starting rustfmt costs more than formatting one file, and a spec like Telnyx's has 180
//! files: [`rustfmt_files`] formats them in as many rustfmt processes as there are cores, each
//! given its share of the files at once (files in a scratch directory, formatted in place).

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

/// Formats every file's contents (a `mod.rs` alone through stdin: given as a file, rustfmt
/// would also format the modules it declares, which other processes are formatting).
pub fn rustfmt_files(files: &mut [crate::emit::GeneratedFile]) -> Result<(), Error> {
    let (declaring, leaves): (Vec<usize>, Vec<usize>) =
        (0..files.len()).partition(|&i| files[i].path.ends_with("mod.rs"));
    for i in declaring {
        files[i].contents = rustfmt(&files[i].path, &files[i].contents)?;
    }
    if leaves.is_empty() {
        return Ok(());
    }
    static SCRATCH: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "codegen-rustfmt-{}-{}",
        std::process::id(),
        SCRATCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let result = format_in(&dir, files, &leaves);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn format_in(
    dir: &std::path::Path,
    files: &mut [crate::emit::GeneratedFile],
    leaves: &[usize],
) -> Result<(), Error> {
    let fail = |file: &str, message: String| Error::Format {
        file: file.to_owned(),
        message,
    };
    std::fs::create_dir_all(dir).map_err(|e| fail("(scratch)", e.to_string()))?;
    for &i in leaves {
        std::fs::write(dir.join(&files[i].path), &files[i].contents)
            .map_err(|e| fail(&files[i].path, e.to_string()))?;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = leaves.len().div_ceil(cores).max(1);
    let program = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".to_owned());
    let outcomes: Vec<Result<(), Error>> = std::thread::scope(|scope| {
        let handles: Vec<_> = leaves
            .chunks(chunk)
            .map(|share| {
                let paths: Vec<std::path::PathBuf> =
                    share.iter().map(|&i| dir.join(&files[i].path)).collect();
                let program = program.clone();
                let first = files[share[0]].path.clone();
                scope.spawn(move || {
                    let output = Command::new(&program)
                        .args(["--edition", "2024", "--quiet"])
                        .args(&paths)
                        .output()
                        .map_err(|e| {
                            fail(
                                &first,
                                format!("cannot run `{program}` ({e}); install it with `rustup component add rustfmt`"),
                            )
                        })?;
                    if output.status.success() {
                        Ok(())
                    } else {
                        Err(fail(&first, String::from_utf8_lossy(&output.stderr).trim().to_owned()))
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(fail("(rustfmt)", "a formatting thread failed".to_owned()))
                })
            })
            .collect()
    });
    outcomes.into_iter().collect::<Result<Vec<()>, Error>>()?;
    for &i in leaves {
        files[i].contents = std::fs::read_to_string(dir.join(&files[i].path))
            .map_err(|e| fail(&files[i].path, e.to_string()))?;
    }
    Ok(())
}
