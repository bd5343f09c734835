//! Verifying Telnyx webhook deliveries (hand-written; the event types are generated).
//!
//! Telnyx signs `"{telnyx-timestamp}|{raw body}"` with Ed25519 and sends the base64 signature in
//! `telnyx-signature-ed25519` and the Unix time in `telnyx-timestamp`. [`Verifier`] checks both
//! headers, the timestamp's freshness (both directions) and the signature, and only then parses
//! the body. It fails closed: every problem is a distinct [`WebhookError`].
//!
//! ```no_run
//! # fn handle(body: &[u8], headers: &telnyx_video::webhooks::HeaderMap) -> Result<(), telnyx_video::webhooks::WebhookError> {
//! use telnyx_video::events::VideoEvent;
//! use telnyx_video::webhooks::Verifier;
//!
//! let verifier = Verifier::from_env()?; // TELNYX_PUBLIC_KEY, base64
//! match VideoEvent::verify_and_parse(&verifier, body, headers)? {
//!     VideoEvent::ParticipantJoined(event) => println!("joined: {:?}", event.payload),
//!     other => println!("event {:?}", other.event_type()),
//! }
//! # Ok(()) }
//! ```

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::signature::{ED25519, UnparsedPublicKey};
use serde::de::DeserializeOwned;

pub use reqwest::header::HeaderMap;

/// Header carrying the base64 Ed25519 signature.
pub const SIGNATURE_HEADER: &str = "telnyx-signature-ed25519";
/// Header carrying the signing time, in Unix seconds.
pub const TIMESTAMP_HEADER: &str = "telnyx-timestamp";
/// How far the signing time may be from now, in either direction, by default.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

/// Why a delivery was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The public key is not base64 of 32 bytes, or is a point of small order (for which forged
    /// signatures would verify). (32 bytes that are not a point on the curve pass here and fail
    /// every signature as [`WebhookError::BadSignature`].)
    #[error("the webhook public key is invalid: {0}")]
    InvalidPublicKey(String),
    /// [`Verifier::from_env`] found no `TELNYX_PUBLIC_KEY` (or one that is not Unicode).
    #[error(
        "TELNYX_PUBLIC_KEY is not set: it holds the webhook public key (Mission Control, Keys & Credentials)"
    )]
    PublicKeyNotSet,
    /// A required header is absent.
    #[error("the `{0}` header is missing")]
    MissingHeader(&'static str),
    /// A header appears more than once (refused rather than guessing which one counts).
    #[error("the `{0}` header appears more than once")]
    DuplicateHeader(&'static str),
    /// The signature header is not valid base64.
    #[error("the signature is not valid base64")]
    InvalidBase64,
    /// The signature does not have the 64 bytes of an Ed25519 signature.
    #[error("the signature has {0} bytes; an Ed25519 signature has 64")]
    InvalidSignatureLength(usize),
    /// The timestamp header is not a whole number of seconds.
    #[error("the timestamp header is not a Unix time in seconds")]
    InvalidTimestamp,
    /// Signed longer ago than the tolerance allows (a replay, or a very late delivery).
    #[error("the delivery was signed {age_secs} s ago, more than the {tolerance_secs} s allowed")]
    StaleTimestamp {
        /// Seconds since signing.
        age_secs: u64,
        /// The tolerance.
        tolerance_secs: u64,
    },
    /// Signed further in the future than the tolerance allows.
    #[error(
        "the delivery is signed {ahead_secs} s in the future, more than the {tolerance_secs} s allowed"
    )]
    FutureTimestamp {
        /// Seconds ahead of now.
        ahead_secs: u64,
        /// The tolerance.
        tolerance_secs: u64,
    },
    /// The signature does not match the timestamp and body for this key.
    #[error("the signature does not match")]
    BadSignature,
    /// The signature checked out, but the body is not a valid event.
    #[error("the verified body is not a valid event: {0}")]
    Parse(#[source] serde_json::Error),
}

type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// Checks deliveries against Telnyx's public key (from the Mission Control portal).
#[derive(Clone)]
pub struct Verifier {
    key: UnparsedPublicKey<[u8; 32]>,
    tolerance: Duration,
    clock: Clock,
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("public_key", &STANDARD.encode(self.key.as_ref()))
            .field("tolerance", &self.tolerance)
            .finish()
    }
}

impl Verifier {
    /// A verifier for the base64-encoded 32-byte Ed25519 public key.
    pub fn new(public_key_base64: &str) -> Result<Self, WebhookError> {
        let bytes = STANDARD
            .decode(public_key_base64.trim())
            .map_err(|_| WebhookError::InvalidPublicKey("not valid base64".to_owned()))?;
        let bytes: [u8; 32] = bytes.as_slice().try_into().map_err(|_| {
            WebhookError::InvalidPublicKey(format!("{} bytes; an Ed25519 key has 32", bytes.len()))
        })?;
        if has_small_order(&bytes) {
            return Err(WebhookError::InvalidPublicKey(
                "a point of small order, for which forged signatures verify".to_owned(),
            ));
        }
        Ok(Verifier {
            key: UnparsedPublicKey::new(&ED25519, bytes),
            tolerance: DEFAULT_TOLERANCE,
            clock: Arc::new(SystemTime::now),
        })
    }

