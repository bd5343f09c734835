//! `[types.always_present]`: response fields the maintainer states the API always returns.
//! Specs often mark nothing `required` in responses (Telnyx's Video schemas list no required
//! field), which would make every field an `Option` and put `.unwrap()` on every id in user
//! code. A field named here is generated without `Option`, so a response lacking it fails to
//! decode: the claim is checked by the contract tests against the upstream examples, and a
//! wrong one fails there rather than in a user's program.
//!
//! Refused (config errors): a field the spec says may be `null`, a type that is not a struct, and
//! a type callers also send (a request would then need the value). A type or field the spec no
//! longer has is a config note, as for `[types.share]`: the spec moved on (a rename, a removal,
//! which `cargo xtask diff` reports), and generation goes on without that claim.

use std::collections::BTreeMap;

use crate::error::Diagnostic;
use crate::ir::{Api, Operation, TypeKind};
use crate::pointer::Pointer;

/// Marks the configured fields required.
pub(super) fn apply(
    api: &mut Api,
    always_present: &BTreeMap<String, Vec<String>>,
    errors: &mut Vec<Diagnostic>,
    notes: &mut Vec<Diagnostic>,
) {
    if always_present.is_empty() {
        return;
    }
    let ops = api.resources.iter().flat_map(|r| &r.operations);
    let inputs = api.reachable(ops.flat_map(Operation::input_refs));
    for (type_name, wire_names) in always_present {
        let refuse = |why: String| {
            Diagnostic::new(
                Pointer::root(),
                format!("config `[types.always_present]` {type_name}: {why}"),
            )
        };
        if inputs.contains(type_name) {
            errors.push(refuse(
                "callers also send this type, so its fields cannot be made required".to_owned(),
            ));
            continue;
        }
        let Some(def) = api.types.iter_mut().find(|t| &t.name == type_name) else {
            notes.push(refuse(
                "no such generated type; the claim is not applied".to_owned(),
            ));
            continue;
        };
        let TypeKind::Struct(fields) = &mut def.kind else {
            errors.push(refuse("not a struct".to_owned()));
            continue;
        };
        for wire_name in wire_names {
            match fields.iter_mut().find(|f| &f.wire_name == wire_name) {
                None => notes.push(refuse(format!(
                    "no field `{wire_name}`; the claim is not applied"
                ))),
                Some(field) if field.nullable => {
                    errors.push(refuse(format!("the spec says `{wire_name}` may be null")))
                }
                Some(field) => field.required = true,
            }
        }
    }
}
