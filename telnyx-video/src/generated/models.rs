// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Schemas shared by the operations of the API.
/// The participants a session action applies to.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ActionsParticipantsRequest {
    /// Participants to leave out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude: Option<Vec<::uuid::Uuid>>,
    /// The participants to act on, or `"all"` for everyone present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participants: Option<Participants>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for ActionsParticipantsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for ActionsParticipantsRequest {
    const EXPECTING: &'static str = "struct ActionsParticipantsRequest";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "exclude" => o::field(&mut map, &mut f0, "exclude")?,
                "participants" => o::field(&mut map, &mut f1, "participants")?,
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            exclude: o::optional(f0),
            participants: o::optional(f1),
        })
    }
}

impl ActionsParticipantsRequest {
    /// Participants to leave out.
    pub fn exclude(mut self, value: Vec<::uuid::Uuid>) -> Self {
        self.exclude = Some(value);
        self
    }

    /// The participants to act on, or `"all"` for everyone present.
    pub fn participants(mut self, value: Participants) -> Self {
        self.participants = Some(value);
        self
    }
}

/// Lifetimes of the tokens to create.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateRoomClientTokenRequest {
    /// Seconds until the refresh token expires.
    ///
    /// Server default when omitted: `3600`.
    /// Range: 60 to 86400.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token_ttl_secs: Option<i64>,
    /// Seconds until the client token expires.
    ///
    /// Server default when omitted: `600`.
    /// Range: 10 to 3600.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_ttl_secs: Option<i64>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for CreateRoomClientTokenRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for CreateRoomClientTokenRequest {
    const EXPECTING: &'static str = "struct CreateRoomClientTokenRequest";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "refresh_token_ttl_secs" => {
                    o::field(&mut map, &mut f0, "refresh_token_ttl_secs")?
                }
                "token_ttl_secs" => o::field(&mut map, &mut f1, "token_ttl_secs")?,
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            refresh_token_ttl_secs: o::optional(f0),
            token_ttl_secs: o::optional(f1),
        })
    }
}

impl CreateRoomClientTokenRequest {
    /// Seconds until the refresh token expires.
    ///
    /// Server default when omitted: `3600`.
    /// Range: 60 to 86400.
    pub fn refresh_token_ttl_secs(mut self, value: i64) -> Self {
        self.refresh_token_ttl_secs = Some(value);
        self
    }

    /// Seconds until the client token expires.
    ///
    /// Server default when omitted: `600`.
    /// Range: 10 to 3600.
    pub fn token_ttl_secs(mut self, value: i64) -> Self {
        self.token_ttl_secs = Some(value);
        self
    }
}

/// What to compose and how.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateRoomCompositionRequest {
    /// Container format of the video.
    ///
    /// Server default when omitted: `"mp4"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Width x height in pixels; each between 16 and 1280, and at most 1280 * 720 pixels in all.
    ///
    /// Server default when omitted: `"1280x720"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
    /// The session whose recordings are composed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<::uuid::Uuid>,
    /// Regions of the output video, by a name of your choosing (at most 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video_layout: Option<::std::collections::BTreeMap<String, VideoRegion>>,
    /// Where events go when the primary URL fails. Needs a scheme (`https://...`).
    ///
    /// Server default when omitted: `""`.
    /// Format: `uri`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_event_failover_url: Option<String>,
    /// Where events about the room are sent. Needs a scheme (`https://...`).
    ///
    /// Format: `uri`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_event_url: Option<String>,
    /// Seconds to wait for the webhook endpoint before giving up.
    ///
    /// Range: 0 to 30.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_timeout_secs: Option<i64>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for CreateRoomCompositionRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for CreateRoomCompositionRequest {
    const EXPECTING: &'static str = "struct CreateRoomCompositionRequest";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut f5 = None;
        let mut f6 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "format" => o::field(&mut map, &mut f0, "format")?,
                "resolution" => o::field(&mut map, &mut f1, "resolution")?,
                "session_id" => o::field(&mut map, &mut f2, "session_id")?,
                "video_layout" => o::field(&mut map, &mut f3, "video_layout")?,
                "webhook_event_failover_url" => {
                    o::field(&mut map, &mut f4, "webhook_event_failover_url")?
                }
                "webhook_event_url" => o::field(&mut map, &mut f5, "webhook_event_url")?,
                "webhook_timeout_secs" => {
                    o::field(&mut map, &mut f6, "webhook_timeout_secs")?
                }
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            format: o::optional(f0),
            resolution: o::optional(f1),
            session_id: o::optional(f2),
            video_layout: o::optional(f3),
            webhook_event_failover_url: o::optional(f4),
            webhook_event_url: o::optional(f5),
            webhook_timeout_secs: o::optional(f6),
        })
    }
}

impl CreateRoomCompositionRequest {
    /// Container format of the video.
    ///
    /// Server default when omitted: `"mp4"`.
    pub fn format(mut self, value: impl Into<String>) -> Self {
        self.format = Some(value.into());
        self
    }

    /// Width x height in pixels; each between 16 and 1280, and at most 1280 * 720 pixels in all.
    ///
    /// Server default when omitted: `"1280x720"`.
    pub fn resolution(mut self, value: impl Into<String>) -> Self {
        self.resolution = Some(value.into());
        self
    }

    /// The session whose recordings are composed.
    pub fn session_id(mut self, value: ::uuid::Uuid) -> Self {
        self.session_id = Some(value);
        self
    }

    /// Regions of the output video, by a name of your choosing (at most 2).
    pub fn video_layout(
        mut self,
        value: ::std::collections::BTreeMap<String, VideoRegion>,
    ) -> Self {
        self.video_layout = Some(value);
        self
    }

