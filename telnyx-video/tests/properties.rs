//! Property tests over everything a server can send: any status, any headers (names and bytes,
//! `Retry-After`, `x-should-retry`, `content-type`, `content-length` among them), any body
//! (valid, truncated, wrong types, huge numbers, deep nesting, noise), sent whole, cut short,
//! reset or closed, for every kind of operation. Whatever comes back, the client returns `Ok`
//! or an `Error`: it never panics, never outlives its deadline, sends nothing but the request
//! the caller built, and never prints the API key or a token.
//!
//! 1,000 cases per operation kind and 6 kinds: 6,000 cases a run, from a fixed seed
//! (`PROPTEST_CASES` and `PROPTEST_RNG_SEED` override both for longer campaigns).

mod common;
mod raw_server;

use std::sync::OnceLock;
use std::time::Duration;

use common::{API_KEY, ROOM_ID, SESSION_ID, printed, room_json};
use futures_util::StreamExt;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use raw_server::{RawServer, Reply, client_for};
use serde_json::json;
use telnyx_video::models::Participants;
use telnyx_video::{Client, Error};

const REFRESH_TOKEN: &str = "REFRESH-41d7e0b39c6a5f28";
const DEADLINE: Duration = Duration::from_secs(1);
const MAX_RETRIES: u32 = 1;
const MAX_PAGES: u32 = 3;

/// The operations, one per kind of result the runtime decodes.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// `GET /rooms/{id}`: `{"data": Room}`.
    Single,
    /// `GET /rooms`: one page.
    List,
    /// `GET /rooms` as a stream of pages.
    Stream,
    /// `DELETE /rooms/{id}`: no content.
    Delete,
    /// `POST /room_sessions/{id}/actions/kick`: an action result.
    Action,
    /// `POST /rooms/{id}/actions/refresh_client_token`: not idempotent, sends a secret,
    /// returns tokens.
    Token,
}

impl Kind {
    fn method_and_path(self) -> (&'static str, String) {
        match self {
            Kind::Single => ("GET", format!("/rooms/{ROOM_ID}")),
            Kind::List | Kind::Stream => ("GET", "/rooms".to_owned()),
            Kind::Delete => ("DELETE", format!("/rooms/{ROOM_ID}")),
            Kind::Action => ("POST", format!("/room_sessions/{SESSION_ID}/actions/kick")),
            Kind::Token => (
                "POST",
                format!("/rooms/{ROOM_ID}/actions/refresh_client_token"),
            ),
        }
    }

    /// A body the operation accepts.
    fn valid_body(self) -> serde_json::Value {
        match self {
            Kind::Single => json!({"data": room_json()}),
            Kind::List | Kind::Stream => {
                json!({"data": [room_json()], "meta": {"page_number": 1, "total_pages": 1, "page_size": 1, "total_results": 1}})
            }
            Kind::Delete => json!({}),
            Kind::Action => json!({"data": {"result": "ok"}}),
            Kind::Token => {
                json!({"data": {"token": "CLIENTTOKEN-x", "token_expires_at": "2026-01-01T00:00:00Z"}})
            }
        }
    }

    /// Runs the operation; the error, if any.
    async fn call(self, client: &Client) -> Result<(), Error> {
        match self {
            Kind::Single => client.rooms().retrieve(ROOM_ID).send().await.map(drop),
            Kind::List => client.rooms().list().send().await.map(drop),
            Kind::Stream => {
                let pages: Vec<_> = client.rooms().list().pages().collect().await;
                pages.into_iter().try_for_each(|page| page.map(drop))
            }
            Kind::Delete => client.rooms().delete(ROOM_ID).send().await,
            Kind::Action => client
                .room_sessions()
                .kick(SESSION_ID)
                .participants(Participants::All)
                .send()
                .await
                .map(drop),
            Kind::Token => client
                .rooms()
                .refresh_client_token(ROOM_ID, REFRESH_TOKEN)
                .send()
                .await
                .map(drop),
        }
    }
}

/// How the answer goes on the wire.
#[derive(Debug, Clone)]
enum Delivery {
    Whole,
    /// Cut after this many bytes of the whole response.
    Cut(usize),
    Reset,
    Close,
}

#[derive(Debug, Clone)]
struct Answer {
    status: u16,
    headers: Vec<(String, Vec<u8>)>,
    body: Vec<u8>,
    delivery: Delivery,
}

