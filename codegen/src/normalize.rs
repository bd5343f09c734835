//! Normalization: rewrites an OpenAPI 3.1 document into the 3.0 shape that `openapiv3` reads.
//!
//! 3.0 documents pass through unchanged (apart from the same schema rewrites, which are no-ops on
//! valid 3.0), so one document may mix both dialects' nullability. Rewrites, in schema objects:
//! - `type: [T, "null"]` -> `type: T` + `nullable: true`; several non-null types -> `anyOf`;
//!   `type: "null"` alone -> `nullable: true` marked `x-codegen-null-only`.
//! - `const: v` -> `enum: [v]`; `null` inside `enum` -> `nullable: true`.
//! - `examples: [..]` -> `example` (the first one).
//! - numeric `exclusiveMinimum`/`exclusiveMaximum` -> `minimum`/`maximum` + the 3.0 boolean.
//! - `$ref` with sibling keywords -> `allOf: [{$ref}]` + the siblings, so none are lost.
//! - boolean schemas: `true` -> `{}`, `false` -> `{not: {}}`.
//! - integer schemas with bounds or values written as floats (`minimum: 1.0`) -> integers.
//! - `type` beside `oneOf` / `anyOf` / `allOf` without `properties` -> the composition alone.
//!
//! The 3.1 `webhooks` section is taken out of the document (openapiv3 has no place for it) and
//! kept, normalized the same way, for the webhook stage.

use serde_json::{Map, Value, json};

use crate::error::{Diagnostic, Error};
use crate::load::Source;
use crate::pointer::Pointer;

/// A document in 3.0 shape, plus what was set aside.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The rewritten document.
    pub value: Value,
    /// The 3.1 `webhooks` section, normalized, if present.
    pub webhooks: Option<Value>,
}

/// Normalizes a loaded document; fails only when the `openapi` version is missing or unsupported.
pub fn normalize(source: &Source) -> Result<Normalized, Error> {
    let mut value = source.value.clone();
    let at = Pointer::root().push("openapi");
    let version = match value.get("openapi") {
        Some(Value::String(v)) => v.clone(),
        Some(other) => {
            return Err(spec_error(
                source,
                at,
                format!("expected a version string like \"3.1.0\", found {other}"),
            ));
        }
        None => {
            let message = if value.get("swagger").is_some() {
                "Swagger 2.0 is not supported; convert the document to OpenAPI 3.x"
            } else {
                "missing field `openapi` (the OpenAPI version, e.g. \"3.1.0\")"
            };
            return Err(spec_error(source, at, message.to_owned()));
        }
    };
    // Both dialects go through the same rewrites: a 3.0 document is valid input to them.
    if !(version.starts_with("3.0") || version.starts_with("3.1")) {
        return Err(spec_error(
            source,
            at,
            format!("unsupported OpenAPI version {version:?}; expected 3.0.x or 3.1.x"),
        ));
    }
    let mut webhooks = value.as_object_mut().and_then(|o| o.remove("webhooks"));
    walk_document(&mut value);
    if let Some(hooks) = webhooks.as_mut() {
        walk_document(hooks);
    }
    if let Some(obj) = value.as_object_mut() {
        obj.insert("openapi".into(), Value::String("3.0.3".into()));
    }
    Ok(Normalized { value, webhooks })
}

fn spec_error(source: &Source, pointer: Pointer, message: String) -> Error {
    Error::Spec {
        file: source.file.clone(),
        diagnostics: vec![Diagnostic::new(pointer, message)],
    }
}

/// Finds the schema positions of a document (`schema` keys and `components/schemas`).
fn walk_document(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match key.as_str() {
                    "schema" => normalize_schema(child),
                    "schemas" => {
                        if let Value::Object(schemas) = child {
                            schemas.values_mut().for_each(normalize_schema);
                        }
                    }
                    // Example payloads are data, not spec structure.
                    "example" | "examples" => {}
                    _ => walk_document(child),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(walk_document),
        _ => {}
    }
}

