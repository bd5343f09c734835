//! Calls to endpoints the crate does not have (yet): any method and path, sent with the
//! client's credentials, retries, timeouts, deadline, errors, redaction and tracing, exactly
//! like the generated operations. Path parameters are percent-encoded as one segment each; a
//! query written into the path (`/rooms?x=1`) is merged with the `query_param`s; the path then
//! goes through the one URL builder (`origin.rs`), which keeps it on the base URL.

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::auth::Auth;
use super::call::{Call, Json, Operation};
use super::error::Error;
use super::path_param::PathParam;
use super::request::Request;
use super::response::ApiResponse;
use reqwest::Method;

/// The inputs of a call built by hand ([`crate::Client::get`] and its siblings).
#[derive(Clone)]
pub struct Custom {
    method: Method,
    /// The path, without the query written into it.
    template: String,
    params: Vec<(String, PathParam)>,
    /// The query written into the path (as written: already percent-encoded).
    path_query: Vec<(String, String)>,
    query: Vec<(String, String)>,
    body: Option<Result<Value, String>>,
    auth: Option<Auth>,
}

impl fmt::Debug for Custom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The body (and any token in it) by its kind only, the query through the redaction.
        let body = self.body.as_ref().map(|body| match body {
            Ok(_) => "<JSON body>",
            Err(_) => "<unserializable body>",
        });
        let query: Vec<(String, String)> = self
            .path_query
            .iter()
            .cloned()
            .chain(super::query::percent_encoded(self.query.clone()))
            .collect();
        f.debug_struct("Custom")
            .field("method", &self.method)
            .field("path", &self.template)
            .field("params", &self.params)
            .field("query", &super::redact::Pairs(&query))
            .field("body", &body)
            .field("auth", &self.auth)
            .finish()
    }
}

/// Characters a query written into a path cannot hold as they are (and `?`, so that a query
/// has one `?`); everything else (including `%` escapes) is kept as written.
const QUERY_TEXT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'?')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'|')
    .add(b'\\')
    .add(b'^');

impl Custom {
    pub(crate) fn new(method: Method, path: &str) -> Self {
        let (template, path_query) = match path.split_once('?') {
            Some((template, query)) => (template, query),
            None => (path, ""),
        };
        let path_query = path_query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                let keep = |text: &str| {
                    percent_encoding::utf8_percent_encode(text, QUERY_TEXT).to_string()
                };
                (keep(key), keep(value))
            })
            .collect();
        Custom {
            method,
            template: template.to_owned(),
            params: Vec::new(),
            path_query,
            query: Vec::new(),
            body: None,
            auth: None,
        }
    }
}

impl Operation for Custom {
    type Response = Json<Value>;

    fn request(&self) -> Request {
        let mut request = Request::dynamic(self.method.clone(), self.template.clone());
        for (name, value) in &self.params {
            request = request.path_param(name, value.as_str());
        }
        if let Some(name) = unfilled(&request.path).map(str::to_owned) {
            request = request.refused(format!(
                "path parameter `{{{name}}}` was given no value (`.path_param(\"{name}\", ..)`)"
            ));
        }
        if let Some((key, _)) = self
            .path_query
            .iter()
            .find(|(key, value)| key.contains('#') || value.contains('#'))
        {
            request = request.refused(format!(
                "the query of path {:?} holds `#` (at `{key}`): a fragment is never sent to a server",
                self.template
            ));
        }
        let written: Vec<(String, String)> = self
            .path_query
            .iter()
            .map(|(key, value)| {
                let decode = |text: &str| {
                    percent_encoding::percent_decode_str(text)
                        .decode_utf8_lossy()
                        .into_owned()
                };
                (decode(key), decode(value))
            })
            .collect();
        request.add_query_secrets(&written);
        request.add_query_secrets(&self.query);
        request.query.extend(self.path_query.iter().cloned());
        if !self.query.is_empty() {
            request
                .query
                .extend(super::query::percent_encoded(self.query.clone()));
        }
        match &self.body {
            Some(Ok(body)) => {
                request.secrets.add_named("", body);
                request = request.json_body(body);
            }
            Some(Err(problem)) => request = request.refused(problem.clone()),
            None => {}
        }
        if let Some(auth) = self.auth {
            request = request.auth(auth);
        }
        request
    }
}

/// The name of the first `{name}` left in a path, if any.
fn unfilled(path: &str) -> Option<&str> {
    let open = path.find('{')?;
    let rest = &path[open + 1..];
    let close = rest.find('}')?;
    let name = &rest[..close];
    (!name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_')).then_some(name)
}

impl Call<Custom> {
    /// Fills `{name}` in the path, percent-encoded as one segment.
    pub fn path_param(mut self, name: &str, value: impl Into<PathParam>) -> Self {
        self.inputs.params.push((name.to_owned(), value.into()));
        self
    }

    /// Adds a query parameter (percent-encoded).
    pub fn query_param(mut self, name: &str, value: impl fmt::Display) -> Self {
        self.inputs.query.push((name.to_owned(), value.to_string()));
        self
    }

    /// Sets a JSON body.
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        self.inputs.body = Some(
            serde_json::to_value(body)
                .map_err(|e| format!("the request body cannot be serialized: {e}")),
        );
        self
    }

    /// Sets the credentials sent (default: the API key as a bearer token).
    pub fn auth(mut self, auth: Auth) -> Self {
        self.inputs.auth = Some(auth);
        self
    }

    /// Sends the request; decodes the whole JSON body as `T`.
    pub async fn send_as<T: DeserializeOwned>(self) -> Result<T, Error> {
        let response = self.send_raw().await?;
        super::response::RawResponse::new(response.status, response.headers, response.raw_body)
            .json::<T>()
            .map(ApiResponse::into_data)
    }

    /// Sends the request; decodes `T` from the `data` of a `{"data": ...}` body.
    pub async fn send_data<T: DeserializeOwned>(self) -> Result<T, Error> {
        let response = self.send_raw().await?;
        super::response::RawResponse::new(response.status, response.headers, response.raw_body)
            .data::<T>()
            .map(ApiResponse::into_data)
    }

    async fn send_raw(self) -> Result<ApiResponse<()>, Error> {
        let (transport, inputs, options) = self.into_parts();
        let raw = transport.execute(inputs.request().options(options)).await?;
        raw.empty()
    }
}
