//! Keeping secrets out of text: redacted `Debug` views of headers (credentials and cookies never
//! print), and [`Secrets`], the values one call must never echo (the API key, tokens it sent),
//! scrubbed from everything an error can print even when the server quotes them back.

use std::borrow::Cow;
use std::fmt;

use reqwest::header::{HeaderMap, HeaderValue};

use super::Secret;

const SENSITIVE: [&str; 4] = [
    "authorization",
    "cookie",
    "set-cookie",
    "proxy-authorization",
];

/// What replaces a secret in text.
pub(crate) const REDACTED: &str = "[redacted]";

/// Secrets shorter than this are not searched for: a value that short would match ordinary
/// words of a message and cannot be protected by text search anyway.
const MIN_SECRET_LEN: usize = 6;

/// `Debug` of a header map with sensitive values replaced by `[redacted]`.
pub struct Headers<'a>(pub &'a HeaderMap);

impl fmt::Debug for Headers<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in self.0 {
            if SENSITIVE.contains(&name.as_str()) {
                map.entry(&name.as_str(), &REDACTED);
            } else {
                map.entry(&name.as_str(), &value.to_str().unwrap_or("<non-text>"));
            }
        }
        map.finish()
    }
}

/// The secret values of one call. Shared (`Arc`): a call starts from the client's secrets
/// without copying them, and copies only when it adds its own (a token in its body).
#[derive(Clone, Default)]
pub(crate) struct Secrets(std::sync::Arc<Vec<Secret>>);

impl fmt::Debug for Secrets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} secret(s)>", self.0.len())
    }
}

impl Secrets {
    /// Adds `value` (ignored when too short to search for).
    pub(crate) fn add(&mut self, value: &str) {
        if value.len() >= MIN_SECRET_LEN && !self.0.iter().any(|s| s.expose() == value) {
            std::sync::Arc::make_mut(&mut self.0).push(Secret::new(value));
        }
    }

    /// Adds every secret of `other`, sharing it outright when this one is empty.
    pub(crate) fn merge(&mut self, other: &Secrets) {
        if self.0.is_empty() {
            self.0 = other.0.clone();
        } else {
            other.0.iter().for_each(|s| self.add(s.expose()));
        }
    }

    /// Adds every string inside `value` (a field, an option, a nested object).
    pub(crate) fn add_json(&mut self, value: &serde_json::Value) {
        match value {
            serde_json::Value::String(text) => self.add(text),
            serde_json::Value::Array(items) => items.iter().for_each(|v| self.add_json(v)),
            serde_json::Value::Object(map) => map.values().for_each(|v| self.add_json(v)),
            _ => {}
        }
    }

    /// `text` with every secret replaced by `[redacted]`.
    pub(crate) fn scrub<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut out = Cow::Borrowed(text);
        for secret in self.0.iter() {
            if out.contains(secret.expose()) {
                out = Cow::Owned(out.replace(secret.expose(), REDACTED));
            }
        }
        out
    }

    /// Scrubs an owned string in place.
    pub(crate) fn scrub_string(&self, text: &mut String) {
        if let Cow::Owned(clean) = self.scrub(text) {
            *text = clean;
        }
    }

    /// Scrubs every string (and object key) inside a JSON value.
    pub(crate) fn scrub_json(&self, value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(text) => self.scrub_string(text),
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| self.scrub_json(v)),
            serde_json::Value::Object(map) => {
                let entries = std::mem::take(map);
                for (mut key, mut inner) in entries {
                    self.scrub_string(&mut key);
                    self.scrub_json(&mut inner);
                    map.insert(key, inner);
                }
            }
            _ => {}
        }
    }

    /// Replaces every header value that contains a secret by `[redacted]`.
    pub(crate) fn scrub_headers(&self, headers: &mut HeaderMap) {
        if self.0.is_empty() {
            return;
        }
        for value in headers.values_mut() {
            let text = String::from_utf8_lossy(value.as_bytes());
            if matches!(self.scrub(&text), Cow::Owned(_)) {
                *value = HeaderValue::from_static(REDACTED);
            }
        }
    }
}

