//! The intermediate representation: plain data between the spec and the emitted Rust.
//!
//! Nothing here names an `openapiv3` or `quote` type, so the model can be built, inspected and
//! tested on its own. Every node that came from the spec keeps its JSON pointer.

use crate::pointer::Pointer;

/// Everything the emitter needs to write the client.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// The spec file as it should be named in generated headers (e.g. `spec/telnyx-video.yaml`).
    pub source: String,
    /// Resources (one generated module each), sorted by name.
    pub resources: Vec<Resource>,
    /// Every named type, sorted by name; names are unique.
    pub types: Vec<TypeDef>,
    /// The events of the 3.1 `webhooks` section, dispatched on their discriminator.
    pub webhooks: Option<Webhooks>,
    /// The `meta` types of list responses, with where each keeps its page numbers.
    pub page_metas: Vec<PageMeta>,
    /// The crate's name for doc examples, when the config gives one.
    pub crate_name: Option<String>,
}

/// The `meta` type of a list response: which of its fields the paginator reads.
#[derive(Debug, Clone, PartialEq)]
pub struct PageMeta {
    /// The named type.
    pub ty: String,
    /// The field with this page's 1-based number.
    pub page_number: Option<IntField>,
    /// The field with the number of pages.
    pub total_pages: Option<IntField>,
}

/// An integer field of a struct, as the paginator reads or writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntField {
    /// snake_case Rust name.
    pub rust_name: String,
    /// `i32` rather than `i64`.
    pub narrow: bool,
    /// Held as `Option<_>`.
    pub optional: bool,
}

/// The webhook events a receiver may get, as one enum.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhooks {
    /// PascalCase name of the event enum (`VideoEvent`).
    pub name: String,
    /// The property of an event's `data` that tells the events apart (`event_type`).
    pub discriminator: String,
    /// The events, in document order.
    pub events: Vec<Webhook>,
    /// The cargo feature the verification helper needs, if any.
    pub feature: Option<String>,
}

/// One webhook event.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    /// PascalCase variant name.
    pub variant: String,
    /// The discriminator value (`video.room.session.started`).
    pub event_type: String,
    /// The type of the event's `data` object.
    pub data: TypeRef,
    /// Summary and description.
    pub doc: Doc,
    /// Where it came from.
    pub pointer: Pointer,
}

/// A group of operations under one path root (`rooms`, `room_sessions`, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    /// snake_case module and accessor name.
    pub name: String,
    /// PascalCase name of the resource's handle type (`Rooms`), unique among type names.
    pub handle: String,
    /// Doc text (from the tag description when there is one).
    pub doc: Doc,
    /// Operations in document order.
    pub operations: Vec<Operation>,
}

/// One HTTP operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// `operationId`, when the spec has one.
    pub operation_id: Option<String>,
    /// snake_case method name, unique within its resource.
    pub name: String,
    /// PascalCase name of the operation's request builder (`RoomListRequest`), unique.
    pub builder: String,
    /// PascalCase name of the struct holding the operation's inputs (`RoomListInputs`), unique.
    pub inputs_type: String,
    /// The inputs as callers set them, names final (decided in `model/inputs.rs`): the required
    /// ones are the method's arguments, in this order; the optional ones are setters on the
    /// request builder.
    pub inputs: Vec<Input>,
    /// The builder's `body(..)` setter, which replaces a struct body whose fields are inputs.
    pub replaces_body: bool,
    /// The builder's opt-out of [`Operation::require`] (`allow_without_filter`), named.
    pub opt_out: Option<String>,
    /// Safe to repeat after the server may have acted on it (retried on 5xx and timeouts).
    pub idempotent: bool,
    /// A parameter that must be set (non-empty) unless the caller explicitly opts out, because
    /// leaving it out widens the operation to everything (bulk deletes).
    pub require: Option<String>,
    /// HTTP method.
    pub method: HttpMethod,
    /// Path template as in the spec, e.g. `/rooms/{room_id}`.
    pub path: String,
    /// Path, query, header and cookie parameters, path parameters first in template order.
    pub params: Vec<Param>,
    /// The request body, if any.
    pub body: Option<Body>,
    /// Declared responses, in document order.
    pub responses: Vec<Response>,
    /// What a successful call returns: read from the first 2xx response.
    pub output: Output,
    /// Whether the operation sends credentials.
    pub auth: Auth,
    /// Summary and description.
    pub doc: Doc,
    /// Where it came from.
    pub pointer: Pointer,
}

