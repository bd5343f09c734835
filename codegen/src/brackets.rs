//! One API whatever the spelling: query parameters named with brackets (`filter[room_id]`,
//! `filter[date_created_at][gte]`, `page[number]`), as 3.0-era specs spell a filter, are grouped
//! into the one `deepObject` parameter a 3.1 spec declares (`filter`, an object with a
//! `date_created_at` object with a `gte` field). The wire format is the same (`deepObject`
//! encodes `filter[date_created_at][gte]=..`), and so are the generated names and the config
//! rules that name the parameter (`require = "filter"`).
//!
//! Runs on the JSON document, before parsing: per path item and operation, bracket-named query
//! parameters (inline, or `$ref`s to `#/components/parameters`) that share a prefix become one
//! parameter at the position of the first, with each leaf's schema and description. A prefix
//! that is also a parameter of its own, or a name whose brackets do not parse, is left alone.

use serde_json::{Map, Value, json};

use crate::pointer::Pointer;

/// Groups bracket-named parameters throughout `doc` (paths and webhooks alike).
pub fn group_bracket_parameters(doc: &mut Value) {
    let components = doc
        .pointer("/components/parameters")
        .cloned()
        .unwrap_or(Value::Null);
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        if let Some(Value::Array(params)) = item.get_mut("parameters") {
            group(params, &components);
        }
        for (key, op) in item.iter_mut() {
            if key == "parameters" {
                continue;
            }
            if let Some(Value::Array(params)) = op.get_mut("parameters") {
                group(params, &components);
            }
        }
    }
}

/// `filter[date_created_at][gte]` -> (`filter`, [`date_created_at`, `gte`]).
fn split(name: &str) -> Option<(&str, Vec<&str>)> {
    let open = name.find('[')?;
    let (prefix, mut rest) = name.split_at(open);
    if prefix.is_empty() || !name.ends_with(']') {
        return None;
    }
    let mut path = Vec::new();
    while let Some(inner) = rest.strip_prefix('[') {
        let close = inner.find(']')?;
        let segment = &inner[..close];
        if segment.is_empty() || segment.contains('[') {
            return None;
        }
        path.push(segment);
        rest = &inner[close + 1..];
    }
    rest.is_empty().then_some((prefix, path))
}

fn resolved<'a>(param: &'a Value, components: &'a Value) -> &'a Value {
    match param.get("$ref").and_then(Value::as_str) {
        Some(reference) => Pointer::parse(reference)
            .and_then(|p| p.tokens().last().cloned())
            .and_then(|key| components.get(key))
            .unwrap_or(param),
        None => param,
    }
}

fn group(params: &mut Vec<Value>, components: &Value) {
    let names: Vec<Option<(String, Vec<String>)>> = params
        .iter()
        .map(|p| {
            let p = resolved(p, components);
            if p.get("in").and_then(Value::as_str) != Some("query") {
                return None;
            }
            let name = p.get("name")?.as_str()?;
            let (prefix, path) = split(name)?;
            Some((
                prefix.to_owned(),
                path.into_iter().map(str::to_owned).collect(),
            ))
        })
        .collect();
    let plain: Vec<&str> = params
        .iter()
        .map(|p| resolved(p, components))
        .filter_map(|p| p.get("name")?.as_str())
        .collect();
    // Prefixes in order of first appearance, unless a parameter of that name exists.
    let mut prefixes: Vec<String> = Vec::new();
    for (prefix, _) in names.iter().flatten() {
        if !prefixes.contains(prefix) && !plain.contains(&prefix.as_str()) {
            prefixes.push(prefix.clone());
        }
    }
    if prefixes.is_empty() {
        return;
    }
    let mut out = Vec::new();
    let mut groups: Vec<(String, Map<String, Value>)> = Vec::new();
    for (param, name) in std::mem::take(params).into_iter().zip(names) {
        let Some((prefix, path)) = name.filter(|(prefix, _)| prefixes.contains(prefix)) else {
            out.push(param);
            continue;
        };
        let leaf = resolved(&param, components).clone();
        let mut schema = leaf.get("schema").cloned().unwrap_or_else(|| json!({}));
        if let (Some(description), Some(obj)) = (leaf.get("description"), schema.as_object_mut()) {
            obj.entry("description").or_insert(description.clone());
        }
        let index = match groups.iter().position(|(p, _)| *p == prefix) {
            Some(index) => index,
            None => {
                // The group takes the place of its first member.
                out.push(Value::Null);
                groups.push((prefix.clone(), Map::new()));
                groups.len() - 1
            }
        };
        insert(&mut groups[index].1, &path, schema);
    }
    let mut groups = groups.into_iter();
    for slot in out.iter_mut().filter(|p| p.is_null()) {
        if let Some((prefix, properties)) = groups.next() {
            *slot = json!({
                "name": prefix,
                "in": "query",
                "style": "deepObject",
                "explode": true,
                "schema": {"type": "object", "properties": properties},
            });
        }
    }
    *params = out;
}

