//! Broken specs give errors that name the file and the JSON pointer, all problems at once, and
//! never a panic.

use std::path::Path;

use codegen::{Config, DocMode, Error, Options};

fn generate(name: &str, text: &str) -> Result<codegen::Generated, Error> {
    let options = Options {
        source_name: name.to_owned(),
        docs: DocMode::Full,
        rustfmt: false,
    };
    codegen::generate_bytes(
        Path::new(name),
        text.as_bytes(),
        &Config::default(),
        &options,
    )
}

const HEAD: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";

#[test]
fn unknown_ref_names_file_and_pointer() {
    let spec = format!(
        "{HEAD}paths:\n  /rooms:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/Nope'}}\n"
    );
    let err = generate("spec/broken.yaml", &spec).unwrap_err();
    assert_eq!(
        err.to_string(),
        "spec/broken.yaml: #/paths/~1rooms/get/responses/200/content/application~1json/schema/$ref: \
         `$ref: #/components/schemas/Nope` does not resolve: nothing at #/components/schemas/Nope"
    );
}

#[test]
fn wrong_type_names_file_and_pointer() {
    let spec = format!(
        "{HEAD}paths:\n  /rooms:\n    get:\n      parameters:\n        - {{name: page, in: query, required: maybe, schema: {{type: integer}}}}\n      responses: {{'200': {{description: ok}}}}\n"
    );
    let err = generate("spec/broken.yaml", &spec).unwrap_err();
    assert_eq!(
        err.to_string(),
        "spec/broken.yaml: #/paths/~1rooms/get/parameters/0: invalid type: string \"maybe\", expected a boolean"
    );
}

#[test]
fn bad_yaml_names_file_and_position() {
    let err = generate(
        "spec/broken.yaml",
        "openapi: 3.1.0\npaths:\n  /rooms: {get: [\n",
    )
    .unwrap_err();
    let Error::Syntax { ref file, line, .. } = err else {
        panic!("expected a syntax error, got {err:?}")
    };
    assert_eq!(file, Path::new("spec/broken.yaml"));
    assert!(line >= 3, "line {line}");
    assert!(err.to_string().starts_with("spec/broken.yaml:"), "{err}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let spec = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      responses:\n        '200': {{$ref: '#/components/responses/Gone'}}\n  /b:\n    get:\n      responses:\n        '200': {{$ref: 'elsewhere.yaml#/x'}}\n"
    );
    let err = generate("s.yaml", &spec).unwrap_err();
    let pointers: Vec<&str> = err
        .diagnostics()
        .iter()
        .map(|d| d.pointer.as_str())
        .collect();
    assert_eq!(
        pointers,
        [
            "#/paths/~1a/get/responses/200/$ref",
            "#/paths/~1b/get/responses/200/$ref"
        ]
    );
}

#[test]
fn duplicate_method_names_fall_back_to_the_operation_id_with_a_warning() {
    let spec = format!(
        "{HEAD}paths:\n  /rooms/{{id}}:\n    parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]\n    put:\n      responses: {{'204': {{description: ok}}}}\n    patch:\n      operationId: PatchRoom\n      responses: {{'204': {{description: ok}}}}\n    delete:\n      responses: {{'204': {{description: ok}}}}\n  /rooms/{{id}}/:\n    parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]\n    delete:\n      responses: {{'204': {{description: ok}}}}\n"
    );
    let generated = generate("s.yaml", &spec).unwrap();
    let names: Vec<&str> = generated.api.resources[0]
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["update", "delete", "patch_room", "delete_"]);
    let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].starts_with("#/paths/~1rooms~1{id}/patch: method name `rooms.update` is already taken; this operation is `rooms.patch_room`"), "{warnings:?}");
}

#[test]
fn undeclared_path_parameter_is_an_error() {
    let spec = format!(
        "{HEAD}paths:\n  /rooms/{{id}}:\n    get:\n      responses: {{'200': {{description: ok}}}}\n"
    );
    let err = generate("s.yaml", &spec).unwrap_err();
    assert_eq!(
        err.to_string(),
        "s.yaml: #/paths/~1rooms~1{id}/get: path parameter `id` of `/rooms/{id}` is not declared"
    );
}

#[test]
fn unsupported_documents_are_errors() {
    for (text, expected) in [
        (
            "",
            "e.yaml: #: expected an OpenAPI object at the top level, found an empty document",
        ),
        (
            "- a\n- b\n",
            "e.yaml: #: expected an OpenAPI object at the top level, found a non-object document",
        ),
        (
            "swagger: '2.0'\n",
            "e.yaml: #/openapi: Swagger 2.0 is not supported; convert the document to OpenAPI 3.x",
        ),
        ("openapi: 3.1.0\n", "e.yaml: #: missing field `info`"),
    ] {
        assert_eq!(generate("e.yaml", text).unwrap_err().to_string(), expected);
    }
}

/// Every truncation of our spec either generates or fails with an error; none panics.
#[test]
fn truncated_specs_never_panic() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/telnyx-video.yaml"),
    )
    .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut outcomes = (0, 0);
    for cut in (0..lines.len()).step_by(7) {
        let truncated = lines[..cut].join("\n");
        match generate("cut.yaml", &truncated) {
            Ok(_) => outcomes.0 += 1,
            Err(err) => {
                assert!(err.to_string().starts_with("cut.yaml"), "{err}");
                outcomes.1 += 1;
            }
        }
    }
    assert!(outcomes.1 > 0, "some truncations must fail");
}

/// A corrupt or missing overlay or lock file is an error naming it (and the place), never a
/// panic, and nothing is generated.
#[test]
fn bad_overlay_and_lock_files_name_the_file() {
    let dir = std::env::temp_dir().join(format!("codegen-bad-inputs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/telnyx-video.yaml");
    let options = codegen::Options {
        source_name: "spec.yaml".to_owned(),
        docs: codegen::DocMode::FactsOnly,
        rustfmt: false,
    };
    let cases: [(&str, &str, &str, &str); 4] = [
        (
            "lock",
            "lock.json",
            "{\"version\": \"1.0.0\", \"surface\": ",
            "lock.json:1:",
        ),
        ("lock", "lock.json", "[1, 2]", "not a recorded public API"),
        (
            "overlay",
            "o.yaml",
            "overlay: 1.0.0\ninfo: {title: t}\nactions:\n  - target: $..[\n    update: {}\n",
            "o.yaml: #/actions/0/target: `$..[` is not a valid JSONPath",
        ),
        ("overlay", "missing.yaml", "", "missing.yaml: cannot read"),
    ];
    for (kind, name, text, expected) in cases {
        let file = dir.join(name);
        let _ = std::fs::remove_file(&file);
        if !text.is_empty() {
            std::fs::write(&file, text).unwrap();
        }
        let mut config = codegen::Config::default();
        match kind {
            "lock" => config.lock = Some(file.clone()),
            _ => config.overlays = vec![file.clone()],
        }
        let err = codegen::generate_file(&spec, &config, &options)
            .unwrap_err()
            .to_string();
        assert!(err.contains(expected), "{name}: {err}");
        assert!(err.contains(&file.display().to_string()), "{name}: {err}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
