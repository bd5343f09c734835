//! What the emitter needs to know about the named types as a whole: where each lives, which
//! implement `Default`, which are request inputs or response outputs, and which hold each other
//! by value (to box recursive fields).

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{Api, Module, TypeDef, TypeKind, TypeRef};

/// Named types callers build (the model's `TypeRole::built`).
fn input_types(api: &Api) -> BTreeSet<String> {
    let built = api.types.iter().filter(|t| t.role.built);
    built.map(|t| t.name.clone()).collect()
}

/// Named types callers receive (the model's `TypeRole::read`).
fn output_types(api: &Api) -> BTreeSet<String> {
    let read = api.types.iter().filter(|t| t.role.read);
    read.map(|t| t.name.clone()).collect()
}

/// Where each named type lives, whether it implements `Default`, and which types callers build
/// (request inputs, which get chainable setters).
#[derive(Clone)]
pub struct TypeIndex {
    modules: BTreeMap<String, Module>,
    defaultable: BTreeMap<String, bool>,
    inputs: BTreeSet<String>,
    outputs: BTreeSet<String>,
    /// Named types each type holds by value (not behind a `Vec` or map).
    direct: BTreeMap<String, BTreeSet<String>>,
    /// Types that cannot be (de)serialized: they hold file parts (multipart bodies), directly or
    /// through other types.
    without_serde: BTreeSet<String>,
    /// Response structs keep unknown fields: the Rust name of that field, by type.
    extras: BTreeMap<String, String>,
    /// String enums: setters take `impl Into<T>`, so text and variants both work.
    string_enums: BTreeSet<String>,
    /// For each module, the types of other modules its code names: they are imported with
    /// `use` lines, so signatures read `PageParams`, not `super::models::PageParams`.
    imports: RefCell<BTreeMap<Module, BTreeSet<(String, String)>>>,
}

/// Types holding a file part, directly or through other types (to a fixed point).
fn without_serde(api: &Api) -> BTreeSet<String> {
    fn holds(ty: &TypeRef, found: &BTreeSet<String>) -> bool {
        match ty {
            TypeRef::File => true,
            TypeRef::Vec(inner) | TypeRef::Map(inner) => holds(inner, found),
            TypeRef::Named(name) => found.contains(name),
            _ => false,
        }
    }
    let mut found = BTreeSet::new();
    loop {
        let before = found.len();
        for def in &api.types {
            if def.kind.type_refs().into_iter().any(|ty| holds(ty, &found)) {
                found.insert(def.name.clone());
            }
        }
        if found.len() == before {
            return found;
        }
    }
}

fn direct_edges(api: &Api) -> BTreeMap<String, BTreeSet<String>> {
    api.types
        .iter()
        .map(|t| {
            let direct = t
                .kind
                .type_refs()
                .into_iter()
                .filter_map(TypeRef::direct_name);
            (t.name.clone(), direct.map(str::to_owned).collect())
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
            without_serde: without_serde(api),
            extras: BTreeMap::new(),
            string_enums: types
                .iter()
                .filter(|t| matches!(t.kind, TypeKind::Enum(_)))
                .map(|t| t.name.clone())
                .collect(),
            imports: RefCell::default(),
        };
        index.extras = api
            .types
            .iter()
            .filter(|t| index.is_output(&t.name) && index.has_serde(&t.name))
            .filter_map(|t| match &t.kind {
                TypeKind::Struct(fields) => {
                    let taken = |name: &str| fields.iter().any(|f| f.rust_name == name);
                    let name = ["extra", "extra_fields", "unknown_fields"]
                        .into_iter()
                        .find(|n| !taken(n))
                        .unwrap_or("extra_");
                    Some((t.name.clone(), name.to_owned()))
                }
                _ => None,
            })
            .collect();
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

    /// Which serde impls a type gets always: `Serialize` when callers send it, `Deserialize`
    /// when they receive it (both for a type that is both, or neither: a type only aliases
    /// reach). The other direction comes with the crate's `serde-all` feature: it is a quarter
    /// of the build time of a large API's crate, and few callers need it.
    pub fn serde_directions(&self, name: &str) -> (bool, bool) {
        let (input, output) = (self.is_input(name), self.is_output(name));
        (input || !output, output || !input)
    }

    /// How a setter or constructor takes a value of `ty`: the stored type, the argument type,
    /// and whether the argument converts with `.into()`. Text takes `impl Into<String>`; a
    /// string enum takes `impl Into<Enum>`, so a caller can pass the variant or its text.
    pub fn argument(&self, ty: &TypeRef, from: &Module) -> (TokenStream, TokenStream, bool) {
        if *ty == TypeRef::String {
            return (quote!(String), quote!(impl Into<String>), true);
        }
        let tokens = self.tokens(ty, from);
        if self.is_string_enum(ty) {
            (tokens.clone(), quote!(impl Into<#tokens>), true)
        } else {
            (tokens.clone(), tokens, false)
        }
    }

    /// Whether `ty` is a string enum (which converts from text).
    pub fn is_string_enum(&self, ty: &TypeRef) -> bool {
        matches!(ty, TypeRef::Named(name) if self.string_enums.contains(name))
    }

    /// The Rust name of a response struct's field for unknown JSON fields, if it has one.
    pub fn extra_field(&self, name: &str) -> Option<&str> {
        self.extras.get(name).map(String::as_str)
    }

    /// Whether the type implements serde's traits (it holds no file part).
    pub fn has_serde(&self, name: &str) -> bool {
        !self.without_serde.contains(name)
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

    /// Whether `ty` has a `Default` (for placeholders in doc examples).
    pub fn is_default(&self, ty: &TypeRef) -> bool {
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
                if let Some(module) = self.modules.get(name).filter(|m| *m != from) {
                    self.imports
                        .borrow_mut()
                        .entry(from.clone())
                        .or_default()
                        .insert((module_name(module), name.clone()));
                }
                let type_name = ident(name);
                quote!(#type_name)
            }
        }
    }

    /// `use super::<module>::{..};` for the other modules' types that the code generated for
    /// `module` so far has named.
    pub fn imports(&self, module: &Module) -> TokenStream {
        let imports = self.imports.borrow();
        let mut by_module: BTreeMap<&str, Vec<Ident>> = BTreeMap::new();
        for (from, name) in imports.get(module).into_iter().flatten() {
            by_module.entry(from).or_default().push(ident(name));
        }
        let lines = by_module.into_iter().map(|(from, names)| {
            let from = ident(from);
            quote!(use super::#from::{#(#names),*};)
        });
        quote!(#(#lines)*)
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
