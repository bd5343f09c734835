//! Compile cost, for `cargo xtask bench`: cold builds of the Video crate against a bare
//! reqwest+serde_json+tokio project and against its own build with aws-lc (the TLS provider it
//! had before `rustls-ring`), and the crate generated from Telnyx's whole spec built alone with
//! its dependencies ready (time and peak memory per operation). Every build runs in an empty
//! target dir of its own, `runs` times, the sides alternating.

use std::path::Path;
use std::process::Command;

use anyhow::{Result, bail};

use super::{Budget, Figure, cargo, measured};

/// A cargo build in `dir` with `target` as target dir: wall seconds and peak KiB.
fn build(dir: &Path, target: &Path, args: &[&str]) -> Result<(f64, u64)> {
    let mut command = cargo();
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .args(["build", "-q"])
        .args(args);
    measured(command)
}

/// A bare reqwest + serde_json + tokio project with the same TLS stack as the crate's default
/// (rustls with ring, set up as the crate does): the floor for a client's build.
fn write_baseline(dir: &Path, lock: &Path) -> Result<()> {
    std::fs::create_dir_all(dir.join("src"))?;
    std::fs::write(
        dir.join("Cargo.toml"),
        r#"[package]
name = "bare-baseline"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
reqwest = { version = "0.13", default-features = false, features = ["rustls-no-provider", "http2"] }
rustls = { version = "0.23", default-features = false, features = ["std", "tls12", "ring"] }
rustls-platform-verifier = "0.7"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }

[workspace]
"#,
    )?;
    std::fs::write(
        dir.join("src/main.rs"),
        r#"#[derive(serde::Deserialize)]
struct Room { id: Option<String> }
#[derive(serde::Deserialize)]
struct One { data: Room }
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    use rustls_platform_verifier::BuilderVerifierExt;
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_platform_verifier()?
        .with_no_client_auth();
    let http = reqwest::Client::builder().tls_backend_preconfigured(tls).build()?;
    let body = http.get("http://127.0.0.1:9/rooms/x").send().await?.bytes().await?;
    let room: One = serde_json::from_slice(&body)?;
    println!("{:?}", room.data.id);
    Ok(())
}
"#,
    )?;
    // The same dependency versions as the workspace resolved.
    std::fs::copy(lock, dir.join("Cargo.lock"))?;
    Ok(())
}

/// Ratios of paired cold builds: `ours` over `theirs`, each from an empty target dir.
fn paired(
    runs: usize,
    scratch: &Path,
    mut ours: impl FnMut(&Path) -> Result<f64>,
    mut theirs: impl FnMut(&Path) -> Result<f64>,
) -> Result<(Vec<f64>, Vec<f64>, Vec<f64>)> {
    let (mut ratios, mut a, mut b) = (Vec::new(), Vec::new(), Vec::new());
    for run in 0..runs {
        let (dir_a, dir_b) = (scratch.join("a"), scratch.join("b"));
        let _ = std::fs::remove_dir_all(&dir_a);
        let _ = std::fs::remove_dir_all(&dir_b);
        let (x, y) = if run % 2 == 0 {
            let x = ours(&dir_a)?;
            (x, theirs(&dir_b)?)
        } else {
            let y = theirs(&dir_b)?;
            (ours(&dir_a)?, y)
        };
        ratios.push(x / y);
        a.push(x);
        b.push(y);
    }
    Ok((ratios, a, b))
}

