//! Every one of the 25 operations on the wire: the exact method, path, query string, headers
//! (credentials present or absent) and JSON body sent, and the exact parse of the response.

mod common;

use common::*;
use serde_json::json;
use telnyx_video::models::{
    CreateRoomCompositionRequest, DateRange, PageParams, Participants, RoomCompositionStatus,
    RoomRecordingStatus, RoomRecordingType, VideoRegion,
};
use telnyx_video::room_compositions::RoomCompositionListFilter;
use telnyx_video::room_participants::RoomParticipantListFilter;
use telnyx_video::room_recordings::RoomRecordingFilter;
use telnyx_video::room_sessions::{RoomSessionListFilter, RoomSessionListParticipantsFilter};
use telnyx_video::rooms::{RoomListFilter, RoomListSessionsFilter};

/// A client without API key: the operations with `security: []` work with it.
fn keyless(server: &wiremock::MockServer) -> telnyx_video::Client {
    telnyx_video::Client::builder()
        .base_url(server.uri())
        .build()
        .unwrap()
}

// ---- rooms ----

#[tokio::test]
async fn rooms_list() {
    let server = serve(200, json!({"data": [room_json()], "meta": meta(1, 3)})).await;
    let page = client(&server)
        .rooms()
        .list()
        .include_sessions(true)
        .filter(
            RoomListFilter::default()
                .date_created_at(DateRange::default().gte(day(2026, 1, 2)))
                .unique_name("standup"),
        )
        .page(PageParams::default().number(1).size(50))
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: "/rooms",
            query: Some(
                "include_sessions=true&filter[date_created_at][gte]=2026-01-02&filter[unique_name]=standup&page[number]=1&page[size]=50",
            ),
            auth: true,
            body: None,
        },
    );
    assert_eq!(page.data.len(), 1);
    let room = &page.data[0];
    assert_eq!(room.id, uuid(ROOM_ID));
    assert_eq!(room.unique_name.as_deref(), Some("standup"));
    assert_eq!(room.webhook_event_failover_url.as_deref(), Some(""));
    assert_eq!(room.webhook_timeout_secs, None);
    let meta = page.meta.unwrap();
    assert_eq!(
        (
            meta.page_number,
            meta.page_size,
            meta.total_pages,
            meta.total_results
        ),
        (Some(1), Some(20), Some(3), Some(55))
    );
}

#[tokio::test]
async fn rooms_list_with_nothing_set_sends_no_query() {
    let server = serve(200, json!({"data": [], "meta": meta(1, 0)})).await;
    let page = client(&server).rooms().list().send().await.unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: "/rooms",
            query: None,
            auth: true,
            body: None,
        },
    );
    assert!(page.data.is_empty());
}

#[tokio::test]
async fn rooms_create_sends_only_what_was_set() {
    let server = serve(201, json!({"data": room_json()})).await;
    let room = client(&server)
        .rooms()
        .create()
        .unique_name("standup")
        .max_participants(10)
        .enable_recording(true)
        .webhook_event_url("https://example.com/hooks")
        .webhook_timeout_secs(25)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "POST",
            path: "/rooms",
            query: None,
            auth: true,
            body: Some(json!({
                "unique_name": "standup", "max_participants": 10, "enable_recording": true,
                "webhook_event_url": "https://example.com/hooks", "webhook_timeout_secs": 25
            })),
        },
    );
    assert_eq!(room.id, uuid(ROOM_ID));
    assert_eq!(room.enable_recording, Some(true));
}

#[tokio::test]
async fn rooms_create_with_defaults_sends_an_empty_object() {
    // `webhook_event_failover_url` has `default: ""`; sending it would get a 422.
    let server = serve(201, json!({"data": room_json()})).await;
    client(&server).rooms().create().send().await.unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "POST",
            path: "/rooms",
            query: None,
            auth: true,
            body: Some(json!({})),
        },
    );
}

#[tokio::test]
async fn rooms_retrieve() {
    let server = serve(200, json!({"data": room_json()})).await;
    let room = client(&server)
        .rooms()
        .retrieve(ROOM_ID)
        .include_sessions(false)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: &format!("/rooms/{ROOM_ID}"),
            query: Some("include_sessions=false"),
            auth: true,
            body: None,
        },
    );
    assert_eq!(room.max_participants, Some(50));
    assert_eq!(room.sessions, Some(vec![]));
}

