//! Enums and unions to tokens: forward-compatible string and integer enums (an `Unknown`
//! variant keeps values not known yet), untagged unions tried in order, and discriminated unions.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::docs::{DocMode, doc_attrs, lines_to_attrs};
use super::index::{TypeIndex, ident};
use crate::ir::{EnumVariant, IntVariant, Module, TaggedVariant, UnionBranch, UnionVariant};

pub fn enum_def(name: &Ident, variants: &[EnumVariant], docs: TokenStream) -> TokenStream {
    let idents: Vec<Ident> = variants.iter().map(|v| ident(&v.name)).collect();
    let values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
    let variant_docs = values.iter().map(|v| {
        let text = if v.is_empty() {
            "The empty string.".to_owned()
        } else {
            format!("`{v}`")
        };
        lines_to_attrs(&[text])
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash, ::serde::Deserialize)]
        #[serde(from = "String")]
        #[non_exhaustive]
        pub enum #name {
            #( #variant_docs #idents, )*
            /// A value this version of the crate does not know, kept exactly as received.
            Unknown(String),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#idents => #values, )*
                    Self::Unknown(value) => value.as_str(),
                }
            }

            fn known(value: &str) -> Option<Self> {
                match value {
                    #( #values => Some(Self::#idents), )*
                    _ => None,
                }
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                match Self::known(&value) {
                    Some(known) => known,
                    None => Self::Unknown(value),
                }
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                Self::known(value).unwrap_or_else(|| Self::Unknown(value.to_owned()))
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    }
}

pub fn union_def(
    name: &Ident,
    variants: &[UnionVariant],
    module: &Module,
    index: &TypeIndex,
    docs: TokenStream,
    mode: DocMode,
) -> TokenStream {
    let mut decls = Vec::new();
    let mut serialize_arms = Vec::new();
    let mut deserialize_steps = Vec::new();
    for variant in variants {
        let v = ident(&variant.name);
        match &variant.kind {
            UnionBranch::Constant(value) => {
                let vdocs = doc_attrs(&variant.doc, &format!("The constant `\"{value}\"`."), mode);
                decls.push(quote!(#vdocs #v,));
                serialize_arms.push(quote!(Self::#v => serializer.serialize_str(#value),));
                deserialize_steps.push(quote! {
                    if value.as_str() == Some(#value) {
                        return Ok(Self::#v);
                    }
                });
            }
            UnionBranch::Type(ty) => {
                let vdocs = doc_attrs(&variant.doc, &format!("The `{}` form.", variant.name), mode);
                let ty = index.tokens(ty, module);
                decls.push(quote!(#vdocs #v(#ty),));
                serialize_arms.push(
                    quote!(Self::#v(inner) => ::serde::Serialize::serialize(inner, serializer),),
                );
                deserialize_steps.push(quote! {
                    if let Ok(inner) = <#ty as ::serde::Deserialize>::deserialize(&value) {
                        return Ok(Self::#v(inner));
                    }
                });
            }
        }
    }
    let no_match = format!("the value matches none of the forms of {name}");
    let declaration = quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        // Variants hold API objects of very different sizes; boxing them would cost every reader.
        #[allow(clippy::large_enum_variant)]
        #[non_exhaustive]
        pub enum #name { #(#decls)* }
    };
    let serialize = quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self { #(#serialize_arms)* }
            }
        }
    };
    let deserialize = quote! {
        /// The forms are tried in the order the spec lists them; the first that matches wins.
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                #(#deserialize_steps)*
                Err(<D::Error as ::serde::de::Error>::custom(#no_match))
            }
        }
    };
    with_serde(index, name, declaration, serialize, deserialize)
}

/// An integer enum with a catch-all for numbers not known yet.
pub fn int_enum_def(name: &Ident, variants: &[IntVariant], docs: TokenStream) -> TokenStream {
    let idents: Vec<Ident> = variants.iter().map(|v| ident(&v.name)).collect();
    let values: Vec<i64> = variants.iter().map(|v| v.value).collect();
    let variant_docs = values.iter().map(|v| lines_to_attrs(&[format!("`{v}`")]));
    quote! {
        #docs
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Deserialize)]
        #[serde(from = "i64")]
        #[non_exhaustive]
        pub enum #name {
            #( #variant_docs #idents, )*
            /// A value this version of the crate does not know, kept exactly as received.
            Unknown(i64),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_i64(self) -> i64 {
                match self {
                    #( Self::#idents => #values, )*
                    Self::Unknown(value) => value,
                }
            }
        }

        impl From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #( #values => Self::#idents, )*
                    other => Self::Unknown(other),
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "{}", self.as_i64())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.as_i64())
            }
        }
    }
}

