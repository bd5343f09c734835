// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Video rooms, the places participants meet.
//!
//! The resource's operations (reached with the `Client` method of the same name), their request builders, and the types only they use: filters, inline request and response bodies.
use super::models::{
    CreateRoomClientTokenRequest, CreateRoomRequest, DateRange, PageParams,
    PaginationMeta, PatchRoomRequest, RefreshRoomClientTokenRequest, Room, RoomSession,
};

/// Video rooms, the places participants meet.
#[derive(Debug, Clone)]
pub struct Rooms {
    client: crate::Client,
}

impl crate::Client {
    /// The `rooms` operations.
    pub fn rooms(&self) -> Rooms {
        Rooms { client: self.clone() }
    }
}

impl Rooms {
    /// List rooms.
    ///
    /// `GET /rooms`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.rooms().list().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> RoomListRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomListInputs {
                include_sessions: None,
                filter: None,
                page: None,
            },
        )
    }

    /// Create a room.
    ///
    /// The room exists when the call returns.
    ///
    /// `POST /rooms`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.rooms().create().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(&self) -> RoomCreateRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomCreateInputs {
                body: CreateRoomRequest {
                    enable_recording: None,
                    max_participants: None,
                    unique_name: None,
                    webhook_event_failover_url: None,
                    webhook_event_url: None,
                    webhook_timeout_secs: None,
                },
            },
        )
    }

    /// Retrieve a room.
    ///
    /// `GET /rooms/{room_id}`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.rooms().retrieve("room_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(
        &self,
        room_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomRetrieveRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomRetrieveInputs {
                room_id: room_id.into(),
                include_sessions: None,
            },
        )
    }

    /// Delete a room.
    ///
    /// Participants present are disconnected, nobody can join the room any more, and the room stops being billed.
    ///
    /// `DELETE /rooms/{room_id}`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.rooms().delete("room_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete(
        &self,
        room_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomDeleteRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomDeleteInputs {
                room_id: room_id.into(),
            },
        )
    }

    /// Update a room.
    ///
    /// Only the fields present in the body change.
    ///
    /// `PATCH /rooms/{room_id}`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.rooms().update("room_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(
        &self,
        room_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomUpdateRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomUpdateInputs {
                room_id: room_id.into(),
                body: PatchRoomRequest {
                    enable_recording: None,
                    max_participants: None,
                    unique_name: None,
                    webhook_event_failover_url: None,
                    webhook_event_url: None,
                    webhook_timeout_secs: None,
                },
            },
        )
    }

    /// Create a client token to join a room.
    ///
    /// Returns a short-lived client token, which an end user's client presents to join the room, and a longer-lived refresh token that obtains new client tokens.
    ///
    /// `POST /rooms/{room_id}/actions/generate_join_client_token`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.rooms().create_client_token("room_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_client_token(
        &self,
        room_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomCreateClientTokenRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomCreateClientTokenInputs {
                room_id: room_id.into(),
                body: CreateRoomClientTokenRequest {
                    refresh_token_ttl_secs: None,
                    token_ttl_secs: None,
                },
            },
        )
    }

    /// Refresh a client token.
    ///
    /// Exchanges a refresh token for a new client token. The refresh token itself authorizes the exchange, so an end user's device can call it without the account's API key.
    ///
    /// Needs no API key: it works on a client built without one. A client that has a key sends it anyway, so the call keeps working if the server starts to require it.
    ///
    /// `POST /rooms/{room_id}/actions/refresh_client_token`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.rooms().refresh_client_token("room_id", "refresh_token").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn refresh_client_token(
        &self,
        room_id: impl Into<crate::runtime::PathParam>,
        refresh_token: impl Into<String>,
    ) -> RoomRefreshClientTokenRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomRefreshClientTokenInputs {
                room_id: room_id.into(),
                body: RefreshRoomClientTokenRequest {
                    refresh_token: refresh_token.into(),
                    token_ttl_secs: None,
                },
            },
        )
    }

    /// List the sessions of a room.
    ///
    /// `GET /rooms/{room_id}/sessions`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.rooms().list_sessions("room_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_sessions(
        &self,
        room_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomListSessionsRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomListSessionsInputs {
                room_id: room_id.into(),
                include_participants: None,
                filter: None,
                page: None,
            },
        )
    }
}

