//! The client: configuration, one shared connection pool, and construction from the environment.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::runtime::{Error, Secret};

/// Where Telnyx serves the API.
pub const DEFAULT_BASE_URL: &str = "https://api.telnyx.com/v2";
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const DEFAULT_MAX_RETRIES: u32 = 2;

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
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) http: reqwest::Client,
    pub(crate) base_url: String,
    pub(crate) api_key: Option<Secret>,
    pub(crate) timeout: Duration,
    pub(crate) max_retries: u32,
    pub(crate) user_agent: HeaderValue,
    pub(crate) default_headers: HeaderMap,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("Client")
            .field("base_url", &inner.base_url)
            .field("api_key", &inner.api_key)
            .field("timeout", &inner.timeout)
            .field("max_retries", &inner.max_retries)
            .field("user_agent", &inner.user_agent)
            .field(
                "default_headers",
                &crate::runtime::redact::Headers(&inner.default_headers),
            )
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client with `api_key` and default settings.
    ///
    /// # Panics
    ///
    /// Only if the TLS backend cannot be initialized, as `reqwest::Client::new` does; use
    /// [`Client::builder`] to handle that as an error.
    pub fn new(api_key: impl Into<String>) -> Self {
        match Self::builder().api_key(api_key).build() {
            Ok(client) => client,
            Err(err) => panic!("cannot build the HTTP client: {err}"),
        }
    }

    /// A client configured from the environment: `TELNYX_API_KEY` (required) and
    /// `TELNYX_BASE_URL` (optional).
    pub fn from_env() -> Result<Self, Error> {
        let key = std::env::var("TELNYX_API_KEY")
            .ok()
            .filter(|k| !k.trim().is_empty())
            .ok_or_else(|| Error::InvalidRequest("TELNYX_API_KEY is not set".to_owned()))?;
        let mut builder = Self::builder().api_key(key);
        if let Some(url) = std::env::var("TELNYX_BASE_URL")
            .ok()
            .filter(|u| !u.trim().is_empty())
        {
            builder = builder.base_url(url);
        }
        builder.build()
    }

    /// A builder for every setting.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }
}

/// Settings for a [`Client`].
#[derive(Default)]
pub struct ClientBuilder {
    api_key: Option<Secret>,
    base_url: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    max_retries: Option<u32>,
    user_agent_suffix: Option<String>,
    default_headers: Vec<(String, String)>,
    http: Option<reqwest::Client>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key)
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// The API key. Without one, only the operations that need no credentials work (ending a
    /// session, kick/mute/unmute, refreshing a client token); the others are refused unsent.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(Secret::new(key));
        self
    }

    /// The base URL (default `https://api.telnyx.com/v2`), e.g. a mock server's.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Timeout of each attempt (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Timeout for opening a connection (default 5 s). Not applied to a client given with
    /// [`ClientBuilder::http_client`], which keeps its own.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Retries after the first attempt (default 2).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = Some(retries);
        self
    }

    /// Text appended to the `User-Agent` header, e.g. `my-service/1.2`.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// A header sent with every request.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Uses this `reqwest::Client` (and its connection pool, proxies, TLS settings).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let base_url = self.base_url.unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        let base_url = base_url.trim_end_matches('/').to_owned();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(Error::InvalidRequest(format!(
                "base URL must start with http:// or https://, got {base_url:?}"
            )));
        }
        let mut default_headers = HeaderMap::new();
        for (name, value) in &self.default_headers {
            let name = HeaderName::try_from(name.as_str())
                .map_err(|_| Error::InvalidRequest(format!("invalid header name {name:?}")))?;
            let value = HeaderValue::try_from(value.as_str())
                .map_err(|_| Error::InvalidRequest(format!("invalid value for header {name}")))?;
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
            None => reqwest::Client::builder()
                .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                .build()
                .map_err(|source| Error::Connection {
                    attempts: 0,
                    source,
                })?,
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                api_key: self.api_key,
                timeout: self.timeout.unwrap_or(DEFAULT_TIMEOUT),
                max_retries: self.max_retries.unwrap_or(DEFAULT_MAX_RETRIES),
                user_agent,
                default_headers,
            }),
        })
    }
}
