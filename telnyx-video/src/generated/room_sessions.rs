// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Sessions, one per period during which a room had participants.
//!
//! The resource's operations (reached with the `Client` method of the same name), their request builders, and the types only they use: filters, inline request and response bodies.
use super::models::{
    ActionsParticipantsRequest, DateRange, PageParams, PaginationMeta, Participants,
    RoomParticipant, RoomSession,
};

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
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_sessions().list().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> RoomSessionListRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomSessionListInputs {
                include_participants: None,
                filter: None,
                page: None,
            },
        )
    }

    /// Retrieve a room session.
    ///
    /// `GET /room_sessions/{room_session_id}`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_sessions().retrieve("room_session_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(
        &self,
        room_session_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomSessionRetrieveRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomSessionRetrieveInputs {
                room_session_id: room_session_id.into(),
                include_participants: None,
            },
        )
    }

    /// End a room session.
    ///
    /// Every participant still present is disconnected.
    ///
    /// Needs no API key: it works on a client built without one. A client that has a key sends it anyway, so the call keeps working if the server starts to require it.
    ///
    /// `POST /room_sessions/{room_session_id}/actions/end`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_sessions().end("room_session_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn end(
        &self,
        room_session_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomSessionEndRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomSessionEndInputs {
                room_session_id: room_session_id.into(),
            },
        )
    }

    /// Disconnect participants from a room session.
    ///
    /// Needs no API key: it works on a client built without one. A client that has a key sends it anyway, so the call keeps working if the server starts to require it.
    ///
    /// `POST /room_sessions/{room_session_id}/actions/kick`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_sessions().kick("room_session_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn kick(
        &self,
        room_session_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomSessionKickRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomSessionKickInputs {
                room_session_id: room_session_id.into(),
                body: ActionsParticipantsRequest {
                    exclude: None,
                    participants: None,
                },
            },
        )
    }

    /// Mute participants of a room session.
    ///
    /// Needs no API key: it works on a client built without one. A client that has a key sends it anyway, so the call keeps working if the server starts to require it.
    ///
    /// `POST /room_sessions/{room_session_id}/actions/mute`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_sessions().mute("room_session_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn mute(
        &self,
        room_session_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomSessionMuteRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomSessionMuteInputs {
                room_session_id: room_session_id.into(),
                body: ActionsParticipantsRequest {
                    exclude: None,
                    participants: None,
                },
            },
        )
    }

    /// Unmute participants of a room session.
    ///
    /// Needs no API key: it works on a client built without one. A client that has a key sends it anyway, so the call keeps working if the server starts to require it.
    ///
    /// `POST /room_sessions/{room_session_id}/actions/unmute`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_sessions().unmute("room_session_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn unmute(
        &self,
        room_session_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomSessionUnmuteRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomSessionUnmuteInputs {
                room_session_id: room_session_id.into(),
                body: ActionsParticipantsRequest {
                    exclude: None,
                    participants: None,
                },
            },
        )
    }

    /// List the participants of a room session.
    ///
    /// `GET /room_sessions/{room_session_id}/participants`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_sessions().list_participants("room_session_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_participants(
        &self,
        room_session_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomSessionListParticipantsRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomSessionListParticipantsInputs {
                room_session_id: room_session_id.into(),
                filter: None,
                page: None,
            },
        )
    }
}

/// Request for [`RoomSessions::list`]: set optional inputs, then `.send().await`.
///
/// `GET /room_sessions`
pub type RoomSessionListRequest = crate::runtime::Call<RoomSessionListInputs>;

/// The inputs of [`RoomSessions::list`], set through [`RoomSessionListRequest`].
#[derive(Debug, Clone)]
pub struct RoomSessionListInputs {
    include_participants: Option<bool>,
    filter: Option<RoomSessionListFilter>,
    page: Option<PageParams>,
}

impl RoomSessionListRequest {
    /// Also return each session's participants.
    pub fn include_participants(mut self, value: bool) -> Self {
        self.inputs.include_participants = Some(value);
        self
    }