/// Request for [`Rooms::list`]: set optional inputs, then `.send().await`.
///
/// `GET /rooms`
pub type RoomListRequest = crate::runtime::Call<RoomListInputs>;

/// The inputs of [`Rooms::list`], set through [`RoomListRequest`].
#[derive(Debug, Clone)]
pub struct RoomListInputs {
    include_sessions: Option<bool>,
    filter: Option<RoomListFilter>,
    page: Option<PageParams>,
}

impl RoomListRequest {
    /// Also return each room's sessions.
    pub fn include_sessions(mut self, value: bool) -> Self {
        self.inputs.include_sessions = Some(value);
        self
    }

    /// Narrows the list; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomListFilter) -> Self {
        self.inputs.filter = Some(value);
        self
    }

    /// Which page to return; sent as `page[number]` and `page[size]`.
    pub fn page(mut self, value: PageParams) -> Self {
        self.inputs.page = Some(value);
        self
    }
}

impl crate::runtime::Operation for RoomListInputs {
    type Response = crate::runtime::PageOf<Room, PaginationMeta>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(crate::runtime::Method::GET, "/rooms")
            .query(
                "include_sessions",
                &self.include_sessions,
                crate::runtime::QueryStyle::Form,
            )
            .query("filter", &self.filter, crate::runtime::QueryStyle::DeepObject)
            .query("page", &self.page, crate::runtime::QueryStyle::DeepObject)
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

impl crate::runtime::Paged for RoomListInputs {
    fn page_number(&self) -> Option<i64> {
        self.page.as_ref().and_then(|p| p.number)
    }

    fn set_page_number(&mut self, number: i64) {
        self.page.get_or_insert_with(Default::default).number = Some(number);
    }
}

/// Request for [`Rooms::create`]: set optional inputs, then `.send().await`.
///
/// `POST /rooms`
pub type RoomCreateRequest = crate::runtime::Call<RoomCreateInputs>;

/// The inputs of [`Rooms::create`], set through [`RoomCreateRequest`].
#[derive(Debug, Clone)]
pub struct RoomCreateInputs {
    body: CreateRoomRequest,
}

impl RoomCreateRequest {
    /// Record every participant's tracks.
    ///
    /// Server default when omitted: `false`.
    pub fn enable_recording(mut self, value: bool) -> Self {
        self.inputs.body.enable_recording = Some(value);
        self
    }

    /// How many participants may be present at once; more are refused.
    ///
    /// Server default when omitted: `10`.
    /// Range: 2 to 50.
    pub fn max_participants(mut self, value: i64) -> Self {
        self.inputs.body.max_participants = Some(value);
        self
    }

    /// A name of your choosing, unique within your account.
    pub fn unique_name(mut self, value: impl Into<String>) -> Self {
        self.inputs.body.unique_name = Some(value.into());
        self
    }

    /// Where events go when the primary URL fails. Needs a scheme (`https://...`).
    ///
    /// Server default when omitted: `""`.
    /// Format: `uri`.
    pub fn webhook_event_failover_url(mut self, value: impl Into<String>) -> Self {
        self.inputs.body.webhook_event_failover_url = Some(value.into());
        self
    }

    /// Where events about the room are sent. Needs a scheme (`https://...`).
    ///
    /// Format: `uri`.
    pub fn webhook_event_url(mut self, value: impl Into<String>) -> Self {
        self.inputs.body.webhook_event_url = Some(value.into());
        self
    }

    /// Seconds to wait for the webhook endpoint before giving up.
    ///
    /// Range: 0 to 30.
    pub fn webhook_timeout_secs(mut self, value: i64) -> Self {
        self.inputs.body.webhook_timeout_secs = Some(value);
        self
    }