impl Answer {
    /// Status line, headers as given, a right `content-length`, body.
    fn bytes(&self) -> Vec<u8> {
        let mut out = format!("HTTP/1.1 {} X\r\n", self.status).into_bytes();
        for (name, value) in &self.headers {
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b": ");
            out.extend_from_slice(value);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(
            format!(
                "content-length: {}\r\nconnection: close\r\n\r\n",
                self.body.len()
            )
            .as_bytes(),
        );
        out.extend_from_slice(&self.body);
        out
    }

    fn reply(&self) -> Reply {
        match &self.delivery {
            Delivery::Whole => Reply::Bytes(self.bytes()),
            Delivery::Cut(at) => {
                let mut bytes = self.bytes();
                bytes.truncate(*at % (bytes.len() + 1));
                Reply::Bytes(bytes)
            }
            Delivery::Reset => Reply::Reset,
            Delivery::Close => Reply::Close,
        }
    }

    /// Sent whole with no headers of the strategy's: the client's answer is predictable.
    fn clean(&self) -> bool {
        matches!(self.delivery, Delivery::Whole) && self.headers.is_empty()
    }
}

fn header_name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "retry-after", "retry-after-ms", "x-should-retry", "content-type", "content-length",
            "x-request-id", "location", "set-cookie", "transfer-encoding", "connection",
        ])
        .prop_map(str::to_owned),
        1 => "[a-zA-Z0-9!#$%&'*+.^_`|~-]{1,24}",
        1 => "[ -~]{0,8}",
    ]
}

fn header_value() -> impl Strategy<Value = Vec<u8>> {
    let text = |s: String| s.into_bytes();
    prop_oneof![
        prop::sample::select(vec![
            "0",
            "1",
            "-1",
            "0.001",
            "1e20",
            "1e300",
            "-1e300",
            "NaN",
            "inf",
            "-0",
            "18446744073709551616",
            "123456789012345678901234567890",
            "true",
            "false",
            "TRUE",
            "Wed, 21 Oct 2015 07:28:00 GMT",
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "chunked",
            "application/json",
            "text/html",
            "-5",
            "99999999999999999999",
            "",
            " ",
        ])
        .prop_map(|s| s.as_bytes().to_vec()),
        any::<u64>().prop_map(|n| n.to_string().into_bytes()),
        any::<f64>().prop_map(|n| n.to_string().into_bytes()),
        "[ -~]{0,40}".prop_map(text),
        Just(format!("Bearer {API_KEY}").into_bytes()),
        Just(REFRESH_TOKEN.as_bytes().to_vec()),
        prop::collection::vec(any::<u8>(), 0..24),
    ]
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        "[ -~]{0,12}".prop_map(serde_json::Value::from),
        Just(serde_json::Value::from(API_KEY)),
        Just(serde_json::Value::from(REFRESH_TOKEN)),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "data",
                    "meta",
                    "errors",
                    "message",
                    "id",
                    "page_number",
                    "total_pages",
                    "title",
                    "detail",
                    "code",
                    "token",
                    "result",
                    "unique_name",
                    "x",
                ])
                .prop_map(str::to_owned),
                inner,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

fn body(kind: Kind) -> impl Strategy<Value = Vec<u8>> {
    let valid = kind.valid_body().to_string().into_bytes();
    let truncated = valid.clone();
    prop_oneof![
        3 => Just(valid),
        2 => (0..truncated.len()).prop_map(move |at| truncated[..at].to_vec()),
        3 => json_value().prop_map(|v| v.to_string().into_bytes()),
        2 => json_value().prop_map(|v| json!({"data": v}).to_string().into_bytes()),
        1 => prop::sample::select(vec![
            r#"{"data":{"max_participants":1e400}}"#,
            r#"{"data":{"max_participants":123456789012345678901234567890}}"#,
            r#"{"data":[],"meta":{"page_number":9223372036854775807,"total_pages":-1}}"#,
            r#"{"data":[{}],"meta":{"page_number":-9223372036854775808}}"#,
            r#"{"errors":[{"code":{"nested":true},"title":7}]}"#,
            r#"{"message":null,"success":false}"#,
        ])
        .prop_map(|s| s.as_bytes().to_vec()),
        1 => (1usize..20_000).prop_map(|depth| {
            let mut text = "{\"data\":".to_owned();
            text.push_str(&"[".repeat(depth));
            text.push_str(&"]".repeat(depth));
            text.push('}');
            text.into_bytes()
        }),
        1 => prop::collection::vec(any::<u8>(), 0..256),
    ]
}

