//! A replay of spec history, judged by the compiler. Starting from our spec, twelve versions
//! make the kinds of change Telnyx really makes (a schema renamed, a response inlined then
//! named, `nullable` flipped both ways, `integer` to `number`, a field and an enum value added,
//! a path parameter renamed, filters spelled as bracket-named parameters, an enum value
//! dropped, then an operation and a field removed), each on top of the ones before. For each
//! version: the API lock is the first version's API; the verdict against it is asserted; the
//! crate is generated; and a downstream program written against the first version is compiled
//! against it. The compiler is the judge: a version the program does not compile against must
//! have been reported major (no miss), and every version the lock absorbs must compile
//! unchanged (no false alarm: nothing reported major compiles).

mod common;
#[path = "../../codegen/tests/common/edits.rs"]
mod edits;

use std::process::Command;

use codegen::release::Released;
use codegen::surface::{Semver, Surface};
use codegen::{Config, DocMode, Options};
use common::{root, write_crate, write_workspace};
use edits::{bracket_named_room_filters, name_the_token_response, rename_schema, schema};
use serde_json::{Value, json};

/// The program, as its authors wrote it against the first version.
const DOWNSTREAM: &str = r#"
use telnyx_video::models::{PageParams, Room, RoomParticipant, RoomRecording, RoomRecordingStatus};
use telnyx_video::rooms::RoomCreateClientTokenResponse;
use telnyx_video::{Client, Error, Nullable};

pub async fn run(client: &Client, id: telnyx_video::uuid::Uuid) -> Result<usize, Error> {
    let room: Room = client.rooms().create().unique_name("standup").max_participants(10).send().await?;
    let _name: Option<String> = room.unique_name.clone();
    let _max: Option<i64> = room.max_participants;
    let _failover: Option<Nullable<String>> = room.webhook_event_failover_url.clone();
    let tokens: RoomCreateClientTokenResponse =
        client.rooms().create_client_token(room.id).send().await?;
    let _token: String = tokens.token;
    let page = client
        .room_participants()
        .list()
        .page(PageParams::default().number(2).size(5))
        .send()
        .await?;
    let participants: Vec<RoomParticipant> = page.data;
    let recording: RoomRecording = client.room_recordings().retrieve(id).send().await?;
    let _size: Option<f64> = recording.size_mb;
    let _done = matches!(recording.status, RoomRecordingStatus::Completed);
    let _composition = client.room_compositions().retrieve(id).send().await?;
    Ok(participants.len())
}
"#;

use edits::replace;

type Edit = fn(&mut Value);

/// The history: each step's name, its edit, and the verdict expected against the first
/// version (cumulative: each step keeps the ones before).
fn history() -> Vec<(&'static str, Edit, Option<Semver>)> {
    vec![
        (
            "a schema renamed",
            |doc| rename_schema(doc, "RoomParticipant", "VideoParticipant"),
            None,
        ),
        (
            "an inline response named in components",
            name_the_token_response,
            None,
        ),
        (
            "a field becomes nullable",
            |doc| {
                schema(doc, "Room")["properties"]["unique_name"]["type"] =
                    json!(["string", "null"]);
            },
            None,
        ),
        (
            "a field stops being nullable",
            |doc| {
                schema(doc, "Room")["properties"]["webhook_event_failover_url"]["type"] =
                    json!("string");
            },
            None,
        ),
        (
            "integer becomes number",
            |doc| {
                doc["components"]["parameters"]["video_PageConsolidated"]["schema"]["properties"]
                    ["number"]["type"] = json!("number");
                schema(doc, "RoomRecording")["properties"]["size_mb"]["type"] = json!("integer");
            },
            None,
        ),
        (
            "a field added",
            |doc| {
                schema(doc, "Room")["properties"]["region"] = json!({"type": "string"});
            },
            Some(Semver::Minor),
        ),
        (
            "an enum value added",
            |doc| {
                let values = schema(doc, "RoomRecording")["properties"]["status"]["enum"]
                    .as_array_mut()
                    .unwrap();
                values.push(json!("archived"));
            },
            Some(Semver::Minor),
        ),
        (
            "a path parameter renamed",
            |doc| {
                replace(doc, "{room_id}", "{id}");
                replace(doc, "\"name\":\"room_id\"", "\"name\":\"id\"");
            },
            Some(Semver::Minor),
        ),
        (
            "filters as bracket-named parameters",
            bracket_named_room_filters,
            Some(Semver::Minor),
        ),
        (
            "an enum value dropped",
            |doc| {
                let values = schema(doc, "RoomRecording")["properties"]["status"]["enum"]
                    .as_array_mut()
                    .unwrap();
                values.retain(|v| v != "completed");
            },
            Some(Semver::Minor),
        ),
        (
            "an operation removed",
            |doc| {
                doc["paths"]["/room_compositions/{room_composition_id}"]
                    .as_object_mut()
                    .unwrap()
                    .remove("get");
            },
            Some(Semver::Major),
        ),
        (
            "a field removed",
            |doc| {
                schema(doc, "Room")["properties"]
                    .as_object_mut()
                    .unwrap()
                    .remove("max_participants");
            },
            Some(Semver::Major),
        ),
    ]
}