    /// Narrows the list; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomSessionListFilter) -> Self {
        self.inputs.filter = Some(value);
        self
    }

    /// Which page to return; sent as `page[number]` and `page[size]`.
    pub fn page(mut self, value: PageParams) -> Self {
        self.inputs.page = Some(value);
        self
    }
}

impl crate::runtime::Operation for RoomSessionListInputs {
    type Response = crate::runtime::PageOf<RoomSession, PaginationMeta>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(crate::runtime::Method::GET, "/room_sessions")
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

impl crate::runtime::Paged for RoomSessionListInputs {
    fn page_number(&self) -> Option<i64> {
        self.page.as_ref().and_then(|p| p.number)
    }

    fn set_page_number(&mut self, number: i64) {
        self.page.get_or_insert_with(Default::default).number = Some(number);
    }
}

/// Request for [`RoomSessions::retrieve`]: set optional inputs, then `.send().await`.
///
/// `GET /room_sessions/{room_session_id}`
pub type RoomSessionRetrieveRequest = crate::runtime::Call<RoomSessionRetrieveInputs>;

/// The inputs of [`RoomSessions::retrieve`], set through [`RoomSessionRetrieveRequest`].
#[derive(Debug, Clone)]
pub struct RoomSessionRetrieveInputs {
    room_session_id: crate::runtime::PathParam,
    include_participants: Option<bool>,
}

impl RoomSessionRetrieveRequest {
    /// Also return each session's participants.
    pub fn include_participants(mut self, value: bool) -> Self {
        self.inputs.include_participants = Some(value);
        self
    }
}

impl crate::runtime::Operation for RoomSessionRetrieveInputs {
    type Response = crate::runtime::Data<RoomSession>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::GET,
                "/room_sessions/{room_session_id}",
            )
            .path_param("room_session_id", self.room_session_id.as_str())
            .query(
                "include_participants",
                &self.include_participants,
                crate::runtime::QueryStyle::Form,
            )
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

/// Request for [`RoomSessions::end`]: set optional inputs, then `.send().await`.
///
/// `POST /room_sessions/{room_session_id}/actions/end`
pub type RoomSessionEndRequest = crate::runtime::Call<RoomSessionEndInputs>;

/// The inputs of [`RoomSessions::end`], set through [`RoomSessionEndRequest`].
#[derive(Debug, Clone)]
pub struct RoomSessionEndInputs {
    room_session_id: crate::runtime::PathParam,
}

impl crate::runtime::Operation for RoomSessionEndInputs {
    type Response = crate::runtime::Data<ActionResult>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::POST,
                "/room_sessions/{room_session_id}/actions/end",
            )
            .path_param("room_session_id", self.room_session_id.as_str())
            .auth(crate::runtime::Auth::Optional)
            .idempotent(true)
    }
}

/// Request for [`RoomSessions::kick`]: set optional inputs, then `.send().await`.
///
/// `POST /room_sessions/{room_session_id}/actions/kick`
pub type RoomSessionKickRequest = crate::runtime::Call<RoomSessionKickInputs>;

/// The inputs of [`RoomSessions::kick`], set through [`RoomSessionKickRequest`].
#[derive(Debug, Clone)]
pub struct RoomSessionKickInputs {
    room_session_id: crate::runtime::PathParam,
    body: ActionsParticipantsRequest,
}

impl RoomSessionKickRequest {
    /// Participants to leave out.
    pub fn exclude(mut self, value: Vec<::uuid::Uuid>) -> Self {
        self.inputs.body.exclude = Some(value);
        self
    }

    /// The participants to act on, or `"all"` for everyone present.
    pub fn participants(mut self, value: Participants) -> Self {
        self.inputs.body.participants = Some(value);
        self
    }

    /// Replaces the whole request body.
    pub fn body(mut self, body: ActionsParticipantsRequest) -> Self {
        self.inputs.body = body;
        self
    }
}

