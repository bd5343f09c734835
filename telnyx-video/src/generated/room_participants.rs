// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Participants, one per client that joined a session.
//!
//! The resource's operations (reached with the `Client` method of the same name), their request builders, and the types only they use: filters, inline request and response bodies.
/// Participants, one per client that joined a session.
#[derive(Debug, Clone)]
pub struct RoomParticipants {
    client: crate::Client,
}
impl crate::Client {
    /// The `room_participants` operations.
    pub fn room_participants(&self) -> RoomParticipants {
        RoomParticipants {
            client: self.clone(),
        }
    }
}
impl RoomParticipants {
    /// List room participants.
    ///
    /// `GET /room_participants`
    pub fn list(&self) -> RoomParticipantListRequest {
        RoomParticipantListRequest {
            client: self.client.clone(),
            filter: None,
            page: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Retrieve a room participant.
    ///
    /// `GET /room_participants/{room_participant_id}`
    pub fn retrieve(
        &self,
        room_participant_id: impl Into<String>,
    ) -> RoomParticipantRetrieveRequest {
        RoomParticipantRetrieveRequest {
            client: self.client.clone(),
            room_participant_id: room_participant_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// Request for [`RoomParticipants::list`]: set optional inputs, then `.send().await`.
///
/// `GET /room_participants`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomParticipantListRequest {
    client: crate::Client,
    filter: Option<RoomParticipantListFilter>,
    page: Option<super::models::PageParams>,
    options: crate::runtime::RequestOptions,
}
impl RoomParticipantListRequest {
    /// Narrows the list; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomParticipantListFilter) -> Self {
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
        crate::runtime::Page<super::models::RoomParticipant, super::models::PaginationMeta>,
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
            crate::runtime::Page<super::models::RoomParticipant, super::models::PaginationMeta>,
        >,
        crate::Error,
    > {
        let request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "/room_participants")
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
            .page::<super::models::RoomParticipant, super::models::PaginationMeta>()
    }
    /// Every page from the one set with `page` (default 1) on, as a stream that keeps all
    /// other inputs. It ends after the last page or at an empty page; it ends with a
    /// [`crate::runtime::PaginationError`] when the server repeats a page or does not
    /// advance, or after the client's `max_pages`; it stops when dropped.
    pub fn pages(
        self,
    ) -> crate::runtime::PageStream<super::models::RoomParticipant, super::models::PaginationMeta>
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
    pub fn into_stream(self) -> crate::runtime::ItemStream<super::models::RoomParticipant> {
        crate::runtime::items(self.pages())
    }
}
/// Request for [`RoomParticipants::retrieve`]: set optional inputs, then `.send().await`.
///
/// `GET /room_participants/{room_participant_id}`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomParticipantRetrieveRequest {
    client: crate::Client,
    room_participant_id: String,
    options: crate::runtime::RequestOptions,
}
impl RoomParticipantRetrieveRequest {
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
    pub async fn send(self) -> Result<super::models::RoomParticipant, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<super::models::RoomParticipant>, crate::Error> {
        let request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "/room_participants/{room_participant_id}",
        )
        .path_param("room_participant_id", &self.room_participant_id)
        .auth(crate::runtime::Auth::Bearer)
        .idempotent(true)
        .options(self.options);
        self.client
            .execute(request)
            .await?
            .data::<super::models::RoomParticipant>()
    }
}
/// The `RoomParticipantListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomParticipantListFilter {
    /// Only participants whose client gave this context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_joined_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_left_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_updated_at: Option<super::models::DateRange>,
    /// Only participants of this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
}
impl RoomParticipantListFilter {
    /// Sets `context`.
    pub fn context(mut self, value: impl Into<String>) -> Self {
        self.context = Some(value.into());
        self
    }
    /// Sets `date_joined_at`.
    pub fn date_joined_at(mut self, value: super::models::DateRange) -> Self {
        self.date_joined_at = Some(value);
        self
    }
    /// Sets `date_left_at`.
    pub fn date_left_at(mut self, value: super::models::DateRange) -> Self {
        self.date_left_at = Some(value);
        self
    }
    /// Sets `date_updated_at`.
    pub fn date_updated_at(mut self, value: super::models::DateRange) -> Self {
        self.date_updated_at = Some(value);
        self
    }
    /// Sets `session_id`.
    pub fn session_id(mut self, value: impl Into<String>) -> Self {
        self.session_id = Some(value.into());
        self
    }
}
