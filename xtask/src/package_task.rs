//! `cargo xtask package`: the crate as it would be published. `cargo publish --dry-run` builds
//! the package; its own tests then run unpacked, outside the repository (tests that need the
//! repository or Prism skip themselves there, saying so).

use std::process::{Command, ExitCode};

use anyhow::{Context, Result, bail};

use crate::workspace_root;

pub fn run(args: &[String]) -> Result<ExitCode> {
    if let Some(arg) = args.first() {
        bail!("`cargo xtask package` takes no options (got `{arg}`)");
    }
    let root = workspace_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .current_dir(&root)
        .args(["publish", "--dry-run", "--locked", "-p", "telnyx-video"])
        .status()
        .context("running cargo publish --dry-run")?;
    if !status.success() {
        return Ok(ExitCode::FAILURE);
    }
    let version = std::fs::read_to_string(root.join("telnyx-video/Cargo.toml"))?
        .lines()
        .find_map(|l| {
            l.strip_prefix("version = \"")?
                .strip_suffix('"')
                .map(str::to_owned)
        })
        .context("no version in telnyx-video/Cargo.toml")?;
    // Where cargo put the package: the target dir it used (`CARGO_TARGET_DIR` when set).
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .map(|dir| {
            if dir.is_absolute() {
                dir
            } else {
                root.join(dir)
            }
        })
        .unwrap_or_else(|| root.join("target"));
    let name = format!("telnyx-video-{version}.crate");
    let crate_file = [
        target.join("package/tmp-crate").join(&name),
        target.join("package").join(&name),
    ]
    .into_iter()
    .find(|file| file.is_file())
    .with_context(|| {
        format!(
            "cargo publish --dry-run left no {name} in {}",
            target.display()
        )
    })?;
    let unpacked = target.join("package-check");
    let _ = std::fs::remove_dir_all(unpacked.join(format!("telnyx-video-{version}")));
    std::fs::create_dir_all(&unpacked)?;
    // `-m`: the files get the time of unpacking, not the archive's. With the archive's times
    // (older than the last check's build), cargo would take a test binary built from an
    // earlier package of the same version for fresh, and run the old code.
    let status = Command::new("tar")
        .arg("xzmf")
        .arg(&crate_file)
        .arg("-C")
        .arg(&unpacked)
        .status()
        .context("unpacking the package")?;
    if !status.success() {
        bail!("could not unpack {}", crate_file.display());
    }
    // Unpacked under the repository's target dir, the package would be taken for a member of
    // the repository's workspace: it is made a workspace of its own, as it is once published.
    let package = unpacked.join(format!("telnyx-video-{version}"));
    let manifest = package.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)?;
    std::fs::write(&manifest, text + "\n[workspace]\n")?;
    println!("== the package's own tests, out of the repository");
    let status = Command::new(&cargo)
        .current_dir(&package)
        .env("CARGO_TARGET_DIR", unpacked.join("target"))
        .env_remove("TELNYX_UPSTREAM_DIR")
        .env_remove("TELNYX_VIDEO_REQUIRE_ALL_TESTS")
        .env_remove("TELNYX_PRISM_BIN")
        .args(["test", "--locked"])
        .status()
        .context("running the package's tests")?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
