//! Filters typed like what they filter. Specs often describe a list's filter fields more loosely
//! than the items they select (Telnyx: `filter[status]` is a plain string while a recording's
//! `status` is an enum), so a caller would pass text where the model has a type. For every list
//! operation (an [`Output::Page`] of a named struct), each field of its `deepObject` filter
//! parameters is matched by wire name to a field of the item, and takes the item field's type
//! when the first rule that applies says so:
//!
//! 1. the filter field is a string and the item field an enum of strings (the enum keeps values
//!    it does not know, so no value the server accepts is lost) or a UUID, timestamp or date;
//! 2. the filter field is an enum of strings whose values are all values of the item's enum
//!    (the same set, spelled twice in the spec);
//! 3. otherwise (other types, no item field of that name, lists whose item is not a struct) the
//!    filter keeps its own type.
//!
//! Filter types the rewrite leaves unused (inline enums) are pruned with the other unused types.

use std::collections::BTreeSet;

use crate::ir::{Api, Output, ParamLocation, ParamStyle, TypeKind, TypeRef};

/// Applies the rules above to every list operation's filters.
pub(super) fn type_like_items(api: &mut Api) {
    let mut changes: Vec<(String, String, TypeRef)> = Vec::new();
    for op in api.resources.iter().flat_map(|r| &r.operations) {
        let Output::Page {
            item: TypeRef::Named(item),
            ..
        } = &op.output
        else {
            continue;
        };
        let Some(item_fields) = api.struct_fields(item) else {
            continue;
        };
        let filters = op
            .params
            .iter()
            .filter(|p| p.location == ParamLocation::Query && p.style == ParamStyle::DeepObject);
        for filter in filters {
            let TypeRef::Named(filter_type) = &filter.ty else {
                continue;
            };
            let Some(filter_fields) = api.struct_fields(filter_type) else {
                continue;
            };
            for field in filter_fields {
                let Some(target) = item_fields.iter().find(|f| f.wire_name == field.wire_name)
                else {
                    continue;
                };
                if field.ty != target.ty && typed_like(api, &field.ty, &target.ty) {
                    changes.push((
                        filter_type.clone(),
                        field.wire_name.clone(),
                        target.ty.clone(),
                    ));
                }
            }
        }
    }
    for (type_name, wire_name, ty) in changes {
        let Some(def) = api.types.iter_mut().find(|t| t.name == type_name) else {
            continue;
        };
        if let TypeKind::Struct(fields) = &mut def.kind {
            if let Some(field) = fields.iter_mut().find(|f| f.wire_name == wire_name) {
                field.ty = ty;
            }
        }
    }
}

/// Whether a filter field of type `filter` should take the item's type `item` (rules 1 and 2).
fn typed_like(api: &Api, filter: &TypeRef, item: &TypeRef) -> bool {
    let item_values = enum_values(api, item);
    match filter {
        TypeRef::String => {
            item_values.is_some()
                || matches!(item, TypeRef::Uuid | TypeRef::DateTime | TypeRef::Date)
        }
        TypeRef::Named(_) => match (enum_values(api, filter), item_values) {
            (Some(filter_values), Some(item_values)) => filter_values.is_subset(&item_values),
            _ => false,
        },
        _ => false,
    }
}

/// The values of a string enum, if `ty` names one.
fn enum_values<'a>(api: &'a Api, ty: &TypeRef) -> Option<BTreeSet<&'a str>> {
    match &api.resolve(ty)?.kind {
        TypeKind::Enum(variants) => Some(variants.iter().map(|v| v.value.as_str()).collect()),
        _ => None,
    }
}
