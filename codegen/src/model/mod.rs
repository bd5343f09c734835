//! Modelling: the parsed spec plus the generator config into the plain-data [`Api`].
//!
//! This stage selects operations, names resources, methods and types (with `naming`), resolves
//! every `$ref`, and reports every problem it finds at once. `types` owns schemas; this module
//! owns operations, parameters, bodies and responses.

mod types;
mod unions;
mod webhooks;

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    MediaType, OpenAPI, Operation as SpecOperation, Parameter, ParameterSchemaOrContent, PathItem,
    QueryStyle, ReferenceOr, RequestBody, Response as SpecResponse, SecurityScheme, StatusCode,
};
use serde_json::Value;

use crate::config::Config;
use crate::error::Diagnostic;
use crate::ir::{
    Api, Auth, Body, BodyEncoding, Doc, HttpMethod, Module, Operation, Param, ParamLocation,
    ParamStyle, Resource, Response, ResponseBody, Status, TypeDef, TypeRef,
};
use crate::naming::{Namespace, method_name, pascal, path_shape, singular, snake};
use crate::pointer::Pointer;
use types::{Site, schema_doc};

/// The result of modelling: the API, or nothing when there were errors, plus warnings.
#[derive(Debug)]
pub struct Modelled {
    /// The model (meaningful only when `errors` is empty).
    pub api: Api,
    /// Problems that stop generation.
    pub errors: Vec<Diagnostic>,
    /// Things expressed with a documented fallback.
    pub warnings: Vec<Diagnostic>,
}

