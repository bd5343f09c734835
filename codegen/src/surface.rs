//! The public Rust API a model generates, as users see it, and the difference between two of
//! them with each change's semver effect on the crate (`cargo xtask diff`).
//!
//! It works on the IR, not on the generated Rust: the IR knows what the Rust cannot say
//! (wire names, which types callers build and which they only read), and needs no compiler.
//! The naming rules are the emitter's own (the IR carries the final names), so what it lists is
//! what the files contain. Items are keyed by their Rust path; an item's `detail` is its
//! signature (a method's arguments and result, a field's type), its `wire` the name or route
//! it has on the wire.
//!
//! Semver policy (what the generated code guarantees, see `emit/types.rs`): enums and unions are
//! `#[non_exhaustive]`, response structs are `#[non_exhaustive]`, request structs are
//! `#[non_exhaustive]` and built with `Default` or `new(required..)`. So: adding an operation,
//! setter, type, enum value, event or optional field is minor; adding a required field to a
//! request struct, removing anything, or changing a type or signature is major; a change of
//! wire name or route alone is a patch the report still shows.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::ir::{
    Api, Field, Input, InputSource, Module, Operation, Output, TypeDef, TypeKind, TypeRef,
    UnionBranch,
};

/// One public item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// What it is: `method`, `setter`, `struct`, `field`, `enum`, `variant`, `alias`, `event`.
    pub kind: String,
    /// Its signature.
    pub detail: String,
    /// Its name or route on the wire, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wire: Option<String>,
    /// Part of a type callers build (fields added to it need care).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub input: bool,
    /// For a field: whether it must be set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
}

/// The public API: items by Rust path.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Surface {
    /// Items by path (`rooms::Rooms::list`, `models::Room::id`).
    pub items: BTreeMap<String, Item>,
    /// Named types by shape (docs aside), to recognize renames (not recorded: a recorded
    /// surface reports a rename as a removal and an addition).
    #[serde(skip)]
    shapes: BTreeMap<String, TypeKind>,
}

/// A change's effect on the crate's version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Semver {
    /// Same Rust API; wire names or routes changed.
    Patch,
    /// Additions only.
    Minor,
    /// Code that compiled may not compile (or decode) any more.
    Major,
}

impl fmt::Display for Semver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Semver::Patch => "patch",
            Semver::Minor => "minor",
            Semver::Major => "major",
        })
    }
}

/// One difference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Its effect.
    pub semver: Semver,
    /// The item's path.
    pub path: String,
    /// What happened, in words.
    pub what: String,
}

/// The differences between two surfaces, most severe first, and the verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The largest effect; `None` when nothing changed.
    pub verdict: Option<Semver>,
    /// The changes.
    pub changes: Vec<Change>,
}

impl Surface {
    /// The public API `api` generates.
    pub fn of(api: &Api) -> Surface {
        let mut surface = Surface::default();
        let ops = api.resources.iter().flat_map(|r| &r.operations);
        let inputs = api.reachable(ops.flat_map(Operation::input_refs));
        for resource in &api.resources {
            let handle = format!("{}::{}", resource.name, resource.handle);
            surface.add(
                &resource.name,
                "resource",
                format!("client.{}()", resource.name),
                None,
            );
            for op in &resource.operations {
                surface.operation(api, &resource.name, &handle, op);
            }
        }
        for def in &api.types {
            let module = def.module.file_stem();
            let path = format!("{module}::{}", def.name);
            surface
                .shapes
                .insert(def.name.clone(), rename_shape(&def.kind));
            let input = inputs.contains(&def.name);
            surface.type_fns(&path, def);
            match &def.kind {
                TypeKind::Struct(fields) => {
                    surface.add(&path, "struct", "struct".into(), None);
                    surface.items.get_mut(&path).unwrap().input = input;
                    for field in fields {
                        surface.field(&path, field, input);
                    }
                }
                TypeKind::Enum(variants) => {
                    surface.add(&path, "enum", "enum".into(), None);
                    for v in variants {
                        let at = format!("{path}::{}", v.name);
                        surface.add(&at, "variant", "unit".into(), Some(v.value.clone()));
                    }
                }
                TypeKind::IntEnum(variants) => {
                    surface.add(&path, "enum", "enum".into(), None);
                    for v in variants {
                        let at = format!("{path}::{}", v.name);
                        surface.add(&at, "variant", "unit".into(), Some(v.value.to_string()));
                    }
                }
                TypeKind::Union(variants) => {
                    surface.add(&path, "enum", "union".into(), None);
                    for v in variants {
                        let (detail, wire) = match &v.kind {
                            UnionBranch::Constant(value) => {
                                ("unit".to_owned(), Some(value.clone()))
                            }
                            UnionBranch::Type(ty) => (rust(ty), None),
                        };
                        surface.add(&format!("{path}::{}", v.name), "variant", detail, wire);
                    }
                }
                TypeKind::Tagged { property, variants } => {
                    surface.add(&path, "enum", format!("union tagged by `{property}`"), None);
                    for v in variants {
                        let at = format!("{path}::{}", v.name);
                        surface.add(&at, "variant", rust(&v.ty), Some(v.tag.clone()));
                    }
                }
                TypeKind::Alias(ty) => surface.add(&path, "alias", rust(ty), None),
            }
        }
        if let Some(hooks) = &api.webhooks {
            let path = format!("{}::{}", Module::Events.file_stem(), hooks.name);
            surface.add(&path, "enum", "events".into(), None);
            let parse =
                "fn verify_and_parse(&Verifier, &[u8], &HeaderMap) -> Result<Self, WebhookError>";
            surface.add(
                &format!("{path}::event_type()"),
                "fn",
                "fn event_type(&self) -> Option<&str>".into(),
                None,
            );
            surface.add(
                &format!("{path}::verify_and_parse()"),
                "fn",
                parse.into(),
                None,
            );
            for event in &hooks.events {
                let at = format!("{path}::{}", event.variant);
                surface.add(
                    &at,
                    "event",
                    rust(&event.data),
                    Some(event.event_type.clone()),
                );
            }
        }
        surface
    }

