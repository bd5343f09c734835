//! Redaction, channel by channel, against a raw loopback server that echoes what it is sent and
//! adds secrets of its own: body logs (JSON at any depth and in any case style, forms,
//! unparseable bodies), span fields, `Debug` of calls and responses, and error text. Each case
//! checks that the secret did reach the wire, and that no rendered text holds it.
//!
//! Every test here runs under a `TRACE` subscriber of its own: `tracing` caches per call site
//! whether anyone listens, and a test without a subscriber running beside one with could leave
//! the span disabled for both.

mod common;
mod raw_server;

use common::{API_KEY, Captured, ROOM_ID, printed};
use raw_server::{RawServer, Reply, client_for, http, json};
use serde_json::json;
use telnyx_video::Client;

const BODY_TOKEN: &str = "BODY-TOKEN-6a5b4c3d2e";
const PATH_SIGNATURE: &str = "PATH-SIG-1f2e3d4c5b";
const SERVER_TOKEN: &str = "SERVER-TOKEN-9a8b7c6d";
const HEADER_SECRET: &str = "HEADER-SECRET-0f1e2d3c";

/// Runs `body` with a TRACE subscriber; returns what was logged.
async fn logged<F: std::future::Future<Output = ()>>(body: F) -> String {
    let (captured, _guard) = Captured::trace();
    body.await;
    captured.text()
}

fn assert_clean(text: &str) {
    for secret in [
        API_KEY,
        BODY_TOKEN,
        PATH_SIGNATURE,
        SERVER_TOKEN,
        HEADER_SECRET,
    ] {
        assert!(!text.contains(secret), "leaked {secret} in:\n{text}");
    }
}

fn logging(server: &RawServer) -> Client {
    client_for(&server.base_url, API_KEY)
        .max_retries(0)
        .log_bodies(true)
        .build()
        .unwrap()
}

