//! The one request builder every operation shares. An operation's generated code supplies only
//! what differs: its inputs (a plain struct with setters on `Call<ThatStruct>`), how they go on
//! the wire ([`Operation::request`]), how its success response is read ([`Operation::Response`])
//! and, for lists, where the page number lives ([`Paged`]). Everything a caller can set on any
//! request (timeout, deadline, retries, headers) and the ways to send it live here, once.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures_util::FutureExt;
use serde::de::DeserializeOwned;

use super::error::Error;
use super::pagination::{ItemStream, Page, PageInfo, PageStream, items, pages};
use super::request::{Request, RequestOptions};
use super::response::{ApiResponse, RawResponse};
#[cfg(feature = "sse")]
use super::sse::EventStream;
use super::transport::Transport;

/// An operation's inputs: how they become a request, and how its success response is read.
/// Implemented by generated code.
pub trait Operation {
    /// How the success response is read, and into what.
    type Response: Receive;

    /// The request these inputs describe (refusals, such as an empty id, travel inside it and
    /// are reported when it is sent).
    fn request(&self) -> Request;
}

/// A list operation whose inputs hold a page number.
pub trait Paged: Operation {
    /// The page number set in the inputs, if any.
    fn page_number(&self) -> Option<i64>;
    /// Sets the page number, keeping every other input.
    fn set_page_number(&mut self, number: i64);
}

/// How a success response is read. Implemented by the marker types below.
pub trait Receive {
    /// The value a call returns.
    type Output;

    /// Sends `request` through `transport` and reads the response. The future owns what it
    /// needs (it borrows nothing), and holds the call in flight on the heap.
    fn receive(
        transport: Arc<Transport>,
        request: Request,
    ) -> impl Future<Output = Result<ApiResponse<Self::Output>, Error>> + Send + 'static;
}

/// `{"data": T}`, returned as `T`.
pub struct Data<T>(PhantomData<fn() -> T>);
/// `{"data": [T], "meta": M}`, returned as a [`Page`].
pub struct PageOf<T, M>(PhantomData<fn() -> (T, M)>);
/// A JSON body, returned as `T`.
pub struct Json<T>(PhantomData<fn() -> T>);
/// No content: any body is ignored.
pub struct NoContent;
/// A non-JSON body, returned as bytes.
#[allow(
    dead_code,
    reason = "used by the generated code of specs with such operations"
)]
pub struct RawBody;
/// A `text/event-stream` body, returned as events read as they arrive.
#[cfg(feature = "sse")]
#[allow(
    dead_code,
    reason = "used by the generated code of specs with such operations"
)]
pub struct Events;

/// The call, its body read whole, then by `read`.
fn whole<T: Send + 'static>(
    transport: Arc<Transport>,
    request: Request,
    read: fn(RawResponse) -> Result<ApiResponse<T>, Error>,
) -> impl Future<Output = Result<ApiResponse<T>, Error>> + Send + 'static {
    transport
        .execute(request)
        .map(move |raw| raw.and_then(read))
}

impl<T: DeserializeOwned + Send + 'static> Receive for Data<T> {
    type Output = T;
    fn receive(
        transport: Arc<Transport>,
        request: Request,
    ) -> impl Future<Output = Result<ApiResponse<T>, Error>> + Send + 'static {
        whole(transport, request, RawResponse::data)
    }
}

impl<T: DeserializeOwned + Send + 'static, M: DeserializeOwned + Send + 'static> Receive
    for PageOf<T, M>
{
    type Output = Page<T, M>;
    fn receive(
        transport: Arc<Transport>,
        request: Request,
    ) -> impl Future<Output = Result<ApiResponse<Page<T, M>>, Error>> + Send + 'static {
        whole(transport, request, RawResponse::page)
    }
}

impl<T: DeserializeOwned + Send + 'static> Receive for Json<T> {
    type Output = T;
    fn receive(
        transport: Arc<Transport>,
        request: Request,
    ) -> impl Future<Output = Result<ApiResponse<T>, Error>> + Send + 'static {
        whole(transport, request, RawResponse::json)
    }
}

impl Receive for NoContent {
    type Output = ();
    fn receive(
        transport: Arc<Transport>,
        request: Request,
    ) -> impl Future<Output = Result<ApiResponse<()>, Error>> + Send + 'static {
        whole(transport, request, RawResponse::empty)
    }
}

impl Receive for RawBody {
    type Output = Bytes;
    fn receive(
        transport: Arc<Transport>,
        request: Request,
    ) -> impl Future<Output = Result<ApiResponse<Bytes>, Error>> + Send + 'static {
        whole(transport, request, RawResponse::bytes)
    }
}

#[cfg(feature = "sse")]
impl Receive for Events {
    type Output = EventStream;
    fn receive(
        transport: Arc<Transport>,
        request: Request,
    ) -> impl Future<Output = Result<ApiResponse<EventStream>, Error>> + Send + 'static {
        transport.execute_stream(request)
    }
}