    /// A verifier for the key in `TELNYX_PUBLIC_KEY`.
    pub fn from_env() -> Result<Self, WebhookError> {
        let key = std::env::var("TELNYX_PUBLIC_KEY").map_err(|_| WebhookError::PublicKeyNotSet)?;
        Self::new(&key)
    }

    /// How far the signing time may be from now, either way (default 300 s).
    pub fn with_tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// The clock to judge timestamps by (tests inject a fixed one).
    pub fn with_clock(mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Checks the headers, the timestamp and the signature of a delivery's raw body.
    pub fn verify(&self, body: &[u8], headers: &HeaderMap) -> Result<(), WebhookError> {
        let signature = single_header(headers, SIGNATURE_HEADER)?;
        let timestamp = single_header(headers, TIMESTAMP_HEADER)?;
        let signature = STANDARD
            .decode(signature.trim())
            .map_err(|_| WebhookError::InvalidBase64)?;
        let signature: [u8; 64] = signature
            .as_slice()
            .try_into()
            .map_err(|_| WebhookError::InvalidSignatureLength(signature.len()))?;
        let timestamp = timestamp.trim();
        let seconds: i64 = timestamp
            .parse()
            .map_err(|_| WebhookError::InvalidTimestamp)?;
        self.check_time(seconds)?;
        // A signature whose `R` has small order proves nothing about the body (it is how a
        // forgery against a weak key is made): refused whatever the library does next.
        if signature.first_chunk::<32>().is_some_and(has_small_order) {
            return Err(WebhookError::BadSignature);
        }
        let mut message = Vec::with_capacity(timestamp.len() + 1 + body.len());
        message.extend_from_slice(timestamp.as_bytes());
        message.push(b'|');
        message.extend_from_slice(body);
        self.key
            .verify(&message, &signature)
            .map_err(|_| WebhookError::BadSignature)
    }

    /// Verifies, then parses the body as `E` (for Video, [`crate::events::VideoEvent`]).
    pub fn verify_and_parse<E: DeserializeOwned>(
        &self,
        body: &[u8],
        headers: &HeaderMap,
    ) -> Result<E, WebhookError> {
        self.verify(body, headers)?;
        serde_json::from_slice(body).map_err(WebhookError::Parse)
    }

    fn check_time(&self, signed_at: i64) -> Result<(), WebhookError> {
        let now = (self.clock)()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i128);
        let difference = now - i128::from(signed_at);
        let tolerance = self.tolerance.as_secs();
        let magnitude = u64::try_from(difference.unsigned_abs()).unwrap_or(u64::MAX);
        if magnitude <= tolerance {
            Ok(())
        } else if difference > 0 {
            Err(WebhookError::StaleTimestamp {
                age_secs: magnitude,
                tolerance_secs: tolerance,
            })
        } else {
            Err(WebhookError::FutureTimestamp {
                ahead_secs: magnitude,
                tolerance_secs: tolerance,
            })
        }
    }
}

/// The encodings of the Ed25519 points of small order (the eight-torsion subgroup), with the
/// sign bit cleared: the identity (y = 1), the point of order 2 (y = p - 1), the points of
/// order 4 (y = 0), the points of order 8 (two values of y), and the non-canonical encodings
/// y = p (of 0) and y = p + 1 (of 1). The same list libsodium refuses keys by; the values are
/// checked by a test that computes the eight-torsion points.
const SMALL_ORDER: [[u8; 32]; 7] = [
    hex32("0000000000000000000000000000000000000000000000000000000000000000"),
    hex32("0100000000000000000000000000000000000000000000000000000000000000"),
    hex32("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    hex32("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
    hex32("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
    hex32("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    hex32("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
];

/// Whether `point` encodes a point of small order, whatever its sign bit.
fn has_small_order(point: &[u8; 32]) -> bool {
    let mut y = *point;
    y[31] &= 0x7f;
    SMALL_ORDER.contains(&y)
}

const fn hex32(text: &str) -> [u8; 32] {
    const fn digit(c: u8) -> u8 {
        match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            _ => panic!("not a hex digit"),
        }
    }
    let text = text.as_bytes();
    let mut out = [0u8; 32];
    let mut i = 0;
    while i < 32 {
        out[i] = digit(text[2 * i]) << 4 | digit(text[2 * i + 1]);
        i += 1;
    }
    out
}

fn single_header<'h>(headers: &'h HeaderMap, name: &'static str) -> Result<&'h str, WebhookError> {
    let mut values = headers.get_all(name).iter();
    let first = values.next().ok_or(WebhookError::MissingHeader(name))?;
    if values.next().is_some() {
        return Err(WebhookError::DuplicateHeader(name));
    }
    first.to_str().map_err(|_| {
        if name == SIGNATURE_HEADER {
            WebhookError::InvalidBase64
        } else {
            WebhookError::InvalidTimestamp
        }
    })
}