/// One input of an operation, as callers set it.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// The argument's or setter's name.
    pub rust_name: String,
    /// A method argument (else a setter).
    pub required: bool,
    /// What it sets.
    pub source: InputSource,
}

/// What an input sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputSource {
    /// `Operation::params[i]`.
    Param(usize),
    /// Field `i` of the struct the body is (through aliases).
    BodyField(usize),
    /// The whole body, of a type that is not a struct.
    WholeBody,
}

/// What a successful call returns, decided once in the model from the first 2xx response
/// (the others stay listed in [`Operation::responses`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    /// `{"data": T}`, returned as `T`.
    Data(TypeRef),
    /// `{"data": [T], "meta": M}`, returned as a page.
    Page {
        /// The item type.
        item: TypeRef,
        /// The meta type.
        meta: TypeRef,
        /// How to ask for another page, when the operation can (then it streams its pages).
        paging: Option<Paging>,
    },
    /// JSON of this type, as it is.
    Json(TypeRef),
    /// No content.
    Empty,
    /// A non-JSON body, as bytes.
    Bytes,
    /// Server-sent events, read as they arrive.
    EventStream,
    /// No 2xx response is declared: whatever JSON comes back.
    Untyped,
}

/// Where a list operation's inputs take the page number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paging {
    /// The wire name of the parameter holding the page (`page`).
    pub param: String,
    /// Its integer field with the page number, in the parameter's struct.
    pub number: IntField,
}

/// HTTP methods OpenAPI knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HttpMethod {
    /// GET
    Get,
    /// PUT
    Put,
    /// POST
    Post,
    /// DELETE
    Delete,
    /// OPTIONS
    Options,
    /// HEAD
    Head,
    /// PATCH
    Patch,
    /// TRACE
    Trace,
}

impl HttpMethod {
    /// Upper-case name as sent on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
        }
    }
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    /// A `{segment}` of the path.
    Path,
    /// The query string.
    Query,
    /// A request header.
    Header,
    /// A cookie.
    Cookie,
}

/// How a parameter value is serialized (OpenAPI `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    /// `simple` (path, header).
    Simple,
    /// `form` (query, cookie).
    Form,
    /// `deepObject`: `name[key][sub]=value`.
    DeepObject,
    /// `spaceDelimited`.
    SpaceDelimited,
    /// `pipeDelimited`.
    PipeDelimited,
    /// `matrix` (path).
    Matrix,
    /// `label` (path).
    Label,
}

/// One parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// The name on the wire.
    pub wire_name: String,
    /// snake_case Rust name.
    pub rust_name: String,
    /// Where it travels.
    pub location: ParamLocation,
    /// Serialization style.
    pub style: ParamStyle,
    /// OpenAPI `explode`.
    pub explode: bool,
    /// Whether the caller must give it.
    pub required: bool,
    /// Its type.
    pub ty: TypeRef,
    /// Description.
    pub doc: Doc,
    /// Where it came from.
    pub pointer: Pointer,
}

/// How a request body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    /// JSON (`application/json`, `*+json`).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`; `format: binary` fields are file parts.
    Multipart,
    /// Any other media type: raw bytes.
    Raw,
}

/// A request body.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    /// Media type, e.g. `application/json`.
    pub content_type: String,
    /// How it is encoded.
    pub encoding: BodyEncoding,
    /// Its type.
    pub ty: TypeRef,
    /// How fields of a form body are laid out (the media type's `encoding`), by wire name.
    pub encodings: Vec<FieldEncoding>,
    /// Description.
    pub doc: Doc,
}

/// The `encoding` entry of one field of a form body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldEncoding {
    /// The field's wire name.
    pub field: String,
    /// Its style (`form`, `deepObject`, `spaceDelimited`, `pipeDelimited`).
    pub style: ParamStyle,
    /// OpenAPI `explode` (default: true for `form`).
    pub explode: bool,
}

