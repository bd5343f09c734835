//! The request description generated code builds: method, path template with encoded
//! parameters, query, JSON body, credentials, idempotency and per-request options.

use std::time::Duration;

use percent_encoding::utf8_percent_encode;
use reqwest::Method;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;

use super::auth::{Auth, Schemes};
use super::query::{QueryStyle, encode_query};
use super::redact::Secrets;

/// Everything but RFC 3986 unreserved characters is escaped in a path segment, so an id can
/// never add a segment, a query or a fragment: the set query values use.
const SEGMENT: &percent_encoding::AsciiSet = super::query::VALUE;

/// Options any single request can override.
#[derive(Clone, Default)]
pub struct RequestOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) deadline: Option<Duration>,
    pub(crate) max_retries: Option<u32>,
    pub(crate) max_response_bytes: Option<u64>,
    pub(crate) headers: HeaderMap,
    pub(crate) retry_non_idempotent: bool,
    pub(crate) invalid: Option<String>,
    /// Query parameters added after the typed ones (`name`, `value`), not yet encoded.
    pub(crate) extra_query: Vec<(String, String)>,
    /// JSON body fields set (`Some`) or removed (`None`) after the typed body is built.
    pub(crate) body_changes: Vec<(String, Option<serde_json::Value>)>,
}

impl std::fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestOptions")
            .field("timeout", &self.timeout)
            .field("deadline", &self.deadline)
            .field("max_retries", &self.max_retries)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("headers", &super::redact::Headers::new(&self.headers))
            .field("retry_non_idempotent", &self.retry_non_idempotent)
            .finish_non_exhaustive()
    }
}

impl RequestOptions {
    /// Per-attempt timeout for this request.
    pub fn timeout(&mut self, timeout: Duration) {
        self.timeout = Some(timeout);
    }

    /// Overall deadline for this request: every attempt and every wait between attempts end
    /// within it.
    pub fn deadline(&mut self, deadline: Duration) {
        self.deadline = Some(deadline);
    }

    /// Retries after the first attempt for this request.
    pub fn max_retries(&mut self, retries: u32) {
        self.max_retries = Some(retries);
    }

    /// Largest response body read for this request, in bytes.
    pub fn max_response_bytes(&mut self, limit: u64) {
        self.max_response_bytes = Some(limit);
    }

    /// Adds a header to this request (invalid names or values refuse the request when sent).
    pub fn header(&mut self, name: &str, value: &str) {
        match (HeaderName::try_from(name), HeaderValue::try_from(value)) {
            (Ok(name), Ok(value)) => {
                self.headers.append(name, value);
            }
            _ => self.invalid = Some(format!("header `{name}` has an invalid name or value")),
        }
    }

    /// Adds a query parameter after the operation's own (sent as given, percent-encoded).
    pub fn extra_query(&mut self, name: &str, value: &str) {
        self.extra_query.push((name.to_owned(), value.to_owned()));
    }

    /// Sets a field of the JSON body (added, or replacing the operation's own).
    pub fn extra_body(&mut self, name: &str, value: serde_json::Value) {
        self.body_changes.push((name.to_owned(), Some(value)));
    }

    /// Removes a field from the JSON body.
    pub fn remove_body_field(&mut self, name: &str) {
        self.body_changes.push((name.to_owned(), None));
    }

    /// Also retry this request on failures after which the server may have acted on it
    /// (timeouts, 409, 5xx), even though it is not idempotent.
    pub fn retry_non_idempotent(&mut self, enabled: bool) {
        self.retry_non_idempotent = enabled;
    }
}

/// One API call, as built by the generated operations.
pub struct Request {
    pub(crate) method: Method,
    pub(crate) template: std::borrow::Cow<'static, str>,
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) body: Option<bytes::Bytes>,
    pub(crate) content_type: &'static str,
    pub(crate) stream: bool,
    pub(crate) multipart_type: Option<String>,
    /// The credentials it sends (all of them).
    pub(crate) auth: Schemes,
    pub(crate) idempotent: bool,
    pub(crate) options: RequestOptions,
    pub(crate) problem: Option<String>,
    /// Parameters that put at least one key on the wire.
    pub(crate) sent_params: Vec<String>,
    /// Parameters that must be on the wire, with the opt-out to name when they are not.
    pub(crate) guards: Vec<(String, String)>,
    /// Values that no error or log of this call may print.
    pub(crate) secrets: Secrets,
}

impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The body (and so any token in it) is shown by size only.
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("template", &self.template)
            .field("path", &self.path)
            .field("query", &super::redact::Pairs(&self.query))
            .field(
                "body",
                &self
                    .body
                    .as_ref()
                    .map(|b| format!("<{} bytes of {}>", b.len(), self.content_type)),
            )
            .field("auth", &self.auth)
            .field("idempotent", &self.idempotent)
            .field("options", &self.options)
            .field("problem", &self.problem)
            .finish_non_exhaustive()
    }
}

impl Request {
    /// A request for `template` (e.g. `/rooms/{room_id}`); idempotency defaults from the method.
    pub fn new(method: Method, template: &'static str) -> Self {
        Self::with_template(method, std::borrow::Cow::Borrowed(template))
    }

    /// A request for a template known only at run time (calls to endpoints the crate lacks).
    pub fn dynamic(method: Method, template: impl Into<String>) -> Self {
        Self::with_template(method, std::borrow::Cow::Owned(template.into()))
    }

    fn with_template(method: Method, template: std::borrow::Cow<'static, str>) -> Self {
        let idempotent = !matches!(method, Method::POST);
        Request {
            method,
            path: template.clone().into_owned(),
            template,
            query: Vec::new(),
            body: None,
            content_type: "application/json",
            stream: false,
            multipart_type: None,
            auth: Schemes::one(Auth::Bearer),
            idempotent,
            options: RequestOptions::default(),
            problem: None,
            sent_params: Vec::new(),
            guards: Vec::new(),
            secrets: Secrets::default(),
        }
    }

    fn refuse(&mut self, problem: String) {
        self.problem.get_or_insert(problem);
    }

    /// The request, refused with `problem` when sent.
    pub(crate) fn refused(mut self, problem: String) -> Self {
        self.refuse(problem);
        self
    }

