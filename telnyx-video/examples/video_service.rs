//! A small video service, as a new user writes it with `telnyx-video` and `tokio` as its only
//! dependencies: create a room, mint a join token, list today's rooms through every page, mute
//! and kick in the active session, delete a room's finished recordings, tell a missing room from
//! a refused request, and read a verified webhook. `tests/downstream.rs` runs it against Prism;
//! the README shows this file as it is.
//!
//! ```sh
//! TELNYX_API_KEY=KEY... cargo run -p telnyx-video --example video_service
//! # against a mock server (see `cargo xtask mock`):
//! TELNYX_BASE_URL=http://127.0.0.1:4010 TELNYX_API_KEY=test cargo run -p telnyx-video --example video_service
//! ```

use std::time::SystemTime;

use telnyx_video::chrono::{DateTime, Utc};
use telnyx_video::events::VideoEvent;
use telnyx_video::models::{DateRange, PageParams, Participants, RoomRecordingStatus};
use telnyx_video::prelude::*;
use telnyx_video::room_recordings::RoomRecordingFilter;
use telnyx_video::rooms::RoomListFilter;
use telnyx_video::uuid::Uuid;
use telnyx_video::webhooks::{HeaderMap, Verifier, WebhookError};

/// What one run did.
#[derive(Debug)]
pub struct Report {
    pub room_id: Uuid,
    pub token_expires_at: DateTime<Utc>,
    pub rooms_today: usize,
    pub muted_and_kicked: bool,
    pub recordings_deleted: Option<i64>,
    pub lookup: Lookup,
}

/// How looking a room up again ended.
#[derive(Debug, PartialEq)]
pub enum Lookup {
    Found(Option<String>),
    Missing,
    Refused(Vec<String>),
}

pub async fn run(client: &Client) -> Result<Report, Error> {
    let room = client
        .rooms()
        .create()
        .unique_name("standup")
        .max_participants(10)
        .send()
        .await?;
    let tokens = client
        .rooms()
        .create_client_token(room.id)
        .token_ttl_secs(600)
        .send()
        .await?;

    let today = DateTime::<Utc>::from(SystemTime::now()).date_naive();
    let filter = RoomListFilter::default().date_created_at(DateRange::default().gte(today));
    let rooms_today: Vec<_> = client
        .rooms()
        .list()
        .filter(filter)
        .page(PageParams::default().size(50))
        .into_stream()
        .try_collect()
        .await?;

    let mut muted_and_kicked = false;
    if let Some(session) = room.active_session_id {
        let sessions = client.room_sessions();
        sessions
            .mute(session)
            .participants(Participants::All)
            .send()
            .await?;
        sessions
            .kick(session)
            .participants(Participants::All)
            .send()
            .await?;
        muted_and_kicked = true;
    }

    let finished = RoomRecordingFilter::default()
        .room_id(room.id)
        .status(RoomRecordingStatus::Completed);
    let deleted = client
        .room_recordings()
        .delete_bulk()
        .filter(finished)
        .send()
        .await?;

    let lookup = match client.rooms().retrieve(room.id).send().await {
        Ok(found) => Lookup::Found(found.unique_name),
        Err(Error::Api(failure)) if failure.status.as_u16() == 404 => Lookup::Missing,
        Err(Error::Api(failure)) if failure.status.as_u16() == 422 => Lookup::Refused(
            failure
                .errors
                .iter()
                .filter_map(|e| e.detail.clone())
                .collect(),
        ),
        Err(other) => return Err(other),
    };

    Ok(Report {
        room_id: room.id,
        token_expires_at: tokens.token_expires_at,
        rooms_today: rooms_today.len(),
        muted_and_kicked,
        recordings_deleted: deleted.room_recordings,
        lookup,
    })
}

/// Checks a webhook delivery's signature, then says what happened.
pub fn on_webhook(
    verifier: &Verifier,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<String, WebhookError> {
    let said = match VideoEvent::verify_and_parse(verifier, body, headers)? {
        VideoEvent::ParticipantJoined(event) => match event.payload {
            Some(joined) => format!(
                "{:?} joined session {:?}",
                joined.participant_id, joined.session_id
            ),
            None => "someone joined".to_owned(),
        },
        VideoEvent::SessionEnded(_) => "a session ended".to_owned(),
        other => format!("another event: {other:?}"),
    };
    Ok(said)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::from_env()?; // TELNYX_API_KEY, optional TELNYX_BASE_URL
    println!("{:#?}", run(&client).await?);
    Ok(())
}