    /// Replaces the whole request body.
    pub fn body(mut self, body: CreateRoomRequest) -> Self {
        self.inputs.body = body;
        self
    }
}

impl crate::runtime::Operation for RoomCreateInputs {
    type Response = crate::runtime::Data<Room>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(crate::runtime::Method::POST, "/rooms")
            .json_body(&self.body)
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(false)
    }
}

/// Request for [`Rooms::retrieve`]: set optional inputs, then `.send().await`.
///
/// `GET /rooms/{room_id}`
pub type RoomRetrieveRequest = crate::runtime::Call<RoomRetrieveInputs>;

/// The inputs of [`Rooms::retrieve`], set through [`RoomRetrieveRequest`].
#[derive(Debug, Clone)]
pub struct RoomRetrieveInputs {
    room_id: crate::runtime::PathParam,
    include_sessions: Option<bool>,
}

impl RoomRetrieveRequest {
    /// Also return the room's sessions.
    pub fn include_sessions(mut self, value: bool) -> Self {
        self.inputs.include_sessions = Some(value);
        self
    }
}

impl crate::runtime::Operation for RoomRetrieveInputs {
    type Response = crate::runtime::Data<Room>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(crate::runtime::Method::GET, "/rooms/{room_id}")
            .path_param("room_id", self.room_id.as_str())
            .query(
                "include_sessions",
                &self.include_sessions,
                crate::runtime::QueryStyle::Form,
            )
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

/// Request for [`Rooms::delete`]: set optional inputs, then `.send().await`.
///
/// `DELETE /rooms/{room_id}`
pub type RoomDeleteRequest = crate::runtime::Call<RoomDeleteInputs>;

/// The inputs of [`Rooms::delete`], set through [`RoomDeleteRequest`].
#[derive(Debug, Clone)]
pub struct RoomDeleteInputs {
    room_id: crate::runtime::PathParam,
}

impl crate::runtime::Operation for RoomDeleteInputs {
    type Response = crate::runtime::NoContent;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(crate::runtime::Method::DELETE, "/rooms/{room_id}")
            .path_param("room_id", self.room_id.as_str())
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

/// Request for [`Rooms::update`]: set optional inputs, then `.send().await`.
///
/// `PATCH /rooms/{room_id}`
pub type RoomUpdateRequest = crate::runtime::Call<RoomUpdateInputs>;

/// The inputs of [`Rooms::update`], set through [`RoomUpdateRequest`].
#[derive(Debug, Clone)]
pub struct RoomUpdateInputs {
    room_id: crate::runtime::PathParam,
    body: PatchRoomRequest,
}

impl RoomUpdateRequest {
    /// Record every participant's tracks.
    ///
    /// Server default when omitted: `false`.
    pub fn enable_recording(mut self, value: bool) -> Self {
        self.inputs.body.enable_recording = Some(value);
        self
    }

    /// How many participants may be present at once; more are refused.
    ///
    /// Server default when omitted: `10`.
    /// Range: 2 to 50.
    pub fn max_participants(mut self, value: i64) -> Self {
        self.inputs.body.max_participants = Some(value);
        self
    }

    /// A name of your choosing, unique within your account.
    pub fn unique_name(mut self, value: impl Into<String>) -> Self {
        self.inputs.body.unique_name = Some(value.into());
        self
    }

    /// Where events go when the primary URL fails. Needs a scheme (`https://...`).
    ///
    /// Server default when omitted: `""`.
    /// Format: `uri`.
    pub fn webhook_event_failover_url(mut self, value: impl Into<String>) -> Self {
        self.inputs.body.webhook_event_failover_url = Some(value.into());
        self
    }

    /// Where events about the room are sent. Needs a scheme (`https://...`).
    ///
    /// Format: `uri`.
    pub fn webhook_event_url(mut self, value: impl Into<String>) -> Self {
        self.inputs.body.webhook_event_url = Some(value.into());
        self
    }