/// Which statuses a response covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// One status code.
    Code(u16),
    /// A class such as `4XX` (the digit).
    Range(u16),
    /// `default`: every status not listed.
    Default,
}

/// One declared response.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// The statuses it covers.
    pub status: Status,
    /// Its body.
    pub body: ResponseBody,
}

/// The body of a response.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseBody {
    /// No content.
    Empty,
    /// JSON wrapped in a `{"data": ..., "meta": ...}` envelope (Telnyx's, and the runtime's
    /// `Data` / `PageOf` readers'): recognized when `data` is the body's only property besides
    /// an optional `meta`.
    Envelope {
        /// The type of `data`.
        data: TypeRef,
        /// The type of `meta`, for list responses.
        meta: Option<TypeRef>,
    },
    /// JSON of this type, unwrapped.
    Json(TypeRef),
    /// A non-JSON media type, read as bytes.
    Bytes(String),
    /// `text/event-stream`: server-sent events, read as they arrive.
    EventStream,
}

/// Credentials an operation sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    /// `security: []` (or none declared): no credentials needed.
    None,
    /// The schemes of the security requirement chosen (the first the generator supports), all
    /// sent.
    Schemes(Vec<Scheme>),
}

/// A security scheme, as the client sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scheme {
    /// `Authorization: Bearer <API key>` (HTTP `bearer`, and the fallback for schemes the
    /// generator cannot send: the caller gives the token as the API key).
    Bearer,
    /// HTTP `basic`.
    Basic,
    /// An API key in a header, query parameter or cookie of this name.
    ApiKey {
        /// Where it goes.
        location: ParamLocation,
        /// The header, parameter or cookie name.
        name: String,
    },
    /// OAuth2, client-credentials flow.
    OAuth2ClientCredentials {
        /// Where tokens are issued.
        token_url: String,
        /// The scopes the requirement asks for.
        scopes: Vec<String>,
    },
}

/// Documentation from the spec, kept apart from the facts the generator adds (defaults, bounds).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    /// Summary or description text from the spec.
    pub text: Option<String>,
    /// Facts from the schema (server default, bounds, format), one per line.
    pub facts: Vec<String>,
}

/// Which generated module a type lives in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Module {
    /// `models.rs`: component schemas and what they contain.
    Models,
    /// A resource module: types only its operations use (filters, inline responses).
    Resource(String),
    /// `events.rs`: webhook event types.
    Events,
}

impl Module {
    /// The file stem (and Rust module name) of the module.
    pub fn file_stem(&self) -> &str {
        match self {
            Module::Models => "models",
            Module::Resource(name) => name,
            Module::Events => "events",
        }
    }
}

/// A named type to emit.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// PascalCase name, unique across the API.
    pub name: String,
    /// The module it is emitted in.
    pub module: Module,
    /// Its documentation.
    pub doc: Doc,
    /// What kind of type it is.
    pub kind: TypeKind,
    /// Where it came from.
    pub pointer: Pointer,
    /// Who meets it: callers build it (a request reaches it) and/or read it (a response or an
    /// event reaches it). Decided in `model/inputs.rs`, once the types are final.
    pub role: TypeRole,
}

/// Who meets a type; it decides the type's setters and constructor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TypeRole {
    /// Callers build values of it: it gets a setter per optional field.
    pub built: bool,
    /// Responses or events carry it.
    pub read: bool,
}

impl TypeDef {
    /// The fields `new(..)` takes, in order, when the type has a constructor: a struct callers
    /// build or read with at least one required field (the others start unset; types without
    /// required fields are built with `Default`).
    pub fn constructor_args(&self) -> Option<Vec<&Field>> {
        let TypeKind::Struct(fields) = &self.kind else {
            return None;
        };
        let args: Vec<&Field> = fields.iter().filter(|f| f.required).collect();
        ((self.role.built || self.role.read) && !args.is_empty()).then_some(args)
    }

    /// The fields that get a chainable setter: the optional fields of a struct callers build.
    pub fn setters(&self) -> Vec<&Field> {
        match &self.kind {
            TypeKind::Struct(fields) if self.role.built => {
                fields.iter().filter(|f| !f.required).collect()
            }
            _ => Vec::new(),
        }
    }
}

