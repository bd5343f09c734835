// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Sessions, one per period during which a room had participants.
//!
//! The resource's operations (reached with the `Client` method of the same name), their request builders, and the types only they use: filters, inline request and response bodies.
/// Sessions, one per period during which a room had participants.
#[derive(Debug, Clone)]
pub struct RoomSessions {
    client: crate::Client,
}
impl crate::Client {
    /// The `room_sessions` operations.
    pub fn room_sessions(&self) -> RoomSessions {
        RoomSessions {
            client: self.clone(),
        }
    }
}
impl RoomSessions {
    /// List room sessions.
    ///
    /// `GET /room_sessions`
    pub fn list(&self) -> RoomSessionListRequest {
        RoomSessionListRequest {
            client: self.client.clone(),
            include_participants: None,
            filter: None,
            page: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Retrieve a room session.
    ///
    /// `GET /room_sessions/{room_session_id}`
    pub fn retrieve(&self, room_session_id: impl Into<String>) -> RoomSessionRetrieveRequest {
        RoomSessionRetrieveRequest {
            client: self.client.clone(),
            room_session_id: room_session_id.into(),
            include_participants: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// End a room session.
    ///
    /// Every participant still present is disconnected.
    ///
    /// Needs no API key: it works on a client built without one. A client that has a key sends it, as Telnyx's own SDKs do, so the call keeps working if the server starts to require it.
    ///
    /// `POST /room_sessions/{room_session_id}/actions/end`
    pub fn end(&self, room_session_id: impl Into<String>) -> RoomSessionEndRequest {
        RoomSessionEndRequest {
            client: self.client.clone(),
            room_session_id: room_session_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Disconnect participants from a room session.
    ///
    /// Needs no API key: it works on a client built without one. A client that has a key sends it, as Telnyx's own SDKs do, so the call keeps working if the server starts to require it.
    ///
    /// `POST /room_sessions/{room_session_id}/actions/kick`
    pub fn kick(&self, room_session_id: impl Into<String>) -> RoomSessionKickRequest {
        RoomSessionKickRequest {
            client: self.client.clone(),
            room_session_id: room_session_id.into(),
            body: super::models::ActionsParticipantsRequest {
                exclude: None,
                participants: None,
            },
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Mute participants of a room session.
    ///
    /// Needs no API key: it works on a client built without one. A client that has a key sends it, as Telnyx's own SDKs do, so the call keeps working if the server starts to require it.
    ///
    /// `POST /room_sessions/{room_session_id}/actions/mute`
    pub fn mute(&self, room_session_id: impl Into<String>) -> RoomSessionMuteRequest {
        RoomSessionMuteRequest {
            client: self.client.clone(),
            room_session_id: room_session_id.into(),
            body: super::models::ActionsParticipantsRequest {
                exclude: None,
                participants: None,
            },
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Unmute participants of a room session.
    ///
    /// Needs no API key: it works on a client built without one. A client that has a key sends it, as Telnyx's own SDKs do, so the call keeps working if the server starts to require it.
    ///
    /// `POST /room_sessions/{room_session_id}/actions/unmute`
    pub fn unmute(&self, room_session_id: impl Into<String>) -> RoomSessionUnmuteRequest {
        RoomSessionUnmuteRequest {
            client: self.client.clone(),
            room_session_id: room_session_id.into(),
            body: super::models::ActionsParticipantsRequest {
                exclude: None,
                participants: None,
            },
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// List the participants of a room session.
    ///
    /// `GET /room_sessions/{room_session_id}/participants`
    pub fn list_participants(
        &self,
        room_session_id: impl Into<String>,
    ) -> RoomSessionListParticipantsRequest {
        RoomSessionListParticipantsRequest {
            client: self.client.clone(),
            room_session_id: room_session_id.into(),
            filter: None,
            page: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// Request for [`RoomSessions::list`]: set optional inputs, then `.send().await`.
///
/// `GET /room_sessions`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomSessionListRequest {
    client: crate::Client,
    include_participants: Option<bool>,
    filter: Option<RoomSessionListFilter>,
    page: Option<super::models::PageParams>,
    options: crate::runtime::RequestOptions,
}
impl RoomSessionListRequest {
    /// Also return each session's participants.
    pub fn include_participants(mut self, value: bool) -> Self {
        self.include_participants = Some(value);
        self
    }
    /// Narrows the list; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomSessionListFilter) -> Self {
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
        crate::runtime::Page<super::models::RoomSession, super::models::PaginationMeta>,
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
            crate::runtime::Page<super::models::RoomSession, super::models::PaginationMeta>,
        >,
        crate::Error,
    > {
        let request = crate::runtime::Request::new(crate::runtime::Method::GET, "/room_sessions")
            .query(
                "include_participants",
                &self.include_participants,
                crate::runtime::QueryStyle::Form,
            )
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
            .page::<super::models::RoomSession, super::models::PaginationMeta>()
    }
    /// Every page from the one set with `page` (default 1) on, as a stream that keeps all
    /// other inputs. It ends after the last page or at an empty page; it ends with a
    /// [`crate::runtime::PaginationError`] when the server repeats a page or does not
    /// advance, or after the client's `max_pages`; it stops when dropped.
    pub fn pages(
        self,
    ) -> crate::runtime::PageStream<super::models::RoomSession, super::models::PaginationMeta> {
        let first = self.page.as_ref().and_then(|p| p.number).unwrap_or(1);
        let limit = self.client.max_pages();
        crate::runtime::pages(first, limit, move |number| {
            let mut request = self.clone();
            request.page.get_or_insert_with(Default::default).number = Some(number);
            request.send()
        })
    }
    /// Every item of every page, as a stream (see [`Self::pages`]).
    pub fn into_stream(self) -> crate::runtime::ItemStream<super::models::RoomSession> {
        crate::runtime::items(self.pages())
    }
}
/// Request for [`RoomSessions::retrieve`]: set optional inputs, then `.send().await`.
///
/// `GET /room_sessions/{room_session_id}`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomSessionRetrieveRequest {
    client: crate::Client,
    room_session_id: String,
    include_participants: Option<bool>,
    options: crate::runtime::RequestOptions,
}
impl RoomSessionRetrieveRequest {
    /// Also return each session's participants.
    pub fn include_participants(mut self, value: bool) -> Self {
        self.include_participants = Some(value);
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
    pub async fn send(self) -> Result<super::models::RoomSession, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<super::models::RoomSession>, crate::Error> {
        let request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "/room_sessions/{room_session_id}",
        )
        .path_param("room_session_id", &self.room_session_id)
        .query(
            "include_participants",
            &self.include_participants,
            crate::runtime::QueryStyle::Form,
        )
        .auth(crate::runtime::Auth::Bearer)
        .idempotent(true)
        .options(self.options);
        self.client
            .execute(request)
            .await?
            .data::<super::models::RoomSession>()
    }
}
/// Request for [`RoomSessions::end`]: set optional inputs, then `.send().await`.
///
/// `POST /room_sessions/{room_session_id}/actions/end`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomSessionEndRequest {
    client: crate::Client,
    room_session_id: String,
    options: crate::runtime::RequestOptions,
}
impl RoomSessionEndRequest {
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
    pub async fn send(self) -> Result<ActionResult, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<ActionResult>, crate::Error> {
        let request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "/room_sessions/{room_session_id}/actions/end",
        )
        .path_param("room_session_id", &self.room_session_id)
        .auth(crate::runtime::Auth::Optional)
        .idempotent(true)
        .options(self.options);
        self.client.execute(request).await?.data::<ActionResult>()
    }
}
/// Request for [`RoomSessions::kick`]: set optional inputs, then `.send().await`.
///
/// `POST /room_sessions/{room_session_id}/actions/kick`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomSessionKickRequest {
    client: crate::Client,
    room_session_id: String,
    body: super::models::ActionsParticipantsRequest,
    options: crate::runtime::RequestOptions,
}
impl RoomSessionKickRequest {
    /// Participants to leave out.
    pub fn exclude(mut self, value: Vec<::uuid::Uuid>) -> Self {
        self.body.exclude = Some(value);
        self
    }
    /// The participants to act on, or `"all"` for everyone present.
    pub fn participants(mut self, value: super::models::Participants) -> Self {
        self.body.participants = Some(value);
        self
    }
    /// Replaces the whole request body.
    pub fn body(mut self, body: super::models::ActionsParticipantsRequest) -> Self {
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
    pub async fn send(self) -> Result<ActionResult, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<ActionResult>, crate::Error> {
        let request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "/room_sessions/{room_session_id}/actions/kick",
        )
        .path_param("room_session_id", &self.room_session_id)
        .json_body(&self.body)
        .auth(crate::runtime::Auth::Optional)
        .idempotent(true)
        .options(self.options);
        self.client.execute(request).await?.data::<ActionResult>()
    }
}
/// Request for [`RoomSessions::mute`]: set optional inputs, then `.send().await`.
///
/// `POST /room_sessions/{room_session_id}/actions/mute`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomSessionMuteRequest {
    client: crate::Client,
    room_session_id: String,
    body: super::models::ActionsParticipantsRequest,
    options: crate::runtime::RequestOptions,
}
impl RoomSessionMuteRequest {
    /// Participants to leave out.
    pub fn exclude(mut self, value: Vec<::uuid::Uuid>) -> Self {
        self.body.exclude = Some(value);
        self
    }
    /// The participants to act on, or `"all"` for everyone present.
    pub fn participants(mut self, value: super::models::Participants) -> Self {
        self.body.participants = Some(value);
        self
    }
    /// Replaces the whole request body.
    pub fn body(mut self, body: super::models::ActionsParticipantsRequest) -> Self {
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
    pub async fn send(self) -> Result<ActionResult, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<ActionResult>, crate::Error> {
        let request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "/room_sessions/{room_session_id}/actions/mute",
        )
        .path_param("room_session_id", &self.room_session_id)
        .json_body(&self.body)
        .auth(crate::runtime::Auth::Optional)
        .idempotent(true)
        .options(self.options);
        self.client.execute(request).await?.data::<ActionResult>()
    }
}
/// Request for [`RoomSessions::unmute`]: set optional inputs, then `.send().await`.
///
/// `POST /room_sessions/{room_session_id}/actions/unmute`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomSessionUnmuteRequest {
    client: crate::Client,
    room_session_id: String,
    body: super::models::ActionsParticipantsRequest,
    options: crate::runtime::RequestOptions,
}
impl RoomSessionUnmuteRequest {
    /// Participants to leave out.
    pub fn exclude(mut self, value: Vec<::uuid::Uuid>) -> Self {
        self.body.exclude = Some(value);
        self
    }
    /// The participants to act on, or `"all"` for everyone present.
    pub fn participants(mut self, value: super::models::Participants) -> Self {
        self.body.participants = Some(value);
        self
    }
    /// Replaces the whole request body.
    pub fn body(mut self, body: super::models::ActionsParticipantsRequest) -> Self {
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
    pub async fn send(self) -> Result<ActionResult, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<ActionResult>, crate::Error> {
        let request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "/room_sessions/{room_session_id}/actions/unmute",
        )
        .path_param("room_session_id", &self.room_session_id)
        .json_body(&self.body)
        .auth(crate::runtime::Auth::Optional)
        .idempotent(true)
        .options(self.options);
        self.client.execute(request).await?.data::<ActionResult>()
    }
}
/// Request for [`RoomSessions::list_participants`]: set optional inputs, then `.send().await`.
///
/// `GET /room_sessions/{room_session_id}/participants`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomSessionListParticipantsRequest {
    client: crate::Client,
    room_session_id: String,
    filter: Option<RoomSessionListParticipantsFilter>,
    page: Option<super::models::PageParams>,
    options: crate::runtime::RequestOptions,
}
impl RoomSessionListParticipantsRequest {
    /// Narrows the list; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomSessionListParticipantsFilter) -> Self {
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
        let request = crate::runtime::Request::new(
            crate::runtime::Method::GET,
            "/room_sessions/{room_session_id}/participants",
        )
        .path_param("room_session_id", &self.room_session_id)
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
/// The `ActionResult` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ActionResult {
    /// `ok` when the action succeeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}
/// The `RoomSessionListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomSessionListFilter {
    /// Only sessions that are (true) or are not (false) in progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_created_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_ended_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_updated_at: Option<super::models::DateRange>,
    /// Only sessions of this room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_id: Option<String>,
}
impl RoomSessionListFilter {
    /// Sets `active`.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }
    /// Sets `date_created_at`.
    pub fn date_created_at(mut self, value: super::models::DateRange) -> Self {
        self.date_created_at = Some(value);
        self
    }
    /// Sets `date_ended_at`.
    pub fn date_ended_at(mut self, value: super::models::DateRange) -> Self {
        self.date_ended_at = Some(value);
        self
    }
    /// Sets `date_updated_at`.
    pub fn date_updated_at(mut self, value: super::models::DateRange) -> Self {
        self.date_updated_at = Some(value);
        self
    }
    /// Sets `room_id`.
    pub fn room_id(mut self, value: impl Into<String>) -> Self {
        self.room_id = Some(value.into());
        self
    }
}
/// The `RoomSessionListParticipantsFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomSessionListParticipantsFilter {
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
}
impl RoomSessionListParticipantsFilter {
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
}
