//! The generated models on the wire: exact parses of realistic responses, forward compatibility
//! (unknown fields and enum values), and requests that carry exactly what the caller set.

use chrono::{NaiveDate, TimeZone, Utc};
use serde_json::json;
use telnyx_video::models::DateRange;
use telnyx_video::models::{
    ActionsParticipantsRequest, CreateRoomCompositionRequest, CreateRoomRequest, Participants,
    RefreshRoomClientTokenRequest, Room, RoomComposition, RoomCompositionStatus, RoomRecording,
    RoomRecordingStatus, RoomRecordingType,
};

use telnyx_video::rooms::RoomListFilter;
use uuid::Uuid;

fn uuid(text: &str) -> Uuid {
    Uuid::parse_str(text).unwrap()
}

#[test]
fn room_parses_exactly() {
    let body = json!({
        "active_session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e74",
        "created_at": "2021-04-16T09:46:20.954863Z",
        "enable_recording": true,
        "id": "7b61621f-62e0-4aad-ab11-9fd19e272e73",
        "max_participants": 50,
        "record_type": "room",
        "sessions": [{
            "active": true,
            "created_at": "2021-04-16T09:46:20.954863Z",
            "id": "7b61621f-62e0-4aad-ab11-9fd19e272e74",
            "participants": [],
            "record_type": "room_session",
            "room_id": "7b61621f-62e0-4aad-ab11-9fd19e272e73",
            "updated_at": "2021-04-16T10:24:55.962200Z"
        }],
        "unique_name": "My Room",
        "updated_at": "2021-04-16T10:24:55.962200Z",
        "webhook_event_failover_url": "https://failover.example.com",
        "webhook_event_url": "https://www.example.com",
        "webhook_timeout_secs": 25
    });
    let room: Room = serde_json::from_value(body).unwrap();
    assert_eq!(room.id, uuid("7b61621f-62e0-4aad-ab11-9fd19e272e73"));
    assert_eq!(
        room.active_session_id,
        Some(uuid("7b61621f-62e0-4aad-ab11-9fd19e272e74"))
    );
    let created = Utc.with_ymd_and_hms(2021, 4, 16, 9, 46, 20).unwrap()
        + chrono::Duration::microseconds(954_863);
    assert_eq!(room.created_at, created);
    assert_eq!(room.enable_recording, Some(true));
    assert_eq!(room.max_participants, Some(50));
    assert_eq!(room.record_type, "room");
    assert_eq!(room.unique_name.as_deref(), Some("My Room"));
    assert_eq!(room.webhook_timeout_secs, Some(25));
    let sessions = room.sessions.unwrap();
    assert_eq!(sessions.len(), 1);
    assert!(sessions[0].active);
    assert_eq!(sessions[0].participants, Some(vec![]));
    assert_eq!(sessions[0].ended_at, None);
}

#[test]
fn responses_tolerate_missing_null_and_unknown_fields() {
    let room: Room = serde_json::from_value(json!({
        "id": "7b61621f-62e0-4aad-ab11-9fd19e272e73",
        "record_type": "room",
        "created_at": "2021-04-16T09:46:20.954863Z",
        "updated_at": "2021-04-16T10:24:55.962200Z",
        "webhook_timeout_secs": null,
        "a_field_added_next_year": {"nested": [1, 2, 3]}
    }))
    .unwrap();
    assert_eq!(room.id, uuid("7b61621f-62e0-4aad-ab11-9fd19e272e73"));
    assert_eq!(room.webhook_timeout_secs, None);
    assert_eq!(room.unique_name, None);
    // The fields the config says Telnyx always returns are not optional: a response without
    // one is a decode error naming it, never a value with a hole in it.
    let err = serde_json::from_value::<Room>(json!({
        "id": "7b61621f-62e0-4aad-ab11-9fd19e272e73",
        "record_type": "room",
        "created_at": "2021-04-16T09:46:20.954863Z"
    }))
    .unwrap_err();
    assert_eq!(err.to_string(), "missing field `updated_at`");
}

