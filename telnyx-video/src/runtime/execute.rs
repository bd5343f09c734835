//! Sending a request: credentials, headers, per-attempt timeout, the call's overall deadline,
//! retries (as [`super::retry`] decides), tracing. Redirects are never followed by the client's
//! own HTTP client: a 3xx comes back as an [`Error::Api`] with its `Location` header.

use std::time::{Duration, Instant, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue, USER_AGENT};
use tracing::Instrument;

use super::Secret;
use super::error::{Error, api_failure};
use super::redact::Secrets;
use super::request::{Auth, Request};
use super::response::{ApiResponse, RawResponse};
use super::retry::{Attempt, Policy, retry_after};
use super::sse::EventStream;
use crate::Client;
use crate::client::{Inner, key_problem};

/// Header carrying the number of retries made so far (0 on the first attempt).
pub const RETRY_COUNT_HEADER: &str = "x-retry-count";

impl Client {
    /// Sends `request`, retrying as the retry policy allows; returns the success response or
    /// the last error.
    pub async fn execute(&self, request: Request) -> Result<RawResponse, Error> {
        match self.start(request).await? {
            Received::Full(raw) => Ok(raw),
            Received::Streaming {
                status,
                headers,
                response,
            } => {
                let body = response
                    .bytes()
                    .await
                    .map_err(|source| transport_error(Failure::Transport(source), 1))?;
                Ok(RawResponse {
                    status,
                    headers,
                    body,
                    secrets: Secrets::default(),
                })
            }
        }
    }

    /// Sends a request whose success body is a `text/event-stream`: retries cover getting the
    /// response; the events are then read as they arrive (the per-attempt timeout covers the
    /// wait for the response headers, not the stream).
    pub async fn execute_stream(
        &self,
        request: Request,
    ) -> Result<ApiResponse<EventStream>, Error> {
        let request = request.streaming();
        let (status, headers, events) = match self.start(request).await? {
            Received::Full(raw) => (
                raw.status,
                raw.headers,
                super::sse::events_from_bytes(raw.body),
            ),
            Received::Streaming {
                status,
                headers,
                response,
            } => (status, headers, super::sse::events(response)),
        };
        let request_id = super::error::header_string(&headers, "x-request-id");
        Ok(ApiResponse {
            data: events,
            status,
            request_id,
            headers,
        })
    }

    async fn start(&self, request: Request) -> Result<Received, Error> {
        if let Some(problem) = request.refusal() {
            return Err(Error::InvalidRequest(problem));
        }
        if let Some(problem) = self.inner.api_key.as_ref().and_then(key_problem) {
            return Err(Error::InvalidRequest(problem.to_owned()));
        }
        let key = match (request.auth, &self.inner.api_key) {
            (Auth::Bearer, Some(key)) => Some(key),
            (Auth::Bearer, None) => {
                return Err(Error::InvalidRequest(format!(
                    "{} {} needs an API key; build the client with one",
                    request.method, request.template
                )));
            }
            (Auth::Optional, key) => key.as_ref(),
        };
        let span = tracing::info_span!(
            "telnyx_video.request",
            method = %request.method,
            path = request.template,
            status = tracing::field::Empty,
            attempt = tracing::field::Empty,
        );
        self.attempts(&request, key).instrument(span).await
    }

