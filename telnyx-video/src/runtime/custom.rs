//! Calls to endpoints the crate does not have (yet): any method and path, sent with the
//! client's credentials, retries, timeouts, deadline, errors, redaction and tracing, exactly
//! like the generated operations. Path parameters are percent-encoded as one segment each.

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
#[derive(Debug, Clone)]
pub struct Custom {
    method: Method,
    template: String,
    params: Vec<(String, PathParam)>,
    query: Vec<(String, String)>,
    body: Option<Result<Value, String>>,
    auth: Option<Auth>,
}

impl Custom {
    pub(crate) fn new(method: Method, template: &str) -> Self {
        Custom {
            method,
            template: template.to_owned(),
            params: Vec::new(),
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
        if !self.query.is_empty() {
            request
                .query
                .extend(super::query::percent_encoded(self.query.clone()));
        }
        match &self.body {
            Some(Ok(body)) => request = request.json_body(body),
            Some(Err(problem)) => request = request.refused(problem.clone()),
            None => {}
        }
        if let Some(auth) = self.auth {
            request = request.auth(auth);
        }
        request
    }
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
