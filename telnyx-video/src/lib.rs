//! Typed client for the [Telnyx Video API](https://developers.telnyx.com/api/video): rooms, room
//! sessions, participants, recordings, compositions and the client tokens that let end users
//! join a room.
//!
//! The data types are generated from `spec/telnyx-video.yaml` by the workspace's `codegen`
//! crate (`cargo xtask codegen`); they live in [`models`] (shared schemas) and in one module per
//! resource (filters and inline bodies of that resource's operations).
//!
//! Response types tolerate missing and unknown fields, and every string enum has an `Unknown`
//! variant that keeps a value this version does not know, so a new value from Telnyx never
//! breaks deserialization. Request types carry only what the caller sets: optional fields are
//! `Option`s that are left out of the JSON when `None` (the server applies its own defaults,
//! which the field docs state).
#![warn(missing_docs)]

mod client;
mod generated;
pub mod runtime;
pub mod webhooks;

pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL};
pub use generated::*;
pub use runtime::{ApiError, ApiResponse, Error, Page};
