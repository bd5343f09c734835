//! The API lock: what was released stays what it was, wherever the wire allows. Telnyx
//! re-publishes its spec often, and much of its churn is invisible on the wire (a schema renamed
//! or inlined, `nullable` flipped, `integer` spelled `number`); passed on, each would be a
//! breaking release for nothing. Given the released API (`spec/public-api.json`), this pass
//! keeps, in order:
//!
//! 1. **type names and modules**: a released type that is gone, while a new type of the same
//!    shape (field wire names and types, or enum values) appeared, takes back its released
//!    name; a released type that moved keeps its module. Shapes are compared after the renames
//!    already found, so a renamed type's parents match too (fallback: no unique match, no
//!    rename; the change is reported as it is);
//! 2. **method and builder names**: a released method whose route is still served (parameter
//!    names aside) keeps its name and builder;
//! 3. **field and parameter types**, when the released type stays compatible in the direction
//!    the value travels: what the client *decodes* keeps its released type when that type
//!    decodes every value the new schema allows (a field that stops being nullable keeps
//!    `Nullable`; an optional field that becomes nullable keeps `Option<T>`, which reads `null`
//!    as `None`; `f64` where the spec now says `integer`); what the client *sends* keeps its
//!    released type when every value of it is valid under the new schema (`i64` where the spec
//!    now says `number`; a field that became nullable);
//! 4. **enum values** the client only decodes: a released value the spec dropped stays a
//!    variant (the wire may still send it).
//!
//! Everything kept is reported, with the reason. A genuine break (an operation or field
//! removed, a new required input, an incompatible type) is left as it is, for the diff to
//! report as major. `--release-lock` (at a planned major release) generates without the lock.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::Diagnostic;
use crate::ir::{Api, EnumVariant, Module, TypeKind, TypeRef};
use crate::pointer::Pointer;
use crate::surface::{Surface, field_type, rust};

/// Rules 1 and 2: names. Run before the config's `always_present` (keyed by released names).
pub(super) fn keep_names(api: &mut Api, released: &Surface, kept: &mut Vec<Diagnostic>) {
    keep_type_names(api, released, kept);
    keep_method_names(api, released, kept);
}

/// Rules 3 and 4: types and values, once every type has its final fields.
pub(super) fn keep_types(api: &mut Api, released: &Surface, kept: &mut Vec<Diagnostic>) {
    let (built, read) = super::inputs::roles(api);
    keep_field_types(api, released, &built, &read, kept);
    keep_param_types(api, released, kept);
    keep_enum_values(api, released, &built, kept);
}

fn note(kept: &mut Vec<Diagnostic>, message: String) {
    kept.push(Diagnostic::new(
        Pointer::root(),
        format!("kept for compatibility: {message}"),
    ));
}

/// A released named type: its module, kind and members (wire name -> detail).
struct ReleasedType {
    module: String,
    kind: String,
    members: BTreeMap<String, String>,
}

fn released_types(released: &Surface) -> BTreeMap<String, ReleasedType> {
    let mut types = BTreeMap::new();
    for (path, item) in &released.items {
        if !matches!(item.kind.as_str(), "struct" | "enum" | "alias") {
            continue;
        }
        let Some((module, name)) = path.split_once("::") else {
            continue;
        };
        let prefix = format!("{path}::");
        let members = released
            .items
            .range(prefix.clone()..)
            .take_while(|(p, _)| p.starts_with(&prefix))
            .filter(|(p, m)| {
                !p[prefix.len()..].contains("::") && matches!(m.kind.as_str(), "field" | "variant")
            })
            .map(|(_, m)| {
                let (_, inner) = released_form(&m.detail, m.required);
                (m.wire.clone().unwrap_or_default(), inner.to_owned())
            })
            .collect();
        let kind = if item.kind == "alias" {
            format!("alias {}", item.detail)
        } else {
            item.kind.clone()
        };
        types.insert(
            name.to_owned(),
            ReleasedType {
                module: module.to_owned(),
                kind,
                members,
            },
        );
    }
    types
}

/// `ty` as the surface prints it, with `renames` applied to the names it holds.
fn renamed(ty: &TypeRef, renames: &BTreeMap<String, String>) -> TypeRef {
    let mut ty = ty.clone();
    if let TypeRef::Named(name) = ty.innermost_mut() {
        if let Some(to) = renames.get(name) {
            *name = to.clone();
        }
    }
    ty
}

/// The shape of a new type as a released one is read, with `renames` applied: each member's
/// wire name and type, its presence and nullability aside (the config's `always_present`,
/// keyed by the released name, settles those after the rename).
fn shape(
    kind: &TypeKind,
    renames: &BTreeMap<String, String>,
) -> (String, BTreeMap<String, String>) {
    match kind {
        TypeKind::Struct(fields) => (
            "struct".to_owned(),
            fields
                .iter()
                .map(|f| (f.wire_name.clone(), rust(&renamed(&f.ty, renames))))
                .collect(),
        ),
        TypeKind::Enum(variants) => (
            "enum".to_owned(),
            variants
                .iter()
                .map(|v| (v.value.clone(), "unit".to_owned()))
                .collect(),
        ),
        TypeKind::Alias(ty) => (
            format!("alias {}", rust(&renamed(ty, renames))),
            BTreeMap::new(),
        ),
        _ => (String::new(), BTreeMap::new()),
    }
}

