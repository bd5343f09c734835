//! What never prints, decided in one place. Two rules, applied by every `Debug`, `Display`,
//! error message, span field and body log of the crate:
//!
//! - **by name** ([`is_secret_name`]): a value under a secret-looking name (`token`,
//!   `accessToken`, `X-Api-Key`, `private_key`, `credentials.pass`, …) in any case style and at
//!   any depth of a JSON body, a form body, a query string or a header;
//! - **by value** ([`Secrets`]): the values one call must never echo (the API key, every
//!   credential the client holds, every secret-named value the call sent), scrubbed from any
//!   text even when the server quotes them back.
//!
//! A body that is neither JSON nor a form is never logged: only its size is.

use std::borrow::Cow;
use std::fmt;

use percent_encoding::percent_decode_str;
use reqwest::header::{HeaderMap, HeaderValue};
use serde_json::Value;

use super::Secret;

/// What replaces a secret in text.
pub(crate) const REDACTED: &str = "[redacted]";

/// Secrets shorter than this are not searched for: a value that short would match ordinary
/// words of a message and cannot be protected by text search anyway.
const MIN_SECRET_LEN: usize = 6;

/// Parts of a name (lower-cased, separators dropped: `refreshToken`, `refresh_token` and
/// `REFRESH-TOKEN` all read `refreshtoken`) that make it secret wherever they stand.
const SECRET_PARTS: [&str; 13] = [
    "token",
    "secret",
    "passw",
    "passphrase",
    "apikey",
    "privatekey",
    "accesskey",
    "credential",
    "authoriz",
    "authent",
    "cookie",
    "signature",
    "bearer",
];

/// Whole words of a name (split at separators and camel-case humps) that make it secret; too
/// short to be searched for inside other words (`pass` is in `passenger`, `key` in `keyword`).
const SECRET_WORDS: [&str; 7] = ["auth", "pass", "pwd", "key", "sig", "jwt", "otp"];

/// Whether `name` (a JSON key, a form, query or cookie key, a header name) names a secret, in
/// any case style: snake, camel, kebab or upper case, with or without brackets
/// (`credentials[pass]`). Names that merely mention a token's lifetime (`token_ttl_secs`) match
/// too: only their string values are hidden, numbers stay readable.
pub(crate) fn is_secret_name(name: &str) -> bool {
    let folded: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if SECRET_PARTS.iter().any(|part| folded.contains(part)) {
        return true;
    }
    words(name).any(|word| SECRET_WORDS.contains(&word.as_str()))
}

/// The words of a name: split at anything not alphanumeric and where a lower-case letter is
/// followed by an upper-case one, lower-cased.
fn words(name: &str) -> impl Iterator<Item = String> + '_ {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        let boundary = !c.is_ascii_alphanumeric() || (previous_lower && c.is_ascii_uppercase());
        if boundary && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
    }
    if !word.is_empty() {
        words.push(word);
    }
    words.into_iter()
}

/// Whether a header value carries a credential whatever its name (`Bearer …`, `Basic …`).
fn is_credential_value(value: &str) -> bool {
    let value = value.trim_start().as_bytes();
    ["bearer ", "basic ", "digest "].iter().any(|scheme| {
        value
            .get(..scheme.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(scheme.as_bytes()))
    })
}

/// `Debug` of a header map: values under secret names, credential values (`Bearer …`) and
/// values holding a known secret are replaced by `[redacted]`.
pub(crate) struct Headers<'a> {
    headers: &'a HeaderMap,
    secrets: Option<&'a Secrets>,
}

impl<'a> Headers<'a> {
    /// The headers, redacted by name and by credential shape.
    pub(crate) fn new(headers: &'a HeaderMap) -> Self {
        Headers {
            headers,
            secrets: None,
        }
    }

    /// The headers, also scrubbed of `secrets`.
    pub(crate) fn with(headers: &'a HeaderMap, secrets: &'a Secrets) -> Self {
        Headers {
            headers,
            secrets: Some(secrets),
        }
    }
}

impl fmt::Debug for Headers<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in self.headers {
            let shown = match value.to_str() {
                Err(_) => "<non-text>",
                Ok(_) if is_secret_name(name.as_str()) => REDACTED,
                Ok(text) if is_credential_value(text) => REDACTED,
                Ok(text) if self.secrets.is_some_and(|s| s.found_in(text)) => REDACTED,
                Ok(text) => text,
            };
            map.entry(&name.as_str(), &shown);
        }
        map.finish()
    }
}

/// `Debug` of query pairs (percent-encoded, as sent), values under secret names redacted.
pub(crate) struct Pairs<'a>(pub(crate) &'a [(String, String)]);

