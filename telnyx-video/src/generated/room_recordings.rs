// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Recordings of participants' audio and video tracks.
//!
//! Types used by this resource's operations: filters, inline request and response bodies.
/// The `RoomRecordingDeleteBulkFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomRecordingDeleteBulkFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_ended_at: Option<RoomRecordingDeleteBulkFilterDateEndedAt>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_started_at: Option<RoomRecordingDeleteBulkFilterDateStartedAt>,
    /// Only recordings at least this many seconds long.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_secs: Option<i64>,
    /// Only recordings of this participant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_id: Option<::uuid::Uuid>,
    /// Only recordings made in this room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_id: Option<::uuid::Uuid>,
    /// Only recordings made in this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<::uuid::Uuid>,
    /// Only recordings in this state (`completed`, `processing`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Only recordings of this kind (`audio`, `video`).
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
}
/// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomRecordingDeleteBulkFilterDateEndedAt {
    /// That exact day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eq: Option<::chrono::NaiveDate>,
    /// That day or later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gte: Option<::chrono::NaiveDate>,
    /// That day or earlier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lte: Option<::chrono::NaiveDate>,
}
/// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomRecordingDeleteBulkFilterDateStartedAt {
    /// That exact day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eq: Option<::chrono::NaiveDate>,
    /// That day or later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gte: Option<::chrono::NaiveDate>,
    /// That day or earlier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lte: Option<::chrono::NaiveDate>,
}
/// The `RoomRecordingDeleteBulkResponse` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomRecordingDeleteBulkResponse {
    /// Number of recordings deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_recordings: Option<i64>,
}
/// The `RoomRecordingListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomRecordingListFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_ended_at: Option<RoomRecordingListFilterDateEndedAt>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_started_at: Option<RoomRecordingListFilterDateStartedAt>,
    /// Only recordings at least this many seconds long.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_secs: Option<i64>,
    /// Only recordings of this participant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_id: Option<::uuid::Uuid>,
    /// Only recordings made in this room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_id: Option<::uuid::Uuid>,
    /// Only recordings made in this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<::uuid::Uuid>,
    /// Only recordings in this state (`completed`, `processing`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Only recordings of this kind (`audio`, `video`).
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
}
/// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomRecordingListFilterDateEndedAt {
    /// That exact day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eq: Option<::chrono::NaiveDate>,
    /// That day or later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gte: Option<::chrono::NaiveDate>,
    /// That day or earlier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lte: Option<::chrono::NaiveDate>,
}
/// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomRecordingListFilterDateStartedAt {
    /// That exact day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eq: Option<::chrono::NaiveDate>,
    /// That day or later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gte: Option<::chrono::NaiveDate>,
    /// That day or earlier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lte: Option<::chrono::NaiveDate>,
}
