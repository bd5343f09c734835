//! JSON pointers (RFC 6901) into the loaded spec: building, escaping and looking up.
//!
//! Every diagnostic the generator reports names the place it came from as a pointer such as
//! `#/paths/~1rooms/get/parameters/0`, so the pointer type is shared by every pipeline stage.

use std::fmt;

use serde_json::Value;

/// A JSON pointer in URI-fragment form (`#/a/b~1c`). The root is `#`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pointer(String);

impl Pointer {
    /// The document root, `#`.
    pub fn root() -> Self {
        Pointer(String::from("#"))
    }

    /// Parses `#/a/b` (as found in a `$ref`); returns `None` for anything that is not a local pointer.
    pub fn parse(text: &str) -> Option<Self> {
        if text == "#" || text.starts_with("#/") {
            Some(Pointer(text.to_owned()))
        } else {
            None
        }
    }

    /// This pointer extended by one (unescaped) token.
    pub fn push(&self, token: impl fmt::Display) -> Self {
        let token = token.to_string().replace('~', "~0").replace('/', "~1");
        Pointer(format!("{}/{}", self.0, token))
    }

    /// The unescaped tokens after `#`.
    pub fn tokens(&self) -> Vec<String> {
        self.0
            .strip_prefix('#')
            .unwrap_or(&self.0)
            .split('/')
            .skip(1)
            .map(|t| percent_decode(t).replace("~1", "/").replace("~0", "~"))
            .collect()
    }

    /// The value this pointer designates in `root`, if any.
    pub fn lookup<'a>(&self, root: &'a Value) -> Option<&'a Value> {
        self.tokens()
            .iter()
            .try_fold(root, |value, token| match value {
                Value::Object(map) => map.get(token),
                Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            })
    }

    /// The pointer text, `#/...`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `$ref` values may percent-encode characters that are not allowed in a URI fragment.
fn percent_decode(token: &str) -> String {
    if !token.contains('%') {
        return token.to_owned();
    }
    let bytes = token.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_slash_and_tilde() {
        let p = Pointer::root()
            .push("paths")
            .push("/rooms/{id}")
            .push("a~b");
        assert_eq!(p.as_str(), "#/paths/~1rooms~1{id}/a~0b");
        assert_eq!(p.tokens(), vec!["paths", "/rooms/{id}", "a~b"]);
    }

    #[test]
    fn looks_up_objects_and_arrays() {
        let doc = serde_json::json!({"a": [{"b/c": 1}]});
        let p = Pointer::root().push("a").push(0).push("b/c");
        assert_eq!(p.lookup(&doc), Some(&serde_json::json!(1)));
        assert_eq!(Pointer::root().push("a").push(7).lookup(&doc), None);
        assert_eq!(Pointer::parse("#").unwrap().lookup(&doc), Some(&doc));
    }

    #[test]
    fn decodes_percent_escapes_and_rejects_external_refs() {
        let p = Pointer::parse("#/components/schemas/Rule%20Input").unwrap();
        assert_eq!(p.tokens(), vec!["components", "schemas", "Rule Input"]);
        assert_eq!(Pointer::parse("other.yaml#/x"), None);
        assert_eq!(
            Pointer::parse("#/a/%zz%4").unwrap().tokens(),
            vec!["a", "%zz%4"]
        );
    }
}
