//! The runtime on its own, for constructs the Video spec does not use but other specs do (form
//! bodies laid out by their `encoding`, security schemes, event streams): requests built as
//! generated code builds them, sent through the client, checked byte for byte as a raw loopback
//! server received them. These live inside the crate because the request builder is not public.

#[path = "../../tests/raw_server/mod.rs"]
mod raw_server;

use raw_server::{RawServer, Reply, client_for, http};
use serde_json::json;

use crate::runtime::{Method, QueryStyle, Request};

const API_KEY: &str = "KEY0123456789SECRETVALUE";

async fn server() -> RawServer {
    RawServer::start(|_, _| Reply::Bytes(http(204, &[], b""))).await
}

#[tokio::test]
async fn form_bodies_follow_their_encoding() {
    let server = server().await;
    let client = client_for(&server.base_url, API_KEY).build().unwrap();
    let body = json!({
        "customer": "cus_1",
        "metadata": {"order": "42"},
        "line_items": [{"price": "p_1", "quantity": 2}, {"price": "p 2"}],
        "expand": ["a", "b"],
        "payment_method_types": ["card", "sepa"],
    });
    let request = Request::new(Method::POST, "/v1/checkout/sessions").form_body(
        &body,
        &[
            ("line_items", QueryStyle::DeepObject),
            ("metadata", QueryStyle::DeepObject),
            ("payment_method_types", QueryStyle::PipeDelimited),
        ],
    );
    client.execute(request).await.unwrap();
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].method, "POST");
    assert_eq!(seen[0].target, "/v1/checkout/sessions");
    assert_eq!(
        seen[0].header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        String::from_utf8_lossy(&seen[0].body),
        "customer=cus_1&expand=a&expand=b&line_items[0][price]=p_1&line_items[0][quantity]=2\
         &line_items[1][price]=p%202&metadata[order]=42&payment_method_types=card%7Csepa"
    );
}

#[tokio::test]
async fn form_bodies_without_encoding_nest_objects_and_repeat_arrays() {
    let server = server().await;
    let client = client_for(&server.base_url, API_KEY).build().unwrap();
    let body =
        json!({"name": "a&b", "tags": ["x", "y"], "address": {"city": "Oslo"}, "none": null});
    let request = Request::new(Method::POST, "/v1/things").form_body(&body, &[]);
    client.execute(request).await.unwrap();
    assert_eq!(
        String::from_utf8_lossy(&server.seen()[0].body),
        "address[city]=Oslo&name=a%26b&tags=x&tags=y"
    );
}

use crate::runtime::{Auth, KeyLocation};
use crate::{Client, Error};

const PASSWORD: &str = "PW-3f9c1e7a5b";
const CLIENT_SECRET: &str = "CS-8d2b6f4a1c";

fn secured_client(server: &RawServer) -> Client {
    client_for(&server.base_url, API_KEY)
        .basic_auth("alice", PASSWORD)
        .oauth2_client_credentials("client-7", CLIENT_SECRET)
        .max_retries(0)
        .build()
        .unwrap()
}

#[tokio::test]
async fn each_security_scheme_goes_on_the_wire_as_the_spec_says() {
    let server = server().await;
    let client = secured_client(&server);
    let send = |auth: Vec<Auth>| {
        let mut request = Request::new(Method::GET, "/things").query("page", &2, QueryStyle::Form);
        request = request.auth(auth[0]);
        for more in &auth[1..] {
            request = request.also_auth(*more);
        }
        client.execute(request)
    };
    send(vec![Auth::Basic]).await.unwrap();
    send(vec![Auth::ApiKey(KeyLocation::Header, "X-Api-Key")])
        .await
        .unwrap();
    send(vec![Auth::ApiKey(KeyLocation::Query, "api_key")])
        .await
        .unwrap();
    send(vec![Auth::ApiKey(KeyLocation::Cookie, "session_key")])
        .await
        .unwrap();
    send(vec![
        Auth::ApiKey(KeyLocation::Header, "X-Api-Key"),
        Auth::Basic,
    ])
    .await
    .unwrap();
    send(vec![Auth::Bearer]).await.unwrap();
    let seen = server.seen();
    // base64("alice:PW-3f9c1e7a5b")
    let basic = "Basic YWxpY2U6UFctM2Y5YzFlN2E1Yg==";
    assert_eq!(seen[0].header("authorization"), Some(basic));
    assert_eq!(seen[0].target, "/things?page=2");
    assert_eq!(seen[1].header("x-api-key"), Some(API_KEY));
    assert_eq!(seen[1].header("authorization"), None);
    assert_eq!(seen[2].target, format!("/things?page=2&api_key={API_KEY}"));
    assert_eq!(seen[2].header("authorization"), None);
    assert_eq!(
        seen[3].header("cookie"),
        Some(format!("session_key={API_KEY}").as_str())
    );
    assert_eq!(seen[4].header("x-api-key"), Some(API_KEY));
    assert_eq!(seen[4].header("authorization"), Some(basic));
    assert_eq!(
        seen[5].header("authorization"),
        Some(format!("Bearer {API_KEY}").as_str())
    );
}

