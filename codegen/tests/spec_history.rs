//! Spec history: edits Telnyx could make to the Video spec, each applied to our spec in the
//! test, with the public API report `cargo xtask diff` gives for it and its semver verdict:
//! without the API lock (`--release-lock`: every change, renames with the config line that pins
//! them), and with it (what a maintainer regenerating gets: wire-compatible churn kept as
//! released, and reported as kept).

mod common;

use common::edits::{bracket_named_room_filters, name_the_token_response, rename_schema, schema};

use codegen::DocMode;
use codegen::surface::{Report, Semver, Surface};
use serde_json::{Value, json};

fn our_doc() -> Value {
    serde_yaml::from_str(&std::fs::read_to_string(common::our_spec()).unwrap()).unwrap()
}

/// The surface `doc` generates, and what the lock kept, with or without the lock.
fn surface(doc: &Value, locked: bool) -> (Surface, Vec<String>) {
    let mut config = common::our_config();
    if !locked {
        config.lock = None;
    }
    let generated = codegen::generate_bytes(
        std::path::Path::new("spec.json"),
        &serde_json::to_vec(doc).unwrap(),
        &config,
        &common::options("spec/telnyx-video.yaml", DocMode::FactsOnly, false),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let kept = generated.kept.iter().map(|k| k.message.clone()).collect();
    (Surface::of(&generated.api), kept)
}

/// The report for `edit` applied to our spec, without the lock.
fn report(edit: impl FnOnce(&mut Value)) -> Report {
    locked_report(edit, false).0
}

/// The report for `edit` applied to our spec, with or without the lock, and what it kept.
fn locked_report(edit: impl FnOnce(&mut Value), locked: bool) -> (Report, Vec<String>) {
    let before = our_doc();
    let mut after = before.clone();
    edit(&mut after);
    let (old, _) = surface(&before, locked);
    let (new, kept) = surface(&after, locked);
    (old.diff(&new), kept)
}

fn lines(report: &Report) -> Vec<String> {
    report
        .changes
        .iter()
        .map(|c| format!("{}: {}: {}", c.semver, c.path, c.what))
        .collect()
}

#[test]
fn nothing_changed() {
    let report = report(|_| {});
    assert_eq!(report.verdict, None);
    assert_eq!(report.text(), "No change to the public API.\n");
}

#[test]
fn optional_fields_added_are_minor() {
    let report = report(|doc| {
        schema(doc, "Room")["properties"]["region"] = json!({"type": "string"});
        schema(doc, "CreateRoomRequest")["properties"]["region"] = json!({"type": "string"});
    });
    assert_eq!(
        lines(&report),
        [
            "minor: models::CreateRoomRequest::region: field added (Option<String>)",
            // Its setter on the type, and on the operation's builder (the body's fields).
            "minor: models::CreateRoomRequest::region(): setter added (String)",
            "minor: models::Room::region: field added (Option<String>)",
            "minor: rooms::RoomCreateRequest::region(): setter added (String)",
        ]
    );
    assert_eq!(report.verdict, Some(Semver::Minor));
}

#[test]
fn a_required_request_field_is_major() {
    let report = report(|doc| {
        let create = schema(doc, "CreateRoomRequest");
        create["properties"]["region"] = json!({"type": "string"});
        create["required"] = json!(["region"]);
    });
    assert_eq!(
        lines(&report),
        [
            "major: models::CreateRoomRequest::region: required field added (String)",
            // Where callers meet it: `create` takes it as an argument now, and the type has a
            // constructor that takes it.
            "major: rooms::Rooms::create(): method changed from `fn create() -> RoomCreateRequest => Room` to `fn create(String) -> RoomCreateRequest => Room`",
            "minor: models::CreateRoomRequest::new(): constructor added (fn new(String))",
        ]
    );
}

#[test]
fn removed_and_retyped_fields_are_major() {
    let report = report(|doc| {
        let room = schema(doc, "Room");
        room["properties"]
            .as_object_mut()
            .unwrap()
            .remove("unique_name");
        room["properties"]["max_participants"] = json!({"type": "string"});
    });
    assert_eq!(
        lines(&report),
        [
            "major: models::Room::max_participants: field changed from `Option<i64>` to `Option<String>`",
            "major: models::Room::unique_name: field removed (Option<String>)",
        ]
    );
}

#[test]
fn an_enum_value_added_is_minor() {
    let report = report(|doc| {
        schema(doc, "RoomRecording")["properties"]["status"]["enum"] =
            json!(["completed", "processing", "deleted"]);
    });
    assert_eq!(
        lines(&report),
        ["minor: models::RoomRecordingStatus::Deleted: variant added (unit)"]
    );
}

fn rename_room_session(doc: &mut Value) {
    rename_schema(doc, "RoomSession", "VideoRoomSession");
}

#[test]
fn the_lock_keeps_a_renamed_schema_and_says_so() {
    let (report, kept) = locked_report(rename_room_session, true);
    assert_eq!(report.verdict, None, "{}", report.text());
    assert_eq!(
        kept,
        [
            "kept for compatibility: type `VideoRoomSession` keeps its released name `RoomSession` (renamed or inlined in the spec, same shape)"
        ]
    );
}

#[test]
fn a_renamed_schema_is_reported_with_the_config_pin() {
    let report = report(rename_room_session);
    let text = lines(&report);
    assert!(
        text.contains(&"major: models::RoomSession: struct renamed to `models::VideoRoomSession` (same shape); to keep the old name, add `VideoRoomSession = \"RoomSession\"` under [types.rename] in the generator config".to_owned()),
        "{text:#?}"
    );
    // What changed inside it is listed too: the config's always-present fields name the old
    // type, so the renamed one has them optional (code reading them stops compiling).
    assert!(
        text.contains(&"major: models::RoomSession::id: field changed from `Uuid` to `Option<Uuid>` (now `models::VideoRoomSession::id`)".to_owned()),
        "{text:#?}"
    );
    // Uses of the type change with it.
    assert!(
        text.iter()
            .any(|l| l.starts_with("major: models::Room::sessions: field changed")),
        "{text:#?}"
    );
}

#[test]
fn operations_added_and_removed() {
    let report = report(|doc| {
        let paths = doc["paths"].as_object_mut().unwrap();
        paths.remove("/room_compositions/{room_composition_id}");
        paths.insert(
            "/rooms/{room_id}/actions/archive".into(),
            json!({"post": {"operationId": "ArchiveRoom", "parameters": [{"$ref": "#/components/parameters/RoomId"}], "responses": {"204": {"description": "Archived."}}}}),
        );
    });
    let text = lines(&report);
    assert!(
        text.contains(&"minor: rooms::Rooms::archive(): method added (fn archive(PathParam) -> RoomArchiveRequest => ())".to_owned()),
        "{text:#?}"
    );
    for removed in ["retrieve", "delete"] {
        assert!(
            text.iter().any(|l| l.starts_with(&format!(
                "major: room_compositions::RoomCompositions::{removed}(): method removed"
            ))),
            "{text:#?}"
        );
    }
    assert_eq!(report.verdict, Some(Semver::Major));
}

#[test]
fn bracket_spelling_and_back_changes_nothing() {
    let report = report(bracket_named_room_filters);
    assert_eq!(lines(&report), Vec::<String>::new());
}

#[test]
fn a_realistic_change() {
    let report = report(|doc| {
        schema(doc, "Room")["properties"]["region"] = json!({"type": "string"});
        schema(doc, "Room")["properties"]["recording_layout"] = json!({"type": "string"});
        schema(doc, "RoomRecording")["properties"]["duration_ms"] = json!({"type": "integer"});
        schema(doc, "RoomRecording")["properties"]["status"]["enum"] =
            json!(["completed", "processing", "deleted"]);
        let schemas = doc["components"]["schemas"].as_object_mut().unwrap();
        let participant = schemas.remove("RoomParticipant").unwrap();
        schemas.insert("VideoParticipant".into(), participant);
        let mut text = serde_json::to_string(doc).unwrap().replace(
            "#/components/schemas/RoomParticipant\"",
            "#/components/schemas/VideoParticipant\"",
        );
        text = text.replace(
            "\"/room_compositions/{room_composition_id}\"",
            "\"/x-removed\"",
        );
        *doc = serde_json::from_str(&text).unwrap();
        doc["paths"].as_object_mut().unwrap().remove("/x-removed");
    });
    println!("{}", report.text());
    println!("{}", report.changelog("0.2.0"));
    assert_eq!(report.verdict, Some(Semver::Major));
    let text = report.text();
    for expected in [
        "models::Room::region: field added",
        "models::RoomRecording::duration_ms: field added",
        "models::RoomRecordingStatus::Deleted: variant added",
        "models::RoomParticipant: struct renamed to `models::VideoParticipant`",
        "room_compositions::RoomCompositions::retrieve(): method removed",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
}

#[test]
fn the_lock_keeps_an_inline_response_named_in_components_where_it_was() {
    let (report, kept) = locked_report(name_the_token_response, true);
    assert_eq!(report.verdict, None, "{}", report.text());
    assert_eq!(
        kept,
        [
            "kept for compatibility: type `CreateRoomClientTokenResponse` keeps its released name `RoomCreateClientTokenResponse` (renamed or inlined in the spec, same shape)",
            "kept for compatibility: type `RoomCreateClientTokenResponse` stays in `rooms` (the spec moved it to `models`)",
        ]
    );
}

#[test]
fn naming_an_inline_response_is_a_rename_the_config_can_pin() {
    let report = report(name_the_token_response);
    let text = lines(&report);
    assert!(
        text.contains(&"major: rooms::RoomCreateClientTokenResponse: struct renamed to `models::CreateRoomClientTokenResponse` (same shape); to keep the old name, add `CreateRoomClientTokenResponse = \"RoomCreateClientTokenResponse\"` under [types.rename] in the generator config".to_owned()),
        "{text:#?}"
    );
}

#[test]
fn the_lock_keeps_types_that_stay_compatible_in_the_direction_they_travel() {
    let (report, kept) = locked_report(
        |doc| {
            // Decoded: an optional field becomes nullable (`Option<String>` reads `null` as
            // `None`), and a number becomes an integer (`f64` reads every integer).
            schema(doc, "Room")["properties"]["unique_name"]["type"] = json!(["string", "null"]);
            schema(doc, "RoomRecording")["properties"]["size_mb"]["type"] = json!("integer");
            // Sent: the page number becomes a number (every `i64` is one).
            doc["components"]["parameters"]["video_PageConsolidated"]["schema"]["properties"]["number"]
                ["type"] = json!("number");
        },
        true,
    );
    assert_eq!(report.verdict, None, "{}", report.text());
    assert_eq!(
        kept,
        [
            "kept for compatibility: `models::PageParams::number` stays `Option<i64>` (the spec now says `Option<f64>`; compatible on the wire for what is sent)",
            "kept for compatibility: `models::Room::unique_name` stays `Option<String>` (the spec now says `Option<Nullable<String>>`; compatible on the wire for what is received)",
            "kept for compatibility: `models::RoomRecording::size_mb` stays `Option<f64>` (the spec now says `Option<i64>`; compatible on the wire for what is received)",
        ]
    );
}

#[test]
fn the_lock_lets_real_breaks_through() {
    let (report, kept) = locked_report(
        |doc| {
            // Decoded: `i64` cannot read 1.5, nor `f64` a string.
            schema(doc, "Room")["properties"]["max_participants"]["type"] = json!("number");
            schema(doc, "RoomRecording")["properties"]["size_mb"]["type"] = json!("string");
            // Sent: a number where the released setter takes an integer the other way round.
            schema(doc, "CreateRoomRequest")["properties"]["max_participants"]["type"] =
                json!("number");
        },
        true,
    );
    // Only the sent integer is kept; the decoded changes are breaks.
    assert_eq!(
        kept,
        [
            "kept for compatibility: `models::CreateRoomRequest::max_participants` stays `Option<i64>` (the spec now says `Option<f64>`; compatible on the wire for what is sent)"
        ]
    );
    assert_eq!(report.verdict, Some(Semver::Major));
    let text = lines(&report);
    for expected in [
        "major: models::RoomRecording::size_mb: field changed from `Option<f64>` to `Option<String>`",
        "major: models::Room::max_participants: field changed from `Option<i64>` to `Option<f64>`",
    ] {
        assert!(text.iter().any(|l| l == expected), "{expected}\n{text:#?}");
    }
    assert!(
        !text
            .iter()
            .any(|l| l.contains("CreateRoomRequest::max_participants")),
        "{text:#?}"
    );
}

#[test]
fn a_renamed_path_parameter_is_a_patch() {
    let (report, _) = locked_report(
        |doc| {
            // The path template and the path parameter's name (queries name no `room_id`).
            let text = serde_json::to_string(doc)
                .unwrap()
                .replace("{room_id}", "{id}")
                .replace("\"name\":\"room_id\"", "\"name\":\"id\"");
            *doc = serde_json::from_str(&text).unwrap();
        },
        true,
    );
    assert_eq!(report.verdict, Some(Semver::Patch), "{}", report.text());
}
