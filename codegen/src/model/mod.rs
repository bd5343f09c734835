//! Modelling: the parsed spec plus the generator config into the plain-data [`Api`].
//!
//! This stage selects operations, names resources, methods and types (with `naming`), resolves
//! every `$ref`, and reports every problem it finds at once. `types` owns schemas; this module
//! owns operations, parameters, bodies and responses.

mod filters;
mod inputs;
mod lock;
mod operations;
mod paging;
mod presence;
mod refs;
mod renames;
mod types;
mod unions;
mod webhooks;

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{OpenAPI, Operation as SpecOperation, PathItem, ReferenceOr};
use serde_json::Value;

use crate::config::Config;
use crate::error::Diagnostic;
use crate::ir::{Api, Doc, HttpMethod, Module, Resource, ResponseBody, TypeDef, TypeRef};
use crate::naming::{
    Namespace, avoid_prelude, pascal, path_shape, qualified_method, resource_name, snake,
};
use crate::pointer::Pointer;
use operations::method_key;
use renames::{apply_renames, share_types};

/// The result of modelling: the API, or nothing when there were errors, plus warnings.
#[derive(Debug)]
pub struct Modelled {
    /// The model (meaningful only when `errors` is empty).
    pub api: Api,
    /// Problems that stop generation.
    pub errors: Vec<Diagnostic>,
    /// Things expressed with a documented fallback.
    pub warnings: Vec<Diagnostic>,
    /// Config entries the spec does not use.
    pub config_notes: Vec<Diagnostic>,
    /// What the API lock kept as released, each with why.
    pub kept: Vec<Diagnostic>,
}

pub(crate) struct Model<'a> {
    /// The released API to keep where the wire allows (`lock.rs`).
    lock: Option<&'a crate::surface::Surface>,
    kept: Vec<Diagnostic>,
    api: &'a OpenAPI,
    config: &'a Config,
    types: Vec<TypeDef>,
    type_names: Namespace,
    component_names: BTreeMap<String, String>,
    components_started: BTreeSet<String>,
    /// Types already made for a schema, by the module they were made for and its pointer.
    shared: BTreeMap<(Module, Pointer), TypeRef>,
    /// Response bodies already modelled, keyed the same way.
    shared_responses: BTreeMap<(Module, Pointer), ResponseBody>,
    /// Event discriminator enums replaced by plain strings; dropped unless still referred to.
    replaced_discriminators: BTreeSet<String>,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    config_notes: Vec<Diagnostic>,
}

/// Builds the model of the operations `config` selects from `spec` (`doc` is the same document
/// as JSON, used to find which components the selection reaches).
/// `hooks` are the parsed entries of the 3.1 `webhooks` section and `hooks_doc` that section as
/// JSON.
pub fn build(
    spec: &OpenAPI,
    doc: &Value,
    hooks: &[(String, PathItem)],
    hooks_doc: Option<&Value>,
    config: &Config,
    source: &str,
    lock: Option<&crate::surface::Surface>,
) -> Modelled {
    let mut model = Model {
        lock,
        kept: Vec::new(),
        api: spec,
        config,
        types: Vec::new(),
        type_names: Namespace::default(),
        component_names: BTreeMap::new(),
        components_started: BTreeSet::new(),
        shared: BTreeMap::new(),
        shared_responses: BTreeMap::new(),
        replaced_discriminators: BTreeSet::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
        config_notes: Vec::new(),
    };
    let selected = model.selected();
    // Handles first, then components, then operation-local types: each name is stable against
    // changes in the others' order.
    let handles = model.claim_handles(&selected);
    let hook_values: Vec<&Value> = hooks
        .iter()
        .filter_map(|(name, _)| hooks_doc?.get(name))
        .collect();
    model.claim_component_names(doc, &selected, hook_values);
    let mut resources = model.resources(&selected, &handles);
    let webhooks = model.webhooks(hooks);
    model.settle_method_names(&mut resources);
    model.check_overrides(&selected);
    let mut api = Api {
        title: spec.info.title.clone(),
        version: spec.info.version.clone(),
        source: source.to_owned(),
        resources: resources.into_values().collect(),
        types: std::mem::take(&mut model.types),
        webhooks,
        page_metas: Vec::new(),
        crate_name: config.crate_name.clone(),
    };
    model.finish(&mut api);
    Modelled {
        api,
        errors: model.errors,
        warnings: model.warnings,
        config_notes: model.config_notes,
        kept: model.kept,
    }
}

