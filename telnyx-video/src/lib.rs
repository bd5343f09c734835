//! Typed async client for the [Telnyx Video API](https://developers.telnyx.com/api/video):
//! rooms, room sessions, participants, recordings, compositions, the client tokens that let end
//! users join a room, and the webhook events Telnyx sends about them.
//!
//! ```no_run
//! use telnyx_video::models::{DateRange, PageParams, Participants};
//! use telnyx_video::prelude::*;
//! use telnyx_video::rooms::RoomListFilter;
//!
//! # async fn run() -> Result<(), telnyx_video::Error> {
//! let client = Client::from_env()?; // TELNYX_API_KEY, optional TELNYX_BASE_URL
//! let room = client.rooms().create().unique_name("standup").max_participants(10).send().await?;
//! let tokens = client.rooms().create_client_token(room.id).token_ttl_secs(600).send().await?;
//!
//! let filter = RoomListFilter::default().date_created_at(DateRange::default().gte(room.created_at.date_naive()));
//! let rooms: Vec<_> = client.rooms().list().filter(filter).page(PageParams::default().size(50)).into_stream().try_collect().await?;
//!
//! if let Some(session) = client.rooms().retrieve(room.id).send().await?.active_session_id {
//!     client.room_sessions().kick(session).participants(Participants::All).send().await?;
//! }
//! # Ok(()) }
//! ```
//!
//! - Operations hang off [`Client`] by resource (`rooms()`, `room_sessions()`,
//!   `room_participants()`, `room_recordings()`, `room_compositions()`): required inputs are
//!   arguments (ids take a `Uuid` from a response as well as text), optional ones setters
//!   (filters take the types of the fields they filter: enums, `Uuid`s, dates),
//!   then `.send().await` (or `.send_with_response()` for the status, headers and request id).
//!   Every request builder is a [`Call`]: timeouts, deadline, retries and headers are
//!   set the same way on all of them. List operations return a [`Page`] and stream every page.
//! - Every call retries what is safe to retry, and fails with one [`Error`] type.
//! - [`webhooks`] verifies deliveries; [`events`] holds the event types.
//!
//! The operations and data types are generated from `spec/telnyx-video.yaml` by the workspace's
//! `codegen` crate (`cargo xtask codegen`): shared schemas in [`models`], one module per resource
//! for its operations and the types only they use, events in [`events`]. The hand-written
//! runtime they call (private; what users name is re-exported here) knows nothing of rooms.
//!
//! The fields Telnyx always returns (ids, `record_type`, parent ids, creation timestamps; the
//! list is in `spec/codegen.toml` with its evidence, and the contract tests check it) are plain
//! values; the others are `Option`s. Response types keep unknown fields (`extra`), and every
//! enum has an `Unknown` variant that keeps a value this version does not know, so a new value
//! from Telnyx never breaks deserialization; structs and enums are `#[non_exhaustive]`, so new
//! fields and values are not breaking changes either. Response types implement `Deserialize`
//! and request types `Serialize`; the `serde-all` feature adds the other direction. Requests carry only what the caller sets: optional
//! fields are `Option`s left out of the JSON when `None` (the server applies its own defaults,
//! which the field docs state).
//!
//! # Errors
//!
//! Every call fails with [`Error`]; an API error keeps the status, every error Telnyx listed, the
//! request id, the headers and the raw body:
//!
//! ```no_run
//! use telnyx_video::Error;
//!
//! # async fn run(client: telnyx_video::Client, room_id: uuid::Uuid) -> Result<(), Error> {
//! match client.rooms().retrieve(room_id).send().await {
//!     Ok(room) => println!("{:?}", room.unique_name),
//!     Err(Error::Api(failure)) if failure.status.as_u16() == 404 => println!("no such room"),
//!     Err(Error::Api(failure)) if failure.status.as_u16() == 422 => {
//!         for error in &failure.errors {
//!             println!("{:?} at {:?}", error.detail, error.source.as_ref().and_then(|s| s.pointer.as_deref()));
//!         }
//!     }
//!     Err(err) if err.is_retryable() => println!("try again later: {err}"),
//!     Err(err) => return Err(err),
//! }
//! # Ok(()) }
//! ```
//!
//! Tests of a crate that uses this one can make the errors they need with
//! [`Error::from_response`], response values with their `new(..)` constructors (the
//! always-present fields) and field assignments, and pages with [`Page::new`].
//!
//! # Installation and features
//!
//! ```toml
//! [dependencies]
//! telnyx-video = "0.1"
//! tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
//! ```
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `rustls-ring` | yes | TLS through rustls with the `ring` provider, set up for this crate's client only (no process-wide provider is installed) |
//! | `rustls-aws-lc` | no | TLS through rustls with `aws-lc-rs` (reqwest's default provider; FIPS-capable, slower to build); wins over `rustls-ring` |
//! | `native-tls` | no | TLS through the platform's library (OpenSSL, Security.framework, SChannel), when no rustls feature is on |
//! | `webhooks` | yes | [`webhooks::Verifier`] and `VideoEvent::verify_and_parse` (Ed25519 via `ring`, the default TLS stack's own crypto, and `base64`); the event types are there without it |
//! | `serde-all` | no | `Serialize` on response types and events (to store or forward them) and `Deserialize` on request types; without it each type has only the direction the API uses, which keeps the build of crates generated from large specs a quarter shorter |
//! | `multipart`, `sse` | no | runtime support for `multipart/form-data` bodies and `text/event-stream` responses, which the Video API does not use (for crates generated from other specs) |
//!
//! Without a TLS feature only `http://` base URLs work (a local mock); an `https://` one is
//! refused by [`ClientBuilder::build`]. A client given with [`ClientBuilder::http_client`]
//! keeps its own TLS setup. For example, to use the platform's TLS and no webhooks:
//! `telnyx-video = { version = "0.1", default-features = false, features = ["native-tls"] }`.
#![warn(missing_docs)]

