//! Behaviour beyond the happy path: retries and backoff, timeouts, connection failures, every
//! error shape, undecodable bodies, forward compatibility, path injection and client options.

mod common;

use std::time::{Duration, Instant};

use common::*;
use serde_json::json;
use telnyx_video::{Client, Error};
use wiremock::matchers::{any, method};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn retrying_client(server: &MockServer, retries: u32) -> Client {
    Client::builder()
        .api_key(API_KEY)
        .base_url(server.uri())
        .max_retries(retries)
        .build()
        .unwrap()
}

async fn retry_counts(server: &MockServer) -> Vec<String> {
    let requests = server.received_requests().await.unwrap();
    requests
        .iter()
        .map(|r| {
            r.headers
                .get("x-retry-count")
                .unwrap()
                .to_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[tokio::test]
async fn retries_429_after_retry_after() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": room_json()})))
        .mount(&server)
        .await;
    let started = Instant::now();
    let room = retrying_client(&server, 2)
        .rooms()
        .retrieve(ROOM_ID)
        .send()
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(room.id, uuid(ROOM_ID));
    assert_eq!(retry_counts(&server).await, ["0", "1"]);
}

#[tokio::test]
async fn retries_503_then_succeeds_with_backoff() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": room_json()})))
        .mount(&server)
        .await;
    let started = Instant::now();
    retrying_client(&server, 2)
        .rooms()
        .retrieve(ROOM_ID)
        .send()
        .await
        .unwrap();
    // First backoff: 0.5 s minus at most 25 % jitter.
    assert!(
        started.elapsed() >= Duration::from_millis(370),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(retry_counts(&server).await, ["0", "1"]);
}

#[tokio::test]
async fn does_not_retry_a_create_on_500() {
    let server = serve(
        500,
        json!({"errors": [{"code": "10000", "title": "Internal error"}]}),
    )
    .await;
    let err = retrying_client(&server, 2)
        .rooms()
        .create()
        .unique_name("x")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(retry_counts(&server).await, ["0"]);
}

#[tokio::test]
async fn a_create_is_retried_on_500_when_the_caller_widens_the_policy() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(500).insert_header("retry-after-ms", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"data": room_json()})))
        .mount(&server)
        .await;
    retrying_client(&server, 2)
        .rooms()
        .create()
        .retry_non_idempotent()
        .send()
        .await
        .unwrap();
    assert_eq!(retry_counts(&server).await, ["0", "1"]);
}

#[tokio::test]
async fn a_create_is_retried_on_429() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after-ms", "5"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"data": room_json()})))
        .mount(&server)
        .await;
    retrying_client(&server, 2)
        .rooms()
        .create()
        .send()
        .await
        .unwrap();
    assert_eq!(retry_counts(&server).await, ["0", "1"]);
}

#[tokio::test]
async fn x_should_retry_false_stops_retries() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(503).insert_header("x-should-retry", "false"))
        .mount(&server)
        .await;
    let err = retrying_client(&server, 2)
        .rooms()
        .retrieve(ROOM_ID)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(retry_counts(&server).await, ["0"]);
}

#[tokio::test]
async fn gives_up_after_max_retries() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("retry-after-ms", "1")
                .insert_header("x-request-id", "req-3"),
        )
        .mount(&server)
        .await;
    let err = retrying_client(&server, 2)
        .room_sessions()
        .retrieve(SESSION_ID)
        .send()
        .await
        .unwrap_err();
    assert_eq!(retry_counts(&server).await, ["0", "1", "2"]);
    assert!(err.is_retryable());
    assert_eq!(err.request_id(), Some("req-3"));
    // Per-request override.
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after-ms", "1"))
        .mount(&server)
        .await;
    retrying_client(&server, 2)
        .room_sessions()
        .retrieve(SESSION_ID)
        .max_retries(0)
        .send()
        .await
        .unwrap_err();
    assert_eq!(retry_counts(&server).await, ["0"]);
}

