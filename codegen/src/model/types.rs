//! Schemas to types: decides, for each schema, whether it becomes a named type (struct, enum,
//! union, alias) or a plain type reference, and what it is called.
//!
//! Ordered heuristics, each with its fallback:
//! 1. `$ref` to `#/components/schemas/X` -> the component's type, named after `X`.
//! 2. A string `enum` (or `const`) -> a named enum with a catch-all for unknown values.
//! 3. `string` + format: `uuid` -> Uuid, `date-time` -> timestamp, `date` -> date; any other
//!    format (`uri` included: Telnyx uses `""` there) -> `String`.
//! 4. `integer`: `int32` -> i32, otherwise i64. `number` -> f64. `boolean` -> bool.
//! 5. `array` -> `Vec` of the item type (items named `<Name>Item`); no `items` -> `Vec<Json>`.
//! 6. An object with `properties` (typed `object` or not) -> a named struct;
//!    `additionalProperties: schema` -> a map of it (`<Name>Value`); any other object -> map of JSON.
//! 7. `oneOf`/`anyOf`: a `null` branch makes the field nullable; one remaining branch is used
//!    directly; several -> a named union tried in order.
//! 8. `allOf` with one member -> that member (it carries the siblings of a 3.1 `$ref`); several ->
//!    one struct with the members' properties merged.
//! 9. Anything else (`not`, empty schemas) -> JSON value, with a warning where information is lost.

use openapiv3::{
    AdditionalProperties, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::{Model, refs};
use crate::error::Diagnostic;
use crate::ir::{
    Doc, EnumVariant, Field, Module, TypeDef, TypeKind, TypeRef, TypeRole, UnionBranch,
    UnionVariant,
};
use crate::naming::{Namespace, avoid_prelude, pascal, short_type_name, snake};
use crate::pointer::Pointer;

/// Where a schema came from, what its type should be called if it needs a name, and the
/// settings of the place it is used in (they carry over to nested schemas).
#[derive(Clone)]
pub(crate) struct Site<'s> {
    /// Suggested PascalCase name.
    pub name: &'s str,
    /// Module for a new named type.
    pub module: &'s Module,
    /// JSON pointer of the schema.
    pub at: &'s Pointer,
    /// The name is already reserved for this schema (a component's own name).
    pub reserved: bool,
    /// Inside a multipart body: `format: binary` strings are file parts.
    pub files: bool,
    /// Module for components first reached from here (`events` for webhook-only ones).
    pub components: &'s Module,
}

static MODELS: Module = Module::Models;

impl<'s> Site<'s> {
    /// A site with the default settings: components go to `models`, binary strings are text.
    pub fn new(name: &'s str, module: &'s Module, at: &'s Pointer) -> Site<'s> {
        Site {
            name,
            module,
            at,
            reserved: false,
            files: false,
            components: &MODELS,
        }
    }

    /// A site for a schema nested in this one.
    pub fn nested(&self, name: &'s str, at: &'s Pointer) -> Site<'s> {
        Site {
            name,
            at,
            reserved: false,
            ..self.clone()
        }
    }
}

impl<'a> Model<'a> {
    /// The type for a schema that may be a reference.
    pub(crate) fn schema_ref(
        &mut self,
        schema: &'a ReferenceOr<Schema>,
        site: Site<'_>,
    ) -> TypeRef {
        match schema {
            ReferenceOr::Reference { reference } => self.component_ref(reference, &site),
            ReferenceOr::Item(schema) => self.schema_type(schema, site),
        }
    }

    pub(crate) fn boxed_ref(
        &mut self,
        schema: &'a ReferenceOr<Box<Schema>>,
        site: Site<'_>,
    ) -> TypeRef {
        match schema {
            ReferenceOr::Reference { reference } => self.component_ref(reference, &site),
            ReferenceOr::Item(schema) => self.schema_type(schema, site),
        }
    }

