//! A released API as recorded (`spec/public-api.json`, written by `cargo xtask diff --record`)
//! and read back as the API lock, and the version bump a change calls for.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::surface::{Semver, Surface};

/// A released API, as recorded in `spec/public-api.json` (`cargo xtask diff --record`): the
/// crate version and its surface. The generator reads it as the API lock.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Released {
    /// The crate version this API was released as.
    pub version: String,
    /// The API.
    pub surface: Surface,
    /// The hand-written part of the crate's public API (the client, the runtime's re-exports,
    /// webhooks): path -> signature, as `cargo xtask diff` reads it from the source.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub runtime: BTreeMap<String, String>,
}

impl Released {
    /// Reads a recorded API; a file that is not one is an error naming it and the place.
    pub fn from_file(file: &std::path::Path) -> Result<Released, crate::Error> {
        let text = std::fs::read_to_string(file).map_err(|source| crate::Error::Read {
            file: file.to_owned(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|e| crate::Error::Syntax {
            file: file.to_owned(),
            line: e.line(),
            column: e.column(),
            message: format!("not a recorded public API: {e}"),
        })
    }
}

/// The version bump a verdict calls for, given the version the recorded surface had, and
/// whether `current` makes it. Before 1.0, a breaking change bumps the minor number and an
/// addition the patch number (Cargo's reading of 0.x versions); from 1.0, major and minor.
pub fn bump_made(verdict: Option<Semver>, recorded: &str, current: &str) -> Result<(), String> {
    let parse = |v: &str| -> Option<(u64, u64, u64)> {
        let mut parts = v.split('.').map(|p| p.parse::<u64>().ok());
        Some((parts.next()??, parts.next()??, parts.next()??))
    };
    let (Some(old), Some(new)) = (parse(recorded), parse(current)) else {
        return Err(format!("versions `{recorded}` / `{current}` are not x.y.z"));
    };
    let needed = match (verdict, old.0) {
        (None | Some(Semver::Patch), _) => return Ok(()),
        (Some(Semver::Major), 0) => ("0.(y+1).0", new.0 > 0 || new.1 > old.1),
        (Some(Semver::Minor), 0) => ("0.y.(z+1)", new > old),
        (Some(Semver::Major), _) => ("(x+1).0.0", new.0 > old.0),
        (Some(Semver::Minor), _) => ("x.(y+1).0", new.0 > old.0 || new.1 > old.1),
    };
    if needed.1 {
        Ok(())
    } else {
        Err(format!(
            "the public API changed ({}) since {recorded}, but the crate is still {current}: bump it to at least {} and add a CHANGELOG entry (`cargo xtask diff --changelog <version>` drafts one), then `cargo xtask diff --record`",
            verdict.map(|v| v.to_string()).unwrap_or_default(),
            needed.0
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bumps_follow_cargo_semver() {
        assert!(bump_made(Some(Semver::Major), "0.1.0", "0.2.0").is_ok());
        assert!(bump_made(Some(Semver::Major), "0.1.0", "0.1.1").is_err());
        assert!(bump_made(Some(Semver::Minor), "0.1.0", "0.1.1").is_ok());
        assert!(bump_made(Some(Semver::Minor), "0.1.0", "0.1.0").is_err());
        assert!(bump_made(Some(Semver::Patch), "0.1.0", "0.1.0").is_ok());
        assert!(bump_made(None, "1.2.3", "1.2.3").is_ok());
        assert!(bump_made(Some(Semver::Major), "1.2.3", "1.3.0").is_err());
        assert!(bump_made(Some(Semver::Major), "1.2.3", "2.0.0").is_ok());
        assert!(bump_made(Some(Semver::Minor), "1.2.3", "1.3.0").is_ok());
    }
}
