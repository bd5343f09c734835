//! The downstream program of the README (`examples/video_service.rs`, shown there verbatim) run
//! against Prism serving Telnyx's upstream spec: every step of it must work on what Telnyx
//! documents, and the program must be one a new user can write from the README alone.
#![cfg(feature = "webhooks")]

mod prism;
mod raw_server;

#[path = "../examples/video_service.rs"]
#[allow(dead_code)]
mod program;

use std::path::Path;
use std::time::{Duration, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use prism::{Prism, Spec};
use program::Lookup;
use raw_server::{RawServer, Reply, Seen, http};
use ring::signature::{Ed25519KeyPair, KeyPair};
use telnyx_video::{AttemptInfo, Client, Interceptor};

/// The id of the room in the upstream example of creating one.
const EXAMPLE_ROOM: &str = "7b61621f-62e0-4aad-ab11-9fd19e272e73";

/// Asks Prism for an error status on looking a room up (`Prefer: code=...`).
struct PreferOnRetrieve(u16);

impl Interceptor for PreferOnRetrieve {
    fn before_attempt(&self, request: &mut reqwest::Request, info: &AttemptInfo) {
        if info.operation == "GET /rooms/{room_id}" {
            let prefer = format!("code={}", self.0);
            request
                .headers_mut()
                .insert("prefer", prefer.parse().unwrap());
        }
    }
}

/// Prism in front of which the list of rooms pages truthfully: a static mock answers every page
/// with the same example (page 2 of 3), which the client rightly refuses to loop on. This
/// stand-in forwards every request to Prism as it came and, for `GET /rooms`, sets the meta to
/// the page asked for, of 2, each page with rooms of its own.
async fn paging_prism(prism: &Prism) -> RawServer {
    let upstream = prism.base_url.clone();
    RawServer::start(move |seen, _| {
        let (upstream, seen) = (upstream.clone(), seen.clone());
        std::thread::spawn(move || forward(&upstream, &seen))
            .join()
            .unwrap()
    })
    .await
}

fn forward(upstream: &str, seen: &Seen) -> Reply {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let http_client = Client::builder()
            .base_url(upstream)
            .build()
            .unwrap()
            .http_client()
            .clone();
        let method = reqwest::Method::from_bytes(seen.method.as_bytes()).unwrap();
        let mut request = http_client
            .request(method, format!("{upstream}{}", seen.target))
            .body(seen.body.clone());
        for (name, value) in &seen.headers {
            if !["host", "connection", "content-length"].contains(&name.as_str()) {
                request = request.header(name, value);
            }
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned());
        let mut body = response.bytes().await.unwrap().to_vec();
        if seen.method == "GET" && seen.path() == "/rooms" && status == 200 {
            let asked = seen
                .query()
                .unwrap_or_default()
                .split('&')
                .find_map(|pair| pair.strip_prefix("page[number]="))
                .map_or(1, |n| n.parse::<i64>().unwrap());
            let mut page: serde_json::Value = serde_json::from_slice(&body).unwrap();
            page["meta"]["page_number"] = asked.into();
            page["meta"]["total_pages"] = 2.into();
            // Each page its own room, as a real second page would be.
            for room in page["data"].as_array_mut().unwrap() {
                room["id"] = format!("00000000-0000-4000-8000-00000000000{asked}").into();
            }
            body = serde_json::to_vec(&page).unwrap();
        }
        let headers: Vec<(&str, &str)> = content_type
            .as_deref()
            .map(|ct| ("content-type", ct))
            .into_iter()
            .collect();
        Reply::Bytes(http(status, &headers, &body))
    })
}

