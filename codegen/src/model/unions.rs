//! Integer enums and discriminated unions (`oneOf` + `discriminator`).
//!
//! Discriminator values, in order: the `mapping` key whose target is the branch's `$ref`; else
//! the component name of a `$ref` branch (OpenAPI's implicit mapping); else, for an inline
//! branch, the single value its discriminator property allows. A branch with none of these makes
//! the union untagged (tried in order), with a warning.

use openapiv3::{Discriminator, ReferenceOr, Schema, SchemaKind, Type};

use super::Model;
use super::types::{Site, schema_doc};
use crate::ir::{IntVariant, TaggedVariant, TypeKind, TypeRef};
use crate::naming::{Namespace, pascal};
use crate::pointer::Pointer;

impl<'a> Model<'a> {
    /// An integer enum; variant names from `x-enum-varnames` when given, else `N<value>` /
    /// `Minus<value>`.
    pub(crate) fn define_int_enum(
        &mut self,
        schema: &Schema,
        values: &[i64],
        site: Site<'_>,
    ) -> TypeRef {
        let given: Option<Vec<String>> = schema
            .schema_data
            .extensions
            .get("x-enum-varnames")
            .and_then(|v| v.as_array())
            .map(|names| {
                names
                    .iter()
                    .filter_map(|n| n.as_str().map(pascal))
                    .collect()
            })
            .filter(|names: &Vec<String>| names.len() == values.len());
        let mut names = Namespace::with_reserved(&["Unknown"]);
        let mut seen = Vec::new();
        let mut variants = Vec::new();
        for (i, value) in values.iter().enumerate() {
            if seen.contains(value) {
                continue;
            }
            seen.push(*value);
            let suggested = match &given {
                Some(given) => given[i].clone(),
                None if *value < 0 => format!("Minus{}", value.unsigned_abs()),
                None => format!("N{value}"),
            };
            variants.push(IntVariant {
                name: names.claim(&suggested),
                value: *value,
            });
        }
        self.define(site, schema_doc(schema), TypeKind::IntEnum(variants))
    }

    /// A discriminated union, or `None` when a branch's tag cannot be told.
    pub(crate) fn tagged(
        &mut self,
        schema: &'a Schema,
        discriminator: &Discriminator,
        branches: &'a [ReferenceOr<Schema>],
        site: &Site<'_>,
    ) -> Option<TypeRef> {
        let keyword = if matches!(schema.schema_kind, SchemaKind::OneOf { .. }) {
            "oneOf"
        } else {
            "anyOf"
        };
        let property = &discriminator.property_name;
        // Tell every tag before modelling anything, so a fallback leaves no stray types.
        let mut tags = Vec::new();
        for branch in branches {
            let tag = match branch {
                ReferenceOr::Reference { reference } => {
                    let key = Pointer::parse(reference)
                        .and_then(|p| p.tokens().pop())
                        .unwrap_or_default();
                    discriminator
                        .mapping
                        .iter()
                        .find(|(_, target)| *target == reference || **target == key)
                        .map(|(tag, _)| tag.clone())
                        .unwrap_or(key)
                }
                ReferenceOr::Item(inline) => inline_tag(inline, property)?,
            };
            tags.push(tag);
        }
        let mut names = Namespace::with_reserved(&["Unknown"]);
        let mut variants = Vec::new();
        for (i, (branch, tag)) in branches.iter().zip(tags).enumerate() {
            let at = site.at.push(keyword).push(i);
            let ty = match branch {
                ReferenceOr::Reference { reference } => {
                    self.component_ref(reference, &site.nested(site.name, &at))
                }
                ReferenceOr::Item(inline) => {
                    let name = format!("{}{}", site.name, pascal(&tag));
                    self.schema_type(inline, site.nested(&name, &at))
                }
            };
            variants.push(TaggedVariant {
                name: names.claim(&pascal(&tag)),
                tag,
                ty,
            });
        }
        let kind = TypeKind::Tagged {
            property: property.clone(),
            variants,
        };
        Some(self.define(site.clone(), schema_doc(schema), kind))
    }
}

/// The one value an inline branch's discriminator property allows.
fn inline_tag(schema: &Schema, property: &str) -> Option<String> {
    let properties = match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => &o.properties,
        SchemaKind::Any(a) => &a.properties,
        _ => return None,
    };
    let ReferenceOr::Item(value) = properties.get(property)? else {
        return None;
    };
    match &value.schema_kind {
        SchemaKind::Type(Type::String(s)) => match s.enumeration.as_slice() {
            [Some(tag)] => Some(tag.clone()),
            _ => None,
        },
        _ => None,
    }
}