    /// Seconds to wait for the webhook endpoint before giving up.
    ///
    /// Range: 0 to 30.
    pub fn webhook_timeout_secs(mut self, value: i64) -> Self {
        self.inputs.body.webhook_timeout_secs = Some(value);
        self
    }

    /// Replaces the whole request body.
    pub fn body(mut self, body: PatchRoomRequest) -> Self {
        self.inputs.body = body;
        self
    }
}

impl crate::runtime::Operation for RoomUpdateInputs {
    type Response = crate::runtime::Data<Room>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(crate::runtime::Method::PATCH, "/rooms/{room_id}")
            .path_param("room_id", self.room_id.as_str())
            .json_body(&self.body)
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

/// Request for [`Rooms::create_client_token`]: set optional inputs, then `.send().await`.
///
/// `POST /rooms/{room_id}/actions/generate_join_client_token`
pub type RoomCreateClientTokenRequest = crate::runtime::Call<
    RoomCreateClientTokenInputs,
>;

/// The inputs of [`Rooms::create_client_token`], set through [`RoomCreateClientTokenRequest`].
#[derive(Debug, Clone)]
pub struct RoomCreateClientTokenInputs {
    room_id: crate::runtime::PathParam,
    body: CreateRoomClientTokenRequest,
}

impl RoomCreateClientTokenRequest {
    /// Seconds until the refresh token expires.
    ///
    /// Server default when omitted: `3600`.
    /// Range: 60 to 86400.
    pub fn refresh_token_ttl_secs(mut self, value: i64) -> Self {
        self.inputs.body.refresh_token_ttl_secs = Some(value);
        self
    }

    /// Seconds until the client token expires.
    ///
    /// Server default when omitted: `600`.
    /// Range: 10 to 3600.
    pub fn token_ttl_secs(mut self, value: i64) -> Self {
        self.inputs.body.token_ttl_secs = Some(value);
        self
    }

    /// Replaces the whole request body.
    pub fn body(mut self, body: CreateRoomClientTokenRequest) -> Self {
        self.inputs.body = body;
        self
    }
}

impl crate::runtime::Operation for RoomCreateClientTokenInputs {
    type Response = crate::runtime::Data<RoomCreateClientTokenResponse>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::POST,
                "/rooms/{room_id}/actions/generate_join_client_token",
            )
            .path_param("room_id", self.room_id.as_str())
            .json_body(&self.body)
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(false)
    }
}

/// Request for [`Rooms::refresh_client_token`]: set optional inputs, then `.send().await`.
///
/// `POST /rooms/{room_id}/actions/refresh_client_token`
pub type RoomRefreshClientTokenRequest = crate::runtime::Call<
    RoomRefreshClientTokenInputs,
>;

/// The inputs of [`Rooms::refresh_client_token`], set through [`RoomRefreshClientTokenRequest`].
#[derive(Debug, Clone)]
pub struct RoomRefreshClientTokenInputs {
    room_id: crate::runtime::PathParam,
    body: RefreshRoomClientTokenRequest,
}

impl RoomRefreshClientTokenRequest {
    /// Seconds until the client token expires.
    ///
    /// Server default when omitted: `600`.
    /// Range: 10 to 3600.
    pub fn token_ttl_secs(mut self, value: i64) -> Self {
        self.inputs.body.token_ttl_secs = Some(value);
        self
    }

    /// Replaces the whole request body.
    pub fn body(mut self, body: RefreshRoomClientTokenRequest) -> Self {
        self.inputs.body = body;
        self
    }
}

impl crate::runtime::Operation for RoomRefreshClientTokenInputs {
    type Response = crate::runtime::Data<RoomRefreshClientTokenResponse>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::POST,
                "/rooms/{room_id}/actions/refresh_client_token",
            )
            .path_param("room_id", self.room_id.as_str())
            .json_body(&self.body)
            .secret(&self.body.refresh_token)
            .auth(crate::runtime::Auth::Optional)
            .idempotent(false)
    }
}

/// Request for [`Rooms::list_sessions`]: set optional inputs, then `.send().await`.
///
/// `GET /rooms/{room_id}/sessions`
pub type RoomListSessionsRequest = crate::runtime::Call<RoomListSessionsInputs>;

