//! Our spec must describe the same contract as Telnyx's published one: generated from either,
//! with spec descriptions left out (facts such as defaults and bounds kept), the Rust is identical.
//! Our webhook events live in an overlay (`spec/telnyx-video.overlay.yaml`), applied to any
//! spec; they are checked against the webhooks file Telnyx publishes separately (the upstream
//! side is then both files merged, generated without our overlay). And what maintainers
//! actually download, Telnyx's published spec as it is (the Video file, and the whole spec),
//! with our overlay gives our crate: the same Rust, and no change to the public API.
//!
//! Differences that come from an upstream quirk our spec deliberately corrects would be listed
//! in `ALLOWED` with the reason; today there are none (the quirks Telnyx's file has, such as
//! `default: null` on a non-nullable integer, generate the same Rust as our correction).

mod common;

use codegen::DocMode;

/// (file, reason): files allowed to differ. Empty: the two specs agree everywhere.
const ALLOWED: &[(&str, &str)] = &[];

#[test]
fn our_spec_and_upstream_generate_the_same_rust() {
    let ours = common::generate(&common::our_spec(), DocMode::FactsOnly, false);
    let Some(theirs) = upstream_with_webhooks() else {
        return;
    };
    // Set FAITHFULNESS_DUMP=<dir> to write both outputs there and compare them with `diff -r`.
    if let Some(dir) = std::env::var_os("FAITHFULNESS_DUMP") {
        for (side, generated) in [("ours", &ours), ("upstream", &theirs)] {
            let dir = std::path::Path::new(&dir).join(side);
            std::fs::create_dir_all(&dir).unwrap();
            for file in &generated.files {
                std::fs::write(dir.join(&file.path), &file.contents).unwrap();
            }
        }
    }
    let names = |g: &codegen::Generated| g.files.iter().map(|f| f.path.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&ours),
        names(&theirs),
        "the two specs produce different files"
    );
    let mut mismatches = Vec::new();
    for (a, b) in ours.files.iter().zip(&theirs.files) {
        if a.contents != b.contents && !ALLOWED.iter().any(|(f, _)| *f == a.path) {
            mismatches.push(format!(
                "{}:\n{}",
                a.path,
                differences(&a.contents, &b.contents)
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "spec/telnyx-video.yaml disagrees with upstream (`-` ours, `+` upstream):\n\n{}",
        mismatches.join("\n\n")
    );
    assert_eq!(ours.operation_count(), 25);
}

/// Telnyx's Video document with the webhooks file's `webhooks` and schemas merged in.
fn upstream_with_webhooks() -> Option<codegen::Generated> {
    let video = common::upstream_spec()?;
    let hooks = video.with_file_name("telnyx-video-webhooks.yml");
    let read = |path: &std::path::Path| -> serde_json::Value {
        serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let mut doc = read(&video);
    let hooks = read(&hooks);
    doc["webhooks"] = hooks["webhooks"].clone();
    let schemas = doc["components"]["schemas"].as_object_mut().unwrap();
    for (name, schema) in hooks["components"]["schemas"].as_object().unwrap() {
        assert!(
            schemas.insert(name.clone(), schema.clone()).is_none(),
            "schema {name} is in both files"
        );
    }
    let bytes = serde_json::to_vec(&doc).unwrap();
    let options = common::options("spec/telnyx-video.yaml", DocMode::FactsOnly, false);
    // Their events instead of our overlay's.
    let mut config = common::our_config();
    config.overlays.clear();
    let generated = codegen::generate_bytes(
        std::path::Path::new("upstream-merged.json"),
        &bytes,
        &config,
        &options,
    )
    .unwrap();
    Some(generated)
}

#[test]
fn telnyx_published_specs_with_our_overlay_give_our_crate() {
    let Some(video) = common::upstream_spec() else {
        return;
    };
    let ours = common::generate(&common::our_spec(), DocMode::FactsOnly, false);
    // The Video file as published (no webhooks): our overlay adds the events.
    let theirs = common::generate(&video, DocMode::FactsOnly, false);
    let mismatched: Vec<&str> = ours
        .files
        .iter()
        .zip(&theirs.files)
        .filter(|(a, b)| a.path != b.path || a.contents != b.contents)
        .map(|(a, _)| a.path.as_str())
        .collect();
    assert_eq!(ours.files.len(), theirs.files.len());
    assert!(mismatched.is_empty(), "files differ: {mismatched:?}");
    // The whole spec, as maintainers download it: no change to the public API.
    let full = video.with_file_name("telnyx-full.yml");
    let whole = common::generate(&full, DocMode::FactsOnly, false);
    let report =
        codegen::surface::Surface::of(&ours.api).diff(&codegen::surface::Surface::of(&whole.api));
    assert_eq!(report.verdict, None, "{}", report.text());
    assert_eq!(whole.operation_count(), 25);
    assert!(whole.files.iter().any(|f| f.path == "events.rs"));
}

/// The first differing lines, with a little context, ours first.
/// Every line that differs, as a line diff (longest common subsequence): `-` ours only,
/// `+` upstream only, with line numbers; all of them, so one run shows every disagreement.
fn differences(ours: &str, theirs: &str) -> String {
    let a: Vec<&str> = ours.lines().collect();
    let b: Vec<&str> = theirs.lines().collect();
    // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(format!("  - {:>5} {}", i + 1, a[i]));
            i += 1;
        } else {
            out.push(format!("  + {:>5} {}", j + 1, b[j]));
            j += 1;
        }
    }
    out.join("\n")
}

#[test]
fn the_difference_lists_every_changed_line() {
    let ours = "a\nb\nc\nd\ne";
    let theirs = "a\nB\nc\nd\nE\nf";
    assert_eq!(
        differences(ours, theirs),
        "  -     2 b\n  +     2 B\n  -     5 e\n  +     5 E\n  +     6 f"
    );
}