/// Rewrites one schema object (and its subschemas) into 3.0 shape.
pub fn normalize_schema(schema: &mut Value) {
    if let Value::Bool(allow) = schema {
        *schema = if *allow {
            json!({})
        } else {
            json!({"not": {}})
        };
        return;
    }
    let Value::Object(obj) = schema else { return };
    normalize_type(obj);
    normalize_const_and_enum(obj);
    if let Some(Value::Array(examples)) = obj.remove("examples") {
        if let (false, Some(first)) = (obj.contains_key("example"), examples.into_iter().next()) {
            obj.insert("example".into(), first);
        }
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(limit) = obj.get(exclusive).filter(|v| v.is_number()).cloned() {
            obj.insert(bound.into(), limit);
            obj.insert(exclusive.into(), Value::Bool(true));
        }
    }
    normalize_integer(obj);
    if obj.contains_key("$ref") && obj.len() > 1 {
        let target = obj.remove("$ref").unwrap_or(Value::Null);
        let mut members = match obj.remove("allOf") {
            Some(Value::Array(members)) => members,
            _ => Vec::new(),
        };
        members.insert(0, json!({ "$ref": target }));
        obj.insert("allOf".into(), Value::Array(members));
    }
    drop_type_beside_composition(obj);
    for key in ["properties", "patternProperties", "$defs", "definitions"] {
        if let Some(Value::Object(children)) = obj.get_mut(key) {
            children.values_mut().for_each(normalize_schema);
        }
    }
    for key in [
        "items",
        "additionalProperties",
        "not",
        "contains",
        "propertyNames",
    ] {
        if let Some(child) = obj.get_mut(key) {
            if key == "additionalProperties" && child.is_boolean() {
                continue;
            }
            normalize_schema(child);
        }
    }
    for key in ["allOf", "oneOf", "anyOf", "prefixItems"] {
        if let Some(Value::Array(members)) = obj.get_mut(key) {
            members.iter_mut().for_each(normalize_schema);
        }
    }
}

fn normalize_type(obj: &mut Map<String, Value>) {
    let types: Vec<String> = match obj.get("type") {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        Some(Value::String(t)) if t == "null" => vec![t.clone()],
        _ => return,
    };
    let nullable = types.iter().any(|t| t == "null");
    let concrete: Vec<&String> = types.iter().filter(|t| *t != "null").collect();
    obj.remove("type");
    match concrete.as_slice() {
        [] => {
            obj.insert("x-codegen-null-only".into(), Value::Bool(true));
        }
        [one] => {
            obj.insert("type".into(), Value::String((*one).clone()));
        }
        many => {
            let branches = many.iter().map(|t| json!({ "type": t })).collect();
            obj.insert("anyOf".into(), Value::Array(branches));
        }
    }
    if nullable {
        obj.insert("nullable".into(), Value::Bool(true));
    }
}

/// Integer schemas whose bounds or values are written as floats (`minimum: 1.0`) keep them as
/// integers: a bound is rounded inwards (`minimum: 0.5` -> `1`); one beyond 64 bits, a
/// fractional `multipleOf`, or a fractional enum value says nothing an `i64` can hold and is
/// dropped (it is documentation, never enforced by the client).
fn normalize_integer(obj: &mut Map<String, Value>) {
    if obj.get("type").and_then(Value::as_str) != Some("integer") {
        return;
    }
    let fits = |f: f64| f.is_finite() && f >= i64::MIN as f64 && f <= i64::MAX as f64;
    for (key, round) in [
        ("minimum", f64::ceil as fn(f64) -> f64),
        ("maximum", f64::floor),
        (
            "multipleOf",
            |f: f64| if f.fract() == 0.0 { f } else { f64::NAN },
        ),
    ] {
        let Some(value) = obj.get(key) else { continue };
        if value.is_i64() {
            continue;
        }
        match value.as_f64().map(round) {
            Some(f) if fits(f) => {
                obj.insert(key.into(), Value::from(f as i64));
            }
            _ => {
                obj.remove(key);
            }
        }
    }
    if let Some(Value::Array(values)) = obj.get_mut("enum") {
        values.retain_mut(|v| match v.as_f64() {
            _ if v.is_i64() || v.is_null() => true,
            Some(f) if f.fract() == 0.0 && fits(f) => {
                *v = Value::from(f as i64);
                true
            }
            _ => false,
        });
    }
}

/// `type` beside `oneOf` / `anyOf` / `allOf` (and no `properties`) repeats what the composition
/// says (`{type: object, oneOf: [...]}`), but makes the schema unreadable as either: the
/// composition is kept.
fn drop_type_beside_composition(obj: &mut Map<String, Value>) {
    let composed = ["oneOf", "anyOf", "allOf"]
        .iter()
        .any(|k| obj.contains_key(*k));
    if composed && obj.get("type").is_some_and(Value::is_string) && !obj.contains_key("properties")
    {
        obj.remove("type");
    }
}

