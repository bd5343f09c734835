//! Webhook verification and parsing with real Ed25519 keys made here: every event type, every
//! way a delivery can be wrong, and the tolerance edges.
#![cfg(feature = "webhooks")]

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use ring::signature::{Ed25519KeyPair, KeyPair};
use serde_json::{Value, json};
use telnyx_video::events::VideoEvent;
use telnyx_video::models::RoomRecordingType;
use telnyx_video::webhooks::{Verifier, WebhookError};

const NOW: u64 = 1_800_000_000;

fn key() -> Ed25519KeyPair {
    let mut seed = [0u8; 32];
    seed.iter_mut().for_each(|b| *b = fastrand::u8(..));
    Ed25519KeyPair::from_seed_unchecked(&seed).unwrap()
}

fn verifier(key: &Ed25519KeyPair) -> Verifier {
    Verifier::new(&STANDARD.encode(key.public_key().as_ref()))
        .unwrap()
        .with_clock(|| UNIX_EPOCH + Duration::from_secs(NOW))
}

fn sign(key: &Ed25519KeyPair, timestamp: &str, body: &[u8]) -> String {
    let mut message = format!("{timestamp}|").into_bytes();
    message.extend_from_slice(body);
    STANDARD.encode(key.sign(&message).as_ref())
}

fn headers(signature: &str, timestamp: &str) -> HeaderMap {
    let mut map = HeaderMap::new();
    map.insert(
        "telnyx-signature-ed25519",
        HeaderValue::from_str(signature).unwrap(),
    );
    map.insert(
        "telnyx-timestamp",
        HeaderValue::from_str(timestamp).unwrap(),
    );
    map
}

fn delivery(key: &Ed25519KeyPair, body: &Value, signed_at: u64) -> (Vec<u8>, HeaderMap) {
    let body = serde_json::to_vec(body).unwrap();
    let timestamp = signed_at.to_string();
    let signature = sign(key, &timestamp, &body);
    (body, headers(&signature, &timestamp))
}

fn event(event_type: &str, payload: Value) -> Value {
    json!({"data": {
        "event_type": event_type,
        "id": "6b61621f-62e0-4aad-ab11-9fd19e272e73",
        "occurred_at": "2026-11-28T04:47:29.980874Z",
        "payload": payload,
        "record_type": "event"
    }, "meta": {"attempt": 1, "delivered_to": "https://example.com/hooks"}})
}

const ROOM: &str = "0ccc7b54-4df3-4bca-a65a-35a1ecc777f0";
const SESSION: &str = "7b61621f-62e0-4aad-ab11-9fd19e272e73";
const PARTICIPANT: &str = "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0";

fn uuid(text: &str) -> uuid::Uuid {
    uuid::Uuid::parse_str(text).unwrap()
}

fn parse(body: &Value) -> VideoEvent {
    let key = key();
    let (body, headers) = delivery(&key, body, NOW);
    VideoEvent::verify_and_parse(&verifier(&key), &body, &headers).unwrap()
}

