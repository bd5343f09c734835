//! `multipart/form-data` bodies (behind the `multipart` feature: the Video API has none; other
//! specs the generator serves do). Written here rather than with reqwest's `multipart::Form`
//! because a body must be bytes known before the first attempt: every retry resends the same
//! bytes, and the `TRACE` body log can redact them. reqwest's form is a one-shot stream (not
//! `Clone`), so it could be neither retried nor logged.

use bytes::Bytes;
use serde::Serialize;
use serde_json::Value;

/// A file to upload in a multipart body.
#[derive(Clone, PartialEq, Eq)]
pub struct FilePart {
    /// The file's name, sent in the part's `Content-Disposition`.
    pub filename: String,
    /// The part's media type (default `application/octet-stream`).
    pub content_type: String,
    /// The content.
    pub data: Bytes,
}

impl FilePart {
    /// A file part with `application/octet-stream` content.
    pub fn new(filename: impl Into<String>, data: impl Into<Bytes>) -> Self {
        FilePart {
            filename: filename.into(),
            content_type: "application/octet-stream".to_owned(),
            data: data.into(),
        }
    }

    /// Sets the part's media type.
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = content_type.into();
        self
    }
}

impl std::fmt::Debug for FilePart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FilePart")
            .field("filename", &self.filename)
            .field("content_type", &self.content_type)
            .field("data", &format_args!("<{} bytes>", self.data.len()))
            .finish()
    }
}

/// The parts of a multipart body, built by generated code field by field.
#[derive(Debug, Default)]
pub struct Multipart {
    parts: Vec<(String, Option<FilePart>, String)>,
    problem: Option<String>,
}

impl Multipart {
    /// A field: strings as they are, numbers and booleans as text, arrays as repeated parts,
    /// objects as JSON text; `None` / `null` adds nothing.
    pub fn value<T: Serialize + ?Sized>(mut self, name: &str, value: &T) -> Self {
        match serde_json::to_value(value) {
            Ok(value) => self.push_value(name, value),
            Err(e) => {
                self.problem = Some(format!(
                    "multipart field `{name}` cannot be serialized: {e}"
                ))
            }
        }
        self
    }

    fn push_value(&mut self, name: &str, value: Value) {
        match value {
            Value::Null => {}
            Value::String(text) => self.parts.push((name.to_owned(), None, text)),
            Value::Array(items) => items
                .into_iter()
                .for_each(|item| self.push_value(name, item)),
            other @ (Value::Bool(_) | Value::Number(_) | Value::Object(_)) => {
                self.parts.push((name.to_owned(), None, other.to_string()))
            }
        }
    }

    /// A file field.
    pub fn file(mut self, name: &str, file: &FilePart) -> Self {
        self.parts
            .push((name.to_owned(), Some(file.clone()), String::new()));
        self
    }

    /// A file field that may be absent.
    pub fn optional_file(self, name: &str, file: Option<&FilePart>) -> Self {
        match file {
            Some(file) => self.file(name, file),
            None => self,
        }
    }

    /// The encoded body and its content type (with the boundary), or why it could not be built.
    pub(crate) fn encode(self) -> Result<(Bytes, String), String> {
        if let Some(problem) = self.problem {
            return Err(problem);
        }
        let boundary = format!(
            "telnyx-video-{:016x}{:016x}",
            fastrand::u64(..),
            fastrand::u64(..)
        );
        let mut out = Vec::new();
        let quote = |s: &str| {
            s.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace(['\r', '\n'], " ")
        };
        for (name, file, text) in self.parts {
            out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            match file {
                Some(file) => {
                    out.extend_from_slice(
                        format!(
                            "Content-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
                            quote(&name),
                            quote(&file.filename),
                            file.content_type.replace(['\r', '\n'], "")
                        )
                        .as_bytes(),
                    );
                    out.extend_from_slice(&file.data);
                }
                None => {
                    out.extend_from_slice(
                        format!(
                            "Content-Disposition: form-data; name=\"{}\"\r\n\r\n",
                            quote(&name)
                        )
                        .as_bytes(),
                    );
                    out.extend_from_slice(text.as_bytes());
                }
            }
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        Ok((
            out.into(),
            format!("multipart/form-data; boundary={boundary}"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn multipart_layout() {
        let parts = Multipart::default()
            .value("name", "a \"b\"")
            .value("count", &3)
            .value("tags", &json!(["x", "y"]))
            .value("absent", &Option::<String>::None)
            .file(
                "file",
                &FilePart::new("r.mka", &b"\x00\x01"[..]).content_type("audio/x-matroska"),
            );
        let (body, content_type) = parts.encode().unwrap();
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .unwrap();
        let expected = format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\na \"b\"\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n3\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\nx\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\ny\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.mka\"\r\nContent-Type: audio/x-matroska\r\n\r\n\x00\x01\r\n\
             --{b}--\r\n",
            b = boundary
        );
        assert_eq!(body, expected.as_bytes());
    }
}
