//! Operations to tokens: per resource, a handle type with one method per operation and the
//! `Client` accessor; per operation, only what differs from the others. Its request builder is
//! the runtime's `Call` over a struct of the operation's inputs (required ones are the method's
//! arguments, optional ones setters), plus the `Operation` impl that puts the inputs on the wire
//! and names how the result is read. Options and sending live once, in the runtime.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::docs::{DocMode, doc_attrs, lines_to_attrs};
use super::index::{TypeIndex, ident};
use super::inputs::{Input, Target, convert, field_init, inputs, struct_name};
use super::pages::{paged_impl, receive_type};
use super::request::{guard, request_fn};
use crate::ir::{Api, Auth, Module, Operation, Output, Resource, TypeRef};

/// Said of every operation that needs no credentials (`security: []`), whatever its spec text.
const OPTIONAL_AUTH_DOC: &str = "Needs no API key: it works on a client built without one. A client that has a key sends it anyway, so the call keeps working if the server starts to require it.";

/// Tokens for a resource: its handle, the `Client` accessor, and every operation's items.
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
    let mut items = Vec::new();
    for op in &resource.operations {
        let inputs = inputs(api, op, index, &module, mode);
        methods.push(method(
            api,
            &resource.name,
            op,
            &inputs,
            index,
            &module,
            mode,
        ));
        items.push(operation_items(api, op, &handle, &inputs, index, &module));
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

        #(#items)*
    }
}

