//! The generator config (`spec/codegen.toml`): which operations to take, name overrides, and
//! the API's conventions (pagination, webhooks) that the generator must not hard-code.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::Error;

/// Generator settings, kept beside the spec so the same generator can serve other specs.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Which operations to generate.
    #[serde(default)]
    pub select: Select,
    /// Per-operation overrides, keyed by `operationId`.
    #[serde(default)]
    pub operations: BTreeMap<String, OperationOverride>,
    /// Type settings.
    #[serde(default)]
    pub types: TypeConfig,
    /// Webhook event settings.
    #[serde(default)]
    pub webhooks: WebhookConfig,
    /// How list operations are paged.
    #[serde(default)]
    pub pagination: PaginationConfig,
    /// The generated crate, as its users name it (`telnyx_video`): with it, every operation's
    /// doc has an example that compiles as a doctest; without it, none.
    #[serde(default, rename = "crate")]
    pub crate_name: Option<String>,
    /// Overlays applied to the spec after loading, in order (OpenAPI Overlay 1.0, see
    /// `overlay.rs`): our additions to a published spec, kept beside it. Relative paths are
    /// taken from the config file's folder.
    #[serde(default)]
    pub overlays: Vec<std::path::PathBuf>,
    /// The released public API (`public-api.json`, written by `cargo xtask diff --record`):
    /// what it has is kept where the wire allows (see `model/lock.rs`). Relative to the config
    /// file's folder. `--release-lock` generates without it.
    #[serde(default)]
    pub lock: Option<std::path::PathBuf>,
}

/// The wire names of page-number pagination: a list operation whose first 2xx response has a
/// `meta` and whose parameter `param` is an object with an integer `number` field streams its
/// pages; `page_number` and `total_pages` are read from the `meta` to know where a page sits.
/// The defaults are Telnyx's (`page[number]`, `meta.page_number`, `meta.total_pages`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct PaginationConfig {
    /// The query parameter holding the page (`page`).
    pub param: String,
    /// Its field with the 1-based page number (`number`).
    pub number: String,
    /// The `meta` field with this page's number (`page_number`).
    pub page_number: String,
    /// The `meta` field with the number of pages (`total_pages`).
    pub total_pages: String,
}

impl Default for PaginationConfig {
    fn default() -> Self {
        PaginationConfig {
            param: "page".to_owned(),
            number: "number".to_owned(),
            page_number: "page_number".to_owned(),
            total_pages: "total_pages".to_owned(),
        }
    }
}

/// How the 3.1 `webhooks` section becomes an event enum.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct WebhookConfig {
    /// Name of the event enum.
    #[serde(default = "default_event_enum", rename = "enum")]
    pub enum_name: String,
    /// The `data` property that tells events apart.
    #[serde(default = "default_discriminator")]
    pub discriminator: String,
    /// Discriminator prefixes to take (`video.`); empty takes every event.
    #[serde(default)]
    pub event_types: Vec<String>,
    /// A cargo feature of the client crate that the verification helpers need, if any.
    #[serde(default)]
    pub feature: Option<String>,
}

fn default_event_enum() -> String {
    "WebhookEvent".to_owned()
}

fn default_discriminator() -> String {
    "event_type".to_owned()
}

impl Default for WebhookConfig {
    fn default() -> Self {
        WebhookConfig {
            enum_name: default_event_enum(),
            discriminator: default_discriminator(),
            event_types: Vec::new(),
            feature: None,
        }
    }
}

/// Operation selection. An operation is taken when it matches any listed tag or path prefix;
/// with both lists empty (or `all = true`) every operation is taken.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Select {
    /// Take every operation of the document.
    #[serde(default)]
    pub all: bool,
    /// Tags to take (exact match).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Path prefixes to take, matched per segment (`/rooms` takes `/rooms/{id}`, not `/roomsx`).
    #[serde(default)]
    pub paths: Vec<String>,
}

