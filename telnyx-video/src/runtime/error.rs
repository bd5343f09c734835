//! The one error type of the crate: API errors (all three Telnyx error shapes), timeouts,
//! connection failures, undecodable success bodies, pagination that cannot go on, and
//! client-side refusals. No text an error prints can hold the API key or a token the call sent:
//! messages built from a response are scrubbed when the error is made.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::Deserialize;

use super::redact::{Secrets, without_quoted_values};

/// Everything that can go wrong with a call.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with a non-success status.
    #[error("{0}")]
    Api(Box<ApiFailure>),
    /// No complete response within the per-attempt timeout on the last attempt, or the call's
    /// overall deadline passed.
    #[error("the request timed out after {attempts} attempt(s)")]
    Timeout {
        /// How many attempts were made.
        attempts: u32,
    },
    /// The connection failed (refused, reset, DNS, TLS), on the last attempt. The transport
    /// error is the [`source`](std::error::Error::source), not repeated in the message.
    #[error("connection to the Telnyx API failed after {attempts} attempt(s)")]
    Connection {
        /// How many attempts were made.
        attempts: u32,
        /// The transport error.
        #[source]
        source: reqwest::Error,
    },
    /// A success response whose body is not what the spec promises.
    #[error("{0}")]
    Decode(Box<DecodeFailure>),
    /// The response body is larger than the client's limit
    /// ([`crate::ClientBuilder::max_response_bytes`], or the call's own): reading stopped
    /// there. Not retried.
    #[error("{0}")]
    TooLarge(Box<TooLargeResponse>),
    /// A page stream that cannot go on without looping or skipping pages.
    #[error("{0}")]
    Pagination(PaginationError),
    /// Refused before anything was sent (an empty id, a missing API key, an unfiltered bulk delete).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
}

impl Error {
    /// The error a non-success response with `status`, `headers` and `body` gives, read as the
    /// client reads one (every Telnyx error shape): for tests that fake an API error.
    pub fn from_response(status: StatusCode, headers: HeaderMap, body: impl Into<Bytes>) -> Error {
        let retry_after = super::retry::retry_after(&headers, std::time::SystemTime::now());
        api_failure(
            status,
            headers,
            body.into(),
            retry_after,
            &Secrets::default(),
        )
    }

    /// The HTTP status, for API, decode and too-large errors.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(failure) => Some(failure.status),
            Error::Decode(failure) => Some(failure.status),
            Error::TooLarge(failure) => Some(failure.status),
            _ => None,
        }
    }

    /// The `x-request-id` Telnyx gave the failed response, if any.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(failure) => failure.request_id.as_deref(),
            Error::Decode(failure) => failure.request_id.as_deref(),
            Error::TooLarge(failure) => failure.request_id.as_deref(),
            _ => None,
        }
    }

    /// The API failure, when this is one.
    pub fn api_failure(&self) -> Option<&ApiFailure> {
        match self {
            Error::Api(failure) => Some(failure),
            _ => None,
        }
    }

    /// Whether trying again later may succeed (timeouts, connection errors, 408, 409, 429, 5xx).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api(failure) => super::retry::retryable_status(failure.status),
            Error::Timeout { .. } | Error::Connection { .. } => true,
            Error::Decode(_)
            | Error::TooLarge(_)
            | Error::Pagination(_)
            | Error::InvalidRequest(_) => false,
        }
    }
}

/// A non-success response, with everything Telnyx said about it.
#[non_exhaustive]
pub struct ApiFailure {
    /// The status.
    pub status: StatusCode,
    /// The errors listed in the body (`{"errors": [...]}` or a bare error object); empty when
    /// the body had none.
    pub errors: Vec<ApiError>,
    /// A summary: the body's `message`, else the first error's title and detail.
    pub message: Option<String>,
    /// The `x-request-id` response header.
    pub request_id: Option<String>,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw body, kept whatever its shape (JSON, HTML, empty).
    pub body: Bytes,
    /// How long the server asked to wait before retrying, when it asked (`Retry-After`).
    pub retry_after: Option<Duration>,
}

impl fmt::Debug for ApiFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The body is shown by size only: error bodies can echo request data.
        f.debug_struct("ApiFailure")
            .field("status", &self.status)
            .field("errors", &self.errors)
            .field("message", &self.message)
            .field("request_id", &self.request_id)
            .field("headers", &super::redact::Headers::new(&self.headers))
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .field("retry_after", &self.retry_after)
            .finish()
    }
}

