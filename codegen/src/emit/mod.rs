//! Emission: the model into Rust files, through `quote!` -> `syn::File` -> prettyplease.
//!
//! One file for shared models, one per resource, and a `mod.rs` that declares them. Output
//! depends only on the model (types and resources are sorted), so it is byte-identical across
//! runs and machines.

mod deserialize;
mod docs;
mod enums;
mod events;
mod index;
mod inputs;
mod operations;
mod pages;
mod request;
mod types;

pub use docs::DocMode;

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::ir::{Api, Module};
use index::{TypeIndex, ident, module_name};
use types::type_def;

/// A file to write under the output directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the output directory, e.g. `models.rs`.
    pub path: String,
    /// Full contents.
    pub contents: String,
}

/// A clear compile error for each runtime feature the operations need and the crate's build
/// lacks (the runtime's multipart bodies and event streams are behind features, off in a crate
/// whose spec has neither).
fn runtime_features(api: &Api) -> TokenStream {
    let ops: Vec<_> = api.resources.iter().flat_map(|r| &r.operations).collect();
    let multipart = ops.iter().any(|op| {
        op.body
            .as_ref()
            .is_some_and(|b| b.encoding == crate::ir::BodyEncoding::Multipart)
    });
    let sse = ops
        .iter()
        .any(|op| op.output == crate::ir::Output::EventStream);
    let need = |needed: bool, feature: &str, what: &str| {
        needed.then(|| {
            let message = format!(
                "this spec has {what}: enable the crate's `{feature}` feature (e.g. in its default features)"
            );
            quote! {
                #[cfg(not(feature = #feature))]
                compile_error!(#message);
            }
        })
    };
    let multipart = need(multipart, "multipart", "multipart/form-data request bodies");
    let sse = need(sse, "sse", "text/event-stream responses");
    quote!(#multipart #sse)
}

/// Emits every file for `api`.
pub fn emit(api: &Api, mode: DocMode) -> Result<Vec<GeneratedFile>, Error> {
    let index = TypeIndex::new(api);
    let mut modules = vec![Module::Models];
    modules.extend(
        api.resources
            .iter()
            .map(|r| Module::Resource(r.name.clone())),
    );
    if api.webhooks.is_some() {
        modules.push(Module::Events);
    }

    let declared = modules.iter().map(|m| {
        let name = ident(&module_name(m));
        quote!(pub mod #name;)
    });
    let title = match mode {
        DocMode::Full => format!("the {} ({})", api.title, api.version),
        DocMode::FactsOnly => "an OpenAPI".to_owned(),
    };
    let intro = vec![
        format!("Code generated from {title} description."),
        String::new(),
        "`models` holds the shared schemas; each other module holds one resource.".to_owned(),
    ];
    let features = runtime_features(api);
    let declarations = print("mod.rs", quote!(#features #(#declared)*))?;
    let mut files = vec![render(api, "mod.rs", &intro, &declarations)?];
    files.extend(module_files(api, &modules, &index, mode)?);
    Ok(files)
}

/// The modules' files, emitted on as many threads as there are cores: each file depends only
/// on the model and the index (each thread has its own copy; import lists are per module), so
/// the output is the same whatever thread writes which file, and comes back in module order.
fn module_files(
    api: &Api,
    modules: &[Module],
    index: &TypeIndex,
    mode: DocMode,
) -> Result<Vec<GeneratedFile>, Error> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(modules.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, Result<GeneratedFile, Error>)>> = Mutex::new(Vec::new());
    let (next, done_ref) = (&next, &done);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let index = index.clone();
            scope.spawn(move || {
                loop {
                    let at = next.fetch_add(1, Ordering::Relaxed);
                    let Some(module) = modules.get(at) else {
                        break;
                    };
                    let file = module_file(api, module, &index, mode);
                    done_ref
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .push((at, file));
                }
            });
        }
    });
    let mut done = done
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    done.sort_by_key(|(at, _)| *at);
    done.into_iter().map(|(_, file)| file).collect()
}

/// One module's file: its operations (for a resource), types and page metas, each printed as
/// soon as it is generated, so only one item's tokens and syntax tree are alive at a time.
fn module_file(
    api: &Api,
    module: &Module,
    index: &TypeIndex,
    mode: DocMode,
) -> Result<GeneratedFile, Error> {
    let path = format!("{}.rs", module_name(module));
    let mut body = String::new();
    let operations = match module {
        Module::Events => api
            .webhooks
            .as_ref()
            .map(|hooks| events::event_enum(hooks, index, mode)),
        Module::Models => None,
        Module::Resource(name) => api
            .resources
            .iter()
            .find(|r| &r.name == name)
            .map(|r| operations::resource_items(api, r, index, mode)),
    };
    if let Some(operations) = operations {
        body.push_str(&print(&path, operations)?);
    }
    for def in api.types.iter().filter(|t| &t.module == module) {
        body.push_str(&print(&path, type_def(def, index, mode))?);
    }
    body.push_str(&print(&path, pages::page_info_impls(api, module))?);
    let imports = print(&path, index.imports(module))?;
    render(
        api,
        &path,
        &module_intro(api, module, mode),
        &(imports + &body),
    )
}

/// The module doc of a generated file.
fn module_intro(api: &Api, module: &Module, mode: DocMode) -> Vec<String> {
    match module {
        Module::Events => vec![
            "Webhook events: what the API delivers to your webhook URL, parsed after the signature is verified.".to_owned(),
        ],
        Module::Models => vec!["Schemas shared by the operations of the API.".to_owned()],
        Module::Resource(resource) => {
            let text = api
                .resources
                .iter()
                .find(|r| &r.name == resource)
                .and_then(|r| r.doc.text.clone());
            let first = match (mode, text) {
                (DocMode::Full, Some(text)) => text,
                _ => format!("The `{resource}` resource."),
            };
            vec![
                first,
                String::new(),
                "The resource's operations (reached with the `Client` method of the same name), their request builders, and the types only they use: filters, inline request and response bodies.".to_owned(),
            ]
        }
    }
}

/// Formats one file: header comment, module docs, then `body` (items already printed).
fn render(api: &Api, path: &str, intro: &[String], body: &str) -> Result<GeneratedFile, Error> {
    let docs = intro.iter().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#![doc = #line])
    });
    let header = format!(
        "// @generated from {} by `cargo xtask codegen`. Do not edit by hand:\n// change the spec or the generator, then regenerate.\n\n",
        api.source
    );
    // Parts printed separately get the same blank lines between items as if printed together.
    let text = print(path, quote!(#(#docs)*))? + body;
    Ok(GeneratedFile {
        path: path.to_owned(),
        contents: header + &space_items(&text),
    })
}

/// Prints items (or a file's inner attributes) with prettyplease.
fn print(path: &str, tokens: TokenStream) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Emit {
        file: path.to_owned(),
        message: e.to_string(),
    })?;
    Ok(prettyplease::unparse(&file))
}