fn module_named(api: &Api, stem: &str) -> Option<Module> {
    match stem {
        "models" => Some(Module::Models),
        "events" => Some(Module::Events),
        resource => api
            .resources
            .iter()
            .any(|r| r.name == resource)
            .then(|| Module::Resource(resource.to_owned())),
    }
}

fn keep_type_names(api: &mut Api, released: &Surface, kept: &mut Vec<Diagnostic>) {
    let types = released_types(released);
    let present: BTreeSet<String> = api.types.iter().map(|t| t.name.clone()).collect();
    let mut renames: BTreeMap<String, String> = BTreeMap::new();
    // Each round matches the types whose members' types were matched in the rounds before.
    for _ in 0..8 {
        let mut found = false;
        for (name, old) in &types {
            if present.contains(name) || renames.values().any(|to| to == name) {
                continue;
            }
            let candidates: Vec<&String> = api
                .types
                .iter()
                .filter(|t| !types.contains_key(&t.name) && !renames.contains_key(&t.name))
                .filter(|t| {
                    let (kind, members) = shape(&t.kind, &renames);
                    kind == old.kind && members == old.members
                })
                .map(|t| &t.name)
                .collect();
            if let [only] = candidates.as_slice() {
                renames.insert((*only).clone(), name.clone());
                found = true;
            }
        }
        if !found {
            break;
        }
    }
    for def in &mut api.types {
        let Some(to) = renames.get(&def.name) else {
            continue;
        };
        note(
            kept,
            format!(
                "type `{}` keeps its released name `{to}` (renamed or inlined in the spec, same shape)",
                def.name
            ),
        );
        def.name = to.clone();
    }
    super::renames::rename_refs(api, &renames);
    let moves: Vec<(usize, Module)> = api
        .types
        .iter()
        .enumerate()
        .filter_map(|(at, def)| {
            let old = types.get(&def.name)?;
            let module = module_named(api, &old.module)?;
            (module != def.module).then_some((at, module))
        })
        .collect();
    for (at, module) in moves {
        let def = &mut api.types[at];
        note(
            kept,
            format!(
                "type `{}` stays in `{}` (the spec moved it to `{}`)",
                def.name,
                module.file_stem(),
                def.module.file_stem()
            ),
        );
        def.module = module;
    }
    api.sort_types();
}

/// A route with its parameter names erased: `GET /rooms/{}`.
fn route_shape(route: &str) -> String {
    let mut out = String::with_capacity(route.len());
    let mut inside = false;
    for c in route.chars() {
        match c {
            '{' => {
                inside = true;
                out.push('{');
            }
            '}' => {
                inside = false;
                out.push('}');
            }
            _ if inside => {}
            c => out.push(c),
        }
    }
    out
}

fn keep_method_names(api: &mut Api, released: &Surface, kept: &mut Vec<Diagnostic>) {
    for resource in &mut api.resources {
        let handle = format!("{}::{}::", resource.name, resource.handle);
        let methods: Vec<(&str, &str, &str)> = released
            .items
            .iter()
            .filter(|(path, item)| item.kind == "method" && path.starts_with(&handle))
            .filter_map(|(path, item)| {
                let name = path[handle.len()..].strip_suffix("()")?;
                let builder = item.detail.split(" -> ").nth(1)?.split(" => ").next()?;
                Some((name, builder, item.wire.as_deref()?))
            })
            .collect();
        let names: BTreeSet<String> = resource.operations.iter().map(|o| o.name.clone()).collect();
        for (name, builder, route) in methods {
            if names.contains(name) {
                continue;
            }
            let shape = route_shape(route);
            let mut matching = resource.operations.iter_mut().filter(|op| {
                route_shape(&format!("{} {}", op.method.as_str(), op.path)) == shape
                    && !methods_named(released, &handle, &op.name)
            });
            if let (Some(op), None) = (matching.next(), matching.next()) {
                note(
                    kept,
                    format!(
                        "method `{}` keeps its released name `{name}` ({route})",
                        op.name
                    ),
                );
                op.name = name.to_owned();
                op.builder = builder.to_owned();
            }
        }
    }
}

fn methods_named(released: &Surface, handle: &str, name: &str) -> bool {
    released.items.contains_key(&format!("{handle}{name}()"))
}

/// A released field's declared form: (nullable, inner type as printed), from its detail.
fn released_form(detail: &str, required: bool) -> (bool, &str) {
    match (
        required,
        detail
            .strip_prefix("Option<")
            .and_then(|d| d.strip_suffix('>')),
    ) {
        (true, Some(inner)) => (true, inner),
        (true, None) => (false, detail),
        (false, Some(inner)) => match inner
            .strip_prefix("Nullable<")
            .and_then(|d| d.strip_suffix('>'))
        {
            Some(inner) => (true, inner),
            None => (false, inner),
        },
        (false, None) => (false, detail),
    }
}

