// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Participants, one per client that joined a session.
//!
//! Types used by this resource's operations: filters, inline request and response bodies.
/// The `RoomParticipantListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomParticipantListFilter {
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
    /// Only participants of this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
}