    /// Fills `{name}` with `value`, percent-encoded as one segment. Empty, `.` and `..` are
    /// refused: they would address another resource.
    pub fn path_param(mut self, name: &str, value: &str) -> Self {
        if value.is_empty() || value == "." || value == ".." {
            self.refuse(format!(
                "path parameter `{name}` must not be empty, `.` or `..` (got {value:?})"
            ));
            return self;
        }
        // Every `{name}` in the path, filled in one pass (no pattern is formatted); a value that
        // needs no escaping (ids) stays borrowed.
        let encoded: std::borrow::Cow<'_, str> = utf8_percent_encode(value, SEGMENT).into();
        let mut filled = String::with_capacity(self.path.len() + encoded.len());
        let mut rest = self.path.as_str();
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            match after.strip_prefix(name).and_then(|t| t.strip_prefix('}')) {
                Some(tail) => {
                    filled.push_str(&rest[..open]);
                    filled.push_str(&encoded);
                    rest = tail;
                }
                None => {
                    filled.push_str(&rest[..=open]);
                    rest = after;
                }
            }
        }
        filled.push_str(rest);
        self.path = filled;
        self
    }

    /// Adds a query parameter (nothing when `value` serializes to `null`).
    pub fn query<T: Serialize + ?Sized>(
        mut self,
        name: &str,
        value: &T,
        style: QueryStyle,
    ) -> Self {
        match encode_query(name, value, style) {
            Ok(pairs) => {
                if !pairs.is_empty() {
                    self.sent_params.push(name.to_owned());
                }
                self.query.extend(pairs);
            }
            Err(problem) => self.refuse(problem),
        }
        self
    }

    /// Adds a header parameter (nothing when `value` serializes to `null`).
    pub fn header_param<T: Serialize + ?Sized>(mut self, name: &str, value: &T) -> Self {
        let text = match scalar_text(value) {
            Ok(Some(text)) => text,
            Ok(None) => return self,
            Err(e) => {
                self.refuse(format!("header `{name}` cannot be serialized: {e}"));
                return self;
            }
        };
        match (HeaderName::try_from(name), HeaderValue::try_from(text)) {
            (Ok(header), Ok(value)) => {
                self.options.headers.append(header, value);
                self.sent_params.push(name.to_owned());
            }
            _ => self.refuse(format!("header `{name}` has an invalid name or value")),
        }
        self
    }

    /// Adds a cookie parameter to the `Cookie` header (nothing when `value` serializes to
    /// `null`); the value is percent-encoded.
    pub fn cookie_param<T: Serialize + ?Sized>(mut self, name: &str, value: &T) -> Self {
        let text = match scalar_text(value) {
            Ok(Some(text)) => text,
            Ok(None) => return self,
            Err(e) => {
                self.refuse(format!("cookie `{name}` cannot be serialized: {e}"));
                return self;
            }
        };
        let pair = format!("{}={}", name, utf8_percent_encode(&text, SEGMENT));
        let cookie = match self
            .options
            .headers
            .get(reqwest::header::COOKIE)
            .and_then(|v| v.to_str().ok())
        {
            Some(existing) => format!("{existing}; {pair}"),
            None => pair,
        };
        match HeaderValue::try_from(cookie) {
            Ok(value) => {
                self.options.headers.insert(reqwest::header::COOKIE, value);
            }
            Err(_) => self.refuse(format!("cookie `{name}` has an invalid name")),
        }
        self
    }

    /// Sets a JSON body.
    pub fn json_body<T: Serialize + ?Sized>(mut self, body: &T) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = Some(bytes.into()),
            Err(e) => self.refuse(format!("the request body cannot be serialized: {e}")),
        }
        self
    }

    /// Sets an `application/x-www-form-urlencoded` body from a struct's fields, each in the
    /// style the media type's `encoding` gives it (`styles`; see the body module for the
    /// defaults).
    pub fn form_body<T: Serialize + ?Sized>(
        mut self,
        body: &T,
        styles: &[(&str, QueryStyle)],
    ) -> Self {
        match super::body::form_encode(body, styles) {
            Ok(bytes) => {
                self.body = Some(bytes);
                self.content_type = "application/x-www-form-urlencoded";
            }
            Err(problem) => self.refuse(problem),
        }
        self
    }

    /// Sets a `multipart/form-data` body.
    #[cfg(feature = "multipart")]
    pub fn multipart_body(mut self, parts: super::Multipart) -> Self {
        match parts.encode() {
            Ok((bytes, content_type)) => {
                self.body = Some(bytes);
                self.multipart_type = Some(content_type);
            }
            Err(problem) => self.refuse(problem),
        }
        self
    }

    /// Sets a raw body of `content_type`.
    pub fn bytes_body(mut self, body: bytes::Bytes, content_type: &'static str) -> Self {
        self.body = Some(body);
        self.content_type = content_type;
        self
    }

    /// Marks the success body as an event stream, read as it arrives.
    #[cfg(feature = "sse")]
    pub fn streaming(mut self) -> Self {
        self.stream = true;
        self
    }

    /// Sets the credentials the operation sends (default: the API key as a bearer token).
    pub fn auth(mut self, auth: Auth) -> Self {
        self.auth = Schemes::one(auth);
        self
    }

    /// Adds a credential the operation sends as well (a security requirement naming several
    /// schemes needs all of them).
    pub fn also_auth(mut self, auth: Auth) -> Self {
        self.auth.push(auth);
        self
    }

    /// Marks the operation as safe (or not) to repeat after the server may have acted on it.
    pub fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }

    /// Applies the caller's per-request options. What the escape hatches add is untyped, so
    /// its secrets are known by their names: values of secret-named body fields, query
    /// parameters and headers join the call's secrets.
    pub fn options(mut self, mut options: RequestOptions) -> Self {
        if let Some(problem) = options.invalid.clone() {
            self.refuse(problem);
        }
        let extra_query = std::mem::take(&mut options.extra_query);
        if !extra_query.is_empty() {
            self.add_query_secrets(&extra_query);
            self.query
                .extend(super::query::percent_encoded(extra_query));
        }
        let changes = std::mem::take(&mut options.body_changes);
        if !changes.is_empty() {
            if matches!(self.method, Method::GET | Method::HEAD) {
                self.refuse(format!(
                    "a {} request has no body: `extra_body` and `remove_body_field` cannot be used on it",
                    self.method
                ));
            } else {
                self = self.change_body(changes);
            }
        }
        for (name, value) in &options.headers {
            if super::redact::is_secret_name(name.as_str()) {
                if let Ok(text) = value.to_str() {
                    self.secrets.add(text);
                }
            }
        }
        let params = std::mem::take(&mut self.options.headers);
        self.options = options;
        for (name, value) in params.iter() {
            self.options.headers.append(name.clone(), value.clone());
        }
        self
    }

    /// Adds the values of secret-named pairs (not yet percent-encoded) to the call's secrets.
    pub(crate) fn add_query_secrets(&mut self, pairs: &[(String, String)]) {
        for (name, value) in pairs {
            if super::redact::is_secret_name(name) {
                self.secrets.add(value);
            }
        }
    }

    /// Applies per-call body changes to the JSON body (an operation without a body gets `{}`).
    fn change_body(mut self, changes: Vec<(String, Option<serde_json::Value>)>) -> Self {
        let is_json = self.content_type == "application/json" && self.multipart_type.is_none();
        let mut body = match &self.body {
            None => serde_json::Map::new(),
            Some(bytes) if is_json => match serde_json::from_slice(bytes) {
                Ok(serde_json::Value::Object(map)) => map,
                _ => {
                    self.refuse("extra body fields need a JSON object body".to_owned());
                    return self;
                }
            },
            Some(_) => {
                self.refuse(format!(
                    "extra body fields need a JSON body; this operation sends {}",
                    self.content_type
                ));
                return self;
            }
        };
        for (name, value) in changes {
            match value {
                Some(value) => {
                    self.secrets.add_named(&name, &value);
                    body.insert(name, value);
                }
                None => {
                    body.remove(&name);
                }
            }
        }
        self.json_body(&body)
    }

    /// Refuses the request unless parameter `name` puts at least one key on the wire, or the
    /// caller opted out. Guards operations such as bulk deletes, where an absent filter means
    /// "everything". Decided when the request is sent, on what would actually be sent: a filter
    /// whose fields are all unset or empty does not count.
    pub fn require_param(mut self, name: &str, opted_out: bool, opt_out: &str) -> Self {
        if !opted_out {
            self.guards.push((name.to_owned(), opt_out.to_owned()));
        }
        self
    }

    /// Marks every string inside `value` (a token, a password) as secret: no error or log of
    /// this call prints it, even when the server echoes it back.
    pub fn secret<T: Serialize + ?Sized>(mut self, value: &T) -> Self {
        if let Ok(json) = serde_json::to_value(value) {
            self.secrets.add_json(&json);
        }
        self
    }

    /// Why the request must not be sent, if it must not: decided on the query as it would be
    /// sent, whatever built it (typed setters, `extra_query`, a path's own query).
    pub(crate) fn refusal(&self) -> Option<String> {
        if let Some(problem) = &self.problem {
            return Some(problem.clone());
        }
        // `filter[status]=` asks for records whose status is empty: never what a caller who
        // forgot to check for an empty input meant (the typed setters refuse it too).
        if let Some((key, _)) = self
            .query
            .iter()
            .find(|(key, value)| value.is_empty() && decoded(key).contains('['))
        {
            return Some(format!(
                "query parameter `{}` is an empty string; leave it out to not filter on it",
                decoded(key)
            ));
        }
        let (name, opt_out) = self.guards.iter().find(|(name, _)| !self.sends(name))?;
        Some(format!(
            "`{name}` sends nothing, so this call would apply to every record of the account; set at least one `{name}` field or call `.{opt_out}()` to confirm"
        ))
    }

    /// Whether parameter `name` puts a key with a value on the wire (`name=…` or
    /// `name[…]=…`).
    fn sends(&self, name: &str) -> bool {
        self.sent_params.iter().any(|sent| sent == name)
            || self.query.iter().any(|(key, value)| {
                let key = decoded(key);
                !value.is_empty()
                    && key
                        .strip_prefix(name)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with('['))
            })
    }
}