#[tokio::test]
async fn rooms_update() {
    let server = serve(200, json!({"data": room_json()})).await;
    let room = client(&server)
        .rooms()
        .update(ROOM_ID)
        .max_participants(20)
        .webhook_event_failover_url("")
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "PATCH",
            path: &format!("/rooms/{ROOM_ID}"),
            query: None,
            auth: true,
            body: Some(json!({"max_participants": 20, "webhook_event_failover_url": ""})),
        },
    );
    assert_eq!(room.unique_name.as_deref(), Some("standup"));
}

#[tokio::test]
async fn rooms_delete() {
    let server = serve_empty(204).await;
    client(&server)
        .rooms()
        .delete(ROOM_ID)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "DELETE",
            path: &format!("/rooms/{ROOM_ID}"),
            query: None,
            auth: true,
            body: None,
        },
    );
}

#[tokio::test]
async fn rooms_create_client_token() {
    let server = serve(201, json!({"data": {
        "refresh_token": "REFRESH.TOKEN.VALUE", "refresh_token_expires_at": "2021-04-22T12:15:05Z",
        "token": "CLIENT.TOKEN.VALUE", "token_expires_at": "2021-04-22T12:24:55Z"
    }}))
    .await;
    let tokens = client(&server)
        .rooms()
        .create_client_token(ROOM_ID)
        .token_ttl_secs(600)
        .refresh_token_ttl_secs(3600)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "POST",
            path: &format!("/rooms/{ROOM_ID}/actions/generate_join_client_token"),
            query: None,
            auth: true,
            body: Some(json!({"token_ttl_secs": 600, "refresh_token_ttl_secs": 3600})),
        },
    );
    assert_eq!(tokens.token, "CLIENT.TOKEN.VALUE");
    assert_eq!(tokens.refresh_token, "REFRESH.TOKEN.VALUE");
    assert_eq!(
        tokens.token_expires_at.to_rfc3339(),
        "2021-04-22T12:24:55+00:00"
    );
    let debug = format!("{tokens:?}");
    assert!(!debug.contains("TOKEN.VALUE"), "{debug}");
}

#[tokio::test]
async fn rooms_refresh_client_token_needs_no_api_key() {
    let server = serve(
        201,
        json!({"data": {"token": "NEW.CLIENT.TOKEN", "token_expires_at": "2021-04-22T12:24:55Z"}}),
    )
    .await;
    let keyless = telnyx_video::Client::builder()
        .base_url(server.uri())
        .build()
        .unwrap();
    let token = keyless
        .rooms()
        .refresh_client_token(ROOM_ID, "REFRESH.TOKEN.VALUE")
        .token_ttl_secs(60)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "POST",
            path: &format!("/rooms/{ROOM_ID}/actions/refresh_client_token"),
            query: None,
            auth: false,
            body: Some(json!({"refresh_token": "REFRESH.TOKEN.VALUE", "token_ttl_secs": 60})),
        },
    );
    assert_eq!(token.token, "NEW.CLIENT.TOKEN");
}

#[tokio::test]
async fn rooms_list_sessions() {
    let server = serve(200, json!({"data": [session_json()], "meta": meta(2, 2)})).await;
    let page = client(&server)
        .rooms()
        .list_sessions(ROOM_ID)
        .include_participants(true)
        .filter(
            RoomListSessionsFilter::default()
                .active(false)
                .date_ended_at(DateRange::default().lte(day(2026, 2, 1))),
        )
        .page(PageParams::default().number(2))
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: &format!("/rooms/{ROOM_ID}/sessions"),
            query: Some(
                "include_participants=true&filter[active]=false&filter[date_ended_at][lte]=2026-02-01&page[number]=2",
            ),
            auth: true,
            body: None,
        },
    );
    let session = &page.data[0];
    assert_eq!(session.room_id, uuid(ROOM_ID));
    assert_eq!(
        session.participants.as_ref().unwrap()[0].context.as_deref(),
        Some("Alice")
    );
}

// ---- room sessions ----