#[test]
fn all_seven_events_verify_and_parse() {
    let VideoEvent::SessionStarted(e) = parse(&event(
        "video.room.session.started",
        json!({"room_id": ROOM, "session_id": SESSION}),
    )) else {
        panic!()
    };
    assert_eq!(e.payload.unwrap().session_id, Some(uuid(SESSION)));
    assert_eq!(
        e.occurred_at.unwrap().to_rfc3339(),
        "2026-11-28T04:47:29.980874+00:00"
    );

    let ended = parse(&event(
        "video.room.session.ended",
        json!({"room_id": ROOM, "session_id": SESSION, "duration_secs": 235, "ended_reason": "stale"}),
    ));
    let VideoEvent::SessionEnded(e) = &ended else {
        panic!()
    };
    let payload = e.payload.as_ref().unwrap();
    assert_eq!(
        (payload.duration_secs, payload.ended_reason.as_deref()),
        (Some(235), Some("stale"))
    );
    assert_eq!(ended.event_type(), Some("video.room.session.ended"));

    let VideoEvent::ParticipantJoined(e) = parse(&event(
        "video.room.participant.joined",
        json!({"context": "Alice", "participant_id": PARTICIPANT, "room_id": ROOM, "session_id": SESSION}),
    )) else {
        panic!()
    };
    assert_eq!(e.payload.unwrap().context.as_deref(), Some("Alice"));

    let VideoEvent::ParticipantLeft(e) = parse(&event(
        "video.room.participant.left",
        json!({"participant_id": PARTICIPANT, "duration_secs": 34, "left_reason": "kick"}),
    )) else {
        panic!()
    };
    assert_eq!(e.payload.unwrap().left_reason.as_deref(), Some("kick"));

    let VideoEvent::RecordingStarted(e) = parse(&event(
        "video.room.recording.started",
        json!({"recording_id": SESSION, "type": "audio"}),
    )) else {
        panic!()
    };
    assert_eq!(e.payload.unwrap().type_, Some(RoomRecordingType::Audio));

    let VideoEvent::RecordingCompleted(e) = parse(&event(
        "video.room.recording.completed",
        json!({"codec": "opus", "size_mb": 2.5, "type": "video", "download_url": "https://example.com/r"}),
    )) else {
        panic!()
    };
    let payload = e.payload.unwrap();
    assert_eq!(
        (payload.codec.as_deref(), payload.size_mb, payload.type_),
        (Some("opus"), Some(2.5), Some(RoomRecordingType::Video))
    );

    let VideoEvent::CompositionCompleted(e) = parse(&event(
        "video.room.composition.completed",
        json!({"composition_id": SESSION, "format": "mp4", "resolution": "1280x720", "duration_secs": 53}),
    )) else {
        panic!()
    };
    assert_eq!(e.payload.unwrap().resolution.as_deref(), Some("1280x720"));
}

#[test]
fn unknown_event_types_keep_their_raw_json() {
    let body = event("video.room.something.new", json!({"x": [1, 2]}));
    let parsed = parse(&body);
    assert_eq!(parsed, VideoEvent::Unknown(body["data"].clone()));
    assert_eq!(parsed.event_type(), Some("video.room.something.new"));
    #[cfg(feature = "serde-all")]
    assert_eq!(
        serde_json::to_value(&parsed).unwrap(),
        json!({"data": body["data"]})
    );
}

#[test]
fn tampering_is_refused() {
    let key = key();
    let verifier = verifier(&key);
    let (body, headers) = delivery(&key, &event("video.room.session.started", json!({})), NOW);
    verifier.verify(&body, &headers).unwrap();

    let mut tampered = body.clone();
    tampered[10] ^= 1;
    assert!(matches!(
        verifier.verify(&tampered, &headers),
        Err(WebhookError::BadSignature)
    ));

    let mut moved = headers.clone();
    moved.insert(
        "telnyx-timestamp",
        HeaderValue::from_str(&(NOW - 1).to_string()).unwrap(),
    );
    assert!(matches!(
        verifier.verify(&body, &moved),
        Err(WebhookError::BadSignature)
    ));

    let (_, foreign) = delivery(
        &self::key(),
        &event("video.room.session.started", json!({})),
        NOW,
    );
    let mut other_key = headers.clone();
    other_key.insert(
        "telnyx-signature-ed25519",
        foreign.get("telnyx-signature-ed25519").unwrap().clone(),
    );
    assert!(matches!(
        verifier.verify(&body, &other_key),
        Err(WebhookError::BadSignature)
    ));
}

