//! How an operation's inputs go on the wire: the body of its `Operation::request`. Path, query,
//! header and cookie parameters by location and style, the body by its encoding, the guard on a
//! required parameter, the secrets no error may print, credentials and idempotency.

use proc_macro2::TokenStream;
use quote::quote;

use super::index::{TypeIndex, ident};
use super::inputs::{Input, Target, body_struct};
use crate::ir::{
    Api, Auth, BodyEncoding, Module, Operation, ParamLocation, ParamStyle, Scheme, TypeKind,
    TypeRef, UnionBranch,
};

/// `fn request(&self) -> Request { ... }` for `op`.
pub(super) fn request_fn(
    api: &Api,
    op: &Operation,
    inputs: &[Input<'_>],
    index: &TypeIndex,
    module: &Module,
) -> TokenStream {
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
    let body = body_wire(api, op, index, module);
    let secrets = inputs.iter().filter_map(|input| match input.target {
        Target::BodyField(field) if field.secret => {
            let member = ident(&field.rust_name);
            Some(quote!(.secret(&self.body.#member)))
        }
        _ => None,
    });
    let guard = guard(op).map(|(required, opt_out)| {
        let name = opt_out.to_string();
        quote!(.require_param(#required, self.#opt_out, #name))
    });
    let auth = match &op.auth {
        Auth::None => vec![quote!(.auth(crate::runtime::Auth::Optional))],
        Auth::Schemes(schemes) => schemes
            .iter()
            .enumerate()
            .map(|(i, scheme)| {
                let scheme = scheme_tokens(scheme);
                if i == 0 {
                    quote!(.auth(#scheme))
                } else {
                    quote!(.also_auth(#scheme))
                }
            })
            .collect(),
    };
    let idempotent = op.idempotent;
    quote! {
        fn request(&self) -> crate::runtime::Request {
            crate::runtime::Request::new(crate::runtime::Method::#http, #path)
                #(#params)*
                #body
                #(#secrets)*
                #guard
                #(#auth)*
                .idempotent(#idempotent)
        }
    }
}

/// The runtime's value for a security scheme.
fn scheme_tokens(scheme: &Scheme) -> TokenStream {
    match scheme {
        Scheme::Bearer => quote!(crate::runtime::Auth::Bearer),
        Scheme::Basic => quote!(crate::runtime::Auth::Basic),
        Scheme::ApiKey { location, name } => {
            let location = ident(match location {
                ParamLocation::Query => "Query",
                ParamLocation::Cookie => "Cookie",
                ParamLocation::Header | ParamLocation::Path => "Header",
            });
            quote!(crate::runtime::Auth::ApiKey(crate::runtime::KeyLocation::#location, #name))
        }
        Scheme::OAuth2ClientCredentials { token_url, scopes } => quote! {
            crate::runtime::Auth::OAuth2ClientCredentials {
                token_url: #token_url,
                scopes: &[#(#scopes),*],
            }
        },
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
pub(super) fn guard(op: &Operation) -> Option<(&str, proc_macro2::Ident)> {
    Some((op.require.as_deref()?, ident(op.opt_out.as_deref()?)))
}

/// How the stored body goes on the wire, by its encoding.
fn body_wire(api: &Api, op: &Operation, index: &TypeIndex, module: &Module) -> TokenStream {
    let Some(body) = &op.body else {
        return quote!();
    };
    match body.encoding {
        BodyEncoding::Json => quote!(.json_body(&self.body)),
        BodyEncoding::Form => {
            let styles = body.encodings.iter().map(|e| {
                let (field, style) = (&e.field, ident(query_style(e.style, e.explode)));
                quote!((#field, crate::runtime::QueryStyle::#style))
            });
            quote!(.form_body(&self.body, &[#(#styles),*]))
        }
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
            let parts = multipart(api, &body.ty, quote!(self.body), index, module);
            quote!(.multipart_body(#parts))
        }
    }
}

/// The multipart parts of a value of type `ty` found at `value`: one part per field of a
/// struct (file fields as file parts); for a union, the fields of whichever form it holds.
fn multipart(
    api: &Api,
    ty: &TypeRef,
    value: TokenStream,
    index: &TypeIndex,
    module: &Module,
) -> TokenStream {
    if let Some(fields) = body_struct(api, ty) {
        let parts = fields.iter().map(|field| {
            let (wire, member) = (&field.wire_name, ident(&field.rust_name));
            let optional = !field.required || field.nullable;
            match (&field.ty, optional) {
                (TypeRef::File, false) => quote!(.file(#wire, &#value.#member)),
                (TypeRef::File, true) => quote!(.optional_file(#wire, #value.#member.as_ref())),
                _ => quote!(.value(#wire, &#value.#member)),
            }
        });
        return quote!(crate::runtime::Multipart::default() #(#parts)*);
    }
    let forms = union_forms(api, ty);
    if forms.is_empty() {
        return quote!(crate::runtime::Multipart::default().value("body", &#value));
    }
    let union = index.tokens(ty, module);
    // A discriminated union also keeps forms it does not know, as JSON.
    let unknown = is_tagged(api, ty).then(|| {
        quote!(#union::Unknown(value) => crate::runtime::Multipart::default().value("body", value),)
    });
    let arms = forms.into_iter().map(|(variant, form)| {
        let variant = ident(variant);
        match form {
            Some(form) => {
                let parts = multipart(api, form, quote!(inner), index, module);
                quote!(#union::#variant(inner) => #parts,)
            }
            None => quote!(#union::#variant => crate::runtime::Multipart::default(),),
        }
    });
    quote!(match &#value { #(#arms)* #unknown })
}

fn is_tagged(api: &Api, ty: &TypeRef) -> bool {
    api.resolve(ty)
        .is_some_and(|def| matches!(def.kind, TypeKind::Tagged { .. }))
}

/// The variants of a union body (through aliases) with the type each holds (`None` for a
/// constant); empty when `ty` is not a union.
fn union_forms<'a>(api: &'a Api, ty: &TypeRef) -> Vec<(&'a str, Option<&'a TypeRef>)> {
    match api.resolve(ty).map(|def| &def.kind) {
        Some(TypeKind::Union(variants)) => variants
            .iter()
            .map(|v| match &v.kind {
                UnionBranch::Type(ty) => (v.name.as_str(), Some(ty)),
                UnionBranch::Constant(_) => (v.name.as_str(), None),
            })
            .collect(),
        Some(TypeKind::Tagged { variants, .. }) => variants
            .iter()
            .map(|v| (v.name.as_str(), Some(&v.ty)))
            .collect(),
        _ => Vec::new(),
    }
}
