//! Shared helpers for the wire tests: an in-process mock server, a client pointed at it, the
//! one request it received, and realistic response bodies.
#![allow(dead_code)]

use serde_json::{Value, json};
use telnyx_video::Client;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

pub const API_KEY: &str = "KEY0123456789SECRETVALUE";
pub const ROOM_ID: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";
pub const SESSION_ID: &str = "7b61621f-62e0-4aad-ab11-9fd19e272e74";
pub const PARTICIPANT_ID: &str = "9b61621f-5fe4-4aad-ab11-9fd19e272e73";
pub const RECORDING_ID: &str = "6b61621f-62e0-4aad-ab11-9fd19e272e73";
pub const COMPOSITION_ID: &str = "5219b3af-87c6-4c08-9b58-5a533d893e21";

/// A client with an API key, no retries (behaviour tests set their own), for `server`.
pub fn client(server: &MockServer) -> Client {
    Client::builder()
        .api_key(API_KEY)
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .unwrap()
}

/// A server answering every request with `status` and `body`.
pub async fn serve(status: u16, body: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(&server)
        .await;
    server
}

/// A server answering every request with `status` and no body.
pub async fn serve_empty(status: u16) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status))
        .mount(&server)
        .await;
    server
}

/// The single request `server` received.
pub async fn single(server: &MockServer) -> wiremock::Request {
    let mut requests = server.received_requests().await.unwrap();
    assert_eq!(
        requests.len(),
        1,
        "expected exactly one request, got {}",
        requests.len()
    );
    requests.remove(0)
}

/// What a test expects on the wire.
pub struct Expect<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub query: Option<&'a str>,
    pub auth: bool,
    pub body: Option<Value>,
}

/// Checks method, path, exact query string, credentials, headers and JSON body.
pub fn check(request: &wiremock::Request, expect: Expect<'_>) {
    assert_eq!(request.method.as_str(), expect.method);
    assert_eq!(request.url.path(), expect.path);
    assert_eq!(request.url.query(), expect.query);
    let header = |name: &str| {
        request
            .headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    if expect.auth {
        assert_eq!(header("authorization"), Some(format!("Bearer {API_KEY}")));
    } else {
        assert_eq!(
            header("authorization"),
            None,
            "an operation with `security: []` must not send credentials"
        );
    }
    assert_eq!(header("accept").as_deref(), Some("application/json"));
    assert_eq!(header("x-retry-count").as_deref(), Some("0"));
    assert!(
        header("user-agent")
            .unwrap()
            .starts_with("telnyx-video-rust/")
    );
    match expect.body {
        Some(body) => {
            assert_eq!(header("content-type").as_deref(), Some("application/json"));
            let sent: Value = serde_json::from_slice(&request.body).expect("the body is JSON");
            assert_eq!(sent, body);
        }
        None => {
            assert!(
                request.body.is_empty(),
                "no body expected, got {:?}",
                String::from_utf8_lossy(&request.body)
            );
            assert_eq!(header("content-type"), None);
        }
    }
}

pub fn room_json() -> Value {
    json!({
        "active_session_id": SESSION_ID,
        "created_at": "2021-04-16T09:46:20.954863Z",
        "enable_recording": true,
        "id": ROOM_ID,
        "max_participants": 50,
        "record_type": "room",
        "sessions": [],
        "unique_name": "standup",
        "updated_at": "2021-04-16T10:24:55.962200Z",
        "webhook_event_failover_url": "",
        "webhook_event_url": "https://example.com/hooks",
        "webhook_timeout_secs": null
    })
}

pub fn session_json() -> Value {
    json!({
        "active": false,
        "created_at": "2021-04-16T09:46:20.954863Z",
        "ended_at": "2021-04-16T10:24:55.962200Z",
        "id": SESSION_ID,
        "participants": [participant_json()],
        "record_type": "room_session",
        "room_id": ROOM_ID,
        "updated_at": "2021-04-16T10:24:55.962200Z"
    })
}

pub fn participant_json() -> Value {
    json!({
        "context": "Alice",
        "id": PARTICIPANT_ID,
        "joined_at": "2021-04-16T09:46:20.954863Z",
        "left_at": "2021-04-16T10:24:55.962200Z",
        "record_type": "room_participant",
        "session_id": SESSION_ID,
        "updated_at": "2021-04-16T10:24:55.962200Z"
    })
}

pub fn recording_json() -> Value {
    json!({
        "codec": "opus",
        "completed_at": "2021-04-16T10:25:55.962200Z",
        "created_at": "2021-04-16T09:46:20.954863Z",
        "download_url": "https://example.com/recording.mka",
        "duration_secs": 3660,
        "ended_at": "2021-04-16T10:24:55.962200Z",
        "id": RECORDING_ID,
        "participant_id": PARTICIPANT_ID,
        "record_type": "room_recording",
        "room_id": ROOM_ID,
        "session_id": SESSION_ID,
        "size_mb": 5.6,
        "started_at": "2021-04-16T09:24:55.962200Z",
        "status": "completed",
        "type": "audio",
        "updated_at": "2021-04-16T10:24:55.962200Z"
    })
}

pub fn composition_json() -> Value {
    json!({
        "completed_at": "2022-02-25T05:39:56.377426Z",
        "download_url": "https://example.com/composition.mp4",
        "duration_secs": 84,
        "ended_at": "2022-02-24T23:22:24.577677Z",
        "format": "mp4",
        "id": COMPOSITION_ID,
        "record_type": "composition",
        "resolution": "1280x720",
        "room_id": ROOM_ID,
        "session_id": SESSION_ID,
        "size_mb": 6,
        "started_at": "2022-02-24T23:21:00.077209Z",
        "status": "enqueued",
        "user_id": "12a04ec9-0f91-4a91-9f3a-a19d9931182e",
        "video_layout": {"first": {"height": 720, "video_sources": [RECORDING_ID], "width": 1280, "x_pos": 0, "y_pos": 0, "z_pos": 0}},
        "webhook_event_url": "https://example.com/hooks"
    })
}

pub fn meta(page: i64, total_pages: i64) -> Value {
    json!({"page_number": page, "page_size": 20, "total_pages": total_pages, "total_results": 55})
}

pub fn uuid(text: &str) -> uuid::Uuid {
    uuid::Uuid::parse_str(text).unwrap()
}

pub fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A `tracing` writer that keeps what is logged, for tests that read the logs.
#[derive(Clone, Default)]
pub struct Captured(pub std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    /// Captures every `tracing` event at `TRACE` on this thread until the guard is dropped, and
    /// every span as it is created (with its fields), whether or not an event happens in it.
    pub fn trace() -> (Captured, tracing::subscriber::DefaultGuard) {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::NEW)
            .with_writer(move || writer.clone())
            .finish();
        (captured, tracing::subscriber::set_default(subscriber))
    }

    /// What was logged so far.
    pub fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

/// Everything an error can print: Display, Debug (plain and pretty), and its source chain.
pub fn printed(err: &telnyx_video::Error) -> String {
    let mut text = format!("{err}\n{err:?}\n{err:#?}");
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text.push_str(&format!("\n{cause}\n{cause:?}"));
        source = cause.source();
    }
    text
}