    /// Where events go when the primary URL fails. Needs a scheme (`https://...`).
    ///
    /// Server default when omitted: `""`.
    /// Format: `uri`.
    pub fn webhook_event_failover_url(mut self, value: impl Into<String>) -> Self {
        self.webhook_event_failover_url = Some(value.into());
        self
    }

    /// Where events about the room are sent. Needs a scheme (`https://...`).
    ///
    /// Format: `uri`.
    pub fn webhook_event_url(mut self, value: impl Into<String>) -> Self {
        self.webhook_event_url = Some(value.into());
        self
    }

    /// Seconds to wait for the webhook endpoint before giving up.
    ///
    /// Range: 0 to 30.
    pub fn webhook_timeout_secs(mut self, value: i64) -> Self {
        self.webhook_timeout_secs = Some(value);
        self
    }
}

/// Settings of a room.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateRoomRequest {
    /// Record every participant's tracks.
    ///
    /// Server default when omitted: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_recording: Option<bool>,
    /// How many participants may be present at once; more are refused.
    ///
    /// Server default when omitted: `10`.
    /// Range: 2 to 50.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_participants: Option<i64>,
    /// A name of your choosing, unique within your account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique_name: Option<String>,
    /// Where events go when the primary URL fails. Needs a scheme (`https://...`).
    ///
    /// Server default when omitted: `""`.
    /// Format: `uri`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_event_failover_url: Option<String>,
    /// Where events about the room are sent. Needs a scheme (`https://...`).
    ///
    /// Format: `uri`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_event_url: Option<String>,
    /// Seconds to wait for the webhook endpoint before giving up.
    ///
    /// Range: 0 to 30.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_timeout_secs: Option<i64>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for CreateRoomRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for CreateRoomRequest {
    const EXPECTING: &'static str = "struct CreateRoomRequest";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut f5 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "enable_recording" => o::field(&mut map, &mut f0, "enable_recording")?,
                "max_participants" => o::field(&mut map, &mut f1, "max_participants")?,
                "unique_name" => o::field(&mut map, &mut f2, "unique_name")?,
                "webhook_event_failover_url" => {
                    o::field(&mut map, &mut f3, "webhook_event_failover_url")?
                }
                "webhook_event_url" => o::field(&mut map, &mut f4, "webhook_event_url")?,
                "webhook_timeout_secs" => {
                    o::field(&mut map, &mut f5, "webhook_timeout_secs")?
                }
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            enable_recording: o::optional(f0),
            max_participants: o::optional(f1),
            unique_name: o::optional(f2),
            webhook_event_failover_url: o::optional(f3),
            webhook_event_url: o::optional(f4),
            webhook_timeout_secs: o::optional(f5),
        })
    }
}

impl CreateRoomRequest {
    /// Record every participant's tracks.
    ///
    /// Server default when omitted: `false`.
    pub fn enable_recording(mut self, value: bool) -> Self {
        self.enable_recording = Some(value);
        self
    }

    /// How many participants may be present at once; more are refused.
    ///
    /// Server default when omitted: `10`.
    /// Range: 2 to 50.
    pub fn max_participants(mut self, value: i64) -> Self {
        self.max_participants = Some(value);
        self
    }

    /// A name of your choosing, unique within your account.
    pub fn unique_name(mut self, value: impl Into<String>) -> Self {
        self.unique_name = Some(value.into());
        self
    }

    /// Where events go when the primary URL fails. Needs a scheme (`https://...`).
    ///
    /// Server default when omitted: `""`.
    /// Format: `uri`.
    pub fn webhook_event_failover_url(mut self, value: impl Into<String>) -> Self {
        self.webhook_event_failover_url = Some(value.into());
        self
    }

    /// Where events about the room are sent. Needs a scheme (`https://...`).
    ///
    /// Format: `uri`.
    pub fn webhook_event_url(mut self, value: impl Into<String>) -> Self {
        self.webhook_event_url = Some(value.into());
        self
    }

    /// Seconds to wait for the webhook endpoint before giving up.
    ///
    /// Range: 0 to 30.
    pub fn webhook_timeout_secs(mut self, value: i64) -> Self {
        self.webhook_timeout_secs = Some(value);
        self
    }
}

/// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DateRange {
    /// That exact day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eq: Option<::chrono::NaiveDate>,
    /// That day or later.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gte: Option<::chrono::NaiveDate>,
    /// That day or earlier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lte: Option<::chrono::NaiveDate>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for DateRange {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for DateRange {
    const EXPECTING: &'static str = "struct DateRange";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "eq" => o::field(&mut map, &mut f0, "eq")?,
                "gte" => o::field(&mut map, &mut f1, "gte")?,
                "lte" => o::field(&mut map, &mut f2, "lte")?,
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            eq: o::optional(f0),
            gte: o::optional(f1),
            lte: o::optional(f2),
        })
    }
}

impl DateRange {
    /// That exact day.
    pub fn eq(mut self, value: ::chrono::NaiveDate) -> Self {
        self.eq = Some(value);
        self
    }

    /// That day or later.
    pub fn gte(mut self, value: ::chrono::NaiveDate) -> Self {
        self.gte = Some(value);
        self
    }

    /// That day or earlier.
    pub fn lte(mut self, value: ::chrono::NaiveDate) -> Self {
        self.lte = Some(value);
        self
    }
}