impl fmt::Display for ApiFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Telnyx API error {}", self.status)?;
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        if self.status.is_redirection() {
            let location = header_string(&self.headers, reqwest::header::LOCATION);
            write!(
                f,
                " (redirect to {} not followed)",
                location.as_deref().unwrap_or("an unnamed location")
            )?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

/// One error of a Telnyx error body.
#[derive(Clone, PartialEq, Default, Deserialize)]
#[non_exhaustive]
pub struct ApiError {
    /// Telnyx's error code, e.g. `10015`.
    #[serde(default, deserialize_with = "string_or_number")]
    pub code: Option<String>,
    /// Short summary.
    #[serde(default)]
    pub title: Option<String>,
    /// Details.
    #[serde(default)]
    pub detail: Option<String>,
    /// The part of the request at fault.
    #[serde(default)]
    pub source: Option<ApiErrorSource>,
    /// More about the error.
    #[serde(default)]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `meta` is free-form: values under secret names are not printed.
        let meta = self.meta.as_ref().map(|meta| {
            let mut meta = serde_json::Value::Object(meta.clone());
            super::redact::redact_json(&mut meta);
            meta
        });
        f.debug_struct("ApiError")
            .field("code", &self.code)
            .field("title", &self.title)
            .field("detail", &self.detail)
            .field("source", &self.source)
            .field("meta", &meta)
            .finish()
    }
}

/// Where in the request an error points.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[non_exhaustive]
pub struct ApiErrorSource {
    /// JSON pointer into the request body.
    #[serde(default)]
    pub pointer: Option<String>,
    /// The query parameter at fault.
    #[serde(default)]
    pub parameter: Option<String>,
}

fn string_or_number<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    Ok(
        match Option::<serde_json::Value>::deserialize(deserializer)? {
            Some(serde_json::Value::String(s)) => Some(s),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        },
    )
}

/// A response whose body is larger than the limit. Its status and headers are kept; its body
/// is not (holding it is what the limit prevents).
#[non_exhaustive]
pub struct TooLargeResponse {
    /// The status.
    pub status: StatusCode,
    /// The `x-request-id` response header.
    pub request_id: Option<String>,
    /// The response headers.
    pub headers: HeaderMap,
    /// The limit, in bytes.
    pub limit: u64,
    /// The `Content-Length` the server declared (refused before reading), if it declared one;
    /// `None` when the body passed the limit while it was read.
    pub declared_length: Option<u64>,
}

impl fmt::Debug for TooLargeResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TooLargeResponse")
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field("headers", &super::redact::Headers::new(&self.headers))
            .field("limit", &self.limit)
            .field("declared_length", &self.declared_length)
            .finish()
    }
}

impl fmt::Display for TooLargeResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the {} response body is larger than the limit of {} bytes",
            self.status, self.limit
        )?;
        match self.declared_length {
            Some(length) => write!(f, " (Content-Length: {length}); nothing of it was read")?,
            None => write!(f, "; reading stopped at the limit")?,
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

/// The error for a body past the limit, its headers scrubbed of `secrets`.
pub(crate) fn too_large(oversized: super::read::Oversized, secrets: &Secrets) -> Error {
    let mut headers = oversized.headers;
    secrets.scrub_headers(&mut headers);
    Error::TooLarge(Box::new(TooLargeResponse {
        status: oversized.status,
        request_id: request_id(&headers),
        headers,
        limit: oversized.limit,
        declared_length: oversized.declared,
    }))
}

/// A page stream stopped because going on would loop or skip pages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PaginationError {
    /// The server answered a page that does not come after the previous one (it ignored the
    /// requested page number), so the next request would repeat it.
    #[error(
        "page {requested} was requested but the server answered page {returned} again; the stream stopped so as not to loop"
    )]
    NotAdvancing {
        /// The page number requested.
        requested: i64,
        /// The page number the server said it returned.
        returned: i64,
    },
    /// A page started with the same item as the page before it: the server returned the same
    /// page twice.
    #[error(
        "page {page} starts with the same item as the page before it; the stream stopped so as not to loop"
    )]
    RepeatedPage {
        /// The page number requested.
        page: i64,
    },
    /// The stream reached its page limit with more pages left.
    #[error(
        "the stream reached its limit of {limit} pages with more pages left; raise `ClientBuilder::max_pages` to read further"
    )]
    PageLimit {
        /// The limit.
        limit: u32,
    },
    /// The server's page numbers left no next page number to ask for.
    #[error("the server returned page number {page}, after which no page can be requested")]
    NoNextPage {
        /// The last page number.
        page: i64,
    },
}

