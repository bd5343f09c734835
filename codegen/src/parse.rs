//! Parsing: a normalized document into `openapiv3::OpenAPI`, with errors located by JSON pointer.
//!
//! `openapiv3` wraps most objects in untagged or flattened enums (`ReferenceOr`, `Parameter`),
//! which make serde forget where inside the object an error happened. When that happens we parse
//! the failing sub-document again as the concrete type its position implies, to extend the pointer
//! and recover the precise message (e.g. `missing field `in``).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use openapiv3::{
    Header, MediaType, OpenAPI, Operation, Parameter, PathItem, RequestBody, Response, Schema,
    SecurityScheme,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{Diagnostic, Error};
use crate::pointer::Pointer;

/// Parses a normalized document. Never panics: a panic inside `openapiv3` becomes an error.
pub fn parse(file: &Path, value: &Value) -> Result<OpenAPI, Error> {
    let attempt = catch_unwind(AssertUnwindSafe(|| located::<OpenAPI>(value)));
    let (pointer, message) = match attempt {
        Ok(Ok(api)) => return Ok(api),
        Ok(Err((tokens, message))) => refine(value, extend(&Pointer::root(), &tokens), message),
        Err(_) => (
            Pointer::root(),
            "the OpenAPI parser failed on this document".to_owned(),
        ),
    };
    Err(Error::Spec {
        file: file.to_owned(),
        diagnostics: vec![Diagnostic::new(pointer, message)],
    })
}

/// The entries of the 3.1 `webhooks` section (set aside by `normalize`), each parsed as a path
/// item, and the problems of those that do not parse, located like [`parse`]'s.
pub fn parse_webhooks(section: Option<&Value>) -> (Vec<(String, PathItem)>, Vec<Diagnostic>) {
    let (mut hooks, mut problems) = (Vec::new(), Vec::new());
    let Some(section) = section else {
        return (hooks, problems);
    };
    let base = Pointer::root().push("webhooks");
    let Some(entries) = section.as_object() else {
        problems.push(Diagnostic::new(base, "`webhooks` must be an object"));
        return (hooks, problems);
    };
    for (name, value) in entries {
        let attempt = catch_unwind(AssertUnwindSafe(|| located::<PathItem>(value)));
        match attempt {
            Ok(Ok(item)) => hooks.push((name.clone(), item)),
            Ok(Err((tokens, message))) => {
                let at = extend(&base.push(name), &tokens);
                problems.push(Diagnostic::new(at, message));
            }
            Err(_) => problems.push(Diagnostic::new(
                base.push(name),
                "the OpenAPI parser failed on this webhook",
            )),
        }
    }
    (hooks, problems)
}

/// Deserializes `value` as `T`; on failure returns the path tokens and the message.
fn located<T: DeserializeOwned>(value: &Value) -> Result<T, (Vec<String>, String)> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|err| {
        let tokens = err
            .path()
            .iter()
            .filter_map(|segment| match segment {
                serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                serde_path_to_error::Segment::Enum { .. }
                | serde_path_to_error::Segment::Unknown => None,
            })
            .collect();
        (tokens, err.into_inner().to_string())
    })
}

fn extend(base: &Pointer, tokens: &[String]) -> Pointer {
    tokens.iter().fold(base.clone(), |p, t| p.push(t))
}

/// The `openapiv3` type expected at a position, judged from the last tokens of its pointer.
#[derive(Clone, Copy)]
enum Expected {
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Response,
    MediaType,
    Header,
    Schema,
    SecurityScheme,
}

fn expected_at(pointer: &Pointer) -> Option<Expected> {
    let tokens = pointer.tokens();
    let last = tokens.last().map(String::as_str)?;
    let parent = tokens.len().checked_sub(2).map(|i| tokens[i].as_str());
    const METHODS: [&str; 8] = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    Some(match (parent, last) {
        (Some("paths"), _) if tokens.len() == 2 => Expected::PathItem,
        (_, m) if tokens.len() == 3 && tokens[0] == "paths" && METHODS.contains(&m) => {
            Expected::Operation
        }
        (Some("parameters"), _) => Expected::Parameter,
        (_, "requestBody") | (Some("requestBodies"), _) => Expected::RequestBody,
        (Some("responses"), _) => Expected::Response,
        (Some("content"), _) => Expected::MediaType,
        (Some("headers"), _) => Expected::Header,
        (Some("securitySchemes"), _) => Expected::SecurityScheme,
        (_, "schema" | "items" | "additionalProperties" | "not")
        | (Some("schemas" | "properties" | "allOf" | "oneOf" | "anyOf"), _) => Expected::Schema,
        _ => return None,
    })
}