pub(crate) struct Model<'a> {
    api: &'a OpenAPI,
    config: &'a Config,
    types: Vec<TypeDef>,
    type_names: Namespace,
    component_names: BTreeMap<String, String>,
    components_started: BTreeSet<String>,
    shared: BTreeMap<String, TypeRef>,
    shared_responses: BTreeMap<String, ResponseBody>,
    /// While modelling a multipart body: `format: binary` strings are file parts.
    binary_as_file: bool,
    /// Where components modelled from now on go (`models`, or `events` for webhook-only ones).
    component_module: Module,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
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
) -> Modelled {
    let mut model = Model {
        api: spec,
        config,
        types: Vec::new(),
        type_names: Namespace::default(),
        component_names: BTreeMap::new(),
        components_started: BTreeSet::new(),
        shared: BTreeMap::new(),
        shared_responses: BTreeMap::new(),
        component_module: Module::Models,
        binary_as_file: false,
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let selected = model.selected();
    // Handles first, then components, then operation-local types: each name is stable against
    // changes in the others' order.
    let handles: BTreeMap<String, String> = selected
        .iter()
        .map(|(path, _, op)| resource_of(config, path, op))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .map(|r| {
            let handle = model.type_names.claim(&pascal(&r));
            (r, handle)
        })
        .collect();
    let hook_values: Vec<&Value> = hooks
        .iter()
        .filter_map(|(name, _)| hooks_doc?.get(name))
        .collect();
    model.claim_component_names(doc, &selected, hook_values);
    let mut resources: BTreeMap<String, Resource> = BTreeMap::new();
    for (path, method, op) in &selected {
        let operation = model.operation(path, *method, op);
        let resource = resources
            .entry(resource_of(config, path, op))
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
    let webhooks = model.webhooks(hooks);
    model.settle_method_names(&mut resources);
    model.check_overrides(&selected);
    let info = &spec.info;
    let mut api = Api {
        title: info.title.clone(),
        version: info.version.clone(),
        source: source.to_owned(),
        resources: resources.into_values().collect(),
        types: std::mem::take(&mut model.types),
        webhooks,
    };
    share_types(
        &mut api,
        &config.types.share,
        &mut model.errors,
        &mut model.warnings,
    );
    apply_renames(
        &mut api,
        &config.types.rename,
        &mut model.errors,
        &mut model.warnings,
    );
    api.types.sort_by(|a, b| a.name.cmp(&b.name));
    Modelled {
        api,
        errors: model.errors,
        warnings: model.warnings,
    }
}

/// Applies `[types.share]`: merges every type shaped like the named one into one shared type.
fn share_types(
    api: &mut Api,
    shares: &BTreeMap<String, String>,
    errors: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    for (shared_name, like) in shares {
        let Some(model) = api.types.iter().find(|t| &t.name == like).cloned() else {
            warnings.push(Diagnostic::new(
                Pointer::root(),
                format!("config shares type `{like}`, which is not generated"),
            ));
            continue;
        };
        let shape = model.kind.without_docs();
        let twins: BTreeMap<String, String> = api
            .types
            .iter()
            .filter(|t| t.kind.without_docs() == shape)
            .map(|t| (t.name.clone(), shared_name.clone()))
            .collect();
        if pascal(shared_name) != *shared_name
            || (api.types.iter().any(|t| &t.name == shared_name)
                && !twins.contains_key(shared_name))
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
        rename_refs(api, &twins);
    }
}

fn rename_refs(api: &mut Api, renames: &BTreeMap<String, String>) {
    api.visit_type_refs_mut(&mut |ty| {
        if let TypeRef::Named(name) = ty {
            if let Some(to) = renames.get(name) {
                *name = to.clone();
            }
        }
    });
}

/// Applies `[types.rename]` from the config to every definition and every reference.
fn apply_renames(
    api: &mut Api,
    renames: &BTreeMap<String, String>,
    errors: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) {
    for (from, to) in renames {
        if !api.types.iter().any(|t| &t.name == from) {
            warnings.push(Diagnostic::new(
                Pointer::root(),
                format!("config renames type `{from}`, which is not generated"),
            ));
        } else if api.types.iter().any(|t| &t.name == to) || pascal(to) != *to {
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
    rename_refs(api, renames);
}

fn method_key(method: HttpMethod) -> &'static str {
    METHODS
        .iter()
        .find(|(_, m)| *m == method)
        .map_or("get", |(k, _)| k)
}

/// `#/components/<kind>/<key>` -> `key`.
fn component_key(reference: &str, kind: &str) -> Option<String> {
    match Pointer::parse(reference)?.tokens().as_slice() {
        [components, k, key] if components == "components" && k == kind => Some(key.clone()),
        _ => None,
    }
}

fn module_key(module: &Module) -> String {
    module.file_stem().to_owned()
}

/// The encoding a request body's media type calls for; anything unknown is sent as raw bytes.
fn body_encoding(content_type: &str) -> BodyEncoding {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if is_json(&essence) {
        BodyEncoding::Json
    } else if essence == "application/x-www-form-urlencoded" {
        BodyEncoding::Form
    } else if essence == "multipart/form-data" {
        BodyEncoding::Multipart
    } else {
        BodyEncoding::Raw
    }
}

fn is_json(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// The media type to use: JSON when offered, else the first.
fn pick_media(content: &indexmap::IndexMap<String, MediaType>) -> Option<(&str, &MediaType)> {
    content
        .iter()
        .find(|(ct, _)| is_json(ct))
        .or_else(|| content.iter().next())
        .map(|(ct, m)| (ct.as_str(), m))
}

type SchemaBox = ReferenceOr<Box<openapiv3::Schema>>;

/// Telnyx's envelope: an inline object whose only properties are `data` and optionally `meta`.
fn envelope(media: &MediaType) -> Option<(&SchemaBox, Option<&SchemaBox>)> {
    let Some(ReferenceOr::Item(schema)) = &media.schema else {
        return None;
    };
    let properties = match &schema.schema_kind {
        openapiv3::SchemaKind::Type(openapiv3::Type::Object(o)) => &o.properties,
        openapiv3::SchemaKind::Any(a) => &a.properties,
        _ => return None,
    };
    let data = properties.get("data")?;
    if properties.keys().any(|k| k != "data" && k != "meta") {
        return None;
    }
    Some((data, properties.get("meta")))
}

fn join_doc(summary: Option<&str>, description: Option<&str>) -> Option<String> {
    let parts: Vec<&str> = [summary, description]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if parts.is_empty() {
        None
    } else {
        Some(parts.join("\n\n"))
    }
}

fn resource_of(config: &Config, path: &str, op: &SpecOperation) -> String {
    op.operation_id
        .as_ref()
        .and_then(|id| config.operations.get(id))
        .and_then(|o| o.resource.clone())
        .unwrap_or_else(|| path_shape(path).resource)
}

fn tag_description(spec: &OpenAPI, tag: &str) -> Option<String> {
    spec.tags
        .iter()
        .find(|t| t.name == tag)
        .and_then(|t| t.description.clone())
}

const METHODS: [(&str, HttpMethod); 8] = [
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
                let name = self.type_names.claim(&pascal(key));
                self.component_names.insert(key.clone(), name);
            }
        }
    }

    fn operation(&mut self, path: &str, method: HttpMethod, op: &'a SpecOperation) -> Operation {
        let at = Pointer::root()
            .push("paths")
            .push(path)
            .push(method_key(method));
        let overrides = op
            .operation_id
            .as_ref()
            .and_then(|id| self.config.operations.get(id));
        let shape = path_shape(path);
        let name = overrides
            .and_then(|o| o.method.clone())
            .or_else(|| method_name(method_key(method), &shape))
            .or_else(|| op.operation_id.as_deref().map(snake))
            .unwrap_or_else(|| snake(&format!("{} {path}", method_key(method))));
        let resource = resource_of(self.config, path, op);
        let type_prefix = format!("{}{}", pascal(&singular(&resource)), pascal(&name));
        let builder = self.type_names.claim(&format!("{type_prefix}Request"));
        let module = Module::Resource(resource);
        let params = self.params(path, op, &type_prefix, &module, &at);
        let body = op
            .request_body
            .as_ref()
            .map(|b| self.body(b, &type_prefix, &module, &at.push("requestBody")));
        let mut responses = Vec::new();
        let mut named_success = false;
        let all = op
            .responses
            .responses
            .iter()
            .map(|(s, r)| (Some(s), r))
            .chain(op.responses.default.iter().map(|r| (None, r)));
        for (status, response) in all {
            let (status, key) = match status {
                Some(StatusCode::Code(c)) => (Status::Code(*c), c.to_string()),
                Some(StatusCode::Range(r)) => (Status::Range(*r), format!("{r}XX")),
                None => (Status::Default, "default".to_owned()),
            };
            let success = matches!(status, Status::Code(200..=299) | Status::Range(2));
            let name = if success && !named_success {
                format!("{type_prefix}Response")
            } else {
                format!("{type_prefix}Response{}", pascal(&key.to_lowercase()))
            };
            named_success |= success;
            let response_at = at.push("responses").push(&key);
            responses.push(self.response(response, status, &name, &module, &response_at));
        }
        let require = overrides.and_then(|o| o.require.clone());
        if let Some(required) = &require {
            if !params.iter().any(|p| &p.wire_name == required) {
                self.error(
                    at.clone(),
                    format!(
                        "config requires parameter `{required}`, which this operation does not have"
                    ),
                );
            }
        }
        Operation {
            operation_id: op.operation_id.clone(),
            name,
            type_prefix,
            builder,
            idempotent: overrides
                .and_then(|o| o.idempotent)
                .unwrap_or(method != HttpMethod::Post),
            require,
            method,
            path: path.to_owned(),
            params,
            body,
            responses,
            auth: self.auth(op),
            doc: Doc {
                text: join_doc(op.summary.as_deref(), op.description.as_deref()),
                facts: Vec::new(),
            },
            pointer: at,
        }
    }

    fn params(
        &mut self,
        path: &str,
        op: &'a SpecOperation,
        prefix: &str,
        module: &Module,
        at: &Pointer,
    ) -> Vec<Param> {
        let item_params = match self.api.paths.paths.get(path) {
            Some(ReferenceOr::Item(item)) => item
                .parameters
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    (
                        Pointer::root()
                            .push("paths")
                            .push(path)
                            .push("parameters")
                            .push(i),
                        p,
                    )
                })
                .collect(),
            _ => Vec::new(),
        };
        let op_params = op
            .parameters
            .iter()
            .enumerate()
            .map(|(i, p)| (at.push("parameters").push(i), p));
        let mut by_key: Vec<Param> = Vec::new();
        let mut names = Namespace::default();
        // Operation-level parameters override path-level ones with the same name and location.
        for (param_at, param) in item_params.into_iter().chain(op_params) {
            let Some(param) = self.param(param, prefix, module, &param_at, &mut names) else {
                continue;
            };
            by_key.retain(|p| !(p.wire_name == param.wire_name && p.location == param.location));
            by_key.push(param);
        }
        // Path parameters first, in template order; then the rest in document order.
        let order = |p: &Param| match p.location {
            ParamLocation::Path => path
                .find(&format!("{{{}}}", p.wire_name))
                .unwrap_or(usize::MAX),
            _ => usize::MAX,
        };
        by_key.sort_by_key(|p| (p.location != ParamLocation::Path, order(p)));
        for segment in path
            .split('/')
            .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
        {
            if !by_key
                .iter()
                .any(|p| p.location == ParamLocation::Path && p.wire_name == segment)
            {
                self.error(
                    at.clone(),
                    format!("path parameter `{segment}` of `{path}` is not declared"),
                );
            }
        }
        by_key
    }

    fn param(
        &mut self,
        param: &'a ReferenceOr<Parameter>,
        prefix: &str,
        module: &Module,
        at: &Pointer,
        names: &mut Namespace,
    ) -> Option<Param> {
        let (param, name_base, module, at) = match param {
            ReferenceOr::Item(p) => (
                p,
                format!("{prefix}{}", pascal(&p.parameter_data_ref().name)),
                module.clone(),
                at.clone(),
            ),
            ReferenceOr::Reference { reference } => {
                let key = component_key(reference, "parameters");
                let found = key
                    .as_ref()
                    .and_then(|k| self.api.components.as_ref()?.parameters.get(k));
                match (key, found) {
                    (Some(key), Some(ReferenceOr::Item(p))) => (
                        p,
                        pascal(&key),
                        Module::Models,
                        Pointer::root()
                            .push("components")
                            .push("parameters")
                            .push(&key),
                    ),
                    _ => {
                        self.error(
                            at.clone(),
                            format!(
                                "`$ref: {reference}` names no parameter in #/components/parameters"
                            ),
                        );
                        return None;
                    }
                }
            }
        };
        let data = param.parameter_data_ref();
        let (location, style) = match param {
            Parameter::Query { style, .. } => (
                ParamLocation::Query,
                match style {
                    QueryStyle::Form => ParamStyle::Form,
                    QueryStyle::DeepObject => ParamStyle::DeepObject,
                    QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                    QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                },
            ),
            Parameter::Path { style, .. } => (
                ParamLocation::Path,
                match style {
                    openapiv3::PathStyle::Simple => ParamStyle::Simple,
                    openapiv3::PathStyle::Matrix => ParamStyle::Matrix,
                    openapiv3::PathStyle::Label => ParamStyle::Label,
                },
            ),
            Parameter::Header { .. } => (ParamLocation::Header, ParamStyle::Simple),
            Parameter::Cookie { .. } => (ParamLocation::Cookie, ParamStyle::Form),
        };
        let schema_at = at.push("schema");
        let (ty, schema_facts) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let key = format!("{}{}", module_key(&module), at);
                let ty = match self.shared.get(&key) {
                    Some(ty) => ty.clone(),
                    None => {
                        let site = Site {
                            name: &name_base,
                            module: &module,
                            at: &schema_at,
                            reserved: false,
                        };
                        let ty = self.schema_ref(schema, site);
                        self.shared.insert(key, ty.clone());
                        ty
                    }
                };
                let facts = match schema {
                    ReferenceOr::Item(s) => schema_doc(s).facts,
                    _ => Vec::new(),
                };
                (ty, facts)
            }
            ParameterSchemaOrContent::Content(_) => {
                self.warn(
                    at.clone(),
                    "parameters with `content` are sent as JSON text",
                );
                (TypeRef::Json, Vec::new())
            }
        };
        Some(Param {
            wire_name: data.name.clone(),
            rust_name: names.claim(&snake(&data.name)),
            location,
            style,
            explode: data
                .explode
                .unwrap_or(matches!(style, ParamStyle::Form | ParamStyle::DeepObject)),
            required: data.required || location == ParamLocation::Path,
            ty,
            doc: Doc {
                text: data.description.clone().filter(|d| !d.trim().is_empty()),
                facts: schema_facts,
            },
            pointer: at,
        })
    }

    fn body(
        &mut self,
        body: &'a ReferenceOr<RequestBody>,
        prefix: &str,
        module: &Module,
        at: &Pointer,
    ) -> Body {
        let (body, name, module, at) = match body {
            ReferenceOr::Item(b) => (b, format!("{prefix}Body"), module.clone(), at.clone()),
            ReferenceOr::Reference { reference } => {
                let key = component_key(reference, "requestBodies");
                match key
                    .as_ref()
                    .and_then(|k| self.api.components.as_ref()?.request_bodies.get(k))
                {
                    Some(ReferenceOr::Item(b)) => {
                        let key = key.unwrap_or_default();
                        (
                            b,
                            pascal(&key),
                            Module::Models,
                            Pointer::root()
                                .push("components")
                                .push("requestBodies")
                                .push(&key),
                        )
                    }
                    _ => {
                        self.error(at.clone(), format!("`$ref: {reference}` names no request body in #/components/requestBodies"));
                        return Body {
                            content_type: "application/json".into(),
                            encoding: BodyEncoding::Json,
                            ty: TypeRef::Json,
                            required: true,
                            doc: Doc::default(),
                        };
                    }
                }
            }
        };
        let (content_type, encoding, ty) = match pick_media(&body.content) {
            Some((ct, media)) => {
                let encoding = body_encoding(ct);
                let ty = match encoding {
                    BodyEncoding::Raw => TypeRef::Bytes,
                    BodyEncoding::Multipart => {
                        self.binary_as_file = true;
                        let ty =
                            self.media_type(media, &name, &module, &at.push("content").push(ct));
                        self.binary_as_file = false;
                        ty
                    }
                    BodyEncoding::Json | BodyEncoding::Form => {
                        self.media_type(media, &name, &module, &at.push("content").push(ct))
                    }
                };
                (ct.to_owned(), encoding, ty)
            }
            None => (
                "application/json".to_owned(),
                BodyEncoding::Json,
                TypeRef::Json,
            ),
        };
        Body {
            content_type,
            encoding,
            ty,
            required: body.required,
            doc: Doc {
                text: body.description.clone(),
                facts: Vec::new(),
            },
        }
    }

    fn media_type(
        &mut self,
        media: &'a MediaType,
        name: &str,
        module: &Module,
        at: &Pointer,
    ) -> TypeRef {
        let key = format!("{}{}", module_key(module), at);
        if let Some(ty) = self.shared.get(&key) {
            return ty.clone();
        }
        let ty = match &media.schema {
            Some(schema) => self.schema_ref(
                schema,
                Site {
                    name,
                    module,
                    at: &at.push("schema"),
                    reserved: false,
                },
            ),
            None => TypeRef::Json,
        };
        self.shared.insert(key, ty.clone());
        ty
    }

    fn response(
        &mut self,
        response: &'a ReferenceOr<SpecResponse>,
        status: Status,
        name: &str,
        module: &Module,
        at: &Pointer,
    ) -> Response {
        let (response, name, module, at) = match response {
            ReferenceOr::Item(r) => (r, name.to_owned(), module.clone(), at.clone()),
            ReferenceOr::Reference { reference } => {
                let key = component_key(reference, "responses");
                match key
                    .as_ref()
                    .and_then(|k| self.api.components.as_ref()?.responses.get(k))
                {
                    Some(ReferenceOr::Item(r)) => {
                        let key = key.unwrap_or_default();
                        (
                            r,
                            pascal(&key),
                            Module::Models,
                            Pointer::root()
                                .push("components")
                                .push("responses")
                                .push(&key),
                        )
                    }
                    _ => {
                        self.error(
                            at.clone(),
                            format!(
                                "`$ref: {reference}` names no response in #/components/responses"
                            ),
                        );
                        return Response {
                            status,
                            description: String::new(),
                            body: ResponseBody::Empty,
                        };
                    }
                }
            }
        };
        let memo_key = format!("{}{}", module_key(&module), at);
        if let Some(body) = self.shared_responses.get(&memo_key) {
            return Response {
                status,
                description: response.description.clone(),
                body: body.clone(),
            };
        }
        let body = match pick_media(&response.content) {
            None => ResponseBody::Empty,
            Some((ct, _)) if !is_json(ct) => {
                if ct.starts_with("text/event-stream") {
                    self.warn(at.push("content").push(ct), "`text/event-stream` is not streamed yet: the response is read whole, as bytes");
                }
                ResponseBody::Bytes(ct.to_owned())
            }
            Some((ct, media)) => {
                let media_at = at.push("content").push(ct);
                match envelope(media) {
                    Some((data, meta)) => {
                        let schema_at = media_at.push("schema").push("properties");
                        let data_ty = self.boxed_ref(
                            data,
                            Site {
                                name: &name,
                                module: &module,
                                at: &schema_at.push("data"),
                                reserved: false,
                            },
                        );
                        let meta_name = format!("{name}Meta");
                        let meta_ty = meta.map(|m| {
                            self.boxed_ref(
                                m,
                                Site {
                                    name: &meta_name,
                                    module: &module,
                                    at: &schema_at.push("meta"),
                                    reserved: false,
                                },
                            )
                        });
                        ResponseBody::Envelope {
                            data: data_ty,
                            meta: meta_ty,
                        }
                    }
                    None => ResponseBody::Json(self.media_type(media, &name, &module, &media_at)),
                }
            }
        };
        self.shared_responses.insert(memo_key, body.clone());
        Response {
            status,
            description: response.description.clone(),
            body,
        }
    }

    fn auth(&mut self, op: &SpecOperation) -> Auth {
        let requirements = op.security.as_ref().or(self.api.security.as_ref());
        match requirements {
            None => Auth::None,
            Some(list) if list.is_empty() || list.iter().any(|r| r.is_empty()) => Auth::None,
            Some(list) => {
                let schemes = self.api.components.as_ref().map(|c| &c.security_schemes);
                let bearer = list.iter().flat_map(|r| r.keys()).any(|name| {
                    matches!(schemes.and_then(|s| s.get(name)), Some(ReferenceOr::Item(SecurityScheme::HTTP { scheme, .. })) if scheme.eq_ignore_ascii_case("bearer"))
                });
                if !bearer {
                    let at = Pointer::root().push("components").push("securitySchemes");
                    self.warn(at, "no HTTP bearer scheme found for a secured operation; sending the API key as a bearer token");
                }
                Auth::Bearer
            }
        }
    }

    /// Method names must be unique within a resource. Fallback, in order: the later operation
    /// takes its `operationId` (snake_case), then a numbered name; each rename is a warning
    /// (`--strict` makes it an error) suggesting a config override.
    fn settle_method_names(&mut self, resources: &mut BTreeMap<String, Resource>) {
        for resource in resources.values_mut() {
            let mut taken = Namespace::default();
            for op in &mut resource.operations {
                if !taken.contains(&op.name) {
                    taken.claim(&op.name);
                    continue;
                }
                let from_id = op
                    .operation_id
                    .as_deref()
                    .map(snake)
                    .filter(|n| !taken.contains(n));
                let new = match from_id {
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
                self.warn(Pointer::root().push("paths"), &format!("config overrides operation `{id}`, which is not among the selected operations"));
            }
        }
    }
}
