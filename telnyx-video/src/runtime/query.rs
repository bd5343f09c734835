//! Query-string encoding: OpenAPI `form` (explode) and `deepObject` styles, as Telnyx expects
//! them: `filter[date_created_at][gte]=2026-01-02&page[number]=2`.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde_json::Value;

/// How a query parameter is laid out (OpenAPI `style` and `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum QueryStyle {
    /// `form`, exploded: `name=value`; arrays repeat the name; objects spread their fields as
    /// parameters.
    Form,
    /// `form` with `explode: false`: arrays as `name=a,b`; objects as `name=k1,v1,k2,v2`.
    FormUnexploded,
    /// `spaceDelimited`: arrays as `name=a%20b`.
    SpaceDelimited,
    /// `pipeDelimited`: arrays as `name=a|b`.
    PipeDelimited,
    /// `name[field][subfield]=value`; arrays repeat the key.
    DeepObject,
}

/// Values: everything but unreserved characters is escaped.
pub(crate) const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// Keys: the same, but deepObject brackets stay readable.
const KEY: &AsciiSet = &VALUE.remove(b'[').remove(b']');

/// Encodes one parameter into `key=value` pairs (already percent-encoded). `null` fields are
/// left out: only what the caller set is sent. An empty string inside an object (a filter
/// field) is refused: `filter[status]=` would ask the server for records whose status is empty,
/// which is never what a caller who forgot to check for an empty input meant.
pub fn encode_query<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    style: QueryStyle,
) -> Result<Vec<(String, String)>, String> {
    let value = serde_json::to_value(value)
        .map_err(|e| format!("query parameter `{name}` cannot be serialized: {e}"))?;
    let pairs = pairs(name, &value, style);
    if value.is_object() {
        if let Some((key, _)) = pairs.iter().find(|(_, v)| v.is_empty()) {
            return Err(format!(
                "query parameter `{key}` is an empty string; leave the field unset to not filter on it"
            ));
        }
    }
    Ok(percent_encoded(pairs))
}

/// The `key=value` pairs of one parameter, not yet percent-encoded.
pub(crate) fn pairs(name: &str, value: &Value, style: QueryStyle) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    match style {
        QueryStyle::DeepObject => deep(name, value, &mut pairs),
        QueryStyle::Form => match value {
            Value::Object(map) => {
                for (key, inner) in map {
                    flat(key, inner, &mut pairs);
                }
            }
            other => flat(name, other, &mut pairs),
        },
        QueryStyle::FormUnexploded => joined(name, value, ",", true, &mut pairs),
        QueryStyle::SpaceDelimited => joined(name, value, " ", false, &mut pairs),
        QueryStyle::PipeDelimited => joined(name, value, "|", false, &mut pairs),
    }
    pairs
}

/// Pairs percent-encoded for a query string or a form body.
pub(crate) fn percent_encoded(pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    pairs
        .into_iter()
        .map(|(k, v)| {
            (
                utf8_percent_encode(&k, KEY).to_string(),
                utf8_percent_encode(&v, VALUE).to_string(),
            )
        })
        .collect()
}

fn deep(key: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (field, inner) in map {
                deep(&format!("{key}[{field}]"), inner, out);
            }
        }
        // Arrays of objects are indexed (`items[0][price]=..`), as form APIs read them; arrays
        // of scalars repeat the key.
        Value::Array(items) if items.iter().any(|i| i.is_object() || i.is_array()) => {
            for (i, item) in items.iter().enumerate() {
                deep(&format!("{key}[{i}]"), item, out);
            }
        }
        other => flat(key, other, out),
    }
}

/// One `name=` pair with an array's items (or, with `pairs`, an object's keys and values)
/// joined by `separator`; a scalar as it is.
fn joined(
    name: &str,
    value: &Value,
    separator: &str,
    pairs: bool,
    out: &mut Vec<(String, String)>,
) {
    let mut parts = Vec::new();
    match value {
        Value::Array(items) => items.iter().for_each(|item| flat(name, item, &mut parts)),
        Value::Object(map) if pairs => {
            for (key, inner) in map {
                let mut values = Vec::new();
                flat(key, inner, &mut values);
                for (_, text) in values {
                    parts.push((String::new(), key.clone()));
                    parts.push((String::new(), text));
                }
            }
        }
        other => flat(name, other, &mut parts),
    }
    if parts.is_empty() {
        return;
    }
    let text: Vec<String> = parts.into_iter().map(|(_, v)| v).collect();
    out.push((name.to_owned(), text.join(separator)));
}

