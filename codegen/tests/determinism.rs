//! Output is byte-identical across runs: nothing depends on hash order, time or the machine.

mod common;

use codegen::DocMode;

#[test]
fn two_runs_produce_identical_bytes() {
    let first = common::generate(&common::our_spec(), DocMode::Full, false);
    let second = common::generate(&common::our_spec(), DocMode::Full, false);
    assert_eq!(first.files, second.files);
}

#[test]
fn reordering_the_components_does_not_change_the_output() {
    // Reverse the order of every component map and of the paths; names and output must not move.
    let text = std::fs::read_to_string(common::our_spec()).unwrap();
    let mut doc: serde_json::Value = serde_yaml::from_str(&text).unwrap();
    for key in ["schemas", "responses", "parameters"] {
        let map = doc["components"][key].as_object().unwrap().clone();
        let reversed: serde_json::Map<_, _> = map.into_iter().rev().collect();
        doc["components"][key] = serde_json::Value::Object(reversed);
    }
    let bytes = serde_json::to_vec(&doc).unwrap();
    let options = common::options("spec/telnyx-video.yaml", DocMode::Full, false);
    let reordered = codegen::generate_bytes(
        std::path::Path::new("reordered.json"),
        &bytes,
        &common::our_config(),
        &options,
    )
    .unwrap();
    let original = common::generate(&common::our_spec(), DocMode::Full, false);
    assert_eq!(original.files, reordered.files);
}
