//! `cargo xtask test`: every test of the workspace, with what the tests need set up.

use std::process::{Command, ExitCode};

use anyhow::{Context, Result, bail};

use crate::workspace_root;

pub fn run(args: &[String]) -> Result<ExitCode> {
    if let Some(arg) = args.first() {
        bail!("`cargo xtask test` takes no options (got `{arg}`)");
    }
    let root = workspace_root();
    let prism = crate::prism::ensure_installed()?;
    let mut cargo = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cargo
        .current_dir(&root)
        .args(["test", "--workspace", "--all-targets", "--no-fail-fast"])
        // The round trips (responses written back, requests read) need both serde directions.
        .args(["--features", "telnyx-video/serde-all"]);
    cargo.env("TELNYX_PRISM_BIN", &prism);
    // Tests that plain `cargo test` skips for want of Prism or Telnyx's spec fail here instead.
    cargo.env("TELNYX_VIDEO_REQUIRE_ALL_TESTS", "1");
    if std::env::var_os("TELNYX_UPSTREAM_DIR").is_none() {
        let upstream = root.join("../shared/upstream");
        if upstream.join("telnyx-video.yml").is_file() {
            let upstream = std::fs::canonicalize(&upstream).unwrap_or(upstream);
            println!("TELNYX_UPSTREAM_DIR={}", upstream.display());
            cargo.env("TELNYX_UPSTREAM_DIR", upstream);
        }
    }
    let status = cargo.status().context("running cargo test")?;
    if !status.success() {
        return Ok(ExitCode::FAILURE);
    }
    // The runtime's parts the Video API does not use (multipart bodies, event streams) are
    // behind features: their own tests run with them on.
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(&root)
        .args([
            "test",
            "-p",
            "telnyx-video",
            "--lib",
            "--features",
            "multipart,sse",
        ])
        .status()
        .context("running the runtime's tests with its optional features")?;
    if !status.success() {
        return Ok(ExitCode::FAILURE);
    }
    // Doctests are not part of --all-targets.
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(&root)
        .args(["test", "--workspace", "--doc"])
        .status()
        .context("running cargo test --doc")?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