fn normalize_const_and_enum(obj: &mut Map<String, Value>) {
    if let Some(value) = obj.remove("const") {
        if !obj.contains_key("enum") {
            obj.insert("enum".into(), Value::Array(vec![value]));
        }
    }
    if let Some(Value::Array(values)) = obj.get_mut("enum") {
        if values.iter().any(Value::is_null) {
            values.retain(|v| !v.is_null());
            obj.insert("nullable".into(), Value::Bool(true));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(mut v: Value) -> Value {
        normalize_schema(&mut v);
        v
    }

    #[test]
    fn type_arrays_become_nullable() {
        assert_eq!(
            norm(json!({"type": ["string", "null"]})),
            json!({"type": "string", "nullable": true})
        );
        assert_eq!(
            norm(json!({"type": ["null", "integer"]})),
            json!({"type": "integer", "nullable": true})
        );
        assert_eq!(
            norm(json!({"type": "null"})),
            json!({"x-codegen-null-only": true, "nullable": true})
        );
        assert_eq!(
            norm(json!({"type": ["string", "integer"]})),
            json!({"anyOf": [{"type": "string"}, {"type": "integer"}]})
        );
    }

    #[test]
    fn const_examples_and_exclusive_bounds() {
        assert_eq!(norm(json!({"const": "all"})), json!({"enum": ["all"]}));
        assert_eq!(
            norm(json!({"enum": ["a", null]})),
            json!({"enum": ["a"], "nullable": true})
        );
        assert_eq!(norm(json!({"examples": [1, 2]})), json!({"example": 1}));
        assert_eq!(
            norm(json!({"type": "integer", "exclusiveMinimum": 0})),
            json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true})
        );
    }

    #[test]
    fn integer_bounds_written_as_floats_become_integers() {
        assert_eq!(
            norm(json!({"type": "integer", "minimum": 1.0, "maximum": 3600.0, "multipleOf": 2.0})),
            json!({"type": "integer", "minimum": 1, "maximum": 3600, "multipleOf": 2})
        );
        assert_eq!(
            norm(json!({"type": "integer", "minimum": 0.5, "maximum": 9.9, "multipleOf": 0.5})),
            json!({"type": "integer", "minimum": 1, "maximum": 9})
        );
        assert_eq!(
            norm(json!({"type": "integer", "minimum": -9223372036854775809.0, "maximum": 1e30})),
            json!({"type": "integer", "minimum": i64::MIN})
        );
        assert_eq!(
            norm(json!({"type": "integer", "enum": [1.0, 2.5, 3]})),
            json!({"type": "integer", "enum": [1, 3]})
        );
        assert_eq!(
            norm(json!({"type": "number", "minimum": 0.5})),
            json!({"type": "number", "minimum": 0.5})
        );
    }

    #[test]
    fn type_beside_a_composition_is_dropped() {
        assert_eq!(
            norm(json!({"type": "object", "oneOf": [{"type": "string"}]})),
            json!({"oneOf": [{"type": "string"}]})
        );
        assert_eq!(
            norm(json!({"type": "string", "$ref": "#/components/schemas/S"})),
            json!({"allOf": [{"$ref": "#/components/schemas/S"}]})
        );
        let with_properties = json!({"type": "object", "properties": {}, "allOf": []});
        assert_eq!(norm(with_properties.clone()), with_properties);
    }

    #[test]
    fn ref_siblings_are_kept_in_an_all_of() {
        assert_eq!(
            norm(json!({"$ref": "#/components/schemas/A", "description": "d", "nullable": true})),
            json!({"allOf": [{"$ref": "#/components/schemas/A"}], "description": "d", "nullable": true})
        );
        assert_eq!(norm(json!({"$ref": "#/x"})), json!({"$ref": "#/x"}));
    }

    #[test]
    fn recurses_into_subschemas_and_boolean_schemas() {
        let v = norm(json!({
            "properties": {"a": {"type": ["null", "string"]}},
            "items": true,
            "oneOf": [{"const": 1}],
            "additionalProperties": false
        }));
        assert_eq!(
            v["properties"]["a"],
            json!({"type": "string", "nullable": true})
        );
        assert_eq!(v["items"], json!({}));
        assert_eq!(v["oneOf"][0], json!({"enum": [1]}));
        assert_eq!(v["additionalProperties"], json!(false));
    }

    #[test]
    fn version_is_checked_and_webhooks_are_set_aside() {
        let src = |v: Value| Source {
            file: "s.yaml".into(),
            value: v,
        };
        let n = normalize(&src(
            json!({"openapi": "3.1.0", "webhooks": {"e": {"post": {}}}, "paths": {}}),
        ))
        .unwrap();
        assert!(n.value.get("webhooks").is_none());
        assert!(n.webhooks.is_some());
        let err = normalize(&src(json!({"swagger": "2.0"}))).unwrap_err();
        assert!(err.to_string().contains("#/openapi: Swagger 2.0"), "{err}");
        let err = normalize(&src(json!({"openapi": "4.0"}))).unwrap_err();
        assert!(
            err.to_string().contains("unsupported OpenAPI version"),
            "{err}"
        );
    }
}