#[tokio::test]
async fn a_cookie_credential_joins_the_cookie_parameters() {
    let server = server().await;
    let client = secured_client(&server);
    let request = Request::new(Method::GET, "/things")
        .cookie_param("theme", "dark")
        .auth(Auth::ApiKey(KeyLocation::Cookie, "session_key"));
    client.execute(request).await.unwrap();
    assert_eq!(
        server.seen()[0].header("cookie"),
        Some(format!("theme=dark; session_key={API_KEY}").as_str())
    );
}

#[tokio::test]
async fn oauth2_tokens_are_fetched_cached_and_refreshed() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let issued = Arc::new(AtomicUsize::new(0));
    let lifetime = Arc::new(AtomicUsize::new(3600));
    let (issued_in, lifetime_in) = (issued.clone(), lifetime.clone());
    let server = RawServer::start(move |seen, _| {
        if seen.path() == "/oauth/token" {
            let n = issued_in.fetch_add(1, Ordering::SeqCst) + 1;
            let body = json!({"access_token": format!("AT-{n}-5e1d9c"), "token_type": "bearer", "expires_in": lifetime_in.load(Ordering::SeqCst)});
            return raw_server::json(200, &body);
        }
        Reply::Bytes(http(204, &[], b""))
    })
    .await;
    let client = secured_client(&server);
    let oauth = Auth::OAuth2ClientCredentials {
        token_url: "/oauth/token",
        scopes: &["calls:read", "calls:write"],
    };
    for _ in 0..3 {
        client
            .execute(Request::new(Method::GET, "/calls").auth(oauth))
            .await
            .unwrap();
    }
    let seen = server.seen();
    let paths: Vec<&str> = seen.iter().map(|s| s.path()).collect();
    assert_eq!(
        paths,
        ["/oauth/token", "/calls", "/calls", "/calls"],
        "one token, cached"
    );
    assert_eq!(seen[0].method, "POST");
    // base64("client-7:CS-8d2b6f4a1c")
    assert_eq!(
        seen[0].header("authorization"),
        Some("Basic Y2xpZW50LTc6Q1MtOGQyYjZmNGExYw==")
    );
    assert_eq!(
        seen[0].header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        String::from_utf8_lossy(&seen[0].body),
        "grant_type=client%5Fcredentials&scope=calls%3Aread%20calls%3Awrite"
    );
    for call in &seen[1..] {
        assert_eq!(call.header("authorization"), Some("Bearer AT-1-5e1d9c"));
    }

    // A token about to expire (within a minute) is fetched again before it is used.
    server.clear();
    lifetime.store(30, Ordering::SeqCst);
    let fresh = secured_client(&server);
    for _ in 0..2 {
        fresh
            .execute(Request::new(Method::GET, "/calls").auth(oauth))
            .await
            .unwrap();
    }
    let paths: Vec<String> = server.seen().iter().map(|s| s.path().to_owned()).collect();
    assert_eq!(paths, ["/oauth/token", "/calls", "/oauth/token", "/calls"]);
    assert_eq!(issued.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn missing_credentials_refuse_the_call_unsent() {
    let server = server().await;
    let keyless = Client::builder()
        .base_url(&server.base_url)
        .build()
        .unwrap();
    for (auth, need) in [
        (
            Auth::Basic,
            "HTTP basic credentials; set them with `ClientBuilder::basic_auth`",
        ),
        (
            Auth::ApiKey(KeyLocation::Query, "api_key"),
            "an API key; build the client with one",
        ),
        (
            Auth::OAuth2ClientCredentials {
                token_url: "/oauth/token",
                scopes: &[],
            },
            "OAuth2 client credentials; set them with `ClientBuilder::oauth2_client_credentials`",
        ),
    ] {
        let err = keyless
            .execute(Request::new(Method::GET, "/things").auth(auth))
            .await
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("invalid request: GET /things needs {need}")
        );
    }
    assert!(server.seen().is_empty());
}

