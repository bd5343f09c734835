//! Maintainer tasks, run as `cargo xtask <task>`:
//!
//! - `codegen [--check] [--spec PATH] [--config PATH] [--out DIR]`: regenerate the client's
//!   generated code from the spec (or, with `--check`, fail and name the stale files).
//! - `test`: run every test the project has, installing what the tests need.
//! - `mock [--upstream]`: serve the spec with Prism, to try the client offline.

mod bench;
mod codegen_task;
mod diff_task;
mod package_task;
mod prism;
mod runtime_api;
mod test_task;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, bail};

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  codegen [--check] [--strict] [--release-lock] [--spec PATH] [--config PATH] [--out DIR]
          [--all-operations]
      regenerate telnyx-video/src/generated from spec/ (--check: fail if it is stale;
      --strict: warnings and stale config entries are errors; --release-lock: without the API
      lock, at a planned major release)
  diff [--spec NEW] [--old OLD] [--config PATH] [--release-lock] [--json | --changelog VERSION]
      the public API NEW (default spec/telnyx-video.yaml) generates compared with OLD's (default
      spec/telnyx-video.yaml), each change with its semver effect, and the verdict
  diff --check-version | --record
      fail unless the crate version makes the bump the changes since spec/public-api.json call
      for (CI) | record the current API and version there (after a release; refused when it
      would replace the API recorded for the same version with another)
  diff --runtime-api CRATE_DIR
      the hand-written public API of a checkout of telnyx-video (as JSON), as --record stores it
  package
      cargo publish --dry-run of telnyx-video, then the package's own tests, unpacked
  test
      run every test: installs Prism (npm ci) for the contract tests and sets
      TELNYX_UPSTREAM_DIR to ../shared/upstream when unset
  bench [--no-compile] [--runs N]
      every budgeted figure (generation, client overhead, compile cost) with its spread, budget
      and verdict (see BENCHMARKS.md); --runs: repetitions of each build (default 3)
  synthetic [--operations N] --out FILE
      write a synthetic spec of N operations (default 1000), for scale tests and benchmarks
  mock [--upstream] [--dynamic] [--port N]
      serve our spec (or Telnyx's) with Prism at http://127.0.0.1:4010, in the foreground";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<ExitCode> {
    let mut args = std::env::args().skip(1);
    let task = args.next();
    let rest: Vec<String> = args.collect();
    match task.as_deref() {
        Some("codegen") => codegen_task::run(&rest),
        Some("test") => test_task::run(&rest),
        Some("mock") => prism::run_mock(&rest),
        Some("synthetic") => write_synthetic(&rest),
        Some("bench") => bench::run(&rest),
        Some("diff") => diff_task::run(&rest),
        Some("package") => package_task::run(&rest),
        Some("-h" | "--help") | None => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => bail!("unknown task `{other}`\n\n{USAGE}"),
    }
}

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// `cargo xtask synthetic [--operations N] --out FILE`.
fn write_synthetic(args: &[String]) -> Result<ExitCode> {
    let mut operations = 1000usize;
    let mut out = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--operations" => {
                operations = iter
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| anyhow::anyhow!("--operations needs a number"))?
            }
            "--out" => out = iter.next().map(PathBuf::from),
            other => bail!("unknown synthetic option `{other}`"),
        }
    }
    let out = out.ok_or_else(|| anyhow::anyhow!("--out FILE is required"))?;
    let resources = operations.div_ceil(codegen::synthetic::OPERATIONS_PER_RESOURCE);
    let bytes = serde_json::to_vec_pretty(&codegen::synthetic::spec(resources))?;
    std::fs::write(&out, bytes)?;
    println!(
        "{} operations in {resources} resources written to {}",
        resources * codegen::synthetic::OPERATIONS_PER_RESOURCE,
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}
