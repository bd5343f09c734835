// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Sessions, one per period during which a room had participants.
//!
//! Types used by this resource's operations: filters, inline request and response bodies.
/// The `RoomSessionEndResponse` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomSessionEndResponse {
    /// `ok` when the action succeeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}
/// The `RoomSessionKickResponse` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomSessionKickResponse {
    /// `ok` when the action succeeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}
/// The `RoomSessionListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomSessionListFilter {
    /// Only sessions that are (true) or are not (false) in progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_created_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_ended_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_updated_at: Option<super::models::DateRange>,
    /// Only sessions of this room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_id: Option<String>,
}
/// The `RoomSessionListParticipantsFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomSessionListParticipantsFilter {
    /// Only participants whose client gave this context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_joined_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_left_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_updated_at: Option<super::models::DateRange>,
}
/// The `RoomSessionMuteResponse` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomSessionMuteResponse {
    /// `ok` when the action succeeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}
/// The `RoomSessionUnmuteResponse` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomSessionUnmuteResponse {
    /// `ok` when the action succeeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}