#[tokio::test]
async fn room_sessions_list() {
    let server = serve(200, json!({"data": [session_json()], "meta": meta(1, 1)})).await;
    let page = client(&server)
        .room_sessions()
        .list()
        .filter(
            RoomSessionListFilter::default()
                .room_id(uuid(ROOM_ID))
                .date_created_at(DateRange::default().eq(day(2026, 3, 4))),
        )
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: "/room_sessions",
            query: Some(&format!(
                "filter[date_created_at][eq]=2026-03-04&filter[room_id]={ROOM_ID}"
            )),
            auth: true,
            body: None,
        },
    );
    assert!(!page.data[0].active);
}

#[tokio::test]
async fn room_sessions_retrieve() {
    let server = serve(200, json!({"data": session_json()})).await;
    let session = client(&server)
        .room_sessions()
        .retrieve(SESSION_ID)
        .include_participants(true)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: &format!("/room_sessions/{SESSION_ID}"),
            query: Some("include_participants=true"),
            auth: true,
            body: None,
        },
    );
    assert_eq!(session.id, uuid(SESSION_ID));
    assert_eq!(
        session.ended_at.unwrap().to_rfc3339(),
        "2021-04-16T10:24:55.962200+00:00"
    );
}

#[tokio::test]
async fn room_sessions_end_sends_no_credentials() {
    let server = serve(200, json!({"data": {"result": "ok"}})).await;
    let result = keyless(&server)
        .room_sessions()
        .end(SESSION_ID)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "POST",
            path: &format!("/room_sessions/{SESSION_ID}/actions/end"),
            query: None,
            auth: false,
            body: None,
        },
    );
    assert_eq!(result.result.as_deref(), Some("ok"));
}

#[tokio::test]
async fn room_sessions_kick_all() {
    let server = serve(200, json!({"data": {"result": "ok"}})).await;
    let result = keyless(&server)
        .room_sessions()
        .kick(SESSION_ID)
        .participants(Participants::All)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "POST",
            path: &format!("/room_sessions/{SESSION_ID}/actions/kick"),
            query: None,
            auth: false,
            body: Some(json!({"participants": "all"})),
        },
    );
    assert_eq!(result.result.as_deref(), Some("ok"));
}

#[tokio::test]
async fn room_sessions_mute_some() {
    let server = serve(200, json!({"data": {"result": "ok"}})).await;
    keyless(&server)
        .room_sessions()
        .mute(SESSION_ID)
        .participants(Participants::List(vec![uuid(PARTICIPANT_ID)]))
        .exclude(vec![uuid(RECORDING_ID)])
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "POST",
            path: &format!("/room_sessions/{SESSION_ID}/actions/mute"),
            query: None,
            auth: false,
            body: Some(json!({"exclude": [RECORDING_ID], "participants": [PARTICIPANT_ID]})),
        },
    );
}

#[tokio::test]
async fn room_sessions_unmute() {
    let server = serve(200, json!({"data": {"result": "ok"}})).await;
    keyless(&server)
        .room_sessions()
        .unmute(SESSION_ID)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "POST",
            path: &format!("/room_sessions/{SESSION_ID}/actions/unmute"),
            query: None,
            auth: false,
            body: Some(json!({})),
        },
    );
}

#[tokio::test]
async fn room_sessions_list_participants() {
    let server = serve(
        200,
        json!({"data": [participant_json()], "meta": meta(1, 1)}),
    )
    .await;
    let page = client(&server)
        .room_sessions()
        .list_participants(SESSION_ID)
        .filter(
            RoomSessionListParticipantsFilter::default()
                .context("Alice")
                .date_joined_at(DateRange::default().gte(day(2021, 4, 16))),
        )
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: &format!("/room_sessions/{SESSION_ID}/participants"),
            query: Some("filter[context]=Alice&filter[date_joined_at][gte]=2021-04-16"),
            auth: true,
            body: None,
        },
    );
    assert_eq!(page.data[0].id, uuid(PARTICIPANT_ID));
}

// ---- room participants ----

