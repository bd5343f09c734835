// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Video rooms, the places participants meet.
//!
//! Types used by this resource's operations: filters, inline request and response bodies.
/// The `RoomCreateClientTokenResponse` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomCreateClientTokenResponse {
    /// Obtains new client tokens until it expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// When the refresh token stops working.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_expires_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The client token that joins the room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// When the client token stops working.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expires_at: Option<::chrono::DateTime<::chrono::Utc>>,
}
/// The `RoomListFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomListFilter {
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_created_at: Option<super::models::DateRange>,
    /// Matches on the day (UTC, `YYYY-MM-DD`) of a timestamp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_updated_at: Option<super::models::DateRange>,
    /// Only the room with this unique name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_name: Option<String>,
}
/// The `RoomListSessionsFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomListSessionsFilter {
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
}
/// The `RoomRefreshClientTokenResponse` type of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoomRefreshClientTokenResponse {
    /// The client token that joins the room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// When the client token stops working.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expires_at: Option<::chrono::DateTime<::chrono::Utc>>,
}
