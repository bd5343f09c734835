//! The names users call, decided once the types are final: each operation's inputs (method
//! arguments and builder setters, parameters first, then the body's fields or the body
//! itself), its `body(..)` setter and its guard's opt-out; and who meets each type (callers
//! build it, read it, or both), which decides its setters and constructor. Emit prints these
//! names, and `surface` lists them: neither decides one.
//!
//! Ordered rules, each with its fallback:
//! 1. a name is the parameter's or field's Rust name, unless the builder already has it (the
//!    methods every request has, [`RESERVED`], or an earlier input): then `name2`, `name3`…;
//! 2. a body whose type is a struct (through aliases) contributes one input per field and a
//!    `body(..)` setter that replaces it whole; any other body is one required input, `body`;
//! 3. a required parameter guard (`require`) gets the opt-out `allow_without_<input>`, named
//!    after the input that carries the parameter; no input carries it, no opt-out.

use std::collections::BTreeSet;

use crate::ir::{Api, Input, InputSource, Operation, TypeRole};
use crate::naming::Namespace;

/// Builder method names that inputs must not take: the methods every request has.
pub const RESERVED: &[&str] = &[
    "send",
    "send_with_response",
    "timeout",
    "deadline",
    "max_retries",
    "max_response_bytes",
    "header",
    "retry_non_idempotent",
    "extra_query",
    "extra_body",
    "remove_body_field",
    "pages",
    "into_stream",
    "client",
    "options",
    "inputs",
    "body",
];

/// Names every operation's inputs and every type's role.
pub(super) fn settle(api: &mut Api) {
    let mut settled = Vec::new();
    for op in api.resources.iter().flat_map(|r| &r.operations) {
        settled.push(inputs_of(api, op));
    }
    let ops = api.resources.iter_mut().flat_map(|r| &mut r.operations);
    for (op, (inputs, replaces_body, opt_out)) in ops.zip(settled) {
        op.inputs = inputs;
        op.replaces_body = replaces_body;
        op.opt_out = opt_out;
    }
    let (built, read) = roles(api);
    for def in &mut api.types {
        def.role = TypeRole {
            built: built.contains(&def.name),
            read: read.contains(&def.name),
        };
    }
}

fn inputs_of(api: &Api, op: &Operation) -> (Vec<Input>, bool, Option<String>) {
    let mut names = Namespace::with_reserved(RESERVED);
    let mut inputs: Vec<Input> = op
        .params
        .iter()
        .enumerate()
        .map(|(at, param)| Input {
            rust_name: names.claim(&param.rust_name),
            required: param.required,
            source: InputSource::Param(at),
        })
        .collect();
    let body_fields = op.body.as_ref().map(|body| {
        body.ty
            .direct_name()
            .and_then(|name| api.struct_fields(name))
    });
    match body_fields {
        Some(Some(fields)) => inputs.extend(fields.iter().enumerate().map(|(at, field)| Input {
            rust_name: names.claim(&field.rust_name),
            required: field.required,
            source: InputSource::BodyField(at),
        })),
        Some(None) => inputs.push(Input {
            rust_name: "body".to_owned(),
            required: true,
            source: InputSource::WholeBody,
        }),
        None => {}
    }
    let opt_out = op.require.as_deref().and_then(|required| {
        inputs
            .iter()
            .find(|input| matches!(input.source, InputSource::Param(at) if op.params[at].wire_name == required))
            .map(|input| format!("allow_without_{}", input.rust_name))
    });
    (inputs, matches!(body_fields, Some(Some(_))), opt_out)
}

/// Named types callers build (reachable from requests) and read (reachable from responses
/// and webhook events).
pub(super) fn roles(api: &Api) -> (BTreeSet<String>, BTreeSet<String>) {
    let ops = || api.resources.iter().flat_map(|r| &r.operations);
    let built = api.reachable(ops().flat_map(Operation::input_refs));
    let events = api.webhooks.iter().flat_map(|w| &w.events).map(|e| &e.data);
    let read = api.reachable(ops().flat_map(Operation::output_refs).chain(events));
    (built, read)
}