#[tokio::test]
async fn room_participants_list() {
    let server = serve(
        200,
        json!({"data": [participant_json()], "meta": meta(1, 1)}),
    )
    .await;
    let page = client(&server)
        .room_participants()
        .list()
        .filter(
            RoomParticipantListFilter::default()
                .session_id(uuid(SESSION_ID))
                .date_left_at(DateRange::default().lte(day(2021, 4, 17))),
        )
        .page(PageParams::default().size(250))
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: "/room_participants",
            query: Some(&format!(
                "filter[date_left_at][lte]=2021-04-17&filter[session_id]={SESSION_ID}&page[size]=250"
            )),
            auth: true,
            body: None,
        },
    );
    assert_eq!(page.data[0].session_id, uuid(SESSION_ID));
}

#[tokio::test]
async fn room_participants_retrieve() {
    let server = serve(200, json!({"data": participant_json()})).await;
    let participant = client(&server)
        .room_participants()
        .retrieve(PARTICIPANT_ID)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: &format!("/room_participants/{PARTICIPANT_ID}"),
            query: None,
            auth: true,
            body: None,
        },
    );
    assert_eq!(
        participant.joined_at.unwrap().to_rfc3339(),
        "2021-04-16T09:46:20.954863+00:00"
    );
}

// ---- room recordings ----

#[tokio::test]
async fn room_recordings_list() {
    let server = serve(200, json!({"data": [recording_json()], "meta": meta(1, 1)})).await;
    let page = client(&server)
        .room_recordings()
        .list()
        .filter(
            RoomRecordingFilter::default()
                .room_id(uuid(ROOM_ID))
                .type_("audio")
                .duration_secs(20)
                .status("completed"),
        )
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: "/room_recordings",
            query: Some(&format!(
                "filter[duration_secs]=20&filter[room_id]={ROOM_ID}&filter[status]=completed&filter[type]=audio"
            )),
            auth: true,
            body: None,
        },
    );
    let recording = &page.data[0];
    assert_eq!(recording.status, RoomRecordingStatus::Completed);
    assert_eq!(recording.type_, Some(RoomRecordingType::Audio));
    assert_eq!(recording.size_mb, Some(5.6));
    assert_eq!(recording.duration_secs, Some(3660));
}

#[tokio::test]
async fn room_recordings_delete_bulk() {
    let server = serve(201, json!({"data": {"room_recordings": 5}})).await;
    let result = client(&server)
        .room_recordings()
        .delete_bulk()
        .filter(
            RoomRecordingFilter::default()
                .session_id(uuid(SESSION_ID))
                .date_started_at(DateRange::default().gte(day(2026, 1, 1))),
        )
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "DELETE",
            path: "/room_recordings",
            query: Some(&format!(
                "filter[date_started_at][gte]=2026-01-01&filter[session_id]={SESSION_ID}"
            )),
            auth: true,
            body: None,
        },
    );
    assert_eq!(result.room_recordings, Some(5));
}

#[tokio::test]
async fn room_recordings_delete_bulk_without_filter_is_refused_unless_allowed() {
    let server = serve(201, json!({"data": {"room_recordings": 120}})).await;
    let err = client(&server)
        .room_recordings()
        .delete_bulk()
        .send()
        .await
        .unwrap_err();
    let refusal = "invalid request: `filter` sends nothing, so this call would apply to every record of the account; set at least one `filter` field or call `.allow_without_filter()` to confirm";
    assert_eq!(err.to_string(), refusal);
    // Filters that are set but put nothing on the wire, as code that sets bounds only when it
    // has them builds them, are refused the same way.
    let hollow = [
        RoomRecordingFilter::default(),
        RoomRecordingFilter::default().date_ended_at(DateRange::default()),
        RoomRecordingFilter::default()
            .date_ended_at(DateRange::default())
            .date_started_at(DateRange::default()),
    ];
    for filter in hollow {
        let err = client(&server)
            .room_recordings()
            .delete_bulk()
            .filter(filter)
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.to_string(), refusal);
    }
    // An empty string is a forgotten input, not a filter.
    let err = client(&server)
        .room_recordings()
        .delete_bulk()
        .filter(RoomRecordingFilter::default().status(""))
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid request: query parameter `filter[status]` is an empty string; leave the field unset to not filter on it"
    );
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "nothing may be sent"
    );

    let result = client(&server)
        .room_recordings()
        .delete_bulk()
        .allow_without_filter()
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "DELETE",
            path: "/room_recordings",
            query: None,
            auth: true,
            body: None,
        },
    );
    assert_eq!(result.room_recordings, Some(120));
}

