//! A webhook receiver: verifies each delivery's Ed25519 signature and timestamp, parses it into a
//! `VideoEvent`, and logs it. Answers 200 for good deliveries (anything else makes Telnyx retry at
//! the failover URL), 401 for unverifiable ones and 400 for verified bodies that do not parse.
//!
//! ```sh
//! TELNYX_PUBLIC_KEY=<base64 key from the portal> PORT=3000 cargo run -p telnyx-video --example webhook_receiver
//! ```

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use telnyx_video::events::VideoEvent;
use telnyx_video::webhooks::{Verifier, WebhookError};

async fn receive(
    State(verifier): State<Arc<Verifier>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    match VideoEvent::verify_and_parse(&verifier, &body, &headers) {
        Ok(VideoEvent::ParticipantJoined(event)) => {
            let payload = event.payload.unwrap_or_default();
            println!(
                "participant {:?} joined room {:?}",
                payload.participant_id, payload.room_id
            );
            StatusCode::OK
        }
        Ok(VideoEvent::SessionEnded(event)) => {
            let payload = event.payload.unwrap_or_default();
            println!(
                "session {:?} ended after {:?} s ({:?})",
                payload.session_id, payload.duration_secs, payload.ended_reason
            );
            StatusCode::OK
        }
        Ok(VideoEvent::RecordingCompleted(event)) => {
            println!(
                "recording ready: {:?}",
                event.payload.and_then(|p| p.download_url)
            );
            StatusCode::OK
        }
        Ok(other) => {
            println!("event {}", other.event_type().unwrap_or("(no type)"));
            StatusCode::OK
        }
        Err(WebhookError::Parse(err)) => {
            eprintln!("verified delivery that is not an event: {err}");
            StatusCode::BAD_REQUEST
        }
        Err(err) => {
            eprintln!("refused delivery: {err}");
            StatusCode::UNAUTHORIZED
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let verifier = Arc::new(Verifier::from_env()?);
    let port: u16 = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(3000);
    let app = Router::new()
        .route("/webhooks/telnyx", post(receive))
        .with_state(verifier);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!("listening on http://127.0.0.1:{port}/webhooks/telnyx");
    axum::serve(listener, app).await?;
    Ok(())
}