#[tokio::test]
async fn credentials_never_reach_text() {
    let server = RawServer::start(|seen, _| {
        let echoed: Vec<String> = seen
            .headers
            .iter()
            .map(|(n, v)| format!("{n}: {v}"))
            .collect();
        let body = json!({"message": format!("rejected {} {}", seen.target, echoed.join(", "))});
        raw_server::json(401, &body)
    })
    .await;
    let client = secured_client(&server);
    let debug = format!("{client:?}");
    for secret in [API_KEY, PASSWORD, CLIENT_SECRET] {
        assert!(!debug.contains(secret), "{debug}");
    }
    for auth in [
        Auth::Basic,
        Auth::ApiKey(KeyLocation::Query, "api_key"),
        Auth::ApiKey(KeyLocation::Cookie, "k"),
    ] {
        let err = client
            .execute(Request::new(Method::GET, "/things").auth(auth))
            .await
            .unwrap_err();
        let text = format!("{err}\n{err:?}");
        assert!(matches!(err, Error::Api(_)), "{text}");
        for secret in [API_KEY, PASSWORD, "YWxpY2U6UFctM2Y5YzFlN2E1Yg=="] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
        assert!(text.contains("[redacted]"), "{text}");
    }
}

#[cfg(feature = "sse")]
#[tokio::test]
async fn event_streams_are_parsed_as_they_arrive() {
    use futures_util::TryStreamExt;

    use crate::runtime::ServerEvent;
    let body = "event: room.started\ndata: {\"id\": 1}\n\n: keep-alive\ndata: line one\ndata: line two\nid: 9\n\n";
    let server = RawServer::start(move |_, _| {
        Reply::Bytes(http(
            200,
            &[("content-type", "text/event-stream")],
            body.as_bytes(),
        ))
    })
    .await;
    let client = client_for(&server.base_url, API_KEY).build().unwrap();
    let response = client
        .execute_stream(Request::new(Method::GET, "/events"))
        .await
        .unwrap();
    assert_eq!(response.status.as_u16(), 200);
    let events: Vec<ServerEvent> = response.data.try_collect().await.unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(
        (events[0].event.as_deref(), events[0].data.as_str()),
        (Some("room.started"), "{\"id\": 1}")
    );
    assert_eq!(
        (events[1].data.as_str(), events[1].id.as_deref()),
        ("line one\nline two", Some("9"))
    );
    assert_eq!(server.seen()[0].header("accept"), Some("text/event-stream"));
    // An error status is an API error, not a stream.
    let failing = RawServer::start(|_, _| raw_server::json(503, &json!({"message": "down"}))).await;
    let client = client_for(&failing.base_url, API_KEY)
        .max_retries(0)
        .build()
        .unwrap();
    let err = match client
        .execute_stream(Request::new(Method::GET, "/events"))
        .await
    {
        Ok(_) => panic!("expected an error"),
        Err(err) => err,
    };
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
}

#[cfg(feature = "sse")]
#[tokio::test]
async fn an_event_that_never_ends_is_bounded() {
    use futures_util::StreamExt;

    // One complete event, then a line that never ends.
    let mut body = b"data: first\n\ndata: ".to_vec();
    body.resize(body.len() + 10_000, b'x');
    let server = RawServer::start(move |_, _| {
        Reply::Bytes(http(200, &[("content-type", "text/event-stream")], &body))
    })
    .await;
    let client = client_for(&server.base_url, API_KEY)
        .max_response_bytes(4096)
        .build()
        .unwrap();
    let response = client
        .execute_stream(Request::new(Method::GET, "/events"))
        .await
        .unwrap();
    let items: Vec<_> = response.data.collect().await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(items[0].as_ref().unwrap().data, "first");
    let Err(Error::TooLarge(failure)) = &items[1] else {
        panic!("{:?}", items[1])
    };
    assert_eq!((failure.limit, failure.status.as_u16()), (4096, 200));
}
