//! Reading a generated model from an object. A model's generated `Deserialize` calls
//! [`deserialize`]; its [`Object::read`] has a local per field, a `match` on each key calling
//! [`field`], unknown keys kept in the model's [`Extra`] ([`unknown`]) or skipped ([`skip`]),
//! then [`required`] / [`optional`] per field. It reads what serde's derive reads, with the same errors, without what the derive
//! costs per type once unknown fields are kept with `#[serde(flatten)]`: a key visitor for every
//! kind of key, and every unknown value buffered before it is read again. (For a crate generated
//! from Telnyx's whole spec that machinery was most of what the compiler expanded.)

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use chrono::{DateTime, Utc};
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::extra::Extra;

/// A model read from an object's entries (the generated code implements it).
pub trait Object: Sized {
    /// What an error says was expected instead (`struct Room`, as serde's derive says).
    const EXPECTING: &'static str;

    /// Reads the model from the entries of an object.
    fn read<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// `Deserialize::deserialize` of a model: an object, read by [`Object::read`].
pub fn deserialize<'de, T: Object, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read(map)
    }
}

/// The next key of an object (`None` after the last).
pub fn key<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Key<'de>>, A::Error> {
    map.next_key()
}

/// A key of an object, borrowed from the input when it can be.
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The key's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Self::Value, E> {
        Ok(Key(Cow::Borrowed(key)))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok(Key(Cow::Owned(key.to_owned())))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Self::Value, E> {
        Ok(Key(Cow::Owned(key)))
    }
}

/// Reads the value of field `name` into `slot`; a second value for it is an error, as with
/// serde's derive.
pub fn field<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    field_seed(map, slot, name, PhantomData)
}

/// [`field`] for a value read by a seed (timestamps).
pub fn field_seed<'de, S: DeserializeSeed<'de>, A: MapAccess<'de>>(
    map: &mut A,
    slot: &mut Option<S::Value>,
    name: &'static str,
    seed: S,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value_seed(seed)?);
    Ok(())
}

/// A field the model does not have: kept, as JSON.
pub fn unknown<'de, A: MapAccess<'de>>(
    map: &mut A,
    key: Key<'de>,
    extra: &mut Extra,
) -> Result<(), A::Error> {
    let value = map.next_value::<serde_json::Value>()?;
    extra.insert(key.0.into_owned(), value);
    Ok(())
}

/// A field of a model that keeps none it does not know: read past.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// A required field's value, or serde's "missing field" error.
pub fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// An optional (or nullable) field's value: absent and `null` are both `None`.
pub fn optional<T>(slot: Option<Option<T>>) -> Option<T> {
    slot.flatten()
}

/// Reads a timestamp with the runtime's RFC 3339 reader.
pub struct Timestamp;

impl<'de> DeserializeSeed<'de> for Timestamp {
    type Value = DateTime<Utc>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        super::time::datetime(deserializer)
    }
}

/// Reads a timestamp or `null`.
pub struct OptionalTimestamp;

impl<'de> DeserializeSeed<'de> for OptionalTimestamp {
    type Value = Option<DateTime<Utc>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        super::time::option_datetime(deserializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the generator emits for a model with a required id, an optional nullable note,
    /// a required timestamp and unknown fields kept.
    #[derive(Debug, PartialEq)]
    struct Model {
        id: String,
        note: Option<String>,
        at: DateTime<Utc>,
        extra: Extra,
    }

    impl<'de> Deserialize<'de> for Model {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize(deserializer)
        }
    }

    impl Object for Model {
        const EXPECTING: &'static str = "struct Model";
        fn read<'de, A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            let (mut f0, mut f1, mut f2) = (None, None, None);
            let mut extra = Default::default();
            while let Some(key) = key(&mut map)? {
                match key.as_str() {
                    "id" => field(&mut map, &mut f0, "id")?,
                    "note" => field(&mut map, &mut f1, "note")?,
                    "at" => field_seed(&mut map, &mut f2, "at", Timestamp)?,
                    _ => unknown(&mut map, key, &mut extra)?,
                }
            }
            Ok(Self {
                id: required(f0, "id")?,
                note: optional(f1),
                at: required(f2, "at")?,
                extra,
            })
        }
    }

    /// A model that keeps no unknown fields.
    #[derive(Debug, PartialEq)]
    struct Plain {
        id: Option<String>,
    }

    impl<'de> Deserialize<'de> for Plain {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize(deserializer)
        }
    }

    impl Object for Plain {
        const EXPECTING: &'static str = "struct Plain";
        fn read<'de, A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            let mut f0 = None;
            while let Some(key) = key(&mut map)? {
                match key.as_str() {
                    "id" => field(&mut map, &mut f0, "id")?,
                    _ => skip(&mut map)?,
                }
            }
            Ok(Self { id: optional(f0) })
        }
    }

    #[test]
    fn a_model_without_extra_reads_past_unknown_fields() {
        let plain: Plain =
            serde_json::from_str(r#"{"x":{"deep":[1,{"y":null}]},"id":"p1","z":"\u0041"}"#)
                .unwrap();
        assert_eq!(plain.id.as_deref(), Some("p1"));
        let absent: Plain = serde_json::from_str(r#"{"id":null}"#).unwrap();
        assert_eq!(absent.id, None);
    }

    #[test]
    fn reads_fields_keeps_unknown_ones_and_errs_as_serde_does() {
        let model: Model = serde_json::from_str(
            r#"{"id":"r\u0031","note":null,"at":"2021-04-16T09:46:20Z","beta":{"a":1}}"#,
        )
        .unwrap();
        assert_eq!(model.id, "r1");
        assert_eq!(model.note, None);
        assert_eq!(model.at.to_rfc3339(), "2021-04-16T09:46:20+00:00");
        assert_eq!(model.extra.get("beta"), Some(&serde_json::json!({"a": 1})));
        assert_eq!(model.extra.len(), 1);

        let error = |text: &str| serde_json::from_str::<Model>(text).unwrap_err().to_string();
        assert_eq!(
            error(r#"{"at":"2021-04-16T09:46:20Z"}"#),
            "missing field `id` at line 1 column 29"
        );
        assert_eq!(
            error(r#"{"id":"a","id":"b"}"#),
            "duplicate field `id` at line 1 column 14"
        );
        assert_eq!(
            error(r#"{"id":"a","at":"yesterday"}"#),
            "invalid value: string \"yesterday\", expected an RFC 3339 timestamp at line 1 column 26"
        );
        assert_eq!(
            error(r#"[1]"#),
            "invalid type: sequence, expected struct Model at line 1 column 0"
        );
        // From a `Value` too (keys arrive owned there).
        let value = serde_json::json!({"id": "r2", "at": "2021-04-16T09:46:20Z", "x": true});
        let model: Model = serde_json::from_value(value).unwrap();
        assert_eq!((model.id.as_str(), model.extra.len()), ("r2", 1));
    }
}
