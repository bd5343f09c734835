// @generated from spec/telnyx-video.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then regenerate.

//! Code generated from the Telnyx Video API (2.0.0) description.
//!
//! `models` holds the shared schemas; each other module holds one resource.
pub mod models;

pub mod room_compositions;

pub mod room_participants;

pub mod room_recordings;

pub mod room_sessions;

pub mod rooms;

pub mod events;
