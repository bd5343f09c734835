//! Validation of the document as a whole: every `$ref` resolves, none is external, none is a
//! cycle of bare references. All problems are collected, not just the first.
//!
//! (Uniqueness of generated names is checked where the names are made, in `model`.)

use serde_json::Value;

use crate::error::Diagnostic;
use crate::pointer::Pointer;

/// Checks every `$ref` in `doc`; returns one diagnostic per bad reference, in document order.
pub fn check_refs(doc: &Value) -> Vec<Diagnostic> {
    check_refs_in(doc, doc, &Pointer::root())
}

/// Checks the `$ref`s of `value` (found at `at`), which resolve against `root`.
pub fn check_refs_in(root: &Value, value: &Value, at: &Pointer) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    visit(root, value, at, &mut problems);
    problems
}

fn visit(root: &Value, value: &Value, at: &Pointer, problems: &mut Vec<Diagnostic>) {
    match value {
        Value::Object(map) => {
            if let Some(target) = map.get("$ref") {
                check_one(root, target, &at.push("$ref"), problems);
            }
            for (key, child) in map {
                if key != "example" && key != "examples" && key != "$ref" {
                    visit(root, child, &at.push(key), problems);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                visit(root, item, &at.push(i), problems);
            }
        }
        _ => {}
    }
}

fn check_one(root: &Value, target: &Value, at: &Pointer, problems: &mut Vec<Diagnostic>) {
    let Some(text) = target.as_str() else {
        problems.push(Diagnostic::new(
            at.clone(),
            format!("`$ref` must be a string, found {target}"),
        ));
        return;
    };
    let Some(mut pointer) = Pointer::parse(text) else {
        problems.push(Diagnostic::new(
            at.clone(),
            format!("`$ref: {text}` is not a local reference (`#/...`); external references are not supported"),
        ));
        return;
    };
    // Follow chains of bare references to catch cycles that never reach a definition.
    let mut seen = vec![pointer.clone()];
    loop {
        let Some(resolved) = pointer.lookup(root) else {
            problems.push(Diagnostic::new(
                at.clone(),
                format!("`$ref: {text}` does not resolve: nothing at {pointer}"),
            ));
            return;
        };
        let next = resolved
            .as_object()
            .filter(|o| o.len() == 1)
            .and_then(|o| o.get("$ref"))
            .and_then(Value::as_str);
        let Some(next) = next.and_then(Pointer::parse) else {
            return;
        };
        if seen.contains(&next) {
            problems.push(Diagnostic::new(
                at.clone(),
                format!("`$ref: {text}` is a cycle of references that never reaches a definition"),
            ));
            return;
        }
        seen.push(next.clone());
        pointer = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reports_every_bad_reference() {
        let doc = json!({
            "components": {"schemas": {
                "A": {"properties": {"b": {"$ref": "#/components/schemas/Missing"}}},
                "B": {"$ref": "other.yaml#/B"},
                "C": {"$ref": "#/components/schemas/D"},
                "D": {"$ref": "#/components/schemas/C"},
                "E": {"items": {"$ref": "#/components/schemas/A"}, "example": {"$ref": "ignored"}}
            }}
        });
        let problems: Vec<String> = check_refs(&doc).iter().map(ToString::to_string).collect();
        assert_eq!(
            problems,
            vec![
                "#/components/schemas/A/properties/b/$ref: `$ref: #/components/schemas/Missing` does not resolve: nothing at #/components/schemas/Missing",
                "#/components/schemas/B/$ref: `$ref: other.yaml#/B` is not a local reference (`#/...`); external references are not supported",
                "#/components/schemas/C/$ref: `$ref: #/components/schemas/D` is a cycle of references that never reaches a definition",
                "#/components/schemas/D/$ref: `$ref: #/components/schemas/C` is a cycle of references that never reaches a definition",
            ]
        );
    }
}