/// The shapes a named type can take.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// An object with known properties.
    Struct(Vec<Field>),
    /// A string enum, emitted with a catch-all variant for values not known yet.
    Enum(Vec<EnumVariant>),
    /// An integer enum, with a catch-all variant for values not known yet.
    IntEnum(Vec<IntVariant>),
    /// `oneOf`/`anyOf` without a discriminator: the first branch that matches wins.
    Union(Vec<UnionVariant>),
    /// `oneOf` with a discriminator: the branch is chosen by the value of `property`; unknown
    /// values are kept as JSON.
    Tagged {
        /// The discriminator property.
        property: String,
        /// One variant per mapped value.
        variants: Vec<TaggedVariant>,
    },
    /// Another name for a type.
    Alias(TypeRef),
}

/// One struct field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The JSON property name.
    pub wire_name: String,
    /// snake_case Rust name, unique within the struct.
    pub rust_name: String,
    /// Its type.
    pub ty: TypeRef,
    /// Listed in `required`.
    pub required: bool,
    /// `null` is a valid value.
    pub nullable: bool,
    /// Holds a credential (a token, secret, password or key): never shown by `Debug`.
    pub secret: bool,
    /// `readOnly`: set by the server, never sent.
    pub read_only: bool,
    /// `writeOnly`: sent, never read back.
    pub write_only: bool,
    /// Documentation.
    pub doc: Doc,
}

/// One known value of a string enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumVariant {
    /// PascalCase variant name.
    pub name: String,
    /// The string on the wire.
    pub value: String,
}

/// One known value of an integer enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntVariant {
    /// PascalCase variant name.
    pub name: String,
    /// The number on the wire.
    pub value: i64,
}

/// One branch of a discriminated union.
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedVariant {
    /// PascalCase variant name.
    pub name: String,
    /// The discriminator value that selects it.
    pub tag: String,
    /// The branch's type.
    pub ty: TypeRef,
}

/// One branch of a union.
#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    /// PascalCase variant name.
    pub name: String,
    /// What the branch holds.
    pub kind: UnionBranch,
    /// Documentation.
    pub doc: Doc,
}

/// What a union branch matches.
#[derive(Debug, Clone, PartialEq)]
pub enum UnionBranch {
    /// Exactly this string (a one-value enum or `const`): a unit variant.
    Constant(String),
    /// Any value of this type.
    Type(TypeRef),
}

/// A reference to a type, as fields and parameters use them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeRef {
    /// `bool`
    Bool,
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `f64`
    F64,
    /// `String`
    String,
    /// A UUID.
    Uuid,
    /// An RFC 3339 timestamp.
    DateTime,
    /// A calendar date (`YYYY-MM-DD`).
    Date,
    /// Any JSON value.
    Json,
    /// Raw bytes (non-JSON bodies).
    Bytes,
    /// A file part of a multipart body.
    File,
    /// A named type in [`Api::types`].
    Named(String),
    /// A JSON array.
    Vec(Box<TypeRef>),
    /// A JSON object with arbitrary keys.
    Map(Box<TypeRef>),
}

impl TypeKind {
    /// The shape alone: the same kind with every doc cleared, to compare two types' structure.
    pub fn without_docs(&self) -> TypeKind {
        let mut kind = self.clone();
        match &mut kind {
            TypeKind::Struct(fields) => fields.iter_mut().for_each(|f| f.doc = Doc::default()),
            TypeKind::Union(variants) => variants.iter_mut().for_each(|v| v.doc = Doc::default()),
            TypeKind::Enum(_)
            | TypeKind::IntEnum(_)
            | TypeKind::Alias(_)
            | TypeKind::Tagged { .. } => {}
        }
        kind
    }
}

impl TypeRef {
    /// The named type this reference holds by value, if any (not through a `Vec` or map).
    pub fn direct_name(&self) -> Option<&str> {
        match self {
            TypeRef::Named(name) => Some(name),
            _ => None,
        }
    }

