//! Property tests judged by the bytes that reach a raw loopback server, not by the structs the
//! client checked: whatever path, query and body fields a caller builds through the generic
//! calls and escape hatches, (1) nothing ever reaches another origin, and what reaches the base
//! server is exactly the path asked for, under the base path, with one query; (2) a secret sent
//! under a secret name and echoed back by the server appears in no log line, error or `Debug`.
//! 5,000 cases each (`PROPTEST_CASES` overrides).

mod common;
mod raw_server;

use std::sync::OnceLock;

use common::{API_KEY, Captured, printed};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use raw_server::{RawServer, Reply, client_for, http, json};
use serde_json::json;
use telnyx_video::{Client, Error};

struct World {
    runtime: tokio::runtime::Runtime,
    base: RawServer,
    other: RawServer,
    /// A client whose base URL has a path (`/v2`), and one whose has none.
    clients: [Client; 2],
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let runtime = raw_server::property_runtime();
        let base = runtime.block_on(RawServer::start(|_, _| json(200, &json!({}))));
        let other = runtime.block_on(RawServer::start(|_, _| json(200, &json!({}))));
        let client = |url: String| {
            client_for(&url, API_KEY)
                .max_retries(0)
                .log_bodies(true)
                .build()
                .unwrap()
        };
        let clients = [
            client(format!("{}/v2", base.base_url)),
            client(base.base_url.clone()),
        ];
        World {
            runtime,
            base,
            other,
            clients,
        }
    })
}

fn config() -> Config {
    raw_server::proptest_config(5_000, 0x0419_1a57)
}

/// The two properties share the servers: one case at a time.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// A path as a careless or hostile caller builds it: pieces that address other hosts, escape
/// the base path, start a query or fragment, or need escaping, in any order.
fn hostile_path() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("/".to_owned()),
        Just("//".to_owned()),
        Just("@".to_owned()),
        Just(":8080".to_owned()),
        Just("..".to_owned()),
        Just(".".to_owned()),
        Just("%2e".to_owned()),
        Just("\\".to_owned()),
        Just("?".to_owned()),
        Just("#".to_owned()),
        Just("&".to_owned()),
        Just("=".to_owned()),
        Just("http://".to_owned()),
        Just("127.0.0.1".to_owned()),
        Just(" ".to_owned()),
        Just("é".to_owned()),
        Just("{room_id}".to_owned()),
        "[a-z0-9_~-]{1,6}",
    ];
    proptest::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
}

