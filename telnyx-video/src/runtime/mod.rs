//! The hand-written runtime the generated operations call: the shared request builder
//! ([`Call`]), requests, the transport (execution with retries and deadlines), errors,
//! responses, pagination, query encoding and redaction. It is the bottom of the crate: it never
//! names the client or a generated item, so it serves whatever spec the generator is pointed at.
//!
//! | to change | look in |
//! | --- | --- |
//! | what is retried, and how long to wait | `retry.rs` (`Policy::next_wait`) |
//! | timeouts, deadline, headers of an attempt | `transport.rs` |
//! | per-request options and `send` | `call.rs` (`Call`) and `request.rs` (`RequestOptions`) |
//! | how a success body is read | `response.rs`, and the `Receive` markers in `call.rs` |
//! | how a generated model reads itself from JSON | `object.rs` |
//! | query styles | `query.rs` |
//! | when a page stream ends | `pagination.rs` |
//! | credentials (bearer, basic, API keys, OAuth2), which schemes a request sends | `auth.rs` |
//! | where a request may go (the one URL builder) | `origin.rs` |
//! | how much of a response is read | `read.rs` |
//! | what never prints | `redact.rs`, `secret.rs` |
//! | the user's hooks around each attempt | `intercept.rs` |

// The runtime serves every spec the generator is pointed at, and a given spec's generated code
// uses part of it. Outside tests the rest is not dead code; in test builds (which clippy
// `--all-targets` checks) the runtime's own tests must reach whatever generated code does not.
#![allow(
    unused_imports,
    reason = "the runtime serves every spec; a given spec uses part of it"
)]
#![cfg_attr(not(test), allow(dead_code))]

mod auth;
mod body;
mod call;
mod custom;
mod error;
mod extra;
mod intercept;
#[cfg(feature = "multipart")]
mod multipart;
mod nullable;
pub mod object;
mod origin;
mod pagination;
mod path_param;
mod query;
mod read;
pub(crate) mod redact;
mod request;
mod response;
pub(crate) mod retry;
mod secret;
#[cfg(feature = "sse")]
mod sse;
mod time;
mod transport;
#[cfg(test)]
mod wire_tests;

// The crate root re-exports what users name; the rest is `pub` only so that generated code
// (in this crate) can reach it, and is unreachable from outside. The runtime serves every spec
// the generator is pointed at, so some of it is unused by a given spec's generated code.
pub use auth::{Auth, KeyLocation};
pub(crate) use auth::{Credentials, key_problem};
pub use bytes::Bytes;
#[cfg(feature = "sse")]
pub use call::Events;
pub use call::{Call, Data, Json, NoContent, Operation, PageOf, Paged, RawBody, Receive};
pub use custom::Custom;
pub use error::{
    ApiError, ApiErrorSource, ApiFailure, DecodeFailure, Error, PaginationError, TooLargeResponse,
};
pub use extra::Extra;
pub use intercept::{AttemptInfo, AttemptOutcome, Interceptor};
#[cfg(feature = "multipart")]
pub use multipart::{FilePart, Multipart};
pub use nullable::Nullable;
pub(crate) use origin::Base;
pub use pagination::{ItemStream, Page, PageInfo, PageStream};
pub use path_param::PathParam;
pub use query::QueryStyle;
pub(crate) use read::DEFAULT_MAX_RESPONSE_BYTES;
pub use request::{Request, RequestOptions};
pub use reqwest::Method;
pub use response::{ApiResponse, RawResponse};
pub use retry::RetryConfig;
pub(crate) use secret::Secret;
#[cfg(feature = "sse")]
pub use sse::{EventStream, ServerEvent};
pub use transport::{RETRY_COUNT_HEADER, Transport};
