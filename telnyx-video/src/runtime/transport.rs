//! Sending a request: the client's settings and connection pool, credentials, headers, the
//! per-attempt timeout, the call's overall deadline, retries (as [`super::retry`] decides) and
//! tracing. Redirects are never followed by the HTTP client this crate builds: a 3xx comes back
//! as an [`Error::Api`] with its `Location` header.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue, USER_AGENT};
use tracing::Instrument;

use super::Secret;
use super::auth::{Applied, Credentials};
use super::error::{Error, api_failure, request_id, too_large};
use super::intercept::{AttemptInfo, AttemptOutcome, Interceptor};
use super::origin::Base;
use super::read::{self, ReadError};
use super::redact::{Headers, Secrets, body_for_log};
use super::request::Request;
use super::response::{ApiResponse, RawResponse};
use super::retry::{Attempt, Policy, RetryConfig, retry_after};
#[cfg(feature = "sse")]
use super::sse::EventStream;

/// Header carrying the number of retries made so far (0 on the first attempt).
pub const RETRY_COUNT_HEADER: &str = "x-retry-count";
/// The same, as a header name made once (a `&str` name is parsed on every insert).
const RETRY_COUNT: HeaderName = HeaderName::from_static(RETRY_COUNT_HEADER);

/// Longest deadline: further than this is no deadline (and cannot overflow an `Instant`).
const MAX_DEADLINE: Duration = Duration::from_secs(100 * 365 * 24 * 3600);

/// The settings and connection pool every call of a client shares.
pub struct Transport {
    pub(crate) http: reqwest::Client,
    /// Where every request goes (see `origin.rs`).
    pub(crate) base: Base,
    pub(crate) credentials: Credentials,
    pub(crate) timeout: Duration,
    pub(crate) deadline: Option<Duration>,
    pub(crate) retry: RetryConfig,
    pub(crate) max_pages: u32,
    pub(crate) user_agent: HeaderValue,
    pub(crate) default_headers: HeaderMap,
    /// Largest response body read, in bytes (a call may set its own).
    pub(crate) max_response_bytes: u64,
    /// Log request and response bodies at `TRACE` (redacted).
    pub(crate) log_bodies: bool,
    /// The user's hooks around every attempt, in order.
    pub(crate) interceptors: Vec<std::sync::Arc<dyn Interceptor>>,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base)
            .field("credentials", &self.credentials)
            .field("timeout", &self.timeout)
            .field("deadline", &self.deadline)
            .field("retry", &self.retry)
            .field("max_pages", &self.max_pages)
            .field("user_agent", &self.user_agent)
            .field(
                "default_headers",
                &Headers::with(&self.default_headers, self.credentials.secrets()),
            )
            .field("max_response_bytes", &self.max_response_bytes)
            .field("log_bodies", &self.log_bodies)
            .field("interceptors", &self.interceptors.len())
            .finish_non_exhaustive()
    }
}

/// A call from its checks to its response, on the heap: the one allocation that keeps every
/// future above it (the operation's `send`, the caller's) two words in size, so that moving
/// them moves no request and no attempt in flight. (The levels above are `map`s, not `async`
/// blocks: an `async` block that awaits a future it captured holds it twice.)
pub(crate) type Flight<T> = Pin<Box<dyn Future<Output = Result<T, Error>> + Send>>;

impl Transport {
    /// Sends `request`, retrying as the retry policy allows; returns the success response or
    /// the last error. The request is taken now; nothing is sent before the future is polled.
    pub fn execute(self: Arc<Self>, request: Request) -> Flight<RawResponse> {
        let span = call_span(&request);
        let recorded = span.clone();
        let call = async move {
            match self.call(request, &recorded).await? {
                Received::Full(raw) => Ok(raw),
                // Only requests marked streaming are answered unread; read it whole all the same.
                Received::Streaming {
                    status,
                    headers,
                    response,
                } => {
                    let limit = self.max_response_bytes;
                    match read::body(response, status, &headers, limit).await {
                        Ok(body) => Ok(RawResponse::new(status, headers, body)),
                        Err(failed) => Err(transport_error(
                            failed.into(),
                            1,
                            self.credentials.secrets(),
                        )),
                    }
                }
            }
        };
        in_span(span, call)
    }

