//! `cargo xtask diff`: what a spec change does to the crate's public API, with its semver
//! verdict; `--check-version` (in CI) fails when the recorded API (`spec/public-api.json`)
//! changed without the version bump the change calls for; `--record` writes it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use codegen::surface::{Report, Surface, bump_made};
use codegen::{Config, DocMode, Options};

use crate::workspace_root;

#[derive(Default)]
struct Args {
    old: Option<PathBuf>,
    spec: Option<PathBuf>,
    config: Option<PathBuf>,
    json: bool,
    changelog: Option<String>,
    check_version: bool,
    record: bool,
}

fn parse(args: &[String]) -> Result<Args> {
    let mut parsed = Args::default();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = |name: &str| {
            iter.next()
                .cloned()
                .with_context(|| format!("`{name}` needs a value"))
        };
        match arg.as_str() {
            "--old" => parsed.old = Some(PathBuf::from(value("--old")?)),
            "--spec" => parsed.spec = Some(PathBuf::from(value("--spec")?)),
            "--config" => parsed.config = Some(PathBuf::from(value("--config")?)),
            "--changelog" => parsed.changelog = Some(value("--changelog")?),
            "--json" => parsed.json = true,
            "--check-version" => parsed.check_version = true,
            "--record" => parsed.record = true,
            other => bail!("unknown diff option `{other}`"),
        }
    }
    Ok(parsed)
}

/// The public API `spec` generates with `config`.
fn surface(spec: &Path, config: &Config) -> Result<Surface> {
    let options = Options {
        source_name: spec.display().to_string(),
        docs: DocMode::FactsOnly,
        rustfmt: false,
    };
    let generated = codegen::generate_file(spec, config, &options)?;
    Ok(Surface::of(&generated.api))
}

/// The crate's version, from its manifest.
fn crate_version(root: &Path) -> Result<String> {
    let manifest = std::fs::read_to_string(root.join("telnyx-video/Cargo.toml"))?;
    let version = manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .context("telnyx-video/Cargo.toml has no version")?;
    Ok(version.to_owned())
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Recorded {
    /// The crate version this API was released as.
    version: String,
    /// The API.
    surface: Surface,
}

pub fn run(args: &[String]) -> Result<ExitCode> {
    let args = parse(args)?;
    let root = workspace_root();
    let config = Config::from_file(&args.config.unwrap_or(root.join("spec/codegen.toml")))?;
    let ours = root.join("spec/telnyx-video.yaml");
    let recorded_file = root.join("spec/public-api.json");
    let new = surface(args.spec.as_deref().unwrap_or(&ours), &config)?;

    if args.record {
        let recorded = Recorded {
            version: crate_version(&root)?,
            surface: new,
        };
        std::fs::write(
            &recorded_file,
            serde_json::to_string_pretty(&recorded)? + "\n",
        )?;
        println!(
            "recorded the public API of {} in {}",
            recorded.version,
            recorded_file.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    if args.check_version {
        let text = std::fs::read_to_string(&recorded_file).with_context(|| {
            format!(
                "{} is missing: run `cargo xtask diff --record`",
                recorded_file.display()
            )
        })?;
        let recorded: Recorded = serde_json::from_str(&text)?;
        let report = recorded.surface.diff(&new);
        let current = crate_version(&root)?;
        print!("{}", report.text());
        return match bump_made(report.verdict, &recorded.version, &current) {
            Ok(()) => Ok(ExitCode::SUCCESS),
            Err(problem) => {
                eprintln!("error: {problem}");
                Ok(ExitCode::FAILURE)
            }
        };
    }
    let old = surface(args.old.as_deref().unwrap_or(&ours), &config)?;
    let report: Report = old.diff(&new);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else if let Some(version) = &args.changelog {
        print!("{}", report.changelog(version));
    } else {
        print!("{}", report.text());
    }
    Ok(ExitCode::SUCCESS)
}
