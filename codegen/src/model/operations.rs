//! Operations: parameters, request bodies (by media type), responses (Telnyx's `{"data": ...}`
//! envelope recognized), and credentials, for each selected operation.

use openapiv3::{
    MediaType, Operation as SpecOperation, Parameter, ParameterSchemaOrContent, QueryStyle,
    ReferenceOr, RequestBody, Response as SpecResponse, SecurityScheme, StatusCode,
};

use super::refs;
use super::types::{Site, schema_doc};
use super::{METHODS, resource_of};
use crate::ir::{
    Auth, Body, BodyEncoding, Doc, FieldEncoding, HttpMethod, Module, Operation, Output, Param,
    ParamLocation, ParamStyle, Response, ResponseBody, Scheme, Status, TypeRef,
};
use crate::naming::{Namespace, method_name, pascal, path_shape, short_type_name, singular, snake};
use crate::pointer::Pointer;

use super::Model;

impl<'a> Model<'a> {
    /// An object given inline or by `$ref` to `#/components/<kind>/<key>`: the object, the name
    /// for types made from it (`local_name` inline, the component key otherwise), their module
    /// and its pointer. `None`, with an error, when the reference names nothing.
    fn locate<T>(
        &mut self,
        item: &'a ReferenceOr<T>,
        kind: &refs::Kind<T>,
        module: &Module,
        at: &Pointer,
        local_name: impl FnOnce(&T) -> String,
    ) -> Option<(&'a T, String, Module, Pointer)> {
        let reference = match item {
            ReferenceOr::Item(inline) => {
                return Some((inline, local_name(inline), module.clone(), at.clone()));
            }
            ReferenceOr::Reference { reference } => reference,
        };
        match refs::resolve(self.api.components.as_ref(), kind, reference) {
            Some((found, key)) => {
                let pointer = Pointer::root()
                    .push("components")
                    .push(kind.name)
                    .push(&key);
                Some((found, pascal(&key), Module::Models, pointer))
            }
            None => {
                self.error(
                    at.clone(),
                    format!(
                        "`$ref: {reference}` names nothing in #/components/{}",
                        kind.name
                    ),
                );
                None
            }
        }
    }

