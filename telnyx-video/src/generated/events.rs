// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Webhook events: what the API delivers to your webhook URL, parsed after the signature is verified.
use super::models::RoomRecordingType;

///A webhook event, told apart by its `event_type`. Parse a delivery with [`VideoEvent::verify_and_parse`], which checks its signature first.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum VideoEvent {
    /// A composition's video is ready (video.room.composition.completed).
    ///
    /// `event_type: video.room.composition.completed`
    CompositionCompleted(CompositionCompleted),
    /// A participant joined a session (video.room.participant.joined).
    ///
    /// `event_type: video.room.participant.joined`
    ParticipantJoined(ParticipantJoined),
    /// A participant left a session (video.room.participant.left).
    ///
    /// `event_type: video.room.participant.left`
    ParticipantLeft(ParticipantLeft),
    /// A recording's file is ready (video.room.recording.completed).
    ///
    /// `event_type: video.room.recording.completed`
    RecordingCompleted(RecordingCompleted),
    /// A participant's track started being recorded (video.room.recording.started).
    ///
    /// `event_type: video.room.recording.started`
    RecordingStarted(RecordingStarted),
    /// A room session ended (video.room.session.ended).
    ///
    /// `event_type: video.room.session.ended`
    SessionEnded(SessionEnded),
    /// A room session started (video.room.session.started).
    ///
    /// `event_type: video.room.session.started`
    SessionStarted(SessionStarted),
    /// An event type this version does not know: its `data` object, kept whole.
    Unknown(::serde_json::Value),
}

impl VideoEvent {
    /// The event's `event_type`.
    pub fn event_type(&self) -> Option<&str> {
        match self {
            Self::CompositionCompleted(_) => Some("video.room.composition.completed"),
            Self::ParticipantJoined(_) => Some("video.room.participant.joined"),
            Self::ParticipantLeft(_) => Some("video.room.participant.left"),
            Self::RecordingCompleted(_) => Some("video.room.recording.completed"),
            Self::RecordingStarted(_) => Some("video.room.recording.started"),
            Self::SessionEnded(_) => Some("video.room.session.ended"),
            Self::SessionStarted(_) => Some("video.room.session.started"),
            Self::Unknown(data) => {
                data.get("event_type").and_then(::serde_json::Value::as_str)
            }
        }
    }

    /// Verifies a delivery's signature and timestamp with `verifier`, then parses it.
    /// Nothing is parsed before the signature checks out.
    #[cfg(feature = "webhooks")]
    pub fn verify_and_parse(
        verifier: &crate::webhooks::Verifier,
        body: &[u8],
        headers: &crate::webhooks::HeaderMap,
    ) -> Result<Self, crate::webhooks::WebhookError> {
        verifier.verify_and_parse(body, headers)
    }
}

/// Reads `{"data": {...}}` (or a bare event object) and dispatches on the discriminator.
impl<'de> ::serde::Deserialize<'de> for VideoEvent {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let body = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let data = match body {
            ::serde_json::Value::Object(mut map) if map.contains_key("data") => {
                map.remove("data").unwrap_or_default()
            }
            other => other,
        };
        let kind = data
            .get("event_type")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match kind.as_deref() {
            Some("video.room.composition.completed") => {
                <CompositionCompleted as ::serde::Deserialize>::deserialize(data)
                    .map(Self::CompositionCompleted)
                    .map_err(<D::Error as ::serde::de::Error>::custom)
            }
            Some("video.room.participant.joined") => {
                <ParticipantJoined as ::serde::Deserialize>::deserialize(data)
                    .map(Self::ParticipantJoined)
                    .map_err(<D::Error as ::serde::de::Error>::custom)
            }
            Some("video.room.participant.left") => {
                <ParticipantLeft as ::serde::Deserialize>::deserialize(data)
                    .map(Self::ParticipantLeft)
                    .map_err(<D::Error as ::serde::de::Error>::custom)
            }
            Some("video.room.recording.completed") => {
                <RecordingCompleted as ::serde::Deserialize>::deserialize(data)
                    .map(Self::RecordingCompleted)
                    .map_err(<D::Error as ::serde::de::Error>::custom)
            }
            Some("video.room.recording.started") => {
                <RecordingStarted as ::serde::Deserialize>::deserialize(data)
                    .map(Self::RecordingStarted)
                    .map_err(<D::Error as ::serde::de::Error>::custom)
            }
            Some("video.room.session.ended") => {
                <SessionEnded as ::serde::Deserialize>::deserialize(data)
                    .map(Self::SessionEnded)
                    .map_err(<D::Error as ::serde::de::Error>::custom)
            }
            Some("video.room.session.started") => {
                <SessionStarted as ::serde::Deserialize>::deserialize(data)
                    .map(Self::SessionStarted)
                    .map_err(<D::Error as ::serde::de::Error>::custom)
            }
            _ => Ok(Self::Unknown(data)),
        }
    }
}

