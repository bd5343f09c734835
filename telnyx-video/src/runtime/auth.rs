//! Credentials: which ones an operation sends (its security schemes, as the spec says), the
//! ones the client holds, and how each goes on the wire: a bearer token, HTTP basic, an API key
//! in a header, query parameter or cookie, or an OAuth2 access token from the client-credentials
//! flow (fetched, cached, and fetched again shortly before it expires). Every credential is a
//! secret: none is printed, and errors are scrubbed of them.

use std::collections::HashMap;
use std::fmt;
use std::time::{Duration, Instant};

use reqwest::header::{AUTHORIZATION, COOKIE, HeaderName, HeaderValue};
use serde::Deserialize;

use super::Secret;
use super::error::Error;
use super::origin::Base;
use super::redact::Secrets;

/// One credential an operation sends. An operation with several sends all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Auth {
    /// `Authorization: Bearer <API key>`; refused before sending when the client has no key.
    Bearer,
    /// `Authorization: Basic <base64 of user:password>` ([`crate::ClientBuilder::basic_auth`]).
    Basic,
    /// The API key as a header, query parameter or cookie of this name.
    ApiKey(KeyLocation, &'static str),
    /// `Authorization: Bearer <access token>`, the token fetched from `token_url` with the
    /// client-credentials grant ([`crate::ClientBuilder::oauth2_client_credentials`]).
    OAuth2ClientCredentials {
        /// Where tokens are issued (relative URLs are taken against the base URL).
        token_url: &'static str,
        /// The scopes asked for.
        scopes: &'static [&'static str],
    },
    /// Needs no credentials (`security: []`): the API key is sent as a bearer token when the
    /// client has one, and nothing when it has none.
    Optional,
}

/// Where an API key goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyLocation {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

/// The security schemes a request sends, all of them (kept without an allocation for the usual
/// one).
#[derive(Debug, Clone)]
pub(crate) struct Schemes {
    first: Auth,
    more: Vec<Auth>,
}

impl Schemes {
    pub(crate) fn one(auth: Auth) -> Self {
        Schemes {
            first: auth,
            more: Vec::new(),
        }
    }

    /// Adds a scheme sent as well.
    pub(crate) fn push(&mut self, auth: Auth) {
        self.more.push(auth);
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &Auth> {
        std::iter::once(&self.first).chain(&self.more)
    }
}

/// What is wrong with an API key, if anything.
pub(crate) fn key_problem(key: &Secret) -> Option<&'static str> {
    if key.expose().trim().is_empty() {
        Some("the API key is empty")
    } else if HeaderValue::try_from(format!("Bearer {}", key.expose())).is_err() {
        Some("the API key is not a valid header value")
    } else {
        None
    }
}

/// The credentials a client holds.
#[derive(Default)]
pub(crate) struct Credentials {
    pub(crate) api_key: Option<Secret>,
    pub(crate) basic: Option<(String, Secret)>,
    pub(crate) oauth2: Option<(String, Secret)>,
    /// `Authorization: Bearer <key>`, made once (every call sends it), or why the key cannot be
    /// sent.
    bearer: Option<Result<HeaderValue, &'static str>>,
    /// The secrets above, for scrubbing error text (shared by every call).
    secrets: Secrets,
    tokens: tokio::sync::Mutex<HashMap<(String, String), (Secret, Instant)>>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("api_key", &self.api_key)
            .field(
                "basic",
                &self.basic.as_ref().map(|(user, pass)| (user, pass)),
            )
            .field(
                "oauth2",
                &self.oauth2.as_ref().map(|(id, secret)| (id, secret)),
            )
            .finish_non_exhaustive()
    }
}

/// What the credentials of one call put on the wire.
#[derive(Default)]
pub(crate) struct Applied {
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) cookies: Vec<String>,
    /// The secret values sent, which no error of the call may print.
    pub(crate) secrets: Vec<String>,
}

/// Largest token response read: a token response is a few hundred bytes.
const TOKEN_RESPONSE_LIMIT: u64 = 1024 * 1024;

/// A token is fetched again when it has less than this left.
const REFRESH_MARGIN: Duration = Duration::from_secs(60);