    #[cfg(feature = "sse")]
    /// Sends a request whose success body is a `text/event-stream`: retries cover getting the
    /// response; the events are then read as they arrive (the per-attempt timeout and the
    /// deadline cover the wait for the response headers, not the stream).
    pub fn execute_stream(self: Arc<Self>, request: Request) -> Flight<ApiResponse<EventStream>> {
        let span = call_span(&request);
        let limit = request
            .options
            .max_response_bytes
            .unwrap_or(self.max_response_bytes);
        let recorded = span.clone();
        let call = async move {
            let (status, headers, events) = match self.call(request.streaming(), &recorded).await? {
                Received::Full(raw) => (
                    raw.status,
                    raw.headers,
                    super::sse::events_from_bytes(raw.body),
                ),
                Received::Streaming {
                    status,
                    headers,
                    response,
                } => {
                    let events = super::sse::events(response, status, &headers, limit);
                    (status, headers, events)
                }
            };
            Ok(ApiResponse {
                data: events,
                status,
                request_id: request_id(&headers),
                headers,
                raw_body: bytes::Bytes::new(),
                secrets: self.credentials.secrets().clone(),
            })
        };
        in_span(span, call)
    }

    /// The call: refused if it must not be sent, given its credentials, then attempted until an
    /// attempt succeeds, the policy stops, or the deadline would pass. The steps are plain
    /// functions around the one `await` on the wire: a nested `async fn` would be built, then
    /// moved, at its full size on every call.
    async fn call(&self, request: Request, span: &tracing::Span) -> Result<Received, Error> {
        if let Some(problem) = request.refusal() {
            return Err(Error::InvalidRequest(problem));
        }
        if let Some(problem) = self.credentials.key_problem() {
            return Err(Error::InvalidRequest(problem.to_owned()));
        }
        // The operation's name, formatted only if an error needs it.
        let what = OperationName(&request.method, &request.template);
        let credentials = self
            .credentials
            .apply(&request.auth, &what, &self.http, &self.base)
            .await?;
        if let Some(name) = credentials
            .headers
            .iter()
            .map(|(name, _)| name)
            .find(|name| {
                *name != reqwest::header::COOKIE
                    && (request.options.headers.contains_key(*name)
                        || self.default_headers.contains_key(*name))
            })
        {
            // Replacing the caller's header, or the credential, would send what one of them
            // did not mean: refuse, and say which.
            return Err(Error::InvalidRequest(format!(
                "header `{name}` is set by hand and by the client's credentials for {what}; remove the hand-set one, or build the client without that credential"
            )));
        }
        let flight = InFlight::new(self, &request, credentials)?;
        let mut retry = 0u32;
        loop {
            span.record("attempt", retry + 1);
            let outcome = match flight.wire(retry) {
                Ok((wire, info)) => {
                    let started = info.as_ref().map(|_| Instant::now());
                    let sent = send(&self.http, wire, flight.request.stream, flight.limit());
                    let outcome = tokio::time::timeout(flight.budget(), sent)
                        .await
                        .unwrap_or(Err(Failure::TimedOut));
                    if let (Some(info), Some(started)) = (&info, started) {
                        flight.observed(info, &outcome, started);
                    }
                    outcome
                }
                Err(err) => Err(Failure::Transport(err)),
            };
            let (wait, error) = match flight.judge(retry, outcome, span) {
                Ok(received) => return Ok(received),
                Err(failed) => failed,
            };
            let Some(wait) = wait else {
                return Err(error);
            };
            // Waiting past the deadline would only end in a timeout: report what happened.
            let resumes = Instant::now().checked_add(wait);
            if flight
                .deadline
                .is_some_and(|at| resumes.is_none_or(|resume| resume >= at))
            {
                return Err(error);
            }
            tracing::debug!(
                wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                "attempt failed; retrying"
            );
            // Boxed: tokio's timer entry is large and rarely needed (only between attempts).
            Box::pin(tokio::time::sleep(wait)).await;
            retry += 1;
        }
    }
}

/// `call` on the heap, in the call's span: entered around every poll only when a subscriber
/// wants the span.
fn in_span<T>(
    span: tracing::Span,
    call: impl Future<Output = Result<T, Error>> + Send + 'static,
) -> Flight<T> {
    if span.is_disabled() {
        Box::pin(call)
    } else {
        Box::pin(call.instrument(span))
    }
}

/// The call's tracing span.
fn call_span(request: &Request) -> tracing::Span {
    tracing::info_span!(
        "telnyx_video.request",
        method = %request.method,
        path = ?request.template,
        status = tracing::field::Empty,
        attempt = tracing::field::Empty,
    )
}

/// One call in flight: what every attempt shares. (It borrows the request, which the call's
/// future holds: moved in, it would be copied, and held twice.)
struct InFlight<'a> {
    transport: &'a Transport,
    request: &'a Request,
    url: reqwest::Url,
    credentials: Applied,
    timeout: Duration,
    deadline: Option<Instant>,
    policy: Policy,
    secrets: Secrets,
}