impl crate::runtime::Operation for RoomSessionKickInputs {
    type Response = crate::runtime::Data<ActionResult>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::POST,
                "/room_sessions/{room_session_id}/actions/kick",
            )
            .path_param("room_session_id", self.room_session_id.as_str())
            .json_body(&self.body)
            .auth(crate::runtime::Auth::Optional)
            .idempotent(true)
    }
}

/// Request for [`RoomSessions::mute`]: set optional inputs, then `.send().await`.
///
/// `POST /room_sessions/{room_session_id}/actions/mute`
pub type RoomSessionMuteRequest = crate::runtime::Call<RoomSessionMuteInputs>;

/// The inputs of [`RoomSessions::mute`], set through [`RoomSessionMuteRequest`].
#[derive(Debug, Clone)]
pub struct RoomSessionMuteInputs {
    room_session_id: crate::runtime::PathParam,
    body: ActionsParticipantsRequest,
}

impl RoomSessionMuteRequest {
    /// Participants to leave out.
    pub fn exclude(mut self, value: Vec<::uuid::Uuid>) -> Self {
        self.inputs.body.exclude = Some(value);
        self
    }

    /// The participants to act on, or `"all"` for everyone present.
    pub fn participants(mut self, value: Participants) -> Self {
        self.inputs.body.participants = Some(value);
        self
    }

    /// Replaces the whole request body.
    pub fn body(mut self, body: ActionsParticipantsRequest) -> Self {
        self.inputs.body = body;
        self
    }
}

impl crate::runtime::Operation for RoomSessionMuteInputs {
    type Response = crate::runtime::Data<ActionResult>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::POST,
                "/room_sessions/{room_session_id}/actions/mute",
            )
            .path_param("room_session_id", self.room_session_id.as_str())
            .json_body(&self.body)
            .auth(crate::runtime::Auth::Optional)
            .idempotent(true)
    }
}

/// Request for [`RoomSessions::unmute`]: set optional inputs, then `.send().await`.
///
/// `POST /room_sessions/{room_session_id}/actions/unmute`
pub type RoomSessionUnmuteRequest = crate::runtime::Call<RoomSessionUnmuteInputs>;

/// The inputs of [`RoomSessions::unmute`], set through [`RoomSessionUnmuteRequest`].
#[derive(Debug, Clone)]
pub struct RoomSessionUnmuteInputs {
    room_session_id: crate::runtime::PathParam,
    body: ActionsParticipantsRequest,
}

impl RoomSessionUnmuteRequest {
    /// Participants to leave out.
    pub fn exclude(mut self, value: Vec<::uuid::Uuid>) -> Self {
        self.inputs.body.exclude = Some(value);
        self
    }

    /// The participants to act on, or `"all"` for everyone present.
    pub fn participants(mut self, value: Participants) -> Self {
        self.inputs.body.participants = Some(value);
        self
    }

    /// Replaces the whole request body.
    pub fn body(mut self, body: ActionsParticipantsRequest) -> Self {
        self.inputs.body = body;
        self
    }
}

impl crate::runtime::Operation for RoomSessionUnmuteInputs {
    type Response = crate::runtime::Data<ActionResult>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::POST,
                "/room_sessions/{room_session_id}/actions/unmute",
            )
            .path_param("room_session_id", self.room_session_id.as_str())
            .json_body(&self.body)
            .auth(crate::runtime::Auth::Optional)
            .idempotent(true)
    }
}

/// Request for [`RoomSessions::list_participants`]: set optional inputs, then `.send().await`.
///
/// `GET /room_sessions/{room_session_id}/participants`
pub type RoomSessionListParticipantsRequest = crate::runtime::Call<
    RoomSessionListParticipantsInputs,
>;

/// The inputs of [`RoomSessions::list_participants`], set through [`RoomSessionListParticipantsRequest`].
#[derive(Debug, Clone)]
pub struct RoomSessionListParticipantsInputs {
    room_session_id: crate::runtime::PathParam,
    filter: Option<RoomSessionListParticipantsFilter>,
    page: Option<PageParams>,
}

