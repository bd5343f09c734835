//! How an operation's inputs go on the wire: the body of its `Operation::request`. Path, query,
//! header and cookie parameters by location and style, the body by its encoding, the guard on a
//! required parameter, the secrets no error may print, credentials and idempotency.

use proc_macro2::TokenStream;
use quote::quote;

use super::index::ident;
use super::inputs::{Input, Target, body_struct};
use crate::ir::{Api, Auth, BodyEncoding, Operation, ParamLocation, ParamStyle, TypeRef};

/// `fn request(&self) -> Request { ... }` for `op`.
pub(super) fn request_fn(api: &Api, op: &Operation, inputs: &[Input<'_>]) -> TokenStream {
    let http = ident(op.method.as_str());
    let path = &op.path;
    let params = inputs.iter().filter_map(|input| match input.target {
        Target::Param(param) => {
            let (wire, name) = (&param.wire_name, &input.ident);
            Some(match param.location {
                ParamLocation::Path => quote!(.path_param(#wire, self.#name.as_str())),
                ParamLocation::Query => {
                    let style = ident(query_style(param.style, param.explode));
                    quote!(.query(#wire, &self.#name, crate::runtime::QueryStyle::#style))
                }
                ParamLocation::Header => quote!(.header_param(#wire, &self.#name)),
                ParamLocation::Cookie => quote!(.cookie_param(#wire, &self.#name)),
            })
        }
        Target::BodyField(_) | Target::WholeBody => None,
    });
    let body = body_wire(api, op);
    let secrets = inputs.iter().filter_map(|input| match input.target {
        Target::BodyField(field) if field.secret => {
            let member = ident(&field.rust_name);
            Some(quote!(.secret(&self.body.#member)))
        }
        _ => None,
    });
    let guard = guard(op, inputs).map(|(required, opt_out)| {
        let name = opt_out.to_string();
        quote!(.require_param(#required, self.#opt_out, #name))
    });
    let auth = match op.auth {
        Auth::Bearer => quote!(Bearer),
        Auth::None => quote!(Optional),
    };
    let idempotent = op.idempotent;
    quote! {
        fn request(&self) -> crate::runtime::Request {
            crate::runtime::Request::new(crate::runtime::Method::#http, #path)
                #(#params)*
                #body
                #(#secrets)*
                #guard
                .auth(crate::runtime::Auth::#auth)
                .idempotent(#idempotent)
        }
    }
}

/// The runtime's name for a query style. Styles other than `deepObject`, `spaceDelimited` and
/// `pipeDelimited` are `form` in a query (the model warns about any other).
fn query_style(style: ParamStyle, explode: bool) -> &'static str {
    match (style, explode) {
        (ParamStyle::DeepObject, _) => "DeepObject",
        (ParamStyle::SpaceDelimited, _) => "SpaceDelimited",
        (ParamStyle::PipeDelimited, _) => "PipeDelimited",
        (_, true) => "Form",
        (_, false) => "FormUnexploded",
    }
}

/// The required parameter of a guarded operation and its opt-out flag's name.
pub(super) fn guard<'a>(
    op: &'a Operation,
    inputs: &[Input<'_>],
) -> Option<(&'a str, proc_macro2::Ident)> {
    let required = op.require.as_deref()?;
    let input = inputs
        .iter()
        .find(|i| matches!(i.target, Target::Param(p) if p.wire_name == required))?;
    Some((required, ident(&format!("allow_without_{}", input.ident))))
}

/// How the stored body goes on the wire, by its encoding.
fn body_wire(api: &Api, op: &Operation) -> TokenStream {
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
                        match (&field.ty, optional) {
                            (TypeRef::File, false) => quote!(.file(#wire, &self.body.#member)),
                            (TypeRef::File, true) => {
                                quote!(.optional_file(#wire, self.body.#member.as_ref()))
                            }
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