#[test]
fn timestamps_at_the_tolerance_edges() {
    let key = key();
    let verifier = verifier(&key);
    let body = event("video.room.session.started", json!({}));
    for (signed_at, ok) in [
        (NOW - 299, true),
        (NOW - 300, true),
        (NOW - 301, false),
        (NOW + 299, true),
        (NOW + 301, false),
    ] {
        let (bytes, headers) = delivery(&key, &body, signed_at);
        assert_eq!(
            verifier.verify(&bytes, &headers).is_ok(),
            ok,
            "signed at now{:+}",
            signed_at as i64 - NOW as i64
        );
    }
    let (bytes, headers) = delivery(&key, &body, NOW - 301);
    assert!(matches!(
        verifier.verify(&bytes, &headers),
        Err(WebhookError::StaleTimestamp {
            age_secs: 301,
            tolerance_secs: 300
        })
    ));
    let (bytes, headers) = delivery(&key, &body, NOW + 301);
    assert!(matches!(
        verifier.verify(&bytes, &headers),
        Err(WebhookError::FutureTimestamp {
            ahead_secs: 301,
            tolerance_secs: 300
        })
    ));
    // Configurable.
    let strict = verifier.clone().with_tolerance(Duration::from_secs(10));
    let (bytes, headers) = delivery(&key, &body, NOW - 11);
    assert!(matches!(
        strict.verify(&bytes, &headers),
        Err(WebhookError::StaleTimestamp { .. })
    ));
    // The real clock by default: a delivery signed now passes.
    let live = Verifier::new(&STANDARD.encode(key.public_key().as_ref())).unwrap();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let (bytes, headers) = delivery(&key, &body, now);
    live.verify(&bytes, &headers).unwrap();
}

#[test]
fn header_problems_each_have_their_error() {
    let key = key();
    let verifier = verifier(&key);
    let (body, good) = delivery(&key, &event("video.room.session.started", json!({})), NOW);

    let mut missing = good.clone();
    missing.remove("telnyx-signature-ed25519");
    assert!(matches!(
        verifier.verify(&body, &missing),
        Err(WebhookError::MissingHeader("telnyx-signature-ed25519"))
    ));
    let mut missing = good.clone();
    missing.remove("telnyx-timestamp");
    assert!(matches!(
        verifier.verify(&body, &missing),
        Err(WebhookError::MissingHeader("telnyx-timestamp"))
    ));

    let mut duplicated = good.clone();
    duplicated.append("telnyx-timestamp", HeaderValue::from_static("1"));
    assert!(matches!(
        verifier.verify(&body, &duplicated),
        Err(WebhookError::DuplicateHeader("telnyx-timestamp"))
    ));

    let mut mixed_case = HeaderMap::new();
    for (name, value) in &good {
        let upper = HeaderName::from_bytes(name.as_str().to_uppercase().as_bytes()).unwrap();
        mixed_case.insert(upper, value.clone());
    }
    verifier.verify(&body, &mixed_case).unwrap();

    let mut bad_base64 = good.clone();
    bad_base64.insert(
        "telnyx-signature-ed25519",
        HeaderValue::from_static("not*base64!"),
    );
    assert!(matches!(
        verifier.verify(&body, &bad_base64),
        Err(WebhookError::InvalidBase64)
    ));

    let mut short = good.clone();
    short.insert(
        "telnyx-signature-ed25519",
        HeaderValue::from_str(&STANDARD.encode([7u8; 10])).unwrap(),
    );
    assert!(matches!(
        verifier.verify(&body, &short),
        Err(WebhookError::InvalidSignatureLength(10))
    ));

    let mut bad_time = good.clone();
    bad_time.insert("telnyx-timestamp", HeaderValue::from_static("yesterday"));
    assert!(matches!(
        verifier.verify(&body, &bad_time),
        Err(WebhookError::InvalidTimestamp)
    ));
}

#[test]
fn nothing_is_parsed_before_the_signature_checks_out() {
    let key = key();
    let verifier = verifier(&key);
    let body = b"{not json";
    let timestamp = NOW.to_string();
    let wrong = headers(&sign(&self::key(), &timestamp, body), &timestamp);
    assert!(matches!(
        VideoEvent::verify_and_parse(&verifier, body, &wrong),
        Err(WebhookError::BadSignature)
    ));
    let right = headers(&sign(&key, &timestamp, body), &timestamp);
    assert!(matches!(
        VideoEvent::verify_and_parse(&verifier, body, &right),
        Err(WebhookError::Parse(_))
    ));
}