/// Writes the event back in its delivery shape, `{"data": {...}}` (with the crate's
/// `serde-all` feature, which gives the event types `Serialize`).
#[cfg(feature = "serde-all")]
impl ::serde::Serialize for VideoEvent {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(1))?;
        match self {
            Self::CompositionCompleted(data) => map.serialize_entry("data", data)?,
            Self::ParticipantJoined(data) => map.serialize_entry("data", data)?,
            Self::ParticipantLeft(data) => map.serialize_entry("data", data)?,
            Self::RecordingCompleted(data) => map.serialize_entry("data", data)?,
            Self::RecordingStarted(data) => map.serialize_entry("data", data)?,
            Self::SessionEnded(data) => map.serialize_entry("data", data)?,
            Self::SessionStarted(data) => map.serialize_entry("data", data)?,
            Self::Unknown(data) => map.serialize_entry("data", data)?,
        }
        map.end()
    }
}

/// A composition's video is ready.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct CompositionCompleted {
    /// What happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub event_type: Option<String>,
    /// Id of the event; the same on redelivery.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<::uuid::Uuid>,
    /// When it happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub occurred_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The details of the event.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub payload: Option<CompositionCompletedPayload>,
    /// Always `event`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub record_type: Option<EventRecordType>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for CompositionCompleted {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for CompositionCompleted {
    const EXPECTING: &'static str = "struct CompositionCompleted";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "event_type" => o::field(&mut map, &mut f0, "event_type")?,
                "id" => o::field(&mut map, &mut f1, "id")?,
                "occurred_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f2,
                        "occurred_at",
                        o::OptionalTimestamp,
                    )?
                }
                "payload" => o::field(&mut map, &mut f3, "payload")?,
                "record_type" => o::field(&mut map, &mut f4, "record_type")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            event_type: o::optional(f0),
            id: o::optional(f1),
            occurred_at: o::optional(f2),
            payload: o::optional(f3),
            record_type: o::optional(f4),
            extra,
        })
    }
}

/// The details of the event.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct CompositionCompletedPayload {
    /// The composition whose video is ready.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub composition_id: Option<::uuid::Uuid>,
    /// Where to download the video.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub download_url: Option<String>,
    /// Length in seconds.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub duration_secs: Option<i64>,
    /// Container format, such as `mp4`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub format: Option<String>,
    /// Width x height in pixels, such as `1280x720`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub resolution: Option<String>,
    /// The room the material comes from.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub room_id: Option<::uuid::Uuid>,
    /// The session the material comes from.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub session_id: Option<::uuid::Uuid>,
    /// File size in megabytes.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub size_mb: Option<f64>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for CompositionCompletedPayload {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for CompositionCompletedPayload {
    const EXPECTING: &'static str = "struct CompositionCompletedPayload";
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
                "composition_id" => o::field(&mut map, &mut f0, "composition_id")?,
                "download_url" => o::field(&mut map, &mut f1, "download_url")?,
                "duration_secs" => o::field(&mut map, &mut f2, "duration_secs")?,
                "format" => o::field(&mut map, &mut f3, "format")?,
                "resolution" => o::field(&mut map, &mut f4, "resolution")?,
                "room_id" => o::field(&mut map, &mut f5, "room_id")?,
                "session_id" => o::field(&mut map, &mut f6, "session_id")?,
                "size_mb" => o::field(&mut map, &mut f7, "size_mb")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            composition_id: o::optional(f0),
            download_url: o::optional(f1),
            duration_secs: o::optional(f2),
            format: o::optional(f3),
            resolution: o::optional(f4),
            room_id: o::optional(f5),
            session_id: o::optional(f6),
            size_mb: o::optional(f7),
            extra,
        })
    }
}

