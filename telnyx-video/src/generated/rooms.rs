// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Video rooms, the places participants meet.
//!
//! The resource's operations (reached with the `Client` method of the same name), their request builders, and the types only they use: filters, inline request and response bodies.
/// Video rooms, the places participants meet.
#[derive(Debug, Clone)]
pub struct Rooms {
    client: crate::Client,
}
impl crate::Client {
    /// The `rooms` operations.
    pub fn rooms(&self) -> Rooms {
        Rooms {
            client: self.clone(),
        }
    }
}
impl Rooms {
    /// List rooms.
    ///
    /// `GET /rooms`
    pub fn list(&self) -> RoomListRequest {
        RoomListRequest {
            client: self.client.clone(),
            include_sessions: None,
            filter: None,
            page: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Create a room.
    ///
    /// The room exists when the call returns.
    ///
    /// `POST /rooms`
    pub fn create(&self) -> RoomCreateRequest {
        RoomCreateRequest {
            client: self.client.clone(),
            body: super::models::CreateRoomRequest {
                enable_recording: None,
                max_participants: None,
                unique_name: None,
                webhook_event_failover_url: None,
                webhook_event_url: None,
                webhook_timeout_secs: None,
            },
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Retrieve a room.
    ///
    /// `GET /rooms/{room_id}`
    pub fn retrieve(&self, room_id: impl Into<String>) -> RoomRetrieveRequest {
        RoomRetrieveRequest {
            client: self.client.clone(),
            room_id: room_id.into(),
            include_sessions: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Delete a room.
    ///
    /// Participants present are disconnected, nobody can join the room any more, and the room stops being billed.
    ///
    /// `DELETE /rooms/{room_id}`
    pub fn delete(&self, room_id: impl Into<String>) -> RoomDeleteRequest {
        RoomDeleteRequest {
            client: self.client.clone(),
            room_id: room_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Update a room.
    ///
    /// Only the fields present in the body change.
    ///
    /// `PATCH /rooms/{room_id}`
    pub fn update(&self, room_id: impl Into<String>) -> RoomUpdateRequest {
        RoomUpdateRequest {
            client: self.client.clone(),
            room_id: room_id.into(),
            body: super::models::PatchRoomRequest {
                enable_recording: None,
                max_participants: None,
                unique_name: None,
                webhook_event_failover_url: None,
                webhook_event_url: None,
                webhook_timeout_secs: None,
            },
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Create a client token to join a room.
    ///
    /// Returns a short-lived client token, which an end user's client presents to join the room, and a longer-lived refresh token that obtains new client tokens.
    ///
    /// `POST /rooms/{room_id}/actions/generate_join_client_token`
    pub fn create_client_token(&self, room_id: impl Into<String>) -> RoomCreateClientTokenRequest {
        RoomCreateClientTokenRequest {
            client: self.client.clone(),
            room_id: room_id.into(),
            body: super::models::CreateRoomClientTokenRequest {
                refresh_token_ttl_secs: None,
                token_ttl_secs: None,
            },
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Refresh a client token.
    ///
    /// Exchanges a refresh token for a new client token. The refresh token itself authorizes the exchange, so an end user's device can call it without the account's API key.
    ///
    /// Needs no API key: it works on a client built without one. A client that has a key sends it, as Telnyx's own SDKs do, so the call keeps working if the server starts to require it.
    ///
    /// `POST /rooms/{room_id}/actions/refresh_client_token`
    pub fn refresh_client_token(
        &self,
        room_id: impl Into<String>,
        refresh_token: impl Into<String>,
    ) -> RoomRefreshClientTokenRequest {
        RoomRefreshClientTokenRequest {
            client: self.client.clone(),
            room_id: room_id.into(),
            body: super::models::RefreshRoomClientTokenRequest {
                refresh_token: refresh_token.into(),
                token_ttl_secs: None,
            },
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// List the sessions of a room.
    ///
    /// `GET /rooms/{room_id}/sessions`
    pub fn list_sessions(&self, room_id: impl Into<String>) -> RoomListSessionsRequest {
        RoomListSessionsRequest {
            client: self.client.clone(),
            room_id: room_id.into(),
            include_participants: None,
            filter: None,
            page: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
/// Request for [`Rooms::list`]: set optional inputs, then `.send().await`.
///
/// `GET /rooms`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomListRequest {
    client: crate::Client,
    include_sessions: Option<bool>,
    filter: Option<RoomListFilter>,
    page: Option<super::models::PageParams>,
    options: crate::runtime::RequestOptions,
}
impl RoomListRequest {
    /// Also return each room's sessions.
    pub fn include_sessions(mut self, value: bool) -> Self {
        self.include_sessions = Some(value);
        self
    }
    /// Narrows the list; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomListFilter) -> Self {
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
        crate::runtime::Page<super::models::Room, super::models::PaginationMeta>,
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
            crate::runtime::Page<super::models::Room, super::models::PaginationMeta>,
        >,
        crate::Error,
    > {
        let request = crate::runtime::Request::new(crate::runtime::Method::GET, "/rooms")
            .query(
                "include_sessions",
                &self.include_sessions,
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
            .page::<super::models::Room, super::models::PaginationMeta>()
    }
    /// Every page from the one set with `page` (default 1) on, as a stream that keeps all
    /// other inputs. It ends after the last page or at an empty page; it ends with a
    /// [`crate::runtime::PaginationError`] when the server repeats a page or does not
    /// advance, or after the client's `max_pages`; it stops when dropped.
    pub fn pages(
        self,
    ) -> crate::runtime::PageStream<super::models::Room, super::models::PaginationMeta> {
        let first = self.page.as_ref().and_then(|p| p.number).unwrap_or(1);
        let limit = self.client.max_pages();
        crate::runtime::pages(first, limit, move |number| {
            let mut request = self.clone();
            request.page.get_or_insert_with(Default::default).number = Some(number);
            request.send()
        })
    }
    /// Every item of every page, as a stream (see [`Self::pages`]).
    pub fn into_stream(self) -> crate::runtime::ItemStream<super::models::Room> {
        crate::runtime::items(self.pages())
    }
}
/// Request for [`Rooms::create`]: set optional inputs, then `.send().await`.
///
/// `POST /rooms`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomCreateRequest {
    client: crate::Client,
    body: super::models::CreateRoomRequest,
    options: crate::runtime::RequestOptions,
}
impl RoomCreateRequest {
    /// Record every participant's tracks.
    ///
    /// Server default when omitted: `false`.
    pub fn enable_recording(mut self, value: bool) -> Self {
        self.body.enable_recording = Some(value);
        self
    }
    /// How many participants may be present at once; more are refused.
    ///
    /// Server default when omitted: `10`.
    /// Range: 2 to 50.
    pub fn max_participants(mut self, value: i64) -> Self {
        self.body.max_participants = Some(value);
        self
    }
    /// A name of your choosing, unique within your account.
    pub fn unique_name(mut self, value: impl Into<String>) -> Self {
        self.body.unique_name = Some(value.into());
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
    pub fn body(mut self, body: super::models::CreateRoomRequest) -> Self {
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
    pub async fn send(self) -> Result<super::models::Room, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<super::models::Room>, crate::Error> {
        let request = crate::runtime::Request::new(crate::runtime::Method::POST, "/rooms")
            .json_body(&self.body)
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(false)
            .options(self.options);
        self.client
            .execute(request)
            .await?
            .data::<super::models::Room>()
    }
}
/// Request for [`Rooms::retrieve`]: set optional inputs, then `.send().await`.
///
/// `GET /rooms/{room_id}`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomRetrieveRequest {
    client: crate::Client,
    room_id: String,
    include_sessions: Option<bool>,
    options: crate::runtime::RequestOptions,
}
impl RoomRetrieveRequest {
    /// Also return the room's sessions.
    pub fn include_sessions(mut self, value: bool) -> Self {
        self.include_sessions = Some(value);
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
    pub async fn send(self) -> Result<super::models::Room, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<super::models::Room>, crate::Error> {
        let request = crate::runtime::Request::new(crate::runtime::Method::GET, "/rooms/{room_id}")
            .path_param("room_id", &self.room_id)
            .query(
                "include_sessions",
                &self.include_sessions,
                crate::runtime::QueryStyle::Form,
            )
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
            .options(self.options);
        self.client
            .execute(request)
            .await?
            .data::<super::models::Room>()
    }
}
/// Request for [`Rooms::delete`]: set optional inputs, then `.send().await`.
///
/// `DELETE /rooms/{room_id}`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomDeleteRequest {
    client: crate::Client,
    room_id: String,
    options: crate::runtime::RequestOptions,
}
impl RoomDeleteRequest {
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
        let request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "/rooms/{room_id}")
                .path_param("room_id", &self.room_id)
                .auth(crate::runtime::Auth::Bearer)
                .idempotent(true)
                .options(self.options);
        self.client.execute(request).await?.empty()
    }
}
/// Request for [`Rooms::update`]: set optional inputs, then `.send().await`.
///
/// `PATCH /rooms/{room_id}`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomUpdateRequest {
    client: crate::Client,
    room_id: String,
    body: super::models::PatchRoomRequest,
    options: crate::runtime::RequestOptions,
}
impl RoomUpdateRequest {
    /// Record every participant's tracks.
    ///
    /// Server default when omitted: `false`.
    pub fn enable_recording(mut self, value: bool) -> Self {
        self.body.enable_recording = Some(value);
        self
    }
    /// How many participants may be present at once; more are refused.
    ///
    /// Server default when omitted: `10`.
    /// Range: 2 to 50.
    pub fn max_participants(mut self, value: i64) -> Self {
        self.body.max_participants = Some(value);
        self
    }
    /// A name of your choosing, unique within your account.
    pub fn unique_name(mut self, value: impl Into<String>) -> Self {
        self.body.unique_name = Some(value.into());
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
    pub fn body(mut self, body: super::models::PatchRoomRequest) -> Self {
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
    pub async fn send(self) -> Result<super::models::Room, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<super::models::Room>, crate::Error> {
        let request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "/rooms/{room_id}")
                .path_param("room_id", &self.room_id)
                .json_body(&self.body)
                .auth(crate::runtime::Auth::Bearer)
                .idempotent(true)
                .options(self.options);
        self.client
            .execute(request)
            .await?
            .data::<super::models::Room>()
    }
}
/// Request for [`Rooms::create_client_token`]: set optional inputs, then `.send().await`.
///
/// `POST /rooms/{room_id}/actions/generate_join_client_token`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomCreateClientTokenRequest {
    client: crate::Client,
    room_id: String,
    body: super::models::CreateRoomClientTokenRequest,
    options: crate::runtime::RequestOptions,
}
impl RoomCreateClientTokenRequest {
    /// Seconds until the refresh token expires.
    ///
    /// Server default when omitted: `3600`.
    /// Range: 60 to 86400.
    pub fn refresh_token_ttl_secs(mut self, value: i64) -> Self {
        self.body.refresh_token_ttl_secs = Some(value);
        self
    }
    /// Seconds until the client token expires.
    ///
    /// Server default when omitted: `600`.
    /// Range: 10 to 3600.
    pub fn token_ttl_secs(mut self, value: i64) -> Self {
        self.body.token_ttl_secs = Some(value);
        self
    }
    /// Replaces the whole request body.
    pub fn body(mut self, body: super::models::CreateRoomClientTokenRequest) -> Self {
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
    pub async fn send(self) -> Result<RoomCreateClientTokenResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<RoomCreateClientTokenResponse>, crate::Error> {
        let request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "/rooms/{room_id}/actions/generate_join_client_token",
        )
        .path_param("room_id", &self.room_id)
        .json_body(&self.body)
        .auth(crate::runtime::Auth::Bearer)
        .idempotent(false)
        .options(self.options);
        self.client
            .execute(request)
            .await?
            .data::<RoomCreateClientTokenResponse>()
    }
}
/// Request for [`Rooms::refresh_client_token`]: set optional inputs, then `.send().await`.
///
/// `POST /rooms/{room_id}/actions/refresh_client_token`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomRefreshClientTokenRequest {
    client: crate::Client,
    room_id: String,
    body: super::models::RefreshRoomClientTokenRequest,
    options: crate::runtime::RequestOptions,
}
impl RoomRefreshClientTokenRequest {
    /// Seconds until the client token expires.
    ///
    /// Server default when omitted: `600`.
    /// Range: 10 to 3600.
    pub fn token_ttl_secs(mut self, value: i64) -> Self {
        self.body.token_ttl_secs = Some(value);
        self
    }
    /// Replaces the whole request body.
    pub fn body(mut self, body: super::models::RefreshRoomClientTokenRequest) -> Self {
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
    pub async fn send(self) -> Result<RoomRefreshClientTokenResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(crate::ApiResponse::into_data)
    }
    /// Sends the request; returns the decoded result with status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<crate::ApiResponse<RoomRefreshClientTokenResponse>, crate::Error> {
        let request = crate::runtime::Request::new(
            crate::runtime::Method::POST,
            "/rooms/{room_id}/actions/refresh_client_token",
        )
        .path_param("room_id", &self.room_id)
        .json_body(&self.body)
        .secret(&self.body.refresh_token)
        .auth(crate::runtime::Auth::Optional)
        .idempotent(false)
        .options(self.options);
        self.client
            .execute(request)
            .await?
            .data::<RoomRefreshClientTokenResponse>()
    }
}
/// Request for [`Rooms::list_sessions`]: set optional inputs, then `.send().await`.
///
/// `GET /rooms/{room_id}/sessions`
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RoomListSessionsRequest {
    client: crate::Client,
    room_id: String,
    include_participants: Option<bool>,
    filter: Option<RoomListSessionsFilter>,
    page: Option<super::models::PageParams>,
    options: crate::runtime::RequestOptions,
}
impl RoomListSessionsRequest {
    /// Also return each session's participants.
    pub fn include_participants(mut self, value: bool) -> Self {
        self.include_participants = Some(value);
        self
    }
    /// Narrows the list; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomListSessionsFilter) -> Self {
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
        let request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "/rooms/{room_id}/sessions")
                .path_param("room_id", &self.room_id)
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
/// The `RoomCreateClientTokenResponse` type of the API.
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomCreateClientTokenResponse {
    /// Obtains new client tokens until it expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// When the refresh token stops working.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_expires_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The client token that joins the room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// When the client token stops working.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expires_at: Option<::chrono::DateTime<::chrono::Utc>>,
}
impl ::std::fmt::Debug for RoomCreateClientTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomCreateClientTokenResponse")
            .field(
                "refresh_token",
                &self.refresh_token.as_ref().map(|_| "[redacted]"),
            )
            .field("refresh_token_expires_at", &self.refresh_token_expires_at)
            .field("token", &self.token.as_ref().map(|_| "[redacted]"))
            .field("token_expires_at", &self.token_expires_at)
            .finish()
    }
}
/// The `RoomListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomListFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_created_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_updated_at: Option<super::models::DateRange>,
    /// Only the room with this unique name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_name: Option<String>,
}
impl RoomListFilter {
    /// Sets `date_created_at`.
    pub fn date_created_at(mut self, value: super::models::DateRange) -> Self {
        self.date_created_at = Some(value);
        self
    }
    /// Sets `date_updated_at`.
    pub fn date_updated_at(mut self, value: super::models::DateRange) -> Self {
        self.date_updated_at = Some(value);
        self
    }
    /// Sets `unique_name`.
    pub fn unique_name(mut self, value: impl Into<String>) -> Self {
        self.unique_name = Some(value.into());
        self
    }
}
/// The `RoomListSessionsFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomListSessionsFilter {
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
}
impl RoomListSessionsFilter {
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
}
/// The `RoomRefreshClientTokenResponse` type of the API.
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomRefreshClientTokenResponse {
    /// The client token that joins the room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// When the client token stops working.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expires_at: Option<::chrono::DateTime<::chrono::Utc>>,
}
impl ::std::fmt::Debug for RoomRefreshClientTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomRefreshClientTokenResponse")
            .field("token", &self.token.as_ref().map(|_| "[redacted]"))
            .field("token_expires_at", &self.token_expires_at)
            .finish()
    }
}
