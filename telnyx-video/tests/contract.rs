//! Contract tests: the generated client against Prism serving our spec and Telnyx's upstream
//! spec. Every operation is called with only its required inputs and with every optional input
//! set; each call must succeed, parse into the typed model, and draw no request violation from
//! Prism. Then Prism's dynamic mode fuzzes the response side, and `Prefer: code=...` drives the
//! declared error responses.

mod prism;

use std::collections::BTreeMap;

use prism::{Prism, Spec, request_violations};
use reqwest::header::HeaderMap;
use telnyx_video::models::{
    DateRange, PageParams, Participants, RoomCompositionStatus, VideoRegion,
};
use telnyx_video::room_compositions::RoomCompositionListFilter;
use telnyx_video::room_participants::RoomParticipantListFilter;
use telnyx_video::room_recordings::RoomRecordingFilter;
use telnyx_video::room_sessions::{RoomSessionListFilter, RoomSessionListParticipantsFilter};
use telnyx_video::rooms::{RoomListFilter, RoomListSessionsFilter};
use telnyx_video::{ApiResponse, Client, Error};

const ID: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";
const OTHER: &str = "7b61621f-62e0-4aad-ab11-9fd19e272e73";

type Outcome = Result<HeaderMap, Error>;

fn headers<T>(result: Result<ApiResponse<T>, Error>) -> Outcome {
    result.map(|response| response.headers)
}

fn uuid(text: &str) -> uuid::Uuid {
    uuid::Uuid::parse_str(text).unwrap()
}

fn day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 1, 2).unwrap()
}

fn range() -> DateRange {
    DateRange::default().eq(day()).gte(day()).lte(day())
}

fn page() -> PageParams {
    PageParams::default().number(2).size(50)
}

fn client(prism: &Prism) -> Client {
    Client::builder()
        .api_key("test-key")
        .base_url(&prism.base_url)
        .max_retries(0)
        .build()
        .unwrap()
}

