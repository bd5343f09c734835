//! Sending a request: credentials, headers, per-attempt timeout, retries, tracing.

use std::time::SystemTime;

use reqwest::StatusCode;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue, USER_AGENT};
use tracing::Instrument;

use super::error::{Error, api_failure};
use super::request::{Auth, Request};
use super::response::{ApiResponse, RawResponse};
use super::retry::{MAX_RETRY_AFTER, backoff, retry_after, should_retry_response};
use super::sse::EventStream;
use crate::Client;

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
        if let Some(problem) = &request.problem {
            return Err(Error::InvalidRequest(problem.clone()));
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

    async fn attempts(
        &self,
        request: &Request,
        key: Option<&super::Secret>,
    ) -> Result<Received, Error> {
        let inner = &self.inner;
        let url = format!("{}{}", inner.base_url, request.path_and_query());
        let max_retries = request.options.max_retries.unwrap_or(inner.max_retries);
        let timeout = request.options.timeout.unwrap_or(inner.timeout);
        let idempotent = request.idempotent || request.options.retry_non_idempotent;
        // Built once per call, not per attempt; marked sensitive so no HTTP layer logs it.
        let authorization = match key {
            Some(key) => {
                let mut value =
                    HeaderValue::try_from(format!("Bearer {}", key.expose())).map_err(|_| {
                        Error::InvalidRequest("the API key is not a valid header value".to_owned())
                    })?;
                value.set_sensitive(true);
                Some(value)
            }
            None => None,
        };
        let mut retry = 0u32;
        loop {
            let span = tracing::Span::current();
            span.record("attempt", retry + 1);
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
            // A request's own headers replace the defaults of the same name and keep all values.
            for name in request.options.headers.keys() {
                headers.remove(name);
            }
            for (name, value) in &request.options.headers {
                headers.append(name.clone(), value.clone());
            }
            if let Some(value) = &authorization {
                headers.insert(AUTHORIZATION, value.clone());
            }
            let mut builder = inner
                .http
                .request(request.method.clone(), &url)
                .headers(headers);
            if let Some(body) = &request.body {
                builder = builder.body(body.clone());
            }
            let outcome = if request.stream {
                match tokio::time::timeout(timeout, builder.send()).await {
                    Ok(Ok(response)) if response.status().is_success() => {
                        span.record("status", response.status().as_u16());
                        let (status, mut response) = (response.status(), response);
                        let headers = std::mem::take(response.headers_mut());
                        return Ok(Received::Streaming {
                            status,
                            headers,
                            response,
                        });
                    }
                    Ok(Ok(response)) => read_full(response).await,
                    Ok(Err(err)) => Err(Failure::Transport(err)),
                    Err(_) => Err(Failure::TimedOut),
                }
            } else {
                match builder.timeout(timeout).send().await {
                    Ok(response) => read_full(response).await,
                    Err(err) => Err(Failure::Transport(err)),
                }
            };
            let attempts = retry + 1;
            let wait = match outcome {
                Ok((status, headers, body)) => {
                    span.record("status", status.as_u16());
                    if status.is_success() {
                        return Ok(Received::Full(RawResponse {
                            status,
                            headers,
                            body,
                        }));
                    }
                    let asked = retry_after(&headers, SystemTime::now());
                    let retry_it =
                        retry < max_retries && should_retry_response(status, &headers, idempotent);
                    match (retry_it, asked) {
                        (true, Some(wait)) if wait <= MAX_RETRY_AFTER => wait,
                        (true, None) => backoff(retry, fastrand::f64()),
                        _ => return Err(api_failure(status, headers, body, asked)),
                    }
                }
                Err(failure) => {
                    // A failed connect never reached the server; anything later may have.
                    let reached_server = match &failure {
                        Failure::Transport(err) => !err.is_connect(),
                        Failure::TimedOut => true,
                    };
                    let retry_it = retry < max_retries && (idempotent || !reached_server);
                    if !retry_it {
                        return Err(transport_error(failure, attempts));
                    }
                    tracing::debug!("attempt failed; retrying");
                    backoff(retry, fastrand::f64())
                }
            };
            tracing::debug!(wait_ms = wait.as_millis() as u64, "retrying");
            tokio::time::sleep(wait).await;
            retry += 1;
        }
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

/// Why an attempt got no response.
enum Failure {
    Transport(reqwest::Error),
    TimedOut,
}

async fn read_full(
    mut response: reqwest::Response,
) -> Result<(StatusCode, HeaderMap, bytes::Bytes), Failure> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    match response.bytes().await {
        Ok(body) => Ok((status, headers, body)),
        Err(err) => Err(Failure::Transport(err)),
    }
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
