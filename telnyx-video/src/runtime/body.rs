//! Request bodies other than JSON: `application/x-www-form-urlencoded` (multipart bodies are in
//! `multipart.rs`; raw bytes need no encoding).

use bytes::Bytes;
use serde::Serialize;
use serde_json::Value;

use super::query::{QueryStyle, pairs, percent_encoded};

/// `application/x-www-form-urlencoded` encoding of a struct's fields.
/// An `application/x-www-form-urlencoded` body: each top-level field in the style its
/// `encoding` entry gives (`styles`); a field without one is `form` (arrays repeat the name)
/// when it is a scalar or an array of scalars, and `deepObject` (`meta[key]=..`,
/// `items[0][price]=..`) when it holds objects: the layout form APIs read.
pub(crate) fn form_encode<T: Serialize + ?Sized>(
    value: &T,
    styles: &[(&str, QueryStyle)],
) -> Result<Bytes, String> {
    let value = serde_json::to_value(value)
        .map_err(|e| format!("the request body cannot be serialized: {e}"))?;
    let mut all = Vec::new();
    match &value {
        Value::Object(fields) => {
            for (name, field) in fields {
                let nested = field.is_object()
                    || field
                        .as_array()
                        .is_some_and(|a| a.iter().any(|i| i.is_object() || i.is_array()));
                let default = if nested {
                    QueryStyle::DeepObject
                } else {
                    QueryStyle::Form
                };
                let style = styles
                    .iter()
                    .find(|(n, _)| n == name)
                    .map_or(default, |(_, s)| *s);
                all.extend(pairs(name, field, style));
            }
        }
        other => all.extend(pairs("body", other, QueryStyle::Form)),
    }
    let text: Vec<String> = percent_encoded(all)
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    Ok(Bytes::from(text.join("&")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn form_encoding() {
        let body = form_encode(
            &json!({"name": "a b&c", "count": 2, "tags": ["x", "y"], "none": null}),
            &[],
        )
        .unwrap();
        assert_eq!(body, "count=2&name=a%20b%26c&tags=x&tags=y");
    }

    #[test]
    fn form_bodies_nest_like_form_apis_expect() {
        // Stripe-style: metadata and line items as nested keys, not JSON text.
        let body = json!({
            "customer": "cus_1",
            "metadata": {"order": "42", "note": ""},
            "items": [{"price": "p_1", "quantity": 2}],
            "expand": ["a", "b"],
            "ids": ["x", "y"],
        });
        let encoded = form_encode(&body, &[("ids", QueryStyle::FormUnexploded)]).unwrap();
        assert_eq!(
            encoded,
            "customer=cus_1&expand=a&expand=b&ids=x%2Cy&items[0][price]=p_1&items[0][quantity]=2&metadata[note]=&metadata[order]=42"
        );
        let piped = form_encode(
            &json!({"tags": ["x", "y"]}),
            &[("tags", QueryStyle::PipeDelimited)],
        );
        assert_eq!(piped.unwrap(), "tags=x%7Cy");
    }
}