/// Always `event`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, ::serde::Deserialize)]
#[serde(from = "String")]
#[non_exhaustive]
pub enum EventRecordType {
    /// `event`
    Event,
    /// A value this version of the crate does not know, kept exactly as received.
    Unknown(String),
}

impl EventRecordType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Event => "event",
            Self::Unknown(value) => value.as_str(),
        }
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "event" => Some(Self::Event),
            _ => None,
        }
    }
}

impl From<String> for EventRecordType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(value),
        }
    }
}

impl From<&str> for EventRecordType {
    fn from(value: &str) -> Self {
        Self::known(value).unwrap_or_else(|| Self::Unknown(value.to_owned()))
    }
}

impl ::std::fmt::Display for EventRecordType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for EventRecordType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A participant joined a session.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ParticipantJoined {
    /// What happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub event_type: Option<String>,
    /// Id of the event; the same on redelivery.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<::uuid::Uuid>,
    /// When it happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub occurred_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The details of the event.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub payload: Option<ParticipantJoinedPayload>,
    /// Always `event`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub record_type: Option<EventRecordType>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for ParticipantJoined {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for ParticipantJoined {
    const EXPECTING: &'static str = "struct ParticipantJoined";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "event_type" => o::field(&mut map, &mut f0, "event_type")?,
                "id" => o::field(&mut map, &mut f1, "id")?,
                "occurred_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f2,
                        "occurred_at",
                        o::OptionalTimestamp,
                    )?
                }
                "payload" => o::field(&mut map, &mut f3, "payload")?,
                "record_type" => o::field(&mut map, &mut f4, "record_type")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            event_type: o::optional(f0),
            id: o::optional(f1),
            occurred_at: o::optional(f2),
            payload: o::optional(f3),
            record_type: o::optional(f4),
            extra,
        })
    }
}

/// The details of the event.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ParticipantJoinedPayload {
    /// Free-form text the client gave when joining.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub context: Option<String>,
    /// The participant who joined.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub participant_id: Option<::uuid::Uuid>,
    /// The room joined.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub room_id: Option<::uuid::Uuid>,
    /// The session joined.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub session_id: Option<::uuid::Uuid>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for ParticipantJoinedPayload {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for ParticipantJoinedPayload {
    const EXPECTING: &'static str = "struct ParticipantJoinedPayload";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "context" => o::field(&mut map, &mut f0, "context")?,
                "participant_id" => o::field(&mut map, &mut f1, "participant_id")?,
                "room_id" => o::field(&mut map, &mut f2, "room_id")?,
                "session_id" => o::field(&mut map, &mut f3, "session_id")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            context: o::optional(f0),
            participant_id: o::optional(f1),
            room_id: o::optional(f2),
            session_id: o::optional(f3),
            extra,
        })
    }
}