fn generate(doc: &Value, config: &Config) -> codegen::Generated {
    let options = Options {
        source_name: "spec/telnyx-video.yaml".to_owned(),
        docs: DocMode::FactsOnly,
        rustfmt: false,
    };
    codegen::generate_bytes(
        std::path::Path::new("replay.json"),
        &serde_json::to_vec(doc).unwrap(),
        config,
        &options,
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_break_the_compiler_finds_is_reported_major_and_absorbed_churn_compiles() {
    let workspace = root().join("target/spec-replay");
    std::fs::create_dir_all(workspace.join("downstream/src")).unwrap();
    std::fs::write(
        workspace.join("downstream/Cargo.toml"),
        "[package]\nname = \"downstream\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\ntelnyx-video = { path = \"../telnyx-video\" }\n",
    )
    .unwrap();
    std::fs::write(workspace.join("downstream/src/lib.rs"), DOWNSTREAM).unwrap();
    write_workspace(
        &workspace,
        &["telnyx-video".to_owned(), "downstream".to_owned()],
    );

    // The first version: our spec, with one nullable field (for the step that flips it back).
    let mut doc = codegen::load::load_file(&root().join("spec/telnyx-video.yaml"))
        .unwrap()
        .value;
    schema(&mut doc, "Room")["properties"]["webhook_event_failover_url"]["type"] =
        json!(["string", "null"]);
    let mut config = Config::from_file(&root().join("spec/codegen.toml")).unwrap();
    config.lock = None;
    let first = generate(&doc, &config);
    let released = Surface::of(&first.api);
    let lock = workspace.join("released.json");
    let record = Released {
        version: "1.0.0".to_owned(),
        surface: released.clone(),
        runtime: Default::default(),
    };
    std::fs::write(&lock, serde_json::to_string(&record).unwrap()).unwrap();
    config.lock = Some(lock);

    let check = |files: &[codegen::GeneratedFile]| -> (bool, String) {
        write_crate(&workspace, "telnyx-video", files);
        let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .current_dir(&workspace)
            .env("CARGO_TARGET_DIR", workspace.join("target"))
            .args([
                "check",
                "-p",
                "downstream",
                "--quiet",
                "--message-format",
                "short",
            ])
            .output()
            .unwrap();
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (compiles, errors) = check(&first.files);
    assert!(
        compiles,
        "the program does not compile against the first version:\n{errors}"
    );

    let mut table = Vec::new();
    let mut failures = Vec::new();
    for (name, edit, expected) in history() {
        edit(&mut doc);
        let generated = generate(&doc, &config);
        let report = released.diff(&Surface::of(&generated.api));
        let (compiles, errors) = check(&generated.files);
        table.push(format!(
            "{name}: verdict {:?}, {} kept, compiles: {compiles}",
            report.verdict,
            generated.kept.len()
        ));
        if report.verdict != expected {
            failures.push(format!(
                "{name}: verdict {:?}, expected {expected:?}\n{}",
                report.verdict,
                report.text()
            ));
        }
        let major = report.verdict == Some(Semver::Major);
        if !compiles && !major {
            failures.push(format!(
                "{name}: a miss: the program no longer compiles, but the verdict is {:?}\n{errors}",
                report.verdict
            ));
        }
        if compiles && major && expected != Some(Semver::Major) {
            failures.push(format!(
                "{name}: a false alarm: major, yet the program compiles"
            ));
        }
        if major && compiles {
            // The program uses what each breaking step removes: it must stop compiling.
            failures.push(format!(
                "{name}: reported major, but the program still compiles"
            ));
        }
    }
    println!("{}", table.join("\n"));
    assert!(
        failures.is_empty(),
        "{}\n\n{}",
        table.join("\n"),
        failures.join("\n\n")
    );
}