/// Puts `leaf` at `path` in nested object schemas.
fn insert(properties: &mut Map<String, Value>, path: &[String], leaf: Value) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    if rest.is_empty() {
        properties.insert(first.clone(), leaf);
        return;
    }
    let entry = properties
        .entry(first.clone())
        .or_insert_with(|| json!({"type": "object", "properties": {}}));
    if let Some(Value::Object(inner)) = entry.get_mut("properties") {
        insert(inner, rest, leaf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracket_names_split_into_a_path() {
        assert_eq!(
            split("filter[date_created_at][gte]"),
            Some(("filter", vec!["date_created_at", "gte"]))
        );
        assert_eq!(split("page[number]"), Some(("page", vec!["number"])));
        assert_eq!(split("sort[]"), None);
        assert_eq!(split("[x]"), None);
        assert_eq!(split("a[b]c"), None);
        assert_eq!(split("plain"), None);
    }

    #[test]
    fn bracket_parameters_become_one_deep_object() {
        let mut doc = json!({
            "paths": {"/rooms": {"get": {"parameters": [
                {"name": "include", "in": "query", "schema": {"type": "boolean"}},
                {"name": "filter[date_created_at][gte]", "in": "query", "description": "From.", "schema": {"type": "string", "format": "date"}},
                {"name": "filter[unique_name]", "in": "query", "schema": {"type": "string"}},
                {"$ref": "#/components/parameters/PageNumber"},
                {"name": "filter[date_created_at][lte]", "in": "query", "schema": {"type": "string", "format": "date"}},
                {"name": "sort[]", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}
            ]}}},
            "components": {"parameters": {"PageNumber": {"name": "page[number]", "in": "query", "schema": {"type": "integer"}}}}
        });
        group_bracket_parameters(&mut doc);
        assert_eq!(
            doc.pointer("/paths/~1rooms/get/parameters").unwrap(),
            &json!([
                {"name": "include", "in": "query", "schema": {"type": "boolean"}},
                {"name": "filter", "in": "query", "style": "deepObject", "explode": true, "schema": {"type": "object", "properties": {
                    "date_created_at": {"type": "object", "properties": {
                        "gte": {"type": "string", "format": "date", "description": "From."},
                        "lte": {"type": "string", "format": "date"}
                    }},
                    "unique_name": {"type": "string"}
                }}},
                {"name": "page", "in": "query", "style": "deepObject", "explode": true, "schema": {"type": "object", "properties": {
                    "number": {"type": "integer"}
                }}},
                {"name": "sort[]", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}
            ])
        );
    }

    #[test]
    fn a_prefix_that_is_a_parameter_itself_is_left_alone() {
        let params = json!([
            {"name": "filter", "in": "query", "schema": {"type": "string"}},
            {"name": "filter[x]", "in": "query", "schema": {"type": "string"}}
        ]);
        let mut doc = json!({"paths": {"/a": {"get": {"parameters": params.clone()}}}});
        group_bracket_parameters(&mut doc);
        assert_eq!(doc.pointer("/paths/~1a/get/parameters").unwrap(), &params);
    }
}