/// The handle's method: takes the required inputs, returns the request builder.
fn method(
    api: &Api,
    resource_name: &str,
    op: &Operation,
    inputs: &[Input<'_>],
    index: &TypeIndex,
    module: &Module,
    mode: DocMode,
) -> TokenStream {
    let endpoint = format!("`{} {}`", op.method.as_str(), op.path);
    let fallback = format!("The {endpoint} operation.");
    let mut doc = op.doc.clone();
    if op.auth == Auth::None {
        let text = doc.text.take().filter(|t| !t.trim().is_empty());
        let text = text.unwrap_or_else(|| fallback.clone());
        doc.text = Some(format!("{text}\n\n{OPTIONAL_AUTH_DOC}"));
    }
    doc.facts.push(endpoint);
    let example = api
        .crate_name
        .as_deref()
        .and_then(|krate| example(krate, resource_name, op, inputs, index));
    let docs = doc_attrs(&doc, &fallback, mode);
    let docs = quote!(#docs #example);
    let name = ident(&op.name);
    let (builder, inputs_name) = (ident(&op.builder), ident(&op.inputs_type));
    let required = inputs.iter().filter(|i| i.required);
    let args = required.clone().map(|input| {
        let (name, arg) = (&input.ident, &input.arg);
        quote!(#name: #arg)
    });
    let mut inits: Vec<TokenStream> = Vec::new();
    let mut body_inits = Vec::new();
    for input in inputs {
        let name = &input.ident;
        match &input.target {
            Target::Param(_) if input.required => {
                inits.push(field_init(name, convert(quote!(#name), input.into, false)))
            }
            Target::Param(_) => inits.push(quote!(#name: None,)),
            Target::BodyField(field) => {
                let member = ident(&field.rust_name);
                let value = if input.required {
                    let boxed = boxed(op, index, &field.ty);
                    let value = convert(quote!(#name), input.into, boxed);
                    if field.nullable {
                        quote!(Some(#value))
                    } else {
                        value
                    }
                } else {
                    quote!(None)
                };
                body_inits.push(field_init(&member, value));
            }
            Target::WholeBody => {
                inits.push(field_init(name, convert(quote!(#name), input.into, false)))
            }
        }
    }
    if let Some(body) = op.body.as_ref().filter(|_| op.replaces_body) {
        let ty = index.tokens(&body.ty, module);
        if let Some(extra) = struct_name(api, &body.ty).and_then(|n| index.extra_field(n)) {
            let extra = ident(extra);
            body_inits.push(quote!(#extra: Default::default(),));
        }
        inits.push(quote!(body: #ty { #(#body_inits)* },));
    }
    if let Some((_, opt_out)) = guard(op) {
        inits.push(quote!(#opt_out: false,));
    }
    // Every required input is an argument, however many the API requires (`&self` counts).
    let many = super::many_arguments(1 + inputs.iter().filter(|i| i.required).count());
    quote! {
        #docs
        #many
        pub fn #name(&self, #(#args),*) -> #builder {
            crate::runtime::Call::new(self.client.transport(), #inputs_name { #(#inits)* })
        }
    }
}

/// A doc example that calls the operation with placeholder arguments, compiled as a doctest;
/// `None` when a required input has no placeholder (a type without `Default`).
fn example(
    krate: &str,
    resource: &str,
    op: &Operation,
    inputs: &[Input<'_>],
    index: &TypeIndex,
) -> Option<TokenStream> {
    let mut args = Vec::new();
    for input in inputs.iter().filter(|i| i.required) {
        let ty = match &input.target {
            Target::Param(param) if param.location == crate::ir::ParamLocation::Path => {
                args.push(format!("\"{}\"", param.wire_name));
                continue;
            }
            Target::Param(param) => &param.ty,
            Target::BodyField(field) => &field.ty,
            Target::WholeBody => &op.body.as_ref()?.ty,
        };
        args.push(match ty {
            TypeRef::String => format!("\"{}\"", input.ident),
            TypeRef::I32 | TypeRef::I64 => "1".to_owned(),
            TypeRef::F64 => "1.0".to_owned(),
            TypeRef::Bool => "true".to_owned(),
            TypeRef::Bytes => format!("{krate}::Bytes::new()"),
            ty if index.is_default(ty) => "Default::default()".to_owned(),
            _ => return None,
        });
    }
    let lines = [
        String::new(),
        "```no_run".to_owned(),
        format!("# async fn example(client: {krate}::Client) -> Result<(), {krate}::Error> {{"),
        format!(
            "let response = client.{resource}().{}({}).send().await?;",
            op.name,
            args.join(", ")
        ),
        "# let _ = response;".to_owned(),
        "# Ok(())".to_owned(),
        "# }".to_owned(),
        "```".to_owned(),
    ];
    Some(lines_to_attrs(&lines))
}

/// Whether a body field of `ty` is boxed in the body struct (recursive types).
fn boxed(op: &Operation, index: &TypeIndex, ty: &TypeRef) -> bool {
    matches!(op.body.as_ref().map(|b| &b.ty), Some(TypeRef::Named(owner)) if index.needs_box(owner, ty))
}

/// The builder alias, the inputs struct, its setters, and its `Operation` (and `Paged`) impls.
fn operation_items(
    api: &Api,
    op: &Operation,
    handle: &Ident,
    inputs: &[Input<'_>],
    index: &TypeIndex,
    module: &Module,
) -> TokenStream {
    let endpoint = format!("`{} {}`", op.method.as_str(), op.path);
    let (builder, inputs_name) = (ident(&op.builder), ident(&op.inputs_type));
    let builder_doc = lines_to_attrs(&[
        format!(
            "Request for [`{handle}::{}`]: set optional inputs, then `.send().await`.",
            op.name
        ),
        String::new(),
        endpoint,
    ]);
    let inputs_doc = lines_to_attrs(&[format!(
        "The inputs of [`{handle}::{}`], set through [`{}`].",
        op.name, op.builder
    )]);
    let fields = input_fields(op, inputs, index, module);
    let setters = setters(op, inputs, index, module);
    let setters = (!setters.is_empty()).then(|| quote!(impl #builder { #(#setters)* }));
    let receive = receive_type(&op.output, index, module);
    let request = request_fn(api, op, inputs, index, module);
    let paged = match &op.output {
        Output::Page {
            paging: Some(paging),
            ..
        } => paged_impl(&op.inputs_type, paging, inputs),
        _ => None,
    };
    quote! {
        #builder_doc
        pub type #builder = crate::runtime::Call<#inputs_name>;

        #inputs_doc
        #[derive(Debug, Clone)]
        pub struct #inputs_name {
            #(#fields)*
        }

        #setters

        impl crate::runtime::Operation for #inputs_name {
            type Response = #receive;
            #request
        }

        #paged
    }
}

/// The fields of the inputs struct: parameters, the body, the guard's opt-out.
fn input_fields(
    op: &Operation,
    inputs: &[Input<'_>],
    index: &TypeIndex,
    module: &Module,
) -> Vec<TokenStream> {
    let mut fields: Vec<TokenStream> = inputs
        .iter()
        .filter_map(|input| {
            let (name, stored) = (&input.ident, &input.stored);
            match input.target {
                Target::Param(_) if input.required => Some(quote!(#name: #stored,)),
                Target::Param(_) => Some(quote!(#name: Option<#stored>,)),
                Target::WholeBody => Some(quote!(body: #stored,)),
                Target::BodyField(_) => None,
            }
        })
        .collect();
    if let Some(body) = op.body.as_ref().filter(|_| op.replaces_body) {
        let ty = index.tokens(&body.ty, module);
        fields.push(quote!(body: #ty,));
    }
    if let Some((_, opt_out)) = guard(op) {
        fields.push(quote!(#opt_out: bool,));
    }
    fields
}

/// Setters on the builder for the optional inputs, the whole body, and the guard's opt-out.
fn setters(
    op: &Operation,
    inputs: &[Input<'_>],
    index: &TypeIndex,
    module: &Module,
) -> Vec<TokenStream> {
    let mut setters: Vec<TokenStream> = inputs
        .iter()
        .filter(|input| !input.required)
        .map(|input| {
            let (name, arg, docs) = (&input.ident, &input.arg, &input.doc);
            let place = match &input.target {
                Target::BodyField(field) => {
                    let member = ident(&field.rust_name);
                    let value = convert(quote!(value), input.into, boxed(op, index, &field.ty));
                    quote!(self.inputs.body.#member = Some(#value))
                }
                Target::Param(_) | Target::WholeBody => {
                    let value = convert(quote!(value), input.into, false);
                    quote!(self.inputs.#name = Some(#value))
                }
            };
            quote! {
                #docs
                pub fn #name(mut self, value: #arg) -> Self {
                    #place;
                    self
                }
            }
        })
        .collect();
    if let Some(body) = op.body.as_ref().filter(|_| op.replaces_body) {
        let ty = index.tokens(&body.ty, module);
        setters.push(quote! {
            /// Replaces the whole request body.
            pub fn body(mut self, body: #ty) -> Self {
                self.inputs.body = body;
                self
            }
        });
    }
    if let Some((required, opt_out)) = guard(op) {
        let doc = lines_to_attrs(&[format!(
            "Sends the request even without `{required}`, so that it applies to every record of the account. Without this, a request that puts no `{required}` on the wire (unset, or every field of it unset) is refused before it is sent."
        )]);
        setters.push(quote! {
            #doc
            pub fn #opt_out(mut self) -> Self {
                self.inputs.#opt_out = true;
                self
            }
        });
    }
    setters
}