#[tokio::test]
async fn a_retry_after_beyond_a_minute_returns_at_once_with_the_wait() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "120"))
        .mount(&server)
        .await;
    let started = Instant::now();
    let err = retrying_client(&server, 2)
        .rooms()
        .list()
        .send()
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5));
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(failure.retry_after, Some(Duration::from_secs(120)));
    assert_eq!(retry_counts(&server).await, ["0"]);
}

#[tokio::test]
async fn per_attempt_timeout() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": room_json()}))
                .set_delay(Duration::from_secs(3)),
        )
        .mount(&server)
        .await;
    let started = Instant::now();
    let err = retrying_client(&server, 0)
        .rooms()
        .retrieve(ROOM_ID)
        .timeout(Duration::from_millis(200))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { attempts: 1 }), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
    // A timed-out create may have been processed: not retried.
    let err = retrying_client(&server, 2)
        .rooms()
        .create()
        .timeout(Duration::from_millis(200))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { attempts: 1 }), "{err:?}");
}

#[tokio::test]
async fn connection_refused_is_retried_even_for_a_create() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let client = Client::builder()
        .api_key(API_KEY)
        .base_url(format!("http://127.0.0.1:{port}"))
        .max_retries(1)
        .build()
        .unwrap();
    let err = client.rooms().create().send().await.unwrap_err();
    assert!(
        matches!(err, Error::Connection { attempts: 2, .. }),
        "{err:?}"
    );
    assert!(err.is_retryable());
    assert!(!err.to_string().contains(API_KEY));
}

#[tokio::test]
async fn html_502_is_an_api_error_keeping_the_raw_body() {
    let server = MockServer::start().await;
    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(502)
                .set_body_raw(html, "text/html")
                .insert_header("x-request-id", "req-502"),
        )
        .mount(&server)
        .await;
    let err = client(&server).rooms().list().send().await.unwrap_err();
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(failure.status.as_u16(), 502);
    assert!(failure.errors.is_empty());
    assert_eq!(failure.message, None);
    assert_eq!(failure.body, html.as_bytes());
    assert_eq!(failure.headers.get("content-type").unwrap(), "text/html");
    assert_eq!(
        err.to_string(),
        "Telnyx API error 502 Bad Gateway (request id req-502)"
    );
}

#[tokio::test]
async fn invalid_json_on_200_is_a_decode_error_keeping_the_body() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200).set_body_raw("{\"data\": {\"id\": ", "application/json"),
        )
        .mount(&server)
        .await;
    let err = client(&server)
        .rooms()
        .retrieve(ROOM_ID)
        .send()
        .await
        .unwrap_err();
    let Error::Decode(failure) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(failure.status.as_u16(), 200);
    assert_eq!(failure.body, "{\"data\": {\"id\": ".as_bytes());
    assert_eq!(
        err.to_string(),
        "the 200 OK response body could not be decoded at `data.id`: EOF while parsing a value"
    );
    assert_eq!((failure.line, failure.column), (1, 16));
    // A well-formed body of the wrong shape too: where, and what was expected.
    let server = serve(200, json!({"data": {"id": 17}})).await;
    let err = client(&server)
        .rooms()
        .retrieve(ROOM_ID)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the 200 OK response body could not be decoded at `data.id`: invalid type: integer `17`, expected a formatted UUID string"
    );
}

#[tokio::test]
async fn unknown_enum_values_and_fields_parse() {
    let mut recording = recording_json();
    recording["status"] = json!("archived");
    recording["brand_new_field"] = json!({"x": 1});
    let server = serve(200, json!({"data": recording, "extra_top_level": true})).await;
    let recording = client(&server)
        .room_recordings()
        .retrieve(RECORDING_ID)
        .send()
        .await
        .unwrap();
    assert_eq!(
        recording.status,
        telnyx_video::models::RoomRecordingStatus::Unknown("archived".into())
    );
}