/// A participant left a session.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ParticipantLeft {
    /// What happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub event_type: Option<String>,
    /// Id of the event; the same on redelivery.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<::uuid::Uuid>,
    /// When it happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub occurred_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The details of the event.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub payload: Option<ParticipantLeftPayload>,
    /// Always `event`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub record_type: Option<EventRecordType>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for ParticipantLeft {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for ParticipantLeft {
    const EXPECTING: &'static str = "struct ParticipantLeft";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "event_type" => o::field(&mut map, &mut f0, "event_type")?,
                "id" => o::field(&mut map, &mut f1, "id")?,
                "occurred_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f2,
                        "occurred_at",
                        o::OptionalTimestamp,
                    )?
                }
                "payload" => o::field(&mut map, &mut f3, "payload")?,
                "record_type" => o::field(&mut map, &mut f4, "record_type")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            event_type: o::optional(f0),
            id: o::optional(f1),
            occurred_at: o::optional(f2),
            payload: o::optional(f3),
            record_type: o::optional(f4),
            extra,
        })
    }
}

/// The details of the event.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ParticipantLeftPayload {
    /// Free-form text the client gave when joining.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub context: Option<String>,
    /// How long the participant stayed
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub duration_secs: Option<i64>,
    /// Why the participant left, such as `kick`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub left_reason: Option<String>,
    /// The participant who left.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub participant_id: Option<::uuid::Uuid>,
    /// The room left.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub room_id: Option<::uuid::Uuid>,
    /// The session left.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub session_id: Option<::uuid::Uuid>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for ParticipantLeftPayload {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for ParticipantLeftPayload {
    const EXPECTING: &'static str = "struct ParticipantLeftPayload";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut f5 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "context" => o::field(&mut map, &mut f0, "context")?,
                "duration_secs" => o::field(&mut map, &mut f1, "duration_secs")?,
                "left_reason" => o::field(&mut map, &mut f2, "left_reason")?,
                "participant_id" => o::field(&mut map, &mut f3, "participant_id")?,
                "room_id" => o::field(&mut map, &mut f4, "room_id")?,
                "session_id" => o::field(&mut map, &mut f5, "session_id")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            context: o::optional(f0),
            duration_secs: o::optional(f1),
            left_reason: o::optional(f2),
            participant_id: o::optional(f3),
            room_id: o::optional(f4),
            session_id: o::optional(f5),
            extra,
        })
    }
}

/// A recording's file is ready.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct RecordingCompleted {
    /// What happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub event_type: Option<String>,
    /// Id of the event; the same on redelivery.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<::uuid::Uuid>,
    /// When it happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub occurred_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The details of the event.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub payload: Option<RecordingCompletedPayload>,
    /// Always `event`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub record_type: Option<EventRecordType>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for RecordingCompleted {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for RecordingCompleted {
    const EXPECTING: &'static str = "struct RecordingCompleted";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "event_type" => o::field(&mut map, &mut f0, "event_type")?,
                "id" => o::field(&mut map, &mut f1, "id")?,
                "occurred_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f2,
                        "occurred_at",
                        o::OptionalTimestamp,
                    )?
                }
                "payload" => o::field(&mut map, &mut f3, "payload")?,
                "record_type" => o::field(&mut map, &mut f4, "record_type")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            event_type: o::optional(f0),
            id: o::optional(f1),
            occurred_at: o::optional(f2),
            payload: o::optional(f3),
            record_type: o::optional(f4),
            extra,
        })
    }
}

