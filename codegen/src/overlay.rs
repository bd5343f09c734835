//! Overlays (OpenAPI Overlay Specification 1.0): what we add to or correct in a published spec,
//! kept beside it and applied after loading, to our spec and to Telnyx's alike. An overlay is a
//! list of actions, each a JSONPath `target` (RFC 9535, evaluated by `serde_json_path`) with an
//! `update` or `remove`:
//!
//! - `update` on an object merges into it: keys the update has replace scalars, merge into
//!   objects (recursively) and extend arrays; keys it lacks are kept. On an array, the update is
//!   appended as one more item. A scalar target cannot be updated (an error).
//! - `remove: true` removes each node the target selects from its object or array.
//!
//! Fail closed: an overlay whose version is not 1.x, an action without `target`, an invalid
//! JSONPath, an action that does neither, or a target that selects nothing in the spec is an
//! error naming the overlay file and the action's JSON pointer; nothing is generated from a
//! spec an overlay did not fully apply to.

use std::path::{Path, PathBuf};

use serde_json::Value;
use serde_json_path::JsonPath;

use crate::error::{Diagnostic, Error};
use crate::load;
use crate::pointer::Pointer;

/// A parsed overlay.
#[derive(Debug, Clone)]
pub struct Overlay {
    file: PathBuf,
    actions: Vec<Action>,
}

#[derive(Debug, Clone)]
struct Action {
    /// Where it is in the overlay (`/actions/3`).
    at: Pointer,
    target: JsonPath,
    target_text: String,
    update: Option<Value>,
    remove: bool,
}

impl Overlay {
    /// Reads and checks the overlay in `file` (YAML, or JSON by its extension).
    pub fn from_file(file: &Path) -> Result<Overlay, Error> {
        let source = load::load_file(file)?;
        Self::parse(&source.file, &source.value)
    }

    /// Checks an overlay document; `file` names it in errors.
    pub fn parse(file: &Path, document: &Value) -> Result<Overlay, Error> {
        let problem = |at: Pointer, message: String| Error::Spec {
            file: file.to_owned(),
            diagnostics: vec![Diagnostic::new(at, message)],
        };
        let root = Pointer::root();
        let Some(document) = document.as_object() else {
            return Err(problem(root, "an overlay is an object".to_owned()));
        };
        match document.get("overlay").and_then(Value::as_str) {
            Some(version) if version.starts_with("1.") => {}
            Some(version) => {
                return Err(problem(
                    root.push("overlay"),
                    format!("overlay version `{version}` is not supported (1.x is)"),
                ));
            }
            None => {
                return Err(problem(
                    root.push("overlay"),
                    "missing `overlay: 1.0.0`: this is not an overlay document".to_owned(),
                ));
            }
        }
        let info = document.get("info").and_then(Value::as_object);
        if !info.is_some_and(|i| i.get("title").is_some_and(Value::is_string)) {
            return Err(problem(
                root.push("info"),
                "`info` with a `title` is required".to_owned(),
            ));
        }
        let Some(list) = document.get("actions").and_then(Value::as_array) else {
            return Err(problem(
                root.push("actions"),
                "`actions` must be a list of actions".to_owned(),
            ));
        };
        if list.is_empty() {
            return Err(problem(root.push("actions"), "no actions".to_owned()));
        }
        let mut actions = Vec::with_capacity(list.len());
        for (index, action) in list.iter().enumerate() {
            let at = root.push("actions").push(index);
            actions.push(Action::parse(at, action).map_err(|(at, why)| problem(at, why))?);
        }
        Ok(Overlay {
            file: file.to_owned(),
            actions,
        })
    }