    /// Every attempt of one call, within its deadline.
    async fn attempts(&self, request: &Request, key: Option<&Secret>) -> Result<Received, Error> {
        let inner = &self.inner;
        let started = Instant::now();
        let deadline = request
            .options
            .deadline
            .or(inner.deadline)
            .map(|d| started.checked_add(d).unwrap_or(started + MAX_DEADLINE));
        let url = format!("{}{}", inner.base_url, request.path_and_query());
        let timeout = request.options.timeout.unwrap_or(inner.timeout);
        let policy = Policy {
            max_retries: request.options.max_retries.unwrap_or(inner.max_retries),
            idempotent: request.idempotent || request.options.retry_non_idempotent,
            base: inner.backoff.0,
            cap: inner.backoff.1,
        };
        let mut secrets = request.secrets.clone();
        if let Some(key) = &inner.api_key {
            secrets.add(key.expose());
        }
        let authorization = key.map(authorization).transpose()?;
        let mut retry = 0u32;
        loop {
            let span = tracing::Span::current();
            span.record("attempt", retry + 1);
            let attempts = retry + 1;
            let budget = match deadline {
                Some(at) => timeout.min(at.saturating_duration_since(Instant::now())),
                None => timeout,
            };
            let headers = attempt_headers(inner, request, retry, authorization.as_ref());
            let mut builder = inner
                .http
                .request(request.method.clone(), &url)
                .headers(headers);
            if let Some(body) = &request.body {
                builder = builder.body(body.clone());
            }
            let outcome = match tokio::time::timeout(budget, send(builder, request.stream)).await {
                Ok(outcome) => outcome,
                Err(_) => Err(Failure::TimedOut),
            };
            let (attempt, error) = match outcome {
                Ok(Received::Full(raw)) if !raw.status.is_success() => {
                    span.record("status", raw.status.as_u16());
                    let asked = retry_after(&raw.headers, SystemTime::now());
                    let RawResponse {
                        status,
                        headers,
                        body,
                        ..
                    } = raw;
                    let wait = Policy::next_wait(
                        &policy,
                        &Attempt::Response {
                            status,
                            headers: &headers,
                        },
                        retry,
                        fastrand::f64(),
                        SystemTime::now(),
                    );
                    let error = api_failure(status, headers, body, asked, &secrets);
                    (wait, error)
                }
                Ok(Received::Full(mut raw)) => {
                    span.record("status", raw.status.as_u16());
                    raw.secrets = secrets;
                    return Ok(Received::Full(raw));
                }
                Ok(streaming) => {
                    if let Received::Streaming { status, .. } = &streaming {
                        span.record("status", status.as_u16());
                    }
                    return Ok(streaming);
                }
                Err(failure) => {
                    // A failed connect never reached the server; anything later may have.
                    let reached_server = match &failure {
                        Failure::Transport(err) => !err.is_connect(),
                        Failure::TimedOut => true,
                    };
                    let wait = policy.next_wait(
                        &Attempt::NoResponse { reached_server },
                        retry,
                        fastrand::f64(),
                        SystemTime::now(),
                    );
                    (wait, transport_error(failure, attempts))
                }
            };
            let Some(wait) = attempt else {
                return Err(error);
            };
            // Waiting past the deadline would only end in a timeout: report what happened.
            let resumes = Instant::now().checked_add(wait);
            if deadline.is_some_and(|at| resumes.is_none_or(|resume| resume >= at)) {
                return Err(error);
            }
            tracing::debug!(
                wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                "attempt failed; retrying"
            );
            tokio::time::sleep(wait).await;
            retry += 1;
        }
    }
}

/// Longest deadline: further than this is no deadline (and cannot overflow an `Instant`).
const MAX_DEADLINE: Duration = Duration::from_secs(100 * 365 * 24 * 3600);

/// `Authorization: Bearer <key>`, built once per call and marked sensitive so no HTTP layer
/// logs it (the key was checked by [`key_problem`]).
fn authorization(key: &Secret) -> Result<HeaderValue, Error> {
    let mut value = HeaderValue::try_from(format!("Bearer {}", key.expose()))
        .map_err(|_| Error::InvalidRequest("the API key is not a valid header value".to_owned()))?;
    value.set_sensitive(true);
    Ok(value)
}

/// The headers of one attempt: defaults, then the request's own (replacing defaults of the
/// same name and keeping all their values), then credentials.
fn attempt_headers(
    inner: &Inner,
    request: &Request,
    retry: u32,
    authorization: Option<&HeaderValue>,
) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(USER_AGENT, inner.user_agent.clone());
    let accept = if request.stream {
        "text/event-stream"
    } else {
        "application/json"
    };
    headers.insert(ACCEPT, HeaderValue::from_static(accept));
    headers.insert(RETRY_COUNT_HEADER, HeaderValue::from(retry));
    if request.body.is_some() {
        let content_type = match &request.multipart_type {
            Some(multipart) => HeaderValue::try_from(multipart.as_str())
                .unwrap_or(HeaderValue::from_static("multipart/form-data")),
            None => HeaderValue::try_from(request.content_type)
                .unwrap_or(HeaderValue::from_static("application/octet-stream")),
        };
        headers.insert(CONTENT_TYPE, content_type);
    }
    for (name, value) in &inner.default_headers {
        headers.insert(name.clone(), value.clone());
    }
    for name in request.options.headers.keys() {
        headers.remove(name);
    }
    for (name, value) in &request.options.headers {
        headers.append(name.clone(), value.clone());
    }
    if let Some(value) = authorization {
        headers.insert(AUTHORIZATION, value.clone());
    }
    headers
}

/// One attempt: send, then read the whole body (or, for a successful event stream, only the
/// headers).
async fn send(builder: reqwest::RequestBuilder, stream: bool) -> Result<Received, Failure> {
    let mut response = builder.send().await.map_err(Failure::Transport)?;
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    if stream && status.is_success() {
        return Ok(Received::Streaming {
            status,
            headers,
            response,
        });
    }
    let body = response.bytes().await.map_err(Failure::Transport)?;
    Ok(Received::Full(RawResponse {
        status,
        headers,
        body,
        secrets: Secrets::default(),
    }))
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

/// Why an attempt got no response.
enum Failure {
    Transport(reqwest::Error),
    TimedOut,
}

fn transport_error(failure: Failure, attempts: u32) -> Error {
    match failure {
        Failure::TimedOut => Error::Timeout { attempts },
        Failure::Transport(err) if err.is_timeout() => Error::Timeout { attempts },
        Failure::Transport(err) => Error::Connection {
            attempts,
            source: err.without_url(),
        },
    }
}
