//! Redacted `Debug` views of headers: credentials and cookies never print.

use std::fmt;

use reqwest::header::HeaderMap;

const SENSITIVE: [&str; 4] = [
    "authorization",
    "cookie",
    "set-cookie",
    "proxy-authorization",
];

/// `Debug` of a header map with sensitive values replaced by `[redacted]`.
pub struct Headers<'a>(pub &'a HeaderMap);

impl fmt::Debug for Headers<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in self.0 {
            if SENSITIVE.contains(&name.as_str()) {
                map.entry(&name.as_str(), &"[redacted]");
            } else {
                map.entry(&name.as_str(), &value.to_str().unwrap_or("<non-text>"));
            }
        }
        map.finish()
    }
}
