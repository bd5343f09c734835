//! OpenAPI 3.0/3.1 to Rust: the generator behind the `telnyx-video` client.
//!
//! A pipeline of small stages, each in its own module:
//! `load` (bytes -> JSON value) -> `normalize` (3.1 -> 3.0 shape) -> `validate` (`$ref`s) ->
//! `parse` (-> `openapiv3`) -> `model` (-> the plain-data [`ir`], naming via `naming`) ->
//! `emit` (-> `quote!` -> `syn` -> prettyplease). [`generate`] runs them all.

pub mod brackets;
pub mod config;
pub mod emit;
pub mod error;
pub mod format;
pub mod ir;
pub mod load;
pub mod model;
pub mod naming;
pub mod normalize;
pub mod overlay;
pub mod parse;
pub mod pointer;
pub mod release;
pub mod surface;
pub mod synthetic;
pub mod validate;

use std::path::Path;

pub use config::Config;
pub use emit::{DocMode, GeneratedFile};
pub use error::{Diagnostic, Error};

/// What a generator run produced.
#[derive(Debug)]
pub struct Generated {
    /// The model the files were emitted from.
    pub api: ir::Api,
    /// The files, `mod.rs` first.
    pub files: Vec<GeneratedFile>,
    /// Constructs of the spec expressed with a documented fallback (`--strict` refuses them).
    pub warnings: Vec<Diagnostic>,
    /// Config entries this spec does not use (an override of an operation it does not have, a
    /// rename of a type it does not generate): worth knowing, but about the config, which may
    /// serve other specs, not about the spec; `--strict` does not count them.
    pub config_notes: Vec<Diagnostic>,
    /// What the API lock (the config's `lock`) kept as released, each with why.
    pub kept: Vec<Diagnostic>,
}

impl Generated {
    /// Number of operations generated.
    pub fn operation_count(&self) -> usize {
        self.api.resources.iter().map(|r| r.operations.len()).sum()
    }
}

/// Options of one run.
#[derive(Debug, Clone)]
pub struct Options {
    /// How the spec is named in generated headers (e.g. `spec/telnyx-video.yaml`).
    pub source_name: String,
    /// Documentation mode.
    pub docs: DocMode,
    /// Pass the output through rustfmt. Off (what `cargo xtask codegen` writes), the output is
    /// prettyplease's: it needs no external tool and is the same whatever rustfmt is installed;
    /// the crate declares the generated module `#[rustfmt::skip]` so `cargo fmt` leaves it be.
    pub rustfmt: bool,
}

/// Runs the whole pipeline on a spec file, after the config's overlays.
pub fn generate_file(spec: &Path, config: &Config, options: &Options) -> Result<Generated, Error> {
    let mut source = load::load_file(spec)?;
    apply_overlays(&mut source, config)?;
    generate_source(&source, config, options)
}

/// Applies the config's overlays (`overlays = [..]`), in order, to a loaded spec.
pub fn apply_overlays(source: &mut load::Source, config: &Config) -> Result<(), Error> {
    for file in &config.overlays {
        overlay::Overlay::from_file(file)?.apply(&mut source.value, &source.file)?;
    }
    Ok(())
}

/// Runs the pipeline on spec bytes; `file` names the source in errors.
pub fn generate_bytes(
    file: &Path,
    bytes: &[u8],
    config: &Config,
    options: &Options,
) -> Result<Generated, Error> {
    let mut source = load::load_bytes(file, bytes)?;
    apply_overlays(&mut source, config)?;
    generate_source(&source, config, options)
}

fn generate_source(
    source: &load::Source,
    config: &Config,
    options: &Options,
) -> Result<Generated, Error> {
    let mut normalized = normalize::normalize(source)?;
    brackets::group_bracket_parameters(&mut normalized.value);
    let ref_problems = validate::check_refs(&normalized.value);
    let spec = match parse::parse(&source.file, &normalized.value) {
        Ok(spec) => spec,
        Err(Error::Spec {
            file,
            mut diagnostics,
        }) => {
            diagnostics.splice(0..0, ref_problems);
            return Err(Error::Spec { file, diagnostics });
        }
        Err(other) => return Err(other),
    };
    if !ref_problems.is_empty() {
        return Err(Error::Spec {
            file: source.file.clone(),
            diagnostics: ref_problems,
        });
    }
    let (hooks, mut hook_problems) = parse::parse_webhooks(normalized.webhooks.as_ref());
    if let Some(hooks_doc) = &normalized.webhooks {
        hook_problems.extend(validate::check_refs_in(
            &normalized.value,
            hooks_doc,
            &pointer::Pointer::root().push("webhooks"),
        ));
    }
    if !hook_problems.is_empty() {
        return Err(Error::Spec {
            file: source.file.clone(),
            diagnostics: hook_problems,
        });
    }
    let released = match &config.lock {
        Some(file) => Some(release::Released::from_file(file)?),
        None => None,
    };
    let modelled = model::build(
        &spec,
        &normalized.value,
        &hooks,
        normalized.webhooks.as_ref(),
        config,
        &options.source_name,
        released.as_ref().map(|r| &r.surface),
    );
    if !modelled.errors.is_empty() {
        return Err(Error::Spec {
            file: source.file.clone(),
            diagnostics: modelled.errors,
        });
    }
    let mut files = emit::emit(&modelled.api, options.docs)?;
    if options.rustfmt {
        format::rustfmt_files(&mut files)?;
    }
    Ok(Generated {
        api: modelled.api,
        files,
        warnings: modelled.warnings,
        config_notes: modelled.config_notes,
        kept: modelled.kept,
    })
}