/// The `PageParams` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PageParams {
    /// 1-based number of the page.
    ///
    /// Server default when omitted: `1`.
    /// Minimum: 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<i64>,
    /// Items per page.
    ///
    /// Server default when omitted: `20`.
    /// Range: 1 to 250.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for PageParams {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for PageParams {
    const EXPECTING: &'static str = "struct PageParams";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "number" => o::field(&mut map, &mut f0, "number")?,
                "size" => o::field(&mut map, &mut f1, "size")?,
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            number: o::optional(f0),
            size: o::optional(f1),
        })
    }
}

impl PageParams {
    /// 1-based number of the page.
    ///
    /// Server default when omitted: `1`.
    /// Minimum: 1.
    pub fn number(mut self, value: i64) -> Self {
        self.number = Some(value);
        self
    }

    /// Items per page.
    ///
    /// Server default when omitted: `20`.
    /// Range: 1 to 250.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
}

/// Where a page sits in the whole list.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct PaginationMeta {
    /// 1-based number of this page.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub page_number: Option<i64>,
    /// Items per page.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub page_size: Option<i64>,
    /// Number of pages.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub total_pages: Option<i64>,
    /// Number of items in all pages.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub total_results: Option<i64>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for PaginationMeta {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for PaginationMeta {
    const EXPECTING: &'static str = "struct PaginationMeta";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "page_number" => o::field(&mut map, &mut f0, "page_number")?,
                "page_size" => o::field(&mut map, &mut f1, "page_size")?,
                "total_pages" => o::field(&mut map, &mut f2, "total_pages")?,
                "total_results" => o::field(&mut map, &mut f3, "total_results")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            page_number: o::optional(f0),
            page_size: o::optional(f1),
            total_pages: o::optional(f2),
            total_results: o::optional(f3),
            extra,
        })
    }
}

/// The participants to act on, or `"all"` for everyone present.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum Participants {
    /// Every participant of the session.
    All,
    /// These participants.
    List(Vec<::uuid::Uuid>),
}

impl ::serde::Serialize for Participants {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::All => serializer.serialize_str("all"),
            Self::List(inner) => ::serde::Serialize::serialize(inner, serializer),
        }
    }
}

#[cfg(feature = "serde-all")]
/// The forms are tried in the order the spec lists them; the first that matches wins.
impl<'de> ::serde::Deserialize<'de> for Participants {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if value.as_str() == Some("all") {
            return Ok(Self::All);
        }
        if let Ok(inner) = <Vec<
            ::uuid::Uuid,
        > as ::serde::Deserialize>::deserialize(&value) {
            return Ok(Self::List(inner));
        }
        Err(
            <D::Error as ::serde::de::Error>::custom(
                "the value matches none of the forms of Participants",
            ),
        )
    }
}

/// Settings of a room.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PatchRoomRequest {
    /// Record every participant's tracks.
    ///
    /// Server default when omitted: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_recording: Option<bool>,
    /// How many participants may be present at once; more are refused.
    ///
    /// Server default when omitted: `10`.
    /// Range: 2 to 50.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_participants: Option<i64>,
    /// A name of your choosing, unique within your account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique_name: Option<String>,
    /// Where events go when the primary URL fails. Needs a scheme (`https://...`).
    ///
    /// Server default when omitted: `""`.
    /// Format: `uri`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_event_failover_url: Option<String>,
    /// Where events about the room are sent. Needs a scheme (`https://...`).
    ///
    /// Format: `uri`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_event_url: Option<String>,
    /// Seconds to wait for the webhook endpoint before giving up.
    ///
    /// Range: 0 to 30.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_timeout_secs: Option<i64>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for PatchRoomRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for PatchRoomRequest {
    const EXPECTING: &'static str = "struct PatchRoomRequest";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut f5 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "enable_recording" => o::field(&mut map, &mut f0, "enable_recording")?,
                "max_participants" => o::field(&mut map, &mut f1, "max_participants")?,
                "unique_name" => o::field(&mut map, &mut f2, "unique_name")?,
                "webhook_event_failover_url" => {
                    o::field(&mut map, &mut f3, "webhook_event_failover_url")?
                }
                "webhook_event_url" => o::field(&mut map, &mut f4, "webhook_event_url")?,
                "webhook_timeout_secs" => {
                    o::field(&mut map, &mut f5, "webhook_timeout_secs")?
                }
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            enable_recording: o::optional(f0),
            max_participants: o::optional(f1),
            unique_name: o::optional(f2),
            webhook_event_failover_url: o::optional(f3),
            webhook_event_url: o::optional(f4),
            webhook_timeout_secs: o::optional(f5),
        })
    }
}

impl PatchRoomRequest {
    /// Record every participant's tracks.
    ///
    /// Server default when omitted: `false`.
    pub fn enable_recording(mut self, value: bool) -> Self {
        self.enable_recording = Some(value);
        self
    }

    /// How many participants may be present at once; more are refused.
    ///
    /// Server default when omitted: `10`.
    /// Range: 2 to 50.
    pub fn max_participants(mut self, value: i64) -> Self {
        self.max_participants = Some(value);
        self
    }

    /// A name of your choosing, unique within your account.
    pub fn unique_name(mut self, value: impl Into<String>) -> Self {
        self.unique_name = Some(value.into());
        self
    }

    /// Where events go when the primary URL fails. Needs a scheme (`https://...`).
    ///
    /// Server default when omitted: `""`.
    /// Format: `uri`.
    pub fn webhook_event_failover_url(mut self, value: impl Into<String>) -> Self {
        self.webhook_event_failover_url = Some(value.into());
        self
    }

    /// Where events about the room are sent. Needs a scheme (`https://...`).
    ///
    /// Format: `uri`.
    pub fn webhook_event_url(mut self, value: impl Into<String>) -> Self {
        self.webhook_event_url = Some(value.into());
        self
    }

