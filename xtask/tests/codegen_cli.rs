//! `cargo xtask codegen` as a maintainer runs it: broken specs exit non-zero with the file and
//! JSON pointer; `--check` names stale files; a run writes, and a second run changes nothing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .expect("xtask runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn fails_with(spec_text: &str, expected: &str) {
    let dir = scratch(&format!("broken-{}", expected.len()));
    let spec = dir.join("broken.yaml");
    std::fs::write(&spec, spec_text).unwrap();
    let out = xtask(&[
        "codegen",
        "--spec",
        spec.to_str().unwrap(),
        "--out",
        dir.join("out").to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(
        stderr.contains(&format!("{}: {expected}", spec.display())),
        "stderr: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert!(
        !dir.join("out").exists(),
        "nothing may be written for a broken spec"
    );
}

const HEAD: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";

#[test]
fn unknown_ref_exits_non_zero_with_pointer() {
    fails_with(
        &format!(
            "{HEAD}paths:\n  /rooms:\n    post:\n      requestBody: {{$ref: '#/components/requestBodies/Missing'}}\n      responses: {{'204': {{description: ok}}}}\n"
        ),
        "#/paths/~1rooms/post/requestBody/$ref: `$ref: #/components/requestBodies/Missing` does not resolve",
    );
}

#[test]
fn wrong_type_exits_non_zero_with_pointer() {
    fails_with(
        &format!(
            "{HEAD}paths:\n  /rooms:\n    get:\n      responses: {{'200': {{description: [not, a, string]}}}}\n"
        ),
        "#/paths/~1rooms/get/responses/200/description: invalid type: sequence, expected a string",
    );
}

#[test]
fn bad_yaml_exits_non_zero_with_position() {
    let dir = scratch("yaml");
    let spec = dir.join("bad.yaml");
    std::fs::write(&spec, "openapi: 3.1.0\npaths: {\n  /rooms: [\n").unwrap();
    let out = xtask(&[
        "codegen",
        "--spec",
        spec.to_str().unwrap(),
        "--out",
        dir.join("out").to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains(&format!("{}:", spec.display())) && stderr.contains("not valid YAML/JSON"),
        "{stderr}"
    );
}

#[test]
fn writes_then_reports_unchanged_then_detects_staleness() {
    let dir = scratch("roundtrip");
    let out_dir = dir.join("generated");
    let out = out_dir.to_str().unwrap();
    let first = xtask(&["codegen", "--out", out]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(String::from_utf8_lossy(&first.stdout).contains("25 operations in 5 resources"));
    assert!(String::from_utf8_lossy(&first.stdout).contains("8 files written, 0 unchanged"));

    let second = xtask(&["codegen", "--out", out]);
    assert!(String::from_utf8_lossy(&second.stdout).contains("0 files written, 8 unchanged"));
    assert!(
        xtask(&["codegen", "--check", "--out", out])
            .status
            .success()
    );

    // Committed output must equal a fresh run.
    let committed = root().join("telnyx-video/src/generated/models.rs");
    assert_eq!(
        std::fs::read_to_string(committed).unwrap(),
        std::fs::read_to_string(out_dir.join("models.rs")).unwrap()
    );

    std::fs::write(
        out_dir.join("rooms.rs"),
        "// @generated from somewhere else\n",
    )
    .unwrap();
    std::fs::write(
        out_dir.join("old_resource.rs"),
        "// @generated from an older spec\n",
    )
    .unwrap();
    std::fs::write(out_dir.join("hand_written.rs"), "// not generated\n").unwrap();
    let check = xtask(&["codegen", "--check", "--out", out]);
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert_eq!(check.status.code(), Some(1));
    assert!(
        stderr.contains("differs: ") && stderr.contains("rooms.rs"),
        "{stderr}"
    );
    assert!(
        stderr.contains("no longer generated: ") && stderr.contains("old_resource.rs"),
        "{stderr}"
    );
    assert!(!stderr.contains("hand_written.rs"), "{stderr}");

    let fix = xtask(&["codegen", "--out", out]);
    assert!(
        String::from_utf8_lossy(&fix.stdout).contains("1 files written, 7 unchanged, 1 removed")
    );
    assert!(
        out_dir.join("hand_written.rs").exists(),
        "hand-written files are never removed"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