    /// The named type of `#/components/schemas/X`, modelling the component on first use.
    pub(crate) fn component_ref(&mut self, reference: &str, site: &Site<'_>) -> TypeRef {
        let at = site.at;
        let Some(key) = refs::component_key(reference, refs::SCHEMAS.name) else {
            self.error(
                at.clone(),
                format!("`$ref: {reference}` must point at #/components/schemas/<name> here"),
            );
            return TypeRef::Json;
        };
        let Some(name) = self.component_names.get(&key).cloned() else {
            self.error(
                at.clone(),
                format!("`$ref: {reference}` names no schema in #/components/schemas"),
            );
            return TypeRef::Json;
        };
        if self.components_started.insert(key.clone()) {
            self.model_component(&key, &name, site);
        }
        TypeRef::Named(name)
    }

    /// Models component `key` as `name`, in the module and with the settings of `from`, the
    /// site that reached it first.
    fn model_component(&mut self, key: &str, name: &str, from: &Site<'_>) {
        let api = self.api;
        let Some(schema) = api.components.as_ref().and_then(|c| c.schemas.get(key)) else {
            return;
        };
        let at = Pointer::root().push("components").push("schemas").push(key);
        let ty = match schema {
            ReferenceOr::Reference { reference } => self.component_ref(
                reference,
                &Site {
                    at: &at,
                    ..from.clone()
                },
            ),
            ReferenceOr::Item(schema) => {
                let site = Site {
                    name,
                    module: from.components,
                    at: &at,
                    reserved: true,
                    ..from.clone()
                };
                let ty = self.schema_type(schema, site);
                if ty == TypeRef::Named(name.to_owned()) {
                    return;
                }
                ty
            }
        };
        let doc = match schema {
            ReferenceOr::Item(s) => schema_doc(s),
            ReferenceOr::Reference { .. } => Doc::default(),
        };
        self.types.push(TypeDef {
            name: name.to_owned(),
            module: from.components.clone(),
            doc,
            kind: TypeKind::Alias(ty),
            pointer: at,
            role: TypeRole::default(),
        });
    }