// The runtime's own tests share helpers with the integration tests, which name the crate.
#[cfg(test)]
extern crate self as telnyx_video;

mod client;
// The generated code is printed by prettyplease (pinned in Cargo.lock), not rustfmt: the files
// then depend on no installed tool, are byte-identical on every machine and toolchain, and are
// written 4x faster. `cargo fmt` leaves them alone.
#[rustfmt::skip]
mod generated;
mod runtime;
#[cfg(feature = "webhooks")]
pub mod webhooks;

/// The date and time types of the models (`DateTime<Utc>`, `NaiveDate`), re-exported so that
/// users need no `chrono` dependency of their own.
pub use chrono;
pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL};
pub use generated::*;
/// Raw bodies (file downloads and uploads) are `bytes::Bytes`.
pub use runtime::Bytes;
/// The id type of the models (`Uuid`), re-exported so that users need no `uuid` dependency of
/// their own.
pub use uuid;

/// What most code using the crate needs in scope: the client, its errors, and the stream
/// extension traits that page streams are read with (`try_next`, `try_collect`, ...).
///
/// ```no_run
/// use telnyx_video::prelude::*;
///
/// # async fn run(client: Client) -> Result<(), Error> {
/// let mut rooms = client.rooms().list().into_stream();
/// while let Some(room) = rooms.try_next().await? {
///     println!("{}", room.id);
/// }
/// # Ok(()) }
/// ```
pub mod prelude {
    pub use crate::{Client, Error};
    pub use futures_util::{StreamExt as _, TryStreamExt as _};
}
#[cfg(feature = "multipart")]
pub use runtime::FilePart;
pub use runtime::{
    ApiError, ApiErrorSource, ApiFailure, ApiResponse, AttemptInfo, AttemptOutcome, Auth, Call,
    Custom, DecodeFailure, Error, Extra, Interceptor, ItemStream, KeyLocation, Nullable, Page,
    PageStream, PaginationError, PathParam, RETRY_COUNT_HEADER, RawResponse, RetryConfig,
    TooLargeResponse,
};
#[cfg(feature = "sse")]
pub use runtime::{EventStream, ServerEvent};