    pub(super) fn operation(
        &mut self,
        path: &str,
        method: HttpMethod,
        op: &'a SpecOperation,
    ) -> Operation {
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
        let type_prefix = short_type_name(&format!(
            "{}{}",
            pascal(&singular(&resource)),
            pascal(&name)
        ));
        let builder = self.type_names.claim(&format!("{type_prefix}Request"));
        let inputs_type = self.type_names.claim(&format!("{type_prefix}Inputs"));
        let module = Module::Resource(resource);
        let params = self.params(path, op, &type_prefix, &module, &at);
        let body = op
            .request_body
            .as_ref()
            .map(|b| self.body(b, &type_prefix, &module, &at.push("requestBody")));
        let responses = self.responses(op, &type_prefix, &module, &at);
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
            builder,
            inputs_type,
            // Named once the types are final (`inputs::settle`).
            inputs: Vec::new(),
            replaces_body: false,
            opt_out: None,
            idempotent: overrides
                .and_then(|o| o.idempotent)
                .unwrap_or(method != HttpMethod::Post),
            require,
            method,
            path: path.to_owned(),
            params,
            body,
            responses,
            // Decided once the types have their final names (`paging::decide`).
            output: Output::Untyped,
            auth: self.auth(op, &at),
            doc: Doc {
                text: join_doc(op.summary.as_deref(), op.description.as_deref()),
                facts: Vec::new(),
            },
            pointer: at,
        }
    }

    /// Every declared response, in document order. The first 2xx one names its types
    /// `<Prefix>Response`; the others add their status (`<Prefix>Response404`).
    fn responses(
        &mut self,
        op: &'a SpecOperation,
        type_prefix: &str,
        module: &Module,
        at: &Pointer,
    ) -> Vec<Response> {
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
            responses.push(self.response(response, status, &name, module, &response_at));
        }
        responses
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
        let local_name =
            |p: &Parameter| format!("{prefix}{}", pascal(&p.parameter_data_ref().name));
        let located = self.locate(param, &refs::PARAMETERS, module, at, local_name);
        let (param, name_base, module, at) = located?;
        let data = param.parameter_data_ref();
        let (location, style) = location_and_style(param);
        if matches!(style, ParamStyle::Matrix | ParamStyle::Label) {
            self.warn(
                at.clone(),
                "path parameters in `matrix` or `label` style are sent in `simple` style",
            );
        }
        let (ty, schema_facts) = self.param_type(data, &name_base, &module, &at);
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

    /// A parameter's type (made once per parameter object, shared by every operation that
    /// refers to it) and the facts of its schema.
    fn param_type(
        &mut self,
        data: &'a openapiv3::ParameterData,
        name_base: &str,
        module: &Module,
        at: &Pointer,
    ) -> (TypeRef, Vec<String>) {
        let schema_at = at.push("schema");
        match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let key = (module.clone(), at.clone());
                let ty = match self.shared.get(&key) {
                    Some(ty) => ty.clone(),
                    None => {
                        let site = Site::new(name_base, module, &schema_at);
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
        }
    }

    fn body(
        &mut self,
        body: &'a ReferenceOr<RequestBody>,
        prefix: &str,
        module: &Module,
        at: &Pointer,
    ) -> Body {
        let located = self.locate(body, &refs::REQUEST_BODIES, module, at, |_| {
            format!("{prefix}Body")
        });
        let Some((body, name, module, at)) = located else {
            return Body {
                content_type: "application/json".into(),
                encoding: BodyEncoding::Json,
                ty: TypeRef::Json,
                encodings: Vec::new(),
                doc: Doc::default(),
            };
        };
        let mut encodings = Vec::new();
        let (content_type, encoding, ty) = match pick_media(&body.content) {
            Some((ct, media)) => {
                if body_encoding(ct) == BodyEncoding::Form {
                    encodings = field_encodings(media);
                }
                let encoding = body_encoding(ct);
                let ty = match encoding {
                    BodyEncoding::Raw => TypeRef::Bytes,
                    encoding @ (BodyEncoding::Multipart
                    | BodyEncoding::Json
                    | BodyEncoding::Form) => {
                        let files = encoding == BodyEncoding::Multipart;
                        let at = at.push("content").push(ct);
                        self.media_type(media, &name, &module, &at, files)
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
            encodings,
            doc: Doc {
                text: body.description.clone(),
                facts: Vec::new(),
            },
        }
    }

    /// The type of a media type's schema; `files`: `format: binary` strings are file parts
    /// (multipart bodies).
    fn media_type(
        &mut self,
        media: &'a MediaType,
        name: &str,
        module: &Module,
        at: &Pointer,
        files: bool,
    ) -> TypeRef {
        let key = (module.clone(), at.clone());
        if let Some(ty) = self.shared.get(&key) {
            return ty.clone();
        }
        let ty = match &media.schema {
            Some(schema) => {
                let at = at.push("schema");
                self.schema_ref(
                    schema,
                    Site {
                        files,
                        ..Site::new(name, module, &at)
                    },
                )
            }
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
        let located = self.locate(response, &refs::RESPONSES, module, at, |_| name.to_owned());
        let Some((response, name, module, at)) = located else {
            return Response {
                status,
                body: ResponseBody::Empty,
            };
        };
        let memo_key = (module.clone(), at.clone());
        if let Some(body) = self.shared_responses.get(&memo_key) {
            return Response {
                status,
                body: body.clone(),
            };
        }
        let body = match pick_media(&response.content) {
            None => ResponseBody::Empty,
            Some((ct, _)) if ct.starts_with("text/event-stream") => ResponseBody::EventStream,
            Some((ct, _)) if !is_json(ct) => ResponseBody::Bytes(ct.to_owned()),
            Some((ct, media)) => {
                let media_at = at.push("content").push(ct);
                match envelope(media) {
                    Some((data, meta)) => {
                        let schema_at = media_at.push("schema").push("properties");
                        let data_ty = self
                            .boxed_ref(data, Site::new(&name, &module, &schema_at.push("data")));
                        let meta_name = format!("{name}Meta");
                        let meta_ty = meta.map(|m| {
                            self.boxed_ref(
                                m,
                                Site::new(&meta_name, &module, &schema_at.push("meta")),
                            )
                        });
                        ResponseBody::Envelope {
                            data: data_ty,
                            meta: meta_ty,
                        }
                    }
                    None => {
                        ResponseBody::Json(self.media_type(media, &name, &module, &media_at, false))
                    }
                }
            }
        };
        self.shared_responses.insert(memo_key, body.clone());
        Response { status, body }
    }

    /// The credentials of an operation: no requirement, or an empty one among them, needs
    /// none; otherwise the first requirement whose schemes the client can all send. Fallback:
    /// the first requirement, its unsupported schemes sent as the API key in a bearer token,
    /// with a warning.
    fn auth(&mut self, op: &SpecOperation, at: &Pointer) -> Auth {
        let requirements = op.security.as_ref().or(self.api.security.as_ref());
        let list = match requirements {
            Some(list) if !list.is_empty() && list.iter().all(|r| !r.is_empty()) => list,
            _ => return Auth::None,
        };
        let resolve = |requirement: &openapiv3::SecurityRequirement| -> Vec<Option<Scheme>> {
            requirement
                .iter()
                .map(|(name, scopes)| self.scheme(name, scopes))
                .collect()
        };
        if let Some(schemes) = list
            .iter()
            .map(resolve)
            .find(|schemes| schemes.iter().all(Option::is_some))
        {
            return Auth::Schemes(schemes.into_iter().flatten().collect());
        }
        let first = resolve(&list[0]);
        let names: Vec<&String> = list[0].keys().collect();
        let at = match &op.security {
            Some(_) => at.push("security"),
            None => Pointer::root().push("security"),
        };
        self.warn(
            at,
            &format!(
                "security scheme(s) {names:?} cannot be sent by the client (only bearer, basic, API keys and OAuth2 client credentials); sending the API key as a bearer token instead"
            ),
        );
        Auth::Schemes(
            first
                .into_iter()
                .map(|s| s.unwrap_or(Scheme::Bearer))
                .collect(),
        )
    }

    /// The scheme named `name` in `#/components/securitySchemes`, if the client can send it.
    fn scheme(&self, name: &str, scopes: &[String]) -> Option<Scheme> {
        let components = self.api.components.as_ref()?;
        let ReferenceOr::Item(scheme) = components.security_schemes.get(name)? else {
            return None;
        };
        match scheme {
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("bearer") => {
                Some(Scheme::Bearer)
            }
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
                Some(Scheme::Basic)
            }
            SecurityScheme::HTTP { .. } | SecurityScheme::OpenIDConnect { .. } => None,
            SecurityScheme::APIKey { location, name, .. } => Some(Scheme::ApiKey {
                location: match location {
                    openapiv3::APIKeyLocation::Header => ParamLocation::Header,
                    openapiv3::APIKeyLocation::Query => ParamLocation::Query,
                    openapiv3::APIKeyLocation::Cookie => ParamLocation::Cookie,
                },
                name: name.clone(),
            }),
            SecurityScheme::OAuth2 { flows, .. } => {
                let flow = flows.client_credentials.as_ref()?;
                Some(Scheme::OAuth2ClientCredentials {
                    token_url: flow.token_url.clone(),
                    scopes: scopes.to_vec(),
                })
            }
        }
    }
}

pub(super) fn method_key(method: HttpMethod) -> &'static str {
    METHODS
        .iter()
        .find(|(_, m)| *m == method)
        .map_or("get", |(k, _)| k)
}

/// `#/components/<kind>/<key>` -> `key`.
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

/// Where a parameter travels and its serialization style.
fn location_and_style(param: &Parameter) -> (ParamLocation, ParamStyle) {
    match param {
        Parameter::Query { style, .. } => (ParamLocation::Query, query_style(style)),
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
    }
}

/// A query (or form field) style as the IR names it: the one mapping from the spec's.
fn query_style(style: &QueryStyle) -> ParamStyle {
    match style {
        QueryStyle::Form => ParamStyle::Form,
        QueryStyle::DeepObject => ParamStyle::DeepObject,
        QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
        QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
    }
}

/// The layout of each field of a form body that its media type's `encoding` describes.
/// (`openapiv3` reads an absent `explode` as `false`, which for `form` is not the default:
/// a `form` field is taken as exploded, the spec's default.)
fn field_encodings(media: &MediaType) -> Vec<FieldEncoding> {
    media
        .encoding
        .iter()
        .filter(|(_, e)| e.style.is_some())
        .map(|(field, e)| {
            let style = e.style.as_ref().map_or(ParamStyle::Form, query_style);
            FieldEncoding {
                field: field.clone(),
                style,
                explode: e.explode || style == ParamStyle::Form,
            }
        })
        .collect()
}
