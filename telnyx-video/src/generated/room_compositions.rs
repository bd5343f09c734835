// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Compositions, several recordings laid out into a single video.
//!
//! The resource's operations (reached with the `Client` method of the same name), their request builders, and the types only they use: filters, inline request and response bodies.
use super::models::{
    CreateRoomCompositionRequest, DateRange, PageParams, PaginationMeta, RoomComposition,
    RoomCompositionStatus, VideoRegion,
};

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
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_compositions().list().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> RoomCompositionListRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomCompositionListInputs {
                filter: None,
                page: None,
            },
        )
    }

    /// Create a room composition.
    ///
    /// Accepted at once; the video is produced in the background.
    ///
    /// `POST /room_compositions`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_compositions().create().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(&self) -> RoomCompositionCreateRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomCompositionCreateInputs {
                body: CreateRoomCompositionRequest {
                    format: None,
                    resolution: None,
                    session_id: None,
                    video_layout: None,
                    webhook_event_failover_url: None,
                    webhook_event_url: None,
                    webhook_timeout_secs: None,
                },
            },
        )
    }

    /// Retrieve a room composition.
    ///
    /// `GET /room_compositions/{room_composition_id}`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_compositions().retrieve("room_composition_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(
        &self,
        room_composition_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomCompositionRetrieveRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomCompositionRetrieveInputs {
                room_composition_id: room_composition_id.into(),
            },
        )
    }

    /// Delete a room composition.
    ///
    /// `DELETE /room_compositions/{room_composition_id}`
    ///
    /// ```no_run
    /// # async fn example(client: telnyx_video::Client) -> Result<(), telnyx_video::Error> {
    /// let response = client.room_compositions().delete("room_composition_id").send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete(
        &self,
        room_composition_id: impl Into<crate::runtime::PathParam>,
    ) -> RoomCompositionDeleteRequest {
        crate::runtime::Call::new(
            self.client.transport(),
            RoomCompositionDeleteInputs {
                room_composition_id: room_composition_id.into(),
            },
        )
    }
}

/// Request for [`RoomCompositions::list`]: set optional inputs, then `.send().await`.
///
/// `GET /room_compositions`
pub type RoomCompositionListRequest = crate::runtime::Call<RoomCompositionListInputs>;

/// The inputs of [`RoomCompositions::list`], set through [`RoomCompositionListRequest`].
#[derive(Debug, Clone)]
pub struct RoomCompositionListInputs {
    filter: Option<RoomCompositionListFilter>,
    page: Option<PageParams>,
}

impl RoomCompositionListRequest {
    /// Narrows the list; sent as `filter[field][op]=value`.
    pub fn filter(mut self, value: RoomCompositionListFilter) -> Self {
        self.inputs.filter = Some(value);
        self
    }

    /// Which page to return; sent as `page[number]` and `page[size]`.
    pub fn page(mut self, value: PageParams) -> Self {
        self.inputs.page = Some(value);
        self
    }
}

impl crate::runtime::Operation for RoomCompositionListInputs {
    type Response = crate::runtime::PageOf<RoomComposition, PaginationMeta>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(crate::runtime::Method::GET, "/room_compositions")
            .query("filter", &self.filter, crate::runtime::QueryStyle::DeepObject)
            .query("page", &self.page, crate::runtime::QueryStyle::DeepObject)
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

impl crate::runtime::Paged for RoomCompositionListInputs {
    fn page_number(&self) -> Option<i64> {
        self.page.as_ref().and_then(|p| p.number)
    }

    fn set_page_number(&mut self, number: i64) {
        self.page.get_or_insert_with(Default::default).number = Some(number);
    }
}

/// Request for [`RoomCompositions::create`]: set optional inputs, then `.send().await`.
///
/// `POST /room_compositions`
pub type RoomCompositionCreateRequest = crate::runtime::Call<
    RoomCompositionCreateInputs,
>;

/// The inputs of [`RoomCompositions::create`], set through [`RoomCompositionCreateRequest`].
#[derive(Debug, Clone)]
pub struct RoomCompositionCreateInputs {
    body: CreateRoomCompositionRequest,
}

impl RoomCompositionCreateRequest {
    /// Container format of the video.
    ///
    /// Server default when omitted: `"mp4"`.
    pub fn format(mut self, value: impl Into<String>) -> Self {
        self.inputs.body.format = Some(value.into());
        self
    }