/// Parses `value` as the type expected at its position; the error's path and message on failure.
fn attempt(expected: Expected, value: &Value) -> Result<(), (Vec<String>, String)> {
    let outcome = catch_unwind(AssertUnwindSafe(|| match expected {
        Expected::PathItem => located::<PathItem>(value).map(drop),
        Expected::Operation => located::<Operation>(value).map(drop),
        Expected::Parameter => located::<Parameter>(value).map(drop),
        Expected::RequestBody => located::<RequestBody>(value).map(drop),
        Expected::Response => located::<Response>(value).map(drop),
        Expected::MediaType => located::<MediaType>(value).map(drop),
        Expected::Header => located::<Header>(value).map(drop),
        Expected::Schema => located::<Schema>(value).map(drop),
        Expected::SecurityScheme => located::<SecurityScheme>(value).map(drop),
    }));
    outcome.unwrap_or(Ok(()))
}

/// The first descendant of `at` (looking through untyped levels such as `parameters` lists)
/// that fails to parse as the type its position expects.
fn first_failing(
    root: &Value,
    at: &Pointer,
    depth: usize,
) -> Option<(Pointer, (Vec<String>, String))> {
    let children: Vec<Pointer> = match at.lookup(root)? {
        Value::Object(map) => map.keys().map(|k| at.push(k)).collect(),
        Value::Array(items) => (0..items.len()).map(|i| at.push(i)).collect(),
        _ => return None,
    };
    children.into_iter().find_map(|child| {
        let value = child.lookup(root)?;
        match expected_at(&child) {
            Some(expected) => attempt(expected, value).err().map(|e| (child, e)),
            None if depth > 0 => first_failing(root, &child, depth - 1),
            None => None,
        }
    })
}

/// `openapiv3` flattens extensions into most objects, which makes serde lose the path below
/// them: narrow the error down by re-parsing sub-documents as the types their positions imply.
fn refine(root: &Value, mut pointer: Pointer, mut message: String) -> (Pointer, String) {
    // Bounded: every round moves the pointer strictly deeper into a finite document.
    for _ in 0..256 {
        if let (Some(value), Some(expected)) = (pointer.lookup(root), expected_at(&pointer)) {
            if let Err((tokens, inner)) = attempt(expected, value) {
                message = inner;
                if !tokens.is_empty() {
                    pointer = extend(&pointer, &tokens);
                    continue;
                }
            }
        }
        match first_failing(root, &pointer, 2) {
            Some((child, (tokens, inner))) => {
                pointer = extend(&child, &tokens);
                message = inner;
            }
            None => break,
        }
    }
    (pointer, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn err(doc: Value) -> String {
        parse(Path::new("spec.yaml"), &doc).unwrap_err().to_string()
    }

    #[test]
    fn missing_parameter_location_is_pinpointed() {
        let doc = json!({
            "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/rooms": {"get": {"parameters": [{"name": "x", "schema": {"type": "string"}}],
                                          "responses": {"200": {"description": "ok"}}}}}
        });
        assert_eq!(
            err(doc),
            "spec.yaml: #/paths/~1rooms/get/parameters/0: missing field `in`"
        );
    }

    #[test]
    fn wrong_type_is_pinpointed() {
        let doc = json!({
            "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/rooms": {"get": {"parameters": [{"name": "x", "in": "query", "required": "yes",
                "schema": {"type": "string"}}], "responses": {"200": {"description": "ok"}}}}}
        });
        let text = err(doc);
        assert!(
            text.starts_with("spec.yaml: #/paths/~1rooms/get/parameters/0"),
            "{text}"
        );
        assert!(
            text.contains("invalid type: string \"yes\", expected a boolean"),
            "{text}"
        );
    }
}
