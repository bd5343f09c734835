//! Secrets never leak: the API key and client/refresh tokens stay out of `Debug`, `Display`,
//! error messages and `tracing` output.

mod common;

use common::*;
use serde_json::json;
use telnyx_video::Client;

const CLIENT_TOKEN: &str = "CLIENT.TOKEN.SECRET";
const REFRESH_TOKEN: &str = "REFRESH.TOKEN.SECRET";

fn assert_clean(text: &str) {
    for secret in [API_KEY, CLIENT_TOKEN, REFRESH_TOKEN] {
        assert!(!text.contains(secret), "leaked {secret} in:\n{text}");
    }
}

#[test]
fn client_and_builder_debug_hide_the_key() {
    let client = Client::builder()
        .api_key(API_KEY)
        .default_header("authorization", "Bearer other")
        .build()
        .unwrap();
    let text = format!("{client:?} {:?}", Client::builder().api_key(API_KEY));
    assert_clean(&text);
    assert!(text.contains("[redacted]"), "{text}");
}

#[test]
fn token_types_hide_tokens() {
    let request =
        telnyx_video::models::RefreshRoomClientTokenRequest::new(REFRESH_TOKEN).token_ttl_secs(60);
    // Response types are non-exhaustive: made with `new` (their always-present fields).
    let expires = chrono::DateTime::UNIX_EPOCH;
    let tokens = telnyx_video::rooms::RoomCreateClientTokenResponse::new(
        REFRESH_TOKEN,
        expires,
        CLIENT_TOKEN,
        expires,
    );
    let text = format!("{request:?} {tokens:?} {request:#?}");
    assert_clean(&text);
    assert!(text.contains("token_ttl_secs: Some(60)"), "{text}");
}

#[tokio::test]
async fn tracing_and_errors_stay_clean() {
    let (captured, _guard) = Captured::trace();

    let server = serve(
        201,
        json!({"data": {
            "token": CLIENT_TOKEN,
            "token_expires_at": "2021-04-22T12:24:55Z",
            "refresh_token": REFRESH_TOKEN,
            "refresh_token_expires_at": "2021-04-22T12:15:05Z"
        }}),
    )
    .await;
    let client = client(&server);
    let tokens = client
        .rooms()
        .create_client_token(ROOM_ID)
        .send()
        .await
        .unwrap();
    let refreshed = client
        .rooms()
        .refresh_client_token(ROOM_ID, REFRESH_TOKEN)
        .send()
        .await
        .unwrap();
    let builder = client
        .rooms()
        .refresh_client_token(ROOM_ID, REFRESH_TOKEN)
        .header("authorization", API_KEY);
    let mut text = format!("{tokens:?} {refreshed:?} {builder:?}");

    // Failures: an API error, a decode error of a token body, a refused request.
    let failing = serve(
        401,
        json!({"errors": [{"code": "10009", "title": "Authentication failed"}]}),
    )
    .await;
    let err = self::client(&failing)
        .rooms()
        .list()
        .send()
        .await
        .unwrap_err();
    text.push_str(&format!("{err} {err:?}"));
    let broken = serve(
        201,
        json!({"data": {"token": 7, "refresh_token": REFRESH_TOKEN}}),
    )
    .await;
    let err = self::client(&broken)
        .rooms()
        .create_client_token(ROOM_ID)
        .send()
        .await
        .unwrap_err();
    text.push_str(&format!("{err} {err:?}"));

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("telnyx_video.request"),
        "spans are emitted:\n{logs}"
    );
    assert!(
        logs.contains("path=\"/rooms/{room_id}/actions/generate_join_client_token\""),
        "{logs}"
    );
    // The attempt is recorded on the call's span.
    assert!(logs.contains("attempt=1}"), "{logs}");
    assert_clean(&logs);
    assert_clean(&text);
    // The secrets did reach the wire where they belong.
    let sent = server.received_requests().await.unwrap();
    assert_eq!(
        sent[0]
            .headers
            .get("authorization")
            .unwrap()
            .to_str()
            .unwrap(),
        format!("Bearer {API_KEY}")
    );
    assert!(String::from_utf8_lossy(&sent[1].body).contains(REFRESH_TOKEN));
}
