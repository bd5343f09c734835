//! Config-driven renames: `[types.share]` (one type for many of the same shape) and
//! `[types.rename]`, applied to every definition and reference.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::Like;
use crate::error::Diagnostic;
use crate::ir::{Api, Module, TypeDef, TypeRef};
use crate::naming::pascal;
use crate::pointer::Pointer;

/// Applies `[types.share]`: merges every type shaped like the named one into one shared type.
pub(super) fn share_types(
    api: &mut Api,
    shares: &BTreeMap<String, Like>,
    errors: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    for (shared_name, like) in shares {
        let found = like.names().iter().find_map(|name| api.type_def(name));
        let Some(model) = found.cloned() else {
            let names: Vec<String> = like.names().iter().map(|n| format!("`{n}`")).collect();
            warnings.push(Diagnostic::new(
                Pointer::root(),
                format!(
                    "config shares type {}, which is not generated",
                    names.join(" or ")
                ),
            ));
            continue;
        };
        let like = &model.name;
        let shape = model.kind.without_docs();
        let twins: BTreeMap<String, String> = api
            .types
            .iter()
            .filter(|t| t.kind.without_docs() == shape)
            .map(|t| (t.name.clone(), shared_name.clone()))
            .collect();
        if pascal(shared_name) != *shared_name
            || (api.type_def(shared_name).is_some() && !twins.contains_key(shared_name))
        {
            errors.push(Diagnostic::new(model.pointer.clone(), format!("config shares `{like}` as `{shared_name}`, which is taken or not a PascalCase name")));
            continue;
        }
        // Twins all in one resource module stay there; otherwise the shared type is a model.
        let modules: BTreeSet<&Module> = api
            .types
            .iter()
            .filter(|t| twins.contains_key(&t.name))
            .map(|t| &t.module)
            .collect();
        let module = match modules.into_iter().collect::<Vec<_>>().as_slice() {
            [only] => (*only).clone(),
            _ => Module::Models,
        };
        api.types.retain(|t| !twins.contains_key(&t.name));
        api.types.push(TypeDef {
            name: shared_name.clone(),
            module,
            ..model
        });
        api.sort_types();
        rename_refs(api, &twins);
    }
}

pub(super) fn rename_refs(api: &mut Api, renames: &BTreeMap<String, String>) {
    api.visit_type_refs_mut(&mut |ty| {
        if let TypeRef::Named(name) = ty {
            if let Some(to) = renames.get(name) {
                *name = to.clone();
            }
        }
    });
}

/// Applies `[types.rename]` from the config to every definition and every reference.
pub(super) fn apply_renames(
    api: &mut Api,
    renames: &BTreeMap<String, String>,
    errors: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    for (from, to) in renames {
        if api.type_def(from).is_none() {
            warnings.push(Diagnostic::new(
                Pointer::root(),
                format!("config renames type `{from}`, which is not generated"),
            ));
        } else if api.type_def(to).is_some() || pascal(to) != *to {
            errors.push(Diagnostic::new(
                Pointer::root(),
                format!(
                    "config renames `{from}` to `{to}`, which is taken or not a PascalCase name"
                ),
            ));
            return;
        }
    }
    for def in &mut api.types {
        if let Some(to) = renames.get(&def.name) {
            def.name = to.clone();
        }
    }
    api.sort_types();
    rename_refs(api, renames);
}
