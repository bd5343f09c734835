//! One API whatever the spelling: our Video spec rewritten the way 3.0-era Telnyx specs spell
//! their lists (every `deepObject` parameter, `filter` and `page`, spelled out as bracket-named
//! leaf parameters `filter[date_created_at][gte]`, `page[number]`, each operation its own copy)
//! generates the same Rust as the spec itself, with the same config: same types, names, wire
//! format and guards.

mod common;

use codegen::DocMode;
use serde_json::{Value, json};

/// The leaf parameters of a `deepObject` parameter: one per scalar field, named with brackets.
fn leaves(prefix: &str, schema: &Value, out: &mut Vec<Value>) {
    match schema.get("properties").and_then(Value::as_object) {
        Some(properties) => {
            for (name, inner) in properties {
                leaves(&format!("{prefix}[{name}]"), inner, out);
            }
        }
        None => {
            let mut schema = schema.clone();
            let description = schema.as_object_mut().and_then(|o| o.remove("description"));
            let mut leaf = json!({"name": prefix, "in": "query", "schema": schema});
            if let Some(description) = description {
                leaf["description"] = description;
            }
            out.push(leaf);
        }
    }
}

/// Our spec with every deepObject query parameter spelled out in brackets, as 3.0.
fn bracket_spelling(mut doc: Value) -> Value {
    doc["openapi"] = json!("3.0.3");
    let components = doc["components"]["parameters"].clone();
    let paths = doc["paths"].as_object_mut().unwrap();
    for item in paths.values_mut() {
        for op in item.as_object_mut().unwrap().values_mut() {
            let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) else {
                continue;
            };
            let mut spelled = Vec::new();
            for param in params.drain(..) {
                let resolved = match param.get("$ref").and_then(Value::as_str) {
                    Some(r) => components[r.rsplit('/').next().unwrap()].clone(),
                    None => param.clone(),
                };
                if resolved.get("style") == Some(&json!("deepObject")) {
                    let schema = match resolved["schema"].get("$ref").and_then(Value::as_str) {
                        Some(r) => doc_schema(r),
                        None => resolved["schema"].clone(),
                    };
                    leaves(resolved["name"].as_str().unwrap(), &schema, &mut spelled);
                } else {
                    spelled.push(param);
                }
            }
            *params = spelled;
        }
    }
    doc
}

fn doc_schema(reference: &str) -> Value {
    panic!("our spec's deepObject parameters are inline; {reference} would need resolving")
}

#[test]
fn bracket_named_parameters_generate_the_same_api() {
    let text = std::fs::read_to_string(common::our_spec()).unwrap();
    let ours: Value = serde_yaml::from_str(&text).unwrap();
    let spelled = bracket_spelling(ours.clone());
    let leaves: Vec<&str> = spelled
        .pointer("/paths/~1room_recordings/delete/parameters")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert!(
        leaves.contains(&"filter[date_ended_at][gte]") && leaves.contains(&"page[number]"),
        "the rewrite spells out brackets: {leaves:?}"
    );
    let generate = |doc: &Value, name: &str| {
        codegen::generate_bytes(
            std::path::Path::new(name),
            &serde_json::to_vec(doc).unwrap(),
            &common::our_config(),
            &common::options("spec/telnyx-video.yaml", DocMode::FactsOnly, false),
        )
        .unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let expected = generate(&ours, "ours.json");
    let actual = generate(&spelled, "brackets.json");
    assert!(actual.warnings.is_empty(), "{:?}", actual.warnings);
    let mut mismatches = Vec::new();
    for (a, b) in expected.files.iter().zip(&actual.files) {
        assert_eq!(a.path, b.path);
        if a.contents != b.contents {
            let first = a
                .contents
                .lines()
                .zip(b.contents.lines())
                .enumerate()
                .find(|(_, (x, y))| x != y)
                .map(|(i, (x, y))| format!("line {}:\n  3.1: {x}\n  brackets: {y}", i + 1))
                .unwrap_or_else(|| "lengths differ".to_owned());
            mismatches.push(format!("{}: {first}", a.path));
        }
    }
    assert_eq!(expected.files.len(), actual.files.len());
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n\n"));
}