    /// Seconds to wait for the webhook endpoint before giving up.
    ///
    /// Range: 0 to 30.
    pub fn webhook_timeout_secs(mut self, value: i64) -> Self {
        self.webhook_timeout_secs = Some(value);
        self
    }
}

/// A refresh token to exchange for a new client token.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RefreshRoomClientTokenRequest {
    /// The refresh token from `create_client_token`.
    pub refresh_token: String,
    /// Seconds until the client token expires.
    ///
    /// Server default when omitted: `600`.
    /// Range: 10 to 3600.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_ttl_secs: Option<i64>,
}

#[cfg(feature = "serde-all")]
impl<'de> ::serde::Deserialize<'de> for RefreshRoomClientTokenRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

#[cfg(feature = "serde-all")]
impl crate::runtime::object::Object for RefreshRoomClientTokenRequest {
    const EXPECTING: &'static str = "struct RefreshRoomClientTokenRequest";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "refresh_token" => o::field(&mut map, &mut f0, "refresh_token")?,
                "token_ttl_secs" => o::field(&mut map, &mut f1, "token_ttl_secs")?,
                _ => o::skip(&mut map)?,
            }
        }
        Ok(Self {
            refresh_token: o::required(f0, "refresh_token")?,
            token_ttl_secs: o::optional(f1),
        })
    }
}

impl RefreshRoomClientTokenRequest {
    /// A `RefreshRoomClientTokenRequest` with its required fields; the others are unset.
    pub fn new(refresh_token: impl Into<String>) -> Self {
        Self {
            refresh_token: refresh_token.into(),
            token_ttl_secs: None,
        }
    }
}

impl ::std::fmt::Debug for RefreshRoomClientTokenRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RefreshRoomClientTokenRequest")
            .field("refresh_token", &"[redacted]")
            .field("token_ttl_secs", &self.token_ttl_secs)
            .finish()
    }
}

impl RefreshRoomClientTokenRequest {
    /// Seconds until the client token expires.
    ///
    /// Server default when omitted: `600`.
    /// Range: 10 to 3600.
    pub fn token_ttl_secs(mut self, value: i64) -> Self {
        self.token_ttl_secs = Some(value);
        self
    }
}

/// A video room.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct Room {
    /// The session in progress
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub active_session_id: Option<::uuid::Uuid>,
    /// When the room was created.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    /// Whether participants' tracks are recorded.
    ///
    /// Server default when omitted: `false`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub enable_recording: Option<bool>,
    /// Id of the room.
    pub id: ::uuid::Uuid,
    /// How many participants may be present at once.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub max_participants: Option<i64>,
    /// Always `room`.
    ///
    /// Read-only: set by the server.
    pub record_type: String,
    /// The room's sessions, when asked for with `include_sessions`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub sessions: Option<Vec<RoomSession>>,
    /// The name given at creation
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub unique_name: Option<String>,
    /// When the room last changed.
    pub updated_at: ::chrono::DateTime<::chrono::Utc>,
    /// Where events go when the primary URL fails. Needs a scheme (`https://...`).
    ///
    /// Server default when omitted: `""`.
    /// Format: `uri`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub webhook_event_failover_url: Option<String>,
    /// Where events about the room are sent. Needs a scheme (`https://...`).
    ///
    /// Format: `uri`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub webhook_event_url: Option<String>,
    /// Seconds to wait for the webhook endpoint before giving up.
    ///
    /// Range: 0 to 30.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub webhook_timeout_secs: Option<i64>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for Room {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for Room {
    const EXPECTING: &'static str = "struct Room";
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
        let mut f8 = None;
        let mut f9 = None;
        let mut f10 = None;
        let mut f11 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "active_session_id" => o::field(&mut map, &mut f0, "active_session_id")?,
                "created_at" => {
                    o::field_seed(&mut map, &mut f1, "created_at", o::Timestamp)?
                }
                "enable_recording" => o::field(&mut map, &mut f2, "enable_recording")?,
                "id" => o::field(&mut map, &mut f3, "id")?,
                "max_participants" => o::field(&mut map, &mut f4, "max_participants")?,
                "record_type" => o::field(&mut map, &mut f5, "record_type")?,
                "sessions" => o::field(&mut map, &mut f6, "sessions")?,
                "unique_name" => o::field(&mut map, &mut f7, "unique_name")?,
                "updated_at" => {
                    o::field_seed(&mut map, &mut f8, "updated_at", o::Timestamp)?
                }
                "webhook_event_failover_url" => {
                    o::field(&mut map, &mut f9, "webhook_event_failover_url")?
                }
                "webhook_event_url" => o::field(&mut map, &mut f10, "webhook_event_url")?,
                "webhook_timeout_secs" => {
                    o::field(&mut map, &mut f11, "webhook_timeout_secs")?
                }
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            active_session_id: o::optional(f0),
            created_at: o::required(f1, "created_at")?,
            enable_recording: o::optional(f2),
            id: o::required(f3, "id")?,
            max_participants: o::optional(f4),
            record_type: o::required(f5, "record_type")?,
            sessions: o::optional(f6),
            unique_name: o::optional(f7),
            updated_at: o::required(f8, "updated_at")?,
            webhook_event_failover_url: o::optional(f9),
            webhook_event_url: o::optional(f10),
            webhook_timeout_secs: o::optional(f11),
            extra,
        })
    }
}