/// The details of the event.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct RecordingCompletedPayload {
    /// Codec of the recording, such as `opus`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub codec: Option<String>,
    /// Where to download the file.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub download_url: Option<String>,
    /// Length in seconds.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub duration_secs: Option<i64>,
    /// The participant recorded.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub participant_id: Option<::uuid::Uuid>,
    /// The recording whose file is ready.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub recording_id: Option<::uuid::Uuid>,
    /// The room recorded.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub room_id: Option<::uuid::Uuid>,
    /// The session recorded.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub session_id: Option<::uuid::Uuid>,
    /// File size in megabytes.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub size_mb: Option<f64>,
    /// Which track is recorded.
    #[cfg_attr(feature = "serde-all", serde(rename = "type"))]
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub type_: Option<RoomRecordingType>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for RecordingCompletedPayload {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for RecordingCompletedPayload {
    const EXPECTING: &'static str = "struct RecordingCompletedPayload";
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
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "codec" => o::field(&mut map, &mut f0, "codec")?,
                "download_url" => o::field(&mut map, &mut f1, "download_url")?,
                "duration_secs" => o::field(&mut map, &mut f2, "duration_secs")?,
                "participant_id" => o::field(&mut map, &mut f3, "participant_id")?,
                "recording_id" => o::field(&mut map, &mut f4, "recording_id")?,
                "room_id" => o::field(&mut map, &mut f5, "room_id")?,
                "session_id" => o::field(&mut map, &mut f6, "session_id")?,
                "size_mb" => o::field(&mut map, &mut f7, "size_mb")?,
                "type" => o::field(&mut map, &mut f8, "type")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            codec: o::optional(f0),
            download_url: o::optional(f1),
            duration_secs: o::optional(f2),
            participant_id: o::optional(f3),
            recording_id: o::optional(f4),
            room_id: o::optional(f5),
            session_id: o::optional(f6),
            size_mb: o::optional(f7),
            type_: o::optional(f8),
            extra,
        })
    }
}

/// A participant's track started being recorded.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct RecordingStarted {
    /// What happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub event_type: Option<String>,
    /// Id of the event; the same on redelivery.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<::uuid::Uuid>,
    /// When it happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub occurred_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The details of the event.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub payload: Option<RecordingStartedPayload>,
    /// Always `event`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub record_type: Option<EventRecordType>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for RecordingStarted {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for RecordingStarted {
    const EXPECTING: &'static str = "struct RecordingStarted";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "event_type" => o::field(&mut map, &mut f0, "event_type")?,
                "id" => o::field(&mut map, &mut f1, "id")?,
                "occurred_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f2,
                        "occurred_at",
                        o::OptionalTimestamp,
                    )?
                }
                "payload" => o::field(&mut map, &mut f3, "payload")?,
                "record_type" => o::field(&mut map, &mut f4, "record_type")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            event_type: o::optional(f0),
            id: o::optional(f1),
            occurred_at: o::optional(f2),
            payload: o::optional(f3),
            record_type: o::optional(f4),
            extra,
        })
    }
}

/// The details of the event.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct RecordingStartedPayload {
    /// The participant being recorded.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub participant_id: Option<::uuid::Uuid>,
    /// The new recording.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub recording_id: Option<::uuid::Uuid>,
    /// The room recorded.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub room_id: Option<::uuid::Uuid>,
    /// The session recorded.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub session_id: Option<::uuid::Uuid>,
    /// Which track is recorded.
    #[cfg_attr(feature = "serde-all", serde(rename = "type"))]
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub type_: Option<RoomRecordingType>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for RecordingStartedPayload {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for RecordingStartedPayload {
    const EXPECTING: &'static str = "struct RecordingStartedPayload";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "participant_id" => o::field(&mut map, &mut f0, "participant_id")?,
                "recording_id" => o::field(&mut map, &mut f1, "recording_id")?,
                "room_id" => o::field(&mut map, &mut f2, "room_id")?,
                "session_id" => o::field(&mut map, &mut f3, "session_id")?,
                "type" => o::field(&mut map, &mut f4, "type")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            participant_id: o::optional(f0),
            recording_id: o::optional(f1),
            room_id: o::optional(f2),
            session_id: o::optional(f3),
            type_: o::optional(f4),
            extra,
        })
    }
}

/// A room session ended.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct SessionEnded {
    /// What happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub event_type: Option<String>,
    /// Id of the event; the same on redelivery.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<::uuid::Uuid>,
    /// When it happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub occurred_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The details of the event.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub payload: Option<SessionEndedPayload>,
    /// Always `event`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub record_type: Option<EventRecordType>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for SessionEnded {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for SessionEnded {
    const EXPECTING: &'static str = "struct SessionEnded";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "event_type" => o::field(&mut map, &mut f0, "event_type")?,
                "id" => o::field(&mut map, &mut f1, "id")?,
                "occurred_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f2,
                        "occurred_at",
                        o::OptionalTimestamp,
                    )?
                }
                "payload" => o::field(&mut map, &mut f3, "payload")?,
                "record_type" => o::field(&mut map, &mut f4, "record_type")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            event_type: o::optional(f0),
            id: o::optional(f1),
            occurred_at: o::optional(f2),
            payload: o::optional(f3),
            record_type: o::optional(f4),
            extra,
        })
    }
}

