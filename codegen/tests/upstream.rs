//! Telnyx's published Video spec (`$TELNYX_UPSTREAM_DIR/telnyx-video.yml`, OpenAPI 3.1 with its
//! quirks) loads and generates as is, with our config.

mod common;

use codegen::DocMode;
use codegen::ir::{Auth, ResponseBody, Status, TypeRef};

#[test]
fn upstream_spec_generates_into_a_directory() {
    let Some(spec) = common::upstream_spec() else {
        return;
    };
    let generated = common::generate(&spec, DocMode::Full, false);
    let out = std::env::temp_dir().join(format!("telnyx-video-upstream-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap();
    for file in &generated.files {
        std::fs::write(out.join(&file.path), &file.contents).unwrap();
    }
    let written: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    // Telnyx's Video file has no webhooks section: our overlay adds the events (events.rs).
    assert_eq!(written.len(), 8, "{written:?}");
    std::fs::remove_dir_all(&out).unwrap();

    assert_eq!(generated.operation_count(), 25);
    // No warning about the spec, and no config entry that matches nothing (the webhook types
    // the config shares come with the overlay).
    assert!(generated.warnings.is_empty(), "{:?}", generated.warnings);
    let notes: Vec<String> = generated
        .config_notes
        .iter()
        .map(|w| w.message.clone())
        .collect();
    assert_eq!(notes, Vec::<String>::new());
    // The 13 component schemas callers meet become types; the error objects (`VideoError`,
    // `VideoErrors`), which only error responses use and the runtime reads into its one
    // `Error::Api`, do not.
    for name in ["VideoError", "VideoErrors"] {
        assert!(
            !generated.api.types.iter().any(|t| t.name == name),
            "{name} is generated, though nothing returns it"
        );
    }
    for name in [
        "ActionsParticipantsRequest",
        "CreateRoomClientTokenRequest",
        "CreateRoomCompositionRequest",
        "CreateRoomRequest",
        "PaginationMeta",
        "PatchRoomRequest",
        "RefreshRoomClientTokenRequest",
        "Room",
        "RoomComposition",
        "RoomParticipant",
        "RoomRecording",
        "RoomSession",
        "VideoRegion",
    ] {
        assert!(
            generated.api.types.iter().any(|t| t.name == name),
            "missing type {name}"
        );
    }
}

#[test]
fn upstream_operations_are_modelled_faithfully() {
    let Some(spec) = common::upstream_spec() else {
        return;
    };
    let generated = common::generate(&spec, DocMode::Full, false);
    let ops: Vec<_> = generated
        .api
        .resources
        .iter()
        .flat_map(|r| r.operations.iter().map(move |o| (r, o)))
        .collect();
    let names: Vec<String> = ops
        .iter()
        .map(|(r, o)| format!("{}.{}", r.name, o.name))
        .collect();
    let mut expected = vec![
        "room_compositions.list",
        "room_compositions.create",
        "room_compositions.retrieve",
        "room_compositions.delete",
        "room_participants.list",
        "room_participants.retrieve",
        "room_recordings.list",
        "room_recordings.delete_bulk",
        "room_recordings.retrieve",
        "room_recordings.delete",
        "room_sessions.list",
        "room_sessions.retrieve",
        "room_sessions.end",
        "room_sessions.kick",
        "room_sessions.mute",
        "room_sessions.unmute",
        "room_sessions.list_participants",
        "rooms.list",
        "rooms.create",
        "rooms.retrieve",
        "rooms.delete",
        "rooms.update",
        "rooms.create_client_token",
        "rooms.refresh_client_token",
        "rooms.list_sessions",
    ];
    let mut sorted = names.clone();
    sorted.sort();
    expected.sort();
    assert_eq!(sorted, expected);

    let unauthenticated: Vec<&str> = ops
        .iter()
        .filter(|(_, o)| o.auth == Auth::None)
        .map(|(_, o)| o.name.as_str())
        .collect();
    assert_eq!(
        unauthenticated,
        ["end", "kick", "mute", "unmute", "refresh_client_token"]
    );

    // Looked up by name, never by position: when Telnyx reorders or adds parameters or
    // responses, the failure says which one changed.
    let (_, list) = ops
        .iter()
        .find(|(r, o)| r.name == "rooms" && o.name == "list")
        .expect("rooms.list is generated (see the operation list above)");
    let response = |status: Status| {
        list.responses
            .iter()
            .find(|r| r.status == status)
            .unwrap_or_else(|| {
                panic!(
                    "rooms.list declares no {status:?} response; it has {:?}",
                    list.responses.iter().map(|r| &r.status).collect::<Vec<_>>()
                )
            })
    };
    assert_eq!(
        response(Status::Code(200)).body,
        ResponseBody::Envelope {
            data: TypeRef::Vec(Box::new(TypeRef::Named("Room".into()))),
            meta: Some(TypeRef::Named("PaginationMeta".into()))
        },
        "rooms.list's 200 body: a page of Room with PaginationMeta"
    );
    response(Status::Range(4));
    // Every parameter, by wire name: (required, type). A new or changed one fails with the
    // whole table, so the expected row to add or change is in the message.
    let params: Vec<(&str, bool, &TypeRef)> = list
        .params
        .iter()
        .map(|p| (p.wire_name.as_str(), p.required, &p.ty))
        .collect();
    let by_name = |name: &str| {
        params
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, required, ty)| (*required, (*ty).clone()))
            .unwrap_or_else(|| panic!("rooms.list has no parameter `{name}`; it has {params:?}"))
    };
    assert_eq!(by_name("include_sessions"), (false, TypeRef::Bool));
    assert_eq!(
        by_name("filter"),
        (false, TypeRef::Named("RoomListFilter".into()))
    );
    assert_eq!(
        by_name("page"),
        (false, TypeRef::Named("PageParams".into()))
    );
    assert_eq!(
        params.len(),
        3,
        "rooms.list has parameters this test does not know: {params:?}"
    );

    // `[types.share]`: the 20 inline `{eq, gte, lte}` day filters are one type.
    let date_ranges: Vec<&str> = generated
        .api
        .types
        .iter()
        .filter(|t| t.name.contains("DateCreatedAt") || t.name == "DateRange")
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(date_ranges, ["DateRange"]);
}