/// Calls all 25 operations; `full` sets every optional input.
async fn call_all(c: &Client, full: bool) -> Vec<(&'static str, Outcome)> {
    let mut out: Vec<(&'static str, Outcome)> = Vec::new();
    // rooms
    let mut list = c.rooms().list();
    if full {
        list = list
            .include_sessions(true)
            .filter(
                RoomListFilter::default()
                    .date_created_at(range())
                    .date_updated_at(range())
                    .unique_name("standup"),
            )
            .page(page());
    }
    out.push(("rooms.list", headers(list.send_with_response().await)));
    let mut create = c.rooms().create();
    if full {
        create = create
            .enable_recording(true)
            .max_participants(10)
            .unique_name("standup")
            .webhook_event_failover_url("https://failover.example.com")
            .webhook_event_url("https://example.com")
            .webhook_timeout_secs(25);
    }
    out.push(("rooms.create", headers(create.send_with_response().await)));
    let mut retrieve = c.rooms().retrieve(ID);
    if full {
        retrieve = retrieve.include_sessions(true);
    }
    out.push((
        "rooms.retrieve",
        headers(retrieve.send_with_response().await),
    ));
    let mut update = c.rooms().update(ID);
    if full {
        update = update
            .enable_recording(false)
            .max_participants(2)
            .unique_name("renamed")
            .webhook_event_failover_url("https://failover.example.com")
            .webhook_event_url("https://example.com")
            .webhook_timeout_secs(0);
    }
    out.push(("rooms.update", headers(update.send_with_response().await)));
    out.push((
        "rooms.delete",
        headers(c.rooms().delete(ID).send_with_response().await),
    ));
    let mut token = c.rooms().create_client_token(ID);
    if full {
        token = token.refresh_token_ttl_secs(86400).token_ttl_secs(10);
    }
    out.push((
        "rooms.create_client_token",
        headers(token.send_with_response().await),
    ));
    let mut refresh = c.rooms().refresh_client_token(ID, "refresh.token.value");
    if full {
        refresh = refresh.token_ttl_secs(3600);
    }
    out.push((
        "rooms.refresh_client_token",
        headers(refresh.send_with_response().await),
    ));
    let mut sessions = c.rooms().list_sessions(ID);
    if full {
        sessions = sessions
            .include_participants(true)
            .filter(
                RoomListSessionsFilter::default()
                    .active(true)
                    .date_created_at(range())
                    .date_ended_at(range())
                    .date_updated_at(range()),
            )
            .page(page());
    }
    out.push((
        "rooms.list_sessions",
        headers(sessions.send_with_response().await),
    ));
    // room sessions
    let mut list = c.room_sessions().list();
    if full {
        list = list
            .include_participants(true)
            .filter(
                RoomSessionListFilter::default()
                    .active(false)
                    .date_created_at(range())
                    .date_ended_at(range())
                    .date_updated_at(range())
                    .room_id(uuid(ID)),
            )
            .page(page());
    }
    out.push((
        "room_sessions.list",
        headers(list.send_with_response().await),
    ));
    let mut retrieve = c.room_sessions().retrieve(ID);
    if full {
        retrieve = retrieve.include_participants(true);
    }
    out.push((
        "room_sessions.retrieve",
        headers(retrieve.send_with_response().await),
    ));
    out.push((
        "room_sessions.end",
        headers(c.room_sessions().end(ID).send_with_response().await),
    ));
    let participants = |all: bool| {
        if all {
            Participants::All
        } else {
            Participants::List(vec![uuid(OTHER)])
        }
    };
    let mut kick = c.room_sessions().kick(ID);
    if full {
        kick = kick
            .participants(participants(true))
            .exclude(vec![uuid(OTHER)]);
    }
    out.push((
        "room_sessions.kick",
        headers(kick.send_with_response().await),
    ));
    let mut mute = c.room_sessions().mute(ID);
    if full {
        mute = mute.participants(participants(false)).exclude(vec![]);
    }
    out.push((
        "room_sessions.mute",
        headers(mute.send_with_response().await),
    ));
    let mut unmute = c.room_sessions().unmute(ID);
    if full {
        unmute = unmute
            .participants(participants(true))
            .exclude(vec![uuid(OTHER)]);
    }
    out.push((
        "room_sessions.unmute",
        headers(unmute.send_with_response().await),
    ));
    let mut participants_list = c.room_sessions().list_participants(ID);
    if full {
        participants_list = participants_list
            .filter(
                RoomSessionListParticipantsFilter::default()
                    .context("Alice")
                    .date_joined_at(range())
                    .date_left_at(range())
                    .date_updated_at(range()),
            )
            .page(page());
    }
    out.push((
        "room_sessions.list_participants",
        headers(participants_list.send_with_response().await),
    ));
    // room participants
    let mut list = c.room_participants().list();
    if full {
        list = list
            .filter(
                RoomParticipantListFilter::default()
                    .context("Alice")
                    .date_joined_at(range())
                    .date_left_at(range())
                    .date_updated_at(range())
                    .session_id(uuid(ID)),
            )
            .page(page());
    }
    out.push((
        "room_participants.list",
        headers(list.send_with_response().await),
    ));
    out.push((
        "room_participants.retrieve",
        headers(
            c.room_participants()
                .retrieve(ID)
                .send_with_response()
                .await,
        ),
    ));
    // room recordings
    let filter = RoomRecordingFilter::default()
        .date_ended_at(range())
        .date_started_at(range())
        .duration_secs(20)
        .participant_id(uuid(OTHER))
        .room_id(uuid(ID))
        .session_id(uuid(ID))
        .status("completed")
        .type_("audio");
    let mut list = c.room_recordings().list();
    if full {
        list = list.filter(filter.clone()).page(page());
    }
    out.push((
        "room_recordings.list",
        headers(list.send_with_response().await),
    ));
    let bulk = c.room_recordings().delete_bulk();
    let bulk = if full {
        bulk.filter(filter).page(page())
    } else {
        bulk.allow_without_filter()
    };
    out.push((
        "room_recordings.delete_bulk",
        headers(bulk.send_with_response().await),
    ));
    out.push((
        "room_recordings.retrieve",
        headers(c.room_recordings().retrieve(ID).send_with_response().await),
    ));
    out.push((
        "room_recordings.delete",
        headers(c.room_recordings().delete(ID).send_with_response().await),
    ));
    // room compositions
    let mut list = c.room_compositions().list();
    if full {
        list = list
            .filter(
                RoomCompositionListFilter::default()
                    .date_created_at(range())
                    .session_id(uuid(ID))
                    .status(RoomCompositionStatus::Enqueued),
            )
            .page(page());
    }
    out.push((
        "room_compositions.list",
        headers(list.send_with_response().await),
    ));
    let mut create = c.room_compositions().create();
    if full {
        let region = VideoRegion::default()
            .height(720)
            .width(1280)
            .max_columns(2)
            .max_rows(2)
            .video_sources(vec![uuid(OTHER)])
            .x_pos(0)
            .y_pos(0)
            .z_pos(-3);
        create = create
            .format("mp4")
            .resolution("1280x720")
            .session_id(uuid(ID))
            .video_layout(BTreeMap::from([("main".to_owned(), region)]))
            .webhook_event_failover_url("https://failover.example.com")
            .webhook_event_url("https://example.com")
            .webhook_timeout_secs(30);
    }
    out.push((
        "room_compositions.create",
        headers(create.send_with_response().await),
    ));
    out.push((
        "room_compositions.retrieve",
        headers(
            c.room_compositions()
                .retrieve(ID)
                .send_with_response()
                .await,
        ),
    ));
    out.push((
        "room_compositions.delete",
        headers(c.room_compositions().delete(ID).send_with_response().await),
    ));
    out
}

/// Every call succeeded, parsed, and drew no request violation; otherwise a report of all failures.
fn failures(outcomes: &[(&'static str, Outcome)]) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, outcome) in outcomes {
        match outcome {
            Ok(headers) => {
                for violation in request_violations(headers) {
                    problems.push(format!("{name}: request violation: {violation}"));
                }
            }
            Err(Error::Api(failure)) => {
                let violations = request_violations(&failure.headers).join("; ");
                problems.push(format!(
                    "{name}: {} — violations: {violations}; body: {}",
                    failure.status,
                    String::from_utf8_lossy(&failure.body)
                ));
            }
            Err(Error::Decode(failure)) => {
                problems.push(format!(
                    "{name}: response did not parse: {}; body: {}",
                    failure,
                    String::from_utf8_lossy(&failure.body)
                ));
            }
            Err(other) => problems.push(format!("{name}: {other}")),
        }
    }
    problems
}

async fn contract(spec: Spec) {
    let Some(prism) = Prism::start(spec) else {
        return;
    };
    let client = client(&prism);
    for full in [false, true] {
        let outcomes = call_all(&client, full).await;
        assert_eq!(outcomes.len(), 25);
        let problems = failures(&outcomes);
        assert!(
            problems.is_empty(),
            "{spec:?} spec, {} inputs:\n{}",
            if full { "all" } else { "required" },
            problems.join("\n")
        );
    }
    error_paths(&client).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contract_with_our_spec() {
    contract(Spec::Ours).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contract_with_upstream_spec() {
    contract(Spec::Upstream).await;
}

/// Prism's `Prefer: code=...` selects each declared error response; each must come back as the
/// right `Error::Api`, in all three Telnyx error shapes (and without a body where none is declared).
async fn error_paths(c: &Client) {
    // 404: a bare error object.
    let err = c
        .rooms()
        .retrieve(ID)
        .header("Prefer", "code=404")
        .send()
        .await
        .unwrap_err();
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(failure.status.as_u16(), 404);
    assert_eq!(failure.errors.len(), 1, "{failure:?}");
    assert!(failure.errors[0].code.is_some() && failure.errors[0].title.is_some());
    // 422: a list of errors.
    let err = c
        .rooms()
        .create()
        .header("Prefer", "code=422")
        .send()
        .await
        .unwrap_err();
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(failure.status.as_u16(), 422);
    assert!(!failure.errors.is_empty(), "{failure:?}");
    // 4XX: `{message, success}`.
    let err = c
        .room_sessions()
        .end(ID)
        .header("Prefer", "code=400")
        .send()
        .await
        .unwrap_err();
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(failure.status.as_u16(), 400);
    assert!(failure.errors.is_empty());
    assert!(failure.message.is_some(), "{failure:?}");
    // 403 on client tokens: a bare error object.
    let err = c
        .rooms()
        .create_client_token(ID)
        .header("Prefer", "code=403")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    // 401 on update: no body at all.
    let err = c
        .rooms()
        .update(ID)
        .header("Prefer", "code=401")
        .send()
        .await
        .unwrap_err();
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(failure.status.as_u16(), 401);
    assert!(failure.body.is_empty());
    // A real request violation: a body out of bounds is refused with Prism's message.
    let err = c
        .rooms()
        .create()
        .max_participants(100)
        .send()
        .await
        .unwrap_err();
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(failure.status.as_u16(), 422);
    let violations = request_violations(&failure.headers);
    assert!(
        violations
            .iter()
            .any(|v| v.contains("max_participants must be <= 50")),
        "{violations:?}"
    );
}

/// Prism's dynamic mode answers with random, schema-valid bodies: every one must parse.
async fn fuzz(spec: Spec) -> Option<usize> {
    let prism = Prism::start_dynamic(spec, 7)?;
    let client = client(&prism);
    let mut calls = 0;
    for round in 0..20 {
        let outcomes = call_all(&client, round % 2 == 1).await;
        calls += outcomes.len();
        let problems = failures(&outcomes);
        assert!(
            problems.is_empty(),
            "{spec:?} spec, dynamic round {round}:\n{}",
            problems.join("\n")
        );
    }
    Some(calls)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_responses_parse_with_our_spec() {
    if let Some(calls) = fuzz(Spec::Ours).await {
        assert_eq!(calls, 500);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_responses_parse_with_upstream_spec() {
    if let Some(calls) = fuzz(Spec::Upstream).await {
        assert_eq!(calls, 500);
    }
}