    /// The named type inside this reference, through `Vec` and map layers.
    pub fn named(&self) -> Option<&str> {
        match self {
            TypeRef::Vec(inner) | TypeRef::Map(inner) => inner.named(),
            TypeRef::Named(name) => Some(name),
            TypeRef::Bool
            | TypeRef::I32
            | TypeRef::I64
            | TypeRef::F64
            | TypeRef::String
            | TypeRef::Uuid
            | TypeRef::DateTime
            | TypeRef::Date
            | TypeRef::Json
            | TypeRef::Bytes
            | TypeRef::File => None,
        }
    }

    /// The innermost reference, through `Vec` and map layers (where a rename applies).
    pub(crate) fn innermost_mut(&mut self) -> &mut TypeRef {
        match self {
            TypeRef::Vec(inner) | TypeRef::Map(inner) => inner.innermost_mut(),
            other => other,
        }
    }
}

impl TypeKind {
    /// Every type reference this kind holds: fields, branches, aliases. The one walk over a
    /// type's contents; matches are exhaustive so a new kind cannot be skipped in silence.
    pub fn type_refs(&self) -> Vec<&TypeRef> {
        match self {
            TypeKind::Struct(fields) => fields.iter().map(|f| &f.ty).collect(),
            TypeKind::Union(variants) => variants
                .iter()
                .filter_map(|v| match &v.kind {
                    UnionBranch::Type(ty) => Some(ty),
                    UnionBranch::Constant(_) => None,
                })
                .collect(),
            TypeKind::Tagged { variants, .. } => variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Alias(ty) => vec![ty],
            TypeKind::Enum(_) | TypeKind::IntEnum(_) => Vec::new(),
        }
    }

    /// [`TypeKind::type_refs`], mutably.
    pub fn type_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        match self {
            TypeKind::Struct(fields) => fields.iter_mut().map(|f| &mut f.ty).collect(),
            TypeKind::Union(variants) => variants
                .iter_mut()
                .filter_map(|v| match &mut v.kind {
                    UnionBranch::Type(ty) => Some(ty),
                    UnionBranch::Constant(_) => None,
                })
                .collect(),
            TypeKind::Tagged { variants, .. } => variants.iter_mut().map(|v| &mut v.ty).collect(),
            TypeKind::Alias(ty) => vec![ty],
            TypeKind::Enum(_) | TypeKind::IntEnum(_) => Vec::new(),
        }
    }
}

impl Operation {
    /// The references of what callers send: parameters and the body.
    pub fn input_refs(&self) -> Vec<&TypeRef> {
        let params = self.params.iter().map(|p| &p.ty);
        params.chain(self.body.as_ref().map(|b| &b.ty)).collect()
    }

    /// The references of what callers receive: every declared response body.
    pub fn output_refs(&self) -> Vec<&TypeRef> {
        self.responses
            .iter()
            .flat_map(|r| r.body.type_refs())
            .collect()
    }
}

impl ResponseBody {
    /// The references this body holds.
    pub fn type_refs(&self) -> Vec<&TypeRef> {
        match self {
            ResponseBody::Envelope { data, meta } => std::iter::once(data).chain(meta).collect(),
            ResponseBody::Json(ty) => vec![ty],
            ResponseBody::Empty | ResponseBody::Bytes(_) | ResponseBody::EventStream => Vec::new(),
        }
    }

    fn type_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        match self {
            ResponseBody::Envelope { data, meta } => std::iter::once(data).chain(meta).collect(),
            ResponseBody::Json(ty) => vec![ty],
            ResponseBody::Empty | ResponseBody::Bytes(_) | ResponseBody::EventStream => Vec::new(),
        }
    }
}

impl Output {
    /// The references of what a call returns.
    pub fn type_refs(&self) -> Vec<&TypeRef> {
        match self {
            Output::Data(ty) | Output::Json(ty) => vec![ty],
            Output::Page { item, meta, .. } => vec![item, meta],
            Output::Empty | Output::Bytes | Output::EventStream | Output::Untyped => Vec::new(),
        }
    }

