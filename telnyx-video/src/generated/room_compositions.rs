// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Compositions, several recordings laid out into a single video.
//!
//! The resource's operations (reached with the `Client` method of the same name), their request builders, and the types only they use: filters, inline request and response bodies.
/// Compositions, several recordings laid out into a single video.
#[derive(Debug, Clone)]
pub struct RoomCompositions {
    client: crate::Client,
}
impl crate::Client {
    /// The `room_compositions` operations.
    pub fn room_compositions(&self) -> RoomCompositions {
        RoomCompositions {
            client: self.clone(),
        }
    }
}
impl RoomCompositions {
    /// List room compositions.
    ///
    /// `GET /room_compositions`
    pub fn list(&self) -> RoomCompositionListRequest {
        RoomCompositionListRequest {
            client: self.client.clone(),
            filter: None,
            page: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Create a room composition.
    ///
    /// Accepted at once; the video is produced in the background.
    ///
    /// `POST /room_compositions`
    pub fn create(&self) -> RoomCompositionCreateRequest {
        RoomCompositionCreateRequest {
            client: self.client.clone(),
            body: super::models::CreateRoomCompositionRequest {
                format: None,
                resolution: None,
                session_id: None,
                video_layout: None,
                webhook_event_failover_url: None,
                webhook_event_url: None,
                webhook_timeout_secs: None,
            },
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Retrieve a room composition.
    ///
    /// `GET /room_compositions/{room_composition_id}`
    pub fn retrieve(
        &self,
        room_composition_id: impl Into<String>,
    ) -> RoomCompositionRetrieveRequest {
        RoomCompositionRetrieveRequest {
            client: self.client.clone(),
            room_composition_id: room_composition_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Delete a room composition.
    ///
    /// `DELETE /room_compositions/{room_composition_id}`
    pub fn delete(&self, room_composition_id: impl Into<String>) -> RoomCompositionDeleteRequest {
        RoomCompositionDeleteRequest {
            client: self.client.clone(),
            room_composition_id: room_composition_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// Request for [`RoomCompositions::list`]: set optional inputs, then `.send().await`.
///
/// `GET /room_compositions`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomCompositionListRequest {
    client: crate::Client,
    filter: Option<RoomCompositionListFilter>,
    page: Option<super::models::PageParams>,
    options: crate::runtime::RequestOptions,
}
impl RoomCompositionListRequest {
    /// Narrows the list; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomCompositionListFilter) -> Self {
        self.filter = Some(value);
        self
    }
    /// Which page to return; sent as `page[number]` and `page[size]`.
    pub fn page(mut self, value: super::models::PageParams) -> Self {
        self.page = Some(value);
        self
    }
    /// Per-attempt timeout for this request, instead of the client's.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout(timeout);
        self
    }
    /// Overall deadline for this request across all attempts and the waits between
    /// them, instead of the client's.
    pub fn deadline(mut self, deadline: ::std::time::Duration) -> Self {
        self.options.deadline(deadline);
        self
    }
    /// Retries after the first attempt for this request, instead of the client's.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.options.max_retries(retries);
        self
    }
    /// Adds a header to this request.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.options.header(name, value);
        self
    }
    /// Also retries after failures the server may have acted on (timeouts, 409, 5xx).
    pub fn retry_non_idempotent(mut self) -> Self {
        self.options.retry_non_idempotent(true);
        self
    }
    /// Sends the request; returns the decoded result.
    pub async fn send(
        self,
    ) -> Result<
        crate::runtime::Page<super::models::RoomComposition, super::models::PaginationMeta>,
        crate::Error,
    > {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<
        crate::ApiResponse<
            crate::runtime::Page<super::models::RoomComposition, super::models::PaginationMeta>,
        >,
        crate::Error,
    > {
        let request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "/room_compositions")
                .query(
                    "filter",
                    &self.filter,
                    crate::runtime::QueryStyle::DeepObject,
                )
                .query("page", &self.page, crate::runtime::QueryStyle::DeepObject)
                .auth(crate::runtime::Auth::Bearer)
                .idempotent(true)
                .options(self.options);
        self.client
            .execute(request)
            .await?
            .page::<super::models::RoomComposition, super::models::PaginationMeta>()
    }
    /// Every page from the one set with `page` (default 1) on, as a stream that keeps all
    /// other inputs. It ends after the last page or at an empty page; it ends with a
    /// [`crate::runtime::PaginationError`] when the server repeats a page or does not
    /// advance, or after the client's `max_pages`; it stops when dropped.
    pub fn pages(
        self,
    ) -> crate::runtime::PageStream<super::models::RoomComposition, super::models::PaginationMeta>
    {
        let first = self.page.as_ref().and_then(|p| p.number).unwrap_or(1);
        let limit = self.client.max_pages();
        crate::runtime::pages(first, limit, move |number| {
            let mut request = self.clone();
            request.page.get_or_insert_with(Default::default).number = Some(number);
            request.send()
        })
    }
    /// Every item of every page, as a stream (see [`Self::pages`]).
    pub fn into_stream(self) -> crate::runtime::ItemStream<super::models::RoomComposition> {
        crate::runtime::items(self.pages())
    }
}
/// Request for [`RoomCompositions::create`]: set optional inputs, then `.send().await`.
///
/// `POST /room_compositions`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomCompositionCreateRequest {
    client: crate::Client,
    body: super::models::CreateRoomCompositionRequest,
    options: crate::runtime::RequestOptions,
}
impl RoomCompositionCreateRequest {
    /// Container format of the video.
    ///
    /// Server default when omitted: `"mp4"`.
    pub fn format(mut self, value: impl Into<String>) -> Self {
        self.body.format = Some(value.into());
        self
    }
    /// Width x height in pixels; each between 16 and 1280, and at most 1280 * 720 pixels in all.
    ///
    /// Server default when omitted: `"1280x720"`.
    pub fn resolution(mut self, value: impl Into<String>) -> Self {
        self.body.resolution = Some(value.into());
        self
    }
    /// The session whose recordings are composed.
    pub fn session_id(mut self, value: ::uuid::Uuid) -> Self {
        self.body.session_id = Some(value);
        self
    }
    /// Regions of the output video, by a name of your choosing (at most 2).
    pub fn video_layout(
        mut self,
        value: ::std::collections::BTreeMap<String, super::models::VideoRegion>,
    ) -> Self {
        self.body.video_layout = Some(value);
        self
    }
    /// Where events go when the primary URL fails. Needs a scheme (`https://...`).
    ///
    /// Server default when omitted: `""`.
    /// Format: `uri`.
    pub fn webhook_event_failover_url(mut self, value: impl Into<String>) -> Self {
        self.body.webhook_event_failover_url = Some(value.into());
        self
    }
    /// Where events about the room are sent. Needs a scheme (`https://...`).
    ///
    /// Format: `uri`.
    pub fn webhook_event_url(mut self, value: impl Into<String>) -> Self {
        self.body.webhook_event_url = Some(value.into());
        self
    }
    /// Seconds to wait for the webhook endpoint before giving up.
    ///
    /// Range: 0 to 30.
    pub fn webhook_timeout_secs(mut self, value: i64) -> Self {
        self.body.webhook_timeout_secs = Some(value);
        self
    }
    /// Replaces the whole request body.
    pub fn body(mut self, body: super::models::CreateRoomCompositionRequest) -> Self {
        self.body = body;
        self
    }
    /// Per-attempt timeout for this request, instead of the client's.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout(timeout);
        self
    }
    /// Overall deadline for this request across all attempts and the waits between
    /// them, instead of the client's.
    pub fn deadline(mut self, deadline: ::std::time::Duration) -> Self {
        self.options.deadline(deadline);
        self
    }
    /// Retries after the first attempt for this request, instead of the client's.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.options.max_retries(retries);
        self
    }
    /// Adds a header to this request.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.options.header(name, value);
        self
    }
    /// Also retries after failures the server may have acted on (timeouts, 409, 5xx).
    pub fn retry_non_idempotent(mut self) -> Self {
        self.options.retry_non_idempotent(true);
        self
    }
    /// Sends the request; returns the decoded result.
    pub async fn send(self) -> Result<super::models::RoomComposition, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<super::models::RoomComposition>, crate::Error> {
        let request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "/room_compositions")
                .json_body(&self.body)
                .auth(crate::runtime::Auth::Bearer)
                .idempotent(false)
                .options(self.options);
        self.client
            .execute(request)
            .await?
            .data::<super::models::RoomComposition>()
    }
}
/// Request for [`RoomCompositions::retrieve`]: set optional inputs, then `.send().await`.
///
/// `GET /room_compositions/{room_composition_id}`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomCompositionRetrieveRequest {
    client: crate::Client,
    room_composition_id: String,
    options: crate::runtime::RequestOptions,
}
impl RoomCompositionRetrieveRequest {
    /// Per-attempt timeout for this request, instead of the client's.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout(timeout);
        self
    }
    /// Overall deadline for this request across all attempts and the waits between
    /// them, instead of the client's.
    pub fn deadline(mut self, deadline: ::std::time::Duration) -> Self {
        self.options.deadline(deadline);
        self
    }
    /// Retries after the first attempt for this request, instead of the client's.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.options.max_retries(retries);
        self
    }
    /// Adds a header to this request.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.options.header(name, value);
        self
    }
    /// Also retries after failures the server may have acted on (timeouts, 409, 5xx).
    pub fn retry_non_idempotent(mut self) -> Self {
        self.options.retry_non_idempotent(true);
        self
    }
    /// Sends the request; returns the decoded result.
    pub async fn send(self) -> Result<super::models::RoomComposition, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<super::models::RoomComposition>, crate::Error> {
        let request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "/room_compositions/{room_composition_id}",
        )
        .path_param("room_composition_id", &self.room_composition_id)
        .auth(crate::runtime::Auth::Bearer)
        .idempotent(true)
        .options(self.options);
        self.client
            .execute(request)
            .await?
            .data::<super::models::RoomComposition>()
    }
}
/// Request for [`RoomCompositions::delete`]: set optional inputs, then `.send().await`.
///
/// `DELETE /room_compositions/{room_composition_id}`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomCompositionDeleteRequest {
    client: crate::Client,
    room_composition_id: String,
    options: crate::runtime::RequestOptions,
}
impl RoomCompositionDeleteRequest {
    /// Per-attempt timeout for this request, instead of the client's.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout(timeout);
        self
    }
    /// Overall deadline for this request across all attempts and the waits between
    /// them, instead of the client's.
    pub fn deadline(mut self, deadline: ::std::time::Duration) -> Self {
        self.options.deadline(deadline);
        self
    }
    /// Retries after the first attempt for this request, instead of the client's.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.options.max_retries(retries);
        self
    }
    /// Adds a header to this request.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.options.header(name, value);
        self
    }
    /// Also retries after failures the server may have acted on (timeouts, 409, 5xx).
    pub fn retry_non_idempotent(mut self) -> Self {
        self.options.retry_non_idempotent(true);
        self
    }
    /// Sends the request; returns the decoded result.
    pub async fn send(self) -> Result<(), crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(self) -> Result<crate::ApiResponse<()>, crate::Error> {
        let request = crate::runtime::Request::new(
            crate::runtime::Method::DELETE,
            "/room_compositions/{room_composition_id}",
        )
        .path_param("room_composition_id", &self.room_composition_id)
        .auth(crate::runtime::Auth::Bearer)
        .idempotent(true)
        .options(self.options);
        self.client.execute(request).await?.empty()
    }
}
/// The `RoomCompositionListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomCompositionListFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_created_at: Option<super::models::DateRange>,
    /// Only compositions of this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<::uuid::Uuid>,
    /// Only compositions in this state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RoomCompositionListFilterStatus>,
}
impl RoomCompositionListFilter {
    /// Sets `date_created_at`.
    pub fn date_created_at(mut self, value: super::models::DateRange) -> Self {
        self.date_created_at = Some(value);
        self
    }
    /// Sets `session_id`.
    pub fn session_id(mut self, value: ::uuid::Uuid) -> Self {
        self.session_id = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: RoomCompositionListFilterStatus) -> Self {
        self.status = Some(value);
        self
    }
}
/// Only compositions in this state.
#[derive(Debug, Clone, PartialEq, Eq, Hash, ::serde::Deserialize)]
#[serde(from = "String")]
pub enum RoomCompositionListFilterStatus {
    /// `completed`
    Completed,
    /// `processing`
    Processing,
    /// `enqueued`
    Enqueued,
    /// A value this version of the crate does not know, kept exactly as received.
    Unknown(String),
}
impl RoomCompositionListFilterStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Processing => "processing",
            Self::Enqueued => "enqueued",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn known(value: &str) -> Option<Self> {
        match value {
            "completed" => Some(Self::Completed),
            "processing" => Some(Self::Processing),
            "enqueued" => Some(Self::Enqueued),
            _ => None,
        }
    }
}
impl From<String> for RoomCompositionListFilterStatus {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(value),
        }
    }
}
impl From<&str> for RoomCompositionListFilterStatus {
    fn from(value: &str) -> Self {
        Self::known(value).unwrap_or_else(|| Self::Unknown(value.to_owned()))
    }
}
impl ::std::fmt::Display for RoomCompositionListFilterStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RoomCompositionListFilterStatus {
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
