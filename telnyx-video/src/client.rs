//! The client: configuration, one shared connection pool, and construction from the environment.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

#[cfg(all(test, feature = "sse"))]
use crate::runtime::{ApiResponse, EventStream};
use crate::runtime::{
    Base, Call, Credentials, Custom, DEFAULT_MAX_RESPONSE_BYTES, Error, Interceptor, Method,
    RetryConfig, Secret, Transport, key_problem,
};
#[cfg(test)]
use crate::runtime::{RawResponse, Request};

/// Where Telnyx serves the API.
pub const DEFAULT_BASE_URL: &str = "https://api.telnyx.com/v2";
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const DEFAULT_MAX_PAGES: u32 = 10_000;

/// A Telnyx Video API client. Cheap to clone (clones share one connection pool) and
/// `Send + Sync`.
///
/// ```no_run
/// # async fn run() -> Result<(), telnyx_video::Error> {
/// let client = telnyx_video::Client::from_env()?;
/// let room = client.rooms().create().unique_name("standup").send().await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    transport: Arc<Transport>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.transport.fmt(f)
    }
}

impl Client {
    /// A client with `api_key` and default settings. An empty or malformed key is not checked
    /// here: every call that would send it is refused with [`Error::InvalidRequest`]
    /// ([`ClientBuilder::build`] refuses it at once).
    ///
    /// # Panics
    ///
    /// Only if the TLS backend cannot be initialized, as `reqwest::Client::new` does; use
    /// [`Client::builder`] to handle that as an error.
    pub fn new(api_key: impl Into<String>) -> Self {
        let mut builder = Self::builder().api_key(api_key);
        builder.unchecked_key = true;
        match builder.build() {
            Ok(client) => client,
            Err(err) => panic!("cannot build the HTTP client: {err}"),
        }
    }

    /// A client configured from the environment: `TELNYX_API_KEY` (required),
    /// `TELNYX_BASE_URL` (optional), and `TELNYX_CUSTOM_HEADERS` (optional: one `Name: value`
    /// per line, sent with every request; a malformed line is an error naming it).
    pub fn from_env() -> Result<Self, Error> {
        let key = env_var("TELNYX_API_KEY")?
            .filter(|k| !k.trim().is_empty())
            .ok_or_else(|| Error::InvalidRequest("TELNYX_API_KEY is not set".to_owned()))?;
        let mut builder = Self::builder().api_key(key);
        if let Some(url) = env_var("TELNYX_BASE_URL")?.filter(|u| !u.trim().is_empty()) {
            builder = builder.base_url(url);
        }
        if let Some(headers) = env_var("TELNYX_CUSTOM_HEADERS")? {
            for (name, value) in custom_headers(&headers)? {
                builder = builder.default_header(name, value);
            }
        }
        builder.build()
    }

