//! Hooks around every attempt: the user's code sees (and may change) each request just before it
//! goes on the wire, and sees how each attempt ended. In the style of aws-sdk-rust's
//! interceptors: synchronous, run in the order they were added, around the transport's own
//! retries, so a hook sees every attempt and not only the call.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// A hook that sees every attempt of every call made by a client: add one with
/// [`crate::ClientBuilder::interceptor`].
///
/// Typical uses: adding a header computed per attempt (a trace id, a signature), metrics, or
/// logging of your own. Hooks run in the order they were added.
///
/// ```
/// use telnyx_video::{AttemptInfo, AttemptOutcome, Interceptor};
///
/// struct TraceId;
///
/// impl Interceptor for TraceId {
///     fn before_attempt(&self, request: &mut reqwest::Request, info: &AttemptInfo) {
///         let id = format!("trace-{}", info.attempt);
///         request.headers_mut().insert("x-trace-id", id.parse().unwrap());
///     }
///
///     fn after_attempt(&self, info: &AttemptInfo, outcome: &AttemptOutcome<'_>) {
///         println!("{} attempt {}: {:?}", info.operation, info.attempt, outcome.status);
///     }
/// }
///
/// let client = telnyx_video::Client::builder().api_key("KEY...").interceptor(TraceId).build()?;
/// # Ok::<(), telnyx_video::Error>(())
/// ```
///
/// The request a hook sees carries the credentials (the `Authorization` header, or an API key
/// in the query if a spec asks for that); a hook that logs requests must redact them itself.
pub trait Interceptor: Send + Sync + 'static {
    /// Called just before an attempt is sent, with everything the crate set on it (URL, headers
    /// including credentials, body). Changes made here go on the wire for this attempt only; the
    /// next attempt starts again from the crate's request.
    fn before_attempt(&self, request: &mut reqwest::Request, info: &AttemptInfo) {
        let _ = (request, info);
    }

    /// Called when an attempt has ended, before the crate decides whether to retry.
    fn after_attempt(&self, info: &AttemptInfo, outcome: &AttemptOutcome<'_>) {
        let _ = (info, outcome);
    }
}

/// Which attempt of which call a hook is called for.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct AttemptInfo {
    /// The operation: method and path template, e.g. `GET /rooms/{room_id}`.
    pub operation: String,
    /// 1 for the first attempt, 2 for the first retry, ...
    pub attempt: u32,
}

/// How an attempt ended.
#[derive(Debug)]
#[non_exhaustive]
pub struct AttemptOutcome<'a> {
    /// The response status, or `None` when no complete response came back (connection error,
    /// timeout, cut body).
    pub status: Option<StatusCode>,
    /// The response headers, when there was a response.
    pub headers: Option<&'a HeaderMap>,
    /// From sending the request to the end of the attempt.
    pub elapsed: Duration,
}

/// A shared hook, so that the code that added it can keep a handle (e.g. to read what it
/// recorded).
impl<T: Interceptor> Interceptor for std::sync::Arc<T> {
    fn before_attempt(&self, request: &mut reqwest::Request, info: &AttemptInfo) {
        (**self).before_attempt(request, info);
    }

    fn after_attempt(&self, info: &AttemptInfo, outcome: &AttemptOutcome<'_>) {
        (**self).after_attempt(info, outcome);
    }
}