    fn add(&mut self, path: &str, kind: &str, detail: String, wire: Option<String>) {
        let item = Item {
            kind: kind.to_owned(),
            detail,
            wire,
            input: false,
            required: false,
        };
        self.items.insert(path.to_owned(), item);
    }

    /// An operation: its method on the resource handle (its required inputs, by type: they
    /// are positional, so their names are not part of the API), and its builder's setters.
    fn operation(&mut self, api: &Api, module: &str, handle: &str, op: &Operation) {
        let builder = format!("{module}::{}", op.builder);
        let inputs = op_inputs(api, op);
        let args: Vec<String> = inputs
            .iter()
            .filter(|(input, _, _)| input.required)
            .map(|(_, ty, _)| ty.clone())
            .collect();
        let detail = format!(
            "fn {}({}) -> {} => {}",
            op.name,
            args.join(", "),
            op.builder,
            output(&op.output)
        );
        let route = format!("{} {}", op.method.as_str(), op.path);
        self.add(
            &format!("{handle}::{}()", op.name),
            "method",
            detail,
            Some(route),
        );
        for (input, ty, wire) in inputs.iter().filter(|(input, _, _)| !input.required) {
            let at = format!("{builder}::{}()", input.rust_name);
            self.add(&at, "setter", ty.clone(), wire.clone());
        }
        if let Some(body) = op.body.as_ref().filter(|_| op.replaces_body) {
            self.add(
                &format!("{builder}::body()"),
                "setter",
                rust(&body.ty),
                None,
            );
        }
        if let Some(opt_out) = &op.opt_out {
            let at = format!("{builder}::{opt_out}()");
            self.add(&at, "setter", "()".into(), op.require.clone());
        }
    }

    /// The functions a named type has: `new(..)`, setters, and the enums' accessors.
    fn type_fns(&mut self, path: &str, def: &TypeDef) {
        if let Some(args) = def.constructor_args() {
            let args: Vec<String> = args.iter().map(|f| field_type(f)).collect();
            let detail = format!("fn new({})", args.join(", "));
            self.add(&format!("{path}::new()"), "constructor", detail, None);
        }
        for field in def.setters() {
            let at = format!("{path}::{}()", field.rust_name);
            let ty = if field.nullable {
                format!("Nullable<{}>", rust(&field.ty))
            } else {
                rust(&field.ty)
            };
            self.add(&at, "setter", ty, Some(field.wire_name.clone()));
        }
        let accessor = match def.kind {
            TypeKind::Enum(_) => Some(("as_str", "fn as_str(&self) -> &str")),
            TypeKind::IntEnum(_) => Some(("as_i64", "fn as_i64(self) -> i64")),
            TypeKind::Tagged { .. } => Some(("tag", "fn tag(&self) -> Option<&str>")),
            TypeKind::Struct(_) | TypeKind::Union(_) | TypeKind::Alias(_) => None,
        };
        if let Some((name, detail)) = accessor {
            self.add(&format!("{path}::{name}()"), "fn", detail.into(), None);
        }
    }

    fn field(&mut self, owner: &str, field: &Field, input: bool) {
        let detail = field_type(field);
        let at = format!("{owner}::{}", field.rust_name);
        self.add(&at, "field", detail, Some(field.wire_name.clone()));
        let item = self.items.get_mut(&at).unwrap();
        item.input = input;
        item.required = field.required;
    }