#[test]
fn unknown_enum_values_are_kept_and_sent_back_verbatim() {
    let ids = json!({
        "id": "7b61621f-62e0-4aad-ab11-9fd19e272e73",
        "record_type": "room_recording",
        "room_id": "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0",
        "session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e74",
        "created_at": "2021-04-16T09:46:20Z",
    });
    let mut body = ids.clone();
    body["status"] = json!("archived");
    body["type"] = json!("video");
    body["size_mb"] = json!(10.5);
    let recording: RoomRecording = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(
        recording.status,
        RoomRecordingStatus::Unknown("archived".into())
    );
    assert_eq!(recording.type_, Some(RoomRecordingType::Video));
    assert_eq!(recording.size_mb, Some(10.5));
    // Written back verbatim (response types serialize with the `serde-all` feature).
    #[cfg(feature = "serde-all")]
    assert_eq!(serde_json::to_value(&recording).unwrap(), body);

    let mut body = ids.clone();
    body["record_type"] = json!("composition");
    body["status"] = json!("enqueued");
    let composition: RoomComposition = serde_json::from_value(body).unwrap();
    assert_eq!(composition.status, RoomCompositionStatus::Enqueued);
    assert_eq!(RoomCompositionStatus::Processing.as_str(), "processing");
    assert_eq!(
        RoomCompositionStatus::from("completed"),
        RoomCompositionStatus::Completed
    );
    assert_eq!(
        telnyx_video::models::RoomCompositionStatus::from("x").to_string(),
        "x"
    );
}

#[test]
fn requests_carry_exactly_what_the_caller_set() {
    // Nothing set: nothing sent, so the server's own defaults apply (a `default: ""` uri sent on
    // the caller's behalf would be refused with a 422).
    assert_eq!(
        serde_json::to_value(CreateRoomRequest::default()).unwrap(),
        json!({})
    );
    let request = CreateRoomRequest::default()
        .unique_name("standup")
        .max_participants(5);
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"max_participants":5,"unique_name":"standup"}"#
    );
    assert_eq!(
        serde_json::to_value(CreateRoomCompositionRequest::default()).unwrap(),
        json!({})
    );
}

#[test]
fn participants_are_all_or_a_list_of_ids() {
    let all = ActionsParticipantsRequest::default().participants(Participants::All);
    assert_eq!(
        serde_json::to_value(&all).unwrap(),
        json!({"participants": "all"})
    );
    let id = uuid("7b61621f-62e0-4aad-ab11-9fd19e272e73");
    let some = ActionsParticipantsRequest::default()
        .participants(Participants::List(vec![id]))
        .exclude(vec![]);
    assert_eq!(
        serde_json::to_value(&some).unwrap(),
        json!({"participants": ["7b61621f-62e0-4aad-ab11-9fd19e272e73"], "exclude": []})
    );
    // Read back (request types deserialize with the `serde-all` feature).
    #[cfg(feature = "serde-all")]
    {
        assert_eq!(
            serde_json::from_value::<Participants>(json!("all")).unwrap(),
            Participants::All
        );
        assert_eq!(
            serde_json::from_value::<Participants>(json!([id])).unwrap(),
            Participants::List(vec![id])
        );
        let err = serde_json::from_value::<Participants>(json!("everyone")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the value matches none of the forms of Participants"
        );
        assert!(serde_json::from_value::<Participants>(json!(["not-a-uuid"])).is_err());
    }
}

#[test]
fn required_request_fields_are_required() {
    #[cfg(feature = "serde-all")]
    {
        let err =
            serde_json::from_value::<RefreshRoomClientTokenRequest>(json!({"token_ttl_secs": 60}))
                .unwrap_err();
        assert_eq!(err.to_string(), "missing field `refresh_token`");
    }
    // Types callers build are non-exhaustive: built with `new(required..)` and setters.
    let request = RefreshRoomClientTokenRequest::new("r");
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({"refresh_token": "r"})
    );
}

#[test]
fn composition_layout_is_a_map_of_regions() {
    let composition: RoomComposition = serde_json::from_value(json!({
        "id": "7b61621f-62e0-4aad-ab11-9fd19e272e73",
        "record_type": "composition",
        "room_id": "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0",
        "session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e74",
        "status": "completed",
        "video_layout": {"first": {"height": 720, "width": 1280, "video_sources": ["7b61621f-62e0-4aad-ab11-9fd19e272e73"], "x_pos": 0, "z_pos": -3}}
    }))
    .unwrap();
    let layout = composition.video_layout.unwrap();
    let first = &layout["first"];
    assert_eq!(
        (first.height, first.width, first.z_pos, first.max_rows),
        (Some(720), Some(1280), Some(-3), None)
    );
    assert_eq!(
        first.video_sources,
        Some(vec![uuid("7b61621f-62e0-4aad-ab11-9fd19e272e73")])
    );
}

#[test]
fn filters_serialize_dates_as_days() {
    let filter = RoomListFilter::default()
        .date_created_at(DateRange::default().gte(NaiveDate::from_ymd_opt(2026, 1, 2).unwrap()))
        .unique_name("standup");
    assert_eq!(
        serde_json::to_value(&filter).unwrap(),
        json!({"date_created_at": {"gte": "2026-01-02"}, "unique_name": "standup"})
    );
}
