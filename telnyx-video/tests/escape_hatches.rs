//! When the API is ahead of the spec: extra query parameters and body fields per call, unknown
//! response fields kept, the raw body next to the typed value, calls to endpoints the crate does
//! not have, and a redacted debug log of bodies. Each checked on the wire (what reached the
//! server) and in what the caller read.

mod common;
mod raw_server;

use common::{API_KEY, Captured, ROOM_ID, room_json};
use raw_server::{RawServer, Reply, client_for, http, json};
use serde_json::{Value, json as j};
use telnyx_video::{Client, Error};

fn client(server: &RawServer) -> Client {
    client_for(&server.base_url, API_KEY)
        .max_retries(0)
        .build()
        .unwrap()
}

#[tokio::test]
async fn extra_query_and_body_fields_are_sent_exactly_as_given() {
    let server = RawServer::start(|_, _| json(201, &j!({"data": room_json()}))).await;
    client(&server)
        .rooms()
        .create()
        .unique_name("standup")
        .max_participants(10)
        .extra_query("beta", "rooms v3")
        .extra_body("recording_layout", j!({"grid": [2, 2]}))
        .extra_body("max_participants", j!(20))
        .remove_body_field("unique_name")
        .send()
        .await
        .unwrap();
    let seen = server.seen();
    assert_eq!(seen[0].target, "/rooms?beta=rooms%20v3");
    assert_eq!(
        String::from_utf8_lossy(&seen[0].body),
        r#"{"max_participants":20,"recording_layout":{"grid":[2,2]}}"#
    );

    // A GET gets its extra query after its own; an operation without a body gets one.
    server.clear();
    server.set_script(|_, _| json(200, &j!({"data": {"result": "ok"}})));
    client(&server)
        .rooms()
        .list()
        .include_sessions(true)
        .extra_query("filter[region]", "eu")
        .send()
        .await
        .ok();
    client(&server)
        .room_sessions()
        .end(common::SESSION_ID)
        .extra_body("reason", j!("maintenance"))
        .send()
        .await
        .unwrap();
    let seen = server.seen();
    assert_eq!(
        seen[0].target,
        "/rooms?include_sessions=true&filter[region]=eu"
    );
    assert_eq!(seen[1].body, br#"{"reason":"maintenance"}"#);
    assert_eq!(seen[1].header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn unknown_response_fields_are_kept_and_written_back() {
    let mut room = room_json();
    room["beta_region"] = j!("eu-2");
    room["beta_limits"] = j!({"max_streams": 4});
    let body = j!({"data": room});
    let bytes = body.to_string().into_bytes();
    let sent = bytes.clone();
    let server = RawServer::start(move |_, _| {
        Reply::Bytes(http(200, &[("content-type", "application/json")], &sent))
    })
    .await;
    let response = client(&server)
        .rooms()
        .retrieve(ROOM_ID)
        .send_with_response()
        .await
        .unwrap();
    let room = &response.data;
    assert_eq!(room.extra.get("beta_region"), Some(&j!("eu-2")));
    assert_eq!(room.extra.get("beta_limits"), Some(&j!({"max_streams": 4})));
    assert_eq!(room.extra.len(), 2);
    // Known fields still typed; unknown ones written back when serialized.
    assert_eq!(room.id, common::uuid(ROOM_ID));
    #[cfg(feature = "serde-all")]
    {
        let again = serde_json::to_value(room).unwrap();
        assert_eq!(again["beta_region"], "eu-2");
        assert_eq!(again["beta_limits"]["max_streams"], 4);
    }
    // The raw body, as received, next to the typed value.
    assert_eq!(response.raw_body, bytes);
}

#[tokio::test]
async fn endpoints_the_crate_lacks_go_through_the_same_client() {
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Beta {
        state: String,
    }
    let server = RawServer::start(|seen, n| match (seen.method.as_str(), n) {
        // The first GET fails over: retried like any generated GET.
        ("GET", 0) => Reply::Bytes(http(503, &[("retry-after-ms", "1")], b"")),
        ("GET", _) => json(200, &j!({"data": {"state": "on"}})),
        ("POST", _) => json(
            404,
            &j!({"errors": [{"code": "10005", "title": "Not found"}]}),
        ),
        _ => Reply::Close,
    })
    .await;
    let client = client_for(&server.base_url, API_KEY)
        .max_retries(1)
        .build()
        .unwrap();
    let value: Value = client
        .get("/rooms/{room_id}/beta")
        .path_param("room_id", "a/b c")
        .query_param("verbose", true)
        .send()
        .await
        .unwrap();
    assert_eq!(value, j!({"data": {"state": "on"}}));
    let typed: Beta = client
        .get("/rooms/{room_id}/beta")
        .path_param("room_id", common::uuid(ROOM_ID))
        .send_data()
        .await
        .unwrap();
    assert_eq!(typed, Beta { state: "on".into() });
    let err = client
        .post("/rooms/{room_id}/actions/beta")
        .path_param("room_id", ROOM_ID)
        .json(&j!({"enable": true}))
        .send()
        .await
        .unwrap_err();
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(failure.status.as_u16(), 404);
    assert_eq!(failure.errors[0].code.as_deref(), Some("10005"));

    let seen = server.seen();
    assert_eq!(seen.len(), 4, "the 503 was retried once");
    assert_eq!(seen[0].target, "/rooms/a%2Fb%20c/beta?verbose=true");
    assert_eq!(seen[1].target, seen[0].target);
    assert_eq!(seen[1].header("x-retry-count"), Some("1"));
    assert_eq!(seen[2].target, format!("/rooms/{ROOM_ID}/beta"));
    assert_eq!(seen[3].method, "POST");
    assert_eq!(seen[3].body, br#"{"enable":true}"#);
    for request in &seen {
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {API_KEY}").as_str())
        );
    }

    // A path parameter that would change the path is refused, unsent.
    let err = client
        .delete("/rooms/{room_id}")
        .path_param("room_id", "..")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err}");
    assert_eq!(server.seen().len(), 4);
}

#[tokio::test]
async fn bodies_are_logged_at_trace_with_secrets_redacted() {
    const CLIENT_TOKEN: &str = "CT-0d9e8f7a6b5c";
    const REFRESH_TOKEN: &str = "RT-1a2b3c4d5e6f";
    let (captured, _guard) = Captured::trace();
    let server = RawServer::start(|_, _| {
        let body = j!({"data": {"token": CLIENT_TOKEN, "token_expires_at": "2026-01-01T00:00:00Z", "refresh_token": REFRESH_TOKEN, "note": format!("for {API_KEY}")}});
        Reply::Bytes(http(
            201,
            &[("set-cookie", "session=COOKIE-7c6b5a49"), ("content-type", "application/json")],
            body.to_string().as_bytes(),
        ))
    })
    .await;
    let logging = client_for(&server.base_url, API_KEY)
        .log_bodies(true)
        .build()
        .unwrap();
    logging
        .rooms()
        .refresh_client_token(ROOM_ID, REFRESH_TOKEN)
        .token_ttl_secs(60)
        .send()
        .await
        .unwrap();
    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("request body"), "{logs}");
    assert!(
        logs.contains(r#"{"refresh_token":"[redacted]","token_ttl_secs":60}"#),
        "{logs}"
    );
    assert!(logs.contains(r#""token":"[redacted]""#), "{logs}");
    assert!(logs.contains(r#""note":"for [redacted]""#), "{logs}");
    for secret in [API_KEY, CLIENT_TOKEN, REFRESH_TOKEN, "COOKIE-7c6b5a49"] {
        assert!(!logs.contains(secret), "{secret} leaked:\n{logs}");
    }

    // Off by default: no body in the logs.
    captured.0.lock().unwrap().clear();
    client(&server)
        .rooms()
        .refresh_client_token(ROOM_ID, REFRESH_TOKEN)
        .send()
        .await
        .unwrap();
    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        !logs.contains("request body") && !logs.contains("refresh_token"),
        "{logs}"
    );
}

/// Records what it saw of each attempt and stamps every attempt with a header of its own.
#[derive(Default)]
struct Recorder {
    seen: std::sync::Mutex<Vec<String>>,
}

impl telnyx_video::Interceptor for Recorder {
    fn before_attempt(&self, request: &mut reqwest::Request, info: &telnyx_video::AttemptInfo) {
        let stamp = format!("attempt-{}", info.attempt);
        request
            .headers_mut()
            .insert("x-hook", stamp.parse().unwrap());
        request.headers_mut().remove("user-agent");
        self.seen.lock().unwrap().push(format!(
            "before {} #{} {}",
            info.operation,
            info.attempt,
            request.url().path()
        ));
    }

    fn after_attempt(
        &self,
        info: &telnyx_video::AttemptInfo,
        outcome: &telnyx_video::AttemptOutcome<'_>,
    ) {
        let request_id = outcome
            .headers
            .and_then(|h| h.get("x-request-id"))
            .and_then(|v| v.to_str().ok());
        self.seen.lock().unwrap().push(format!(
            "after #{} {:?} {:?}",
            info.attempt,
            outcome.status.map(|s| s.as_u16()),
            request_id
        ));
    }
}

#[tokio::test]
async fn an_interceptor_sees_and_changes_every_attempt() {
    // 503, then a reset connection, then the room.
    let server = RawServer::start(|_, n| match n {
        0 => Reply::Bytes(http(503, &[("x-request-id", "r1")], b"{}")),
        1 => Reply::Reset,
        _ => json(200, &j!({"data": room_json()})),
    })
    .await;
    let recorder = std::sync::Arc::new(Recorder::default());
    let client = client_for(&server.base_url, API_KEY)
        .max_retries(2)
        .interceptor(recorder.clone())
        .build()
        .unwrap();
    let room = client.rooms().retrieve(ROOM_ID).send().await.unwrap();
    assert_eq!(room.id.to_string(), ROOM_ID);
    assert_eq!(
        *recorder.seen.lock().unwrap(),
        [
            format!("before GET /rooms/{{room_id}} #1 /rooms/{ROOM_ID}"),
            "after #1 Some(503) Some(\"r1\")".to_owned(),
            format!("before GET /rooms/{{room_id}} #2 /rooms/{ROOM_ID}"),
            "after #2 None None".to_owned(),
            format!("before GET /rooms/{{room_id}} #3 /rooms/{ROOM_ID}"),
            "after #3 Some(200) None".to_owned(),
        ]
    );
    // What the hook did is what reached the server, attempt by attempt.
    let seen = server.seen();
    assert_eq!(seen.len(), 3);
    for (n, request) in seen.iter().enumerate() {
        assert_eq!(
            request.header("x-hook"),
            Some(format!("attempt-{}", n + 1).as_str())
        );
        assert_eq!(request.header("user-agent"), None);
        assert_eq!(
            request.header("x-retry-count"),
            Some(n.to_string().as_str())
        );
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {API_KEY}").as_str())
        );
    }
}

#[tokio::test]
async fn retry_statuses_are_configurable() {
    use telnyx_video::RetryConfig;
    let server = RawServer::start(|_, _| json(404, &j!({"errors": [{"title": "not yet"}]}))).await;
    let fast = RetryConfig::default().backoff(
        std::time::Duration::from_millis(1),
        std::time::Duration::from_millis(2),
    );
    // How many attempts one call makes with `retry`; `create` calls a non-idempotent operation.
    let attempts = async |retry: RetryConfig, create: bool| {
        server.clear();
        let client = client_for(&server.base_url, API_KEY)
            .retry(retry)
            .build()
            .unwrap();
        let err = if create {
            client.rooms().create().send().await.unwrap_err()
        } else {
            client
                .rooms()
                .retrieve(ROOM_ID)
                .send()
                .await
                .map(|_| ())
                .unwrap_err()
        };
        (server.seen().len(), err.status().map(|s| s.as_u16()))
    };
    // 404 is not retried by default; added, an idempotent GET is retried up to max_retries.
    assert_eq!(attempts(fast, false).await, (1, Some(404)));
    let with_404 = fast.retry_status(404).max_retries(3);
    assert_eq!(attempts(with_404, false).await, (4, Some(404)));
    // A create is still not repeated after a status the server may have acted on.
    assert_eq!(attempts(with_404, true).await, (1, Some(404)));
    // Removed from the list, 503 is not retried; `disabled` makes one attempt whatever happens.
    server.set_script(|_, _| Reply::Bytes(http(503, &[], b"{}")));
    assert_eq!(
        attempts(fast.never_retry_status(503), false).await,
        (1, Some(503))
    );
    assert_eq!(
        attempts(RetryConfig::disabled(), false).await,
        (1, Some(503))
    );
    assert_eq!(
        attempts(fast.statuses([502, 503]), false).await,
        (3, Some(503))
    );
}