    /// The changes from `self` (old) to `new`.
    pub fn diff(&self, new: &Surface) -> Report {
        let mut changes = Vec::new();
        let renamed = self.renames(new);
        for (path, old) in &self.items {
            if let Some(to) = renamed.get(path).filter(|_| !new.items.contains_key(path)) {
                let old_name = path.rsplit("::").next().unwrap_or(path);
                let new_name = to.rsplit("::").next().unwrap_or(to);
                changes.push(Change {
                    semver: Semver::Major,
                    path: path.clone(),
                    what: format!(
                        "{} renamed to `{to}` (same shape); to keep the old name, add `{new_name} = \"{old_name}\"` under [types.rename] in the generator config",
                        old.kind
                    ),
                });
                continue;
            }
            // Where the item is now: at its path or, a member of a renamed type, under the new
            // name (what changed in it is listed all the same: the shape that recognised the
            // rename leaves presence aside).
            let moved = (!new.items.contains_key(path))
                .then(|| under_renamed(path, &renamed))
                .flatten();
            let now = new.items.get(moved.as_deref().unwrap_or(path));
            let note = moved.map(|m| format!(" (now `{m}`)")).unwrap_or_default();
            let change = match now {
                None => Some((
                    Semver::Major,
                    format!("{} removed ({})", old.kind, old.detail),
                )),
                Some(now) if now.detail != old.detail => Some((
                    Semver::Major,
                    format!(
                        "{} changed from `{}` to `{}`{note}",
                        old.kind, old.detail, now.detail
                    ),
                )),
                Some(now) if now.wire != old.wire => Some((
                    Semver::Patch,
                    format!(
                        "{} now `{}` on the wire (was `{}`){note}",
                        old.kind,
                        now.wire.as_deref().unwrap_or("-"),
                        old.wire.as_deref().unwrap_or("-")
                    ),
                )),
                Some(_) => None,
            };
            if let Some((semver, what)) = change {
                changes.push(Change {
                    semver,
                    path: path.clone(),
                    what,
                });
            }
        }
        let renamed_back: BTreeMap<String, String> = renamed
            .iter()
            .map(|(old, new)| (new.clone(), old.clone()))
            .collect();
        for (path, now) in &new.items {
            // A member of a renamed type is new only when the old type did not have it.
            let was = under_renamed(path, &renamed_back);
            if self.items.contains_key(path)
                || renamed_back.contains_key(path)
                || was.is_some_and(|old| self.items.contains_key(&old))
            {
                continue;
            }
            let semver = if now.kind == "field" && now.input && now.required {
                Semver::Major
            } else {
                Semver::Minor
            };
            let what = match (now.kind.as_str(), semver) {
                ("field", Semver::Major) => format!("required field added ({})", now.detail),
                (kind, _) => format!("{kind} added ({})", now.detail),
            };
            changes.push(Change {
                semver,
                path: path.clone(),
                what,
            });
        }
        changes.sort_by(|a, b| b.semver.cmp(&a.semver).then_with(|| a.path.cmp(&b.path)));
        Report {
            verdict: changes.iter().map(|c| c.semver).max(),
            changes,
        }
    }

    /// Types that disappeared while a type of the same shape appeared: old path -> new path.
    fn renames(&self, new: &Surface) -> BTreeMap<String, String> {
        let mut renames = BTreeMap::new();
        for (path, item) in &self.items {
            if new.items.contains_key(path)
                || !matches!(item.kind.as_str(), "struct" | "enum" | "alias")
            {
                continue;
            }
            let name = path.rsplit("::").next().unwrap_or(path);
            let Some(shape) = self.shapes.get(name) else {
                continue;
            };
            let twin = new.items.iter().find(|(new_path, new_item)| {
                new_item.kind == item.kind
                    && !self.items.contains_key(*new_path)
                    && !renames.values().any(|v: &String| v == *new_path)
                    && new
                        .shapes
                        .get(new_path.rsplit("::").next().unwrap_or(new_path))
                        == Some(shape)
            });
            if let Some((new_path, _)) = twin {
                renames.insert(path.clone(), new_path.clone());
            }
        }
        renames
    }
}

/// What must match for a type to count as renamed: its kind without docs, and without which
/// fields are required (config claims such as `[types.always_present]` name types, so a rename
/// drops them).
fn rename_shape(kind: &TypeKind) -> TypeKind {
    let mut shape = kind.without_docs();
    if let TypeKind::Struct(fields) = &mut shape {
        fields.iter_mut().for_each(|f| f.required = false);
    }
    shape
}

