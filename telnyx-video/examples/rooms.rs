//! Create a room, make a join token for it, list rooms created today through auto-pagination,
//! and kick everyone out of a room's active session.
//!
//! ```sh
//! TELNYX_API_KEY=KEY... cargo run -p telnyx-video --example rooms
//! # against a mock server (see `cargo xtask mock`):
//! TELNYX_BASE_URL=http://127.0.0.1:4010 TELNYX_API_KEY=test cargo run -p telnyx-video --example rooms
//! ```

use futures_util::TryStreamExt;
use telnyx_video::models::{DateRange, PageParams, Participants};
use telnyx_video::rooms::RoomListFilter;
use telnyx_video::{Client, Error};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::from_env()?;

    let room = client
        .rooms()
        .create()
        .unique_name(format!("example-{}", std::process::id()))
        .max_participants(4)
        .send()
        .await?;
    let room_id = room.id.map(|id| id.to_string()).unwrap_or_default();
    println!("created room {room_id} ({:?})", room.unique_name);

    let tokens = client
        .rooms()
        .create_client_token(&room_id)
        .token_ttl_secs(600)
        .send()
        .await?;
    println!(
        "join token expires at {:?} (token itself not printed: {tokens:?})",
        tokens.token_expires_at
    );

    let today = chrono::Utc::now().date_naive();
    let filter = RoomListFilter::default().date_created_at(DateRange::default().gte(today));
    let rooms: Vec<_> = client
        .rooms()
        .list()
        .filter(filter)
        .page(PageParams::default().size(50))
        .into_stream()
        .try_collect()
        .await?;
    println!("{} room(s) created since {today}", rooms.len());

    let session = client
        .rooms()
        .retrieve(&room_id)
        .send()
        .await?
        .active_session_id;
    match session {
        Some(session_id) => {
            let result = client
                .room_sessions()
                .kick(session_id)
                .participants(Participants::All)
                .send()
                .await?;
            println!(
                "kicked everyone from session {session_id}: {:?}",
                result.result
            );
        }
        None => println!("room {room_id} has no active session; nobody to kick"),
    }
    Ok(())
}
