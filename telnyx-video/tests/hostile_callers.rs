//! Careless and hostile callers, and servers that send without end, on raw loopback TCP: a
//! request never leaves the base origin whatever path a caller builds, queries are merged,
//! guards see the request as it would be sent (escape hatches included), response bodies are
//! bounded, and what cannot be sent is refused unsent. Each case asserts what reached which
//! server, byte for byte, and the exact error the caller got.

mod common;
mod raw_server;

use common::{API_KEY, ROOM_ID, printed, room_json};
use raw_server::{RawServer, Reply, client_for, http, json};
use serde_json::json;
use telnyx_video::room_recordings::RoomRecordingFilter;
use telnyx_video::{Client, Error};

fn client(server: &RawServer) -> Client {
    client_for(&server.base_url, API_KEY)
        .max_retries(2)
        .build()
        .unwrap()
}

fn ok(_: &raw_server::Seen, _: usize) -> Reply {
    json(200, &json!({"data": {"ok": true}}))
}

fn refusal(err: Error) -> String {
    match err {
        Error::InvalidRequest(why) => why,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn no_path_a_caller_builds_sends_the_key_to_another_origin() {
    let base = RawServer::start(ok).await;
    let other = RawServer::start(ok).await;
    let other_authority = other.base_url.trim_start_matches("http://").to_owned();
    // A base URL without a path (a mock, a proxy): the case where text joining turned the base
    // into userinfo.
    let client = client(&base);
    for path in [
        format!("@{other_authority}/x"),
        format!("//{other_authority}/x"),
        format!("{}/x", other.base_url),
        format!("/..//{other_authority}/x"),
        format!("/\\\\{other_authority}/x"),
        format!("/%2e%2e/%2E./{other_authority}"),
        "rooms".to_owned(),
    ] {
        for call in [
            client.get(&path),
            client.post(&path).json(&json!({"secret": "body"})),
            client.delete(&path),
        ] {
            let err = call.send().await.unwrap_err();
            let why = refusal(err);
            assert!(why.starts_with(&format!("path {path:?}")), "{why}");
        }
    }
    assert!(other.seen().is_empty(), "{:?}", other.seen());
    assert!(base.seen().is_empty(), "{:?}", base.seen());

    // `@` and `:` after the leading `/` are data of a path on the base origin.
    let sent = format!("/@{other_authority}/x");
    client
        .post(&sent)
        .json(&json!({"a": 1}))
        .send()
        .await
        .unwrap();
    let seen = base.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].target, sent);
    assert_eq!(
        seen[0].header("authorization"),
        Some(format!("Bearer {API_KEY}").as_str())
    );
    assert!(other.seen().is_empty());

    // Characters a path cannot hold go as data, percent-encoded.
    base.clear();
    client.get("/rooms/a b\"é").send().await.unwrap();
    assert_eq!(base.seen()[0].target, "/rooms/a%20b%22%C3%A9");
}

#[tokio::test]
async fn queries_are_merged_and_fragments_refused() {
    let server = RawServer::start(ok).await;
    let client = client(&server);
    client
        .get("/rooms?x=1&page[size]=2")
        .query_param("y", "a b")
        .extra_query("z", 3)
        .send()
        .await
        .unwrap();
    assert_eq!(
        server.seen()[0].target,
        "/rooms?x=1&page[size]=2&y=a%20b&z=3"
    );
    // A second `?` is data of the one query, never the start of another.
    client.get("/rooms?a?b=1").send().await.unwrap();
    assert_eq!(server.seen()[1].target, "/rooms?a%3Fb=1");

    for (path, why) in [
        ("/rooms#frag", "holds `#`"),
        ("/rooms?x=1#frag", "holds `#`"),
        ("/rooms/{room_id}", "`{room_id}` was given no value"),
    ] {
        let err = client.get(path).send().await.unwrap_err();
        assert!(refusal(err).contains(why), "{path}");
    }
    assert_eq!(server.seen().len(), 2, "refusals send nothing");
}

#[tokio::test]
async fn guards_see_the_query_as_sent_whatever_built_it() {
    let server = RawServer::start(|_, _| json(200, &json!({"data": {"room_recordings": 2}}))).await;
    let client = client(&server);
    let recordings = client.room_recordings();
    let typed = RoomRecordingFilter::default().room_id(common::uuid(ROOM_ID));

    // An empty filter value through the hatch is refused like a typed one.
    let err = recordings
        .delete_bulk()
        .filter(typed.clone())
        .extra_query("filter[room_id]", "")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        refusal(err),
        "query parameter `filter[room_id]` is an empty string; leave it out to not filter on it"
    );
    // Only an empty hatch value: still "everything", still refused.
    let err = recordings
        .delete_bulk()
        .extra_query("filter[status]", "")
        .send()
        .await
        .unwrap_err();
    assert!(refusal(err).contains("empty string"));
    assert!(server.seen().is_empty());

    // A filter given only through the hatch is a filter: the guard sees it on the wire.
    recordings
        .delete_bulk()
        .extra_query("filter[room_id]", ROOM_ID)
        .send()
        .await
        .unwrap();
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].method, "DELETE");
    assert_eq!(
        seen[0].target,
        format!("/room_recordings?filter[room_id]={ROOM_ID}")
    );
}

