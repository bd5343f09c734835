//! Operations to tokens: per resource, a handle type with one method per operation, the
//! `Client` accessor, and one request builder per operation (required inputs up front, optional
//! ones as setters, per-request options, `send`, and page streams for list operations).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::docs::{DocMode, doc_attrs, lines_to_attrs};
use super::index::{TypeIndex, ident};
use crate::ir::{
    Api, Auth, BodyEncoding, Field, Module, Operation, Param, ParamLocation, ParamStyle, Resource,
    ResponseBody, Status, TypeKind, TypeRef,
};
use crate::naming::Namespace;

/// Builder method names that inputs must not take.
const RESERVED: &[&str] = &[
    "send",
    "send_with_response",
    "timeout",
    "max_retries",
    "header",
    "retry_non_idempotent",
    "pages",
    "into_stream",
    "client",
    "options",
    "body",
];

/// Where an input of a builder goes on the wire.
enum Target<'a> {
    Param(&'a Param),
    BodyField(&'a Field),
    WholeBody,
}

struct Input<'a> {
    ident: Ident,
    stored: TokenStream,
    arg: TokenStream,
    convert: TokenStream,
    required: bool,
    doc: TokenStream,
    target: Target<'a>,
}

/// What a successful call returns and how the raw response is decoded into it.
pub struct Output {
    /// The Rust type.
    pub ty: TokenStream,
    decode: TokenStream,
    /// For list operations: item and meta types.
    pub page: Option<(TypeRef, TypeRef)>,
}