#[test]
fn a_malformed_occurred_at_is_a_parse_error_after_verification() {
    let key = key();
    let mut body = event("video.room.session.started", json!({}));
    body["data"]["occurred_at"] = json!("the day before yesterday");
    let (bytes, headers) = delivery(&key, &body, NOW);
    verifier(&key).verify(&bytes, &headers).unwrap();
    let err = VideoEvent::verify_and_parse(&verifier(&key), &bytes, &headers).unwrap_err();
    assert!(matches!(err, WebhookError::Parse(_)), "{err:?}");
}

#[test]
fn bad_public_keys_are_refused() {
    for (key, expected) in [
        ("***", "not valid base64"),
        ("AAAA", "3 bytes; an Ed25519 key has 32"),
    ] {
        let err = Verifier::new(key).unwrap_err();
        assert!(err.to_string().contains(expected), "{err}");
    }
}

#[test]
fn telnyx_space_separated_timestamps_parse() {
    // Telnyx's own examples write `occurred_at` with a space instead of `T`.
    let mut body = event("video.room.composition.completed", json!({}));
    body["data"]["occurred_at"] = json!("2022-03-02 04:47:29.980874Z");
    let VideoEvent::CompositionCompleted(e) = parse(&body) else {
        panic!()
    };
    assert_eq!(
        e.occurred_at.unwrap().to_rfc3339(),
        "2022-03-02T04:47:29.980874+00:00"
    );
}

/// The eight points of small order (canonical encodings), and the two non-canonical encodings
/// (y = p, y = p + 1) of the same y-values.
const SMALL_ORDER: [&str; 10] = [
    "0100000000000000000000000000000000000000000000000000000000000000",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0000000000000000000000000000000000000000000000000000000000000080",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
];

fn hex(text: &str) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).unwrap();
    }
    out
}

#[test]
fn keys_of_small_order_are_refused_because_forgeries_verify_against_them() {
    let body = br#"{"data":{"event_type":"video.room.ended"}}"#;
    let timestamp = NOW.to_string();
    let mut message = format!("{timestamp}|").into_bytes();
    message.extend_from_slice(body);
    for (at, encoded) in SMALL_ORDER.iter().enumerate() {
        let key = hex(encoded);
        // The danger, shown with the curve library itself: for each canonical small-order key
        // A, a signature (R, S = 0) with R of small order verifies for a message it never saw,
        // since [k]A lands in the small subgroup. (That is also what shows each listed point
        // has small order: for a point of large order no such R would exist.)
        if at < 8 {
            let forged = SMALL_ORDER[..8].iter().any(|r| {
                let mut signature = [0u8; 64];
                signature[..32].copy_from_slice(&hex(r));
                ring::signature::UnparsedPublicKey::new(&ring::signature::ED25519, key)
                    .verify(&message, &signature)
                    .is_ok()
            });
            assert!(forged, "no forgery for {encoded}");
        }
        // Refused, whatever the sign bit.
        for sign in [0u8, 0x80] {
            let mut key = key;
            key[31] ^= sign;
            let err = Verifier::new(&STANDARD.encode(key)).unwrap_err();
            assert_eq!(
                err.to_string(),
                "the webhook public key is invalid: a point of small order, for which forged signatures verify",
                "{encoded}"
            );
        }
    }
    // A signature whose R has small order is refused against a good key too.
    let good = key();
    for r in SMALL_ORDER {
        let mut signature = [0u8; 64];
        signature[..32].copy_from_slice(&hex(r));
        let err = verifier(&good)
            .verify(body, &headers(&STANDARD.encode(signature), &timestamp))
            .unwrap_err();
        assert!(matches!(err, WebhookError::BadSignature), "{err:?}");
    }
}