#[tokio::test]
async fn error_shape_errors_list_on_422() {
    let server = serve(422, json!({"errors": [
        {"code": "10015", "title": "Invalid attribute", "detail": "max_participants must be <= 50", "source": {"pointer": "/max_participants"}},
        {"code": 10016, "title": "Second"}
    ]}))
    .await;
    let err = client(&server)
        .rooms()
        .create()
        .max_participants(99)
        .send()
        .await
        .unwrap_err();
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(failure.status.as_u16(), 422);
    assert_eq!(failure.errors.len(), 2);
    assert_eq!(failure.errors[0].code.as_deref(), Some("10015"));
    assert_eq!(
        failure.errors[0]
            .source
            .as_ref()
            .unwrap()
            .pointer
            .as_deref(),
        Some("/max_participants")
    );
    assert_eq!(failure.errors[1].code.as_deref(), Some("10016"));
    assert_eq!(
        err.to_string(),
        "Telnyx API error 422 Unprocessable Entity: Invalid attribute: max_participants must be <= 50"
    );
}

#[tokio::test]
async fn error_shape_bare_object_on_404() {
    let server = serve(
        404,
        json!({"code": "10005", "title": "Resource not found", "detail": "No room with that id"}),
    )
    .await;
    let err = client(&server)
        .rooms()
        .retrieve(ROOM_ID)
        .send()
        .await
        .unwrap_err();
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(failure.errors.len(), 1);
    assert_eq!(
        failure.errors[0].title.as_deref(),
        Some("Resource not found")
    );
    assert_eq!(
        failure.message.as_deref(),
        Some("Resource not found: No room with that id")
    );
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn error_shape_message_and_success_on_4xx() {
    let server = serve(400, json!({"message": "Bad filter", "success": false})).await;
    let err = client(&server)
        .room_sessions()
        .list()
        .send()
        .await
        .unwrap_err();
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    assert!(failure.errors.is_empty());
    assert_eq!(failure.message.as_deref(), Some("Bad filter"));
    assert_eq!(
        err.to_string(),
        "Telnyx API error 400 Bad Request: Bad filter"
    );
}

#[tokio::test]
async fn error_without_body_on_401() {
    let server = serve_empty(401).await;
    let err = client(&server)
        .rooms()
        .update(ROOM_ID)
        .send()
        .await
        .unwrap_err();
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(failure.status.as_u16(), 401);
    assert!(failure.body.is_empty());
    assert_eq!(err.to_string(), "Telnyx API error 401 Unauthorized");
}

#[tokio::test]
async fn ids_can_never_change_the_target_path() {
    let server = serve(200, json!({"data": room_json()})).await;
    client(&server)
        .rooms()
        .retrieve("../room_recordings?x=1#y%2")
        .send()
        .await
        .unwrap();
    let request = single(&server).await;
    assert_eq!(
        request.url.path(),
        "/rooms/..%2Froom_recordings%3Fx%3D1%23y%252"
    );
    assert_eq!(request.url.query(), None);
    for bad in ["", ".", ".."] {
        let err = client(&server)
            .rooms()
            .delete(bad)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidRequest(m) if m.contains("room_id")),
            "{err:?}"
        );
    }
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        1,
        "refused ids send nothing"
    );
}

#[tokio::test]
async fn a_client_without_key_refuses_authenticated_operations_unsent() {
    let server = serve(200, json!({"data": {"result": "ok"}})).await;
    let keyless = Client::builder().base_url(server.uri()).build().unwrap();
    let err = keyless.rooms().list().send().await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid request: GET /rooms needs an API key; build the client with one"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
    keyless
        .room_sessions()
        .kick(SESSION_ID)
        .participants(telnyx_video::models::Participants::All)
        .send()
        .await
        .unwrap();
    assert!(single(&server).await.headers.get("authorization").is_none());
}

#[tokio::test]
async fn a_client_with_key_sends_it_to_operations_that_do_not_need_it() {
    let server = serve(200, json!({"data": {"result": "ok"}})).await;
    client(&server)
        .room_sessions()
        .end(SESSION_ID)
        .send()
        .await
        .unwrap();
    let request = single(&server).await;
    assert_eq!(
        request
            .headers
            .get("authorization")
            .unwrap()
            .to_str()
            .unwrap(),
        format!("Bearer {API_KEY}")
    );
}

