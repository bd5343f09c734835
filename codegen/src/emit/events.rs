//! The webhook event enum: one variant per event, dispatched on the discriminator of the
//! event's `data`, and an `Unknown` variant that keeps events this version does not know.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{DocMode, doc_attrs};
use super::index::{TypeIndex, ident};
use crate::ir::{Module, Webhooks};

/// Tokens for the event enum and its (de)serialization.
pub fn event_enum(hooks: &Webhooks, index: &TypeIndex, mode: DocMode) -> TokenStream {
    let name = ident(&hooks.name);
    let discriminator = &hooks.discriminator;
    let variants: Vec<_> = hooks.events.iter().map(|e| ident(&e.variant)).collect();
    let values: Vec<&str> = hooks.events.iter().map(|e| e.event_type.as_str()).collect();
    let types: Vec<TokenStream> = hooks
        .events
        .iter()
        .map(|e| index.tokens(&e.data, &Module::Events))
        .collect();
    let docs = hooks
        .events
        .iter()
        .map(|e| doc_attrs(&e.doc, &format!("The `{}` event.", e.event_type), mode));
    let enum_doc = format!(
        "A webhook event, told apart by its `{discriminator}`. Parse a delivery with [`{}::verify_and_parse`], which checks its signature first.",
        hooks.name
    );
    let gate = hooks
        .feature
        .as_ref()
        .map(|feature| quote!(#[cfg(feature = #feature)]));
    quote! {
        #[doc = #enum_doc]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        // Events differ in size; boxing them would cost every receiver.
        #[allow(clippy::large_enum_variant)]

        pub enum #name {
            #( #docs #variants(#types), )*
            /// An event type this version does not know: its `data` object, kept whole.
            Unknown(::serde_json::Value),
        }

        impl #name {
            /// The event's `event_type`.
            pub fn event_type(&self) -> Option<&str> {
                match self {
                    #( Self::#variants(_) => Some(#values), )*
                    Self::Unknown(data) => data.get(#discriminator).and_then(::serde_json::Value::as_str),
                }
            }

            /// Verifies a delivery's signature and timestamp with `verifier`, then parses it.
            /// Nothing is parsed before the signature checks out.
            #gate
            pub fn verify_and_parse(
                verifier: &crate::webhooks::Verifier,
                body: &[u8],
                headers: &crate::webhooks::HeaderMap,
            ) -> Result<Self, crate::webhooks::WebhookError> {
                verifier.verify_and_parse(body, headers)
            }
        }

        /// Reads `{"data": {...}}` (or a bare event object) and dispatches on the discriminator.
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let body = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let data = match body {
                    ::serde_json::Value::Object(mut map) if map.contains_key("data") => map.remove("data").unwrap_or_default(),
                    other => other,
                };
                let kind = data.get(#discriminator).and_then(::serde_json::Value::as_str).map(str::to_owned);
                match kind.as_deref() {
                    #( Some(#values) => <#types as ::serde::Deserialize>::deserialize(data)
                        .map(Self::#variants)
                        .map_err(<D::Error as ::serde::de::Error>::custom), )*
                    _ => Ok(Self::Unknown(data)),
                }
            }
        }

        /// Writes the event back in its delivery shape, `{"data": {...}}` (with the crate's
        /// `serde-all` feature, which gives the event types `Serialize`).
        #[cfg(feature = "serde-all")]
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(Some(1))?;
                match self {
                    #( Self::#variants(data) => map.serialize_entry("data", data)?, )*
                    Self::Unknown(data) => map.serialize_entry("data", data)?,
                }
                map.end()
            }
        }
    }
}
