//! Helpers shared by the generator's integration tests.
#![allow(dead_code)]

pub mod edits;

use std::path::{Path, PathBuf};

use codegen::{Config, DocMode, Generated, Options};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// Our spec.
pub fn our_spec() -> PathBuf {
    root().join("spec/telnyx-video.yaml")
}

/// Our generator config.
pub fn our_config() -> Config {
    Config::from_file(&root().join("spec/codegen.toml")).expect("spec/codegen.toml loads")
}

/// Telnyx's published Video spec, from the folder named by `TELNYX_UPSTREAM_DIR`. Without it,
/// plain `cargo test` skips the test (saying so and how to run it); under `cargo xtask test`
/// and CI (`TELNYX_VIDEO_REQUIRE_ALL_TESTS=1`) a missing spec fails it.
pub fn upstream_spec() -> Option<PathBuf> {
    let file = std::env::var_os("TELNYX_UPSTREAM_DIR")
        .map(|dir| PathBuf::from(dir).join("telnyx-video.yml"));
    match file {
        Some(file) if file.is_file() => Some(file),
        other => {
            let why = match other {
                Some(file) => format!(
                    "TELNYX_UPSTREAM_DIR has no telnyx-video.yml: {}",
                    file.display()
                ),
                None => "TELNYX_UPSTREAM_DIR is not set".to_owned(),
            };
            let how = "it must name the folder holding Telnyx's telnyx-video.yml, e.g. \
                       `TELNYX_UPSTREAM_DIR=$PWD/../shared/upstream cargo test`; `cargo xtask test` \
                       and .ci/run set it";
            if std::env::var_os("TELNYX_VIDEO_REQUIRE_ALL_TESTS").is_some() {
                panic!("{why}: {how}");
            }
            eprintln!("SKIPPED (needs Telnyx's published spec): {why}; {how}");
            None
        }
    }
}

/// Options as `cargo xtask codegen` uses them.
pub fn options(source_name: &str, docs: DocMode, rustfmt: bool) -> Options {
    Options {
        source_name: source_name.to_owned(),
        docs,
        rustfmt,
    }
}

/// Generates from `spec` with our config.
pub fn generate(spec: &Path, docs: DocMode, rustfmt: bool) -> Generated {
    codegen::generate_file(
        spec,
        &our_config(),
        &options("spec/telnyx-video.yaml", docs, rustfmt),
    )
    .unwrap_or_else(|e| panic!("generation from {} failed:\n{e}", spec.display()))
}