impl Room {
    /// A `Room` with its required fields; the others are unset.
    pub fn new(
        created_at: ::chrono::DateTime<::chrono::Utc>,
        id: ::uuid::Uuid,
        record_type: impl Into<String>,
        updated_at: ::chrono::DateTime<::chrono::Utc>,
    ) -> Self {
        Self {
            active_session_id: None,
            created_at,
            enable_recording: None,
            id,
            max_participants: None,
            record_type: record_type.into(),
            sessions: None,
            unique_name: None,
            updated_at,
            webhook_event_failover_url: None,
            webhook_event_url: None,
            webhook_timeout_secs: None,
            extra: Default::default(),
        }
    }
}

/// Several recordings of a session laid out into one video.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct RoomComposition {
    /// When the video became available.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub completed_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// When the composition was requested.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub created_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Where to download the video.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub download_url: Option<String>,
    /// Length in seconds.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub duration_secs: Option<i64>,
    /// When the composed material ends.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub ended_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Container format of the video.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub format: Option<RoomCompositionFormat>,
    /// Id of the composition.
    pub id: ::uuid::Uuid,
    /// Always `composition`.
    ///
    /// Read-only: set by the server.
    pub record_type: String,
    /// Width x height in pixels, such as `1280x720`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub resolution: Option<String>,
    /// The room the material comes from.
    pub room_id: ::uuid::Uuid,
    /// The session the material comes from.
    pub session_id: ::uuid::Uuid,
    /// File size in megabytes.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub size_mb: Option<f64>,
    /// When the composed material starts.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub started_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Where the composition is in its processing.
    pub status: RoomCompositionStatus,
    /// When the composition last changed.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The user that owns the composition.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub user_id: Option<::uuid::Uuid>,
    /// Regions of the output video, by a name of your choosing (at most 2).
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub video_layout: Option<::std::collections::BTreeMap<String, VideoRegion>>,
    /// Where events go when the primary URL fails. Needs a scheme (`https://...`).
    ///
    /// Server default when omitted: `""`.
    /// Format: `uri`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub webhook_event_failover_url: Option<String>,
    /// Where events about the room are sent. Needs a scheme (`https://...`).
    ///
    /// Format: `uri`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub webhook_event_url: Option<String>,
    /// Seconds to wait for the webhook endpoint before giving up.
    ///
    /// Range: 0 to 30.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub webhook_timeout_secs: Option<i64>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for RoomComposition {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for RoomComposition {
    const EXPECTING: &'static str = "struct RoomComposition";
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
        let mut f8 = None;
        let mut f9 = None;
        let mut f10 = None;
        let mut f11 = None;
        let mut f12 = None;
        let mut f13 = None;
        let mut f14 = None;
        let mut f15 = None;
        let mut f16 = None;
        let mut f17 = None;
        let mut f18 = None;
        let mut f19 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "completed_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f0,
                        "completed_at",
                        o::OptionalTimestamp,
                    )?
                }
                "created_at" => {
                    o::field_seed(&mut map, &mut f1, "created_at", o::OptionalTimestamp)?
                }
                "download_url" => o::field(&mut map, &mut f2, "download_url")?,
                "duration_secs" => o::field(&mut map, &mut f3, "duration_secs")?,
                "ended_at" => {
                    o::field_seed(&mut map, &mut f4, "ended_at", o::OptionalTimestamp)?
                }
                "format" => o::field(&mut map, &mut f5, "format")?,
                "id" => o::field(&mut map, &mut f6, "id")?,
                "record_type" => o::field(&mut map, &mut f7, "record_type")?,
                "resolution" => o::field(&mut map, &mut f8, "resolution")?,
                "room_id" => o::field(&mut map, &mut f9, "room_id")?,
                "session_id" => o::field(&mut map, &mut f10, "session_id")?,
                "size_mb" => o::field(&mut map, &mut f11, "size_mb")?,
                "started_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f12,
                        "started_at",
                        o::OptionalTimestamp,
                    )?
                }
                "status" => o::field(&mut map, &mut f13, "status")?,
                "updated_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f14,
                        "updated_at",
                        o::OptionalTimestamp,
                    )?
                }
                "user_id" => o::field(&mut map, &mut f15, "user_id")?,
                "video_layout" => o::field(&mut map, &mut f16, "video_layout")?,
                "webhook_event_failover_url" => {
                    o::field(&mut map, &mut f17, "webhook_event_failover_url")?
                }
                "webhook_event_url" => o::field(&mut map, &mut f18, "webhook_event_url")?,
                "webhook_timeout_secs" => {
                    o::field(&mut map, &mut f19, "webhook_timeout_secs")?
                }
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            completed_at: o::optional(f0),
            created_at: o::optional(f1),
            download_url: o::optional(f2),
            duration_secs: o::optional(f3),
            ended_at: o::optional(f4),
            format: o::optional(f5),
            id: o::required(f6, "id")?,
            record_type: o::required(f7, "record_type")?,
            resolution: o::optional(f8),
            room_id: o::required(f9, "room_id")?,
            session_id: o::required(f10, "session_id")?,
            size_mb: o::optional(f11),
            started_at: o::optional(f12),
            status: o::required(f13, "status")?,
            updated_at: o::optional(f14),
            user_id: o::optional(f15),
            video_layout: o::optional(f16),
            webhook_event_failover_url: o::optional(f17),
            webhook_event_url: o::optional(f18),
            webhook_timeout_secs: o::optional(f19),
            extra,
        })
    }
}

impl RoomComposition {
    /// A `RoomComposition` with its required fields; the others are unset.
    pub fn new(
        id: ::uuid::Uuid,
        record_type: impl Into<String>,
        room_id: ::uuid::Uuid,
        session_id: ::uuid::Uuid,
        status: RoomCompositionStatus,
    ) -> Self {
        Self {
            completed_at: None,
            created_at: None,
            download_url: None,
            duration_secs: None,
            ended_at: None,
            format: None,
            id,
            record_type: record_type.into(),
            resolution: None,
            room_id,
            session_id,
            size_mb: None,
            started_at: None,
            status,
            updated_at: None,
            user_id: None,
            video_layout: None,
            webhook_event_failover_url: None,
            webhook_event_url: None,
            webhook_timeout_secs: None,
            extra: Default::default(),
        }
    }
}

