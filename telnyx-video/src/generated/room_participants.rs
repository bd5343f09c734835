// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Participants, one per client that joined a session.
//!
//! The resource's operations (reached with the `Client` method of the same name), their request builders, and the types only they use: filters, inline request and response bodies.
use super::models::{DateRange, PageParams, PaginationMeta, RoomParticipant};

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
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_participants().list().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> RoomParticipantListRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomParticipantListInputs {
                filter: None,
                page: None,
            },
        )
    }

    /// Retrieve a room participant.
    ///
    /// `GET /room_participants/{room_participant_id}`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_participants().retrieve("room_participant_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(
        &self,
        room_participant_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomParticipantRetrieveRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomParticipantRetrieveInputs {
                room_participant_id: room_participant_id.into(),
            },
        )
    }
}

/// Request for [`RoomParticipants::list`]: set optional inputs, then `.send().await`.
///
/// `GET /room_participants`
pub type RoomParticipantListRequest = crate::runtime::Call<RoomParticipantListInputs>;

/// The inputs of [`RoomParticipants::list`], set through [`RoomParticipantListRequest`].
#[derive(Debug, Clone)]
pub struct RoomParticipantListInputs {
    filter: Option<RoomParticipantListFilter>,
    page: Option<PageParams>,
}

impl RoomParticipantListRequest {
    /// Narrows the list; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomParticipantListFilter) -> Self {
        self.inputs.filter = Some(value);
        self
    }

    /// Which page to return; sent as `page[number]` and `page[size]`.
    pub fn page(mut self, value: PageParams) -> Self {
        self.inputs.page = Some(value);
        self
    }
}

impl crate::runtime::Operation for RoomParticipantListInputs {
    type Response = crate::runtime::PageOf<RoomParticipant, PaginationMeta>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(crate::runtime::Method::GET, "/room_participants")
            .query("filter", &self.filter, crate::runtime::QueryStyle::DeepObject)
            .query("page", &self.page, crate::runtime::QueryStyle::DeepObject)
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

impl crate::runtime::Paged for RoomParticipantListInputs {
    fn page_number(&self) -> Option<i64> {
        self.page.as_ref().and_then(|p| p.number)
    }

    fn set_page_number(&mut self, number: i64) {
        self.page.get_or_insert_with(Default::default).number = Some(number);
    }
}

/// Request for [`RoomParticipants::retrieve`]: set optional inputs, then `.send().await`.
///
/// `GET /room_participants/{room_participant_id}`
pub type RoomParticipantRetrieveRequest = crate::runtime::Call<
    RoomParticipantRetrieveInputs,
>;

/// The inputs of [`RoomParticipants::retrieve`], set through [`RoomParticipantRetrieveRequest`].
#[derive(Debug, Clone)]
pub struct RoomParticipantRetrieveInputs {
    room_participant_id: crate::runtime::PathParam,
}

impl crate::runtime::Operation for RoomParticipantRetrieveInputs {
    type Response = crate::runtime::Data<RoomParticipant>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::GET,
                "/room_participants/{room_participant_id}",
            )
            .path_param("room_participant_id", self.room_participant_id.as_str())
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

/// The `RoomParticipantListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RoomParticipantListFilter {
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
    /// Only participants of this session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<::uuid::Uuid>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for RoomParticipantListFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for RoomParticipantListFilter {
    const EXPECTING: &'static str = "struct RoomParticipantListFilter";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "context" => o::field(&mut map, &mut f0, "context")?,
                "date_joined_at" => o::field(&mut map, &mut f1, "date_joined_at")?,
                "date_left_at" => o::field(&mut map, &mut f2, "date_left_at")?,
                "date_updated_at" => o::field(&mut map, &mut f3, "date_updated_at")?,
                "session_id" => o::field(&mut map, &mut f4, "session_id")?,
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            context: o::optional(f0),
            date_joined_at: o::optional(f1),
            date_left_at: o::optional(f2),
            date_updated_at: o::optional(f3),
            session_id: o::optional(f4),
        })
    }
}

impl RoomParticipantListFilter {
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

    /// Only participants of this session.
    pub fn session_id(mut self, value: ::uuid::Uuid) -> Self {
        self.session_id = Some(value);
        self
    }
}
