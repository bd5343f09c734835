//! Loading: spec bytes (YAML or JSON) into a `serde_json::Value`, remembering the file name.

use std::path::{Path, PathBuf};

use serde_json::{Map, Number, Value};
use serde_yaml::Value as Yaml;

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
        let yaml = serde_yaml::from_slice::<Yaml>(bytes).map_err(|e| {
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

/// YAML allows keys that are not strings (`200:` is an integer); OpenAPI means them as strings.
fn yaml_to_json(yaml: Yaml, at: &Pointer, problems: &mut Vec<Diagnostic>) -> Value {
    match yaml {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => Value::Bool(b),
        Yaml::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::Number(i.into())
            } else if let Some(u) = n.as_u64() {
                Value::Number(u.into())
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                Number::from_f64(f).map(Value::Number).unwrap_or_else(|| {
                    problems.push(Diagnostic::new(
                        at.clone(),
                        format!("number {n} is not finite"),
                    ));
                    Value::Null
                })
            }
        }
        Yaml::String(s) => Value::String(s),
        Yaml::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| yaml_to_json(item, &at.push(i), problems))
                .collect(),
        ),
        Yaml::Mapping(mapping) => {
            let mut map = Map::new();
            for (key, value) in mapping {
                let key = match key {
                    Yaml::String(s) => s,
                    Yaml::Number(n) => n.to_string(),
                    Yaml::Bool(b) => b.to_string(),
                    Yaml::Null => String::from("null"),
                    other => {
                        problems.push(Diagnostic::new(
                            at.clone(),
                            format!("mapping key {other:?} is not a scalar"),
                        ));
                        continue;
                    }
                };
                let value = yaml_to_json(value, &at.push(&key), problems);
                map.insert(key, value);
            }
            Value::Object(map)
        }
        Yaml::Tagged(tagged) => yaml_to_json(tagged.value, at, problems),
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