    /// Width x height in pixels; each between 16 and 1280, and at most 1280 * 720 pixels in all.
    ///
    /// Server default when omitted: `"1280x720"`.
    pub fn resolution(mut self, value: impl Into<String>) -> Self {
        self.inputs.body.resolution = Some(value.into());
        self
    }

    /// The session whose recordings are composed.
    pub fn session_id(mut self, value: ::uuid::Uuid) -> Self {
        self.inputs.body.session_id = Some(value);
        self
    }

    /// Regions of the output video, by a name of your choosing (at most 2).
    pub fn video_layout(
        mut self,
        value: ::std::collections::BTreeMap<String, VideoRegion>,
    ) -> Self {
        self.inputs.body.video_layout = Some(value);
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
    pub fn body(mut self, body: CreateRoomCompositionRequest) -> Self {
        self.inputs.body = body;
        self
    }
}

impl crate::runtime::Operation for RoomCompositionCreateInputs {
    type Response = crate::runtime::Data<RoomComposition>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(crate::runtime::Method::POST, "/room_compositions")
            .json_body(&self.body)
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(false)
    }
}

/// Request for [`RoomCompositions::retrieve`]: set optional inputs, then `.send().await`.
///
/// `GET /room_compositions/{room_composition_id}`
pub type RoomCompositionRetrieveRequest = crate::runtime::Call<
    RoomCompositionRetrieveInputs,
>;

/// The inputs of [`RoomCompositions::retrieve`], set through [`RoomCompositionRetrieveRequest`].
#[derive(Debug, Clone)]
pub struct RoomCompositionRetrieveInputs {
    room_composition_id: crate::runtime::PathParam,
}

impl crate::runtime::Operation for RoomCompositionRetrieveInputs {
    type Response = crate::runtime::Data<RoomComposition>;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::GET,
                "/room_compositions/{room_composition_id}",
            )
            .path_param("room_composition_id", self.room_composition_id.as_str())
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

/// Request for [`RoomCompositions::delete`]: set optional inputs, then `.send().await`.
///
/// `DELETE /room_compositions/{room_composition_id}`
pub type RoomCompositionDeleteRequest = crate::runtime::Call<
    RoomCompositionDeleteInputs,
>;

/// The inputs of [`RoomCompositions::delete`], set through [`RoomCompositionDeleteRequest`].
#[derive(Debug, Clone)]
pub struct RoomCompositionDeleteInputs {
    room_composition_id: crate::runtime::PathParam,
}

impl crate::runtime::Operation for RoomCompositionDeleteInputs {
    type Response = crate::runtime::NoContent;
    fn request(&self) -> crate::runtime::Request {
        crate::runtime::Request::new(
                crate::runtime::Method::DELETE,
                "/room_compositions/{room_composition_id}",
            )
            .path_param("room_composition_id", self.room_composition_id.as_str())
            .auth(crate::runtime::Auth::Bearer)
            .idempotent(true)
    }
}

/// The `RoomCompositionListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RoomCompositionListFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_created_at: Option<DateRange>,
    /// Only compositions of this session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<::uuid::Uuid>,
    /// Only compositions in this state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RoomCompositionStatus>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for RoomCompositionListFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for RoomCompositionListFilter {
    const EXPECTING: &'static str = "struct RoomCompositionListFilter";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "date_created_at" => o::field(&mut map, &mut f0, "date_created_at")?,
                "session_id" => o::field(&mut map, &mut f1, "session_id")?,
                "status" => o::field(&mut map, &mut f2, "status")?,
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            date_created_at: o::optional(f0),
            session_id: o::optional(f1),
            status: o::optional(f2),
        })
    }
}

impl RoomCompositionListFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    pub fn date_created_at(mut self, value: DateRange) -> Self {
        self.date_created_at = Some(value);
        self
    }

    /// Only compositions of this session.
    pub fn session_id(mut self, value: ::uuid::Uuid) -> Self {
        self.session_id = Some(value);
        self
    }

    /// Only compositions in this state.
    pub fn status(mut self, value: impl Into<RoomCompositionStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
