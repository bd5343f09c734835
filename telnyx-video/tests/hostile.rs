//! The client against a server that lies, stalls, resets, drips and redirects, on raw loopback
//! TCP. Each case asserts what reached the server (count, method, path, query, body) and what
//! the caller got back.

mod common;
mod raw_server;

use std::time::{Duration, Instant};

use common::{API_KEY, ROOM_ID, SESSION_ID, printed, room_json};
use futures_util::StreamExt;
use raw_server::{RawServer, Reply, client_for, http, json};
use serde_json::json;
use telnyx_video::PaginationError;
use telnyx_video::models::Participants;
use telnyx_video::{Client, Error};

fn client(server: &RawServer, retries: u32) -> Client {
    client_for(&server.base_url, API_KEY)
        .max_retries(retries)
        .build()
        .unwrap()
}

fn room_body() -> serde_json::Value {
    json!({"data": room_json()})
}

#[tokio::test]
async fn a_reset_after_the_request_was_read_is_retried_only_when_safe() {
    let server = RawServer::start(|_, _| Reply::Reset).await;
    let err = client(&server, 2)
        .rooms()
        .retrieve(ROOM_ID)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Connection { attempts: 3, .. }),
        "{err:?}"
    );
    let seen = server.seen();
    assert_eq!(seen.len(), 3);
    for (n, request) in seen.iter().enumerate() {
        assert_eq!(request.method, "GET");
        assert_eq!(request.target, format!("/rooms/{ROOM_ID}"));
        assert_eq!(
            request.header("x-retry-count"),
            Some(n.to_string().as_str())
        );
    }

    // A create that reached the server may have been acted on: never repeated.
    server.clear();
    let err = client(&server, 2)
        .rooms()
        .create()
        .unique_name("standup")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Connection { attempts: 1, .. }),
        "{err:?}"
    );
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        (seen[0].method.as_str(), seen[0].target.as_str()),
        ("POST", "/rooms")
    );
    assert_eq!(seen[0].body, br#"{"unique_name":"standup"}"#);
}

#[tokio::test]
async fn a_stall_after_the_headers_times_out_the_attempt() {
    let head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"data\":";
    let server = RawServer::start(move |_, _| Reply::Stall(head.to_vec())).await;
    let started = Instant::now();
    let err = client(&server, 1)
        .rooms()
        .retrieve(ROOM_ID)
        .timeout(Duration::from_millis(300))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { attempts: 2 }), "{err:?}");
    assert_eq!(server.seen().len(), 2);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_server_that_never_answers_is_bounded_by_the_deadline() {
    // Default per-attempt timeout (60 s) and retries (2): only the deadline can end this early.
    let server = RawServer::start(|_, _| Reply::Stall(Vec::new())).await;
    let client = client_for(&server.base_url, API_KEY)
        .deadline(Duration::from_millis(400))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.rooms().retrieve(ROOM_ID).send().await.unwrap_err();
    let took = started.elapsed();
    assert!(matches!(err, Error::Timeout { attempts: 1 }), "{err:?}");
    assert!(took >= Duration::from_millis(400), "{took:?}");
    assert!(took < Duration::from_secs(10), "{took:?}");
    assert_eq!(server.seen().len(), 1);

    // A request's own deadline replaces the client's.
    let started = Instant::now();
    let err = client
        .rooms()
        .retrieve(ROOM_ID)
        .deadline(Duration::from_millis(100))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(started.elapsed() < Duration::from_millis(400) + Duration::from_secs(2));
}

