// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Recordings of participants' audio and video tracks.
//!
//! The resource's operations (reached with the `Client` method of the same name), their request builders, and the types only they use: filters, inline request and response bodies.
use super::models::{
    DateRange, PageParams, PaginationMeta, RoomRecording, RoomRecordingStatus,
    RoomRecordingType,
};

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
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_recordings().list().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> RoomRecordingListRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomRecordingListInputs {
                filter: None,
                page: None,
            },
        )
    }

    /// Delete every room recording the filter selects.
    ///
    /// Without a filter this selects every recording of the account.
    ///
    /// `DELETE /room_recordings`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_recordings().delete_bulk().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_bulk(&self) -> RoomRecordingDeleteBulkRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomRecordingDeleteBulkInputs {
                filter: None,
                page: None,
                allow_without_filter: false,
            },
        )
    }

    /// Retrieve a room recording.
    ///
    /// `GET /room_recordings/{room_recording_id}`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_recordings().retrieve("room_recording_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(
        &self,
        room_recording_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomRecordingRetrieveRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomRecordingRetrieveInputs {
                room_recording_id: room_recording_id.into(),
            },
        )
    }

    /// Delete a room recording.
    ///
    /// `DELETE /room_recordings/{room_recording_id}`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_recordings().delete("room_recording_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete(
        &self,
        room_recording_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomRecordingDeleteRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomRecordingDeleteInputs {
                room_recording_id: room_recording_id.into(),
            },
        )
    }
}

/// Request for [`RoomRecordings::list`]: set optional inputs, then `.send().await`.
///
/// `GET /room_recordings`
pub type RoomRecordingListRequest = crate::runtime::Call<RoomRecordingListInputs>;

/// The inputs of [`RoomRecordings::list`], set through [`RoomRecordingListRequest`].
#[derive(Debug, Clone)]
pub struct RoomRecordingListInputs {
    filter: Option<RoomRecordingFilter>,
    page: Option<PageParams>,
}

impl RoomRecordingListRequest {
    /// Selects recordings; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomRecordingFilter) -> Self {
        self.inputs.filter = Some(value);
        self
    }

    /// Which page to return; sent as `page[number]` and `page[size]`.
    pub fn page(mut self, value: PageParams) -> Self {
        self.inputs.page = Some(value);
        self
    }
}

impl crate::runtime::Operation for RoomRecordingListInputs {
    type Response = crate::runtime::PageOf<RoomRecording, PaginationMeta>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(crate::runtime::Method::GET, "/room_recordings")
            .query("filter", &self.filter, crate::runtime::QueryStyle::DeepObject)
            .query("page", &self.page, crate::runtime::QueryStyle::DeepObject)
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

impl crate::runtime::Paged for RoomRecordingListInputs {
    fn page_number(&self) -> Option<i64> {
        self.page.as_ref().and_then(|p| p.number)
    }

    fn set_page_number(&mut self, number: i64) {
        self.page.get_or_insert_with(Default::default).number = Some(number);
    }
}

/// Request for [`RoomRecordings::delete_bulk`]: set optional inputs, then `.send().await`.
///
/// `DELETE /room_recordings`
pub type RoomRecordingDeleteBulkRequest = crate::runtime::Call<
    RoomRecordingDeleteBulkInputs,
>;

/// The inputs of [`RoomRecordings::delete_bulk`], set through [`RoomRecordingDeleteBulkRequest`].
#[derive(Debug, Clone)]
pub struct RoomRecordingDeleteBulkInputs {
    filter: Option<RoomRecordingFilter>,
    page: Option<PageParams>,
    allow_without_filter: bool,
}

impl RoomRecordingDeleteBulkRequest {
    /// Selects recordings; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomRecordingFilter) -> Self {
        self.inputs.filter = Some(value);
        self
    }

    /// Which page to return; sent as `page[number]` and `page[size]`.
    pub fn page(mut self, value: PageParams) -> Self {
        self.inputs.page = Some(value);
        self
    }

    /// Sends the request even without `filter`, so that it applies to every record of the account. Without this, a request that puts no `filter` on the wire (unset, or every field of it unset) is refused before it is sent.
    pub fn allow_without_filter(mut self) -> Self {
        self.inputs.allow_without_filter = true;
        self
    }
}