#[tokio::test]
async fn headers_user_agent_and_response_metadata() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": room_json()}))
                .insert_header("x-request-id", "req-42"),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .api_key(API_KEY)
        .base_url(format!("{}/", server.uri()))
        .user_agent_suffix("my-service/1.2")
        .default_header("x-team", "video")
        .build()
        .unwrap();
    let response = client
        .rooms()
        .retrieve(ROOM_ID)
        .header("x-trace", "abc")
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status.as_u16(), 200);
    assert_eq!(response.request_id.as_deref(), Some("req-42"));
    assert_eq!(response.data.id, uuid(ROOM_ID));
    let request = single(&server).await;
    let header = |name: &str| {
        request
            .headers
            .get(name)
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(
        request.url.path(),
        format!("/rooms/{ROOM_ID}"),
        "a trailing slash on the base URL is ignored"
    );
    assert_eq!(
        header("user-agent"),
        format!(
            "telnyx-video-rust/{} my-service/1.2",
            env!("CARGO_PKG_VERSION")
        )
    );
    assert_eq!(header("x-team"), "video");
    assert_eq!(header("x-trace"), "abc");
}

#[tokio::test]
async fn client_is_cheap_to_clone_send_and_sync() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Client>();
    let server = serve(200, json!({"data": room_json()})).await;
    let client = client(&server);
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.rooms().retrieve(ROOM_ID).send().await })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert_eq!(server.received_requests().await.unwrap().len(), 8);
}

#[test]
fn builder_rejects_bad_settings() {
    assert!(matches!(
        Client::builder().base_url("api.telnyx.com").build(),
        Err(Error::InvalidRequest(_))
    ));
    assert!(matches!(
        Client::builder().default_header("bad header", "x").build(),
        Err(Error::InvalidRequest(_))
    ));
    let client = Client::new("k");
    assert_eq!(client.base_url(), "https://api.telnyx.com/v2");
}

#[test]
fn api_errors_can_be_made_and_matched_in_tests() {
    // What a downstream crate's test does to fake a 422 from Telnyx, and how it matches one.
    let err = telnyx_video::Error::from_response(
        reqwest::StatusCode::UNPROCESSABLE_ENTITY,
        reqwest::header::HeaderMap::new(),
        r#"{"errors":[{"code":"10015","title":"Invalid attribute","detail":"max_participants must be <= 50","source":{"pointer":"/max_participants"}}]}"#,
    );
    match &err {
        telnyx_video::Error::Api(failure) if failure.status.as_u16() == 422 => {
            let first = &failure.errors[0];
            assert_eq!(first.code.as_deref(), Some("10015"));
            assert_eq!(
                first.source.as_ref().and_then(|s| s.pointer.as_deref()),
                Some("/max_participants")
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        err.to_string(),
        "Telnyx API error 422 Unprocessable Entity: Invalid attribute: max_participants must be <= 50"
    );
    let failure: &telnyx_video::ApiFailure = err.api_failure().unwrap();
    assert_eq!(failure.body, r#"{"errors":[{"code":"10015","title":"Invalid attribute","detail":"max_participants must be <= 50","source":{"pointer":"/max_participants"}}]}"#.as_bytes());
}

#[tokio::test]
async fn a_call_is_spawned_on_its_own_once_the_client_is_gone() {
    let server = serve(200, json!({"data": room_json()})).await;
    let client = client(&server);
    let (retrieve, list) = (
        client.rooms().retrieve(ROOM_ID).send(),
        client.rooms().list().send_with_response(),
    );
    // The futures own their calls: they outlive the client and its builders, on other tasks.
    drop(client);
    let room = tokio::spawn(retrieve).await.unwrap().unwrap();
    assert_eq!(room.id, uuid(ROOM_ID));
    let page = tokio::spawn(list).await.unwrap();
    // The same body is not a page: a typed error, from the spawned task.
    assert!(matches!(page, Err(Error::Decode(_))), "{page:?}");
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}
