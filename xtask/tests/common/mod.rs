//! Crate copies for tests that compile generated code: the telnyx-video crate with other
//! generated code in place of its own, in a workspace of the tests' own under `target/`.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

pub fn copy_dir(from: &Path, to: &Path, skip: &str) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if entry.file_name() == skip {
            continue;
        }
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()), skip);
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}

/// A copy of the telnyx-video crate named `name`, with `files` as its generated code.
pub fn write_crate(workspace: &Path, name: &str, files: &[codegen::GeneratedFile]) {
    let dir = workspace.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(
        &root().join("telnyx-video/src"),
        &dir.join("src"),
        "generated",
    );
    let generated = dir.join("src/generated");
    std::fs::create_dir_all(&generated).unwrap();
    for file in files {
        std::fs::write(generated.join(&file.path), &file.contents).unwrap();
    }
    let manifest = std::fs::read_to_string(root().join("telnyx-video/Cargo.toml")).unwrap();
    // The library and its dependencies only: no tests, examples or benches in the copy.
    let manifest = manifest
        .split("\n[dev-dependencies]")
        .next()
        .unwrap()
        .replace("name = \"telnyx-video\"", &format!("name = \"{name}\""))
        // Other specs have what the Video API lacks: the runtime's features for it on, and both
        // serde directions (the code behind `serde-all` is checked too).
        .replace(
            "default = [\"rustls-ring\", \"webhooks\"]",
            "default = [\"rustls-ring\", \"webhooks\", \"multipart\", \"sse\", \"serde-all\"]",
        );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
}

/// The workspace manifest for `members`: the repository's, with its members replaced (the
/// same dependency versions and profiles), and its lock file.
pub fn write_workspace(workspace: &Path, members: &[String]) {
    let workspace_manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let start = workspace_manifest.find("members = [").unwrap();
    let end = start + workspace_manifest[start..].find(']').unwrap() + 1;
    let list = members
        .iter()
        .map(|m| format!("\"{m}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let manifest = format!(
        "{}members = [{list}]{}",
        &workspace_manifest[..start],
        &workspace_manifest[end..]
    );
    std::fs::write(workspace.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(root().join("Cargo.lock"), workspace.join("Cargo.lock")).unwrap();
}