    /// A builder for every setting.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        self.transport.base.as_str()
    }

    /// Most pages one page stream requests (see [`ClientBuilder::max_pages`]).
    pub fn max_pages(&self) -> u32 {
        self.transport.max_pages
    }

    /// The `reqwest::Client` this client sends with (its connection pool and TLS setup), for
    /// requests of your own that should share them.
    pub fn http_client(&self) -> &reqwest::Client {
        &self.transport.http
    }

    pub(crate) fn transport(&self) -> &Arc<Transport> {
        &self.transport
    }

    /// A `GET` of an endpoint the crate does not have (yet), e.g.
    /// `client.get("/rooms/{room_id}/beta").path_param("room_id", id).send().await?` for a JSON
    /// value, or `.send_as::<T>()` / `.send_data::<T>()` for a type of yours. It goes through
    /// the client's credentials, retries, timeouts, deadline, errors, redaction and tracing like
    /// the generated operations; path parameters are percent-encoded.
    pub fn get(&self, path: &str) -> Call<Custom> {
        self.custom(Method::GET, path)
    }

    /// A `POST` of an endpoint the crate does not have (see [`Client::get`]; `.json(&body)`
    /// sets the body). Not retried after the server may have acted, unless
    /// `.retry_non_idempotent()`.
    pub fn post(&self, path: &str) -> Call<Custom> {
        self.custom(Method::POST, path)
    }

    /// A `PUT` of an endpoint the crate does not have (see [`Client::get`]).
    pub fn put(&self, path: &str) -> Call<Custom> {
        self.custom(Method::PUT, path)
    }

    /// A `PATCH` of an endpoint the crate does not have (see [`Client::get`]).
    pub fn patch(&self, path: &str) -> Call<Custom> {
        self.custom(Method::PATCH, path)
    }

    /// A `DELETE` of an endpoint the crate does not have (see [`Client::get`]).
    pub fn delete(&self, path: &str) -> Call<Custom> {
        self.custom(Method::DELETE, path)
    }

    fn custom(&self, method: Method, path: &str) -> Call<Custom> {
        Call::new(&self.transport, Custom::new(method, path))
    }

    /// Sends a request built by hand with the client's credentials, retries, timeouts and
    /// error handling; returns the raw success response. (The runtime's own tests send requests
    /// of constructs the Video spec does not use this way.)
    #[cfg(test)]
    pub(crate) async fn execute(&self, request: Request) -> Result<RawResponse, Error> {
        self.transport.clone().execute(request).await
    }

    /// Like [`Client::execute`], for a `text/event-stream` response read as it arrives.
    #[cfg(all(test, feature = "sse"))]
    pub(crate) async fn execute_stream(
        &self,
        request: Request,
    ) -> Result<ApiResponse<EventStream>, Error> {
        self.transport.clone().execute_stream(request).await
    }
}