#[tokio::test]
async fn room_recordings_retrieve() {
    let server = serve(200, json!({"data": recording_json()})).await;
    let recording = client(&server)
        .room_recordings()
        .retrieve(RECORDING_ID)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: &format!("/room_recordings/{RECORDING_ID}"),
            query: None,
            auth: true,
            body: None,
        },
    );
    assert_eq!(recording.codec.as_deref(), Some("opus"));
    assert_eq!(recording.participant_id, Some(uuid(PARTICIPANT_ID)));
}

#[tokio::test]
async fn room_recordings_delete() {
    let server = serve_empty(204).await;
    client(&server)
        .room_recordings()
        .delete(RECORDING_ID)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "DELETE",
            path: &format!("/room_recordings/{RECORDING_ID}"),
            query: None,
            auth: true,
            body: None,
        },
    );
}

// ---- room compositions ----

#[tokio::test]
async fn room_compositions_list() {
    let server = serve(
        200,
        json!({"data": [composition_json()], "meta": meta(1, 1)}),
    )
    .await;
    let page = client(&server)
        .room_compositions()
        .list()
        .filter(
            RoomCompositionListFilter::default()
                .status(RoomCompositionStatus::Processing)
                .session_id(uuid(SESSION_ID)),
        )
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: "/room_compositions",
            query: Some(&format!(
                "filter[session_id]={SESSION_ID}&filter[status]=processing"
            )),
            auth: true,
            body: None,
        },
    );
    let composition = &page.data[0];
    assert_eq!(composition.status, RoomCompositionStatus::Enqueued);
    assert_eq!(composition.size_mb, Some(6.0));
    assert_eq!(
        composition.video_layout.as_ref().unwrap()["first"].width,
        Some(1280)
    );
}

#[tokio::test]
async fn room_compositions_create() {
    let server = serve(202, json!({"data": composition_json()})).await;
    let region = VideoRegion::default()
        .width(1280)
        .height(720)
        .video_sources(vec![uuid(RECORDING_ID)]);
    let layout = [("first".to_owned(), region)].into_iter().collect();
    let composition = client(&server)
        .room_compositions()
        .create()
        .session_id(uuid(SESSION_ID))
        .format("mp4")
        .resolution("1280x720")
        .video_layout(layout)
        .webhook_event_url("https://example.com/hooks")
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "POST",
            path: "/room_compositions",
            query: None,
            auth: true,
            body: Some(json!({
                "format": "mp4", "resolution": "1280x720", "session_id": SESSION_ID,
                "video_layout": {"first": {"height": 720, "video_sources": [RECORDING_ID], "width": 1280}},
                "webhook_event_url": "https://example.com/hooks"
            })),
        },
    );
    assert_eq!(composition.id, uuid(COMPOSITION_ID));
    // A whole body can be given too.
    let server = serve(202, json!({"data": composition_json()})).await;
    let body = CreateRoomCompositionRequest::default().session_id(uuid(SESSION_ID));
    client(&server)
        .room_compositions()
        .create()
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&single(&server).await.body).unwrap(),
        json!({"session_id": SESSION_ID})
    );
}

#[tokio::test]
async fn room_compositions_retrieve() {
    let server = serve(200, json!({"data": composition_json()})).await;
    let composition = client(&server)
        .room_compositions()
        .retrieve(COMPOSITION_ID)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "GET",
            path: &format!("/room_compositions/{COMPOSITION_ID}"),
            query: None,
            auth: true,
            body: None,
        },
    );
    assert_eq!(composition.resolution.as_deref(), Some("1280x720"));
}

#[tokio::test]
async fn room_compositions_delete() {
    let server = serve_empty(204).await;
    client(&server)
        .room_compositions()
        .delete(COMPOSITION_ID)
        .send()
        .await
        .unwrap();
    check(
        &single(&server).await,
        Expect {
            method: "DELETE",
            path: &format!("/room_compositions/{COMPOSITION_ID}"),
            query: None,
            auth: true,
            body: None,
        },
    );
}
