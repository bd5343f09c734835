//! Resolving `$ref`s: the one place where a reference becomes the component it names, for every
//! component kind (schemas, parameters, request bodies, responses). A reference must point at
//! `#/components/<kind>/<key>` of the kind its position expects; chains of references are
//! followed (bounded: `validate` has already refused bare cycles).

use indexmap::IndexMap;
use openapiv3::{Components, ReferenceOr};

use crate::pointer::Pointer;

/// The key of a reference to `#/components/<kind>/<key>`; `None` when it points elsewhere.
pub(crate) fn component_key(reference: &str, kind: &str) -> Option<String> {
    match Pointer::parse(reference)?.tokens().as_slice() {
        [components, k, key] if components == "components" && k == kind => Some(key.clone()),
        _ => None,
    }
}

/// A component kind: its name in `#/components/<kind>` and its table.
pub(crate) struct Kind<T: 'static> {
    pub name: &'static str,
    pub table: fn(&Components) -> &IndexMap<String, ReferenceOr<T>>,
}

pub(crate) const SCHEMAS: Kind<openapiv3::Schema> = Kind {
    name: "schemas",
    table: |c| &c.schemas,
};
pub(crate) const PARAMETERS: Kind<openapiv3::Parameter> = Kind {
    name: "parameters",
    table: |c| &c.parameters,
};
pub(crate) const REQUEST_BODIES: Kind<openapiv3::RequestBody> = Kind {
    name: "requestBodies",
    table: |c| &c.request_bodies,
};
pub(crate) const RESPONSES: Kind<openapiv3::Response> = Kind {
    name: "responses",
    table: |c| &c.responses,
};

/// The component `reference` names, following references to references; with the key of the
/// component finally reached. `None` when the reference (or one it leads to) names nothing of
/// this kind.
pub(crate) fn resolve<'a, T>(
    components: Option<&'a Components>,
    kind: &Kind<T>,
    reference: &str,
) -> Option<(&'a T, String)> {
    let table = (kind.table)(components?);
    let mut key = component_key(reference, kind.name)?;
    // Each step visits another key; more steps than keys means a cycle.
    for _ in 0..=table.len() {
        match table.get(&key)? {
            ReferenceOr::Item(item) => return Some((item, key)),
            ReferenceOr::Reference { reference } => key = component_key(reference, kind.name)?,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_resolve_within_their_kind_only() {
        let components: Components = serde_json::from_value(serde_json::json!({
            "schemas": {
                "A": {"$ref": "#/components/schemas/B"},
                "B": {"type": "string"},
                "Loop": {"$ref": "#/components/schemas/Loop"}
            },
            "requestBodies": {"B": {"content": {}}}
        }))
        .unwrap();
        let c = Some(&components);
        assert_eq!(
            resolve(c, &SCHEMAS, "#/components/schemas/A").unwrap().1,
            "B"
        );
        assert!(resolve(c, &SCHEMAS, "#/components/schemas/Loop").is_none());
        assert!(resolve(c, &SCHEMAS, "#/components/requestBodies/B").is_none());
        assert!(resolve(c, &REQUEST_BODIES, "#/components/schemas/B").is_none());
        assert!(resolve(c, &REQUEST_BODIES, "#/components/requestBodies/B").is_some());
        assert!(resolve(None, &SCHEMAS, "#/components/schemas/B").is_none());
    }
}