/// A union told apart by `property`; values with an unknown tag are kept as JSON.
pub fn tagged_def(
    name: &Ident,
    property: &str,
    variants: &[TaggedVariant],
    module: &Module,
    index: &TypeIndex,
    docs: TokenStream,
) -> TokenStream {
    let idents: Vec<Ident> = variants.iter().map(|v| ident(&v.name)).collect();
    let tags: Vec<&str> = variants.iter().map(|v| v.tag.as_str()).collect();
    let types: Vec<TokenStream> = variants
        .iter()
        .map(|v| {
            let ty = index.tokens(&v.ty, module);
            if index.needs_box(&name.to_string(), &v.ty) {
                quote!(Box<#ty>)
            } else {
                ty
            }
        })
        .collect();
    let variant_docs = tags
        .iter()
        .map(|t| lines_to_attrs(&[format!("`{property}: {t}`")]));
    // `quote!` does not interpolate inside `///` comments: build the doc line as text.
    let unknown_doc = lines_to_attrs(&[format!(
        "A `{property}` this version of the crate does not know: the value, kept whole."
    )]);
    let declaration = quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        // Variants hold API objects of very different sizes; boxing them would cost every reader.
        #[allow(clippy::large_enum_variant)]
        #[non_exhaustive]
        pub enum #name {
            #( #variant_docs #idents(#types), )*
            #unknown_doc
            Unknown(::serde_json::Value),
        }

        impl #name {
            /// The discriminator value.
            pub fn tag(&self) -> Option<&str> {
                match self {
                    #( Self::#idents(_) => Some(#tags), )*
                    Self::Unknown(value) => value.get(#property).and_then(::serde_json::Value::as_str),
                }
            }
        }
    };
    let serialize = quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #( Self::#idents(inner) => ::serde::Serialize::serialize(inner, serializer), )*
                    Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
                }
            }
        }
    };
    let deserialize = quote! {
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get(#property).and_then(::serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    #( Some(#tags) => <#types as ::serde::Deserialize>::deserialize(value)
                        .map(Self::#idents)
                        .map_err(<D::Error as ::serde::de::Error>::custom), )*
                    _ => Ok(Self::Unknown(value)),
                }
            }
        }
    };
    with_serde(index, name, declaration, serialize, deserialize)
}

/// A union's declaration with its serde impls: none for forms holding file parts (multipart
/// bodies encode the chosen form's fields), and the direction the type does not need behind the
/// `serde-all` feature (see `TypeIndex::serde_directions`).
fn with_serde(
    index: &TypeIndex,
    name: &Ident,
    declaration: TokenStream,
    serialize: TokenStream,
    deserialize: TokenStream,
) -> TokenStream {
    let name = name.to_string();
    if !index.has_serde(&name) {
        return declaration;
    }
    let (ser, de) = index.serde_directions(&name);
    let gate = |always: bool| (!always).then(|| quote!(#[cfg(feature = "serde-all")]));
    let (ser, de) = (gate(ser), gate(de));
    quote! {
        #declaration

        #ser
        #serialize

        #de
        #deserialize
    }
}
