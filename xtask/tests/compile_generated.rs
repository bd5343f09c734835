//! The generated code compiles and is clippy-clean (`-D warnings`) for every construct fixture,
//! for a synthetic 1,000-operation spec, and for Telnyx's whole published spec (1,156
//! operations, from `$TELNYX_UPSTREAM_DIR/telnyx-full.yml`), each generated with every operation
//! selected: each output stands in for `telnyx-video/src/generated` in a copy of the crate, next
//! to the unchanged hand-written runtime. This holds because the runtime never names a generated
//! item.

use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::{Config, DocMode, Options};

mod common;
use common::{root, write_crate, write_workspace};

fn generate(spec: &Path, bytes: Option<Vec<u8>>, config: &Config) -> Vec<codegen::GeneratedFile> {
    let options = Options {
        source_name: spec.display().to_string(),
        docs: DocMode::Full,
        rustfmt: false,
    };
    let generated = match bytes {
        Some(bytes) => codegen::generate_bytes(spec, &bytes, config, &options),
        None => codegen::generate_file(spec, config, &options),
    };
    generated
        .unwrap_or_else(|e| panic!("{}: {e}", spec.display()))
        .files
}

/// Telnyx's whole spec, or `None` (that part skipped, saying so) under plain `cargo test`
/// without it; `cargo xtask test` and CI require it.
fn telnyx_full_spec() -> Option<PathBuf> {
    let file = std::env::var_os("TELNYX_UPSTREAM_DIR")
        .map(|dir| PathBuf::from(dir).join("telnyx-full.yml"))
        .filter(|file| file.is_file());
    if file.is_none() {
        let why = "Telnyx's whole spec: TELNYX_UPSTREAM_DIR must name the folder holding \
                   telnyx-full.yml (`cargo xtask test` and .ci/run set it)";
        assert!(
            std::env::var_os("TELNYX_VIDEO_REQUIRE_ALL_TESTS").is_none(),
            "missing {why}"
        );
        eprintln!("SKIPPED (run `cargo xtask test` to run it): compiling {why}");
    }
    file
}

#[test]
fn generated_code_compiles_and_is_clippy_clean() {
    let workspace = root().join("target/compile-check");
    std::fs::create_dir_all(&workspace).unwrap();
    let mut members = Vec::new();
    let fixtures = root().join("codegen/tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(&fixtures)
        .unwrap()
        .filter_map(|e| e.ok()?.path().file_stem()?.to_str().map(str::to_owned))
        .collect();
    names.sort();
    for name in &names {
        let crate_name = format!("fx-{name}");
        write_crate(
            &workspace,
            &crate_name,
            &generate(
                &fixtures.join(format!("{name}.yaml")),
                None,
                &Config::default(),
            ),
        );
        members.push(crate_name);
    }
    let mut all = Config::default();
    all.select.all = true;
    let synthetic = serde_json::to_vec(&codegen::synthetic::spec(100)).unwrap();
    write_crate(
        &workspace,
        "fx-synthetic-1000",
        &generate(Path::new("synthetic-1000.json"), Some(synthetic), &all),
    );
    members.push("fx-synthetic-1000".to_owned());
    if let Some(full) = telnyx_full_spec() {
        let mut config = Config::from_file(&root().join("spec/codegen.toml")).unwrap();
        config.select.all = true;
        config.lock = None;
        write_crate(
            &workspace,
            "fx-telnyx-full",
            &generate(&full, None, &config),
        );
        members.push("fx-telnyx-full".to_owned());
    }

    write_workspace(&workspace, &members);

    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(&workspace)
        .env("CARGO_TARGET_DIR", workspace.join("target"))
        .args([
            "clippy",
            "--workspace",
            "--keep-going",
            "--quiet",
            "--",
            "-D",
            "warnings",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "generated code does not compile cleanly:\n{stderr}"
    );
}
