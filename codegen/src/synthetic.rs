//! A synthetic OpenAPI 3.1 document of any size, shaped like Telnyx's API (envelopes, deepObject
//! filters, shared page parameters, enums, nullable fields, actions), for scale tests and
//! generation benchmarks.

use serde_json::{Map, Value, json};

/// Operations per resource in [`spec`].
pub const OPERATIONS_PER_RESOURCE: usize = 10;

/// A document with `resources` resources of [`OPERATIONS_PER_RESOURCE`] operations each.
pub fn spec(resources: usize) -> Value {
    let mut paths = Map::new();
    let mut schemas = Map::new();
    schemas.insert(
        "PaginationMeta".into(),
        json!({
            "type": "object",
            "properties": {"page_number": {"type": "integer"}, "page_size": {"type": "integer"},
                           "total_pages": {"type": "integer"}, "total_results": {"type": "integer"}}
        }),
    );
    schemas.insert("Error".into(), json!({
        "type": "object", "required": ["code", "title"],
        "properties": {"code": {"type": "string"}, "title": {"type": "string"}, "detail": {"type": "string"}}
    }));
    for r in 0..resources {
        let name = format!("widget{r:03}s");
        let thing = format!("Widget{r:03}");
        schemas.insert(thing.clone(), json!({
            "type": "object",
            "description": format!("A widget of family {r}."),
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "created_at": {"type": "string", "format": "date-time"},
                "status": {"type": "string", "enum": ["active", "paused", "archived"]},
                "count": {"type": "integer", "minimum": 0},
                "ratio": {"type": "number"},
                "enabled": {"type": "boolean", "default": false},
                "tags": {"type": "array", "items": {"type": "string"}},
                "note": {"type": ["string", "null"]},
                "settings": {"type": "object", "properties": {"mode": {"type": "string"}, "level": {"type": "integer"}}}
            }
        }));
        schemas.insert(format!("Create{thing}Request"), json!({
            "type": "object", "required": ["name"],
            "properties": {"name": {"type": "string"}, "count": {"type": "integer", "default": 1},
                           "tags": {"type": "array", "items": {"type": "string"}}}
        }));
        let one = json!({"description": "One.", "content": {"application/json": {"schema": {
            "type": "object", "properties": {"data": {"$ref": format!("#/components/schemas/{thing}")}}}}}});
        let many = json!({"description": "A page.", "content": {"application/json": {"schema": {
            "type": "object", "properties": {
                "data": {"type": "array", "items": {"$ref": format!("#/components/schemas/{thing}")}},
                "meta": {"$ref": "#/components/schemas/PaginationMeta"}}}}}});
        let error = json!({"description": "Error.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}});
        let id = json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}});
        let filter = json!({"name": "filter", "in": "query", "style": "deepObject", "explode": true, "schema": {
        "type": "object", "properties": {
            "status": {"type": "string", "enum": ["active", "paused"]},
            "created_at": {"type": "object", "properties": {"gte": {"type": "string", "format": "date"}, "lte": {"type": "string", "format": "date"}}}
        }}});
        let page = json!({"$ref": "#/components/parameters/Page"});
        let body = json!({"required": true, "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/Create{thing}Request")}}}});
        let tag = json!([thing.clone()]);
        paths.insert(format!("/{name}"), json!({
            "get": {"operationId": format!("List{thing}s"), "tags": tag, "parameters": [filter, page], "responses": {"200": many, "4XX": error}},
            "post": {"operationId": format!("Create{thing}"), "tags": tag, "requestBody": body, "responses": {"201": one, "422": error}}
        }));
        paths.insert(format!("/{name}/{{id}}"), json!({
            "parameters": [id],
            "get": {"operationId": format!("Get{thing}"), "tags": tag, "responses": {"200": one, "404": error}},
            "patch": {"operationId": format!("Update{thing}"), "tags": tag, "requestBody": body, "responses": {"200": one, "404": error}},
            "delete": {"operationId": format!("Delete{thing}"), "tags": tag, "responses": {"204": {"description": "Deleted."}, "404": error}}
        }));
        paths.insert(format!("/{name}/{{id}}/items"), json!({
            "parameters": [id],
            "get": {"operationId": format!("List{thing}Items"), "tags": tag, "parameters": [page], "responses": {"200": many}}
        }));
        for action in ["start", "stop", "pause", "resume"] {
            paths.insert(format!("/{name}/{{id}}/actions/{action}"), json!({
                "parameters": [id],
                "post": {"operationId": format!("{action}{thing}"), "tags": tag, "security": [], "responses": {"200": one, "4XX": error}}
            }));
        }
    }
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Synthetic API", "version": "1.0.0"},
        "security": [{"bearerAuth": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "parameters": {"Page": {"name": "page", "in": "query", "style": "deepObject", "explode": true, "schema": {
                "type": "object", "properties": {"number": {"type": "integer", "minimum": 1}, "size": {"type": "integer", "maximum": 250}}}}},
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn has_the_requested_number_of_operations() {
        let doc = super::spec(3);
        let count: usize = doc["paths"]
            .as_object()
            .unwrap()
            .values()
            .map(|item| {
                item.as_object()
                    .unwrap()
                    .keys()
                    .filter(|k| *k != "parameters")
                    .count()
            })
            .sum();
        assert_eq!(count, 3 * super::OPERATIONS_PER_RESOURCE);
    }
}
