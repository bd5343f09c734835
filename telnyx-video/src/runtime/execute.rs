//! Sending a request: credentials, headers, per-attempt timeout, retries, tracing.

use std::time::SystemTime;

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue, USER_AGENT};
use tracing::Instrument;

use super::error::{Error, api_failure};
use super::request::{Auth, Request};
use super::response::RawResponse;
use super::retry::{MAX_RETRY_AFTER, backoff, retry_after, should_retry_response};
use crate::Client;

/// Header carrying the number of retries made so far (0 on the first attempt).
pub const RETRY_COUNT_HEADER: &str = "x-retry-count";

impl Client {
    /// Sends `request`, retrying as the retry policy allows; returns the success response or
    /// the last error.
    pub async fn execute(&self, request: Request) -> Result<RawResponse, Error> {
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
    ) -> Result<RawResponse, Error> {
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
            headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
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
            for (name, value) in inner
                .default_headers
                .iter()
                .chain(request.options.headers.iter())
            {
                headers.insert(name.clone(), value.clone());
            }
            if let Some(value) = &authorization {
                headers.insert(AUTHORIZATION, value.clone());
            }
            let mut builder = inner
                .http
                .request(request.method.clone(), &url)
                .headers(headers)
                .timeout(timeout);
            if let Some(body) = &request.body {
                builder = builder.body(body.clone());
            }
            let outcome = match builder.send().await {
                Ok(mut response) => {
                    let status = response.status();
                    let headers = std::mem::take(response.headers_mut());
                    match response.bytes().await {
                        Ok(body) => Ok((status, headers, body)),
                        Err(err) => Err(err),
                    }
                }
                Err(err) => Err(err),
            };
            let attempts = retry + 1;
            let wait = match outcome {
                Ok((status, headers, body)) => {
                    span.record("status", status.as_u16());
                    if status.is_success() {
                        return Ok(RawResponse {
                            status,
                            headers,
                            body,
                        });
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
                Err(err) => {
                    // A failed connect never reached the server; anything later may have.
                    let reached_server = !err.is_connect();
                    let retry_it = retry < max_retries && (idempotent || !reached_server);
                    if !retry_it {
                        return Err(transport_error(err, attempts));
                    }
                    tracing::debug!(error = %err, "attempt failed; retrying");
                    backoff(retry, fastrand::f64())
                }
            };
            tracing::debug!(wait_ms = wait.as_millis() as u64, "retrying");
            tokio::time::sleep(wait).await;
            retry += 1;
        }
    }
}

fn transport_error(err: reqwest::Error, attempts: u32) -> Error {
    if err.is_timeout() {
        Error::Timeout { attempts }
    } else {
        Error::Connection {
            attempts,
            source: err.without_url(),
        }
    }
}
