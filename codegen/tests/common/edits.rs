//! Edits Telnyx makes to its spec, applied to a spec document (JSON), shared by the spec
//! history tests here and the compiler-judged replay in `xtask/tests/spec_replay.rs`.
#![allow(dead_code)]

use serde_json::{Value, json};

/// A named schema of `doc`.
pub fn schema<'a>(doc: &'a mut Value, name: &str) -> &'a mut Value {
    &mut doc["components"]["schemas"][name]
}

/// Replaces `from` with `to` everywhere in the document's text.
pub fn replace(doc: &mut Value, from: &str, to: &str) {
    let text = serde_json::to_string(doc).unwrap().replace(from, to);
    *doc = serde_json::from_str(&text).unwrap();
}

/// Renames component schema `from` to `to`, references included.
pub fn rename_schema(doc: &mut Value, from: &str, to: &str) {
    let schemas = doc["components"]["schemas"].as_object_mut().unwrap();
    let schema = schemas.remove(from).unwrap();
    schemas.insert(to.into(), schema);
    replace(
        doc,
        &format!("#/components/schemas/{from}\""),
        &format!("#/components/schemas/{to}\""),
    );
}

/// Moves the inline response of the client-token operation into a component schema.
pub fn name_the_token_response(doc: &mut Value) {
    let op = &mut doc["paths"]["/rooms/{room_id}/actions/generate_join_client_token"]["post"];
    let schema = &mut op["responses"]["201"]["content"]["application/json"]["schema"];
    let data = schema["properties"]["data"].take();
    schema["properties"]["data"] =
        json!({"$ref": "#/components/schemas/CreateRoomClientTokenResponse"});
    doc["components"]["schemas"]["CreateRoomClientTokenResponse"] = data;
}

/// Spells the room list's `filter` as bracket-named query parameters.
pub fn bracket_named_room_filters(doc: &mut Value) {
    let params = doc["paths"]["/rooms"]["get"]["parameters"]
        .as_array_mut()
        .unwrap();
    params.retain(|p| p["name"] != "filter");
    let date = json!({"type": "string", "format": "date"});
    for field in ["date_created_at", "date_updated_at"] {
        for op in ["eq", "gte", "lte"] {
            params.push(
                json!({"name": format!("filter[{field}][{op}]"), "in": "query", "schema": date}),
            );
        }
    }
    params
        .push(json!({"name": "filter[unique_name]", "in": "query", "schema": {"type": "string"}}));
}
