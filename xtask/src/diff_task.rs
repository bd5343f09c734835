//! `cargo xtask diff`: what a spec change does to the crate's public API, with its semver
//! verdict; `--check-version` (in CI) fails when the recorded API (`spec/public-api.json`)
//! changed without the version bump the change calls for; `--record` writes it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use codegen::release::{Released, bump_made};
use codegen::surface::{Report, Surface};
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
    release_lock: bool,
    runtime_api: Option<PathBuf>,
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
            "--release-lock" => parsed.release_lock = true,
            "--runtime-api" => parsed.runtime_api = Some(PathBuf::from(value("--runtime-api")?)),
            other => bail!("unknown diff option `{other}`"),
        }
    }
    Ok(parsed)
}

/// The public API `spec` generates with `config`, and what the API lock kept to get it.
fn surface(spec: &Path, config: &Config) -> Result<(Surface, Vec<String>)> {
    let options = Options {
        source_name: spec.display().to_string(),
        docs: DocMode::FactsOnly,
        rustfmt: false,
    };
    let generated = codegen::generate_file(spec, config, &options)?;
    let kept = generated.kept.iter().map(|k| k.message.clone()).collect();
    Ok((Surface::of(&generated.api), kept))
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

/// The hand-written API's changes, after the generated API's report.
fn print_runtime(changes: &[(codegen::surface::Semver, String, String)]) {
    if changes.is_empty() {
        println!("No change to the hand-written public API.");
        return;
    }
    println!("Hand-written public API: {} change(s)", changes.len());
    for (semver, path, what) in changes {
        println!("  {semver}: {path}: {what}");
    }
}

/// Whether `changelog` has a `## <version>` heading (`## 0.2.0` or `## 0.2.0 (unreleased)`).
fn has_entry(changelog: &str, version: &str) -> bool {
    changelog.lines().any(|line| {
        line.strip_prefix("## ")
            .and_then(|rest| rest.strip_prefix(version))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

pub fn run(args: &[String]) -> Result<ExitCode> {
    let args = parse(args)?;
    let root = workspace_root();
    if let Some(crate_dir) = &args.runtime_api {
        // The hand-written API of a checkout of the crate, as `--record` would store it.
        let api = crate::runtime_api::read(crate_dir)?;
        println!("{}", serde_json::to_string_pretty(&api)?);
        return Ok(ExitCode::SUCCESS);
    }
    let mut config = Config::from_file(&args.config.unwrap_or(root.join("spec/codegen.toml")))?;
    if args.release_lock {
        config.lock = None;
    }
    let ours = root.join("spec/telnyx-video.yaml");
    let recorded_file = root.join("spec/public-api.json");
    let (new, kept) = surface(args.spec.as_deref().unwrap_or(&ours), &config)?;
    for line in &kept {
        println!("{line}");
    }

    let runtime = crate::runtime_api::read(&root.join("telnyx-video"))?;
    if args.record {
        let version = crate_version(&root)?;
        // A release is recorded once: replacing the API recorded for this very version with a
        // different one would hide a change from the gate.
        if let Ok(text) = std::fs::read_to_string(&recorded_file) {
            let recorded: Released = serde_json::from_str(&text)
                .with_context(|| format!("{} is not a recorded API", recorded_file.display()))?;
            let report = recorded.surface.diff(&new);
            let runtime_changes = crate::runtime_api::diff(&recorded.runtime, &runtime);
            if recorded.version == version
                && (report.verdict.is_some() || !runtime_changes.is_empty())
            {
                print!("{}", report.text());
                print_runtime(&runtime_changes);
                bail!(
                    "{} already records version {version}, with another API: bump the crate version (and add its CHANGELOG entry) before recording",
                    recorded_file.display()
                );
            }
        }
        let recorded = Released {
            version,
            surface: new,
            runtime,
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
        let recorded: Released = serde_json::from_str(&text)
            .with_context(|| format!("{} is not a recorded API", recorded_file.display()))?;
        let report = recorded.surface.diff(&new);
        let current = crate_version(&root)?;
        print!("{}", report.text());
        // The hand-written part of the API, read from the source (see `runtime_api.rs`).
        let runtime_changes = crate::runtime_api::diff(&recorded.runtime, &runtime);
        print_runtime(&runtime_changes);
        let verdict = report
            .verdict
            .into_iter()
            .chain(runtime_changes.iter().map(|c| c.0))
            .max();
        if let Err(problem) = bump_made(verdict, &recorded.version, &current) {
            eprintln!("error: {problem}");
            return Ok(ExitCode::FAILURE);
        }
        // A version the record does not have yet is being prepared: its CHANGELOG entry must
        // be there, saying what changed.
        let changelog_file = root.join("telnyx-video/CHANGELOG.md");
        let changelog = std::fs::read_to_string(&changelog_file)
            .with_context(|| format!("reading {}", changelog_file.display()))?;
        if current != recorded.version && !has_entry(&changelog, &current) {
            eprintln!(
                "error: telnyx-video is {current} but {} has no `## {current}` entry (`cargo xtask diff --changelog {current}` drafts one)",
                changelog_file.display()
            );
            return Ok(ExitCode::FAILURE);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let (old, _) = surface(args.old.as_deref().unwrap_or(&ours), &config)?;
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

#[cfg(test)]
mod tests {
    use super::has_entry;

    #[test]
    fn changelog_entries_are_found_by_their_heading() {
        let changelog = "# Changelog\n\n## 0.1.1 (unreleased)\n\ntext\n\n## 0.1.0\n";
        assert!(has_entry(changelog, "0.1.1"));
        assert!(has_entry(changelog, "0.1.0"));
        assert!(!has_entry(changelog, "0.1"));
        assert!(!has_entry(changelog, "0.2.0"));
        assert!(!has_entry("mentions ## 0.2.0 inline", "0.2.0"));
    }
}