    /// The overlay's file.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Applies every action to `spec`, in order; `spec_file` names the spec in errors.
    pub fn apply(&self, spec: &mut Value, spec_file: &Path) -> Result<(), Error> {
        for action in &self.actions {
            action.apply(spec).map_err(|why| Error::Spec {
                file: self.file.clone(),
                diagnostics: vec![Diagnostic::new(
                    action.at.push("target"),
                    format!(
                        "target `{}` on {}: {why}",
                        action.target_text,
                        spec_file.display()
                    ),
                )],
            })?;
        }
        Ok(())
    }
}

impl Action {
    fn parse(at: Pointer, action: &Value) -> Result<Action, (Pointer, String)> {
        let Some(fields) = action.as_object() else {
            return Err((at, "an action is an object".to_owned()));
        };
        for key in fields.keys() {
            if !matches!(key.as_str(), "target" | "description" | "update" | "remove")
                && !key.starts_with("x-")
            {
                return Err((at.push(key), format!("unknown action field `{key}`")));
            }
        }
        let Some(target_text) = fields.get("target").and_then(Value::as_str) else {
            return Err((
                at.push("target"),
                "`target` (a JSONPath) is required".to_owned(),
            ));
        };
        let target = JsonPath::parse(target_text).map_err(|e| {
            (
                at.push("target"),
                format!("`{target_text}` is not a valid JSONPath: {e}"),
            )
        })?;
        let remove = match fields.get("remove") {
            None => false,
            Some(Value::Bool(remove)) => *remove,
            Some(_) => return Err((at.push("remove"), "`remove` is true or false".to_owned())),
        };
        let update = fields.get("update").cloned();
        if !remove && update.is_none() {
            return Err((at, "an action needs `update` or `remove: true`".to_owned()));
        }
        Ok(Action {
            at,
            target,
            target_text: target_text.to_owned(),
            update,
            remove,
        })
    }

    fn apply(&self, spec: &mut Value) -> Result<(), String> {
        let mut pointers: Vec<String> = self
            .target
            .query_located(spec)
            .locations()
            .map(|location| location.to_json_pointer())
            .collect();
        if pointers.is_empty() {
            return Err("selects nothing".to_owned());
        }
        if self.remove {
            // Last first, so that removing an array item does not move the ones still to go.
            pointers.sort_by(|a, b| b.cmp(a));
            for pointer in pointers {
                remove(spec, &pointer)?;
            }
            return Ok(());
        }
        let Some(update) = &self.update else {
            return Ok(());
        };
        for pointer in pointers {
            let node = spec
                .pointer_mut(&pointer)
                .ok_or_else(|| format!("`{pointer}` went away"))?;
            match node {
                Value::Object(_) if update.is_object() => merge(node, update),
                Value::Object(_) => {
                    return Err(format!(
                        "`{pointer}` is an object; the update must be one too"
                    ));
                }
                Value::Array(items) => items.push(update.clone()),
                _ => return Err(format!("`{pointer}` is a scalar, which cannot be updated")),
            }
        }
        Ok(())
    }
}