    /// The type for an inline schema; defines a named type when the schema needs one.
    pub(crate) fn schema_type(&mut self, schema: &'a Schema, site: Site<'_>) -> TypeRef {
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
                if !values.is_empty() {
                    return self.define_enum(schema, &values, site);
                }
                match &s.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::Binary) if site.files => {
                        TypeRef::File
                    }
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => TypeRef::DateTime,
                    VariantOrUnknownOrEmpty::Item(StringFormat::Date) => TypeRef::Date,
                    VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => TypeRef::Uuid,
                    _ => TypeRef::String,
                }
            }
            SchemaKind::Type(Type::Integer(i)) if i.enumeration.iter().any(Option::is_some) => {
                let values: Vec<i64> = i.enumeration.iter().flatten().copied().collect();
                self.define_int_enum(schema, &values, site)
            }
            SchemaKind::Type(Type::Integer(i)) => match &i.format {
                VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32) => TypeRef::I32,
                _ => TypeRef::I64,
            },
            SchemaKind::Type(Type::Number(_)) => TypeRef::F64,
            SchemaKind::Type(Type::Boolean(_)) => TypeRef::Bool,
            SchemaKind::Type(Type::Array(a)) => self.array(a.items.as_ref(), &site),
            SchemaKind::Type(Type::Object(o)) => {
                if o.properties.is_empty() {
                    self.map(o.additional_properties.as_ref(), &site)
                } else {
                    let fields = self.fields(o.properties.iter(), &o.required, &site);
                    self.define(site, schema_doc(schema), TypeKind::Struct(fields))
                }
            }
            SchemaKind::OneOf { one_of: branches } | SchemaKind::AnyOf { any_of: branches } => {
                self.union(schema, branches, site)
            }
            SchemaKind::AllOf { all_of } => self.all_of(schema, all_of, site),
            SchemaKind::Not { .. } => {
                self.warn(
                    site.at.clone(),
                    "`not` cannot be expressed as a Rust type; using a JSON value",
                );
                TypeRef::Json
            }
            SchemaKind::Any(any) => self.untyped(schema, any, site),
        }
    }

    /// A schema without a single `type` (3.1 type arrays, keywords alone): judged by what it
    /// has: properties, string values, items, additional properties; else a JSON value.
    fn untyped(
        &mut self,
        schema: &'a Schema,
        any: &'a openapiv3::AnySchema,
        site: Site<'_>,
    ) -> TypeRef {
        if !any.properties.is_empty() {
            let fields = self.fields(any.properties.iter(), &any.required, &site);
            return self.define(site, schema_doc(schema), TypeKind::Struct(fields));
        }
        let strings: Option<Vec<String>> = any
            .enumeration
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect();
        match (any.typ.as_deref(), strings) {
            (_, Some(values)) if !values.is_empty() => self.define_enum(schema, &values, site),
            (Some("array"), _) | (None, _) if any.items.is_some() => {
                self.array(any.items.as_ref(), &site)
            }
            (Some("object"), _) | (None, _) if any.additional_properties.is_some() => {
                self.map(any.additional_properties.as_ref(), &site)
            }
            _ => {
                let extensions = &schema.schema_data.extensions;
                if extensions.get("x-codegen-null-only") != Some(&Value::Bool(true))
                    && any.typ.is_some()
                {
                    self.warn(
                        site.at.clone(),
                        "schema has no shape the generator understands; using a JSON value",
                    );
                }
                TypeRef::Json
            }
        }
    }

    fn array(&mut self, items: Option<&'a ReferenceOr<Box<Schema>>>, site: &Site<'_>) -> TypeRef {
        let Some(items) = items else {
            return TypeRef::Vec(Box::new(TypeRef::Json));
        };
        let name = format!("{}Item", site.name);
        let at = site.at.push("items");
        TypeRef::Vec(Box::new(self.boxed_ref(items, site.nested(&name, &at))))
    }

    fn map(&mut self, extra: Option<&'a AdditionalProperties>, site: &Site<'_>) -> TypeRef {
        match extra {
            Some(AdditionalProperties::Schema(schema)) => {
                let name = format!("{}Value", site.name);
                let at = site.at.push("additionalProperties");
                TypeRef::Map(Box::new(self.schema_ref(schema, site.nested(&name, &at))))
            }
            _ => TypeRef::Map(Box::new(TypeRef::Json)),
        }
    }

    fn fields(
        &mut self,
        properties: impl Iterator<Item = (&'a String, &'a ReferenceOr<Box<Schema>>)>,
        required: &[String],
        site: &Site<'_>,
    ) -> Vec<Field> {
        let mut names = Namespace::default();
        let mut fields = Vec::new();
        for (wire_name, property) in properties {
            let at = site.at.push("properties").push(wire_name);
            let name = format!("{}{}", site.name, pascal(wire_name));
            let ty = self.boxed_ref(property, site.nested(&name, &at));
            let (nullable, doc, read_only, write_only) = match property {
                ReferenceOr::Item(schema) => {
                    let data = &schema.schema_data;
                    (
                        is_nullable(schema),
                        schema_doc(schema),
                        data.read_only,
                        data.write_only,
                    )
                }
                ReferenceOr::Reference { .. } => (false, Doc::default(), false, false),
            };
            fields.push(Field {
                wire_name: wire_name.clone(),
                rust_name: names.claim(&snake(wire_name)),
                ty,
                required: required.contains(wire_name),
                nullable,
                secret: is_secret(wire_name),
                read_only,
                write_only,
                doc,
            });
        }
        fields
    }

    fn define_enum(&mut self, schema: &Schema, values: &[String], site: Site<'_>) -> TypeRef {
        let mut names = Namespace::with_reserved(&["Unknown"]);
        let mut seen = Vec::new();
        let variants = values
            .iter()
            .filter(|v| {
                if seen.contains(v) {
                    false
                } else {
                    seen.push(*v);
                    true
                }
            })
            .map(|v| EnumVariant {
                name: names.claim(&pascal(v)),
                value: v.clone(),
            })
            .collect();
        self.define(site, schema_doc(schema), TypeKind::Enum(variants))
    }

    fn union(
        &mut self,
        schema: &'a Schema,
        branches: &'a [ReferenceOr<Schema>],
        site: Site<'_>,
    ) -> TypeRef {
        if let Some(discriminator) = &schema.schema_data.discriminator {
            if let Some(ty) = self.tagged(schema, discriminator, branches, &site) {
                return ty;
            }
            self.warn(site.at.clone(), "discriminator without a value for every branch; branches are tried in order instead");
        }
        let concrete: Vec<(usize, &'a ReferenceOr<Schema>)> = branches
            .iter()
            .enumerate()
            .filter(|(_, b)| !is_null_branch(b))
            .collect();
        if let [(i, only)] = concrete.as_slice() {
            let at = site
                .at
                .push(if matches!(schema.schema_kind, SchemaKind::OneOf { .. }) {
                    "oneOf"
                } else {
                    "anyOf"
                })
                .push(i);
            return self.schema_ref(only, Site { at: &at, ..site });
        }
        if concrete.is_empty() {
            return TypeRef::Json;
        }
        let keyword = if matches!(schema.schema_kind, SchemaKind::OneOf { .. }) {
            "oneOf"
        } else {
            "anyOf"
        };
        let mut names = Namespace::default();
        let mut variants = Vec::new();
        for (i, branch) in concrete {
            let at = site.at.push(keyword).push(i);
            let (kind, suggested) = match branch {
                ReferenceOr::Item(s) => match constant(s) {
                    Some(value) => (UnionBranch::Constant(value.clone()), pascal(&value)),
                    None => {
                        let name = format!("{}{}", site.name, branch_label(s));
                        let ty = self.schema_type(s, site.nested(&name, &at));
                        let label = s
                            .schema_data
                            .title
                            .as_deref()
                            .map(pascal)
                            .unwrap_or_else(|| branch_label(s));
                        (UnionBranch::Type(ty), label)
                    }
                },
                ReferenceOr::Reference { reference } => {
                    let ty = self.component_ref(
                        reference,
                        &Site {
                            at: &at,
                            ..site.clone()
                        },
                    );
                    let label = match &ty {
                        TypeRef::Named(n) => n.clone(),
                        _ => "Value".to_owned(),
                    };
                    (UnionBranch::Type(ty), label)
                }
            };
            let doc = match branch {
                ReferenceOr::Item(s) => schema_doc(s),
                _ => Doc::default(),
            };
            variants.push(UnionVariant {
                name: names.claim(&suggested),
                kind,
                doc,
            });
        }
        self.define(site, schema_doc(schema), TypeKind::Union(variants))
    }

    fn all_of(
        &mut self,
        schema: &'a Schema,
        members: &'a [ReferenceOr<Schema>],
        site: Site<'_>,
    ) -> TypeRef {
        if let [only] = members {
            let at = site.at.push("allOf").push(0);
            return self.schema_ref(only, Site { at: &at, ..site });
        }
        let mut properties = Vec::new();
        let mut required = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let resolved = match member {
                ReferenceOr::Item(s) => Some(s),
                ReferenceOr::Reference { reference } => self.resolve_schema(reference),
            };
            let object = resolved.and_then(|s| match &s.schema_kind {
                SchemaKind::Type(Type::Object(o)) => Some((&o.properties, &o.required)),
                SchemaKind::Any(a) if !a.properties.is_empty() => {
                    Some((&a.properties, &a.required))
                }
                _ => None,
            });
            match object {
                Some((props, req)) => {
                    for (key, property) in props {
                        if !properties.iter().any(|(p, _)| *p == key) {
                            properties.push((key, property));
                        }
                    }
                    required.extend(req.iter().cloned());
                }
                None => self.warn(
                    site.at.push("allOf").push(i),
                    "allOf member is not an object; its constraints are not represented",
                ),
            }
        }
        let fields = self.fields(properties.into_iter(), &required, &site);
        self.define(site, schema_doc(schema), TypeKind::Struct(fields))
    }

    /// The schema a `#/components/schemas/X` reference names (through chains).
    pub(crate) fn resolve_schema(&self, reference: &str) -> Option<&'a Schema> {
        refs::resolve(self.api.components.as_ref(), &refs::SCHEMAS, reference).map(|(s, _)| s)
    }

    /// Registers a named type under a unique name and returns a reference to it.
    pub(crate) fn define(&mut self, site: Site<'_>, doc: Doc, kind: TypeKind) -> TypeRef {
        let name = if site.reserved {
            site.name.to_owned()
        } else {
            self.type_names
                .claim(&avoid_prelude(&short_type_name(site.name)))
        };
        self.types.push(TypeDef {
            name: name.clone(),
            module: site.module.clone(),
            doc,
            kind,
            pointer: site.at.clone(),
            role: TypeRole::default(),
        });
        TypeRef::Named(name)
    }

    pub(crate) fn warn(&mut self, at: Pointer, message: &str) {
        self.warnings.push(Diagnostic::new(at, message));
    }
}