#[test]
fn no_path_reaches_another_origin_and_the_base_gets_exactly_what_was_asked() {
    let _serial = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let world = world();
    let mut runner = TestRunner::new(config());
    let result = runner.run(
        &(
            hostile_path(),
            any::<bool>(),
            "[a-z]{1,4}",
            "[a-z0-9 &=]{0,6}",
        ),
        |(path, with_base_path, key, value)| {
            world.base.clear();
            let client = &world.clients[usize::from(!with_base_path)];
            let outcome = world.runtime.block_on(
                client
                    .post(&path)
                    .query_param(&key, &value)
                    .json(&json!({"a": 1}))
                    .send(),
            );
            prop_assert!(
                world.other.seen().is_empty(),
                "{path:?} reached another origin"
            );
            let seen = world.base.seen();
            match outcome {
                Err(Error::InvalidRequest(_)) => {
                    prop_assert!(seen.is_empty(), "{path:?} was refused but sent");
                }
                Ok(_) => {
                    prop_assert_eq!(seen.len(), 1);
                    let target = &seen[0].target;
                    let (sent_path, query) = target.split_once('?').unwrap_or((target, ""));
                    let asked = path.split_once('?').map_or(path.as_str(), |(p, _)| p);
                    let prefix = if with_base_path { "/v2" } else { "" };
                    // The path as asked, under the base path, escaped only where it had to be.
                    let unescaped = percent_encoding::percent_decode_str(sent_path)
                        .decode_utf8_lossy()
                        .into_owned();
                    let asked_unescaped = percent_encoding::percent_decode_str(asked)
                        .decode_utf8_lossy()
                        .into_owned();
                    prop_assert_eq!(unescaped, format!("{prefix}{asked_unescaped}"));
                    // One query, the caller's parameter last and whole.
                    prop_assert_eq!(target.matches('?').count(), usize::from(!query.is_empty()));
                    let encoded: String = percent_encoding::utf8_percent_encode(
                        &value,
                        percent_encoding::NON_ALPHANUMERIC,
                    )
                    .to_string()
                    .replace("%2D", "-")
                    .replace("%2E", ".")
                    .replace("%5F", "_")
                    .replace("%7E", "~");
                    let last = format!("{key}={encoded}");
                    prop_assert!(query.ends_with(&last), "{query} does not end with {last}");
                    prop_assert_eq!(seen[0].body.as_slice(), br#"{"a":1}"#.as_slice());
                    let bearer = format!("Bearer {API_KEY}");
                    prop_assert_eq!(seen[0].header("authorization"), Some(bearer.as_str()));
                }
                Err(other) => prop_assert!(false, "{path:?}: {other:?}"),
            }
            Ok(())
        },
    );
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

/// A secret-looking name in one of the case styles callers use.
fn secret_name() -> impl Strategy<Value = String> {
    proptest::sample::select(vec![
        "refresh_token",
        "refreshToken",
        "REFRESH-TOKEN",
        "api_key",
        "x-api-key",
        "clientSecret",
        "password",
        "Passwd",
        "private_key",
        "auth",
        "credentials",
        "signature",
        "accessToken",
    ])
    .prop_map(str::to_owned)
}

#[derive(Debug, Clone, Copy)]
enum Channel {
    JsonBody,
    ExtraBody,
    ExtraQuery,
    PathQuery,
    Header,
}

#[test]
fn a_secret_sent_under_a_secret_name_and_echoed_back_never_prints() {
    let _serial = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let world = world();
    let channel = prop_oneof![
        Just(Channel::JsonBody),
        Just(Channel::ExtraBody),
        Just(Channel::ExtraQuery),
        Just(Channel::PathQuery),
        Just(Channel::Header),
    ];
    let mut runner = TestRunner::new(config());
    let result = runner.run(
        &(
            channel,
            secret_name(),
            "[A-Za-z0-9]{12,24}",
            proptest::collection::vec("[a-z]{1,5}", 0..3),
            prop_oneof![Just(200u16), Just(401), Just(422), Just(500)],
        ),
        |(channel, name, secret, depth, status)| {
            // The server echoes everything it saw: target, headers, body, in its body and a
            // header of its own.
            world.base.set_script(move |seen, _| {
                let echo = format!(
                    "{} {:?} {}",
                    seen.target,
                    seen.headers,
                    String::from_utf8_lossy(&seen.body)
                );
                let body = json!({"errors": [{"detail": echo.clone(), "meta": {"echo": echo}}], "message": echo});
                let header = echo.replace(['\r', '\n'], " ");
                let header: String = header.chars().filter(|c| c.is_ascii() && !c.is_ascii_control()).take(2000).collect();
                Reply::Bytes(http(status, &[("content-type", "application/json"), ("x-echo", &header)], body.to_string().as_bytes()))
            });
            world.base.clear();
            let mut nested = json!(secret);
            for step in depth.iter().rev() {
                nested = json!({ step: nested });
            }
            let client = &world.clients[0];
            let (captured, _guard) = Captured::trace();
            let call = match channel {
                Channel::JsonBody => client.post("/x").json(&json!({"data": {name.clone(): nested}})),
                Channel::ExtraBody => client.post("/x").extra_body(&name, nested),
                Channel::ExtraQuery => client.post("/x").extra_query(&name, &secret),
                Channel::PathQuery => client.post(&format!("/x?{name}={secret}")),
                Channel::Header => client.post("/x").header(&name, &secret),
            };
            let mut text = format!("{call:?}");
            let outcome = world.runtime.block_on(call.send());
            match &outcome {
                Ok(_) => {}
                Err(err) => text.push_str(&printed(err)),
            }
            text.push_str(&captured.text());
            let seen = world.base.seen();
            prop_assert_eq!(seen.len(), 1);
            let wire = format!("{} {:?} {}", seen[0].target, seen[0].headers, String::from_utf8_lossy(&seen[0].body));
            prop_assert!(wire.contains(&secret), "{:?} not on the wire: {}", channel, wire);
            prop_assert!(!text.contains(&secret), "{:?} {} leaked:\n{}", channel, name, text);
            Ok(())
        },
    );
    world.base.set_script(|_, _| json(200, &json!({})));
    if let Err(failure) = result {
        panic!("{failure}");
    }
}
