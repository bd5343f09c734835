//! What the emitter needs to know about the named types as a whole: where each lives, which
//! implement `Default`, which are request inputs or response outputs, and which hold each other
//! by value (to box recursive fields).

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{Api, Module, ResponseBody, TypeDef, TypeKind, TypeRef, UnionBranch};

fn named(ty: &TypeRef, out: &mut Vec<String>) {
    match ty {
        TypeRef::Named(name) => out.push(name.clone()),
        TypeRef::Vec(inner) | TypeRef::Map(inner) => named(inner, out),
        _ => {}
    }
}

/// Named types reachable from `roots` through fields, branches and aliases.
fn reachable(api: &Api, roots: Vec<String>) -> BTreeSet<String> {
    let mut pending = roots;
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
            Some(TypeKind::Tagged { variants, .. }) => {
                variants.iter().for_each(|v| named(&v.ty, &mut pending))
            }
            Some(TypeKind::Alias(ty)) => named(ty, &mut pending),
            _ => {}
        }
    }
    seen
}

/// Named types callers build: reachable from parameters and request bodies.
fn input_types(api: &Api) -> BTreeSet<String> {
    let mut roots = Vec::new();
    for op in api.resources.iter().flat_map(|r| &r.operations) {
        op.params.iter().for_each(|p| named(&p.ty, &mut roots));
        if let Some(body) = &op.body {
            named(&body.ty, &mut roots);
        }
    }
    reachable(api, roots)
}

/// Named types callers receive: reachable from responses and webhook events.
fn output_types(api: &Api) -> BTreeSet<String> {
    let mut roots = Vec::new();
    for op in api.resources.iter().flat_map(|r| &r.operations) {
        for response in &op.responses {
            match &response.body {
                ResponseBody::Envelope { data, meta } => {
                    named(data, &mut roots);
                    if let Some(meta) = meta {
                        named(meta, &mut roots);
                    }
                }
                ResponseBody::Json(ty) => named(ty, &mut roots),
                ResponseBody::Empty | ResponseBody::Bytes(_) | ResponseBody::EventStream => {}
            }
        }
    }
    for event in api.webhooks.iter().flat_map(|w| &w.events) {
        named(&event.data, &mut roots);
    }
    reachable(api, roots)
}

/// Where each named type lives, whether it implements `Default`, and which types callers build
/// (request inputs, which get chainable setters).
pub struct TypeIndex {
    modules: BTreeMap<String, Module>,
    defaultable: BTreeMap<String, bool>,
    inputs: BTreeSet<String>,
    outputs: BTreeSet<String>,
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
                TypeKind::Struct(fields) => {
                    fields.iter().for_each(|f| direct_names(&f.ty, &mut out))
                }
                TypeKind::Union(variants) => variants.iter().for_each(|v| {
                    if let UnionBranch::Type(ty) = &v.kind {
                        direct_names(ty, &mut out);
                    }
                }),
                TypeKind::Alias(ty) => direct_names(ty, &mut out),
                TypeKind::Tagged { variants, .. } => {
                    variants.iter().for_each(|v| direct_names(&v.ty, &mut out))
                }
                TypeKind::Enum(_) | TypeKind::IntEnum(_) => {}
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
            outputs: output_types(api),
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
        let TypeRef::Named(start) = ty else {
            return false;
        };
        let mut pending = vec![start.as_str()];
        let mut seen = BTreeSet::new();
        while let Some(name) = pending.pop() {
            if name == owner {
                return true;
            }
            if seen.insert(name) {
                pending.extend(
                    self.direct
                        .get(name)
                        .into_iter()
                        .flatten()
                        .map(String::as_str),
                );
            }
        }
        false
    }

    /// Whether callers build values of this type (it gets chainable setters).
    pub fn is_input(&self, name: &str) -> bool {
        self.inputs.contains(name)
    }

    /// Whether responses or events carry values of this type.
    pub fn is_output(&self, name: &str) -> bool {
        self.outputs.contains(name)
    }

    pub fn derives_default(&self, def: &TypeDef) -> bool {
        match &def.kind {
            TypeKind::Struct(fields) => fields
                .iter()
                .all(|f| !f.required || f.nullable || self.is_default(&f.ty)),
            TypeKind::Alias(ty) => self.is_default(ty),
            TypeKind::Enum(_)
            | TypeKind::IntEnum(_)
            | TypeKind::Union(_)
            | TypeKind::Tagged { .. } => false,
        }
    }

    fn is_default(&self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(name) => self.defaultable.get(name).copied().unwrap_or(false),
            TypeRef::File => false,
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
            TypeRef::Bytes => quote!(crate::runtime::Bytes),
            TypeRef::File => quote!(crate::runtime::FilePart),
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