/// Heuristic for credential fields, whose values `Debug` must not show: a name that is `token`
/// or ends in `_token`, or mentions a secret, password or API key. Fallback: not secret.
fn is_secret(wire_name: &str) -> bool {
    let name = snake(wire_name);
    name == "token"
        || name.ends_with("_token")
        || ["secret", "password", "api_key", "apikey"]
            .iter()
            .any(|w| name.contains(w))
}

fn is_nullable(schema: &Schema) -> bool {
    schema.schema_data.nullable
        || match &schema.schema_kind {
            SchemaKind::OneOf { one_of: b } | SchemaKind::AnyOf { any_of: b } => {
                b.iter().any(is_null_branch)
            }
            _ => false,
        }
}

fn is_null_branch(branch: &ReferenceOr<Schema>) -> bool {
    matches!(branch, ReferenceOr::Item(s) if s.schema_data.extensions.get("x-codegen-null-only") == Some(&Value::Bool(true)))
}

/// The single string a one-value string enum allows.
fn constant(schema: &Schema) -> Option<String> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => match s.enumeration.as_slice() {
            [Some(value)] => Some(value.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A variant label from a branch's shape, when it has no title.
fn branch_label(schema: &Schema) -> String {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(_)) => "String",
        SchemaKind::Type(Type::Integer(_)) => "Integer",
        SchemaKind::Type(Type::Number(_)) => "Number",
        SchemaKind::Type(Type::Boolean(_)) => "Boolean",
        SchemaKind::Type(Type::Array(_)) => "List",
        SchemaKind::Type(Type::Object(_)) => "Object",
        _ => "Value",
    }
    .to_owned()
}