/// The inputs of [`Rooms::list_sessions`], set through [`RoomListSessionsRequest`].
#[derive(Debug, Clone)]
pub struct RoomListSessionsInputs {
    room_id: crate::runtime::PathParam,
    include_participants: Option<bool>,
    filter: Option<RoomListSessionsFilter>,
    page: Option<PageParams>,
}

impl RoomListSessionsRequest {
    /// Also return each session's participants.
    pub fn include_participants(mut self, value: bool) -> Self {
        self.inputs.include_participants = Some(value);
        self
    }

    /// Narrows the list; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomListSessionsFilter) -> Self {
        self.inputs.filter = Some(value);
        self
    }

    /// Which page to return; sent as `page[number]` and `page[size]`.
    pub fn page(mut self, value: PageParams) -> Self {
        self.inputs.page = Some(value);
        self
    }
}

impl crate::runtime::Operation for RoomListSessionsInputs {
    type Response = crate::runtime::PageOf<RoomSession, PaginationMeta>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::GET,
                "/rooms/{room_id}/sessions",
            )
            .path_param("room_id", self.room_id.as_str())
            .query(
                "include_participants",
                &self.include_participants,
                crate::runtime::QueryStyle::Form,
            )
            .query("filter", &self.filter, crate::runtime::QueryStyle::DeepObject)
            .query("page", &self.page, crate::runtime::QueryStyle::DeepObject)
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

impl crate::runtime::Paged for RoomListSessionsInputs {
    fn page_number(&self) -> Option<i64> {
        self.page.as_ref().and_then(|p| p.number)
    }

    fn set_page_number(&mut self, number: i64) {
        self.page.get_or_insert_with(Default::default).number = Some(number);
    }
}

/// The `RoomCreateClientTokenResponse` type of the API.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct RoomCreateClientTokenResponse {
    /// Obtains new client tokens until it expires.
    pub refresh_token: String,
    /// When the refresh token stops working.
    pub refresh_token_expires_at: ::chrono::DateTime<::chrono::Utc>,
    /// The client token that joins the room.
    pub token: String,
    /// When the client token stops working.
    pub token_expires_at: ::chrono::DateTime<::chrono::Utc>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for RoomCreateClientTokenResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for RoomCreateClientTokenResponse {
    const EXPECTING: &'static str = "struct RoomCreateClientTokenResponse";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "refresh_token" => o::field(&mut map, &mut f0, "refresh_token")?,
                "refresh_token_expires_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f1,
                        "refresh_token_expires_at",
                        o::Timestamp,
                    )?
                }
                "token" => o::field(&mut map, &mut f2, "token")?,
                "token_expires_at" => {
                    o::field_seed(&mut map, &mut f3, "token_expires_at", o::Timestamp)?
                }
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            refresh_token: o::required(f0, "refresh_token")?,
            refresh_token_expires_at: o::required(f1, "refresh_token_expires_at")?,
            token: o::required(f2, "token")?,
            token_expires_at: o::required(f3, "token_expires_at")?,
            extra,
        })
    }
}

impl RoomCreateClientTokenResponse {
    /// A `RoomCreateClientTokenResponse` with its required fields; the others are unset.
    pub fn new(
        refresh_token: impl Into<String>,
        refresh_token_expires_at: ::chrono::DateTime<::chrono::Utc>,
        token: impl Into<String>,
        token_expires_at: ::chrono::DateTime<::chrono::Utc>,
    ) -> Self {
        Self {
            refresh_token: refresh_token.into(),
            refresh_token_expires_at,
            token: token.into(),
            token_expires_at,
            extra: Default::default(),
        }
    }
}

impl ::std::fmt::Debug for RoomCreateClientTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomCreateClientTokenResponse")
            .field("refresh_token", &"[redacted]")
            .field("refresh_token_expires_at", &self.refresh_token_expires_at)
            .field("token", &"[redacted]")
            .field("token_expires_at", &self.token_expires_at)
            .field("extra", &self.extra)
            .finish()
    }
}