/// Where `path`, a member (field, variant, function) of a type that was renamed, is now.
fn under_renamed(path: &str, renamed: &BTreeMap<String, String>) -> Option<String> {
    renamed.iter().find_map(|(old, new)| {
        path.strip_prefix(old.as_str())
            .and_then(|rest| rest.strip_prefix("::"))
            .map(|rest| format!("{new}::{rest}"))
    })
}

impl Report {
    /// A readable report, most severe changes first.
    pub fn text(&self) -> String {
        let Some(verdict) = self.verdict else {
            return "No change to the public API.\n".to_owned();
        };
        let mut out = format!(
            "Public API: {} change(s); semver verdict: {verdict}\n",
            self.changes.len()
        );
        for semver in [Semver::Major, Semver::Minor, Semver::Patch] {
            let changes: Vec<&Change> =
                self.changes.iter().filter(|c| c.semver == semver).collect();
            if changes.is_empty() {
                continue;
            }
            out.push_str(&format!("\n{semver}:\n"));
            for change in changes {
                out.push_str(&format!("  {}: {}\n", change.path, change.what));
            }
        }
        out
    }

    /// A CHANGELOG entry for `version`.
    pub fn changelog(&self, version: &str) -> String {
        let mut out = format!("## {version}\n\n");
        let sections = [
            (Semver::Major, "Breaking"),
            (Semver::Minor, "Added"),
            (Semver::Patch, "Changed on the wire"),
        ];
        for (semver, title) in sections {
            let changes: Vec<&Change> =
                self.changes.iter().filter(|c| c.semver == semver).collect();
            if changes.is_empty() {
                continue;
            }
            out.push_str(&format!("### {title}\n\n"));
            for change in changes {
                out.push_str(&format!("- `{}`: {}\n", change.path, change.what));
            }
            out.push('\n');
        }
        out
    }
}

/// A field's type as declared in its struct.
pub(crate) fn field_type(field: &Field) -> String {
    let ty = rust(&field.ty);
    match (field.required, field.nullable) {
        (true, false) => ty,
        (true, true) | (false, false) => format!("Option<{ty}>"),
        (false, true) => format!("Option<Nullable<{ty}>>"),
    }
}

/// An operation's inputs (as the model named them) with the type each takes and its name on
/// the wire (`body.<field>` for a body field).
fn op_inputs<'a>(api: &Api, op: &'a Operation) -> Vec<(&'a Input, String, Option<String>)> {
    let fields = op
        .body
        .as_ref()
        .and_then(|body| api.struct_fields(body.ty.direct_name()?));
    op.inputs
        .iter()
        .map(|input| match input.source {
            InputSource::Param(at) => {
                let param = &op.params[at];
                (input, param_type(param), Some(param.wire_name.clone()))
            }
            InputSource::BodyField(at) => match fields.and_then(|f| f.get(at)) {
                Some(field) => {
                    let ty = if !field.required && field.nullable {
                        format!("Nullable<{}>", rust(&field.ty))
                    } else {
                        rust(&field.ty)
                    };
                    (input, ty, Some(format!("body.{}", field.wire_name)))
                }
                None => (input, "?".to_owned(), None),
            },
            InputSource::WholeBody => {
                let ty = op
                    .body
                    .as_ref()
                    .map_or_else(|| "?".to_owned(), |b| rust(&b.ty));
                (input, ty, Some("body".to_owned()))
            }
        })
        .collect()
}

fn param_type(param: &crate::ir::Param) -> String {
    match param.location {
        crate::ir::ParamLocation::Path => "PathParam".to_owned(),
        _ => rust(&param.ty),
    }
}

fn output(output: &Output) -> String {
    match output {
        Output::Data(ty) | Output::Json(ty) => rust(ty),
        Output::Page { item, meta, .. } => format!("Page<{}, {}>", rust(item), rust(meta)),
        Output::Empty => "()".to_owned(),
        Output::Bytes => "Bytes".to_owned(),
        Output::EventStream => "EventStream".to_owned(),
        Output::Untyped => "Value".to_owned(),
    }
}

/// A type reference as Rust, by its final names.
pub(crate) fn rust(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Bool => "bool".into(),
        TypeRef::I32 => "i32".into(),
        TypeRef::I64 => "i64".into(),
        TypeRef::F64 => "f64".into(),
        TypeRef::String => "String".into(),
        TypeRef::Uuid => "Uuid".into(),
        TypeRef::DateTime => "DateTime<Utc>".into(),
        TypeRef::Date => "NaiveDate".into(),
        TypeRef::Json => "Value".into(),
        TypeRef::Bytes => "Bytes".into(),
        TypeRef::File => "FilePart".into(),
        TypeRef::Named(name) => name.clone(),
        TypeRef::Vec(inner) => format!("Vec<{}>", rust(inner)),
        TypeRef::Map(inner) => format!("BTreeMap<String, {}>", rust(inner)),
    }
}