impl Select {
    /// Whether an operation at `path` with `tags` is selected.
    pub fn takes(&self, path: &str, tags: &[String]) -> bool {
        if self.all || (self.tags.is_empty() && self.paths.is_empty()) {
            return true;
        }
        self.tags.iter().any(|t| tags.contains(t))
            || self.paths.iter().any(|prefix| {
                let prefix = prefix.trim_end_matches('/');
                path == prefix
                    || path
                        .strip_prefix(prefix)
                        .is_some_and(|rest| rest.starts_with('/'))
            })
    }
}

/// Overrides for one operation.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OperationOverride {
    /// The Rust method name (snake_case).
    pub method: Option<String>,
    /// The resource (module and client accessor) the operation belongs to.
    pub resource: Option<String>,
    /// Whether repeating the call is safe (default: every method but POST).
    pub idempotent: Option<bool>,
    /// A parameter the caller must set, or explicitly opt out of (`allow_without_<name>()`).
    pub require: Option<String>,
}

/// Type naming settings.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TypeConfig {
    /// Renames: generated type name -> the name to use instead.
    #[serde(default)]
    pub rename: BTreeMap<String, String>,
    /// Shared types: new name -> a generated type name, or a list of them tried in order (the
    /// names the same type gets under different spellings of the spec, e.g. a named component
    /// in one version and an inline schema in another). Every generated type with the same
    /// shape as the first one generated (same fields, types and optionality; docs aside) becomes
    /// one type of the new name. Applied before `rename`.
    #[serde(default)]
    pub share: BTreeMap<String, Like>,
    /// Response fields the API always returns, by generated type name (after `share` and
    /// `rename`) -> wire names: generated without `Option`, so a response without one fails to
    /// decode. Only for types callers receive and never send.
    #[serde(default)]
    pub always_present: BTreeMap<String, Vec<String>>,
}

/// One generated type name, or several alternatives tried in order.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum Like {
    /// One name.
    One(String),
    /// Alternatives, the first generated one is used.
    Any(Vec<String>),
}

impl Like {
    /// The names, in order.
    pub fn names(&self) -> &[String] {
        match self {
            Like::One(name) => std::slice::from_ref(name),
            Like::Any(names) => names,
        }
    }
}

impl Config {
    /// Reads a config file.
    pub fn from_file(file: &Path) -> Result<Config, Error> {
        let text = std::fs::read_to_string(file).map_err(|source| Error::Read {
            file: file.to_owned(),
            source,
        })?;
        let mut config = Self::from_toml(file, &text)?;
        let folder = file.parent().unwrap_or(Path::new(""));
        for path in config.overlays.iter_mut().chain(config.lock.as_mut()) {
            if path.is_relative() {
                *path = folder.join(&*path);
            }
        }
        Ok(config)
    }

    /// Parses config text; `file` names the source in errors.
    pub fn from_toml(file: &Path, text: &str) -> Result<Config, Error> {
        toml::from_str(text).map_err(|e| Error::Config {
            file: file.to_owned(),
            message: e.to_string().trim_end().to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_prefixes_match_whole_segments() {
        let select = Select {
            paths: vec!["/rooms".into()],
            ..Select::default()
        };
        assert!(select.takes("/rooms", &[]));
        assert!(select.takes("/rooms/{room_id}/sessions", &[]));
        assert!(!select.takes("/rooms_archive", &[]));
        assert!(Select::default().takes("/anything", &[]));
        let by_tag = Select {
            tags: vec!["Rooms".into()],
            ..Select::default()
        };
        assert!(by_tag.takes("/x", &["Rooms".into()]));
        assert!(!by_tag.takes("/x", &["Other".into()]));
    }

    #[test]
    fn unknown_keys_are_refused() {
        let err = Config::from_toml(Path::new("c.toml"), "[select]\npath = []\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("c.toml: invalid generator config:"),
            "{err}"
        );
        assert!(err.to_string().contains("unknown field `path`"), "{err}");
    }
}
