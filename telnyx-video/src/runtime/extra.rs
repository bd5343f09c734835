//! Fields of a response object that the generated model does not know (the API is ahead of the
//! spec): kept as JSON, readable, and written back when the model is serialized again.

use std::fmt;

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

/// The fields of a JSON object that its model has no field for, as received. Empty (and
/// allocation-free) when the object had none.
#[derive(Clone, Default, PartialEq)]
pub struct Extra(Option<Box<Map<String, Value>>>);

impl Extra {
    /// The value of field `name`, if the object had one the model does not know.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.as_ref()?.get(name)
    }

    /// Every unknown field, sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().flat_map(|map| map.iter())
    }

    /// How many unknown fields there are.
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |map| map.len())
    }

    /// Whether the object had no unknown field.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Sets a field, sent when the model is serialized (for a field the model lacks).
    pub fn insert(&mut self, name: impl Into<String>, value: Value) -> Option<Value> {
        self.0.get_or_insert_default().insert(name.into(), value)
    }

    /// Removes a field.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        self.0.as_mut()?.remove(name)
    }
}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Names only: values the model does not know could be anything, tokens included.
        f.debug_set()
            .entries(self.iter().map(|(name, _)| name))
            .finish()
    }
}

impl Serialize for Extra {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (name, value) in self.iter() {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Extra {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = Map::<String, Value>::deserialize(deserializer)?;
        Ok(if map.is_empty() {
            Extra(None)
        } else {
            Extra(Some(Box::new(map)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, serde::Serialize, PartialEq)]
    struct Model {
        #[serde(default)]
        id: Option<String>,
        #[serde(flatten)]
        extra: Extra,
    }

    #[test]
    fn unknown_fields_are_kept_read_and_written_back() {
        let text = r#"{"id":"r1","beta_flag":true,"nested":{"a":[1,2]}}"#;
        let model: Model = serde_json::from_str(text).unwrap();
        assert_eq!(model.id.as_deref(), Some("r1"));
        assert_eq!(model.extra.get("beta_flag"), Some(&Value::Bool(true)));
        assert_eq!(model.extra.len(), 2);
        assert_eq!(format!("{:?}", model.extra), r#"{"beta_flag", "nested"}"#);
        assert_eq!(serde_json::to_string(&model).unwrap(), text);
        let plain: Model = serde_json::from_str(r#"{"id":"r2"}"#).unwrap();
        assert!(plain.extra.is_empty());
        assert_eq!(serde_json::to_string(&plain).unwrap(), r#"{"id":"r2"}"#);
    }
}