#[tokio::test]
async fn a_wait_past_the_deadline_is_not_waited() {
    // The server asks for 30 s; the deadline is 1 s: the 503 comes back at once.
    let server = RawServer::start(|_, _| {
        Reply::Bytes(http(
            503,
            &[("retry-after", "30")],
            b"{\"message\":\"busy\"}",
        ))
    })
    .await;
    let started = Instant::now();
    let err = client(&server, 2)
        .rooms()
        .retrieve(ROOM_ID)
        .deadline(Duration::from_secs(1))
        .send()
        .await
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn a_response_dripped_byte_by_byte_is_read_whole() {
    let body = room_body().to_string();
    let bytes = http(
        200,
        &[("content-type", "application/json")],
        body.as_bytes(),
    );
    let server = RawServer::start(move |_, _| Reply::Drip(bytes.clone(), Duration::ZERO)).await;
    let room = client(&server, 0)
        .rooms()
        .retrieve(ROOM_ID)
        .send()
        .await
        .unwrap();
    assert_eq!(room.id, common::uuid(ROOM_ID));
    assert_eq!(room.unique_name.as_deref(), Some("standup"));

    // Dripped slower than the per-attempt timeout allows: the timeout covers the body too.
    let slow = http(200, &[], body.as_bytes());
    server.set_script(move |_, _| Reply::Drip(slow.clone(), Duration::from_millis(20)));
    let err = client(&server, 0)
        .rooms()
        .retrieve(ROOM_ID)
        .timeout(Duration::from_millis(300))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { attempts: 1 }), "{err:?}");
}

#[tokio::test]
async fn a_truncated_body_is_a_connection_error_and_retried_when_safe() {
    let server = RawServer::start(|_, _| {
        let mut bytes = http(200, &[], room_body().to_string().as_bytes());
        bytes.truncate(bytes.len() - 40);
        Reply::Bytes(bytes)
    })
    .await;
    let err = client(&server, 2)
        .rooms()
        .retrieve(ROOM_ID)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Connection { attempts: 3, .. }),
        "{err:?}"
    );
    assert_eq!(server.seen().len(), 3);
    // Display says what failed once; the transport error is the source, not repeated.
    assert_eq!(
        err.to_string(),
        "connection to the Telnyx API failed after 3 attempt(s)"
    );
    assert!(std::error::Error::source(&err).is_some());
}

#[tokio::test]
async fn redirects_are_never_followed() {
    let elsewhere = RawServer::start(|_, _| json(201, &room_body())).await;
    let target = format!("{}/rooms", elsewhere.base_url);
    for status in [301, 302, 303, 307, 308] {
        let location = target.clone();
        let server = RawServer::start(move |_, _| {
            Reply::Bytes(http(status, &[("location", location.as_str())], b""))
        })
        .await;
        let err = client(&server, 2)
            .rooms()
            .create()
            .unique_name("standup")
            .send()
            .await
            .unwrap_err();
        let Error::Api(failure) = &err else {
            panic!("{status}: {err:?}")
        };
        assert_eq!(failure.status.as_u16(), status);
        assert_eq!(failure.headers["location"], target.as_str());
        assert!(
            err.to_string()
                .ends_with(&format!("(redirect to {target} not followed)")),
            "{err}"
        );
        let seen = server.seen();
        assert_eq!(seen.len(), 1, "{status}");
        assert_eq!(seen[0].body, br#"{"unique_name":"standup"}"#);
    }
    // A redirect loop costs one request.
    let server =
        RawServer::start(|_, _| Reply::Bytes(http(302, &[("location", "/rooms")], b""))).await;
    let err = client(&server, 2).rooms().list().send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(302));
    assert_eq!(server.seen().len(), 1);
    assert!(
        elsewhere.seen().is_empty(),
        "nothing may reach another origin"
    );
}

#[tokio::test]
async fn absurd_retry_after_values_never_panic() {
    for (status, name, value) in [
        (400, "retry-after", "1e20"),
        (400, "retry-after", "18446744073709551616"),
        (503, "retry-after", "1e300"),
        (503, "retry-after-ms", "1e300"),
        (429, "retry-after-ms", "123456789012345678901234567890"),
    ] {
        let server = RawServer::start(move |_, _| {
            Reply::Bytes(http(status, &[(name, value)], b"{\"message\":\"no\"}"))
        })
        .await;
        let err = client(&server, 2)
            .rooms()
            .retrieve(ROOM_ID)
            .send()
            .await
            .unwrap_err();
        let Error::Api(failure) = &err else {
            panic!("{name}: {value}: {err:?}")
        };
        assert_eq!(failure.status.as_u16(), status);
        assert!(
            failure
                .retry_after
                .is_some_and(|wait| wait > Duration::from_secs(60)),
            "{name}: {value}: {:?}",
            failure.retry_after
        );
        // Longer than we ever wait: returned at once, not retried.
        assert_eq!(server.seen().len(), 1, "{name}: {value}");
    }
}