impl Credentials {
    pub(crate) fn new(
        api_key: Option<Secret>,
        basic: Option<(String, Secret)>,
        oauth2: Option<(String, Secret)>,
    ) -> Self {
        let bearer = api_key.as_ref().map(|key| match key_problem(key) {
            Some(problem) => Err(problem),
            None => {
                let mut value = HeaderValue::try_from(format!("Bearer {}", key.expose()))
                    .map_err(|_| "the API key is not a valid header value")?;
                value.set_sensitive(true);
                Ok(value)
            }
        });
        let mut secrets = Secrets::default();
        let keys = api_key.iter().map(Secret::expose);
        let passwords = basic.iter().map(|(_, p)| p.expose());
        let client_secrets = oauth2.iter().map(|(_, s)| s.expose());
        keys.chain(passwords)
            .chain(client_secrets)
            .for_each(|s| secrets.add(s));
        Credentials {
            api_key,
            basic,
            oauth2,
            bearer,
            secrets,
            tokens: Default::default(),
        }
    }

    /// Adds a value of the caller's that is a secret (a credential header set by hand).
    pub(crate) fn also_secret(&mut self, value: &str) {
        self.secrets.add(value);
    }

    /// The secrets the client holds (for scrubbing error text).
    pub(crate) fn secrets(&self) -> &Secrets {
        &self.secrets
    }

    /// What is wrong with the API key, if the client has one and it cannot be sent.
    pub(crate) fn key_problem(&self) -> Option<&'static str> {
        match &self.bearer {
            Some(Err(problem)) => Some(problem),
            _ => None,
        }
    }

    /// The bearer header of the API key.
    fn bearer(&self, what: &(dyn fmt::Display + Sync)) -> Result<HeaderValue, Error> {
        match &self.bearer {
            Some(Ok(value)) => Ok(value.clone()),
            Some(Err(problem)) => Err(Error::InvalidRequest((*problem).to_owned())),
            None => Err(missing(what, "an API key; build the client with one")),
        }
    }

    /// Puts the credentials `schemes` call for on the wire; refuses, unsent, a call whose
    /// credentials the client does not hold. `what` names the operation in errors.
    pub(crate) async fn apply(
        &self,
        schemes: &Schemes,
        what: &(dyn fmt::Display + Sync),
        http: &reqwest::Client,
        base: &Base,
    ) -> Result<Applied, Error> {
        let mut applied = Applied::default();
        for scheme in schemes.iter() {
            match *scheme {
                Auth::Bearer => applied.headers.push((AUTHORIZATION, self.bearer(what)?)),
                Auth::Optional => {
                    if self.api_key.is_some() {
                        applied.headers.push((AUTHORIZATION, self.bearer(what)?));
                    }
                }
                Auth::Basic => {
                    let Some((user, password)) = &self.basic else {
                        return Err(missing(
                            what,
                            "HTTP basic credentials; set them with `ClientBuilder::basic_auth`",
                        ));
                    };
                    let encoded = base64(format!("{user}:{}", password.expose()).as_bytes());
                    applied.header(AUTHORIZATION, &format!("Basic {encoded}"))?;
                    applied.secrets.push(password.expose().to_owned());
                    applied.secrets.push(encoded);
                }
                Auth::ApiKey(location, name) => {
                    let key = self.key(what, "an API key; build the client with one")?;
                    applied.secrets.push(key.expose().to_owned());
                    match location {
                        KeyLocation::Header => {
                            let name = HeaderName::try_from(name).map_err(|_| {
                                Error::InvalidRequest(format!("`{name}` is not a header name"))
                            })?;
                            applied.header(name, key.expose())?;
                        }
                        KeyLocation::Query => applied
                            .query
                            .push((name.to_owned(), key.expose().to_owned())),
                        KeyLocation::Cookie => {
                            applied.cookies.push(format!("{name}={}", key.expose()))
                        }
                    }
                }
                Auth::OAuth2ClientCredentials { token_url, scopes } => {
                    // Boxed: the token fetch is a whole HTTP call, and inline it would make every
                    // request's future as large as it (copied at each await level).
                    let token = Box::pin(self.token(what, token_url, scopes, http, base)).await?;
                    applied.bearer(token.expose())?;
                }
            }
        }
        if !applied.cookies.is_empty() {
            let cookies = applied.cookies.join("; ");
            applied.header(COOKIE, &cookies)?;
        }
        Ok(applied)
    }

    fn key(&self, what: &(dyn fmt::Display + Sync), need: &str) -> Result<&Secret, Error> {
        self.api_key.as_ref().ok_or_else(|| missing(what, need))
    }

    /// A cached access token for `token_url` and `scopes`, or a new one.
    async fn token(
        &self,
        what: &(dyn fmt::Display + Sync),
        token_url: &str,
        scopes: &[&str],
        http: &reqwest::Client,
        base: &Base,
    ) -> Result<Secret, Error> {
        let Some((client_id, client_secret)) = &self.oauth2 else {
            return Err(missing(
                what,
                "OAuth2 client credentials; set them with `ClientBuilder::oauth2_client_credentials`",
            ));
        };
        let scope = scopes.join(" ");
        let key = (token_url.to_owned(), scope.clone());
        // Held while fetching: concurrent calls wait for one fetch instead of each making one.
        let mut tokens = self.tokens.lock().await;
        if let Some((token, expires)) = tokens.get(&key) {
            if Instant::now() + REFRESH_MARGIN < *expires {
                return Ok(token.clone());
            }
        }
        // A relative token URL is on the base URL, like every request; an absolute one is the
        // spec's own (an identity provider's host), never the caller's.
        let url = if token_url.starts_with('/') {
            base.join(token_url, &[], &[])?
        } else {
            reqwest::Url::parse(token_url).map_err(|_| refused_url(what, token_url))?
        };
        let mut form = vec![("grant_type", "client_credentials")];
        if !scope.is_empty() {
            form.push(("scope", scope.as_str()));
        }
        let body = form
            .iter()
            .map(|(k, v)| {
                format!(
                    "{k}={}",
                    percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC)
                )
            })
            .collect::<Vec<_>>()
            .join("&");
        let basic = base64(format!("{client_id}:{}", client_secret.expose()).as_bytes());
        let mut authorization = HeaderValue::try_from(format!("Basic {basic}")).map_err(|_| {
            Error::InvalidRequest(
                "the OAuth2 client id or secret is not valid in a header".to_owned(),
            )
        })?;
        authorization.set_sensitive(true);
        let refused = |why: String| {
            Error::InvalidRequest(format!("no OAuth2 access token for {what}: {why}"))
        };
        let response = http
            .post(url)
            .header(AUTHORIZATION, authorization)
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .header(reqwest::header::ACCEPT, "application/json")
            .body(body)
            .send()
            .await
            .map_err(|e| {
                refused(format!(
                    "the token endpoint could not be reached ({})",
                    e.without_url()
                ))
            })?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = match super::read::body(response, status, &headers, TOKEN_RESPONSE_LIMIT).await
        {
            Ok(bytes) => bytes,
            Err(super::read::ReadError::Transport(e)) => {
                return Err(refused(format!(
                    "the token response was cut short ({})",
                    e.without_url()
                )));
            }
            Err(super::read::ReadError::Oversized(_)) => {
                return Err(refused(format!(
                    "the token response is larger than {TOKEN_RESPONSE_LIMIT} bytes"
                )));
            }
        };
        if !status.is_success() {
            return Err(refused(format!("the token endpoint answered {status}")));
        }
        #[derive(Deserialize)]
        struct Issued {
            access_token: String,
            #[serde(default)]
            expires_in: Option<u64>,
        }
        let issued: Issued = serde_json::from_slice(&bytes)
            .map_err(|_| refused("the token response has no `access_token`".to_owned()))?;
        // Without `expires_in`, the token is used for an hour, then fetched again.
        let lifetime = Duration::from_secs(issued.expires_in.unwrap_or(3600).min(366 * 86_400));
        let token = Secret::new(issued.access_token);
        tokens.insert(key, (token.clone(), Instant::now() + lifetime));
        Ok(token)
    }
}