/// The crate generated from Telnyx's whole spec: a copy of telnyx-video with that code, in a
/// workspace of its own that has the repository's workspace settings and lock file. Returns the
/// workspace dir and the number of operations.
fn write_full_crate(
    root: &Path,
    workspace: &Path,
    spec: &Path,
) -> Result<(std::path::PathBuf, usize)> {
    let _ = std::fs::remove_dir_all(workspace);
    let dir = workspace.join("telnyx-full");
    std::fs::create_dir_all(&dir)?;
    let status = Command::new("cp")
        .arg("-r")
        .arg(root.join("telnyx-video/src"))
        .arg(dir.join("src"))
        .status()?;
    if !status.success() {
        bail!("copying telnyx-video/src failed");
    }
    let generated = dir.join("src/generated");
    std::fs::remove_dir_all(&generated)?;
    let mut config = codegen::Config::from_file(&root.join("spec/codegen.toml"))?;
    config.select.all = true;
    let options = codegen::Options {
        source_name: "telnyx-full.yml".to_owned(),
        docs: codegen::DocMode::Full,
        rustfmt: false,
    };
    let output = codegen::generate_file(spec, &config, &options)?;
    std::fs::create_dir_all(&generated)?;
    for file in &output.files {
        std::fs::write(generated.join(&file.path), &file.contents)?;
    }
    let manifest = std::fs::read_to_string(root.join("telnyx-video/Cargo.toml"))?;
    // The library and its dependencies only: no tests, examples or benches.
    let manifest = manifest
        .split("\n[dev-dependencies]")
        .next()
        .unwrap_or_default()
        .replace("name = \"telnyx-video\"", "name = \"telnyx-full\"")
        // The whole spec has multipart bodies and event streams; serde-all stays off.
        .replace(
            "default = [\"rustls-ring\", \"webhooks\"]",
            "default = [\"rustls-ring\", \"webhooks\", \"multipart\", \"sse\"]",
        );
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    let workspace_manifest = std::fs::read_to_string(root.join("Cargo.toml"))?;
    let start = workspace_manifest.find("members = [").unwrap_or(0);
    let end = start + workspace_manifest[start..].find(']').unwrap_or(0) + 1;
    let workspace_manifest = format!(
        "{}members = [\"telnyx-full\"]{}",
        &workspace_manifest[..start],
        &workspace_manifest[end..]
    );
    std::fs::write(workspace.join("Cargo.toml"), workspace_manifest)?;
    std::fs::copy(root.join("Cargo.lock"), workspace.join("Cargo.lock"))?;
    Ok((workspace.to_owned(), output.operation_count()))
}

pub(super) fn measure(
    root: &Path,
    scratch: &Path,
    runs: usize,
    figures: &mut Vec<Figure>,
) -> Result<()> {
    let baseline = scratch.join("baseline-src");
    write_baseline(&baseline, &root.join("Cargo.lock"))?;
    let video = ["-p", "telnyx-video"];
    let aws_lc = [
        "-p",
        "telnyx-video",
        "--no-default-features",
        "--features",
        "rustls-aws-lc,webhooks",
    ];
    // (figure, its budget, the other side: its dir and build arguments)
    let pairs: [(&str, f64, &Path, &[&str]); 2] = [
        (
            "cold debug build, telnyx-video / bare reqwest+serde_json+tokio (same TLS stack)",
            1.1,
            &baseline,
            &[],
        ),
        (
            "cold debug build, default features (rustls-ring) / with aws-lc",
            0.8,
            root,
            &aws_lc,
        ),
    ];
    for (at, (label, budget, dir, args)) in pairs.into_iter().enumerate() {
        let (ratios, ours, theirs) = paired(
            runs,
            &scratch.join(format!("cold-{at}")),
            |target| build(root, target, &video).map(|(s, _)| s),
            |target| build(dir, target, args).map(|(s, _)| s),
        )?;
        let seconds = |v: &[f64]| {
            v.iter()
                .map(|s| format!("{s:.1} s"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        println!("{label}: {} against {}", seconds(&ours), seconds(&theirs));
        figures.push(Figure::new(label, "x", ratios, Budget::AtMost(budget)));
    }

    let spec = std::env::var_os("TELNYX_UPSTREAM_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/upstream"))
        .join("telnyx-full.yml");
    if !spec.is_file() {
        println!("(Telnyx's whole spec not found: the per-operation figures are skipped)");
        return Ok(());
    }
    let (dir, operations) = write_full_crate(root, &scratch.join("telnyx-full"), &spec)?;
    let operations = operations as f64;
    let target = scratch.join("telnyx-full-target");
    build(&dir, &target, &[])?;
    let (mut ms, mut mb) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let status = cargo()
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", &target)
            .args(["clean", "-q", "-p", "telnyx-full"])
            .status()?;
        if !status.success() {
            bail!("cargo clean -p telnyx-full failed");
        }
        let (seconds, kib) = build(&dir, &target, &[])?;
        ms.push(seconds * 1e3 / operations);
        mb.push(kib as f64 / 1024.0 * 1.048576 / operations);
    }
    figures.push(Figure::new(
        "Telnyx whole spec crate alone (debug, deps ready): time per operation",
        "ms",
        ms,
        Budget::AtMost(45.0),
    ));
    figures.push(Figure::new(
        "Telnyx whole spec crate alone: peak memory per operation",
        "MB",
        mb,
        Budget::AtMost(2.5),
    ));
    Ok(())
}
