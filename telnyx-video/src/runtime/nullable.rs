//! `Nullable<T>`: the value of an optional, nullable field, so that a request can send an
//! explicit `null` (to clear a field with PATCH) and a response can tell `null` from absent.
//! Generated fields are `Option<Nullable<T>>`: `None` is absent, `Some(Null)` is `null`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value or an explicit `null`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Nullable<T> {
    /// JSON `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, if not null.
    pub fn value(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }

    /// For generated fields: reads `null` as `Some(Null)`, where `Option` alone would read it
    /// as absent.
    pub fn deserialize_field<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Self>, D::Error>
    where
        T: Deserialize<'de>,
    {
        Nullable::deserialize(deserializer).map(Some)
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(value) => value.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(deserializer)? {
            Some(value) => Nullable::Value(value),
            None => Nullable::Null,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Deserialize, PartialEq, Debug, Default)]
    struct Patch {
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "Nullable::deserialize_field"
        )]
        note: Option<Nullable<String>>,
    }

    #[test]
    fn three_states_round_trip() {
        for (patch, json) in [
            (Patch { note: None }, "{}"),
            (
                Patch {
                    note: Some(Nullable::Null),
                },
                r#"{"note":null}"#,
            ),
            (
                Patch {
                    note: Some(Nullable::Value("x".into())),
                },
                r#"{"note":"x"}"#,
            ),
        ] {
            assert_eq!(serde_json::to_string(&patch).unwrap(), json);
            assert_eq!(serde_json::from_str::<Patch>(json).unwrap(), patch);
        }
    }
}
