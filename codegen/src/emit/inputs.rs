//! An operation's inputs: one per parameter and per field of a struct body (or one for a body of
//! another type), each with its Rust name, how it is stored and taken, and where it goes on the
//! wire. Required inputs are arguments of the operation's method; optional ones are setters on
//! its request builder.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::docs::{DocMode, doc_attrs};
use super::index::{TypeIndex, ident};
use crate::ir::{
    Api, Field, InputSource, Module, Operation, Param, ParamLocation, TypeKind, TypeRef,
};

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

/// The inputs of `op`, as the model named them (`Operation::inputs`), with how each is stored
/// and taken.
pub(super) fn inputs<'a>(
    api: &'a Api,
    op: &'a Operation,
    index: &TypeIndex,
    module: &Module,
    mode: DocMode,
) -> Vec<Input<'a>> {
    let fields = op.body.as_ref().and_then(|body| body_struct(api, &body.ty));
    op.inputs
        .iter()
        .filter_map(|input| {
            let name = ident(&input.rust_name);
            Some(match input.source {
                InputSource::Param(at) => param_input(&op.params[at], name, index, module, mode),
                InputSource::BodyField(at) => {
                    field_input(fields?.get(at)?, name, index, module, mode)
                }
                InputSource::WholeBody => {
                    let body = op.body.as_ref()?;
                    let ty = index.tokens(&body.ty, module);
                    let (arg, into) = if body.ty == TypeRef::Bytes {
                        (quote!(impl Into<crate::runtime::Bytes>), true)
                    } else {
                        (ty.clone(), false)
                    };
                    Input {
                        ident: name,
                        stored: ty,
                        arg,
                        into,
                        required: true,
                        doc: doc_attrs(&body.doc, "The request body.", mode),
                        target: Target::WholeBody,
                    }
                }
            })
        })
        .collect()
}

fn param_input<'a>(
    param: &'a Param,
    name: Ident,
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
        ident: name,
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
    name: Ident,
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
        ident: name,
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
