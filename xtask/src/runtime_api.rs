//! The public API of telnyx-video's hand-written part (the client, what the crate root
//! re-exports from the runtime, the webhooks module), read from its source with syn, for the
//! semver gate beside the generated API's surface. Each item is keyed by the path users name
//! (`Client::builder()`, `ApiFailure::status`, `webhooks::Verifier`) and described by its
//! signature as written, with the `cfg` it needs: a changed signature, a removed item or one
//! moved behind a feature is a break; a new one an addition.
//!
//! Why syn and not rustdoc JSON or cargo-semver-checks: rustdoc's JSON is unstable (nightly or
//! `RUSTC_BOOTSTRAP`, a format that changes between toolchains), and cargo-semver-checks is a
//! large install the machines here do not have; the hand-written API is small and its shape
//! regular (items re-exported by name, inherent methods, derives), which a source reading covers.
//! What it does not see: signatures that change through a type alias or a trait's default
//! method; those are reviewed with the CHANGELOG.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use quote::ToTokens;

/// The hand-written public API of the crate at `crate_dir`: path -> description.
pub fn read(crate_dir: &Path) -> Result<BTreeMap<String, String>> {
    let src = crate_dir.join("src");
    let mut files = vec![src.join("client.rs"), src.join("webhooks.rs")];
    for entry in std::fs::read_dir(src.join("runtime"))? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.ends_with(".rs") && !name.ends_with("_tests.rs") && name != "wire_tests.rs" {
            files.push(path);
        }
    }
    files.sort();
    let mut definitions = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file)?;
        let parsed =
            syn::parse_file(&text).with_context(|| format!("parsing {}", file.display()))?;
        let module = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        definitions.push((module, parsed));
    }
    let lib = syn::parse_file(&std::fs::read_to_string(src.join("lib.rs"))?)?;
    let mut exported: Vec<(String, String, String)> = Vec::new(); // (public path, ident, cfg)
    for item in &lib.items {
        match item {
            syn::Item::Use(used) if matches!(used.vis, syn::Visibility::Public(_)) => {
                let cfg = cfg_of(&used.attrs);
                let mut leaves = Vec::new();
                flatten(&used.tree, &mut Vec::new(), &mut leaves);
                for (path, ident, rename) in leaves {
                    let from = path.first().map(String::as_str).unwrap_or_default();
                    match from {
                        "runtime" | "client" => exported.push((rename, ident, cfg.clone())),
                        "generated" => {}
                        _ => exported.push((
                            rename,
                            format!("extern {}", path.join("::")),
                            cfg.clone(),
                        )),
                    }
                }
            }
            syn::Item::Mod(module) if matches!(module.vis, syn::Visibility::Public(_)) => {
                let name = module.ident.to_string();
                let cfg = cfg_of(&module.attrs);
                if module.content.is_none() {
                    // `pub mod webhooks;`: every public item of its file.
                    if let Some((_, parsed)) = definitions.iter().find(|(m, _)| *m == name) {
                        for item in &parsed.items {
                            if let Some(ident) = public_ident(item) {
                                exported.push((format!("{name}::{ident}"), ident, cfg.clone()));
                            }
                        }
                    }
                } else if let Some((_, items)) = &module.content {
                    for item in items {
                        if let syn::Item::Use(used) = item {
                            let mut leaves = Vec::new();
                            flatten(&used.tree, &mut Vec::new(), &mut leaves);
                            for (path, _, rename) in leaves {
                                exported.push((
                                    format!("{name}::{rename}"),
                                    format!("extern {}", path.join("::")),
                                    cfg.clone(),
                                ));
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut api = BTreeMap::new();
    for (path, ident, cfg) in &exported {
        if let Some(external) = ident.strip_prefix("extern ") {
            api.insert(path.clone(), format!("{cfg}re-export of {external}"));
            continue;
        }
        for (_, parsed) in &definitions {
            describe(&parsed.items, path, ident, cfg, &mut api);
        }
    }
    Ok(api)
}

/// The items of a `use` tree: (path to it, its name, the name it is exported as).
fn flatten(
    tree: &syn::UseTree,
    prefix: &mut Vec<String>,
    out: &mut Vec<(Vec<String>, String, String)>,
) {
    match tree {
        syn::UseTree::Path(path) => {
            prefix.push(path.ident.to_string());
            flatten(&path.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(name) => {
            let ident = name.ident.to_string();
            let mut path = prefix.clone();
            path.push(ident.clone());
            out.push((path, ident.clone(), ident));
        }
        syn::UseTree::Rename(rename) => {
            let mut path = prefix.clone();
            path.push(rename.ident.to_string());
            out.push((path, rename.ident.to_string(), rename.rename.to_string()));
        }
        syn::UseTree::Glob(_) => {
            let mut path = prefix.clone();
            path.push("*".to_owned());
            out.push((path, "*".to_owned(), format!("{}::*", prefix.join("::"))));
        }
        syn::UseTree::Group(group) => {
            for tree in &group.items {
                flatten(tree, prefix, out);
            }
        }
    }
}

/// `#[cfg(..)]` attributes as text, with a trailing space (empty without).
fn cfg_of(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("cfg"))
        .map(|a| format!("{} ", a.to_token_stream()))
        .collect()
}

/// `#[non_exhaustive]`, when present, as text with a trailing space.
fn exhaustiveness(attrs: &[syn::Attribute]) -> &'static str {
    if attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) {
        "#[non_exhaustive] "
    } else {
        ""
    }
}

/// The traits `#[derive(..)]` implements: each is recorded like a written `impl`, so that
/// replacing a derive with a hand-written impl is no change.
fn derived(attrs: &[syn::Attribute]) -> Vec<String> {
    let mut traits = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            if let Some(last) = meta.path.segments.last() {
                traits.push(last.ident.to_string());
            }
            Ok(())
        });
    }
    traits
}

fn implements(path: &str, cfg: &str, traits: Vec<String>, api: &mut BTreeMap<String, String>) {
    for name in traits {
        api.insert(format!("{path}: impl {name}"), cfg.trim_end().to_owned());
    }
}

fn public_ident(item: &syn::Item) -> Option<String> {
    let (vis, ident) = match item {
        syn::Item::Struct(i) => (&i.vis, &i.ident),
        syn::Item::Enum(i) => (&i.vis, &i.ident),
        syn::Item::Trait(i) => (&i.vis, &i.ident),
        syn::Item::Type(i) => (&i.vis, &i.ident),
        syn::Item::Const(i) => (&i.vis, &i.ident),
        syn::Item::Fn(i) => (&i.vis, &i.sig.ident),
        _ => return None,
    };
    matches!(vis, syn::Visibility::Public(_)).then(|| ident.to_string())
}

fn tokens(item: &impl ToTokens) -> String {
    item.to_token_stream().to_string()
}

/// Adds what `items` say of the public item `ident` (exported as `path`).
fn describe(
    items: &[syn::Item],
    path: &str,
    ident: &str,
    cfg: &str,
    api: &mut BTreeMap<String, String>,
) {
    for item in items {
        match item {
            syn::Item::Struct(s)
                if s.ident == ident && matches!(s.vis, syn::Visibility::Public(_)) =>
            {
                api.insert(
                    path.to_owned(),
                    format!(
                        "{cfg}{}struct{}",
                        exhaustiveness(&s.attrs),
                        tokens(&s.generics)
                    ),
                );
                implements(path, cfg, derived(&s.attrs), api);
                for field in &s.fields {
                    if let (Some(name), syn::Visibility::Public(_)) = (&field.ident, &field.vis) {
                        api.insert(
                            format!("{path}::{name}"),
                            format!("{cfg}{}", tokens(&field.ty)),
                        );
                    }
                }
            }
            syn::Item::Enum(e)
                if e.ident == ident && matches!(e.vis, syn::Visibility::Public(_)) =>
            {
                api.insert(
                    path.to_owned(),
                    format!(
                        "{cfg}{}enum{}",
                        exhaustiveness(&e.attrs),
                        tokens(&e.generics)
                    ),
                );
                implements(path, cfg, derived(&e.attrs), api);
                for variant in &e.variants {
                    api.insert(
                        format!("{path}::{}", variant.ident),
                        format!("{cfg}{}", fields(&variant.fields)),
                    );
                }
            }
            syn::Item::Trait(t)
                if t.ident == ident && matches!(t.vis, syn::Visibility::Public(_)) =>
            {
                api.insert(
                    path.to_owned(),
                    format!(
                        "{cfg}trait{}: {}",
                        tokens(&t.generics),
                        tokens(&t.supertraits)
                    ),
                );
                for inner in &t.items {
                    if let syn::TraitItem::Fn(f) = inner {
                        api.insert(
                            format!("{path}::{}()", f.sig.ident),
                            format!("{cfg}{}", tokens(&f.sig)),
                        );
                    }
                }
            }
            syn::Item::Type(t)
                if t.ident == ident && matches!(t.vis, syn::Visibility::Public(_)) =>
            {
                api.insert(path.to_owned(), format!("{cfg}type = {}", tokens(&t.ty)));
            }
            syn::Item::Const(c)
                if c.ident == ident && matches!(c.vis, syn::Visibility::Public(_)) =>
            {
                api.insert(path.to_owned(), format!("{cfg}const: {}", tokens(&c.ty)));
            }
            syn::Item::Fn(f)
                if f.sig.ident == ident && matches!(f.vis, syn::Visibility::Public(_)) =>
            {
                api.insert(format!("{path}()"), format!("{cfg}{}", tokens(&f.sig)));
            }
            syn::Item::Impl(block) if self_ident(&block.self_ty).as_deref() == Some(ident) => {
                let block_cfg = format!("{cfg}{}", cfg_of(&block.attrs));
                match &block.trait_ {
                    Some((trait_path, _)) => {
                        let name = trait_path
                            .segments
                            .last()
                            .map(|s| s.ident.to_string())
                            .unwrap_or_default();
                        api.insert(
                            format!("{path}: impl {name}"),
                            block_cfg.trim_end().to_owned(),
                        );
                    }
                    None => {
                        for inner in &block.items {
                            if let syn::ImplItem::Fn(f) = inner {
                                if matches!(f.vis, syn::Visibility::Public(_)) {
                                    let fn_cfg = cfg_of(&f.attrs);
                                    api.insert(
                                        format!("{path}::{}()", f.sig.ident),
                                        format!(
                                            "{block_cfg}{fn_cfg}{}{}",
                                            tokens(&block.generics),
                                            tokens(&f.sig)
                                        ),
                                    );
                                }
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// A variant's fields as declared, without their docs.
fn fields(fields: &syn::Fields) -> String {
    let list = |fields: &syn::punctuated::Punctuated<syn::Field, syn::Token![,]>| {
        fields
            .iter()
            .map(|f| match &f.ident {
                Some(name) => format!("{name}: {}", tokens(&f.ty)),
                None => tokens(&f.ty),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match fields {
        syn::Fields::Named(named) => format!("{{ {} }}", list(&named.named)),
        syn::Fields::Unnamed(unnamed) => format!("({})", list(&unnamed.unnamed)),
        syn::Fields::Unit => String::new(),
    }
}

fn self_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The changes from `old` to `new`: (semver, path, what), most severe first.
pub fn diff(
    old: &BTreeMap<String, String>,
    new: &BTreeMap<String, String>,
) -> Vec<(codegen::surface::Semver, String, String)> {
    use codegen::surface::Semver;
    let mut changes = Vec::new();
    for (path, was) in old {
        match new.get(path) {
            None => changes.push((Semver::Major, path.clone(), format!("removed (`{was}`)"))),
            Some(now) if now != was => changes.push((
                Semver::Major,
                path.clone(),
                format!("changed from `{was}` to `{now}`"),
            )),
            Some(_) => {}
        }
    }
    for (path, now) in new {
        if old.contains_key(path) {
            continue;
        }
        // A field or variant added to a struct or enum that is not `#[non_exhaustive]` breaks
        // code that builds or matches it exhaustively.
        let parent = path.rsplit_once("::").map(|(parent, _)| parent);
        let exhaustive = parent.and_then(|parent| old.get(parent)).is_some_and(|d| {
            (d.contains("struct") || d.contains("enum")) && !d.contains("non_exhaustive")
        });
        let member = !path.ends_with("()") && !path.contains(": impl ");
        let semver = if exhaustive && member {
            Semver::Major
        } else {
            Semver::Minor
        };
        changes.push((semver, path.clone(), format!("added (`{now}`)")));
    }
    changes.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use codegen::surface::Semver;

    fn api(items: &[(&str, &str)]) -> BTreeMap<String, String> {
        items
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn breaks_and_additions() {
        let old = api(&[
            ("Open", "#[non_exhaustive] enum"),
            ("Open::A", ""),
            ("Closed", "enum"),
            ("Closed::A", ""),
            ("Client::new()", "fn new (key : String) -> Self"),
            ("Client: impl Clone", ""),
        ]);
        let new = api(&[
            ("Open", "#[non_exhaustive] enum"),
            ("Open::A", ""),
            ("Open::B", ""),
            ("Closed", "enum"),
            ("Closed::A", ""),
            ("Closed::B", ""),
            ("Client::new()", "fn new (key : & str) -> Self"),
            ("Client::builder()", "fn builder () -> ClientBuilder"),
        ]);
        let changes: Vec<(Semver, String)> = diff(&old, &new)
            .into_iter()
            .map(|(semver, path, _)| (semver, path))
            .collect();
        assert_eq!(
            changes,
            [
                (Semver::Major, "Client: impl Clone".to_owned()),
                (Semver::Major, "Client::new()".to_owned()),
                (Semver::Major, "Closed::B".to_owned()),
                (Semver::Minor, "Client::builder()".to_owned()),
                (Semver::Minor, "Open::B".to_owned()),
            ]
        );
    }
}