/// Container format of the video.
#[derive(Debug, Clone, PartialEq, Eq, Hash, ::serde::Deserialize)]
#[serde(from = "String")]
#[non_exhaustive]
pub enum RoomCompositionFormat {
    /// `mp4`
    Mp4,
    /// A value this version of the crate does not know, kept exactly as received.
    Unknown(String),
}

impl RoomCompositionFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mp4 => "mp4",
            Self::Unknown(value) => value.as_str(),
        }
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "mp4" => Some(Self::Mp4),
            _ => None,
        }
    }
}

impl From<String> for RoomCompositionFormat {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(value),
        }
    }
}

impl From<&str> for RoomCompositionFormat {
    fn from(value: &str) -> Self {
        Self::known(value).unwrap_or_else(|| Self::Unknown(value.to_owned()))
    }
}

impl ::std::fmt::Display for RoomCompositionFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for RoomCompositionFormat {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Where the composition is in its processing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, ::serde::Deserialize)]
#[serde(from = "String")]
#[non_exhaustive]
pub enum RoomCompositionStatus {
    /// `completed`
    Completed,
    /// `enqueued`
    Enqueued,
    /// `processing`
    Processing,
    /// A value this version of the crate does not know, kept exactly as received.
    Unknown(String),
}

impl RoomCompositionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Enqueued => "enqueued",
            Self::Processing => "processing",
            Self::Unknown(value) => value.as_str(),
        }
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "completed" => Some(Self::Completed),
            "enqueued" => Some(Self::Enqueued),
            "processing" => Some(Self::Processing),
            _ => None,
        }
    }
}

impl From<String> for RoomCompositionStatus {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(value),
        }
    }
}

impl From<&str> for RoomCompositionStatus {
    fn from(value: &str) -> Self {
        Self::known(value).unwrap_or_else(|| Self::Unknown(value.to_owned()))
    }
}

impl ::std::fmt::Display for RoomCompositionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for RoomCompositionStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A client's presence in a room session.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct RoomParticipant {
    /// Free-form text the client gave when joining.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub context: Option<String>,
    /// Id of the participant.
    pub id: ::uuid::Uuid,
    /// When the participant joined.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub joined_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// When the participant left.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub left_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Always `room_participant`.
    ///
    /// Read-only: set by the server.
    pub record_type: String,
    /// The session the participant joined.
    pub session_id: ::uuid::Uuid,
    /// When the participant last changed.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for RoomParticipant {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for RoomParticipant {
    const EXPECTING: &'static str = "struct RoomParticipant";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut f5 = None;
        let mut f6 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "context" => o::field(&mut map, &mut f0, "context")?,
                "id" => o::field(&mut map, &mut f1, "id")?,
                "joined_at" => {
                    o::field_seed(&mut map, &mut f2, "joined_at", o::OptionalTimestamp)?
                }
                "left_at" => {
                    o::field_seed(&mut map, &mut f3, "left_at", o::OptionalTimestamp)?
                }
                "record_type" => o::field(&mut map, &mut f4, "record_type")?,
                "session_id" => o::field(&mut map, &mut f5, "session_id")?,
                "updated_at" => {
                    o::field_seed(&mut map, &mut f6, "updated_at", o::OptionalTimestamp)?
                }
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            context: o::optional(f0),
            id: o::required(f1, "id")?,
            joined_at: o::optional(f2),
            left_at: o::optional(f3),
            record_type: o::required(f4, "record_type")?,
            session_id: o::required(f5, "session_id")?,
            updated_at: o::optional(f6),
            extra,
        })
    }
}

impl RoomParticipant {
    /// A `RoomParticipant` with its required fields; the others are unset.
    pub fn new(
        id: ::uuid::Uuid,
        record_type: impl Into<String>,
        session_id: ::uuid::Uuid,
    ) -> Self {
        Self {
            context: None,
            id,
            joined_at: None,
            left_at: None,
            record_type: record_type.into(),
            session_id,
            updated_at: None,
            extra: Default::default(),
        }
    }
}

