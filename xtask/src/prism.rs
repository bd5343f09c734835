//! Prism, the OpenAPI mock server of the contract tests: installed from the committed
//! `xtask/prism/package-lock.json` with `npm ci`, and started for `cargo xtask mock`.

use std::path::PathBuf;
use std::process::{Command, ExitCode};

use anyhow::{Context, Result, bail};

use crate::workspace_root;

/// The `prism` binary, installed first if it is missing.
pub fn ensure_installed() -> Result<PathBuf> {
    let dir = workspace_root().join("xtask/prism");
    let bin = dir.join("node_modules/.bin/prism");
    if bin.is_file() {
        return Ok(bin);
    }
    println!("installing Prism (npm ci in {})", dir.display());
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&dir)
        .status()
        .context("running `npm ci` (is Node.js with npm installed?)")?;
    if !status.success() || !bin.is_file() {
        bail!(
            "`npm ci` in {} failed; Prism is needed by the contract tests",
            dir.display()
        );
    }
    Ok(bin)
}

/// `cargo xtask mock [--upstream] [--port N] [--dynamic]`: Prism in the foreground.
pub fn run_mock(args: &[String]) -> Result<ExitCode> {
    let root = workspace_root();
    let mut spec = root.join("spec/telnyx-video.yaml");
    let mut port = "4010".to_owned();
    let mut dynamic = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--upstream" => {
                let dir = std::env::var_os("TELNYX_UPSTREAM_DIR")
                    .map(PathBuf::from)
                    .unwrap_or_else(|| root.join("../shared/upstream"));
                spec = dir.join("telnyx-video.yml");
            }
            "--dynamic" => dynamic = true,
            "--port" => port = iter.next().cloned().context("--port needs a value")?,
            other => bail!("unknown mock option `{other}`"),
        }
    }
    let bin = ensure_installed()?;
    println!(
        "Prism serving {} at http://127.0.0.1:{port}",
        spec.display()
    );
    println!(
        "try: TELNYX_BASE_URL=http://127.0.0.1:{port} TELNYX_API_KEY=test cargo run -p telnyx-video --example video_service"
    );
    let mut command = Command::new(bin);
    command.args(["mock", "-h", "127.0.0.1", "-p", &port]);
    if dynamic {
        command.arg("-d");
    }
    let status = command.arg(&spec).status().context("starting prism")?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
