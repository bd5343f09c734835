//! Rendering what the model decided about results: the `Receive` marker of each operation's
//! output, `Paged` for list operations that stream their pages, and `PageInfo` for the `meta`
//! types of list responses.

use proc_macro2::TokenStream;
use quote::quote;

use super::index::{TypeIndex, ident};
use super::inputs::{Input, Target};
use crate::ir::{Api, IntField, Module, Output, Paging};

/// The runtime marker that reads `output`, e.g. `crate::runtime::Data<Room>`.
pub(super) fn receive_type(output: &Output, index: &TypeIndex, module: &Module) -> TokenStream {
    match output {
        Output::Data(ty) => {
            let t = index.tokens(ty, module);
            quote!(crate::runtime::Data<#t>)
        }
        Output::Page { item, meta, .. } => {
            let (t, m) = (index.tokens(item, module), index.tokens(meta, module));
            quote!(crate::runtime::PageOf<#t, #m>)
        }
        Output::Json(ty) => {
            let t = index.tokens(ty, module);
            quote!(crate::runtime::Json<#t>)
        }
        Output::Empty => quote!(crate::runtime::NoContent),
        Output::Bytes => quote!(crate::runtime::RawBody),
        Output::EventStream => quote!(crate::runtime::Events),
        Output::Untyped => quote!(crate::runtime::Json<::serde_json::Value>),
    }
}

/// `impl Paged for <inputs>`: where the page number lives in the page parameter.
pub(super) fn paged_impl(
    inputs_name: &str,
    paging: &Paging,
    inputs: &[Input<'_>],
) -> Option<TokenStream> {
    let input = inputs
        .iter()
        .find(|i| matches!(i.target, Target::Param(p) if p.wire_name == paging.param))?;
    let (page, number) = (&input.ident, ident(&paging.number.rust_name));
    let read = read_int(quote!(p.#number), &paging.number);
    let value = match paging.number.narrow {
        false => quote!(number),
        true => quote!(i32::try_from(number).unwrap_or(i32::MAX)),
    };
    let value = if paging.number.optional {
        quote!(Some(#value))
    } else {
        value
    };
    let (get, set) = if input.required {
        (
            quote!(let p = &self.#page; #read),
            quote!(self.#page.#number = #value;),
        )
    } else {
        (
            quote!(self.#page.as_ref().and_then(|p| #read)),
            quote!(self.#page.get_or_insert_with(Default::default).#number = #value;),
        )
    };
    let name = ident(inputs_name);
    Some(quote! {
        impl crate::runtime::Paged for #name {
            fn page_number(&self) -> Option<i64> {
                #get
            }
            fn set_page_number(&mut self, number: i64) {
                #set
            }
        }
    })
}

/// `impl PageInfo` for every page meta type that lives in `module`.
pub(super) fn page_info_impls(api: &Api, module: &Module) -> TokenStream {
    let impls = api
        .page_metas
        .iter()
        .filter(|meta| {
            api.types
                .iter()
                .any(|t| t.name == meta.ty && &t.module == module)
        })
        .map(|meta| {
            let name = ident(&meta.ty);
            let field = |field: &Option<IntField>| match field {
                Some(field) => {
                    let member = ident(&field.rust_name);
                    read_int(quote!(self.#member), field)
                }
                None => quote!(None),
            };
            let (number, total) = (field(&meta.page_number), field(&meta.total_pages));
            quote! {
                impl crate::runtime::PageInfo for #name {
                    fn page_number(&self) -> Option<i64> {
                        #number
                    }
                    fn total_pages(&self) -> Option<i64> {
                        #total
                    }
                }
            }
        });
    quote!(#(#impls)*)
}

/// `Option<i64>` from the integer field at `place`.
fn read_int(place: TokenStream, field: &IntField) -> TokenStream {
    match (field.optional, field.narrow) {
        (true, false) => place,
        (true, true) => quote!(#place.map(i64::from)),
        (false, false) => quote!(Some(#place)),
        (false, true) => quote!(Some(i64::from(#place))),
    }
}