impl<'a> InFlight<'a> {
    fn new(
        transport: &'a Transport,
        request: &'a Request,
        credentials: Applied,
    ) -> Result<Self, Error> {
        let options = &request.options;
        let deadline = options.deadline.or(transport.deadline).map(|d| {
            let started = Instant::now();
            started.checked_add(d).unwrap_or(started + MAX_DEADLINE)
        });
        let mut secrets = transport.credentials.secrets().clone();
        secrets.merge(&request.secrets);
        credentials.secrets.iter().for_each(|s| secrets.add(s));
        let url = if credentials.query.is_empty() {
            transport.base.join(&request.path, &request.query, &[])?
        } else {
            let pairs = super::query::percent_encoded(credentials.query.clone());
            transport.base.join(&request.path, &request.query, &pairs)?
        };
        let timeout = options.timeout.unwrap_or(transport.timeout);
        let policy = transport.retry.policy(
            options.max_retries,
            request.idempotent || options.retry_non_idempotent,
        );
        Ok(InFlight {
            transport,
            request,
            url,
            credentials,
            timeout,
            deadline,
            policy,
            secrets,
        })
    }

    /// Largest response body this call reads.
    fn limit(&self) -> u64 {
        self.request
            .options
            .max_response_bytes
            .unwrap_or(self.transport.max_response_bytes)
    }

    /// How long the next attempt may take: the timeout, or what is left before the deadline.
    fn budget(&self) -> Duration {
        match self.deadline {
            Some(at) => self
                .timeout
                .min(at.saturating_duration_since(Instant::now())),
            None => self.timeout,
        }
    }

    /// Attempt `retry` as it goes on the wire, after the interceptors' `before_attempt`, and
    /// what they are told of it.
    fn wire(&self, retry: u32) -> Result<(reqwest::Request, Option<AttemptInfo>), reqwest::Error> {
        let mut builder = self
            .transport
            .http
            .request(self.request.method.clone(), self.url.clone());
        if let Some(body) = &self.request.body {
            if self.transport.log_bodies {
                tracing::trace!(body = %body_for_log(body, &self.secrets), "request body");
            }
            builder = builder.body(body.clone());
        }
        let mut wire = builder.build()?;
        // Moved in whole: the builder's `headers` would merge them one by one.
        *wire.headers_mut() = self.headers(retry);
        let info = (!self.transport.interceptors.is_empty()).then(|| AttemptInfo {
            operation: format!("{} {}", self.request.method, self.request.template),
            attempt: retry + 1,
        });
        if let Some(info) = &info {
            for hook in &self.transport.interceptors {
                hook.before_attempt(&mut wire, info);
            }
        }
        Ok((wire, info))
    }

    /// Tells the interceptors how an attempt ended.
    fn observed(&self, info: &AttemptInfo, outcome: &Result<Received, Failure>, started: Instant) {
        let (status, headers) = match outcome {
            Ok(Received::Full(raw)) => (Some(raw.status), Some(&raw.headers)),
            Ok(Received::Streaming {
                status, headers, ..
            }) => (Some(*status), Some(headers)),
            Err(_) => (None, None),
        };
        let ended = AttemptOutcome {
            status,
            headers,
            elapsed: started.elapsed(),
        };
        for hook in &self.transport.interceptors {
            hook.after_attempt(info, &ended);
        }
    }

    /// What attempt `retry` came to: the response, or the error with how long to wait before
    /// the next attempt (`None`: no next attempt).
    fn judge(
        &self,
        retry: u32,
        outcome: Result<Received, Failure>,
        span: &tracing::Span,
    ) -> Result<Received, (Option<Duration>, Error)> {
        if let (true, Ok(Received::Full(raw))) = (self.transport.log_bodies, &outcome) {
            tracing::trace!(
                status = raw.status.as_u16(),
                headers = ?Headers::with(&raw.headers, &self.secrets),
                body = %body_for_log(&raw.body, &self.secrets),
                "response"
            );
        }
        match outcome {
            Ok(Received::Full(raw)) if !raw.status.is_success() => {
                span.record("status", raw.status.as_u16());
                let now = SystemTime::now();
                let wait = self.policy.next_wait(
                    &Attempt::Response {
                        status: raw.status,
                        headers: &raw.headers,
                    },
                    retry,
                    fastrand::f64(),
                    now,
                );
                let asked = retry_after(&raw.headers, now);
                let error = api_failure(raw.status, raw.headers, raw.body, asked, &self.secrets);
                Err((wait, error))
            }
            Ok(Received::Full(mut raw)) => {
                span.record("status", raw.status.as_u16());
                raw.secrets = self.secrets.clone();
                Ok(Received::Full(raw))
            }
            Ok(streaming) => {
                if let Received::Streaming { status, .. } = &streaming {
                    span.record("status", status.as_u16());
                }
                Ok(streaming)
            }
            Err(Failure::Oversized(oversized)) => {
                span.record("status", oversized.status.as_u16());
                Err((None, too_large(oversized, &self.secrets)))
            }
            Err(failure) => {
                // A failed connect never reached the server; anything later may have.
                let reached_server = match &failure {
                    Failure::Transport(err) => !err.is_connect(),
                    Failure::TimedOut | Failure::Oversized(_) => true,
                };
                let wait = self.policy.next_wait(
                    &Attempt::NoResponse { reached_server },
                    retry,
                    fastrand::f64(),
                    SystemTime::now(),
                );
                Err((wait, transport_error(failure, retry + 1, &self.secrets)))
            }
        }
    }

