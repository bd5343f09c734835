//! What a call returns (the first 2xx response, unwrapped) and the paging of list operations:
//! `pages()` / `into_stream()` on their builders, `PageInfo` on their meta types.

use proc_macro2::TokenStream;
use quote::quote;

use super::index::{TypeIndex, ident};
use super::operations::{Input, Target, body_struct};
use crate::ir::{Api, Module, Operation, ParamLocation, ResponseBody, Status, TypeKind, TypeRef};

/// What a successful call returns and how the raw response is decoded into it.
pub struct Output {
    /// The Rust type.
    pub ty: TokenStream,
    /// The expression that sends `request` and decodes the result.
    pub call: TokenStream,
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
                call: quote!(self.client.execute(request).await?.page::<#t, #m>()),
                page: Some(((**item).clone(), meta.clone())),
            }
        }
        Some(ResponseBody::Envelope { data, .. }) => {
            let t = index.tokens(data, module);
            Output {
                ty: t.clone(),
                call: quote!(self.client.execute(request).await?.data::<#t>()),
                page: None,
            }
        }
        Some(ResponseBody::Json(ty)) => {
            let t = index.tokens(ty, module);
            Output {
                ty: t.clone(),
                call: quote!(self.client.execute(request).await?.json::<#t>()),
                page: None,
            }
        }
        Some(ResponseBody::EventStream) => Output {
            ty: quote!(crate::runtime::EventStream),
            call: quote!(self.client.execute_stream(request).await),
            page: None,
        },
        Some(ResponseBody::Bytes(_)) => Output {
            ty: quote!(crate::runtime::Bytes),
            call: quote!(self.client.execute(request).await?.bytes()),
            page: None,
        },
        Some(ResponseBody::Empty) => Output {
            ty: quote!(()),
            call: quote!(self.client.execute(request).await?.empty()),
            page: None,
        },
        None => Output {
            ty: quote!(::serde_json::Value),
            call: quote!(
                self.client
                    .execute(request)
                    .await?
                    .json::<::serde_json::Value>()
            ),
            page: None,
        },
    }
}

/// `pages()` / `into_stream()` for a list operation whose `page` parameter has a `number`.
pub(super) fn page_methods(
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
        /// Every page from the one set with `page` (default 1) on, as a stream that keeps all
        /// other inputs. It ends after the last page or at an empty page; it ends with a
        /// [`crate::runtime::PaginationError`] when the server repeats a page or does not
        /// advance, or after the client's `max_pages`; it stops when dropped.
        pub fn pages(self) -> crate::runtime::PageStream<#t, #m> {
            let first = self.#page_field.as_ref().and_then(|p| #read_number).unwrap_or(1);
            let limit = self.client.max_pages();
            crate::runtime::pages(first, limit, move |number| {
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
