//! A path parameter's value, taken from whatever the caller holds: a `&str` or `String` id, a
//! `Uuid` (as responses return ids), or an integer.

use std::fmt;

/// The value of a path parameter, as text. Made with `.into()` from `&str`, `String`, `Uuid`
/// (and their references) and integers, so an id from a response works as it is:
/// `client.rooms().retrieve(room.id)`.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PathParam(String);

impl PathParam {
    /// The text, percent-encoded only when the request is built.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for PathParam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for PathParam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for PathParam {
    fn from(value: String) -> Self {
        PathParam(value)
    }
}

impl From<&String> for PathParam {
    fn from(value: &String) -> Self {
        PathParam(value.clone())
    }
}

impl From<&str> for PathParam {
    fn from(value: &str) -> Self {
        PathParam(value.to_owned())
    }
}

impl From<uuid::Uuid> for PathParam {
    fn from(value: uuid::Uuid) -> Self {
        PathParam(value.to_string())
    }
}

impl From<&uuid::Uuid> for PathParam {
    fn from(value: &uuid::Uuid) -> Self {
        PathParam(value.to_string())
    }
}

macro_rules! from_integers {
    ($($ty:ty),*) => {$(
        impl From<$ty> for PathParam {
            fn from(value: $ty) -> Self {
                PathParam(value.to_string())
            }
        }
    )*};
}

from_integers!(i32, i64, u32, u64);
