// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Compositions, several recordings laid out into a single video.
//!
//! Types used by this resource's operations: filters, inline request and response bodies.
/// The `RoomCompositionListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomCompositionListFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_created_at: Option<super::models::DateRange>,
    /// Only compositions of this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<::uuid::Uuid>,
    /// Only compositions in this state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RoomCompositionListFilterStatus>,
}
/// Only compositions in this state.
#[derive(Debug, Clone, PartialEq, Eq, Hash, ::serde::Deserialize)]
#[serde(from = "String")]
pub enum RoomCompositionListFilterStatus {
    /// `completed`
    Completed,
    /// `processing`
    Processing,
    /// `enqueued`
    Enqueued,
    /// A value this version of the crate does not know, kept exactly as received.
    Unknown(String),
}
impl RoomCompositionListFilterStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Processing => "processing",
            Self::Enqueued => "enqueued",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn known(value: &str) -> Option<Self> {
        match value {
            "completed" => Some(Self::Completed),
            "processing" => Some(Self::Processing),
            "enqueued" => Some(Self::Enqueued),
            _ => None,
        }
    }
}
impl From<String> for RoomCompositionListFilterStatus {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(value),
        }
    }
}
impl From<&str> for RoomCompositionListFilterStatus {
    fn from(value: &str) -> Self {
        Self::known(value).unwrap_or_else(|| Self::Unknown(value.to_owned()))
    }
}
impl ::std::fmt::Display for RoomCompositionListFilterStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RoomCompositionListFilterStatus {
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