/// The details of the event.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct SessionEndedPayload {
    /// Length of the session in seconds.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub duration_secs: Option<i64>,
    /// Why the session ended, such as `stale`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub ended_reason: Option<String>,
    /// The room whose session ended.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub room_id: Option<::uuid::Uuid>,
    /// The session that ended.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub session_id: Option<::uuid::Uuid>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for SessionEndedPayload {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for SessionEndedPayload {
    const EXPECTING: &'static str = "struct SessionEndedPayload";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "duration_secs" => o::field(&mut map, &mut f0, "duration_secs")?,
                "ended_reason" => o::field(&mut map, &mut f1, "ended_reason")?,
                "room_id" => o::field(&mut map, &mut f2, "room_id")?,
                "session_id" => o::field(&mut map, &mut f3, "session_id")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            duration_secs: o::optional(f0),
            ended_reason: o::optional(f1),
            room_id: o::optional(f2),
            session_id: o::optional(f3),
            extra,
        })
    }
}

/// A room session started.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct SessionStarted {
    /// What happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub event_type: Option<String>,
    /// Id of the event; the same on redelivery.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<::uuid::Uuid>,
    /// When it happened.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub occurred_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The details of the event.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub payload: Option<SessionStartedPayload>,
    /// Always `event`.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub record_type: Option<EventRecordType>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for SessionStarted {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for SessionStarted {
    const EXPECTING: &'static str = "struct SessionStarted";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut f2 = None;
        let mut f3 = None;
        let mut f4 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "event_type" => o::field(&mut map, &mut f0, "event_type")?,
                "id" => o::field(&mut map, &mut f1, "id")?,
                "occurred_at" => {
                    o::field_seed(
                        &mut map,
                        &mut f2,
                        "occurred_at",
                        o::OptionalTimestamp,
                    )?
                }
                "payload" => o::field(&mut map, &mut f3, "payload")?,
                "record_type" => o::field(&mut map, &mut f4, "record_type")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            event_type: o::optional(f0),
            id: o::optional(f1),
            occurred_at: o::optional(f2),
            payload: o::optional(f3),
            record_type: o::optional(f4),
            extra,
        })
    }
}

/// The details of the event.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct SessionStartedPayload {
    /// The room whose session started.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub room_id: Option<::uuid::Uuid>,
    /// The session that started.
    #[cfg_attr(feature = "serde-all", serde(skip_serializing_if = "Option::is_none"))]
    pub session_id: Option<::uuid::Uuid>,
    /// Fields the API sent that this version of the model does not know, as JSON.
    #[cfg_attr(feature = "serde-all", serde(flatten))]
    pub extra: crate::runtime::Extra,
}

impl<'de> ::serde::Deserialize<'de> for SessionStartedPayload {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::object::deserialize(deserializer)
    }
}

impl crate::runtime::object::Object for SessionStartedPayload {
    const EXPECTING: &'static str = "struct SessionStartedPayload";
    fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::runtime::object as o;
        let mut f0 = None;
        let mut f1 = None;
        let mut extra = Default::default();
        while let Some(key) = o::key(&mut map)? {
            match key.as_str() {
                "room_id" => o::field(&mut map, &mut f0, "room_id")?,
                "session_id" => o::field(&mut map, &mut f1, "session_id")?,
                _ => o::unknown(&mut map, key, &mut extra)?,
            }
        }
        Ok(Self {
            room_id: o::optional(f0),
            session_id: o::optional(f1),
            extra,
        })
    }
}
