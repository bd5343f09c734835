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
    pub date_ended_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_started_at: Option<super::models::DateRange>,
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
    pub date_ended_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_started_at: Option<super::models::DateRange>,
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
