//! An operation's inputs: one per parameter and per field of a struct body (or one for a body of
//! another type), each with its Rust name, how it is stored and taken, and where it goes on the
//! wire. Required inputs are arguments of the operation's method; optional ones are setters on
//! its request builder.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::docs::{DocMode, doc_attrs};
use super::index::{TypeIndex, ident};
use crate::ir::{Api, Field, Module, Operation, Param, ParamLocation, TypeKind, TypeRef};
use crate::naming::Namespace;

/// Builder method names that inputs must not take: the methods every request has.
const RESERVED: &[&str] = &[
    "send",
    "send_with_response",
    "timeout",
    "deadline",
    "max_retries",
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

/// Where an input goes on the wire.
pub(super) enum Target<'a> {
    Param(&'a Param),
    BodyField(&'a Field),
    WholeBody,
}

pub(super) struct Input<'a> {
    pub(super) ident: Ident,
    /// The type it is stored as (inside `Option` when optional).
    pub(super) stored: TokenStream,
    /// The type its argument or setter takes.
    pub(super) arg: TokenStream,
    /// The argument converts with `.into()` (else it is stored as given).
    pub(super) into: bool,
    pub(super) required: bool,
    pub(super) doc: TokenStream,
    pub(super) target: Target<'a>,
}

/// The inputs of `op`, parameters first, then the body's.
pub(super) fn inputs<'a>(
    api: &'a Api,
    op: &'a Operation,
    index: &TypeIndex,
    module: &Module,
    mode: DocMode,
) -> Vec<Input<'a>> {
    let mut names = Namespace::with_reserved(RESERVED);
    let mut inputs: Vec<Input<'a>> = op
        .params
        .iter()
        .map(|param| param_input(param, &mut names, index, module, mode))
        .collect();
    let Some(body) = &op.body else { return inputs };
    match body_struct(api, &body.ty) {
        Some(fields) => inputs.extend(
            fields
                .iter()
                .map(|field| field_input(field, &mut names, index, module, mode)),
        ),
        None => {
            let ty = index.tokens(&body.ty, module);
            let (arg, into) = if body.ty == TypeRef::Bytes {
                (quote!(impl Into<crate::runtime::Bytes>), true)
            } else {
                (ty.clone(), false)
            };
            inputs.push(Input {
                ident: ident("body"),
                stored: ty,
                arg,
                into,
                required: true,
                doc: doc_attrs(&body.doc, "The request body.", mode),
                target: Target::WholeBody,
            });
        }
    }
    inputs
}

fn param_input<'a>(
    param: &'a Param,
    names: &mut Namespace,
    index: &TypeIndex,
    module: &Module,
    mode: DocMode,
) -> Input<'a> {
    let (stored, arg, into) = if param.location == ParamLocation::Path {
        // Ids come as `Uuid`s from responses and as text from callers: take both.
        let id = quote!(crate::runtime::PathParam);
        (id.clone(), quote!(impl Into<#id>), true)
    } else {
        index.argument(&param.ty, module)
    };
    let fallback = format!("The `{}` parameter.", param.wire_name);
    Input {
        ident: ident(&names.claim(&param.rust_name)),
        stored,
        arg,
        into,
        required: param.required,
        doc: doc_attrs(&param.doc, &fallback, mode),
        target: Target::Param(param),
    }
}

fn field_input<'a>(
    field: &'a Field,
    names: &mut Namespace,
    index: &TypeIndex,
    module: &Module,
    mode: DocMode,
) -> Input<'a> {
    let (stored, arg, into) = if !field.required && field.nullable {
        // Tri-state: the setter can send an explicit null.
        let inner = index.tokens(&field.ty, module);
        let nullable = quote!(crate::runtime::Nullable<#inner>);
        (nullable.clone(), nullable, false)
    } else {
        index.argument(&field.ty, module)
    };
    let fallback = format!("The `{}` field of the body.", field.wire_name);
    Input {
        ident: ident(&names.claim(&field.rust_name)),
        stored,
        arg,
        into,
        required: field.required,
        doc: doc_attrs(&field.doc, &fallback, mode),
        target: Target::BodyField(field),
    }
}

/// The fields of a body whose type is a named struct (through aliases).
pub(super) fn body_struct<'a>(api: &'a Api, ty: &TypeRef) -> Option<&'a [Field]> {
    api.struct_fields(ty.direct_name()?)
}

/// The name of the struct a body type is (through aliases).
pub(super) fn struct_name<'a>(api: &'a Api, ty: &TypeRef) -> Option<&'a str> {
    let def = api.resolve(ty)?;
    matches!(def.kind, TypeKind::Struct(_)).then_some(def.name.as_str())
}

/// `expr` converted for storage: `.into()` when the argument is an `impl Into<..>`, and boxed
/// when the stored field is a `Box` (recursive types).
pub(super) fn convert(expr: TokenStream, into: bool, boxed: bool) -> TokenStream {
    let expr = if into { quote!(#expr.into()) } else { expr };
    if boxed { quote!(Box::new(#expr)) } else { expr }
}

/// `field: value,`, or the shorthand `field,` when the value is a variable of the same name.
pub(super) fn field_init(field: &Ident, value: TokenStream) -> TokenStream {
    if *field == value.to_string() {
        quote!(#field,)
    } else {
        quote!(#field: #value,)
    }
}
