//! The Video client's generated files are their own snapshot: the committed
//! `telnyx-video/src/generated/` must be exactly what the generator makes, so a generator change
//! shows up as a reviewable `git diff` of those files (the construct fixtures, which have no
//! committed copy elsewhere, are insta snapshots in `constructs.rs`).

mod common;

use codegen::DocMode;

#[test]
fn committed_output_is_what_the_generator_makes() {
    let generated = common::generate(&common::our_spec(), DocMode::Full, false);
    let names: Vec<&str> = generated.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        names,
        [
            "mod.rs",
            "models.rs",
            "room_compositions.rs",
            "room_participants.rs",
            "room_recordings.rs",
            "room_sessions.rs",
            "rooms.rs",
            "events.rs"
        ]
    );
    let dir = common::root().join("telnyx-video/src/generated");
    for file in &generated.files {
        let committed = std::fs::read_to_string(dir.join(&file.path)).unwrap_or_default();
        assert!(
            committed == file.contents,
            "{} is stale: run `cargo xtask codegen`",
            file.path
        );
    }
}

#[test]
fn every_file_starts_with_the_generated_header() {
    let generated = common::generate(&common::our_spec(), DocMode::Full, false);
    for file in &generated.files {
        assert!(
            file.contents.starts_with("// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:\n"),
            "{} lacks the header",
            file.path
        );
    }
}