fn flat(key: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Null => {}
        Value::Bool(b) => out.push((key.to_owned(), b.to_string())),
        Value::Number(n) => out.push((key.to_owned(), n.to_string())),
        Value::String(s) => out.push((key.to_owned(), s.clone())),
        Value::Array(items) => items.iter().for_each(|item| flat(key, item, out)),
        // An object below form style has no standard layout; send it as JSON text.
        Value::Object(_) => out.push((key.to_owned(), value.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn encode(name: &str, value: Value, style: QueryStyle) -> Vec<String> {
        encode_query(name, &value, style)
            .unwrap()
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect()
    }

    #[test]
    fn deep_objects_nest_with_brackets_and_skip_nulls() {
        let filter = json!({"date_created_at": {"gte": "2026-01-02", "eq": null}, "unique_name": "a b&c", "active": true});
        assert_eq!(
            encode("filter", filter, QueryStyle::DeepObject),
            // Keys in a stable (sorted) order.
            [
                "filter[active]=true",
                "filter[date_created_at][gte]=2026-01-02",
                "filter[unique_name]=a%20b%26c"
            ]
        );
        assert_eq!(
            encode(
                "page",
                json!({"number": 2, "size": 50}),
                QueryStyle::DeepObject
            ),
            ["page[number]=2", "page[size]=50"]
        );
        assert!(encode("filter", json!(null), QueryStyle::DeepObject).is_empty());
    }

    #[test]
    fn form_values() {
        assert_eq!(
            encode("include_sessions", json!(false), QueryStyle::Form),
            ["include_sessions=false"]
        );
        assert_eq!(
            encode("id", json!(["a", "b"]), QueryStyle::Form),
            ["id=a", "id=b"]
        );
        assert!(encode("include_sessions", json!(null), QueryStyle::Form).is_empty());
    }

    #[test]
    fn delimited_and_unexploded_styles() {
        let ids = json!(["a b", "c"]);
        assert_eq!(
            encode("id", ids.clone(), QueryStyle::FormUnexploded),
            ["id=a%20b%2Cc"]
        );
        assert_eq!(
            encode("id", ids.clone(), QueryStyle::SpaceDelimited),
            ["id=a%20b%20c"]
        );
        assert_eq!(
            encode("id", ids, QueryStyle::PipeDelimited),
            ["id=a%20b%7Cc"]
        );
        assert_eq!(
            encode("point", json!({"x": 1, "y": 2}), QueryStyle::FormUnexploded),
            ["point=x%2C1%2Cy%2C2"]
        );
        assert_eq!(encode("n", json!(3), QueryStyle::PipeDelimited), ["n=3"]);
        assert!(encode("id", json!([]), QueryStyle::FormUnexploded).is_empty());
    }

    #[test]
    fn deep_arrays_of_objects_are_indexed() {
        assert_eq!(
            encode(
                "items",
                json!([{"price": "p_1", "quantity": 2}, {"price": "p_2"}]),
                QueryStyle::DeepObject
            ),
            [
                "items[0][price]=p_1",
                "items[0][quantity]=2",
                "items[1][price]=p_2"
            ]
        );
    }

    #[test]
    fn empty_strings_in_objects_are_refused() {
        for style in [QueryStyle::DeepObject, QueryStyle::Form] {
            let err = encode_query("filter", &json!({"status": ""}), style).unwrap_err();
            assert!(err.contains("is an empty string"), "{err}");
            let err = encode_query("filter", &json!({"ids": ["a", ""]}), style).unwrap_err();
            assert!(err.contains("is an empty string"), "{err}");
        }
        assert_eq!(
            encode_query(
                "filter",
                &json!({"date_ended_at": {}}),
                QueryStyle::DeepObject
            ),
            Ok(vec![])
        );
        // A plain string parameter may be empty: that is a value, not a forgotten filter.
        assert_eq!(encode("q", json!(""), QueryStyle::Form), ["q="]);
    }
}
