//! Operations to tokens: per resource, a handle type with one method per operation, the
//! `Client` accessor, and one request builder per operation (required inputs up front, optional
//! ones as setters, per-request options, `send`, and page streams for list operations).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::docs::{DocMode, doc_attrs, lines_to_attrs};
use super::index::{TypeIndex, ident};
use super::pages::{output, page_methods};
use crate::ir::{
    Api, Auth, BodyEncoding, Field, Module, Operation, Param, ParamLocation, ParamStyle, Resource,
    TypeKind, TypeRef,
};
use crate::naming::Namespace;

/// Builder method names that inputs must not take.
const RESERVED: &[&str] = &[
    "send",
    "send_with_response",
    "timeout",
    "deadline",
    "max_retries",
    "header",
    "retry_non_idempotent",
    "pages",
    "into_stream",
    "client",
    "options",
    "body",
];

/// Said of every operation that needs no credentials (`security: []`), whatever its spec text.
const OPTIONAL_AUTH_DOC: &str = "Needs no API key: it works on a client built without one. A client that has a key sends it, as Telnyx's own SDKs do, so the call keeps working if the server starts to require it.";

/// Where an input of a builder goes on the wire.
pub(super) enum Target<'a> {
    Param(&'a Param),
    BodyField(&'a Field),
    WholeBody,
}

pub(super) struct Input<'a> {
    pub(super) ident: Ident,
    pub(super) stored: TokenStream,
    pub(super) arg: TokenStream,
    /// The setter's argument converts with `.into()` (else it is stored as given).
    pub(super) into: bool,
    pub(super) required: bool,
    pub(super) doc: TokenStream,
    pub(super) target: Target<'a>,
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

/// `expr` converted for storage: `.into()` when the argument is an `impl Into<..>`, and boxed
/// when the stored field is a `Box` (recursive types).
fn convert(expr: TokenStream, into: bool, boxed: bool) -> TokenStream {
    let expr = if into { quote!(#expr.into()) } else { expr };
    if boxed { quote!(Box::new(#expr)) } else { expr }
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
        let (stored, arg, into) = if param.location == ParamLocation::Path || string_like(&param.ty)
        {
            (quote!(String), quote!(impl Into<String>), true)
        } else {
            let ty = index.tokens(&param.ty, module);
            (ty.clone(), ty, false)
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
            into,
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
                let (stored, arg, into) = if !field.required && field.nullable {
                    // Tri-state: the setter can send an explicit null.
                    let nullable = quote!(crate::runtime::Nullable<#inner>);
                    (nullable.clone(), nullable, false)
                } else if string_like(&field.ty) {
                    (quote!(String), quote!(impl Into<String>), true)
                } else {
                    (inner.clone(), inner, false)
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
                    into,
                    required,
                    doc,
                    target: Target::BodyField(field),
                });
            }
        }
        None => {
            let ty = index.tokens(&body.ty, module);
            let doc = doc_attrs(&body.doc, "The request body.", mode);
            let (arg, into) = if body.ty == TypeRef::Bytes {
                (quote!(impl Into<crate::runtime::Bytes>), true)
            } else {
                (ty.clone(), false)
            };
            inputs.push(Input {
                ident: ident("body"),
                stored: ty,
                arg,
                into,
                required: true,
                doc,
                target: Target::WholeBody,
            });
        }
    }
    inputs
}

/// The fields of a body whose type is a named struct.
pub(super) fn body_struct<'a>(api: &'a Api, ty: &TypeRef) -> Option<&'a [Field]> {
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
    let fallback = format!("The {endpoint} operation.");
    if op.auth != Auth::Bearer {
        let text = doc.text.take().filter(|t| !t.trim().is_empty());
        let text = text.unwrap_or_else(|| fallback.clone());
        doc.text = Some(format!("{text}\n\n{OPTIONAL_AUTH_DOC}"));
    }
    doc.facts.push(endpoint.clone());
    let method_doc = doc_attrs(&doc, &fallback, mode);
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
    let mut secrets = Vec::new();
    for input in &inputs {
        let (name, stored, arg, docs) = (&input.ident, &input.stored, &input.arg, &input.doc);
        match &input.target {
            Target::Param(param) => {
                let wire_name = &param.wire_name;
                if input.required {
                    args.push(quote!(#name: #arg));
                    fields.push(quote!(#name: #stored,));
                    inits.push(field_init(name, convert(quote!(#name), input.into, false)));
                } else {
                    fields.push(quote!(#name: Option<#stored>,));
                    inits.push(quote!(#name: None,));
                    let set = convert(quote!(value), input.into, false);
                    setters.push(quote! {
                        #docs
                        pub fn #name(mut self, value: #arg) -> Self {
                            self.#name = Some(#set);
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
                    ParamLocation::Header => quote!(.header_param(#wire_name, &self.#name)),
                    ParamLocation::Cookie => quote!(.cookie_param(#wire_name, &self.#name)),
                });
            }
            Target::BodyField(field) => {
                let field_name = ident(&field.rust_name);
                if field.secret {
                    secrets.push(quote!(.secret(&self.body.#field_name)));
                }
                let optional = !field.required || field.nullable;
                let boxed = matches!(op.body.as_ref().map(|b| &b.ty), Some(TypeRef::Named(owner)) if index.needs_box(owner, &field.ty));
                if input.required {
                    args.push(quote!(#name: #arg));
                    let value = convert(quote!(#name), input.into, boxed);
                    let value = if optional {
                        quote!(Some(#value))
                    } else {
                        value
                    };
                    body_inits.push(field_init(&field_name, value));
                } else {
                    body_inits.push(quote!(#field_name: None,));
                    let set = convert(quote!(value), input.into, boxed);
                    setters.push(quote! {
                        #docs
                        pub fn #name(mut self, value: #arg) -> Self {
                            self.body.#field_name = Some(#set);
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
        wire.extend(secrets);
    }
    if let Some(required) = &op.require {
        if let Some(input) = inputs
            .iter()
            .find(|i| matches!(i.target, Target::Param(p) if &p.wire_name == required))
        {
            let opt_out_name = format!("allow_without_{}", input.ident);
            let opt_out = ident(&opt_out_name);
            fields.push(quote!(#opt_out: bool,));
            inits.push(quote!(#opt_out: false,));
            let doc = lines_to_attrs(&[format!(
                "Sends the request even without `{required}`, so that it applies to every record of the account. Without this, a request that puts no `{required}` on the wire (unset, or every field of it unset) is refused before it is sent."
            )]);
            setters.push(quote! {
                #doc
                pub fn #opt_out(mut self) -> Self {
                    self.#opt_out = true;
                    self
                }
            });
            wire.push(quote!(.require_param(#required, self.#opt_out, #opt_out_name)));
        }
    }
    let auth = if op.auth == Auth::Bearer {
        quote!(Bearer)
    } else {
        quote!(Optional)
    };
    let idempotent = op.idempotent;
    let out = output(op, index, module);
    let (out_ty, call) = (&out.ty, &out.call);
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

            /// Overall deadline for this request across all attempts and the waits between
            /// them, instead of the client's.
            pub fn deadline(mut self, deadline: ::std::time::Duration) -> Self {
                self.options.deadline(deadline);
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
                #call
            }

            #paging
        }
    };
    (method, builder_items)
}
