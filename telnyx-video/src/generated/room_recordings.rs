// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Recordings of participants' audio and video tracks.
//!
//! The resource's operations (reached with the `Client` method of the same name), their request builders, and the types only they use: filters, inline request and response bodies.
/// Recordings of participants' audio and video tracks.
#[derive(Debug, Clone)]
pub struct RoomRecordings {
    client: crate::Client,
}
impl crate::Client {
    /// The `room_recordings` operations.
    pub fn room_recordings(&self) -> RoomRecordings {
        RoomRecordings {
            client: self.clone(),
        }
    }
}
impl RoomRecordings {
    /// List room recordings.
    ///
    /// `GET /room_recordings`
    pub fn list(&self) -> RoomRecordingListRequest {
        RoomRecordingListRequest {
            client: self.client.clone(),
            filter: None,
            page: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Delete every room recording the filter selects.
    ///
    /// Without a filter this selects every recording of the account.
    ///
    /// `DELETE /room_recordings`
    pub fn delete_bulk(&self) -> RoomRecordingDeleteBulkRequest {
        RoomRecordingDeleteBulkRequest {
            client: self.client.clone(),
            filter: None,
            page: None,
            allow_without_filter: false,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Retrieve a room recording.
    ///
    /// `GET /room_recordings/{room_recording_id}`
    pub fn retrieve(&self, room_recording_id: impl Into<String>) -> RoomRecordingRetrieveRequest {
        RoomRecordingRetrieveRequest {
            client: self.client.clone(),
            room_recording_id: room_recording_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Delete a room recording.
    ///
    /// `DELETE /room_recordings/{room_recording_id}`
    pub fn delete(&self, room_recording_id: impl Into<String>) -> RoomRecordingDeleteRequest {
        RoomRecordingDeleteRequest {
            client: self.client.clone(),
            room_recording_id: room_recording_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// Request for [`RoomRecordings::list`]: set optional inputs, then `.send().await`.
///
/// `GET /room_recordings`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomRecordingListRequest {
    client: crate::Client,
    filter: Option<RoomRecordingFilter>,
    page: Option<super::models::PageParams>,
    options: crate::runtime::RequestOptions,
}
impl RoomRecordingListRequest {
    /// Selects recordings; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomRecordingFilter) -> Self {
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
        crate::runtime::Page<super::models::RoomRecording, super::models::PaginationMeta>,
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
            crate::runtime::Page<super::models::RoomRecording, super::models::PaginationMeta>,
        >,
        crate::Error,
    > {
        let request = crate::runtime::Request::new(crate::runtime::Method::GET, "/room_recordings")
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
            .page::<super::models::RoomRecording, super::models::PaginationMeta>()
    }
    /// Every page from the one set with `page` (default 1) on, as a stream that keeps all
    /// other inputs. It ends after the last page or at an empty page; it ends with a
    /// [`crate::runtime::PaginationError`] when the server repeats a page or does not
    /// advance, or after the client's `max_pages`; it stops when dropped.
    pub fn pages(
        self,
    ) -> crate::runtime::PageStream<super::models::RoomRecording, super::models::PaginationMeta>
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
    pub fn into_stream(self) -> crate::runtime::ItemStream<super::models::RoomRecording> {
        crate::runtime::items(self.pages())
    }
}
/// Request for [`RoomRecordings::delete_bulk`]: set optional inputs, then `.send().await`.
///
/// `DELETE /room_recordings`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomRecordingDeleteBulkRequest {
    client: crate::Client,
    filter: Option<RoomRecordingFilter>,
    page: Option<super::models::PageParams>,
    allow_without_filter: bool,
    options: crate::runtime::RequestOptions,
}
impl RoomRecordingDeleteBulkRequest {
    /// Selects recordings; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomRecordingFilter) -> Self {
        self.filter = Some(value);
        self
    }
    /// Which page to return; sent as `page[number]` and `page[size]`.
    pub fn page(mut self, value: super::models::PageParams) -> Self {
        self.page = Some(value);
        self
    }
    /// Sends the request even without `filter`, so that it applies to every record of the account. Without this, a request that puts no `filter` on the wire (unset, or every field of it unset) is refused before it is sent.
    pub fn allow_without_filter(mut self) -> Self {
        self.allow_without_filter = true;
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
    pub async fn send(self) -> Result<RoomRecordingDeleteBulkResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<RoomRecordingDeleteBulkResponse>, crate::Error> {
        let request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "/room_recordings")
                .query(
                    "filter",
                    &self.filter,
                    crate::runtime::QueryStyle::DeepObject,
                )
                .query("page", &self.page, crate::runtime::QueryStyle::DeepObject)
                .require_param("filter", self.allow_without_filter, "allow_without_filter")
                .auth(crate::runtime::Auth::Bearer)
                .idempotent(true)
                .options(self.options);
        self.client
            .execute(request)
            .await?
            .data::<RoomRecordingDeleteBulkResponse>()
    }
}
/// Request for [`RoomRecordings::retrieve`]: set optional inputs, then `.send().await`.
///
/// `GET /room_recordings/{room_recording_id}`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomRecordingRetrieveRequest {
    client: crate::Client,
    room_recording_id: String,
    options: crate::runtime::RequestOptions,
}
impl RoomRecordingRetrieveRequest {
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
    pub async fn send(self) -> Result<super::models::RoomRecording, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<super::models::RoomRecording>, crate::Error> {
        let request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "/room_recordings/{room_recording_id}",
        )
        .path_param("room_recording_id", &self.room_recording_id)
        .auth(crate::runtime::Auth::Bearer)
        .idempotent(true)
        .options(self.options);
        self.client
            .execute(request)
            .await?
            .data::<super::models::RoomRecording>()
    }
}
/// Request for [`RoomRecordings::delete`]: set optional inputs, then `.send().await`.
///
/// `DELETE /room_recordings/{room_recording_id}`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomRecordingDeleteRequest {
    client: crate::Client,
    room_recording_id: String,
    options: crate::runtime::RequestOptions,
}
impl RoomRecordingDeleteRequest {
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
            "/room_recordings/{room_recording_id}",
        )
        .path_param("room_recording_id", &self.room_recording_id)
        .auth(crate::runtime::Auth::Bearer)
        .idempotent(true)
        .options(self.options);
        self.client.execute(request).await?.empty()
    }
}
/// The `RoomRecordingDeleteBulkResponse` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomRecordingDeleteBulkResponse {
    /// Number of recordings deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_recordings: Option<i64>,
}
/// The `RoomRecordingFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomRecordingFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_ended_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_started_at: Option<super::models::DateRange>,
    /// Only recordings at least this many seconds long.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_secs: Option<i64>,
    /// Only recordings of this participant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_id: Option<::uuid::Uuid>,
    /// Only recordings made in this room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_id: Option<::uuid::Uuid>,
    /// Only recordings made in this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<::uuid::Uuid>,
    /// Only recordings in this state (`completed`, `processing`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Only recordings of this kind (`audio`, `video`).
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
}
impl RoomRecordingFilter {
    /// Sets `date_ended_at`.
    pub fn date_ended_at(mut self, value: super::models::DateRange) -> Self {
        self.date_ended_at = Some(value);
        self
    }
    /// Sets `date_started_at`.
    pub fn date_started_at(mut self, value: super::models::DateRange) -> Self {
        self.date_started_at = Some(value);
        self
    }
    /// Sets `duration_secs`.
    pub fn duration_secs(mut self, value: i64) -> Self {
        self.duration_secs = Some(value);
        self
    }
    /// Sets `participant_id`.
    pub fn participant_id(mut self, value: ::uuid::Uuid) -> Self {
        self.participant_id = Some(value);
        self
    }
    /// Sets `room_id`.
    pub fn room_id(mut self, value: ::uuid::Uuid) -> Self {
        self.room_id = Some(value);
        self
    }
    /// Sets `session_id`.
    pub fn session_id(mut self, value: ::uuid::Uuid) -> Self {
        self.session_id = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
}