#[tokio::test]
async fn bodies_never_ride_on_a_get_and_hand_set_credentials_are_not_replaced() {
    let server = RawServer::start(ok).await;
    let client = client(&server);
    let err = client
        .rooms()
        .retrieve(ROOM_ID)
        .extra_body("x", json!(1))
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        refusal(err),
        "a GET request has no body: `extra_body` and `remove_body_field` cannot be used on it"
    );
    let err = client
        .get("/rooms")
        .remove_body_field("x")
        .send()
        .await
        .unwrap_err();
    assert!(refusal(err).contains("has no body"));

    // An `Authorization` of the caller's own is never silently swapped for the key.
    let err = client
        .rooms()
        .retrieve(ROOM_ID)
        .header("Authorization", "Bearer someone-elses")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        refusal(err),
        "header `authorization` is set by hand and by the client's credentials for GET /rooms/{room_id}; remove the hand-set one, or build the client without that credential"
    );
    let defaulted = client_for(&server.base_url, API_KEY)
        .default_header("authorization", "Bearer someone-elses")
        .build()
        .unwrap();
    let err = defaulted
        .rooms()
        .retrieve(ROOM_ID)
        .send()
        .await
        .unwrap_err();
    assert!(refusal(err).contains("set by hand"));
    assert!(server.seen().is_empty());

    // Without a key, a hand-set `Authorization` on an operation that needs none is sent as is.
    let keyless = Client::builder()
        .base_url(&server.base_url)
        .build()
        .unwrap();
    keyless
        .room_sessions()
        .end(common::SESSION_ID)
        .header("Authorization", "Bearer mine-0123456")
        .send()
        .await
        .unwrap();
    assert_eq!(
        server.seen()[0].header("authorization"),
        Some("Bearer mine-0123456")
    );
}

#[tokio::test]
async fn an_infinite_retry_after_falls_back_to_the_normal_backoff() {
    let server = RawServer::start(|_, n| {
        if n < 2 {
            Reply::Bytes(http(503, &[("retry-after", "inf")], b"{}"))
        } else {
            json(200, &json!({"data": room_json()}))
        }
    })
    .await;
    client(&server)
        .rooms()
        .retrieve(ROOM_ID)
        .send()
        .await
        .unwrap();
    assert_eq!(server.seen().len(), 3);
}

/// `n` bytes of a JSON body that decodes as an empty page (`{"data":[]}` and spaces).
fn padded_body(n: usize) -> Vec<u8> {
    let mut body = b"{\"data\":[]}".to_vec();
    body.resize(n, b' ');
    body
}

/// A chunked response of `body`, in chunks of `chunk` bytes.
fn chunked(status: u16, body: &[u8], chunk: usize) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status} OK\r\ncontent-type: application/json\r\nx-request-id: req-7\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n"
    )
    .into_bytes();
    for piece in body.chunks(chunk) {
        out.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        out.extend_from_slice(piece);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

#[tokio::test]
async fn response_bodies_are_bounded_while_they_are_read() {
    const LIMIT: u64 = 64 * 1024;
    let at_limit = padded_body(LIMIT as usize);
    let over = padded_body(LIMIT as usize + 1);
    let (fits, too_big) = (at_limit.clone(), over.clone());
    let server = RawServer::start(move |seen, _| {
        let body = if seen.target.contains("big") {
            &too_big
        } else {
            &fits
        };
        if seen.target.contains("chunked") {
            Reply::Bytes(chunked(200, body, 1000))
        } else {
            Reply::Bytes(http(
                500,
                &[
                    ("content-type", "application/json"),
                    ("x-request-id", "req-7"),
                ],
                body,
            ))
        }
    })
    .await;
    let client = client_for(&server.base_url, API_KEY)
        .max_retries(2)
        .max_response_bytes(LIMIT)
        .build()
        .unwrap();

    // Exactly the limit is read; one byte more is not, declared or not.
    let page = client.get("/chunked/fits").send().await.unwrap();
    assert_eq!(page, json!({"data": []}));
    for (path, declared) in [("/chunked/big", None), ("/declared/big", Some(LIMIT + 1))] {
        server.clear();
        let err = client.get(path).send().await.unwrap_err();
        let Error::TooLarge(failure) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(failure.limit, LIMIT);
        assert_eq!(failure.declared_length, declared);
        assert_eq!(failure.request_id.as_deref(), Some("req-7"));
        assert_eq!(failure.headers["content-type"], "application/json");
        assert!(!err.is_retryable());
        assert_eq!(
            server.seen().len(),
            1,
            "{path}: a too-large body is not retried"
        );
        let status = if declared.is_some() { 500 } else { 200 };
        assert_eq!(failure.status.as_u16(), status);
        let expected = match declared {
            Some(length) => format!(
                "the {} response body is larger than the limit of 65536 bytes (Content-Length: {length}); nothing of it was read (request id req-7)",
                failure.status
            ),
            None => "the 200 OK response body is larger than the limit of 65536 bytes; reading stopped at the limit (request id req-7)".to_owned(),
        };
        assert_eq!(err.to_string(), expected);
        assert!(printed(&err).contains("TooLargeResponse"));
    }
    // A call can raise its own limit.
    let page = client
        .get("/chunked/big")
        .max_response_bytes(LIMIT + 1)
        .send()
        .await
        .unwrap();
    assert_eq!(page, json!({"data": []}));
}