/// A success status whose body did not decode into the expected type.
#[non_exhaustive]
pub struct DecodeFailure {
    /// The status.
    pub status: StatusCode,
    /// The `x-request-id` response header.
    pub request_id: Option<String>,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw body.
    pub body: Bytes,
    /// Where in the body decoding failed, as a path like `data.participants[2].id` (empty at
    /// the top level).
    pub path: String,
    /// Why it did not decode. Values from the body are not quoted: they may be secrets.
    pub message: String,
    /// Line of the body (1-based) where decoding failed; 0 when unknown.
    pub line: usize,
    /// Column (1-based) where decoding failed; 0 when unknown.
    pub column: usize,
}

impl fmt::Debug for DecodeFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Success bodies can hold tokens: never print them.
        f.debug_struct("DecodeFailure")
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field("headers", &super::redact::Headers::new(&self.headers))
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .field("path", &self.path)
            .field("message", &self.message)
            .field("line", &self.line)
            .field("column", &self.column)
            .finish()
    }
}

impl fmt::Display for DecodeFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the {} response body could not be decoded", self.status)?;
        if !self.path.is_empty() && self.path != "." {
            write!(f, " at `{}`", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DecodeFailure {}

/// Builds the decode error for a success body that is not a `B`. Decoding runs again, on this
/// error path only, to find where it failed.
pub(crate) fn decode_failure<B: serde::de::DeserializeOwned>(
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    error: &serde_json::Error,
    secrets: &Secrets,
) -> Error {
    let mut deserializer = serde_json::Deserializer::from_slice(&body);
    let path = match serde_path_to_error::deserialize::<_, B>(&mut deserializer) {
        Err(located) => located.path().to_string(),
        Ok(_) => String::new(),
    };
    // serde appends " at line L column C" to its message; the fields carry those.
    let text = error.to_string();
    let text = match text.rfind(" at line ") {
        Some(at) if error.line() > 0 => &text[..at],
        _ => &text[..],
    };
    let message = secrets.scrub(&without_quoted_values(text)).into_owned();
    let path = secrets.scrub(&path).into_owned();
    let mut headers = headers;
    secrets.scrub_headers(&mut headers);
    let request_id = request_id(&headers);
    Error::Decode(Box::new(DecodeFailure {
        status,
        request_id,
        headers,
        body,
        path,
        message,
        line: error.line(),
        column: error.column(),
    }))
}

/// Builds the API error for a non-success response, understanding Telnyx's three error shapes:
/// `{"errors": [...]}`, a bare error object, and `{"message": ..., "success": false}`. Every
/// text taken from the response is scrubbed of `secrets`; the raw body is kept as received.
pub(crate) fn api_failure(
    status: StatusCode,
    mut headers: HeaderMap,
    body: Bytes,
    retry_after: Option<Duration>,
    secrets: &Secrets,
) -> Error {
    #[derive(Deserialize)]
    struct Shapes {
        #[serde(default)]
        errors: Option<Vec<ApiError>>,
        #[serde(default)]
        message: Option<String>,
        #[serde(default)]
        code: Option<serde_json::Value>,
        #[serde(default)]
        title: Option<String>,
    }
    let mut errors = Vec::new();
    let mut message = None;
    let mut json = serde_json::from_slice::<serde_json::Value>(&body).ok();
    if let Some(json) = json.as_mut() {
        secrets.scrub_json(json);
    }
    if let Some(shapes) = json
        .as_ref()
        .and_then(|json| Shapes::deserialize(json).ok())
    {
        message = shapes.message.filter(|m| !m.is_empty());
        if let Some(list) = shapes.errors {
            errors = list;
        } else if shapes.code.is_some() || shapes.title.is_some() {
            if let Some(single) = json.as_ref().and_then(|j| ApiError::deserialize(j).ok()) {
                errors.push(single);
            }
        }
    }
    if message.is_none() {
        message = errors.first().and_then(|e| match (&e.title, &e.detail) {
            (Some(t), Some(d)) => Some(format!("{t}: {d}")),
            (Some(t), None) => Some(t.clone()),
            (None, Some(d)) => Some(d.clone()),
            (None, None) => None,
        });
    }
    secrets.scrub_headers(&mut headers);
    let request_id = request_id(&headers);
    Error::Api(Box::new(ApiFailure {
        status,
        errors,
        message,
        request_id,
        headers,
        body,
        retry_after,
    }))
}

/// The request id header (a constant: looking it up parses and hashes no name).
const REQUEST_ID: reqwest::header::HeaderName =
    reqwest::header::HeaderName::from_static("x-request-id");

/// The request id Telnyx sent, if any.
pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    header_string(headers, REQUEST_ID)
}

fn header_string(headers: &HeaderMap, name: impl reqwest::header::AsHeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}
