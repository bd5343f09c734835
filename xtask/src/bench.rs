//! `cargo xtask bench`: every figure issue budgets name, measured in one run as a maintainer or
//! user meets it, with its spread over repeated runs, its budget, and whether it is met. Ratios
//! are against baselines measured in the same run (raw reqwest, a bare reqwest+serde_json+tokio
//! project, the build with aws-lc), so a slower or busier machine moves both sides.
//!
//! - generation: the whole `xtask codegen` process (release build), Video spec and Telnyx's
//!   whole spec (wall clock and peak memory);
//! - client: `telnyx-video/benches/overhead.rs` (throughput against raw reqwest, decoding
//!   against plain structs), which reports its figures through `BENCH_FIGURES`;
//! - compile cost (`--no-compile` skips it): cold builds, and the crate generated from Telnyx's
//!   whole spec built alone (`compile.rs`).
//!
//! BENCHMARKS.md records one run.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::workspace_root;

#[path = "bench_compile.rs"]
mod compile;

pub(crate) fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// One measured figure: its samples and its budget.
pub(crate) struct Figure {
    pub name: String,
    pub unit: &'static str,
    pub samples: Vec<f64>,
    pub budget: Budget,
}

/// A limit a figure must stay under or over.
#[derive(Clone, Copy)]
pub(crate) enum Budget {
    AtMost(f64),
    AtLeast(f64),
}

impl Figure {
    pub(crate) fn new(name: &str, unit: &'static str, samples: Vec<f64>, budget: Budget) -> Self {
        Figure {
            name: name.to_owned(),
            unit,
            samples,
            budget,
        }
    }

    fn median_min_max(&self) -> (f64, f64, f64) {
        let mut sorted = self.samples.clone();
        sorted.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        (
            sorted[sorted.len() / 2],
            sorted[0],
            sorted[sorted.len() - 1],
        )
    }

    fn row(&self) -> String {
        let (median, min, max) = self.median_min_max();
        let fmt = |v: f64| match self.unit {
            "x" => format!("{v:.3}x"),
            "ms" => format!("{v:.1} ms"),
            "s" => format!("{v:.2} s"),
            "MiB" => format!("{v:.0} MiB"),
            "MB" => format!("{v:.2} MB"),
            other => format!("{v:.2} {other}"),
        };
        let (budget, met) = match self.budget {
            Budget::AtMost(limit) => (format!("≤ {}", fmt(limit)), median <= limit),
            Budget::AtLeast(limit) => (format!("≥ {}", fmt(limit)), median >= limit),
        };
        let verdict = if met { "met" } else { "**missed**" };
        format!(
            "| {} | {} | {} – {} | {} | {budget} | {verdict} |",
            self.name,
            fmt(median),
            fmt(min),
            fmt(max),
            self.samples.len()
        )
    }
}

/// Wall seconds and peak resident KiB of one child process (and the children it waited for).
pub(crate) fn measured(mut command: Command) -> Result<(f64, u64)> {
    let started = Instant::now();
    let child = command
        .stdout(Stdio::null())
        .spawn()
        .context("starting a measured process")?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: wait4 writes only into the status and rusage we pass; the child is ours and not
    // waited for elsewhere (`child` is dropped without waiting).
    let usage = unsafe {
        let mut usage = std::mem::zeroed::<libc::rusage>();
        if libc::wait4(pid, &mut status, 0, &mut usage) != pid {
            bail!("waiting for process {pid} failed");
        }
        usage
    };
    drop(child);
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        bail!("{command:?} failed");
    }
    Ok((started.elapsed().as_secs_f64(), usage.ru_maxrss as u64))
}