fn client(base_url: &str, prefer: Option<u16>) -> Client {
    let mut builder = Client::builder()
        .api_key("test-key")
        .base_url(base_url)
        .max_retries(0);
    if let Some(code) = prefer {
        builder = builder.interceptor(PreferOnRetrieve(code));
    }
    builder.build().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_readme_program_runs_against_the_upstream_contract() {
    let Some(prism) = Prism::start(Spec::Upstream) else {
        return;
    };
    let mock = paging_prism(&prism).await;
    let report = program::run(&client(&mock.base_url, None)).await.unwrap();
    assert_eq!(report.room_id.to_string(), EXAMPLE_ROOM);
    assert_eq!(
        report.token_expires_at.to_rfc3339(),
        "2021-04-22T12:24:55+00:00"
    );
    // Two pages of one room each, both read through the stream.
    assert_eq!(report.rooms_today, 2);
    assert!(report.muted_and_kicked);
    assert_eq!(report.recordings_deleted, Some(5));
    assert_eq!(report.lookup, Lookup::Found(Some("My Room".to_owned())));
    let seen = mock.seen();
    let targets: Vec<String> = seen
        .iter()
        .map(|s| format!("{} {}", s.method, s.path()))
        .collect();
    assert_eq!(
        targets,
        [
            "POST /rooms",
            &format!("POST /rooms/{EXAMPLE_ROOM}/actions/generate_join_client_token"),
            "GET /rooms",
            "GET /rooms",
            &format!("POST /room_sessions/{}/actions/mute", report_session(&seen)),
            &format!("POST /room_sessions/{}/actions/kick", report_session(&seen)),
            "DELETE /room_recordings",
            &format!("GET /rooms/{EXAMPLE_ROOM}"),
        ]
    );
    // The filters went on the wire typed as the program set them.
    assert!(
        seen[6].query().unwrap().contains(&format!(
            "filter[room_id]={EXAMPLE_ROOM}&filter[status]=completed"
        )),
        "{:?}",
        seen[6].query()
    );

    let missing = program::run(&client(&mock.base_url, Some(404)))
        .await
        .unwrap();
    assert_eq!(missing.lookup, Lookup::Missing);
}

/// The session id the program muted in (the created room's active session, from the example).
fn report_session(seen: &[Seen]) -> String {
    seen[4].path().split('/').nth(2).unwrap().to_owned()
}

#[test]
fn the_readme_program_reads_a_verified_webhook() {
    let key = Ed25519KeyPair::from_seed_unchecked(&[7; 32]).unwrap();
    let verifier =
        telnyx_video::webhooks::Verifier::new(&STANDARD.encode(key.public_key().as_ref()))
            .unwrap()
            .with_clock(|| UNIX_EPOCH + Duration::from_secs(1_800_000_000));
    let body = serde_json::to_vec(&serde_json::json!({"data": {
        "event_type": "video.room.participant.joined",
        "id": "6b61621f-62e0-4aad-ab11-9fd19e272e73",
        "occurred_at": "2026-11-28T04:47:29.980874Z",
        "record_type": "event",
        "payload": {"participant_id": "9b61621f-5fe4-4aad-ab11-9fd19e272e73", "session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e74"}
    }}))
    .unwrap();
    let timestamp = "1800000000";
    let mut message = format!("{timestamp}|").into_bytes();
    message.extend_from_slice(&body);
    let mut headers = telnyx_video::webhooks::HeaderMap::new();
    headers.insert(
        "telnyx-signature-ed25519",
        STANDARD
            .encode(key.sign(&message).as_ref())
            .parse()
            .unwrap(),
    );
    headers.insert("telnyx-timestamp", timestamp.parse().unwrap());
    assert_eq!(
        program::on_webhook(&verifier, &headers, &body).unwrap(),
        "Some(9b61621f-5fe4-4aad-ab11-9fd19e272e73) joined session Some(7b61621f-62e0-4aad-ab11-9fd19e272e74)"
    );
    // A tampered body is refused before it is read.
    let mut tampered = body.clone();
    tampered[10] ^= 1;
    assert!(program::on_webhook(&verifier, &headers, &tampered).is_err());
}

#[test]
fn the_readme_shows_the_program_as_it_is_and_it_needs_only_the_crate_and_tokio() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let program = std::fs::read_to_string(root.join("examples/video_service.rs")).unwrap();
    // In the repository, and in the published package (where cargo puts the README beside
    // the manifest).
    let readme = std::fs::read_to_string(root.join("../README.md"))
        .or_else(|_| std::fs::read_to_string(root.join("README.md")))
        .expect("README.md");
    let shown = readme
        .split("```rust\n")
        .filter_map(|block| block.split("\n```").next())
        .find(|block| block.contains("pub async fn run(client: &Client)"))
        .expect("the README shows the program");
    assert_eq!(
        format!("{shown}\n"),
        program,
        "README.md and examples/video_service.rs differ"
    );
    // Paths start at the crate, tokio or std: no other dependency is needed.
    for line in program.lines().filter(|l| l.starts_with("use ")) {
        let root = line["use ".len()..].split("::").next().unwrap();
        assert!(["telnyx_video", "tokio", "std"].contains(&root), "{line}");
    }
    // Typed where the domain is typed: no unwrapped ids, no text for filters or ids.
    for habit in [
        ".unwrap()",
        ".expect(",
        ".as_str()",
        ".to_string()",
        "parse::<Uuid>",
    ] {
        assert!(!program.contains(habit), "the program uses {habit}");
    }
}