    fn type_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        match self {
            Output::Data(ty) | Output::Json(ty) => vec![ty],
            Output::Page { item, meta, .. } => vec![item, meta],
            Output::Empty | Output::Bytes | Output::EventStream | Output::Untyped => Vec::new(),
        }
    }
}

impl Api {
    /// The named type `name`: the one way a name becomes its definition. A binary search:
    /// `types` is sorted by name (the model keeps it so, see [`Api::sort_types`]).
    pub fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.types
            .binary_search_by(|t| t.name.as_str().cmp(name))
            .ok()
            .map(|at| &self.types[at])
    }

    /// The definition `ty` names once aliases are followed (never an alias itself); `None` when
    /// `ty` is not a named type, names nothing, or ends in a cycle of aliases.
    pub fn resolve(&self, ty: &TypeRef) -> Option<&TypeDef> {
        self.resolve_name(ty.direct_name()?)
    }

    /// [`Api::resolve`] for the type named `name`.
    pub fn resolve_name(&self, name: &str) -> Option<&TypeDef> {
        let mut def = self.type_def(name)?;
        // An alias chain longer than the number of types is a cycle.
        for _ in 0..=self.types.len() {
            match &def.kind {
                TypeKind::Alias(inner) => def = self.type_def(inner.direct_name()?)?,
                _ => return Some(def),
            }
        }
        None
    }

    /// The fields of the struct named `name` (through aliases).
    pub fn struct_fields(&self, name: &str) -> Option<&[Field]> {
        match &self.resolve_name(name)?.kind {
            TypeKind::Struct(fields) => Some(fields),
            _ => None,
        }
    }

    /// Sorts the types by name, which [`Api::type_def`] relies on (after any pass that adds or
    /// renames types).
    pub fn sort_types(&mut self) {
        self.types.sort_by(|a, b| a.name.cmp(&b.name));
    }

    /// Calls `f` on every type reference in the API (the innermost one, through `Vec` and map
    /// layers): in types, parameters, bodies, responses, outputs and webhook events.
    pub fn visit_type_refs_mut(&mut self, f: &mut dyn FnMut(&mut TypeRef)) {
        let mut refs: Vec<&mut TypeRef> = Vec::new();
        for def in &mut self.types {
            refs.extend(def.kind.type_refs_mut());
        }
        for op in self.resources.iter_mut().flat_map(|r| &mut r.operations) {
            refs.extend(op.params.iter_mut().map(|p| &mut p.ty));
            refs.extend(op.body.as_mut().map(|b| &mut b.ty));
            for response in &mut op.responses {
                refs.extend(response.body.type_refs_mut());
            }
            refs.extend(op.output.type_refs_mut());
        }
        for event in self.webhooks.iter_mut().flat_map(|w| &mut w.events) {
            refs.push(&mut event.data);
        }
        for ty in refs {
            f(ty.innermost_mut());
        }
    }

    /// Named types reachable from `roots` through fields, branches and aliases (the roots'
    /// own names included).
    pub fn reachable<'a>(
        &'a self,
        roots: impl IntoIterator<Item = &'a TypeRef>,
    ) -> std::collections::BTreeSet<String> {
        let mut pending: Vec<&str> = roots.into_iter().filter_map(TypeRef::named).collect();
        let mut seen = std::collections::BTreeSet::new();
        while let Some(name) = pending.pop() {
            if !seen.insert(name.to_owned()) {
                continue;
            }
            if let Some(def) = self.type_def(name) {
                pending.extend(def.kind.type_refs().into_iter().filter_map(TypeRef::named));
            }
        }
        seen
    }

    /// Whether any type, operation or event refers to the named type.
    pub fn refers_to(&self, name: &str) -> bool {
        let in_types = self
            .types
            .iter()
            .flat_map(|t| t.kind.type_refs())
            .any(|ty| ty.named() == Some(name));
        let ops = self.resources.iter().flat_map(|r| &r.operations);
        let in_ops = ops
            .flat_map(|op| op.input_refs().into_iter().chain(op.output_refs()))
            .any(|ty| ty.named() == Some(name));
        let in_events = self
            .webhooks
            .iter()
            .flat_map(|w| &w.events)
            .any(|e| e.data.named() == Some(name));
        in_types || in_ops || in_events
    }
}