impl RoomSessionListParticipantsRequest {
    /// Narrows the list; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomSessionListParticipantsFilter) -> Self {
        self.inputs.filter = Some(value);
        self
    }

    /// Which page to return; sent as `page[number]` and `page[size]`.
    pub fn page(mut self, value: PageParams) -> Self {
        self.inputs.page = Some(value);
        self
    }
}

impl crate::runtime::Operation for RoomSessionListParticipantsInputs {
    type Response = crate::runtime::PageOf<RoomParticipant, PaginationMeta>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::GET,
                "/room_sessions/{room_session_id}/participants",
            )
            .path_param("room_session_id", self.room_session_id.as_str())
            .query("filter", &self.filter, crate::runtime::QueryStyle::DeepObject)
            .query("page", &self.page, crate::runtime::QueryStyle::DeepObject)
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

impl crate::runtime::Paged for RoomSessionListParticipantsInputs {
    fn page_number(&self) -> Option<i64> {
        self.page.as_ref().and_then(|p| p.number)
    }

    fn set_page_number(&mut self, number: i64) {
        self.page.get_or_insert_with(Default::default).number = Some(number);
    }
}

/// The `ActionResult` type of the API.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ActionResult {
    /// `ok` when the action succeeded.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub result: Option<String>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for ActionResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for ActionResult {
    const EXPECTING: &'static str = "struct ActionResult";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "result" => o::field(&mut map, &mut f0, "result")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            result: o::optional(f0),
            extra,
        })
    }
}

/// The `RoomSessionListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RoomSessionListFilter {
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
    /// Only sessions of this room.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_id: Option<::uuid::Uuid>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for RoomSessionListFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for RoomSessionListFilter {
    const EXPECTING: &'static str = "struct RoomSessionListFilter";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "active" => o::field(&mut map, &mut f0, "active")?,
                "date_created_at" => o::field(&mut map, &mut f1, "date_created_at")?,
                "date_ended_at" => o::field(&mut map, &mut f2, "date_ended_at")?,
                "date_updated_at" => o::field(&mut map, &mut f3, "date_updated_at")?,
                "room_id" => o::field(&mut map, &mut f4, "room_id")?,
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            active: o::optional(f0),
            date_created_at: o::optional(f1),
            date_ended_at: o::optional(f2),
            date_updated_at: o::optional(f3),
            room_id: o::optional(f4),
        })
    }
}

impl RoomSessionListFilter {
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

    /// Only sessions of this room.
    pub fn room_id(mut self, value: ::uuid::Uuid) -> Self {
        self.room_id = Some(value);
        self
    }
}

/// The `RoomSessionListParticipantsFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RoomSessionListParticipantsFilter {
    /// Only participants whose client gave this context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_joined_at: Option<DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_left_at: Option<DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_updated_at: Option<DateRange>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for RoomSessionListParticipantsFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for RoomSessionListParticipantsFilter {
    const EXPECTING: &'static str = "struct RoomSessionListParticipantsFilter";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "context" => o::field(&mut map, &mut f0, "context")?,
                "date_joined_at" => o::field(&mut map, &mut f1, "date_joined_at")?,
                "date_left_at" => o::field(&mut map, &mut f2, "date_left_at")?,
                "date_updated_at" => o::field(&mut map, &mut f3, "date_updated_at")?,
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            context: o::optional(f0),
            date_joined_at: o::optional(f1),
            date_left_at: o::optional(f2),
            date_updated_at: o::optional(f3),
        })
    }
}

impl RoomSessionListParticipantsFilter {
    /// Only participants whose client gave this context.
    pub fn context(mut self, value: impl Into<String>) -> Self {
        self.context = Some(value.into());
        self
    }

    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    pub fn date_joined_at(mut self, value: DateRange) -> Self {
        self.date_joined_at = Some(value);
        self
    }

    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    pub fn date_left_at(mut self, value: DateRange) -> Self {
        self.date_left_at = Some(value);
        self
    }

    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    pub fn date_updated_at(mut self, value: DateRange) -> Self {
        self.date_updated_at = Some(value);
        self
    }
}
