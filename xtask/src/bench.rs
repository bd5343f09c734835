//! `cargo xtask bench`: generation speed, client overhead against the raw transport, and compile
//! cost, each as ratios against a baseline measured in the same run. Prints markdown tables
//! (BENCHMARKS.md records one run).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::workspace_root;

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn run_bench(package: &str, bench: &str) -> Result<()> {
    let status = cargo()
        .current_dir(workspace_root())
        .args(["bench", "-q", "-p", package, "--bench", bench])
        .status()?;
    if !status.success() {
        bail!("cargo bench -p {package} --bench {bench} failed");
    }
    Ok(())
}

/// Peak resident memory (KiB) of one `cargo xtask codegen --out <tmp>` process.
fn codegen_peak_memory(scratch: &Path) -> Result<u64> {
    let out = scratch.join("generated");
    let status = Command::new(std::env::current_exe()?)
        .args(["codegen", "--out"])
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .status()?;
    if !status.success() {
        bail!("codegen failed");
    }
    // SAFETY: getrusage only writes into the struct we pass.
    let usage = unsafe {
        let mut usage = std::mem::zeroed::<libc::rusage>();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    Ok(usage.ru_maxrss as u64)
}

/// Wall-clock seconds of `cargo build` with `args` in `dir`, with `target` as the target dir.
fn timed_build(dir: &Path, target: &Path, args: &[&str]) -> Result<f64> {
    let started = Instant::now();
    let status = cargo()
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .args(["build", "-q"])
        .args(args)
        .status()
        .with_context(|| format!("cargo build {args:?} in {}", dir.display()))?;
    if !status.success() {
        bail!("cargo build {args:?} in {} failed", dir.display());
    }
    Ok(started.elapsed().as_secs_f64())
}

/// A bare reqwest (rustls) + serde_json + tokio project: the floor for a client's build.
fn write_baseline(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir.join("src"))?;
    std::fs::write(
        dir.join("Cargo.toml"),
        r#"[package]
name = "bare-baseline"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
reqwest = { version = "0.13", default-features = false, features = ["rustls", "http2"] }
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
    let body = reqwest::Client::new().get("http://127.0.0.1:9/rooms/x").send().await?.bytes().await?;
    let room: One = serde_json::from_slice(&body)?;
    println!("{:?}", room.data.id);
    Ok(())
}
"#,
    )?;
    // Same dependency versions as the workspace resolved.
    std::fs::copy(workspace_root().join("Cargo.lock"), dir.join("Cargo.lock"))?;
    Ok(())
}

/// The slowest compilation units of a `--timings` report (name, seconds).
fn slowest_units(target: &Path, top: usize) -> Vec<(String, f64)> {
    let Ok(html) = std::fs::read_to_string(target.join("cargo-timings/cargo-timing.html")) else {
        return Vec::new();
    };
    let Some(start) = html.find("const UNIT_DATA = ") else {
        return Vec::new();
    };
    let rest = &html[start + "const UNIT_DATA = ".len()..];
    let Some(end) = rest.find(";\n") else {
        return Vec::new();
    };
    let units: Vec<serde_json::Value> = serde_json::from_str(&rest[..end]).unwrap_or_default();
    let mut units: Vec<(String, f64)> = units
        .iter()
        .filter_map(|u| {
            Some((
                format!(
                    "{} {}",
                    u["name"].as_str()?,
                    u["version"].as_str().unwrap_or("")
                ),
                u["duration"].as_f64()?,
            ))
        })
        .collect();
    units.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
    units.truncate(top);
    units
}

fn lines_in(dir: &Path) -> Result<usize> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "rs") {
            total += std::fs::read_to_string(&path)?.lines().count();
        } else if path.is_dir() {
            total += lines_in(&path)?;
        }
    }
    Ok(total)
}

/// Builds telnyx-video and a bare reqwest+serde_json+tokio project from empty target dirs, and
/// prints the table of their build times.
fn compile_cost(root: &Path, scratch: &Path) -> Result<()> {
    let generated = lines_in(&root.join("telnyx-video/src/generated"))?;
    let total = lines_in(&root.join("telnyx-video/src"))?;
    let tv = scratch.join("tv");
    let base = scratch.join("baseline");
    write_baseline(&scratch.join("baseline-src"))?;
    let debug_cold = timed_build(
        root,
        &tv.join("debug"),
        &["-p", "telnyx-video", "--timings"],
    )?;
    let units = slowest_units(&tv.join("debug"), 5);
    std::fs::write(
        root.join("telnyx-video/src/lib.rs"),
        std::fs::read(root.join("telnyx-video/src/lib.rs"))?,
    )?;
    // Debug builds are incremental: this is the edit-compile loop of a user of the crate.
    let debug_alone = timed_build(root, &tv.join("debug"), &["-p", "telnyx-video"])?;
    let base_debug = timed_build(&scratch.join("baseline-src"), &base.join("debug"), &[])?;
    let release_cold = timed_build(
        root,
        &tv.join("release"),
        &["-p", "telnyx-video", "--release"],
    )?;
    std::fs::write(
        root.join("telnyx-video/src/lib.rs"),
        std::fs::read(root.join("telnyx-video/src/lib.rs"))?,
    )?;
    let release_alone = timed_build(
        root,
        &tv.join("release"),
        &["-p", "telnyx-video", "--release"],
    )?;
    let base_release = timed_build(
        &scratch.join("baseline-src"),
        &base.join("release"),
        &["--release"],
    )?;
    println!("\n## Compile cost (empty target dirs; wall clock on this machine)\n");
    println!("| build | telnyx-video | bare reqwest+serde_json+tokio | ratio |");
    println!("|---|---|---|---|");
    println!(
        "| cold debug, with dependencies | {debug_cold:.1} s | {base_debug:.1} s | {:.2}x |",
        debug_cold / base_debug
    );
    println!(
        "| cold release, with dependencies | {release_cold:.1} s | {base_release:.1} s | {:.2}x |",
        release_cold / base_release
    );
    println!("| the crate alone, debug | {debug_alone:.1} s | | |");
    println!("| the crate alone, release | {release_alone:.1} s | | |");
    println!("\nLines of Rust in telnyx-video/src: {total} ({generated} generated).");
    println!(
        "Budget: cold debug build at most 1.30x the bare project: {:.2}x ({}).",
        debug_cold / base_debug,
        if debug_cold / base_debug <= 1.30 {
            "met"
        } else {
            "missed"
        }
    );
    if !units.is_empty() {
        println!(
            "\nSlowest units of the cold debug build (`--timings`, {}):\n",
            tv.join("debug/cargo-timings/cargo-timing.html").display()
        );
        for (name, seconds) in units {
            println!("- {name}: {seconds:.1} s");
        }
    }
    Ok(())
}

pub fn run(args: &[String]) -> Result<ExitCode> {
    let skip_compile = args.iter().any(|a| a == "--no-compile");
    if let Some(other) = args.iter().find(|a| *a != "--no-compile") {
        bail!("unknown bench option `{other}`");
    }
    let root = workspace_root();
    let scratch: PathBuf = root.join("target/bench-scratch");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch)?;
    let started = Instant::now();

    run_bench("codegen", "generate")?;
    let peak = codegen_peak_memory(&scratch)?;
    println!(
        "\nPeak memory of one `cargo xtask codegen --out <tmp>` process (the largest of it and its rustfmt children): {:.1} MiB\n",
        peak as f64 / 1024.0
    );

    run_bench("telnyx-video", "overhead")?;

    if !skip_compile {
        compile_cost(&root, &scratch)?;
    }
    println!(
        "\n(cargo xtask bench took {:.0} s)",
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