fn answer(kind: Kind) -> impl Strategy<Value = Answer> {
    let status = prop_oneof![
        4 => prop::sample::select(vec![200u16, 201, 204, 400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503]),
        1 => 100u16..1000,
    ];
    let headers = prop_oneof![
        1 => Just(Vec::new()),
        2 => prop::collection::vec((header_name(), header_value()), 1..4),
    ];
    let delivery = prop_oneof![
        8 => Just(Delivery::Whole),
        1 => any::<usize>().prop_map(Delivery::Cut),
        1 => Just(Delivery::Reset),
        1 => Just(Delivery::Close),
    ];
    (status, headers, body(kind), delivery).prop_map(|(status, headers, body, delivery)| Answer {
        status,
        headers,
        body,
        delivery,
    })
}

struct World {
    runtime: tokio::runtime::Runtime,
    server: RawServer,
    client: Client,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let runtime = raw_server::property_runtime();
        let server = runtime.block_on(RawServer::start(|_, _| Reply::Close));
        let client = client_for(&server.base_url, API_KEY)
            .max_retries(MAX_RETRIES)
            .deadline(DEADLINE)
            .max_pages(MAX_PAGES)
            .build()
            .unwrap();
        World {
            runtime,
            server,
            client,
        }
    })
}

fn config() -> Config {
    Config {
        max_shrink_iters: 2_000,
        ..raw_server::proptest_config(1_000, 0x7e1e_5eed)
    }
}

/// Serializes the cases of all kinds: they share one server.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn check(kind: Kind) {
    let _serial = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let world = world();
    let mut runner = TestRunner::new(config());
    let result = runner.run(&answer(kind), |answer| {
        let reply = answer.reply();
        world.server.set_script(move |_, _| reply.clone());
        world.server.clear();
        let outcome = world.runtime.block_on(async {
            tokio::time::timeout(
                DEADLINE * MAX_PAGES + Duration::from_secs(5),
                kind.call(&world.client),
            )
            .await
        });
        let Ok(outcome) = outcome else {
            return Err(TestCaseError::fail("the call outlived its deadline"));
        };

        // Nothing reached the server but the request the caller built, and no more often than
        // the retry and page limits allow.
        let (method, path) = kind.method_and_path();
        let seen = world.server.seen();
        let attempts = (MAX_RETRIES + 1) as usize;
        let most = if matches!(kind, Kind::Stream) {
            attempts * MAX_PAGES as usize
        } else {
            attempts
        };
        prop_assert!(seen.len() <= most, "{} requests", seen.len());
        for request in &seen {
            prop_assert_eq!(&request.method, method);
            prop_assert_eq!(request.path(), path.as_str());
        }

        match &outcome {
            Err(err) => {
                let text = printed(err);
                prop_assert!(!text.contains(API_KEY), "key leaked: {}", text);
                // The refresh token is a secret of the call that sends it; to other calls it is
                // just a string the server made up.
                if matches!(kind, Kind::Token) {
                    prop_assert!(!text.contains(REFRESH_TOKEN), "token leaked: {}", text);
                }
            }
            Ok(()) => prop_assert!(
                (200..300).contains(&answer.status),
                "Ok from a {} response",
                answer.status
            ),
        }

        // A clean answer has one right outcome.
        if answer.clean() {
            let valid = answer.body == kind.valid_body().to_string().into_bytes();
            match answer.status {
                200 | 201 if valid => {
                    prop_assert!(outcome.is_ok(), "a valid body failed: {:?}", outcome)
                }
                300..=599 => {
                    let Err(Error::Api(failure)) = &outcome else {
                        return Err(TestCaseError::fail(format!(
                            "a {} answered whole must be an API error, got {:?}",
                            answer.status, outcome
                        )));
                    };
                    prop_assert_eq!(failure.status.as_u16(), answer.status);
                    if answer.status != 304 {
                        prop_assert_eq!(&failure.body[..], &answer.body[..]);
                    }
                }
                _ => {}
            }
        }
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{kind:?}: {failure}");
    }
}

#[test]
fn any_answer_to_a_single_resource_call() {
    check(Kind::Single);
}

#[test]
fn any_answer_to_a_list_call() {
    check(Kind::List);
}

#[test]
fn any_answer_to_a_page_stream() {
    check(Kind::Stream);
}

#[test]
fn any_answer_to_a_delete() {
    check(Kind::Delete);
}

#[test]
fn any_answer_to_an_action() {
    check(Kind::Action);
}

#[test]
fn any_answer_to_a_token_refresh() {
    check(Kind::Token);
}
