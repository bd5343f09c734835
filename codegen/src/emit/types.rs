//! Named types to tokens: structs, forward-compatible string enums, unions and aliases.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::docs::{DocMode, doc_attrs, lines_to_attrs};
use crate::ir::{
    Api, EnumVariant, Field, Module, TypeDef, TypeKind, TypeRef, UnionBranch, UnionVariant,
};

/// Named types reachable from operation inputs (parameters and bodies).
fn input_types(api: &Api) -> BTreeSet<String> {
    fn named(ty: &TypeRef, out: &mut Vec<String>) {
        match ty {
            TypeRef::Named(name) => out.push(name.clone()),
            TypeRef::Vec(inner) | TypeRef::Map(inner) => named(inner, out),
            _ => {}
        }
    }
    let mut pending = Vec::new();
    for op in api.resources.iter().flat_map(|r| &r.operations) {
        op.params.iter().for_each(|p| named(&p.ty, &mut pending));
        if let Some(body) = &op.body {
            named(&body.ty, &mut pending);
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(name) = pending.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        match api.types.iter().find(|t| t.name == name).map(|t| &t.kind) {
            Some(TypeKind::Struct(fields)) => {
                fields.iter().for_each(|f| named(&f.ty, &mut pending))
            }
            Some(TypeKind::Union(variants)) => variants.iter().for_each(|v| {
                if let UnionBranch::Type(ty) = &v.kind {
                    named(ty, &mut pending);
                }
            }),
            Some(TypeKind::Alias(ty)) => named(ty, &mut pending),
            _ => {}
        }
    }
    seen
}

/// Where each named type lives, whether it implements `Default`, and which types callers build
/// (request inputs, which get chainable setters).
pub struct TypeIndex {
    modules: BTreeMap<String, Module>,
    defaultable: BTreeMap<String, bool>,
    inputs: BTreeSet<String>,
    /// Named types each type holds by value (not behind a `Vec` or map).
    direct: BTreeMap<String, BTreeSet<String>>,
}

/// Named types `ty` holds by value.
fn direct_names(ty: &TypeRef, out: &mut BTreeSet<String>) {
    if let TypeRef::Named(name) = ty {
        out.insert(name.clone());
    }
}

fn direct_edges(api: &Api) -> BTreeMap<String, BTreeSet<String>> {
    api.types
        .iter()
        .map(|t| {
            let mut out = BTreeSet::new();
            match &t.kind {
                TypeKind::Struct(fields) => fields.iter().for_each(|f| direct_names(&f.ty, &mut out)),
                TypeKind::Union(variants) => variants.iter().for_each(|v| {
                    if let UnionBranch::Type(ty) = &v.kind {
                        direct_names(ty, &mut out);
                    }
                }),
                TypeKind::Alias(ty) => direct_names(ty, &mut out),
                TypeKind::Enum(_) => {}
            }
            (t.name.clone(), out)
        })
        .collect()
}

impl TypeIndex {
    /// Indexes the types of `api`.
    pub fn new(api: &Api) -> Self {
        let types = &api.types;
        let modules = types
            .iter()
            .map(|t| (t.name.clone(), t.module.clone()))
            .collect();
        let mut index = TypeIndex {
            modules,
            defaultable: BTreeMap::new(),
            inputs: input_types(api),
            direct: direct_edges(api),
        };
        // A struct is Default when all its required fields are; iterate to a fixed point
        // (bounded by the number of types) so recursive types settle.
        for _ in 0..=types.len() {
            let next: BTreeMap<String, bool> = types
                .iter()
                .map(|t| (t.name.clone(), index.derives_default(t)))
                .collect();
            if next == index.defaultable {
                break;
            }
            index.defaultable = next;
        }
        index
    }

    /// Whether a value of `ty` inside `owner` must be boxed: `ty` holds `owner` by value, directly
    /// or through other types, so without a `Box` the type would have infinite size.
    pub fn needs_box(&self, owner: &str, ty: &TypeRef) -> bool {
        let TypeRef::Named(start) = ty else { return false };
        let mut pending = vec![start.as_str()];
        let mut seen = BTreeSet::new();
        while let Some(name) = pending.pop() {
            if name == owner {
                return true;
            }
            if seen.insert(name) {
                pending.extend(self.direct.get(name).into_iter().flatten().map(String::as_str));
            }
        }
        false
    }

    /// Whether callers build values of this type (it gets chainable setters).
    pub fn is_input(&self, name: &str) -> bool {
        self.inputs.contains(name)
    }

    fn derives_default(&self, def: &TypeDef) -> bool {
        match &def.kind {
            TypeKind::Struct(fields) => fields
                .iter()
                .all(|f| !f.required || f.nullable || self.is_default(&f.ty)),
            TypeKind::Alias(ty) => self.is_default(ty),
            TypeKind::Enum(_) | TypeKind::Union(_) => false,
        }
    }

    fn is_default(&self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(name) => self.defaultable.get(name).copied().unwrap_or(false),
            _ => true,
        }
    }

    /// Rust tokens for `ty` as written inside module `from`.
    pub fn tokens(&self, ty: &TypeRef, from: &Module) -> TokenStream {
        match ty {
            TypeRef::Bool => quote!(bool),
            TypeRef::I32 => quote!(i32),
            TypeRef::I64 => quote!(i64),
            TypeRef::F64 => quote!(f64),
            TypeRef::String => quote!(String),
            TypeRef::Uuid => quote!(::uuid::Uuid),
            TypeRef::DateTime => quote!(::chrono::DateTime<::chrono::Utc>),
            TypeRef::Date => quote!(::chrono::NaiveDate),
            TypeRef::Json => quote!(::serde_json::Value),
            TypeRef::Vec(inner) => {
                let inner = self.tokens(inner, from);
                quote!(Vec<#inner>)
            }
            TypeRef::Map(inner) => {
                let inner = self.tokens(inner, from);
                quote!(::std::collections::BTreeMap<String, #inner>)
            }
            TypeRef::Named(name) => {
                let type_name = ident(name);
                match self.modules.get(name) {
                    Some(module) if module != from => {
                        let module = ident(&module_name(module));
                        quote!(super::#module::#type_name)
                    }
                    _ => quote!(#type_name),
                }
            }
        }
    }
}

/// The file (module) name of a module.
pub fn module_name(module: &Module) -> String {
    module.file_stem().to_owned()
}

/// An identifier; names come from `naming`, which guarantees they are valid.
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Tokens for one named type.
pub fn type_def(def: &TypeDef, index: &TypeIndex, mode: DocMode) -> TokenStream {
    let fallback = format!("The `{}` type of the API.", def.name);
    let docs = doc_attrs(&def.doc, &fallback, mode);
    let name = ident(&def.name);
    match &def.kind {
        TypeKind::Struct(fields) => struct_def(def, fields, index, docs, mode),
        TypeKind::Enum(variants) => enum_def(&name, variants, docs),
        TypeKind::Union(variants) => union_def(&name, variants, &def.module, index, docs, mode),
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
    let has_secret = fields.iter().any(|f| f.secret);
    let debug = (!has_secret).then(|| quote!(Debug,));
    let decls = fields.iter().map(|field| {
        let fallback = format!("The `{}` property.", field.wire_name);
        let docs = doc_attrs(&field.doc, &fallback, mode);
        let rust_name = ident(&field.rust_name);
        let ty = index.tokens(&field.ty, &def.module);
        let ty = if index.needs_box(&def.name, &field.ty) { quote!(Box<#ty>) } else { ty };
        let wire = &field.wire_name;
        let rename = (field.rust_name != field.wire_name).then(|| quote!(#[serde(rename = #wire)]));
        let (ty, skip) = match (field.required, field.nullable) {
            (true, false) => (ty, None),
            (true, true) => (quote!(Option<#ty>), None),
            (false, _) => (
                quote!(Option<#ty>),
                Some(quote!(#[serde(default, skip_serializing_if = "Option::is_none")])),
            ),
        };
        quote! { #docs #rename #skip pub #rust_name: #ty, }
    });
    let redacted_debug = has_secret.then(|| secret_debug(&def.name, fields));
    let setters = index
        .is_input(&def.name)
        .then(|| setters(&name, fields, index, &def.module));
    quote! {
        #docs
        #[derive(#debug Clone, PartialEq, #default ::serde::Serialize, ::serde::Deserialize)]
        pub struct #name { #(#decls)* }
        #redacted_debug
        #setters
    }
}

/// `Debug` that shows credential fields as `[redacted]`.
fn secret_debug(type_name: &str, fields: &[Field]) -> TokenStream {
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
    quote! {
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#type_name) #(#entries)* .finish()
            }
        }
    }
}

/// Chainable setters for the optional fields of a type callers build.
fn setters(
    name: &Ident,
    fields: &[Field],
    index: &TypeIndex,
    module: &Module,
) -> Option<TokenStream> {
    let methods: Vec<TokenStream> = fields
        .iter()
        .filter(|f| !f.required)
        .map(|field| {
            let member = ident(&field.rust_name);
            let doc = lines_to_attrs(&[format!("Sets `{}`.", field.wire_name)]);
            if matches!(field.ty, TypeRef::String) {
                quote! {
                    #doc
                    pub fn #member(mut self, value: impl Into<String>) -> Self {
                        self.#member = Some(value.into());
                        self
                    }
                }
            } else {
                let ty = index.tokens(&field.ty, module);
                let wrap = if index.needs_box(&name.to_string(), &field.ty) { quote!(Box::new(value)) } else { quote!(value) };
                quote! {
                    #doc
                    pub fn #member(mut self, value: #ty) -> Self {
                        self.#member = Some(#wrap);
                        self
                    }
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

fn enum_def(name: &Ident, variants: &[EnumVariant], docs: TokenStream) -> TokenStream {
    let idents: Vec<Ident> = variants.iter().map(|v| ident(&v.name)).collect();
    let values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
    let variant_docs = values.iter().map(|v| lines_to_attrs(&[format!("`{v}`")]));
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash, ::serde::Deserialize)]
        #[serde(from = "String")]
        pub enum #name {
            #( #variant_docs #idents, )*
            /// A value this version of the crate does not know, kept exactly as received.
            Unknown(String),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#idents => #values, )*
                    Self::Unknown(value) => value.as_str(),
                }
            }

            fn known(value: &str) -> Option<Self> {
                match value {
                    #( #values => Some(Self::#idents), )*
                    _ => None,
                }
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                match Self::known(&value) {
                    Some(known) => known,
                    None => Self::Unknown(value),
                }
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                Self::known(value).unwrap_or_else(|| Self::Unknown(value.to_owned()))
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    }
}

fn union_def(
    name: &Ident,
    variants: &[UnionVariant],
    module: &Module,
    index: &TypeIndex,
    docs: TokenStream,
    mode: DocMode,
) -> TokenStream {
    let mut decls = Vec::new();
    let mut serialize_arms = Vec::new();
    let mut deserialize_steps = Vec::new();
    for variant in variants {
        let v = ident(&variant.name);
        match &variant.kind {
            UnionBranch::Constant(value) => {
                let vdocs = doc_attrs(&variant.doc, &format!("The constant `\"{value}\"`."), mode);
                decls.push(quote!(#vdocs #v,));
                serialize_arms.push(quote!(Self::#v => serializer.serialize_str(#value),));
                deserialize_steps.push(quote! {
                    if value.as_str() == Some(#value) {
                        return Ok(Self::#v);
                    }
                });
            }
            UnionBranch::Type(ty) => {
                let vdocs = doc_attrs(&variant.doc, &format!("The `{}` form.", variant.name), mode);
                let ty = index.tokens(ty, module);
                decls.push(quote!(#vdocs #v(#ty),));
                serialize_arms.push(
                    quote!(Self::#v(inner) => ::serde::Serialize::serialize(inner, serializer),),
                );
                deserialize_steps.push(quote! {
                    if let Ok(inner) = <#ty as ::serde::Deserialize>::deserialize(&value) {
                        return Ok(Self::#v(inner));
                    }
                });
            }
        }
    }
    let no_match = format!("the value matches none of the forms of {name}");
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name { #(#decls)* }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self { #(#serialize_arms)* }
            }
        }

        /// The forms are tried in the order the spec lists them; the first that matches wins.
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                #(#deserialize_steps)*
                Err(<D::Error as ::serde::de::Error>::custom(#no_match))
            }
        }
    }
}
