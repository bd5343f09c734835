//! A struct's `Deserialize`, written out rather than derived: the runtime's `object::Object`
//! implemented over its helpers (a local per field, a `match` on the key, unknown keys into the
//! model's `Extra` or skipped). It reads exactly what `#[derive(Deserialize)]` with the same field
//! attributes read, with serde's own errors, and costs the compiler a fraction of it: serde's
//! derive adds a field enum, a key visitor and a sequence visitor to every type, and under
//! `#[serde(flatten)]` a key visitor for every kind of key plus a buffer for unknown values.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::index::{TypeIndex, ident};
use crate::ir::{Field, TypeDef, TypeRef};

/// How one field is read.
struct Read {
    /// The local holding what was read (`None` until the key is seen).
    local: proc_macro2::Ident,
    /// The `match` arm's call.
    read: TokenStream,
    /// The field's value at the end.
    value: TokenStream,
}

/// The `impl Deserialize` of a struct (under `#[cfg(feature = "serde-all")]` when the API only
/// sends it).
pub fn deserialize_impl(def: &TypeDef, fields: &[Field], index: &TypeIndex) -> TokenStream {
    let name = ident(&def.name);
    let expecting = format!("struct {}", def.name);
    let mut reads = Vec::new();
    let mut members = Vec::new();
    for (at, field) in fields.iter().enumerate() {
        let member = ident(&field.rust_name);
        // Write-only fields of response types are never read: their key is an unknown one.
        if skipped(def, field, index) {
            members.push(quote!(#member: Default::default(),));
            continue;
        }
        let read = field_read(field, at);
        let value = &read.value;
        members.push(quote!(#member: #value,));
        reads.push((&field.wire_name, read));
    }
    let extra = index.extra_field(&def.name).map(ident);
    let (extra_local, unknown) = match &extra {
        Some(field) => {
            members.push(if field == "extra" {
                quote!(extra,)
            } else {
                quote!(#field: extra,)
            });
            (
                Some(quote!(let mut extra = Default::default();)),
                quote!(o::unknown(&mut map, key, &mut extra)?),
            )
        }
        None => (None, quote!(o::skip(&mut map)?)),
    };
    // Their types are the fields' (inferred from the struct literal).
    let locals = reads.iter().map(|(_, r)| {
        let local = &r.local;
        quote!(let mut #local = None;)
    });
    let arms = reads.iter().map(|(wire, r)| {
        let read = &r.read;
        quote!(#wire => #read,)
    });
    // A model without fields has no `match`: every key is an unknown one.
    let body = if reads.is_empty() {
        quote!(#unknown;)
    } else {
        quote! {
            match key.as_str() {
                #(#arms)*
                _ => #unknown,
            }
        }
    };
    let key = if reads.is_empty() && extra.is_none() {
        quote!(_key)
    } else {
        quote!(key)
    };
    let (_, de) = index.serde_directions(&def.name);
    let gate = (!de).then(|| quote!(#[cfg(feature = "serde-all")]));
    quote! {
        #gate
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::runtime::object::deserialize(deserializer)
            }
        }
        #gate
        impl crate::runtime::object::Object for #name {
            const EXPECTING: &'static str = #expecting;
            fn read<'de, A: ::serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
                use crate::runtime::object as o;
                #(#locals)*
                #extra_local
                while let Some(#key) = o::key(&mut map)? {
                    #body
                }
                Ok(Self { #(#members)* })
            }
        }
    }
}

/// Whether a field is never read (write-only in a type only the API sends).
fn skipped(def: &TypeDef, field: &Field, index: &TypeIndex) -> bool {
    field.write_only && index.is_output(&def.name) && !index.is_input(&def.name) && !field.required
}

/// How field number `at` is read, by its required-ness and nullability (the same rules as the
/// field's declared type in `types`).
fn field_read(field: &Field, at: usize) -> Read {
    let local = format_ident!("f{}", at);
    let wire = &field.wire_name;
    let time = field.ty == TypeRef::DateTime;
    match (field.required, field.nullable) {
        (true, false) => Read {
            read: if time {
                quote!(o::field_seed(&mut map, &mut #local, #wire, o::Timestamp)?)
            } else {
                quote!(o::field(&mut map, &mut #local, #wire)?)
            },
            value: quote!(o::required(#local, #wire)?),
            local,
        },
        // Absent is `None` for these, as serde's derive has it for `Option` fields.
        (true, true) | (false, false) => Read {
            read: if time {
                quote!(o::field_seed(&mut map, &mut #local, #wire, o::OptionalTimestamp)?)
            } else {
                quote!(o::field(&mut map, &mut #local, #wire)?)
            },
            value: quote!(o::optional(#local)),
            local,
        },
        // Absent is `None`, `null` is `Some(Nullable::Null)`.
        (false, true) => Read {
            read: quote!(o::field(&mut map, &mut #local, #wire)?),
            value: quote!(#local),
            local,
        },
    }
}