/// prettyplease prints items back to back; a blank line after each item that ends a block or
/// a declaration (at any depth) makes the files read like hand-written code. Only layout
/// changes: a line is added where one item's last line (`}` or a top-level `...;`) is followed
/// by the next item's first line at the same indentation.
fn space_items(text: &str) -> String {
    const STARTS: [&str; 12] = [
        "#",
        "///",
        "pub ",
        "impl",
        "fn ",
        "struct ",
        "enum ",
        "type ",
        "const ",
        "mod ",
        "use ",
        "async fn ",
    ];
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        let Some(next) = lines.get(i + 1) else {
            continue;
        };
        let indent = line.len() - line.trim_start().len();
        let next_indent = next.len() - next.trim_start().len();
        let trimmed = line.trim();
        let ends_item = trimmed == "}" || (indent == 0 && trimmed.ends_with(';'));
        let starts_item = STARTS.iter().any(|s| next.trim_start().starts_with(s));
        let same_use_group = trimmed.starts_with("use ") && next.trim_start().starts_with("use ");
        if ends_item && starts_item && indent == next_indent && !same_use_group {
            out.push('\n');
        }
    }
    out
}

/// `#[allow(clippy::too_many_arguments)]` for a function of `inputs` inputs (its receiver
/// included) where the lint fires (more than seven), and nowhere else.
fn many_arguments(inputs: usize) -> Option<TokenStream> {
    (inputs > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]))
}
