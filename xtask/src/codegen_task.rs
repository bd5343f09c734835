//! `cargo xtask codegen`: write or check the generated client code.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use codegen::{Config, DocMode, Options};

use crate::workspace_root;

struct Args {
    check: bool,
    spec: PathBuf,
    config: PathBuf,
    out: PathBuf,
    all_operations: bool,
    strict: bool,
    release_lock: bool,
    /// Pass the output through rustfmt, for a crate that cannot declare the generated module
    /// `#[rustfmt::skip]` (slower, and then the output depends on the rustfmt installed).
    rustfmt: bool,
}

fn parse_args(args: &[String]) -> Result<Args> {
    let root = workspace_root();
    let mut parsed = Args {
        check: false,
        spec: root.join("spec/telnyx-video.yaml"),
        config: root.join("spec/codegen.toml"),
        out: root.join("telnyx-video/src/generated"),
        all_operations: false,
        strict: false,
        release_lock: false,
        rustfmt: false,
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = |name: &str| {
            iter.next()
                .cloned()
                .with_context(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--check" => parsed.check = true,
            "--all-operations" => parsed.all_operations = true,
            "--strict" => parsed.strict = true,
            "--release-lock" => parsed.release_lock = true,
            "--rustfmt" => parsed.rustfmt = true,
            "--spec" => parsed.spec = PathBuf::from(value("--spec")?),
            "--config" => parsed.config = PathBuf::from(value("--config")?),
            "--out" => parsed.out = PathBuf::from(value("--out")?),
            other => bail!("unknown codegen option `{other}`"),
        }
    }
    Ok(parsed)
}

/// How the spec is named in file headers: relative to the workspace when inside it.
fn display_name(spec: &Path) -> String {
    let root = workspace_root();
    let absolute = std::fs::canonicalize(spec).unwrap_or_else(|_| spec.to_owned());
    let root = std::fs::canonicalize(&root).unwrap_or(root);
    match absolute.strip_prefix(&root) {
        Ok(relative) => relative.to_string_lossy().replace('\\', "/"),
        Err(_) => spec.file_name().map_or_else(
            || spec.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
    }
}

pub fn run(args: &[String]) -> Result<ExitCode> {
    let args = parse_args(args)?;
    let started = Instant::now();
    let mut config = Config::from_file(&args.config)?;
    if args.all_operations {
        config.select.all = true;
    }
    // The lock is the released API of the crate the config selects: a run of every operation
    // makes another crate.
    if args.release_lock || args.all_operations {
        config.lock = None;
    }
    let options = Options {
        source_name: display_name(&args.spec),
        docs: DocMode::Full,
        rustfmt: args.rustfmt,
    };
    let generated = codegen::generate_file(&args.spec, &config, &options)?;
    let level = if args.strict { "error" } else { "warning" };
    for warning in &generated.warnings {
        eprintln!("{level}: {}: {warning}", args.spec.display());
    }
    for kept in &generated.kept {
        eprintln!("note: {}", kept.message);
    }
    // A config entry that matches nothing (a rename, share, always-present field or operation
    // override left behind by a spec change) is stale: a warning, an error under --strict.
    for note in &generated.config_notes {
        eprintln!("{level}: {}: config: {note}", args.spec.display());
    }
    let problems = generated.warnings.len() + generated.config_notes.len();
    if args.strict && problems > 0 {
        eprintln!("{problems} warning(s) with --strict: nothing written");
        return Ok(ExitCode::FAILURE);
    }

    let mut expected = Vec::new();
    for file in &generated.files {
        expected.push((args.out.join(&file.path), file.contents.clone()));
    }
    let wanted: BTreeSet<PathBuf> = expected.iter().map(|(p, _)| p.clone()).collect();
    let stale_extra = generated_files_in(&args.out)?
        .into_iter()
        .filter(|p| !wanted.contains(p))
        .collect::<Vec<_>>();

    let mut changed = Vec::new();
    for (path, contents) in &expected {
        if std::fs::read_to_string(path).ok().as_deref() != Some(contents.as_str()) {
            changed.push(path.clone());
        }
    }
    if args.check {
        if changed.is_empty() && stale_extra.is_empty() {
            println!("generated code is fresh ({} files)", expected.len());
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("generated code is stale; run `cargo xtask codegen` and commit the result:");
        for path in &changed {
            eprintln!("  differs: {}", path.display());
        }
        for path in &stale_extra {
            eprintln!("  no longer generated: {}", path.display());
        }
        return Ok(ExitCode::FAILURE);
    }

    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("creating {}", args.out.display()))?;
    for (path, contents) in &expected {
        if changed.contains(path) {
            std::fs::write(path, contents)
                .with_context(|| format!("writing {}", path.display()))?;
        }
    }
    for path in &stale_extra {
        std::fs::remove_file(path).with_context(|| format!("removing {}", path.display()))?;
    }
    let types = generated.api.types.len();
    println!(
        "{} operations in {} resources, {} types: {} files written, {} unchanged, {} removed ({} ms)",
        generated.operation_count(),
        generated.api.resources.len(),
        types,
        changed.len(),
        expected.len() - changed.len(),
        stale_extra.len(),
        started.elapsed().as_millis()
    );
    Ok(ExitCode::SUCCESS)
}

/// Files in `dir` that carry the generator's header (so hand-written files are never removed).
fn generated_files_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "rs")
            && std::fs::read_to_string(&path).is_ok_and(|text| text.starts_with("// @generated"))
        {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}