/// A recording of one participant's audio or video track.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct RoomRecording {
    /// Codec of the recording, such as `opus`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub codec: Option<String>,
    /// When the file became available.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub completed_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// When the recording was created.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    /// Where to download the file.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub download_url: Option<String>,
    /// Length in seconds.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub duration_secs: Option<i64>,
    /// When recording stopped.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub ended_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Id of the recording.
    pub id: ::uuid::Uuid,
    /// The participant recorded.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub participant_id: Option<::uuid::Uuid>,
    /// Always `room_recording`.
    ///
    /// Read-only: set by the server.
    pub record_type: String,
    /// The room recorded.
    pub room_id: ::uuid::Uuid,
    /// The session recorded.
    pub session_id: ::uuid::Uuid,
    /// File size in megabytes.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub size_mb: Option<f64>,
    /// When recording started.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub started_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Whether the file is ready.
    pub status: RoomRecordingStatus,
    /// Which track was recorded.
    #[cfg_attr(feature = "serde-all", serde(rename = "type"))]
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub type_: Option<RoomRecordingType>,
    /// When the recording last changed.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for RoomRecording {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for RoomRecording {
    const EXPECTING: &'static str = "struct RoomRecording";
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
        let mut f8 = None;
        let mut f9 = None;
        let mut f10 = None;
        let mut f11 = None;
        let mut f12 = None;
        let mut f13 = None;
        let mut f14 = None;
        let mut f15 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "codec" => o::field(&mut map, &mut f0, "codec")?,
                "completed_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f1,
                        "completed_at",
                        o::OptionalTimestamp,
                    )?
                }
                "created_at" => {
                    o::field_seed(&mut map, &mut f2, "created_at", o::Timestamp)?
                }
                "download_url" => o::field(&mut map, &mut f3, "download_url")?,
                "duration_secs" => o::field(&mut map, &mut f4, "duration_secs")?,
                "ended_at" => {
                    o::field_seed(&mut map, &mut f5, "ended_at", o::OptionalTimestamp)?
                }
                "id" => o::field(&mut map, &mut f6, "id")?,
                "participant_id" => o::field(&mut map, &mut f7, "participant_id")?,
                "record_type" => o::field(&mut map, &mut f8, "record_type")?,
                "room_id" => o::field(&mut map, &mut f9, "room_id")?,
                "session_id" => o::field(&mut map, &mut f10, "session_id")?,
                "size_mb" => o::field(&mut map, &mut f11, "size_mb")?,
                "started_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f12,
                        "started_at",
                        o::OptionalTimestamp,
                    )?
                }
                "status" => o::field(&mut map, &mut f13, "status")?,
                "type" => o::field(&mut map, &mut f14, "type")?,
                "updated_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f15,
                        "updated_at",
                        o::OptionalTimestamp,
                    )?
                }
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            codec: o::optional(f0),
            completed_at: o::optional(f1),
            created_at: o::required(f2, "created_at")?,
            download_url: o::optional(f3),
            duration_secs: o::optional(f4),
            ended_at: o::optional(f5),
            id: o::required(f6, "id")?,
            participant_id: o::optional(f7),
            record_type: o::required(f8, "record_type")?,
            room_id: o::required(f9, "room_id")?,
            session_id: o::required(f10, "session_id")?,
            size_mb: o::optional(f11),
            started_at: o::optional(f12),
            status: o::required(f13, "status")?,
            type_: o::optional(f14),
            updated_at: o::optional(f15),
            extra,
        })
    }
}

impl RoomRecording {
    /// A `RoomRecording` with its required fields; the others are unset.
    pub fn new(
        created_at: ::chrono::DateTime<::chrono::Utc>,
        id: ::uuid::Uuid,
        record_type: impl Into<String>,
        room_id: ::uuid::Uuid,
        session_id: ::uuid::Uuid,
        status: RoomRecordingStatus,
    ) -> Self {
        Self {
            codec: None,
            completed_at: None,
            created_at,
            download_url: None,
            duration_secs: None,
            ended_at: None,
            id,
            participant_id: None,
            record_type: record_type.into(),
            room_id,
            session_id,
            size_mb: None,
            started_at: None,
            status,
            type_: None,
            updated_at: None,
            extra: Default::default(),
        }
    }
}

/// Whether the file is ready.
#[derive(Debug, Clone, PartialEq, Eq, Hash, ::serde::Deserialize)]
#[serde(from = "String")]
#[non_exhaustive]
pub enum RoomRecordingStatus {
    /// `completed`
    Completed,
    /// `processing`
    Processing,
    /// A value this version of the crate does not know, kept exactly as received.
    Unknown(String),
}

impl RoomRecordingStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Processing => "processing",
            Self::Unknown(value) => value.as_str(),
        }
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "completed" => Some(Self::Completed),
            "processing" => Some(Self::Processing),
            _ => None,
        }
    }
}

impl From<String> for RoomRecordingStatus {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(value),
        }
    }
}

impl From<&str> for RoomRecordingStatus {
    fn from(value: &str) -> Self {
        Self::known(value).unwrap_or_else(|| Self::Unknown(value.to_owned()))
    }
}

impl ::std::fmt::Display for RoomRecordingStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for RoomRecordingStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Which track is recorded.
#[derive(Debug, Clone, PartialEq, Eq, Hash, ::serde::Deserialize)]
#[serde(from = "String")]
#[non_exhaustive]
pub enum RoomRecordingType {
    /// `audio`
    Audio,
    /// `video`
    Video,
    /// A value this version of the crate does not know, kept exactly as received.
    Unknown(String),
}

impl RoomRecordingType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audio => "audio",
            Self::Video => "video",
            Self::Unknown(value) => value.as_str(),
        }
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "audio" => Some(Self::Audio),
            "video" => Some(Self::Video),
            _ => None,
        }
    }
}

impl From<String> for RoomRecordingType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(value),
        }
    }
}

impl From<&str> for RoomRecordingType {
    fn from(value: &str) -> Self {
        Self::known(value).unwrap_or_else(|| Self::Unknown(value.to_owned()))
    }
}

