//! Mutation fuzzing of the whole pipeline: thousands of mutated specs (ours and the construct
//! fixtures; keys dropped, values replaced by other types, `$ref`s broken or made cyclic,
//! subtrees duplicated, bytes truncated) must each generate or fail with an error naming the
//! file, never panic. Deterministic: a fixed seed per run; set FUZZ_ITERATIONS to run longer.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use codegen::{Config, DocMode, Options};
use serde_json::{Value, json};

/// A small deterministic PRNG (xorshift64*), so the test needs no extra dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn random_value(rng: &mut Rng) -> Value {
    match rng.below(12) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(-7),
        3 => json!(1.5e300),
        4 => json!(""),
        5 => json!("string"),
        6 => json!([]),
        7 => json!({}),
        8 => json!({"$ref": "#/components/schemas/DoesNotExist"}),
        9 => json!({"$ref": "#"}),
        10 => json!({"type": ["null", "object"], "properties": {"x": {"$ref": "#/paths"}}}),
        _ => {
            json!({"oneOf": [{"const": 1}, {"type": "array"}], "discriminator": {"propertyName": "k"}})
        }
    }
}

/// Pointers to every node of `value`, as paths of keys / indices.
fn nodes(value: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(path.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                path.push(k.clone());
                nodes(v, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(i.to_string());
                nodes(v, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn node_mut<'a>(value: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, key| match v {
        Value::Object(map) => map.get_mut(key),
        Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    })
}

fn mutate(doc: &Value, rng: &mut Rng) -> Vec<u8> {
    let mut doc = doc.clone();
    let mut all = Vec::new();
    nodes(&doc, &mut Vec::new(), &mut all);
    for _ in 0..1 + rng.below(3) {
        let path = all[rng.below(all.len())].clone();
        match rng.below(5) {
            0 => {
                // Drop the node from its parent.
                if let Some((last, parent)) = path.split_last() {
                    match node_mut(&mut doc, parent) {
                        Some(Value::Object(map)) => {
                            map.remove(last);
                        }
                        Some(Value::Array(items)) => {
                            if let Ok(i) = last.parse::<usize>() {
                                if i < items.len() {
                                    items.remove(i);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            1 | 2 => {
                let replacement = random_value(rng);
                if let Some(node) = node_mut(&mut doc, &path) {
                    *node = replacement;
                }
            }
            3 => {
                // Copy another subtree here.
                let other = all[rng.below(all.len())].clone();
                let copy = node_mut(&mut doc, &other).map(|v| v.clone());
                if let (Some(copy), Some(node)) = (copy, node_mut(&mut doc, &path)) {
                    *node = copy;
                }
            }
            _ => {
                if let Some(Value::Object(map)) = node_mut(&mut doc, &path) {
                    map.insert("$ref".into(), json!(format!("#/{}", path.join("/"))));
                }
            }
        }
    }
    let mut bytes = serde_json::to_vec(&doc).unwrap();
    if rng.below(10) == 0 {
        let cut = rng.below(bytes.len());
        bytes.truncate(cut);
    }
    bytes
}

#[test]
fn mutated_specs_never_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds: Vec<(String, Value)> = Vec::new();
    for entry in std::fs::read_dir(root.join("tests/fixtures")).unwrap() {
        let path = entry.unwrap().path();
        seeds.push((
            path.display().to_string(),
            serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap(),
        ));
    }
    seeds.sort_by(|a, b| a.0.cmp(&b.0));
    let ours = root.join("../spec/telnyx-video.yaml");
    seeds.push((
        "spec".into(),
        serde_yaml::from_str(&std::fs::read_to_string(ours).unwrap()).unwrap(),
    ));
    let iterations: usize = std::env::var("FUZZ_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1200);
    let options = Options {
        source_name: "fuzz".into(),
        docs: DocMode::Full,
        rustfmt: false,
    };
    let mut all_ops = Config::default();
    all_ops.select.all = true;
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let (mut generated, mut refused) = (0usize, 0usize);
    for i in 0..iterations {
        let (name, seed) = &seeds[i % seeds.len()];
        let bytes = mutate(seed, &mut rng);
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            codegen::generate_bytes(Path::new("fuzz.json"), &bytes, &all_ops, &options)
        }));
        match outcome {
            Ok(Ok(_)) => generated += 1,
            Ok(Err(err)) => {
                assert!(
                    err.to_string().starts_with("fuzz.json"),
                    "error without the file name: {err}"
                );
                refused += 1;
            }
            Err(_) => {
                let repro = std::env::temp_dir().join(format!("fuzz-crash-{i}.json"));
                std::fs::write(&repro, &bytes).unwrap();
                panic!(
                    "mutation {i} of {name} panicked; input written to {}",
                    repro.display()
                );
            }
        }
    }
    println!(
        "fuzz: {iterations} mutated specs, {generated} generated, {refused} refused with an error, 0 panics"
    );
    assert_eq!(generated + refused, iterations);
    assert!(
        generated > 0 && refused > 0,
        "mutations should both pass and fail: {generated} / {refused}"
    );
}