/// The success type of an operation: its first 2xx response.
pub fn output(op: &Operation, index: &TypeIndex, module: &Module) -> Output {
    let success = op
        .responses
        .iter()
        .find(|r| matches!(r.status, Status::Code(200..=299) | Status::Range(2)));
    let body = success.map(|r| &r.body);
    match body {
        Some(ResponseBody::Envelope {
            data: TypeRef::Vec(item),
            meta: Some(meta),
        }) => {
            let (t, m) = (index.tokens(item, module), index.tokens(meta, module));
            Output {
                ty: quote!(crate::runtime::Page<#t, #m>),
                decode: quote!(page::<#t, #m>()),
                page: Some(((**item).clone(), meta.clone())),
            }
        }
        Some(ResponseBody::Envelope { data, .. }) => {
            let t = index.tokens(data, module);
            Output {
                ty: t.clone(),
                decode: quote!(data::<#t>()),
                page: None,
            }
        }
        Some(ResponseBody::Json(ty)) => {
            let t = index.tokens(ty, module);
            Output {
                ty: t.clone(),
                decode: quote!(json::<#t>()),
                page: None,
            }
        }
        Some(ResponseBody::Bytes(_)) => Output {
            ty: quote!(crate::runtime::Bytes),
            decode: quote!(bytes()),
            page: None,
        },
        Some(ResponseBody::Empty) => Output {
            ty: quote!(()),
            decode: quote!(empty()),
            page: None,
        },
        None => Output {
            ty: quote!(::serde_json::Value),
            decode: quote!(json::<::serde_json::Value>()),
            page: None,
        },
    }
}

/// Tokens for a resource: its handle, the `Client` accessor, and every operation's builder.
pub fn resource_items(
    api: &Api,
    resource: &Resource,
    index: &TypeIndex,
    mode: DocMode,
) -> TokenStream {
    let module = Module::Resource(resource.name.clone());
    let handle = ident(&resource.handle);
    let accessor = ident(&resource.name);
    let resource_doc = doc_attrs(
        &resource.doc,
        &format!("The `{}` resource.", resource.name),
        mode,
    );
    let accessor_doc = lines_to_attrs(&[format!("The `{}` operations.", resource.name)]);
    let mut methods = Vec::new();
    let mut builders = Vec::new();
    for op in &resource.operations {
        let (method, builder) = operation_items(api, op, &handle, index, &module, mode);
        methods.push(method);
        builders.push(builder);
    }
    quote! {
        #resource_doc
        #[derive(Debug, Clone)]
        pub struct #handle {
            client: crate::Client,
        }

        impl crate::Client {
            #accessor_doc
            pub fn #accessor(&self) -> #handle {
                #handle { client: self.clone() }
            }
        }

        impl #handle {
            #(#methods)*
        }

        #(#builders)*
    }
}

/// How the stored body goes on the wire, by its encoding.
fn body_wire(api: &Api, op: &Operation, index: &TypeIndex) -> TokenStream {
    let Some(body) = &op.body else {
        return quote!();
    };
    match body.encoding {
        BodyEncoding::Json => quote!(.json_body(&self.body)),
        BodyEncoding::Form => quote!(.form_body(&self.body)),
        BodyEncoding::Raw => {
            // `*/*` and other ranges name no concrete type: send bytes as bytes.
            let content_type = if body.content_type.contains('*') {
                "application/octet-stream".to_owned()
            } else {
                body.content_type.clone()
            };
            quote!(.bytes_body(self.body.clone(), #content_type))
        }
        BodyEncoding::Multipart => {
            let parts = match body_struct(api, &body.ty) {
                Some(fields) => fields
                    .iter()
                    .map(|field| {
                        let (wire, member) = (&field.wire_name, ident(&field.rust_name));
                        let optional = !field.required || field.nullable;
                        let boxed = matches!(&body.ty, TypeRef::Named(owner) if index.needs_box(owner, &field.ty));
                        match (&field.ty, optional, boxed) {
                            (TypeRef::File, false, _) => quote!(.file(#wire, &self.body.#member)),
                            (TypeRef::File, true, _) => quote!(.optional_file(#wire, self.body.#member.as_ref())),
                            _ => quote!(.value(#wire, &self.body.#member)),
                        }
                    })
                    .collect(),
                None => vec![quote!(.value("body", &self.body))],
            };
            quote!(.multipart_body(crate::runtime::Multipart::default() #(#parts)*))
        }
    }
}

/// `field: value,`, or the shorthand `field,` when the value is a variable of the same name.
fn field_init(field: &Ident, value: TokenStream) -> TokenStream {
    if *field == value.to_string() {
        quote!(#field,)
    } else {
        quote!(#field: #value,)
    }
}

/// A constructor argument converted as its setter would convert `value`.
fn convert_arg(arg: &Ident, convert: &TokenStream) -> TokenStream {
    match convert.to_string().as_str() {
        "value" => quote!(#arg),
        "value . into ()" => quote!(#arg.into()),
        _ => quote!({ let value = #arg; #convert }),
    }
}

fn string_like(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::String)
}

fn inputs<'a>(
    api: &'a Api,
    op: &'a Operation,
    index: &TypeIndex,
    module: &Module,
    mode: DocMode,
) -> Vec<Input<'a>> {
    let mut names = Namespace::with_reserved(RESERVED);
    let mut inputs = Vec::new();
    for param in &op.params {
        let name = ident(&names.claim(&param.rust_name));
        let (stored, arg, convert) =
            if param.location == ParamLocation::Path || string_like(&param.ty) {
                (
                    quote!(String),
                    quote!(impl Into<String>),
                    quote!(value.into()),
                )
            } else {
                let ty = index.tokens(&param.ty, module);
                (ty.clone(), ty, quote!(value))
            };
        let doc = doc_attrs(
            &param.doc,
            &format!("The `{}` parameter.", param.wire_name),
            mode,
        );
        inputs.push(Input {
            ident: name,
            stored,
            arg,
            convert,
            required: param.required,
            doc,
            target: Target::Param(param),
        });
    }
    let Some(body) = &op.body else { return inputs };
    match body_struct(api, &body.ty) {
        Some(fields) => {
            for field in fields {
                let name = ident(&names.claim(&field.rust_name));
                let inner = index.tokens(&field.ty, module);
                let (stored, arg, convert) = if !field.required && field.nullable {
                    // Tri-state: the setter can send an explicit null.
                    let nullable = quote!(crate::runtime::Nullable<#inner>);
                    (nullable.clone(), nullable, quote!(value))
                } else if string_like(&field.ty) {
                    (
                        quote!(String),
                        quote!(impl Into<String>),
                        quote!(value.into()),
                    )
                } else {
                    (inner.clone(), inner, quote!(value))
                };
                let doc = doc_attrs(
                    &field.doc,
                    &format!("The `{}` field of the body.", field.wire_name),
                    mode,
                );
                let required = field.required;
                inputs.push(Input {
                    ident: name,
                    stored,
                    arg,
                    convert,
                    required,
                    doc,
                    target: Target::BodyField(field),
                });
            }
        }
        None => {
            let ty = index.tokens(&body.ty, module);
            let doc = doc_attrs(&body.doc, "The request body.", mode);
            let (arg, convert) = if body.ty == TypeRef::Bytes {
                (
                    quote!(impl Into<crate::runtime::Bytes>),
                    quote!(value.into()),
                )
            } else {
                (ty.clone(), quote!(value))
            };
            inputs.push(Input {
                ident: ident("body"),
                stored: ty,
                arg,
                convert,
                required: true,
                doc,
                target: Target::WholeBody,
            });
        }
    }
    inputs
}

/// The fields of a body whose type is a named struct.
fn body_struct<'a>(api: &'a Api, ty: &TypeRef) -> Option<&'a [Field]> {
    let TypeRef::Named(name) = ty else {
        return None;
    };
    match &api.types.iter().find(|t| &t.name == name)?.kind {
        TypeKind::Struct(fields) => Some(fields),
        TypeKind::Alias(inner) => body_struct(api, inner),
        _ => None,
    }
}

fn operation_items(
    api: &Api,
    op: &Operation,
    handle: &Ident,
    index: &TypeIndex,
    module: &Module,
    mode: DocMode,
) -> (TokenStream, TokenStream) {
    let inputs = inputs(api, op, index, module, mode);
    let builder = ident(&op.builder);
    let method_name = ident(&op.name);
    let http = ident(op.method.as_str());
    let path = &op.path;
    let endpoint = format!("`{} {}`", op.method.as_str(), op.path);
    let mut doc = op.doc.clone();
    doc.facts.push(endpoint.clone());
    let method_doc = doc_attrs(&doc, &format!("The {endpoint} operation."), mode);
    let builder_doc = lines_to_attrs(&[
        format!(
            "Request for [`{}::{}`]: set optional inputs, then `.send().await`.",
            handle, op.name
        ),
        String::new(),
        endpoint.clone(),
    ]);

    // Constructor: required inputs as arguments.
    let body_ty = op.body.as_ref().map(|b| index.tokens(&b.ty, module));
    let mut args = Vec::new();
    let mut fields = Vec::new();
    let mut inits = Vec::new();
    let mut body_inits = Vec::new();
    let mut setters = Vec::new();
    let mut wire = Vec::new();
    for input in &inputs {
        let (name, stored, arg, convert, docs) = (
            &input.ident,
            &input.stored,
            &input.arg,
            &input.convert,
            &input.doc,
        );
        match &input.target {
            Target::Param(param) => {
                let wire_name = &param.wire_name;
                if input.required {
                    args.push(quote!(#name: #arg));
                    fields.push(quote!(#name: #stored,));
                    let value = convert_arg(name, convert);
                    inits.push(field_init(name, value));
                } else {
                    fields.push(quote!(#name: Option<#stored>,));
                    inits.push(quote!(#name: None,));
                    setters.push(quote! {
                        #docs
                        pub fn #name(mut self, value: #arg) -> Self {
                            self.#name = Some(#convert);
                            self
                        }
                    });
                }
                wire.push(match param.location {
                    ParamLocation::Path => quote!(.path_param(#wire_name, &self.#name)),
                    ParamLocation::Query => {
                        let style = if param.style == ParamStyle::DeepObject {
                            quote!(DeepObject)
                        } else {
                            quote!(Form)
                        };
                        quote!(.query(#wire_name, &self.#name, crate::runtime::QueryStyle::#style))
                    }
                    ParamLocation::Header | ParamLocation::Cookie => {
                        quote!(.header_param(#wire_name, &self.#name))
                    }
                });
            }
            Target::BodyField(field) => {
                let field_name = ident(&field.rust_name);
                let optional = !field.required || field.nullable;
                let boxed = matches!(op.body.as_ref().map(|b| &b.ty), Some(TypeRef::Named(owner)) if index.needs_box(owner, &field.ty));
                let boxed_convert = if boxed {
                    quote!(Box::new(#convert))
                } else {
                    convert.clone()
                };
                let convert = &boxed_convert;
                if input.required {
                    args.push(quote!(#name: #arg));
                    let value = convert_arg(name, convert);
                    let value = if optional {
                        quote!(Some(#value))
                    } else {
                        value
                    };
                    body_inits.push(field_init(&field_name, value));
                } else {
                    body_inits.push(quote!(#field_name: None,));
                    setters.push(quote! {
                        #docs
                        pub fn #name(mut self, value: #arg) -> Self {
                            self.body.#field_name = Some(#convert);
                            self
                        }
                    });
                }
            }
            Target::WholeBody => {
                args.push(quote!(body: #arg));
            }
        }
    }
    if let Some(body_ty) = &body_ty {
        fields.push(quote!(body: #body_ty,));
        if body_struct(
            api,
            &op.body
                .as_ref()
                .map(|b| b.ty.clone())
                .unwrap_or(TypeRef::Json),
        )
        .is_some()
        {
            inits.push(quote!(body: #body_ty { #(#body_inits)* },));
            setters.push(quote! {
                /// Replaces the whole request body.
                pub fn body(mut self, body: #body_ty) -> Self {
                    self.body = body;
                    self
                }
            });
        } else {
            let is_bytes = op.body.as_ref().is_some_and(|b| b.ty == TypeRef::Bytes);
            inits.push(if is_bytes {
                quote!(body: body.into(),)
            } else {
                quote!(body,)
            });
        }
        wire.push(body_wire(api, op, index));
    }
    if let Some(required) = &op.require {
        if let Some(input) = inputs
            .iter()
            .find(|i| matches!(i.target, Target::Param(p) if &p.wire_name == required))
        {
            let opt_out_name = format!("allow_without_{}", input.ident);
            let opt_out = ident(&opt_out_name);
            let name = &input.ident;
            fields.push(quote!(#opt_out: bool,));
            inits.push(quote!(#opt_out: false,));
            let doc = lines_to_attrs(&[format!(
                "Sends the request even without `{required}`, so that it applies to every record of the account. Without this, a request with no `{required}` is refused before it is sent."
            )]);
            setters.push(quote! {
                #doc
                pub fn #opt_out(mut self) -> Self {
                    self.#opt_out = true;
                    self
                }
            });
            wire.push(
                quote!(.require_non_empty(#required, &self.#name, self.#opt_out, #opt_out_name)),
            );
        }
    }
    let auth = if op.auth == Auth::Bearer {
        quote!(Bearer)
    } else {
        quote!(Optional)
    };
    let idempotent = op.idempotent;
    let out = output(op, index, module);
    let (out_ty, decode) = (&out.ty, &out.decode);
    let paging = out
        .page
        .as_ref()
        .and_then(|(item, meta)| page_methods(api, &inputs, item, meta, index, module));

    let method = quote! {
        #method_doc
        pub fn #method_name(&self, #(#args),*) -> #builder {
            #builder {
                client: self.client.clone(),
                #(#inits)*
                options: crate::runtime::RequestOptions::default(),
            }
        }
    };
    let builder_items = quote! {
        #builder_doc
        #[derive(Debug, Clone)]
        #[must_use = "a request does nothing until `.send().await`"]
        pub struct #builder {
            client: crate::Client,
            #(#fields)*
            options: crate::runtime::RequestOptions,
        }

        impl #builder {
            #(#setters)*

            /// Per-attempt timeout for this request, instead of the client's.
            pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.options.timeout(timeout);
                self
            }

            /// Retries after the first attempt for this request, instead of the client's.
            pub fn max_retries(mut self, retries: u32) -> Self {
                self.options.max_retries(retries);
                self
            }

            /// Adds a header to this request.
            pub fn header(mut self, name: &str, value: &str) -> Self {
                self.options.header(name, value);
                self
            }

            /// Also retries after failures the server may have acted on (timeouts, 409, 5xx).
            pub fn retry_non_idempotent(mut self) -> Self {
                self.options.retry_non_idempotent(true);
                self
            }

            /// Sends the request; returns the decoded result.
            pub async fn send(self) -> Result<#out_ty, crate::Error> {
                self.send_with_response().await.map(crate::ApiResponse::into_data)
            }

            /// Sends the request; returns the decoded result with status, headers and request id.
            pub async fn send_with_response(self) -> Result<crate::ApiResponse<#out_ty>, crate::Error> {
                let request = crate::runtime::Request::new(crate::runtime::Method::#http, #path)
                    #(#wire)*
                    .auth(crate::runtime::Auth::#auth)
                    .idempotent(#idempotent)
                    .options(self.options);
                self.client.execute(request).await?.#decode
            }

            #paging
        }
    };
    (method, builder_items)
}

/// `pages()` / `into_stream()` for a list operation whose `page` parameter has a `number`.
fn page_methods(
    api: &Api,
    inputs: &[Input<'_>],
    item: &TypeRef,
    meta: &TypeRef,
    index: &TypeIndex,
    module: &Module,
) -> Option<TokenStream> {
    let page_input = inputs.iter().find(|i| matches!(i.target, Target::Param(p) if p.wire_name == "page" && p.location == ParamLocation::Query))?;
    let Target::Param(param) = page_input.target else {
        return None;
    };
    let fields = body_struct(api, &param.ty)?;
    let number = fields.iter().find(|f| f.wire_name == "number")?;
    let set_number = match number.ty {
        TypeRef::I64 => quote!(Some(number)),
        TypeRef::I32 => quote!(Some(i32::try_from(number).unwrap_or(i32::MAX))),
        _ => return None,
    };
    let set_number = if number.required && !number.nullable {
        quote!(#set_number.unwrap_or_default())
    } else {
        set_number
    };
    let read_number = match (&number.ty, number.required && !number.nullable) {
        (TypeRef::I64, false) => quote!(p.number),
        (TypeRef::I64, true) => quote!(Some(p.number)),
        (_, false) => quote!(p.number.map(i64::from)),
        (_, true) => quote!(Some(i64::from(p.number))),
    };
    let page_field = &page_input.ident;
    let number_field = ident(&number.rust_name);
    let (t, m) = (index.tokens(item, module), index.tokens(meta, module));
    Some(quote! {
        /// Every page from the one set with `page` (default 1) on, as a stream. The stream keeps
        /// all other inputs, stops after the last page, at an empty page or at a page that does
        /// not advance, and stops when dropped.
        pub fn pages(self) -> crate::runtime::PageStream<#t, #m> {
            let first = self.#page_field.as_ref().and_then(|p| #read_number).unwrap_or(1);
            crate::runtime::pages(first, move |number| {
                let mut request = self.clone();
                request.#page_field.get_or_insert_with(Default::default).#number_field = #set_number;
                request.send()
            })
        }

        /// Every item of every page, as a stream (see [`Self::pages`]).
        pub fn into_stream(self) -> crate::runtime::ItemStream<#t> {
            crate::runtime::items(self.pages())
        }
    })
}

/// `impl PageInfo` for every type that is the `meta` of a list response, in its own module.
pub fn page_info_impls(api: &Api, module: &Module, index: &TypeIndex) -> TokenStream {
    let mut metas: Vec<String> = Vec::new();
    for op in api.resources.iter().flat_map(|r| &r.operations) {
        let out = output(op, index, module);
        if let Some((_, TypeRef::Named(meta))) = out.page {
            if !metas.contains(&meta) {
                metas.push(meta);
            }
        }
    }
    let impls = metas.iter().filter_map(|meta| {
        let def = api
            .types
            .iter()
            .find(|t| &t.name == meta && &t.module == module)?;
        let TypeKind::Struct(fields) = &def.kind else {
            return None;
        };
        let read = |wire: &str| match fields.iter().find(|f| f.wire_name == wire) {
            Some(f) if matches!(f.ty, TypeRef::I64 | TypeRef::I32) => {
                let name = ident(&f.rust_name);
                let optional = !f.required || f.nullable;
                match (optional, &f.ty) {
                    (true, TypeRef::I64) => quote!(self.#name),
                    (true, _) => quote!(self.#name.map(i64::from)),
                    (false, TypeRef::I64) => quote!(Some(self.#name)),
                    (false, _) => quote!(Some(i64::from(self.#name))),
                }
            }
            _ => quote!(None),
        };
        let (number, total) = (read("page_number"), read("total_pages"));
        let name = ident(meta);
        Some(quote! {
            impl crate::runtime::PageInfo for #name {
                fn page_number(&self) -> Option<i64> {
                    #number
                }
                fn total_pages(&self) -> Option<i64> {
                    #total
                }
            }
        })
    });
    quote!(#(#impls)*)
}