/// A list response: `rooms` named room-`n`.., with `meta` as given.
fn page_of(first: usize, count: usize, meta: Option<serde_json::Value>) -> Reply {
    let data: Vec<_> = (first..first + count)
        .map(|n| {
            let mut room = room_json();
            room["unique_name"] = json!(format!("room-{n}"));
            room
        })
        .collect();
    let mut body = json!({ "data": data });
    if let Some(meta) = meta {
        body["meta"] = meta;
    }
    json(200, &body)
}

fn page_numbers(server: &RawServer) -> Vec<String> {
    server
        .seen()
        .iter()
        .map(|r| r.query().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn lying_pagination_ends_with_an_error_never_a_loop() {
    // Ignores page[number] and repeats page 1, saying so.
    let server =
        RawServer::start(|_, _| page_of(1, 2, Some(json!({"page_number": 1, "total_pages": 9}))))
            .await;
    let results: Vec<_> = client(&server, 0).rooms().list().pages().collect().await;
    assert_eq!(results.len(), 2);
    assert_eq!(results[0].as_ref().unwrap().data.len(), 2);
    assert!(matches!(
        results[1],
        Err(Error::Pagination(PaginationError::NotAdvancing {
            requested: 2,
            returned: 1
        }))
    ));
    assert_eq!(page_numbers(&server), ["page[number]=1", "page[number]=2"]);

    // No meta at all, and the same full page whatever is asked.
    let server = RawServer::start(|_, _| page_of(1, 2, None)).await;
    let results: Vec<_> = client(&server, 0)
        .rooms()
        .list()
        .into_stream()
        .collect()
        .await;
    assert_eq!(results.len(), 3, "{results:?}");
    assert!(results[..2].iter().all(Result::is_ok));
    assert!(matches!(
        results[2],
        Err(Error::Pagination(PaginationError::RepeatedPage { page: 2 }))
    ));
    assert_eq!(page_numbers(&server), ["page[number]=1", "page[number]=2"]);

    // Huge totals and fresh items forever: the page cap ends it, after every page read.
    let server = RawServer::start(|seen, _| {
        let n: usize = seen
            .query()
            .unwrap()
            .trim_start_matches("page[number]=")
            .parse()
            .unwrap();
        page_of(
            n * 10,
            1,
            Some(json!({"page_number": n, "total_pages": i64::MAX})),
        )
    })
    .await;
    let client5 = client_for(&server.base_url, API_KEY)
        .max_pages(5)
        .build()
        .unwrap();
    let results: Vec<_> = client5.rooms().list().pages().collect().await;
    assert_eq!(results.len(), 6);
    assert!(results[..5].iter().all(Result::is_ok));
    assert!(matches!(
        results[5],
        Err(Error::Pagination(PaginationError::PageLimit { limit: 5 }))
    ));
    assert_eq!(server.seen().len(), 5);

    // A page number with no successor: the page is kept, then the stream ends with an error.
    let server =
        RawServer::start(|_, _| page_of(1, 1, Some(json!({"page_number": i64::MAX})))).await;
    let results: Vec<_> = client(&server, 0).rooms().list().pages().collect().await;
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    assert!(matches!(
        results[1],
        Err(Error::Pagination(PaginationError::NoNextPage {
            page: i64::MAX
        }))
    ));
    assert_eq!(server.seen().len(), 1);

    // The caller asks for the last possible page: no overflow, no request past it.
    let server = RawServer::start(|_, _| page_of(1, 1, None)).await;
    let results: Vec<_> = client(&server, 0)
        .rooms()
        .list()
        .page(telnyx_video::models::PageParams::default().number(i64::MAX))
        .pages()
        .collect()
        .await;
    assert_eq!(results.len(), 2);
    assert!(matches!(
        results[1],
        Err(Error::Pagination(PaginationError::NoNextPage {
            page: i64::MAX
        }))
    ));
    assert_eq!(
        page_numbers(&server),
        [format!("page[number]={}", i64::MAX)]
    );
}

#[tokio::test]
async fn honest_pagination_without_meta_ends_at_the_empty_page() {
    let server = RawServer::start(|seen, _| match seen.query() {
        Some("page[number]=1") => page_of(1, 2, None),
        Some("page[number]=2") => page_of(3, 2, None),
        _ => page_of(0, 0, None),
    })
    .await;
    let results: Vec<_> = client(&server, 0)
        .rooms()
        .list()
        .into_stream()
        .collect()
        .await;
    let names: Vec<_> = results
        .into_iter()
        .map(|r| r.unwrap().unique_name.unwrap())
        .collect();
    assert_eq!(names, ["room-1", "room-2", "room-3", "room-4"]);
    assert_eq!(
        page_numbers(&server),
        ["page[number]=1", "page[number]=2", "page[number]=3"]
    );
}

const REFRESH_TOKEN: &str = "REFRESH-b5e1c9d07a3f4e2d";
const CLIENT_TOKEN: &str = "CLIENTTOK-6c2f8a1e9d4b";

fn assert_clean(text: &str) {
    for secret in [API_KEY, REFRESH_TOKEN, CLIENT_TOKEN] {
        assert!(!text.contains(secret), "leaked {secret} in:\n{text}");
    }
}

#[tokio::test]
async fn secrets_the_server_echoes_never_reach_text() {
    // A 401 that echoes the key in its message, its errors and a header.
    let server = RawServer::start(|seen, _| {
        let echoed = seen.header("authorization").unwrap_or_default().to_owned();
        let body = json!({
            "message": format!("bad credentials: {echoed}"),
            "errors": [{"code": 10009, "title": "Authentication failed", "detail": echoed, "meta": {"got": echoed}}]
        });
        Reply::Bytes(http(401, &[("x-echo", echoed.as_str()), ("set-cookie", "session=abc123secret")], body.to_string().as_bytes()))
    })
    .await;
    let err = client(&server, 0)
        .rooms()
        .retrieve(ROOM_ID)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        server.seen()[0].header("authorization"),
        Some(format!("Bearer {API_KEY}").as_str())
    );
    let text = printed(&err);
    assert_clean(&text);
    assert!(!text.contains("abc123secret"), "{text}");
    assert_eq!(
        err.to_string(),
        "Telnyx API error 401 Unauthorized: bad credentials: Bearer [redacted]"
    );
    let Error::Api(failure) = &err else { panic!() };
    assert_eq!(
        failure.errors[0].detail.as_deref(),
        Some("Bearer [redacted]")
    );
    // The raw body is kept as received, for callers who ask for it.
    assert!(String::from_utf8_lossy(&failure.body).contains(API_KEY));

    // A 422 that quotes the refresh token sent in the body.
    let server = RawServer::start(|seen, _| {
        let sent: serde_json::Value = serde_json::from_slice(&seen.body).unwrap();
        let body = json!({"errors": [{"title": "Invalid", "detail": format!("refresh token {} expired", sent["refresh_token"])}]});
        json(422, &body)
    })
    .await;
    let keyless = Client::builder()
        .base_url(&server.base_url)
        .max_retries(0)
        .build()
        .unwrap();
    let err = keyless
        .rooms()
        .refresh_client_token(ROOM_ID, REFRESH_TOKEN)
        .send()
        .await
        .unwrap_err();
    let seen = server.seen();
    assert_eq!(
        seen[0].header("authorization"),
        None,
        "a keyless client sends no key"
    );
    assert!(String::from_utf8_lossy(&seen[0].body).contains(REFRESH_TOKEN));
    assert_clean(&printed(&err));
    assert_eq!(
        err.to_string(),
        "Telnyx API error 422 Unprocessable Entity: Invalid: refresh token \"[redacted]\" expired"
    );

    // A success body whose token does not decode: serde would quote it.
    let server = RawServer::start(|_, _| {
        json(201, &json!({"data": {"token": 5, "refresh_token": [CLIENT_TOKEN], "token_expires_at": CLIENT_TOKEN}}))
    })
    .await;
    let err = client(&server, 0)
        .rooms()
        .create_client_token(ROOM_ID)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_clean(&printed(&err));

    // set-cookie never shows in a successful response's Debug either.
    let server = RawServer::start(|_, _| {
        Reply::Bytes(http(
            200,
            &[
                ("set-cookie", "session=abc123secret"),
                ("content-type", "application/json"),
            ],
            room_body().to_string().as_bytes(),
        ))
    })
    .await;
    let response = client(&server, 0)
        .rooms()
        .retrieve(ROOM_ID)
        .send_with_response()
        .await
        .unwrap();
    let text = format!("{response:?}");
    assert!(!text.contains("abc123secret"), "{text}");
    assert_eq!(response.headers["set-cookie"], "session=abc123secret");
}

#[tokio::test]
async fn operations_without_credentials_send_the_key_only_when_the_client_has_one() {
    let server = RawServer::start(|_, _| json(200, &json!({"data": {"result": "ok"}}))).await;
    client(&server, 0)
        .room_sessions()
        .kick(SESSION_ID)
        .participants(Participants::All)
        .send()
        .await
        .unwrap();
    Client::builder()
        .base_url(&server.base_url)
        .build()
        .unwrap()
        .room_sessions()
        .kick(SESSION_ID)
        .send()
        .await
        .unwrap();
    let seen = server.seen();
    assert_eq!(
        seen[0].header("authorization"),
        Some(format!("Bearer {API_KEY}").as_str())
    );
    assert_eq!(seen[0].body, br#"{"participants":"all"}"#);
    assert_eq!(seen[1].header("authorization"), None);
    assert_eq!(seen[1].body, b"{}");
}

#[test]
fn settings_that_cannot_work_are_refused_at_build() {
    let refused = |builder: telnyx_video::ClientBuilder| builder.build().unwrap_err().to_string();
    for key in ["", "  "] {
        assert_eq!(
            refused(Client::builder().api_key(key)),
            "invalid request: the API key is empty"
        );
    }
    assert_eq!(
        refused(Client::builder().api_key("line\nbreak")),
        "invalid request: the API key is not a valid header value"
    );
    let expected = "expected e.g. https://api.telnyx.com/v2";
    for (url, why) in [
        (
            "https://proxy.example/v2?tenant=a",
            "must not have a query or fragment",
        ),
        (
            "https://proxy.example/v2#x",
            "must not have a query or fragment",
        ),
        ("ftp://proxy.example", "must start with http:// or https://"),
        ("api.telnyx.com/v2", "is not an absolute URL"),
    ] {
        assert_eq!(
            refused(Client::builder().base_url(url)),
            format!("invalid request: base URL \"{url}\" {why}; {expected}")
        );
    }
    // Credentials in the URL are refused without being echoed.
    assert_eq!(
        refused(Client::builder().base_url("https://user:hunter2pass@proxy.example/v2")),
        "invalid request: the base URL must not hold credentials (send them with a default header)"
    );
    // `Client::new` cannot fail on a key: the calls it would send are refused instead.
    let client = Client::new("");
    let err = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(client.rooms().retrieve(ROOM_ID).send())
        .unwrap_err();
    assert_eq!(err.to_string(), "invalid request: the API key is empty");
    let ok = Client::builder()
        .base_url("http://127.0.0.1:4010/v2/")
        .build()
        .unwrap();
    assert_eq!(ok.base_url(), "http://127.0.0.1:4010/v2");
}