/// A body as text for a debug log: JSON with the values of credential-like fields (`token`,
/// `*_token`, `*secret*`, `*password*`, `*api_key*`) replaced by `[redacted]`, then every known
/// secret scrubbed; other bodies as (lossy) text, scrubbed. At most 64 KiB.
pub(crate) fn body_for_log(body: &[u8], secrets: &Secrets) -> String {
    const LIMIT: usize = 64 * 1024;
    let text = match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(mut json) => {
            redact_credential_fields(&mut json);
            json.to_string()
        }
        Err(_) => String::from_utf8_lossy(body).into_owned(),
    };
    let mut text = secrets.scrub(&text).into_owned();
    if text.len() > LIMIT {
        let mut end = LIMIT;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text.push_str("… [truncated]");
    }
    text
}

fn redact_credential_fields(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map.iter_mut() {
                let key = key.to_ascii_lowercase();
                let credential = key == "token"
                    || key.ends_with("_token")
                    || ["secret", "password", "api_key", "apikey"]
                        .iter()
                        .any(|word| key.contains(word));
                if credential && !inner.is_null() {
                    *inner = serde_json::Value::String(REDACTED.to_owned());
                } else {
                    redact_credential_fields(inner);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(redact_credential_fields),
        _ => {}
    }
}

/// `text` with the contents of every double-quoted string replaced by `…`: serde's messages
/// quote the offending value (`invalid type: string "<token>"`), which can be anything the
/// server sent.
pub(crate) fn without_quoted_values(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '"' {
            continue;
        }
        out.push('…');
        let mut escaped = false;
        for inner in chars.by_ref() {
            match (escaped, inner) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => {
                    out.push('"');
                    break;
                }
                _ => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_are_dropped_from_messages() {
        assert_eq!(
            without_quoted_values(r#"invalid type: string "tok\"en", expected u32 at line 1"#),
            r#"invalid type: string "…", expected u32 at line 1"#
        );
        assert_eq!(
            without_quoted_values("unterminated \"abc"),
            "unterminated \"…"
        );
        assert_eq!(without_quoted_values("no quotes"), "no quotes");
    }

    #[test]
    fn bodies_for_logs_hide_credentials() {
        let mut secrets = Secrets::default();
        secrets.add("KEY-9f8e7d6c");
        let body = br#"{"data":{"token":"T-1a2b3c4d5e","refresh_token":"R-5e4d3c2b1a","id":"r1","note":"KEY-9f8e7d6c"}}"#;
        assert_eq!(
            body_for_log(body, &secrets),
            r#"{"data":{"id":"r1","note":"[redacted]","refresh_token":"[redacted]","token":"[redacted]"}}"#
        );
        assert_eq!(
            body_for_log(b"plain KEY-9f8e7d6c", &secrets),
            "plain [redacted]"
        );
    }

    #[test]
    fn secrets_are_scrubbed_everywhere() {
        let mut secrets = Secrets::default();
        secrets.add("KEY-9f8e7d6c");
        secrets.add("abc"); // too short to search for
        secrets.add_json(&serde_json::json!({"t": ["TOKEN-1a2b3c4d"]}));
        assert_eq!(
            secrets.scrub("Bearer KEY-9f8e7d6c and TOKEN-1a2b3c4d; abc"),
            "Bearer [redacted] and [redacted]; abc"
        );
        let mut json = serde_json::json!({"KEY-9f8e7d6c": {"detail": "TOKEN-1a2b3c4d"}});
        secrets.scrub_json(&mut json);
        assert_eq!(
            json,
            serde_json::json!({"[redacted]": {"detail": "[redacted]"}})
        );
        let mut headers = HeaderMap::new();
        headers.insert("x-echo", HeaderValue::from_static("Bearer KEY-9f8e7d6c"));
        headers.insert("x-fine", HeaderValue::from_static("ok"));
        secrets.scrub_headers(&mut headers);
        assert_eq!(headers["x-echo"], REDACTED);
        assert_eq!(headers["x-fine"], "ok");
    }
}