/// Merges `update` into `target`: objects recursively, arrays extended, anything else replaced.
fn merge(target: &mut Value, update: &Value) {
    match (target, update) {
        (Value::Object(target), Value::Object(update)) => {
            for (key, value) in update {
                match target.get_mut(key) {
                    Some(existing) => merge(existing, value),
                    None => {
                        target.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (Value::Array(target), Value::Array(update)) => target.extend(update.iter().cloned()),
        (target, update) => *target = update.clone(),
    }
}

/// Removes the node at `pointer` from its parent.
fn remove(spec: &mut Value, pointer: &str) -> Result<(), String> {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return Err("the whole document cannot be removed".to_owned());
    };
    let key = last.replace("~1", "/").replace("~0", "~");
    match spec.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.remove(&key);
            Ok(())
        }
        Some(Value::Array(items)) => {
            let index: usize = key
                .parse()
                .map_err(|_| format!("`{pointer}` is not an item"))?;
            if index < items.len() {
                items.remove(index);
            }
            Ok(())
        }
        _ => Err(format!("`{pointer}` has no parent to remove it from")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn overlay(actions: Value) -> Result<Overlay, Error> {
        Overlay::parse(
            Path::new("o.yaml"),
            &json!({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions}),
        )
    }

    fn applied(actions: Value, mut spec: Value) -> Result<Value, String> {
        overlay(actions)
            .map_err(|e| e.to_string())?
            .apply(&mut spec, Path::new("spec.yaml"))
            .map_err(|e| e.to_string())?;
        Ok(spec)
    }

    #[test]
    fn updates_merge_and_removes_remove() {
        let spec = json!({"components": {"schemas": {
            "Room": {"properties": {"id": {"type": "string"}}, "required": ["id"]},
            "Old": {"type": "object"}
        }}, "tags": ["a"]});
        let result = applied(
            json!([
                {"target": "$.components.schemas.Room", "update": {"properties": {"name": {"type": "string"}}, "required": ["name"]}},
                {"target": "$.components.schemas.Old", "remove": true},
                {"target": "$.tags", "update": "b"},
                {"target": "$", "update": {"webhooks": {"x": {}}}}
            ]),
            spec,
        )
        .unwrap();
        assert_eq!(
            result,
            json!({"components": {"schemas": {
                "Room": {"properties": {"id": {"type": "string"}, "name": {"type": "string"}}, "required": ["id", "name"]}
            }}, "tags": ["a", "b"], "webhooks": {"x": {}}})
        );
        // Filters select by value; removing several array items keeps the right ones.
        let result = applied(
            json!([{"target": "$.list[?@.drop == true]", "remove": true}]),
            json!({"list": [{"drop": true}, {"keep": 1}, {"drop": true}, {"keep": 2}]}),
        )
        .unwrap();
        assert_eq!(result, json!({"list": [{"keep": 1}, {"keep": 2}]}));
    }

    #[test]
    fn bad_overlays_name_the_file_and_the_action() {
        for (actions, expected) in [
            (
                json!([{"target": "$.nope", "update": {}}]),
                "o.yaml: #/actions/0/target: target `$.nope` on spec.yaml: selects nothing",
            ),
            (
                json!([{"target": "$..[", "update": {}}]),
                "o.yaml: #/actions/0/target: `$..[` is not a valid JSONPath",
            ),
            (
                json!([{"target": "$"}]),
                "o.yaml: #/actions/0: an action needs `update` or `remove: true`",
            ),
            (
                json!([{"update": {}}]),
                "o.yaml: #/actions/0/target: `target` (a JSONPath) is required",
            ),
            (
                json!([{"target": "$", "update": {}, "merge": 1}]),
                "o.yaml: #/actions/0/merge: unknown action field `merge`",
            ),
            (
                json!([{"target": "$.a", "update": 1}]),
                "o.yaml: #/actions/0/target: target `$.a` on spec.yaml: `/a` is an object; the update must be one too",
            ),
            (
                json!([{"target": "$.a.b", "update": {}}]),
                "o.yaml: #/actions/0/target: target `$.a.b` on spec.yaml: `/a/b` is a scalar, which cannot be updated",
            ),
            (json!([]), "o.yaml: #/actions: no actions"),
        ] {
            let err = applied(actions.clone(), json!({"a": {"b": 1}})).unwrap_err();
            assert!(
                err.starts_with(expected),
                "{actions}:\n{err}\nexpected {expected}"
            );
        }
        let err = Overlay::parse(
            Path::new("o.yaml"),
            &json!({"overlay": "2.0.0", "info": {"title": "t"}, "actions": []}),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "o.yaml: #/overlay: overlay version `2.0.0` is not supported (1.x is)"
        );
        let err = Overlay::parse(Path::new("o.yaml"), &json!({"openapi": "3.1.0"})).unwrap_err();
        assert!(
            err.to_string().contains("this is not an overlay document"),
            "{err}"
        );
    }
}