/// Documentation of a schema: its description (or title) and the facts a caller needs.
pub(crate) fn schema_doc(schema: &Schema) -> Doc {
    let data = &schema.schema_data;
    let text = data
        .description
        .clone()
        .filter(|d| !d.trim().is_empty())
        .or_else(|| data.title.clone());
    let mut facts = Vec::new();
    match data.default.as_ref() {
        None | Some(Value::Null) => {}
        Some(value) => facts.push(format!("Server default when omitted: `{value}`.")),
    }
    let bounds = |min: Option<String>, max: Option<String>| match (min, max) {
        (Some(a), Some(b)) => Some(format!("Range: {a} to {b}.")),
        (Some(a), None) => Some(format!("Minimum: {a}.")),
        (None, Some(b)) => Some(format!("Maximum: {b}.")),
        (None, None) => None,
    };
    let range = match &schema.schema_kind {
        SchemaKind::Type(Type::Integer(i)) => bounds(
            i.minimum.map(|v| v.to_string()),
            i.maximum.map(|v| v.to_string()),
        ),
        SchemaKind::Type(Type::Number(n)) => bounds(
            n.minimum.map(|v| v.to_string()),
            n.maximum.map(|v| v.to_string()),
        ),
        SchemaKind::Type(Type::String(s)) => bounds(
            s.min_length.map(|v| format!("{v} characters")),
            s.max_length.map(|v| format!("{v} characters")),
        ),
        _ => None,
    };
    facts.extend(range);
    if let SchemaKind::Type(Type::String(s)) = &schema.schema_kind {
        if let VariantOrUnknownOrEmpty::Unknown(format) = &s.format {
            if format == "uri" || format == "url" || format == "email" {
                facts.push(format!("Format: `{format}`."));
            }
        }
    }
    if data.read_only {
        facts.push("Read-only: set by the server.".to_owned());
    }
    if data.deprecated {
        facts.push("Deprecated.".to_owned());
    }
    Doc { text, facts }
}