/// The caller's changes to the HTTP client this crate builds.
type HttpSettings = Box<dyn FnOnce(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send>;

/// Settings for a [`Client`].
#[derive(Default)]
pub struct ClientBuilder {
    api_key: Option<Secret>,
    basic: Option<(String, Secret)>,
    oauth2: Option<(String, Secret)>,
    base_url: Option<String>,
    timeout: Option<Duration>,
    deadline: Option<Duration>,
    connect_timeout: Option<Duration>,
    retry: RetryConfig,
    max_pages: Option<u32>,
    max_response_bytes: Option<u64>,
    user_agent_suffix: Option<String>,
    default_headers: Vec<(String, String)>,
    log_bodies: bool,
    http: Option<reqwest::Client>,
    interceptors: Vec<Arc<dyn Interceptor>>,
    configure_http: Option<HttpSettings>,
    /// Leave the key's checks to request time (for the infallible `Client::new`).
    unchecked_key: bool,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key)
            .field("basic", &self.basic)
            .field("oauth2", &self.oauth2)
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("deadline", &self.deadline)
            .field("retry", &self.retry)
            .field("max_pages", &self.max_pages)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("default_headers", &self.default_headers.len())
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// The API key. Without one, only the operations that need no credentials work (ending a
    /// session, kick/mute/unmute, refreshing a client token); the others are refused unsent.
    /// An empty key is refused by [`ClientBuilder::build`].
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(Secret::new(key));
        self
    }

    /// HTTP basic credentials, for operations whose spec asks for them.
    pub fn basic_auth(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
        self.basic = Some((username.into(), Secret::new(password)));
        self
    }

    /// OAuth2 client credentials, for operations whose spec asks for an OAuth2
    /// client-credentials token: tokens are fetched from the spec's token URL, cached per token
    /// URL and scopes, and fetched again a minute before they expire.
    pub fn oauth2_client_credentials(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        self.oauth2 = Some((client_id.into(), Secret::new(client_secret)));
        self
    }

    /// The base URL (default `https://api.telnyx.com/v2`), e.g. a mock server's: an absolute
    /// `http://` or `https://` URL with a host and optionally a path, without credentials, query
    /// or fragment (anything else is refused by [`ClientBuilder::build`]).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Timeout of each attempt (default 60 s), from sending the request to the end of the
    /// response body.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Overall deadline of a call, across all its attempts and the waits between them (default:
    /// none). An attempt in flight when it passes is cut short with [`Error::Timeout`]; a retry
    /// that would start after it is not made, and the last error is returned at once.
    ///
    /// Without a deadline, the longest a call can take with default settings is 3 attempts of
    /// 60 s plus the waits between them: up to 181.5 s with backoff, or up to 300 s if the
    /// server asks twice for the longest `Retry-After` honoured (60 s).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// Timeout for opening a connection (default 5 s). Not applied to a client given with
    /// [`ClientBuilder::http_client`], which keeps its own.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Retries after the first attempt (default 2); shorthand for the same setting of
    /// [`ClientBuilder::retry`].
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.retry = self.retry.max_retries(retries);
        self
    }

    /// Backoff between attempts when the server does not say how long to wait:
    /// `min(initial * 2^n, max)` minus up to 25 % jitter (default 0.5 s and 8 s); shorthand for
    /// the same setting of [`ClientBuilder::retry`].
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.retry = self.retry.backoff(initial, max);
        self
    }

    /// How calls are retried: count, statuses, backoff and jitter (see [`RetryConfig`]).
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = retry;
        self
    }

    /// Most pages one page stream (`pages()`, `into_stream()`) requests (default 10,000). A
    /// stream that would request more ends with [`crate::PaginationError::PageLimit`]
    /// after yielding everything it read, so a server that never stops cannot keep a caller
    /// looping.
    pub fn max_pages(mut self, pages: u32) -> Self {
        self.max_pages = Some(pages);
        self
    }

    /// Largest response body the client reads, in bytes (default 16 MiB; a call can set its own
    /// with `.max_response_bytes(..)`). A larger body ends the call with [`Error::TooLarge`],
    /// which keeps the status and headers: refused before reading when its `Content-Length` is
    /// larger, and as soon as it passes the limit otherwise, so a server that sends without end
    /// costs at most the limit in memory. The Video API's largest responses (list pages of up
    /// to 250 items) are well under 2 MiB.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Text appended to the `User-Agent` header, e.g. `my-service/1.2`.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// Logs every request and response body at `TRACE` level (target `telnyx_video`), with
    /// the API key, tokens, passwords and secrets replaced by `[redacted]` and `set-cookie`
    /// hidden (off by default: bodies are large and may hold personal data).
    pub fn log_bodies(mut self, enabled: bool) -> Self {
        self.log_bodies = enabled;
        self
    }

    /// A header sent with every request.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Changes the settings of the `reqwest::Client` this crate builds (proxies, pool, HTTP
    /// versions, extra root certificates, ...), keeping its TLS backend, connect timeout and
    /// redirect policy (none) unless `settings` changes them:
    ///
    /// ```
    /// let client = telnyx_video::Client::builder()
    ///     .api_key("KEY...")
    ///     .configure_http(|http| http.pool_max_idle_per_host(4).tcp_nodelay(true))
    ///     .build()?;
    /// # Ok::<(), telnyx_video::Error>(())
    /// ```
    pub fn configure_http(
        mut self,
        settings: impl FnOnce(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send + 'static,
    ) -> Self {
        self.configure_http = Some(Box::new(settings));
        self
    }

    /// Uses this `reqwest::Client` (and its connection pool, proxies, TLS settings, redirect
    /// policy); [`ClientBuilder::configure_http`] is usually what you want instead. With the
    /// default `rustls-ring` feature, reqwest is built without a process-wide rustls provider,
    /// so a `reqwest::Client` you build yourself needs one: enable reqwest's own `rustls`
    /// feature in your manifest, or install one at startup
    /// (`rustls::crypto::ring::default_provider().install_default()`). The client this crate builds follows no redirects, so that a request and its
    /// body never go anywhere but the base URL; build yours with
    /// `reqwest::redirect::Policy::none()` to keep that guarantee. (reqwest's default policy
    /// does drop the `Authorization` header when a redirect changes host, but re-sends bodies.)
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Adds a hook that sees, and may change, every attempt of every call (see
    /// [`Interceptor`]). Hooks run in the order they were added.
    pub fn interceptor(mut self, hook: impl Interceptor) -> Self {
        self.interceptors.push(Arc::new(hook));
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let base = Base::parse(self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL))?;
        if let Some(problem) = self.api_key.as_ref().and_then(key_problem) {
            if !self.unchecked_key {
                return Err(Error::InvalidRequest(problem.to_owned()));
            }
        }
        let mut credentials = Credentials::new(self.api_key, self.basic, self.oauth2);
        let mut default_headers = HeaderMap::new();
        for (name, value) in &self.default_headers {
            let name = HeaderName::try_from(name.as_str())
                .map_err(|_| Error::InvalidRequest(format!("invalid header name {name:?}")))?;
            let value = HeaderValue::try_from(value.as_str())
                .map_err(|_| Error::InvalidRequest(format!("invalid value for header {name}")))?;
            if crate::runtime::redact::is_secret_name(name.as_str()) {
                // A credential of the caller's own (`X-Api-Key: …`): never printed either.
                credentials.also_secret(value.to_str().unwrap_or_default());
            }
            default_headers.append(name, value);
        }
        let mut user_agent = format!("telnyx-video-rust/{}", env!("CARGO_PKG_VERSION"));
        if let Some(suffix) = &self.user_agent_suffix {
            user_agent = format!("{user_agent} {suffix}");
        }
        let user_agent = HeaderValue::try_from(user_agent)
            .map_err(|_| Error::InvalidRequest("invalid user agent suffix".to_owned()))?;
        let http = match self.http {
            Some(http) => http,
            None => {
                if base.as_str().starts_with("https://") && !tls::AVAILABLE {
                    return Err(Error::InvalidRequest(format!(
                        "base URL {base:?} needs TLS, and this build of telnyx-video has no \
                         TLS backend: enable the feature `rustls-ring` (default), \
                         `rustls-aws-lc` or `native-tls`"
                    )));
                }
                let builder = reqwest::Client::builder()
                    .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                    .redirect(reqwest::redirect::Policy::none());
                let mut builder = tls::configure(builder)?;
                if let Some(settings) = self.configure_http {
                    builder = settings(builder);
                }
                builder.build().map_err(|source| Error::Connection {
                    attempts: 0,
                    source,
                })?
            }
        };
        Ok(Client {
            transport: Arc::new(Transport {
                http,
                base,
                credentials,
                timeout: self.timeout.unwrap_or(DEFAULT_TIMEOUT),
                deadline: self.deadline,
                retry: self.retry,
                max_pages: self.max_pages.unwrap_or(DEFAULT_MAX_PAGES),
                max_response_bytes: self
                    .max_response_bytes
                    .unwrap_or(DEFAULT_MAX_RESPONSE_BYTES),
                user_agent,
                default_headers,
                log_bodies: self.log_bodies,
                interceptors: self.interceptors,
            }),
        })
    }
}