/// The release build of this xtask, built if needed: generation is measured as maintainers
/// run it in earnest (`cargo run --release -p xtask -- codegen`).
fn release_xtask(root: &Path) -> Result<PathBuf> {
    let status = cargo()
        .current_dir(root)
        .args(["build", "-q", "--release", "-p", "xtask"])
        .status()?;
    if !status.success() {
        bail!("cargo build --release -p xtask failed");
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    Ok(target.join("release/xtask"))
}

/// The whole codegen process on the Video spec and on Telnyx's whole spec.
fn generation(root: &Path, scratch: &Path, figures: &mut Vec<Figure>) -> Result<()> {
    let xtask = release_xtask(root)?;
    let out = scratch.join("generated");
    let run = |args: &[&str]| -> Result<(f64, u64)> {
        let _ = std::fs::remove_dir_all(&out);
        let mut command = Command::new(&xtask);
        command
            .current_dir(root)
            .arg("codegen")
            .args(args)
            .arg("--out")
            .arg(&out);
        command.stderr(Stdio::null());
        measured(command)
    };
    run(&[])?;
    let video: Vec<f64> = (0..41)
        .map(|_| run(&[]).map(|(s, _)| s * 1e3))
        .collect::<Result<_>>()?;
    figures.push(Figure::new(
        "generation: Video spec, whole process",
        "ms",
        video,
        Budget::AtMost(60.0),
    ));
    let full = std::env::var_os("TELNYX_UPSTREAM_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/upstream"))
        .join("telnyx-full.yml");
    if !full.is_file() {
        println!(
            "(Telnyx's whole spec not found at {}: its figures are skipped)",
            full.display()
        );
        return Ok(());
    }
    let full = full.to_string_lossy().into_owned();
    let args = ["--spec", full.as_str(), "--all-operations"];
    run(&args)?;
    let (mut wall, mut peak) = (Vec::new(), Vec::new());
    for _ in 0..9 {
        let (seconds, kib) = run(&args)?;
        wall.push(seconds);
        peak.push(kib as f64 / 1024.0);
    }
    figures.push(Figure::new(
        "generation: Telnyx whole spec (1,156 operations), whole process",
        "s",
        wall,
        Budget::AtMost(1.5),
    ));
    figures.push(Figure::new(
        "generation: Telnyx whole spec, peak memory",
        "MiB",
        peak,
        Budget::AtMost(250.0),
    ));
    Ok(())
}

/// The client overhead benchmark; its figures come back through a file.
fn client(root: &Path, scratch: &Path, figures: &mut Vec<Figure>) -> Result<()> {
    let file = scratch.join("client-figures.tsv");
    let _ = std::fs::remove_file(&file);
    let status = cargo()
        .current_dir(root)
        .env("BENCH_FIGURES", &file)
        .args(["bench", "-q", "-p", "telnyx-video", "--bench", "overhead"])
        .status()?;
    if !status.success() {
        bail!("the client overhead benchmark failed");
    }
    let text = std::fs::read_to_string(&file).context("the benchmark wrote no figures")?;
    for line in text.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let [name, samples] = fields[..] else {
            continue;
        };
        let samples: Vec<f64> = samples.split(',').filter_map(|v| v.parse().ok()).collect();
        let (label, budget) = match name {
            "decode" => (
                "decode 250-room page vs plain structs".to_owned(),
                Budget::AtLeast(0.9),
            ),
            other => (
                format!(
                    "client throughput vs raw reqwest: {}",
                    other.replace('_', " ")
                ),
                Budget::AtLeast(0.95),
            ),
        };
        figures.push(Figure::new(&label, "x", samples, budget));
    }
    Ok(())
}

pub fn run(args: &[String]) -> Result<ExitCode> {
    let mut skip_compile = false;
    let mut runs = 3;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--no-compile" => skip_compile = true,
            "--runs" => {
                runs = iter
                    .next()
                    .and_then(|n| n.parse().ok())
                    .context("--runs needs a number")?
            }
            other => bail!("unknown bench option `{other}`"),
        }
    }
    let root = workspace_root();
    let scratch: PathBuf = root.join("target/bench-scratch");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch)?;
    let started = Instant::now();
    let mut figures = Vec::new();
    generation(&root, &scratch, &mut figures)?;
    client(&root, &scratch, &mut figures)?;
    if !skip_compile {
        compile::measure(&root, &scratch, runs, &mut figures)?;
    }
    println!("\n## Budgets\n");
    println!("| figure | median | min – max | runs | budget | |");
    println!("|---|---|---|---|---|---|");
    for figure in &figures {
        println!("{}", figure.row());
    }
    println!(
        "\n(cargo xtask bench took {:.0} s)",
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