impl fmt::Debug for Pairs<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|(key, value)| {
                let decoded = percent_decode_str(key).decode_utf8_lossy();
                let value = if is_secret_name(&decoded) {
                    REDACTED
                } else {
                    value
                };
                format!("{key}={value}")
            }))
            .finish()
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
    /// Adds `value` (ignored when too short to search for), and its percent-encoded form when
    /// that differs (it is how a query or form carries it).
    pub(crate) fn add(&mut self, value: &str) {
        self.add_one(value);
        let encoded: Cow<'_, str> =
            percent_encoding::utf8_percent_encode(value, super::query::VALUE).into();
        if let Cow::Owned(encoded) = encoded {
            self.add_one(&encoded);
        }
    }

    fn add_one(&mut self, value: &str) {
        if value.len() >= MIN_SECRET_LEN && !self.0.iter().any(|s| s.expose() == value) {
            std::sync::Arc::make_mut(&mut self.0).push(Secret::new(value));
        }
    }

    /// Adds every secret of `other`, sharing it outright when this one is empty.
    pub(crate) fn merge(&mut self, other: &Secrets) {
        if self.0.is_empty() {
            self.0 = other.0.clone();
        } else {
            other.0.iter().for_each(|s| self.add_one(s.expose()));
        }
    }

    /// Adds every string inside `value` (a field, an option, a nested object).
    pub(crate) fn add_json(&mut self, value: &Value) {
        match value {
            Value::String(text) => self.add(text),
            Value::Array(items) => items.iter().for_each(|v| self.add_json(v)),
            Value::Object(map) => map.values().for_each(|v| self.add_json(v)),
            _ => {}
        }
    }

    /// Adds every string inside `value` that stands under a secret name, at any depth: what a
    /// caller sends through an escape hatch (`extra_body`, `json`) is not typed, so its
    /// secrets are known by their names.
    pub(crate) fn add_named(&mut self, name: &str, value: &Value) {
        if is_secret_name(name) {
            self.add_json(value);
            return;
        }
        match value {
            Value::Array(items) => items.iter().for_each(|v| self.add_named(name, v)),
            Value::Object(map) => map.iter().for_each(|(k, v)| self.add_named(k, v)),
            _ => {}
        }
    }

    /// Whether `text` holds one of the secrets.
    pub(crate) fn found_in(&self, text: &str) -> bool {
        self.0.iter().any(|secret| text.contains(secret.expose()))
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
    pub(crate) fn scrub_json(&self, value: &mut Value) {
        match value {
            Value::String(text) => self.scrub_string(text),
            Value::Array(items) => items.iter_mut().for_each(|v| self.scrub_json(v)),
            Value::Object(map) => {
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
            if self.found_in(&text) {
                *value = HeaderValue::from_static(REDACTED);
            }
        }
    }
}

/// A body as text for a debug log, at most 64 KiB: JSON or a form (`a=1&b=2`) with the values
/// under secret names redacted, then every known secret scrubbed. Any other body (text that
/// does not parse, nesting past the parser's limit, binary) is shown by its size only: it
/// cannot be redacted by name, so it is not shown.
pub(crate) fn body_for_log(body: &[u8], secrets: &Secrets) -> String {
    const LIMIT: usize = 64 * 1024;
    if body.is_empty() {
        return String::new();
    }
    let text = match serde_json::from_slice::<Value>(body) {
        Ok(mut json) => {
            redact_json(&mut json);
            json.to_string()
        }
        Err(_) => match std::str::from_utf8(body).ok().and_then(form_for_log) {
            Some(form) => form,
            None => {
                return format!(
                    "<{} bytes, not shown: neither JSON nor a form, so it cannot be redacted>",
                    body.len()
                );
            }
        },
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

/// Replaces the strings under secret names (at any depth below them) by `[redacted]`, and
/// credential-shaped strings (`Bearer …`) anywhere; numbers and booleans stay.
pub(crate) fn redact_json(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map.iter_mut() {
                if is_secret_name(key) {
                    redact_strings(inner);
                } else {
                    redact_json(inner);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_json),
        Value::String(text) if is_credential_value(text) => *text = REDACTED.to_owned(),
        _ => {}
    }
}

fn redact_strings(value: &mut Value) {
    match value {
        Value::String(text) => *text = REDACTED.to_owned(),
        Value::Array(items) => items.iter_mut().for_each(redact_strings),
        Value::Object(map) => map.values_mut().for_each(redact_strings),
        _ => {}
    }
}

/// `text` as a form body with the values under secret names redacted, or `None` when it is not
/// one (a form is `key=value` pairs joined by `&`, of URL characters only).
fn form_for_log(text: &str) -> Option<String> {
    let url_text = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b'"' | b'{' | b'}' | b'<' | b'>'))
    };
    if text.is_empty() || !url_text(text) {
        return None;
    }
    let mut out = Vec::new();
    for pair in text.split('&') {
        let (key, value) = pair.split_once('=')?;
        if key.is_empty() {
            return None;
        }
        let name = percent_decode_str(&key.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned();
        let value = if is_secret_name(&name) {
            REDACTED
        } else {
            value
        };
        out.push(format!("{key}={value}"));
    }
    Some(out.join("&"))
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
#[path = "redact_tests.rs"]
mod tests;
