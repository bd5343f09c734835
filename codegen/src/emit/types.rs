//! Named types to tokens: structs (with redacted `Debug` for credentials, and setters for the
//! types callers build) and aliases; enums and unions are in `enums`.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::docs::{DocMode, doc_attrs, lines_to_attrs};
use super::enums::{enum_def, int_enum_def, tagged_def, union_def};
use super::index::{TypeIndex, ident};
use crate::ir::{Field, Module, TypeDef, TypeKind, TypeRef};

/// Tokens for one named type.
pub fn type_def(def: &TypeDef, index: &TypeIndex, mode: DocMode) -> TokenStream {
    let fallback = format!("The `{}` type of the API.", def.name);
    let docs = doc_attrs(&def.doc, &fallback, mode);
    let name = ident(&def.name);
    match &def.kind {
        TypeKind::Struct(fields) => struct_def(def, fields, index, docs, mode),
        TypeKind::Enum(variants) => enum_def(&name, variants, docs),
        TypeKind::IntEnum(variants) => int_enum_def(&name, variants, docs),
        TypeKind::Union(variants) => union_def(&name, variants, &def.module, index, docs, mode),
        TypeKind::Tagged { property, variants } => {
            tagged_def(&name, property, variants, &def.module, index, docs)
        }
        TypeKind::Alias(ty) => {
            let ty = index.tokens(ty, &def.module);
            quote! { #docs pub type #name = #ty; }
        }
    }
}

fn struct_def(
    def: &TypeDef,
    fields: &[Field],
    index: &TypeIndex,
    docs: TokenStream,
    mode: DocMode,
) -> TokenStream {
    let name = ident(&def.name);
    let default = index.derives_default(def).then(|| quote!(Default,));
    // A struct holding file parts is a multipart body, never JSON: no serde.
    let serde = index.has_serde(&def.name);
    let has_secret = fields.iter().any(|f| f.secret);
    let debug = (!has_secret).then(|| quote!(Debug,));
    // `Deserialize` is written out (`deserialize`); the attributes below are `Serialize`'s, which
    // a type the API only sends derives under `serde-all` alone.
    let (ser, _) = index.serde_directions(&def.name);
    let serde_attr = |inner: TokenStream| {
        if ser {
            quote!(#[serde(#inner)])
        } else {
            quote!(#[cfg_attr(feature = "serde-all", serde(#inner))])
        }
    };
    let decls = fields.iter().map(|field| {
        let fallback = format!("The `{}` property.", field.wire_name);
        let docs = doc_attrs(&field.doc, &fallback, mode);
        let rust_name = ident(&field.rust_name);
        let ty = index.tokens(&field.ty, &def.module);
        let ty = if index.needs_box(&def.name, &field.ty) {
            quote!(Box<#ty>)
        } else {
            ty
        };
        let wire = &field.wire_name;
        let rename =
            (field.rust_name != field.wire_name).then(|| serde_attr(quote!(rename = #wire)));
        // Absent / null / value are three states only where the field is optional and nullable.
        let (ty, skip) = match (field.required, field.nullable) {
            (true, false) => (ty, None),
            (true, true) => (quote!(Option<#ty>), None),
            (false, false) => (
                quote!(Option<#ty>),
                Some(serde_attr(quote!(skip_serializing_if = "Option::is_none"))),
            ),
            (false, true) => (
                quote!(Option<crate::runtime::Nullable<#ty>>),
                Some(serde_attr(quote!(skip_serializing_if = "Option::is_none"))),
            ),
        };
        // readOnly is never sent by a type callers build (writeOnly: see `deserialize`).
        let read_only = (field.read_only && index.is_input(&def.name))
            .then(|| serde_attr(quote!(skip_serializing)));
        let attrs = if serde {
            quote!(#rename #skip #read_only)
        } else {
            quote!()
        };
        quote! { #docs #attrs pub #rust_name: #ty, }
    });
    // Fields the API sends that the spec does not have yet are kept, readable and written back.
    let extra = index.extra_field(&def.name).map(|extra| {
        let extra = ident(extra);
        let flatten = serde.then(|| serde_attr(quote!(flatten)));
        quote! {
            /// Fields the API sent that this version of the model does not know, as JSON.
            #flatten
            pub #extra: crate::runtime::Extra,
        }
    });
    let redacted_debug =
        has_secret.then(|| secret_debug(&def.name, fields, index.extra_field(&def.name)));
    let serde_derives = (serde && ser).then(|| quote!(::serde::Serialize));
    let serde_other = (serde && !ser)
        .then(|| quote!(#[cfg_attr(feature = "serde-all", derive(::serde::Serialize))]));
    let deserialize = serde.then(|| super::deserialize::deserialize_impl(def, fields, index));
    let setters = setters(&name, &def.setters(), index, &def.module, mode);
    // Response types get one too: tests of downstream code build the values a fake would return.
    let constructor = def
        .constructor_args()
        .map(|args| constructor(def, fields, &args, index, index.extra_field(&def.name)));
    // Adding a field to a type of the API must not break code that compiled: no struct
    // literals outside the crate (build with `Default` and setters, or `new`).
    quote! {
        #docs
        #[derive(#debug Clone, PartialEq, #default #serde_derives)]
        #serde_other
        #[non_exhaustive]
        pub struct #name { #(#decls)* #extra }
        #deserialize
        #constructor
        #redacted_debug
        #setters
    }
}

/// `new(required..)`, taking `required` (the model's `TypeDef::constructor_args`); the other
/// fields start unset.
fn constructor(
    def: &TypeDef,
    fields: &[Field],
    required: &[&Field],
    index: &TypeIndex,
    extra: Option<&str>,
) -> TokenStream {
    let name = ident(&def.name);
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for field in fields {
        let member = ident(&field.rust_name);
        if !field.required {
            inits.push(quote!(#member: None,));
            continue;
        }
        let ty = index.tokens(&field.ty, &def.module);
        let boxed = index.needs_box(&def.name, &field.ty);
        let (arg, value) = if field.ty == TypeRef::String {
            (quote!(impl Into<String>), quote!(#member.into()))
        } else {
            (ty, quote!(#member))
        };
        let value = if boxed {
            quote!(Box::new(#value))
        } else {
            value
        };
        let value = if field.nullable {
            quote!(Some(#value))
        } else {
            value
        };
        args.push(quote!(#member: #arg));
        inits.push(super::inputs::field_init(&member, value));
    }
    if let Some(extra) = extra {
        let extra = ident(extra);
        inits.push(quote!(#extra: Default::default(),));
    }
    let doc = lines_to_attrs(&[format!(
        "A `{}` with its required fields; the others are unset.",
        def.name
    )]);
    debug_assert_eq!(args.len(), required.len());
    let many = super::many_arguments(required.len());
    quote! {
        impl #name {
            #doc
            #many
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits)* }
            }
        }
    }
}

/// `Debug` that shows credential fields as `[redacted]`.
fn secret_debug(type_name: &str, fields: &[Field], extra: Option<&str>) -> TokenStream {
    let name = ident(type_name);
    let entries = fields.iter().map(|field| {
        let wire = &field.rust_name;
        let member = ident(&field.rust_name);
        let optional = !field.required || field.nullable;
        match (field.secret, optional) {
            (false, _) => quote!(.field(#wire, &self.#member)),
            (true, true) => quote!(.field(#wire, &self.#member.as_ref().map(|_| "[redacted]"))),
            (true, false) => quote!(.field(#wire, &"[redacted]")),
        }
    });
    let extra = extra.map(|extra| {
        let member = ident(extra);
        quote!(.field(#extra, &self.#member))
    });
    quote! {
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#type_name) #(#entries)* #extra .finish()
            }
        }
    }
}

/// Chainable setters for `fields` (the model's `TypeDef::setters`).
fn setters(
    name: &Ident,
    fields: &[&Field],
    index: &TypeIndex,
    module: &Module,
    mode: DocMode,
) -> Option<TokenStream> {
    let methods: Vec<TokenStream> = fields
        .iter()
        .map(|field| {
            let member = ident(&field.rust_name);
            // The field's own doc says what it is; the setter says so too.
            let fallback = format!("Sets `{}`.", field.wire_name);
            let doc = doc_attrs(&field.doc, &fallback, mode);
            if field.nullable {
                let ty = index.tokens(&field.ty, module);
                let ty = if index.needs_box(&name.to_string(), &field.ty) {
                    quote!(Box<#ty>)
                } else {
                    ty
                };
                let null = lines_to_attrs(&[
                    String::new(),
                    "Takes a value, or `Nullable::Null` to send an explicit `null`.".to_owned(),
                ]);
                return quote! {
                    #doc
                    #null
                    pub fn #member(mut self, value: crate::runtime::Nullable<#ty>) -> Self {
                        self.#member = Some(value);
                        self
                    }
                };
            }
            let (_, arg, into) = index.argument(&field.ty, module);
            let value = if into {
                quote!(value.into())
            } else {
                quote!(value)
            };
            let value = if index.needs_box(&name.to_string(), &field.ty) {
                quote!(Box::new(#value))
            } else {
                value
            };
            quote! {
                #doc
                pub fn #member(mut self, value: #arg) -> Self {
                    self.#member = Some(#value);
                    self
                }
            }
        })
        .collect();
    if methods.is_empty() {
        return None;
    }
    Some(quote! {
        impl #name {
            #(#methods)*
        }
    })
}