type Selected<'a> = [(&'a str, HttpMethod, &'a SpecOperation)];

impl<'a> Model<'a> {
    /// The handle type name of every resource the selection has.
    fn claim_handles(&mut self, selected: &Selected<'a>) -> BTreeMap<String, String> {
        let resources: BTreeSet<String> = selected
            .iter()
            .map(|(path, _, op)| resource_of(self.config, path, op))
            .collect();
        resources
            .into_iter()
            .map(|r| {
                let handle = self.type_names.claim(&avoid_prelude(&pascal(&r)));
                (r, handle)
            })
            .collect()
    }

    /// The selected operations, modelled and grouped by resource.
    fn resources(
        &mut self,
        selected: &Selected<'a>,
        handles: &BTreeMap<String, String>,
    ) -> BTreeMap<String, Resource> {
        let mut resources: BTreeMap<String, Resource> = BTreeMap::new();
        for (path, method, op) in selected {
            let operation = self.operation(path, *method, op);
            let spec = self.api;
            let resource = resources
                .entry(resource_of(self.config, path, op))
                .or_insert_with_key(|name| Resource {
                    name: name.clone(),
                    handle: handles.get(name).cloned().unwrap_or_else(|| pascal(name)),
                    doc: Doc {
                        text: op.tags.first().and_then(|t| tag_description(spec, t)),
                        facts: Vec::new(),
                    },
                    operations: Vec::new(),
                });
            resource.operations.push(operation);
        }
        resources
    }

    /// The passes over the whole API: unused event discriminators dropped, config sharing and
    /// renames, always-present fields, types sorted, outputs and paging decided, filters typed
    /// like their items.
    fn finish(&mut self, api: &mut Api) {
        let unused: BTreeSet<String> = self
            .replaced_discriminators
            .iter()
            .filter(|name| !api.refers_to(name))
            .cloned()
            .collect();
        api.types.retain(|t| !unused.contains(&t.name));
        api.sort_types();
        let types = &self.config.types;
        share_types(api, &types.share, &mut self.errors, &mut self.config_notes);
        apply_renames(api, &types.rename, &mut self.errors, &mut self.config_notes);
        api.sort_types();
        if let Some(released) = self.lock {
            lock::keep_names(api, released, &mut self.kept);
        }
        presence::apply(
            api,
            &types.always_present,
            &mut self.errors,
            &mut self.config_notes,
        );
        api.sort_types();
        if let Some(released) = self.lock {
            lock::keep_types(api, released, &mut self.kept);
        }
        paging::decide(api, &self.config.pagination);
        filters::type_like_items(api);
        prune_unused(api);
        inputs::settle(api);
    }
}

/// Drops the types no caller can meet: a type is kept when a request, a result or an event
/// reaches it. The bodies of error responses are read by the runtime's one error type, so the
/// schemas only they use (Telnyx's error objects) would be public types nothing returns.
fn prune_unused(api: &mut Api) {
    let ops = api.resources.iter().flat_map(|r| &r.operations);
    let roots = ops
        .flat_map(|op| op.input_refs().into_iter().chain(op.output.type_refs()))
        .chain(api.webhooks.iter().flat_map(|w| &w.events).map(|e| &e.data));
    let used = api.reachable(roots);
    api.types.retain(|t| used.contains(&t.name));
}

pub(super) fn resource_of(config: &Config, path: &str, op: &SpecOperation) -> String {
    op.operation_id
        .as_ref()
        .and_then(|id| config.operations.get(id))
        .and_then(|o| o.resource.as_deref())
        .map(resource_name)
        .unwrap_or_else(|| path_shape(path).resource)
}

fn tag_description(spec: &OpenAPI, tag: &str) -> Option<String> {
    spec.tags
        .iter()
        .find(|t| t.name == tag)
        .and_then(|t| t.description.clone())
}

pub(super) const METHODS: [(&str, HttpMethod); 8] = [
    ("get", HttpMethod::Get),
    ("put", HttpMethod::Put),
    ("post", HttpMethod::Post),
    ("delete", HttpMethod::Delete),
    ("options", HttpMethod::Options),
    ("head", HttpMethod::Head),
    ("patch", HttpMethod::Patch),
    ("trace", HttpMethod::Trace),
];