impl crate::runtime::Operation for RoomRecordingDeleteBulkInputs {
    type Response = crate::runtime::Data<RoomRecordingDeleteBulkResponse>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(crate::runtime::Method::DELETE, "/room_recordings")
            .query("filter", &self.filter, crate::runtime::QueryStyle::DeepObject)
            .query("page", &self.page, crate::runtime::QueryStyle::DeepObject)
            .require_param("filter", self.allow_without_filter, "allow_without_filter")
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

/// Request for [`RoomRecordings::retrieve`]: set optional inputs, then `.send().await`.
///
/// `GET /room_recordings/{room_recording_id}`
pub type RoomRecordingRetrieveRequest = crate::runtime::Call<
    RoomRecordingRetrieveInputs,
>;

/// The inputs of [`RoomRecordings::retrieve`], set through [`RoomRecordingRetrieveRequest`].
#[derive(Debug, Clone)]
pub struct RoomRecordingRetrieveInputs {
    room_recording_id: crate::runtime::PathParam,
}

impl crate::runtime::Operation for RoomRecordingRetrieveInputs {
    type Response = crate::runtime::Data<RoomRecording>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::GET,
                "/room_recordings/{room_recording_id}",
            )
            .path_param("room_recording_id", self.room_recording_id.as_str())
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

/// Request for [`RoomRecordings::delete`]: set optional inputs, then `.send().await`.
///
/// `DELETE /room_recordings/{room_recording_id}`
pub type RoomRecordingDeleteRequest = crate::runtime::Call<RoomRecordingDeleteInputs>;

/// The inputs of [`RoomRecordings::delete`], set through [`RoomRecordingDeleteRequest`].
#[derive(Debug, Clone)]
pub struct RoomRecordingDeleteInputs {
    room_recording_id: crate::runtime::PathParam,
}

impl crate::runtime::Operation for RoomRecordingDeleteInputs {
    type Response = crate::runtime::NoContent;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::DELETE,
                "/room_recordings/{room_recording_id}",
            )
            .path_param("room_recording_id", self.room_recording_id.as_str())
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

/// The `RoomRecordingDeleteBulkResponse` type of the API.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct RoomRecordingDeleteBulkResponse {
    /// Number of recordings deleted.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub room_recordings: Option<i64>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for RoomRecordingDeleteBulkResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for RoomRecordingDeleteBulkResponse {
    const EXPECTING: &'static str = "struct RoomRecordingDeleteBulkResponse";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "room_recordings" => o::field(&mut map, &mut f0, "room_recordings")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            room_recordings: o::optional(f0),
            extra,
        })
    }
}

/// The `RoomRecordingFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RoomRecordingFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_ended_at: Option<DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_started_at: Option<DateRange>,
    /// Only recordings at least this many seconds long.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_secs: Option<i64>,
    /// Only recordings of this participant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participant_id: Option<::uuid::Uuid>,
    /// Only recordings made in this room.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_id: Option<::uuid::Uuid>,
    /// Only recordings made in this session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<::uuid::Uuid>,
    /// Only recordings in this state (`completed`, `processing`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RoomRecordingStatus>,
    /// Only recordings of this kind (`audio`, `video`).
    #[serde(rename = "type")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub type_: Option<RoomRecordingType>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for RoomRecordingFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for RoomRecordingFilter {
    const EXPECTING: &'static str = "struct RoomRecordingFilter";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut f5 = None;
        let mut f6 = None;
        let mut f7 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "date_ended_at" => o::field(&mut map, &mut f0, "date_ended_at")?,
                "date_started_at" => o::field(&mut map, &mut f1, "date_started_at")?,
                "duration_secs" => o::field(&mut map, &mut f2, "duration_secs")?,
                "participant_id" => o::field(&mut map, &mut f3, "participant_id")?,
                "room_id" => o::field(&mut map, &mut f4, "room_id")?,
                "session_id" => o::field(&mut map, &mut f5, "session_id")?,
                "status" => o::field(&mut map, &mut f6, "status")?,
                "type" => o::field(&mut map, &mut f7, "type")?,
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            date_ended_at: o::optional(f0),
            date_started_at: o::optional(f1),
            duration_secs: o::optional(f2),
            participant_id: o::optional(f3),
            room_id: o::optional(f4),
            session_id: o::optional(f5),
            status: o::optional(f6),
            type_: o::optional(f7),
        })
    }
}

impl RoomRecordingFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    pub fn date_ended_at(mut self, value: DateRange) -> Self {
        self.date_ended_at = Some(value);
        self
    }

    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    pub fn date_started_at(mut self, value: DateRange) -> Self {
        self.date_started_at = Some(value);
        self
    }

    /// Only recordings at least this many seconds long.
    pub fn duration_secs(mut self, value: i64) -> Self {
        self.duration_secs = Some(value);
        self
    }

    /// Only recordings of this participant.
    pub fn participant_id(mut self, value: ::uuid::Uuid) -> Self {
        self.participant_id = Some(value);
        self
    }

    /// Only recordings made in this room.
    pub fn room_id(mut self, value: ::uuid::Uuid) -> Self {
        self.room_id = Some(value);
        self
    }

    /// Only recordings made in this session.
    pub fn session_id(mut self, value: ::uuid::Uuid) -> Self {
        self.session_id = Some(value);
        self
    }

    /// Only recordings in this state (`completed`, `processing`).
    pub fn status(mut self, value: impl Into<RoomRecordingStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Only recordings of this kind (`audio`, `video`).
    pub fn type_(mut self, value: impl Into<RoomRecordingType>) -> Self {
        self.type_ = Some(value.into());
        self
    }
}