fn number(text: &str) -> Option<TypeRef> {
    match text {
        "i64" => Some(TypeRef::I64),
        "i32" => Some(TypeRef::I32),
        "f64" => Some(TypeRef::F64),
        _ => None,
    }
}

/// Whether a value of `old` type holds every value of `new` (what a decoder needs).
fn holds(old: &TypeRef, new: &TypeRef) -> bool {
    old == new
        || matches!(
            (old, new),
            (TypeRef::F64, TypeRef::I64 | TypeRef::I32) | (TypeRef::I64, TypeRef::I32)
        )
}

fn keep_field_types(
    api: &mut Api,
    released: &Surface,
    built: &BTreeSet<String>,
    read: &BTreeSet<String>,
    kept: &mut Vec<Diagnostic>,
) {
    for def in &mut api.types {
        let TypeKind::Struct(fields) = &mut def.kind else {
            continue;
        };
        let (sent, decoded) = (built.contains(&def.name), read.contains(&def.name));
        for field in fields {
            let path = format!(
                "{}::{}::{}",
                def.module.file_stem(),
                def.name,
                field.rust_name
            );
            let Some(item) = released.items.get(&path) else {
                continue;
            };
            if item.kind != "field"
                || item.detail == field_type(field)
                || item.required != field.required
            {
                continue;
            }
            let (old_nullable, old_inner) = released_form(&item.detail, item.required);
            let new_inner = rust(&field.ty);
            let old_ty = if old_inner == new_inner {
                Some(field.ty.clone())
            } else {
                number(old_inner).filter(|_| number(&new_inner).is_some())
            };
            let Some(old_ty) = old_ty else {
                continue;
            };
            // Decoding: the old type must hold every value the new schema allows (null
            // included: `Option<T>` of an optional field reads `null` as `None`).
            let null_ok = old_nullable || !field.nullable || !field.required;
            let decodes = holds(&old_ty, &field.ty) && null_ok;
            // Sending: every value of the old type must be valid under the new schema.
            let sends = holds(&field.ty, &old_ty) && (!old_nullable || field.nullable);
            if (decoded && !decodes) || (sent && !sends) || (!decoded && !sent) {
                continue;
            }
            note(
                kept,
                format!(
                    "`{path}` stays `{}` (the spec now says `{}`; compatible on the wire {})",
                    item.detail,
                    field_type(field),
                    match (sent, decoded) {
                        (true, true) => "both ways",
                        (true, false) => "for what is sent",
                        _ => "for what is received",
                    }
                ),
            );
            field.ty = old_ty;
            field.nullable = old_nullable;
        }
    }
}

/// Query and header parameters are sent: a released number type stays when its values are
/// all valid under the new one.
fn keep_param_types(api: &mut Api, released: &Surface, kept: &mut Vec<Diagnostic>) {
    for resource in &mut api.resources {
        for op in &mut resource.operations {
            for param in &mut op.params {
                let path = format!("{}::{}::{}()", resource.name, op.builder, param.rust_name);
                let Some(item) = released.items.get(&path) else {
                    continue;
                };
                let Some(old) = number(&item.detail) else {
                    continue;
                };
                if old != param.ty && number(&rust(&param.ty)).is_some() && holds(&param.ty, &old) {
                    note(
                        kept,
                        format!(
                            "`{path}` stays `{}` (the spec now says `{}`; every value is still valid)",
                            item.detail,
                            rust(&param.ty)
                        ),
                    );
                    param.ty = old;
                }
            }
        }
    }
}

fn keep_enum_values(
    api: &mut Api,
    released: &Surface,
    built: &BTreeSet<String>,
    kept: &mut Vec<Diagnostic>,
) {
    for def in &mut api.types {
        if built.contains(&def.name) {
            continue;
        }
        let TypeKind::Enum(variants) = &mut def.kind else {
            continue;
        };
        let prefix = format!("{}::{}::", def.module.file_stem(), def.name);
        let values: BTreeSet<String> = variants.iter().map(|v| v.value.clone()).collect();
        let names: BTreeSet<String> = variants.iter().map(|v| v.name.clone()).collect();
        for (path, item) in released.items.range(prefix.clone()..) {
            if !path.starts_with(&prefix) {
                break;
            }
            let (Some(value), "variant") = (&item.wire, item.kind.as_str()) else {
                continue;
            };
            let name = &path[prefix.len()..];
            if values.contains(value) || names.contains(name) {
                continue;
            }
            note(
                kept,
                format!(
                    "`{path}` stays (`{value}` is gone from the spec; the wire may still send it)"
                ),
            );
            variants.push(EnumVariant {
                name: name.to_owned(),
                value: value.clone(),
            });
        }
    }
}