#[tokio::test]
async fn body_logs_hide_secret_names_at_any_depth_and_unparseable_bodies() {
    // The server answers with its own secrets in every shape a body can take.
    let server = RawServer::start(|seen, _| {
        let shape = seen
            .path()
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_owned();
        let (content_type, body) = match shape.as_str() {
            "json" => (
                "application/json",
                json!({"data": {"accessToken": SERVER_TOKEN, "auth": {"bearer": SERVER_TOKEN},
                    "credentials": {"pass": SERVER_TOKEN}, "Private-Key": SERVER_TOKEN,
                    "x_api_key": SERVER_TOKEN, "passwd": SERVER_TOKEN, "id": "r1"}})
                .to_string(),
            ),
            "form" => (
                "application/x-www-form-urlencoded",
                format!("access_token={SERVER_TOKEN}&token_type=bearer&expires_in=60"),
            ),
            "comma" => (
                "application/json",
                format!(r#"{{"refreshToken":"{SERVER_TOKEN}",}}"#),
            ),
            _ => (
                "application/json",
                format!(
                    "{}\"token\":\"{SERVER_TOKEN}\"{}",
                    "[".repeat(300),
                    "]".repeat(300)
                ),
            ),
        };
        let echoed = seen.header("authorization").unwrap_or_default().to_owned();
        Reply::Bytes(http(
            200,
            &[
                ("content-type", content_type),
                ("x-echo", &echoed),
                ("www-authenticate", &format!("Bearer realm={SERVER_TOKEN}")),
            ],
            body.as_bytes(),
        ))
    })
    .await;
    let client = logging(&server);
    let logs = logged(async {
        for shape in ["json", "form", "comma", "deep"] {
            let _ = client
                .post(&format!("/echo/{shape}"))
                .json(&json!({"nested": [{"clientSecret": {"v": BODY_TOKEN}}], "ok": "visible-1"}))
                .send()
                .await;
        }
    })
    .await;
    assert_clean(&logs);
    assert!(logs.contains("visible-1"), "{logs}");
    assert!(logs.contains(r#""id":"r1""#), "{logs}");
    assert!(
        logs.contains("access_token=[redacted]&token_type=[redacted]&expires_in=60"),
        "{logs}"
    );
    assert!(
        logs.contains("not shown: neither JSON nor a form"),
        "{logs}"
    );
    assert!(logs.contains(r#"x-echo": "[redacted]"#), "{logs}");
    // It was all on the wire.
    let seen = server.seen();
    assert_eq!(seen.len(), 4);
    assert!(String::from_utf8_lossy(&seen[0].body).contains(BODY_TOKEN));
}

#[tokio::test]
async fn a_query_in_a_generic_path_stays_out_of_spans_and_debug() {
    let server = RawServer::start(|_, _| json(200, &json!({"data": {}}))).await;
    let client = client_for(&server.base_url, API_KEY)
        .max_retries(0)
        .build()
        .unwrap();
    let path = format!("/q?signature={PATH_SIGNATURE}&page=2");
    let call = client.get(&path).header("X-Api-Key", HEADER_SECRET);
    let debug = format!("{call:?}");
    assert!(debug.contains("signature=[redacted]"), "{debug}");
    let logs = logged(async {
        call.send().await.unwrap();
    })
    .await;
    assert!(logs.contains(r#"path="/q""#), "{logs}");
    assert_clean(&logs);
    assert_clean(&debug);
    assert_eq!(
        server.seen()[0].target,
        format!("/q?signature={PATH_SIGNATURE}&page=2")
    );
}

#[tokio::test]
async fn untyped_bodies_and_their_echoes_stay_out_of_debug_and_errors() {
    let (captured, _guard) = Captured::trace();
    // A 422 that quotes back everything it was sent, and a header echoing the key.
    let server = RawServer::start(|seen, _| {
        let sent = String::from_utf8_lossy(&seen.body).into_owned();
        let body = json!({"errors": [{"title": "Invalid", "detail": format!("got {sent}"),
            "meta": {"query": seen.target}}]});
        let echoed = seen.header("authorization").unwrap_or_default().to_owned();
        Reply::Bytes(http(
            422,
            &[("content-type", "application/json"), ("x-echo", &echoed)],
            body.to_string().as_bytes(),
        ))
    })
    .await;
    let client = client_for(&server.base_url, API_KEY)
        .max_retries(0)
        .build()
        .unwrap();
    let call = client
        .post("/rooms/x/actions/refresh")
        .json(&json!({"refresh_token": BODY_TOKEN}));
    let debug = format!("{call:?}");
    let err = call.send().await.unwrap_err();
    let mut text = format!("{debug}\n{}", printed(&err));
    let err = client
        .rooms()
        .update(ROOM_ID)
        .extra_body("refresh_token", json!(BODY_TOKEN))
        .extra_query("signature", PATH_SIGNATURE)
        .send()
        .await
        .unwrap_err();
    text.push_str(&printed(&err));
    text.push_str(&captured.text());
    assert_clean(&text);
    assert!(text.contains("got {"), "the echo itself is kept: {text}");
    // And they were sent.
    let seen = server.seen();
    assert!(String::from_utf8_lossy(&seen[0].body).contains(BODY_TOKEN));
    assert!(String::from_utf8_lossy(&seen[1].body).contains(BODY_TOKEN));
    assert!(seen[1].target.contains(PATH_SIGNATURE));
}

#[tokio::test]
async fn a_successful_response_echoing_the_key_does_not_print_it() {
    let (captured, _guard) = Captured::trace();
    let server = RawServer::start(|seen, _| {
        let echoed = seen
            .header("authorization")
            .unwrap_or_default()
            .trim_start_matches("Bearer ")
            .to_owned();
        Reply::Bytes(http(
            200,
            &[("content-type", "application/json"), ("x-echo", &echoed)],
            json!({"data": common::room_json()}).to_string().as_bytes(),
        ))
    })
    .await;
    let client = client_for(&server.base_url, API_KEY).build().unwrap();
    let response = client
        .rooms()
        .retrieve(ROOM_ID)
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.headers["x-echo"], API_KEY);
    let text = format!("{response:?} {response:#?}");
    assert_clean(&text);
    assert_clean(&captured.text());
    assert!(text.contains(r#""x-echo": "[redacted]""#), "{text}");
}