impl Applied {
    fn bearer(&mut self, token: &str) -> Result<(), Error> {
        self.secrets.push(token.to_owned());
        self.header(AUTHORIZATION, &format!("Bearer {token}"))
    }

    fn header(&mut self, name: HeaderName, value: &str) -> Result<(), Error> {
        let mut value = HeaderValue::try_from(value).map_err(|_| {
            Error::InvalidRequest(format!(
                "a credential is not a valid value for header `{name}`"
            ))
        })?;
        value.set_sensitive(true);
        self.headers.push((name, value));
        Ok(())
    }
}

fn refused_url(what: &(dyn fmt::Display + Sync), token_url: &str) -> Error {
    Error::InvalidRequest(format!(
        "no OAuth2 access token for {what}: the token URL {token_url:?} is not a URL"
    ))
}

fn missing(what: &(dyn fmt::Display + Sync), need: &str) -> Error {
    Error::InvalidRequest(format!("{what} needs {need}"))
}

/// Standard base64 with padding (RFC 4648), for HTTP basic credentials.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_matches_rfc_4648() {
        for (input, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
            ("user:pa55 word", "dXNlcjpwYTU1IHdvcmQ="),
        ] {
            assert_eq!(base64(input.as_bytes()), encoded, "{input}");
        }
    }
}