impl ::std::fmt::Display for RoomRecordingType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for RoomRecordingType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A period during which a room had participants.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct RoomSession {
    /// Whether the session is in progress.
    pub active: bool,
    /// When the session began.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    /// When the session ended.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub ended_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Id of the session.
    pub id: ::uuid::Uuid,
    /// The session's participants, when asked for with `include_participants`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub participants: Option<Vec<RoomParticipant>>,
    /// Always `room_session`.
    ///
    /// Read-only: set by the server.
    pub record_type: String,
    /// The room the session belongs to.
    pub room_id: ::uuid::Uuid,
    /// When the session last changed.
    pub updated_at: ::chrono::DateTime<::chrono::Utc>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for RoomSession {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for RoomSession {
    const EXPECTING: &'static str = "struct RoomSession";
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
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "active" => o::field(&mut map, &mut f0, "active")?,
                "created_at" => {
                    o::field_seed(&mut map, &mut f1, "created_at", o::Timestamp)?
                }
                "ended_at" => {
                    o::field_seed(&mut map, &mut f2, "ended_at", o::OptionalTimestamp)?
                }
                "id" => o::field(&mut map, &mut f3, "id")?,
                "participants" => o::field(&mut map, &mut f4, "participants")?,
                "record_type" => o::field(&mut map, &mut f5, "record_type")?,
                "room_id" => o::field(&mut map, &mut f6, "room_id")?,
                "updated_at" => {
                    o::field_seed(&mut map, &mut f7, "updated_at", o::Timestamp)?
                }
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            active: o::required(f0, "active")?,
            created_at: o::required(f1, "created_at")?,
            ended_at: o::optional(f2),
            id: o::required(f3, "id")?,
            participants: o::optional(f4),
            record_type: o::required(f5, "record_type")?,
            room_id: o::required(f6, "room_id")?,
            updated_at: o::required(f7, "updated_at")?,
            extra,
        })
    }
}

impl RoomSession {
    /// A `RoomSession` with its required fields; the others are unset.
    pub fn new(
        active: bool,
        created_at: ::chrono::DateTime<::chrono::Utc>,
        id: ::uuid::Uuid,
        record_type: impl Into<String>,
        room_id: ::uuid::Uuid,
        updated_at: ::chrono::DateTime<::chrono::Utc>,
    ) -> Self {
        Self {
            active,
            created_at,
            ended_at: None,
            id,
            participants: None,
            record_type: record_type.into(),
            room_id,
            updated_at,
            extra: Default::default(),
        }
    }
}

/// A rectangle of the output video and the recordings shown in it.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VideoRegion {
    /// Height in pixels.
    ///
    /// Minimum: 16.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<i64>,
    /// Most columns of the grid the sources are placed on (default as many as needed).
    ///
    /// Range: 1 to 1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_columns: Option<i64>,
    /// Most rows of the grid the sources are placed on (default as many as needed).
    ///
    /// Range: 1 to 1000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_rows: Option<i64>,
    /// Video recordings shown in the region; `"*"` for all of the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video_sources: Option<Vec<::uuid::Uuid>>,
    /// Width in pixels.
    ///
    /// Minimum: 16.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<i64>,
    /// Left edge
    ///
    /// Server default when omitted: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x_pos: Option<i64>,
    /// Top edge
    ///
    /// Server default when omitted: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y_pos: Option<i64>,
    /// Stacking order; higher is in front.
    ///
    /// Server default when omitted: `0`.
    /// Range: -99 to 99.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub z_pos: Option<i64>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[serde(flatten)]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for VideoRegion {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for VideoRegion {
    const EXPECTING: &'static str = "struct VideoRegion";
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
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "height" => o::field(&mut map, &mut f0, "height")?,
                "max_columns" => o::field(&mut map, &mut f1, "max_columns")?,
                "max_rows" => o::field(&mut map, &mut f2, "max_rows")?,
                "video_sources" => o::field(&mut map, &mut f3, "video_sources")?,
                "width" => o::field(&mut map, &mut f4, "width")?,
                "x_pos" => o::field(&mut map, &mut f5, "x_pos")?,
                "y_pos" => o::field(&mut map, &mut f6, "y_pos")?,
                "z_pos" => o::field(&mut map, &mut f7, "z_pos")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            height: o::optional(f0),
            max_columns: o::optional(f1),
            max_rows: o::optional(f2),
            video_sources: o::optional(f3),
            width: o::optional(f4),
            x_pos: o::optional(f5),
            y_pos: o::optional(f6),
            z_pos: o::optional(f7),
            extra,
        })
    }
}

impl VideoRegion {
    /// Height in pixels.
    ///
    /// Minimum: 16.
    pub fn height(mut self, value: i64) -> Self {
        self.height = Some(value);
        self
    }

    /// Most columns of the grid the sources are placed on (default as many as needed).
    ///
    /// Range: 1 to 1000.
    pub fn max_columns(mut self, value: i64) -> Self {
        self.max_columns = Some(value);
        self
    }

    /// Most rows of the grid the sources are placed on (default as many as needed).
    ///
    /// Range: 1 to 1000.
    pub fn max_rows(mut self, value: i64) -> Self {
        self.max_rows = Some(value);
        self
    }

    /// Video recordings shown in the region; `"*"` for all of the session.
    pub fn video_sources(mut self, value: Vec<::uuid::Uuid>) -> Self {
        self.video_sources = Some(value);
        self
    }

    /// Width in pixels.
    ///
    /// Minimum: 16.
    pub fn width(mut self, value: i64) -> Self {
        self.width = Some(value);
        self
    }

    /// Left edge
    ///
    /// Server default when omitted: `0`.
    pub fn x_pos(mut self, value: i64) -> Self {
        self.x_pos = Some(value);
        self
    }

    /// Top edge
    ///
    /// Server default when omitted: `0`.
    pub fn y_pos(mut self, value: i64) -> Self {
        self.y_pos = Some(value);
        self
    }

    /// Stacking order; higher is in front.
    ///
    /// Server default when omitted: `0`.
    /// Range: -99 to 99.
    pub fn z_pos(mut self, value: i64) -> Self {
        self.z_pos = Some(value);
        self
    }
}

impl crate::runtime::PageInfo for PaginationMeta {
    fn page_number(&self) -> Option<i64> {
        self.page_number
    }

    fn total_pages(&self) -> Option<i64> {
        self.total_pages
    }
}