/// The TLS backend the Cargo features chose, applied to the client this crate builds.
mod tls {
    use super::Error;

    /// Whether any TLS backend is compiled in.
    pub(super) const AVAILABLE: bool = cfg!(any(
        feature = "rustls-ring",
        feature = "rustls-aws-lc",
        feature = "native-tls"
    ));

    /// rustls with aws-lc-rs: reqwest's own rustls setup.
    #[cfg(feature = "rustls-aws-lc")]
    pub(super) fn configure(
        builder: reqwest::ClientBuilder,
    ) -> Result<reqwest::ClientBuilder, Error> {
        Ok(builder.tls_backend_rustls())
    }

    /// rustls with ring, configured for this client only (no process-wide provider is
    /// installed): the platform's certificate verifier, TLS 1.2 and 1.3, ALPN for HTTP/2 and
    /// HTTP/1.1 as reqwest would set it.
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls-aws-lc")))]
    pub(super) fn configure(
        builder: reqwest::ClientBuilder,
    ) -> Result<reqwest::ClientBuilder, Error> {
        use rustls_platform_verifier::BuilderVerifierExt;
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let unusable = |err: rustls::Error| {
            Error::InvalidRequest(format!("cannot set up TLS (rustls with ring): {err}"))
        };
        let mut config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(unusable)?
            .with_platform_verifier()
            .map_err(unusable)?
            .with_no_client_auth();
        config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        Ok(builder.tls_backend_preconfigured(config))
    }