    /// The headers of attempt `retry`: defaults, then the request's own (replacing defaults of
    /// the same name and keeping all their values), then credentials.
    fn headers(&self, retry: u32) -> HeaderMap {
        let (transport, request) = (self.transport, self.request);
        let mut headers = HeaderMap::with_capacity(8);
        headers.insert(USER_AGENT, transport.user_agent.clone());
        let accept = if request.stream {
            "text/event-stream"
        } else {
            "application/json"
        };
        headers.insert(ACCEPT, HeaderValue::from_static(accept));
        headers.insert(RETRY_COUNT, retry_count(retry));
        if request.body.is_some() {
            let content_type = match &request.multipart_type {
                Some(multipart) => HeaderValue::try_from(multipart.as_str())
                    .unwrap_or(HeaderValue::from_static("multipart/form-data")),
                None => HeaderValue::try_from(request.content_type)
                    .unwrap_or(HeaderValue::from_static("application/octet-stream")),
            };
            headers.insert(CONTENT_TYPE, content_type);
        }
        for (name, value) in &transport.default_headers {
            headers.insert(name.clone(), value.clone());
        }
        for name in request.options.headers.keys() {
            headers.remove(name);
        }
        for (name, value) in &request.options.headers {
            headers.append(name.clone(), value.clone());
        }
        for (name, value) in &self.credentials.headers {
            if name == reqwest::header::COOKIE {
                // The request's own cookies (cookie parameters) and the credential's go together.
                let joined = match headers
                    .get(&reqwest::header::COOKIE)
                    .map(HeaderValue::to_str)
                {
                    Some(Ok(existing)) => {
                        let credential = value.to_str().unwrap_or_default();
                        HeaderValue::try_from(format!("{existing}; {credential}"))
                            .unwrap_or_else(|_| value.clone())
                    }
                    _ => value.clone(),
                };
                let mut joined = joined;
                joined.set_sensitive(true);
                headers.insert(name.clone(), joined);
            } else {
                headers.insert(name.clone(), value.clone());
            }
        }
        headers
    }
}

/// An operation as errors name it (`GET /rooms/{room_id}`).
pub(crate) struct OperationName<'a>(&'a reqwest::Method, &'a str);

impl fmt::Display for OperationName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0, self.1)
    }
}

/// The retry count header's value (the first few made without formatting).
fn retry_count(retry: u32) -> HeaderValue {
    const COUNTS: [&str; 4] = ["0", "1", "2", "3"];
    match COUNTS.get(retry as usize) {
        Some(count) => HeaderValue::from_static(count),
        None => HeaderValue::from(retry),
    }
}

/// What came back from the server.
enum Received {
    /// A response read whole.
    Full(RawResponse),
    /// A success response whose body is still to be read (event streams).
    Streaming {
        status: StatusCode,
        headers: HeaderMap,
        response: reqwest::Response,
    },
}

/// Why an attempt got no response it could use.
enum Failure {
    Transport(reqwest::Error),
    TimedOut,
    /// A body past the size limit.
    Oversized(read::Oversized),
}

impl From<ReadError> for Failure {
    fn from(failed: ReadError) -> Self {
        match failed {
            ReadError::Transport(err) => Failure::Transport(err),
            ReadError::Oversized(oversized) => Failure::Oversized(oversized),
        }
    }
}

/// One attempt on the wire: send, then read the whole body, at most `limit` bytes (or, for a
/// successful event stream, only the headers).
async fn send(
    http: &reqwest::Client,
    request: reqwest::Request,
    stream: bool,
    limit: u64,
) -> Result<Received, Failure> {
    let mut response = http.execute(request).await.map_err(Failure::Transport)?;
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    if stream && status.is_success() {
        return Ok(Received::Streaming {
            status,
            headers,
            response,
        });
    }
    let body = read::body(response, status, &headers, limit).await?;
    Ok(Received::Full(RawResponse::new(status, headers, body)))
}

fn transport_error(failure: Failure, attempts: u32, secrets: &Secrets) -> Error {
    match failure {
        Failure::Oversized(oversized) => too_large(oversized, secrets),
        Failure::TimedOut => Error::Timeout { attempts },
        Failure::Transport(err) if err.is_timeout() => Error::Timeout { attempts },
        Failure::Transport(err) => Error::Connection {
            attempts,
            source: err.without_url(),
        },
    }
}