/// A percent-encoded query key as text.
fn decoded(key: &str) -> std::borrow::Cow<'_, str> {
    percent_encoding::percent_decode_str(key).decode_utf8_lossy()
}

/// A header or cookie value as text: strings as they are, other scalars as JSON; `None` for null.
fn scalar_text<T: Serialize + ?Sized>(value: &T) -> Result<Option<String>, serde_json::Error> {
    Ok(match serde_json::to_value(value)? {
        serde_json::Value::Null => None,
        serde_json::Value::String(text) => Some(text),
        other => Some(other.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_params_cannot_escape_their_segment() {
        let req =
            Request::new(Method::GET, "/rooms/{room_id}").path_param("room_id", "a/../b?c=d#e%f g");
        assert_eq!(req.path, "/rooms/a%2F..%2Fb%3Fc%3Dd%23e%25f%20g");
        assert!(req.problem.is_none());
        // Unreserved characters are copied as they are; anything else is escaped, every time.
        let req = Request::new(Method::GET, "/r/{a}/s/{b}/t/{a}")
            .path_param("a", "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0")
            .path_param("b", "café~x_1.2");
        assert_eq!(
            req.path,
            "/r/0ccc7b54-4df3-4bca-a65a-3da1ecc777f0/s/caf%C3%A9~x_1.2/t/0ccc7b54-4df3-4bca-a65a-3da1ecc777f0"
        );
        for bad in ["", ".", ".."] {
            let req = Request::new(Method::GET, "/rooms/{room_id}").path_param("room_id", bad);
            assert!(req.problem.unwrap().contains("`room_id` must not be empty"));
        }
    }

    #[test]
    fn cookies_join_into_one_header() {
        let req = Request::new(Method::GET, "/x")
            .cookie_param("session", "a b")
            .cookie_param("theme", &7)
            .cookie_param("none", &Option::<String>::None);
        assert_eq!(
            req.options.headers.get("cookie").unwrap(),
            "session=a%20b; theme=7"
        );
    }

    #[test]
    fn guards_decide_on_what_would_be_sent() {
        let refusal = "`filter` sends nothing, so this call would apply to every record of the account; set at least one `filter` field or call `.allow_without_filter()` to confirm";
        let guarded = |filter: serde_json::Value, opted_out: bool| {
            Request::new(Method::DELETE, "/x")
                .query("filter", &filter, QueryStyle::DeepObject)
                .require_param("filter", opted_out, "allow_without_filter")
                .refusal()
        };
        assert_eq!(
            guarded(serde_json::json!(null), false).as_deref(),
            Some(refusal)
        );
        // Set, but every field empty: nothing on the wire, so still refused.
        let hollow = serde_json::json!({"date_ended_at": {}, "room_id": null, "ids": []});
        assert_eq!(guarded(hollow.clone(), false).as_deref(), Some(refusal));
        assert_eq!(guarded(hollow, true), None);
        assert_eq!(guarded(serde_json::json!({"room_id": "r1"}), false), None);
        // Order does not matter: the guard is decided when the request is sent.
        let before = Request::new(Method::DELETE, "/x")
            .require_param("filter", false, "allow_without_filter")
            .query(
                "filter",
                &serde_json::json!({"room_id": "r1"}),
                QueryStyle::DeepObject,
            );
        assert_eq!(before.refusal(), None);
    }

    #[test]
    fn debug_never_shows_the_body() {
        let req = Request::new(Method::POST, "/x")
            .json_body(&serde_json::json!({"refresh_token": "REFRESH-7f3a9c2e"}));
        let text = format!("{req:?}");
        assert!(!text.contains("REFRESH-7f3a9c2e"), "{text}");
        assert!(text.contains("<36 bytes of application/json>"), "{text}");
    }
}