    /// The platform's TLS library.
    #[cfg(all(
        feature = "native-tls",
        not(any(feature = "rustls-ring", feature = "rustls-aws-lc"))
    ))]
    pub(super) fn configure(
        builder: reqwest::ClientBuilder,
    ) -> Result<reqwest::ClientBuilder, Error> {
        Ok(builder.tls_backend_native())
    }

    /// No TLS: `http://` only (refused earlier for `https://`).
    #[cfg(not(any(
        feature = "rustls-ring",
        feature = "rustls-aws-lc",
        feature = "native-tls"
    )))]
    pub(super) fn configure(
        builder: reqwest::ClientBuilder,
    ) -> Result<reqwest::ClientBuilder, Error> {
        Ok(builder)
    }
}

/// An environment variable: `None` when unset, an error (not a silent `None`) when it is set
/// but not Unicode. The value is never echoed: it may be a credential.
fn env_var(name: &str) -> Result<Option<String>, Error> {
    match std::env::var(name) {
        Ok(value) => Ok(Some(value)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(Error::InvalidRequest(format!(
            "{name} is set but is not valid UTF-8"
        ))),
    }
}

/// `Name: value` lines (blank lines skipped); the first malformed line is an error naming it.
fn custom_headers(text: &str) -> Result<Vec<(String, String)>, Error> {
    let mut headers = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |why: &str| {
            Error::InvalidRequest(format!(
                "TELNYX_CUSTOM_HEADERS line {}: {why} (expected `Name: value`)",
                number + 1
            ))
        };
        let Some((name, value)) = line.split_once(':') else {
            return Err(bad("no `:`"));
        };
        let (name, value) = (name.trim(), value.trim());
        if HeaderName::try_from(name).is_err() {
            return Err(bad(&format!("`{name}` is not a header name")));
        }
        if HeaderValue::try_from(value).is_err() {
            // The value is not echoed: custom headers often carry credentials.
            return Err(bad(&format!(
                "the value of `{name}` is not a valid header value"
            )));
        }
        headers.push((name.to_owned(), value.to_owned()));
    }
    Ok(headers)
}

#[cfg(test)]
mod tests {
    use super::{Client, custom_headers, tls};

    #[test]
    fn https_needs_a_tls_feature() {
        let built = Client::builder().api_key("k").build();
        if tls::AVAILABLE {
            assert!(built.is_ok(), "{built:?}");
        } else {
            let err = built.unwrap_err().to_string();
            assert!(err.contains("no TLS backend"), "{err}");
            let plain = Client::builder()
                .api_key("k")
                .base_url("http://127.0.0.1:4010")
                .build();
            assert!(plain.is_ok(), "{plain:?}");
        }
    }

    #[test]
    fn custom_headers_are_read_line_by_line() {
        let headers = custom_headers("X-Tenant: a\n\n  X-Trace : b c \n").unwrap();
        assert_eq!(
            headers,
            [
                ("X-Tenant".to_owned(), "a".to_owned()),
                ("X-Trace".to_owned(), "b c".to_owned())
            ]
        );
        assert_eq!(
            custom_headers("X-Ok: 1\nnot a header")
                .unwrap_err()
                .to_string(),
            "invalid request: TELNYX_CUSTOM_HEADERS line 2: no `:` (expected `Name: value`)"
        );
        assert_eq!(
            custom_headers("Bad Name: 1").unwrap_err().to_string(),
            "invalid request: TELNYX_CUSTOM_HEADERS line 1: `Bad Name` is not a header name (expected `Name: value`)"
        );
        assert_eq!(
            custom_headers("X-Secret: a\u{7}b").unwrap_err().to_string(),
            "invalid request: TELNYX_CUSTOM_HEADERS line 1: the value of `X-Secret` is not a valid header value (expected `Name: value`)"
        );
    }
}