/// The `RoomListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RoomListFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_created_at: Option<DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_updated_at: Option<DateRange>,
    /// Only the room with this unique name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique_name: Option<String>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for RoomListFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for RoomListFilter {
    const EXPECTING: &'static str = "struct RoomListFilter";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "date_created_at" => o::field(&mut map, &mut f0, "date_created_at")?,
                "date_updated_at" => o::field(&mut map, &mut f1, "date_updated_at")?,
                "unique_name" => o::field(&mut map, &mut f2, "unique_name")?,
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            date_created_at: o::optional(f0),
            date_updated_at: o::optional(f1),
            unique_name: o::optional(f2),
        })
    }
}

impl RoomListFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    pub fn date_created_at(mut self, value: DateRange) -> Self {
        self.date_created_at = Some(value);
        self
    }

    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    pub fn date_updated_at(mut self, value: DateRange) -> Self {
        self.date_updated_at = Some(value);
        self
    }

    /// Only the room with this unique name.
    pub fn unique_name(mut self, value: impl Into<String>) -> Self {
        self.unique_name = Some(value.into());
        self
    }
}

/// The `RoomListSessionsFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RoomListSessionsFilter {
    /// Only sessions that are (true) or are not (false) in progress.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_created_at: Option<DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_ended_at: Option<DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_updated_at: Option<DateRange>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for RoomListSessionsFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for RoomListSessionsFilter {
    const EXPECTING: &'static str = "struct RoomListSessionsFilter";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "active" => o::field(&mut map, &mut f0, "active")?,
                "date_created_at" => o::field(&mut map, &mut f1, "date_created_at")?,
                "date_ended_at" => o::field(&mut map, &mut f2, "date_ended_at")?,
                "date_updated_at" => o::field(&mut map, &mut f3, "date_updated_at")?,
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            active: o::optional(f0),
            date_created_at: o::optional(f1),
            date_ended_at: o::optional(f2),
            date_updated_at: o::optional(f3),
        })
    }
}

impl RoomListSessionsFilter {
    /// Only sessions that are (true) or are not (false) in progress.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }

    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    pub fn date_created_at(mut self, value: DateRange) -> Self {
        self.date_created_at = Some(value);
        self
    }

    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    pub fn date_ended_at(mut self, value: DateRange) -> Self {
        self.date_ended_at = Some(value);
        self
    }

    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    pub fn date_updated_at(mut self, value: DateRange) -> Self {
        self.date_updated_at = Some(value);
        self
    }
}

/// The `RoomRefreshClientTokenResponse` type of the API.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct RoomRefreshClientTokenResponse {
    /// The client token that joins the room.
    pub token: String,
    /// When the client token stops working.
    pub token_expires_at: ::chrono::DateTime<::chrono::Utc>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for RoomRefreshClientTokenResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for RoomRefreshClientTokenResponse {
    const EXPECTING: &'static str = "struct RoomRefreshClientTokenResponse";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "token" => o::field(&mut map, &mut f0, "token")?,
                "token_expires_at" => {
                    o::field_seed(&mut map, &mut f1, "token_expires_at", o::Timestamp)?
                }
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            token: o::required(f0, "token")?,
            token_expires_at: o::required(f1, "token_expires_at")?,
            extra,
        })
    }
}

impl RoomRefreshClientTokenResponse {
    /// A `RoomRefreshClientTokenResponse` with its required fields; the others are unset.
    pub fn new(
        token: impl Into<String>,
        token_expires_at: ::chrono::DateTime<::chrono::Utc>,
    ) -> Self {
        Self {
            token: token.into(),
            token_expires_at,
            extra: Default::default(),
        }
    }
}

impl ::std::fmt::Debug for RoomRefreshClientTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomRefreshClientTokenResponse")
            .field("token", &"[redacted]")
            .field("token_expires_at", &self.token_expires_at)
            .field("extra", &self.extra)
            .finish()
    }
}