impl<'a> Model<'a> {
    fn error(&mut self, at: Pointer, message: impl Into<String>) {
        self.errors.push(Diagnostic::new(at, message));
    }

    fn selected(&mut self) -> Vec<(&'a str, HttpMethod, &'a SpecOperation)> {
        let mut out = Vec::new();
        for (path, item) in &self.api.paths.paths {
            let ReferenceOr::Item(item) = item else {
                let at = Pointer::root().push("paths").push(path);
                self.error(at, "path items given by `$ref` are not supported");
                continue;
            };
            for (method, op) in item.iter() {
                let Some((_, http)) = METHODS.iter().find(|(m, _)| *m == method) else {
                    continue;
                };
                if self.config.select.takes(path, &op.tags) {
                    out.push((path.as_str(), *http, op));
                }
            }
        }
        out
    }

    /// Gives every component schema the selection reaches its name up front, in document order,
    /// so component names never depend on the order in which operations mention them.
    fn claim_component_names<'v>(
        &mut self,
        doc: &'v Value,
        selected: &[(&str, HttpMethod, &SpecOperation)],
        extra: Vec<&'v Value>,
    ) {
        let mut pending: Vec<&Value> = selected
            .iter()
            .filter_map(|(path, method, _)| doc.get("paths")?.get(*path)?.get(method_key(*method)))
            .chain(extra)
            .collect();
        let mut seen_refs = BTreeSet::new();
        while let Some(value) = pending.pop() {
            match value {
                Value::Object(map) => {
                    if let Some(Value::String(target)) = map.get("$ref") {
                        if seen_refs.insert(target.clone()) {
                            pending.extend(Pointer::parse(target).and_then(|p| p.lookup(doc)));
                        }
                    }
                    pending.extend(
                        map.iter()
                            .filter(|(k, _)| *k != "example" && *k != "examples")
                            .map(|(_, v)| v),
                    );
                }
                Value::Array(items) => pending.extend(items),
                _ => {}
            }
        }
        let Some(components) = &self.api.components else {
            return;
        };
        for key in components.schemas.keys() {
            let pointer = Pointer::root().push("components").push("schemas").push(key);
            if seen_refs.contains(pointer.as_str()) {
                let name = self.type_names.claim(&avoid_prelude(&pascal(key)));
                self.component_names.insert(key.clone(), name);
            }
        }
    }

    /// Method names must be unique within a resource. Fallback, in order: the later operation
    /// takes its name qualified by its path's context (`get_mission_runs`), then its
    /// `operationId` (snake_case), then a numbered name; each rename is a warning (`--strict`
    /// makes it an error) suggesting a config override.
    fn settle_method_names(&mut self, resources: &mut BTreeMap<String, Resource>) {
        for resource in resources.values_mut() {
            let mut taken = Namespace::default();
            for op in &mut resource.operations {
                if !taken.contains(&op.name) {
                    taken.claim(&op.name);
                    continue;
                }
                let candidates = [
                    qualified_method(&op.name, &op.path),
                    op.operation_id.as_deref().map(snake),
                ];
                let free = candidates
                    .into_iter()
                    .flatten()
                    .find(|n| !taken.contains(n));
                let new = match free {
                    Some(name) => taken.claim(&name),
                    None => taken.claim(&format!("{}_", op.name)),
                };
                let message = format!(
                    "method name `{}.{}` is already taken; this operation is `{}.{new}` (set `[operations.<operationId>] method = \"...\"` in the generator config to choose)",
                    resource.name, op.name, resource.name
                );
                self.warnings
                    .push(Diagnostic::new(op.pointer.clone(), message));
                op.name = new;
            }
        }
    }

    fn check_overrides(&mut self, selected: &[(&str, HttpMethod, &SpecOperation)]) {
        for id in self.config.operations.keys() {
            if !selected
                .iter()
                .any(|(_, _, op)| op.operation_id.as_ref() == Some(id))
            {
                let message = format!(
                    "config overrides operation `{id}`, which is not among the selected operations"
                );
                self.config_notes
                    .push(Diagnostic::new(Pointer::root().push("paths"), message));
            }
        }
    }
}
