//! Loading: spec bytes (YAML or JSON) into a `serde_json::Value`, remembering the file name.

use std::path::{Path, PathBuf};

use serde::de::{
    Deserialize, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use serde_json::{Map, Number, Value};

use crate::error::{Diagnostic, Error};
use crate::pointer::Pointer;

/// A spec document as loaded from disk, before any interpretation.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file it came from, as given (used in every diagnostic).
    pub file: PathBuf,
    /// The document.
    pub value: Value,
}

/// Reads and parses `file`. JSON is chosen by a `.json` extension, YAML otherwise.
pub fn load_file(file: &Path) -> Result<Source, Error> {
    let bytes = std::fs::read(file).map_err(|source| Error::Read {
        file: file.to_owned(),
        source,
    })?;
    load_bytes(file, &bytes)
}

/// Parses spec bytes; `file` is only used to name the source in errors.
pub fn load_bytes(file: &Path, bytes: &[u8]) -> Result<Source, Error> {
    let is_json = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let value = if is_json {
        serde_json::from_slice::<Value>(bytes).map_err(|e| Error::Syntax {
            file: file.to_owned(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?
    } else {
        let yaml = serde_yaml::from_slice::<Node>(bytes).map_err(|e| {
            let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
            Error::Syntax {
                file: file.to_owned(),
                line,
                column,
                message: e.to_string(),
            }
        })?;
        let mut problems = Vec::new();
        let value = yaml_to_json(yaml, &Pointer::root(), &mut problems);
        if !problems.is_empty() {
            return Err(Error::Spec {
                file: file.to_owned(),
                diagnostics: problems,
            });
        }
        value
    };
    if !value.is_object() {
        let found = if value.is_null() {
            "an empty document"
        } else {
            "a non-object document"
        };
        return Err(Error::Spec {
            file: file.to_owned(),
            diagnostics: vec![Diagnostic::new(
                Pointer::root(),
                format!("expected an OpenAPI object at the top level, found {found}"),
            )],
        });
    }
    Ok(Source {
        file: file.to_owned(),
        value,
    })
}

/// A YAML document as read, before it becomes JSON. Unlike `serde_yaml::Value`, it takes any
/// number YAML can hold: integers beyond 64 bits (bounds like `-9223372036854775809`) become
/// floats, as JSON would read them.
enum Node {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Node, E> {
        Ok(Node::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Node, E> {
        Ok(Node::Int(n))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Node, E> {
        Ok(Node::UInt(n))
    }
    fn visit_i128<E>(self, n: i128) -> Result<Node, E> {
        Ok(Node::Float(n as f64))
    }
    fn visit_u128<E>(self, n: u128) -> Result<Node, E> {
        Ok(Node::Float(n as f64))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Node, E> {
        Ok(Node::Float(n))
    }
    fn visit_str<E>(self, s: &str) -> Result<Node, E> {
        Ok(Node::Str(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Node, E> {
        Ok(Node::Str(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Node::Map(entries))
    }
    /// A value with a custom tag (`!Thing value`): the value.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Node, A::Error> {
        let (_tag, value): (Node, _) = data.variant()?;
        value.newtype_variant()
    }
}

/// YAML allows keys that are not strings (`200:` is an integer); OpenAPI means them as strings.
fn yaml_to_json(node: Node, at: &Pointer, problems: &mut Vec<Diagnostic>) -> Value {
    match node {
        Node::Null => Value::Null,
        Node::Bool(b) => Value::Bool(b),
        Node::Int(n) => Value::Number(n.into()),
        Node::UInt(n) => Value::Number(n.into()),
        Node::Float(f) => Number::from_f64(f).map(Value::Number).unwrap_or_else(|| {
            problems.push(Diagnostic::new(
                at.clone(),
                format!("number {f} is not finite"),
            ));
            Value::Null
        }),
        Node::Str(s) => Value::String(s),
        Node::Seq(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| yaml_to_json(item, &at.push(i), problems))
                .collect(),
        ),
        Node::Map(entries) => {
            let mut map = Map::new();
            for (key, value) in entries {
                let key = match key {
                    Node::Str(s) => s,
                    Node::Int(n) => n.to_string(),
                    Node::UInt(n) => n.to_string(),
                    Node::Float(f) => f.to_string(),
                    Node::Bool(b) => b.to_string(),
                    Node::Null => String::from("null"),
                    Node::Seq(_) | Node::Map(_) => {
                        problems.push(Diagnostic::new(
                            at.clone(),
                            "a mapping key is a sequence or mapping, not a scalar",
                        ));
                        continue;
                    }
                };
                let value = yaml_to_json(value, &at.push(&key), problems);
                map.insert(key, value);
            }
            Value::Object(map)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_keys_become_strings_and_aliases_resolve() {
        let src = b"responses:\n  200: &ok {description: fine}\n  201: *ok\n";
        let doc = load_bytes(Path::new("x.yaml"), src).unwrap().value;
        assert_eq!(doc["responses"]["200"]["description"], "fine");
        assert_eq!(doc["responses"]["201"], doc["responses"]["200"]);
    }

    #[test]
    fn bad_yaml_names_file_and_line() {
        let err =
            load_bytes(Path::new("spec/bad.yaml"), b"openapi: 3.1.0\npaths: [\n").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("spec/bad.yaml:"), "{text}");
        assert!(
            matches!(err, Error::Syntax { line, .. } if line >= 2),
            "{text}"
        );
    }

    #[test]
    fn numbers_beyond_64_bits_load_as_floats() {
        let src = b"a: -9223372036854775809\nb: 18446744073709551616\nc: 18446744073709551615\nd: !custom 5\n";
        let doc = load_bytes(Path::new("x.yaml"), src).unwrap().value;
        assert_eq!(doc["a"].as_f64(), Some(-9223372036854775809.0));
        assert_eq!(doc["b"].as_f64(), Some(18446744073709551616.0));
        assert_eq!(doc["c"].as_u64(), Some(u64::MAX));
        assert_eq!(doc["d"], 5);
        let err = load_bytes(Path::new("x.yaml"), b"a: .inf\n").unwrap_err();
        assert_eq!(err.to_string(), "x.yaml: #/a: number inf is not finite");
    }

    #[test]
    fn empty_document_is_an_error_not_a_panic() {
        let err = load_bytes(Path::new("e.yaml"), b"").unwrap_err();
        assert_eq!(
            err.to_string(),
            "e.yaml: #: expected an OpenAPI object at the top level, found an empty document"
        );
        let err = load_bytes(Path::new("e.json"), b"{").unwrap_err();
        assert!(matches!(err, Error::Syntax { .. }));
    }
}
