//! Success responses: the raw parts, and decoding them into what an operation returns
//! (Telnyx's `{"data": ...}` envelope unwrapped, pages with their meta, empty bodies).

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

use super::error::{Error, decode_failure, request_id};
use super::pagination::Page;
use super::redact::Secrets;

/// A success response as received.
#[derive(Clone)]
pub struct RawResponse {
    /// The status.
    pub status: StatusCode,
    /// The headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: Bytes,
    /// What a decode error must not print.
    pub(crate) secrets: Secrets,
}

impl std::fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RawResponse")
            .field("status", &self.status)
            .field(
                "headers",
                &super::redact::Headers::with(&self.headers, &self.secrets),
            )
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

/// A decoded value with the response it came from.
#[derive(Clone)]
#[non_exhaustive]
pub struct ApiResponse<T> {
    /// The decoded value.
    pub data: T,
    /// The status.
    pub status: StatusCode,
    /// The `x-request-id` header, for support requests.
    pub request_id: Option<String>,
    /// All response headers.
    pub headers: HeaderMap,
    /// The body exactly as received (the value above was decoded from it, once); empty for an
    /// event stream, which is read as it arrives. Cheap to keep: it shares the received buffer.
    pub raw_body: Bytes,
    /// What `Debug` must not print (the API key a server echoes in a header).
    pub(crate) secrets: Secrets,
}

impl<T: std::fmt::Debug> std::fmt::Debug for ApiResponse<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiResponse")
            .field("data", &self.data)
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field(
                "headers",
                &super::redact::Headers::with(&self.headers, &self.secrets),
            )
            .field("raw_body", &format_args!("<{} bytes>", self.raw_body.len()))
            .finish()
    }
}

impl<T> ApiResponse<T> {
    /// The decoded value alone.
    pub fn into_data(self) -> T {
        self.data
    }
}

#[derive(serde::Deserialize)]
struct DataEnvelope<T> {
    data: T,
}

#[derive(serde::Deserialize)]
struct PageEnvelope<T, M> {
    #[serde(default = "Vec::new")]
    data: Vec<T>,
    #[serde(default = "Option::default")]
    meta: Option<M>,
}

impl RawResponse {
    /// A response as received (for custom transports, tests and benchmarks).
    pub fn new(status: StatusCode, headers: HeaderMap, body: Bytes) -> Self {
        RawResponse {
            status,
            headers,
            body,
            secrets: Secrets::default(),
        }
    }

    fn decode<B: DeserializeOwned, T>(
        self,
        unwrap: impl FnOnce(B) -> T,
    ) -> Result<ApiResponse<T>, Error> {
        match serde_json::from_slice::<B>(&self.body) {
            Ok(body) => Ok(ApiResponse {
                data: unwrap(body),
                status: self.status,
                request_id: request_id(&self.headers),
                headers: self.headers,
                raw_body: self.body,
                secrets: self.secrets,
            }),
            Err(error) => Err(decode_failure::<B>(
                self.status,
                self.headers,
                self.body,
                &error,
                &self.secrets,
            )),
        }
    }

    /// `{"data": T}` -> `T`.
    pub fn data<T: DeserializeOwned>(self) -> Result<ApiResponse<T>, Error> {
        self.decode(|envelope: DataEnvelope<T>| envelope.data)
    }

    /// `{"data": [T], "meta": M}` -> a page.
    pub fn page<T: DeserializeOwned, M: DeserializeOwned>(
        self,
    ) -> Result<ApiResponse<Page<T, M>>, Error> {
        self.decode(|envelope: PageEnvelope<T, M>| Page {
            data: envelope.data,
            meta: envelope.meta,
        })
    }

    /// A plain JSON body.
    pub fn json<T: DeserializeOwned>(self) -> Result<ApiResponse<T>, Error> {
        self.decode(|value: T| value)
    }

    /// No content (any body is ignored).
    pub fn empty(self) -> Result<ApiResponse<()>, Error> {
        let request_id = request_id(&self.headers);
        Ok(ApiResponse {
            data: (),
            status: self.status,
            request_id,
            headers: self.headers,
            raw_body: self.body,
            secrets: self.secrets,
        })
    }

    /// The body as bytes (non-JSON media types).
    pub fn bytes(self) -> Result<ApiResponse<Bytes>, Error> {
        let request_id = request_id(&self.headers);
        Ok(ApiResponse {
            data: self.body.clone(),
            status: self.status,
            request_id,
            headers: self.headers,
            raw_body: self.body,
            secrets: self.secrets,
        })
    }
}