/// A request to one operation: set its inputs (the operation's own setters), optionally the
/// options below, then `.send().await`.
#[must_use = "a request does nothing until `.send().await`"]
pub struct Call<O> {
    transport: Arc<Transport>,
    /// The operation's inputs, set by its generated setters.
    pub(crate) inputs: O,
    options: RequestOptions,
}

impl<O: Clone> Clone for Call<O> {
    fn clone(&self) -> Self {
        Call {
            transport: self.transport.clone(),
            inputs: self.inputs.clone(),
            options: self.options.clone(),
        }
    }
}

impl<O: fmt::Debug> fmt::Debug for Call<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("inputs", &self.inputs)
            .field("options", &self.options)
            .field("client", &self.transport)
            .finish()
    }
}

impl<O> Call<O> {
    /// The transport, inputs and options (for sending paths other than `send`).
    pub(crate) fn into_parts(self) -> (Arc<Transport>, O, RequestOptions) {
        (self.transport, self.inputs, self.options)
    }

    /// A call with `inputs` on the client whose transport this is.
    pub(crate) fn new(transport: &Arc<Transport>, inputs: O) -> Self {
        Call {
            transport: transport.clone(),
            inputs,
            options: RequestOptions::default(),
        }
    }

    /// Timeout of each attempt of this request, from sending to the end of the response body,
    /// instead of the client's.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout(timeout);
        self
    }

    /// Overall deadline of this request, across all attempts and the waits between them,
    /// instead of the client's (see [`crate::ClientBuilder::deadline`]).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline(deadline);
        self
    }

    /// Retries after the first attempt for this request, instead of the client's.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.options.max_retries(retries);
        self
    }

    /// Largest response body this request reads, in bytes, instead of the client's (see
    /// [`crate::ClientBuilder::max_response_bytes`]).
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.options.max_response_bytes(limit);
        self
    }

    /// Adds a header to this request; it replaces a client default header of the same name.
    /// An invalid name or value refuses the request when it is sent.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.options.header(name, value);
        self
    }

    /// Adds a query parameter the operation does not have (yet), after its own: sent exactly as
    /// given, percent-encoded.
    pub fn extra_query(mut self, name: &str, value: impl std::fmt::Display) -> Self {
        self.options.extra_query(name, &value.to_string());
        self
    }

    /// Sets a JSON body field the operation does not have (yet), or replaces one it has.
    pub fn extra_body(mut self, name: &str, value: serde_json::Value) -> Self {
        self.options.extra_body(name, value);
        self
    }

    /// Removes a field from the JSON body the operation would send.
    pub fn remove_body_field(mut self, name: &str) -> Self {
        self.options.remove_body_field(name);
        self
    }

    /// Also retries this request after failures the server may have acted on (timeouts, 409,
    /// 5xx), although the operation is not idempotent.
    pub fn retry_non_idempotent(mut self) -> Self {
        self.options.retry_non_idempotent(true);
        self
    }
}

impl<O: Operation> Call<O> {
    /// Sends the request; returns the decoded result.
    ///
    /// The future owns the call (it can be spawned); nothing is sent before it is polled.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<<O::Response as Receive>::Output, Error>> + Send + 'static
    {
        self.send_with_response()
            .map(|response| response.map(ApiResponse::into_data))
    }

    /// Sends the request; returns the decoded result with the status, headers and request id.
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<ApiResponse<<O::Response as Receive>::Output>, Error>>
    + Send
    + 'static {
        let request = self.inputs.request().options(self.options);
        O::Response::receive(self.transport, request)
    }
}

impl<O, T, M> Call<O>
where
    O: Paged<Response = PageOf<T, M>> + Clone + Send + 'static,
    T: DeserializeOwned + Clone + PartialEq + Send + 'static,
    M: DeserializeOwned + PageInfo + Send + 'static,
{
    /// Every page from the one set in the inputs (default 1) on, as a stream that keeps all
    /// other inputs and options. It ends after the last page or at an empty page; it ends with
    /// an [`Error::Pagination`] when the server repeats a page or does not advance, or after
    /// the client's `max_pages` ([`crate::ClientBuilder::max_pages`]); it stops when dropped.
    /// Pages read before an error are always yielded first.
    pub fn pages(self) -> PageStream<T, M> {
        let first = self.inputs.page_number().unwrap_or(1);
        let limit = self.transport.max_pages;
        pages(first, limit, move |number| {
            let mut call = self.clone();
            call.inputs.set_page_number(number);
            call.send()
        })
    }

    /// Every item of every page, as a stream (see [`Self::pages`]).
    pub fn into_stream(self) -> ItemStream<T> {
        items(self.pages())
    }
}
