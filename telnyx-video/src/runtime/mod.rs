//! The hand-written runtime the generated operations call: requests, execution with retries,
//! errors, responses, pagination, query encoding and redaction. It knows nothing of rooms: it
//! never names a generated item, so it serves whatever spec the generator is pointed at.

mod body;
mod error;
mod execute;
mod nullable;
mod pagination;
mod query;
pub(crate) mod redact;
mod request;
mod response;
pub(crate) mod retry;
mod secret;
mod sse;

pub use body::{FilePart, Multipart};
pub use bytes::Bytes;
pub use error::{ApiError, ApiErrorSource, ApiFailure, DecodeFailure, Error, PaginationError};
pub use execute::RETRY_COUNT_HEADER;
pub use nullable::Nullable;
pub use pagination::{ItemStream, Page, PageInfo, PageStream, items, pages};
pub use query::{QueryStyle, encode_query};
pub use request::{Auth, Request, RequestOptions};
pub use reqwest::Method;
pub use response::{ApiResponse, RawResponse};
pub use secret::Secret;
pub use sse::{EventStream, ServerEvent};
