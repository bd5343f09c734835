//! The one place a request's URL is made, and the check that it stays on the base URL. A URL is
//! never made by joining text: the base is parsed once (when the client is built), each
//! request's path goes into the parsed URL's path and its query pairs into its query, and the
//! result must have the base's scheme, host and port and sit under the base's path, or the
//! request is refused unsent. The credentials a request carries therefore only ever go to the
//! base origin.
//!
//! A path is refused, never reinterpreted, when it could address something else than it reads:
//! it must start with `/`; it must not hold `\`, `?`, `#`, a control character, an empty
//! segment (`//`) or a dot segment (`.`, `..`, or the same percent-encoded). Any other
//! character that a path cannot hold as it is (a space, `"`, `{`, non-ASCII, …) is sent
//! percent-encoded, as data. (`client.get("/rooms?x=1")` is read by [`crate::Client::get`],
//! which moves the query to the query pairs before the path gets here.)

use reqwest::Url;

use super::error::Error;

/// A parsed base URL.
#[derive(Clone)]
pub(crate) struct Base {
    url: Url,
    /// The base URL as text, without a trailing `/` (what `Client::base_url` returns).
    text: String,
    /// The base URL's path without a trailing `/` (`""` for a base without a path).
    path: String,
}

impl std::fmt::Debug for Base {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.text, f)
    }
}

impl Base {
    /// Checks a base URL: absolute `http://` or `https://`, a host, no credentials, query or
    /// fragment.
    pub(crate) fn parse(text: &str) -> Result<Base, Error> {
        let refuse = |why: &str| {
            Err(Error::InvalidRequest(format!(
                "base URL {text:?} {why}; expected e.g. https://api.telnyx.com/v2"
            )))
        };
        let Ok(url) = Url::parse(text) else {
            return refuse("is not an absolute URL");
        };
        if !matches!(url.scheme(), "http" | "https") {
            return refuse("must start with http:// or https://");
        }
        if !url.has_host() {
            return refuse("has no host");
        }
        if url.query().is_some() || url.fragment().is_some() {
            return refuse("must not have a query or fragment");
        }
        if !url.username().is_empty() || url.password().is_some() {
            // Not echoed: it holds a secret.
            return Err(Error::InvalidRequest(
                "the base URL must not hold credentials (send them with a default header)"
                    .to_owned(),
            ));
        }
        let path = url.path().trim_end_matches('/').to_owned();
        Ok(Base {
            text: text.trim_end_matches('/').to_owned(),
            path,
            url,
        })
    }

    /// The base URL as given, without a trailing `/`.
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// The URL of `path` (relative to the base, starting with `/`) with `query` (pairs already
    /// percent-encoded) and then `more` (the credentials' pairs, likewise), or why there is
    /// none.
    pub(crate) fn join(
        &self,
        path: &str,
        query: &[(String, String)],
        more: &[(String, String)],
    ) -> Result<Url, Error> {
        check_path(path).map_err(|why| Error::InvalidRequest(format!("path {path:?} {why}")))?;
        let mut url = self.url.clone();
        if self.path.is_empty() {
            url.set_path(path);
        } else {
            let mut full = String::with_capacity(self.path.len() + path.len());
            full.push_str(&self.path);
            full.push_str(path);
            url.set_path(&full);
        }
        let mut pairs = query.iter().chain(more);
        if let Some((key, value)) = pairs.next() {
            let mut text = String::with_capacity(64);
            push_pair(&mut text, key, value);
            for (key, value) in pairs {
                text.push('&');
                push_pair(&mut text, key, value);
            }
            url.set_query(Some(&text));
        }
        self.check(&url)?;
        Ok(url)
    }

    /// Whether `url` is on this base: same scheme, host and port, under the base's path, no
    /// credentials and no fragment. (The URL is built so that it always is; this is the last
    /// check before anything is sent, in case a later change to the building gets it wrong.)
    fn check(&self, url: &Url) -> Result<(), Error> {
        let under = url
            .path()
            .strip_prefix(self.path.as_str())
            .is_some_and(|rest| rest.starts_with('/'));
        let same_origin = url.scheme() == self.url.scheme()
            && url.host() == self.url.host()
            && url.port_or_known_default() == self.url.port_or_known_default();
        if same_origin
            && under
            && url.username().is_empty()
            && url.password().is_none()
            && url.fragment().is_none()
        {
            Ok(())
        } else {
            Err(Error::InvalidRequest(
                "the request URL would leave the base URL; nothing was sent".to_owned(),
            ))
        }
    }
}

fn push_pair(text: &mut String, key: &str, value: &str) {
    text.push_str(key);
    text.push('=');
    text.push_str(value);
}

/// Why `path` cannot be a request path, if it cannot.
fn check_path(path: &str) -> Result<(), &'static str> {
    let Some(rest) = path.strip_prefix('/') else {
        return Err("must start with `/`");
    };
    if let Some(bad) = path
        .chars()
        .find(|c| matches!(c, '\\' | '?' | '#') || c.is_control())
    {
        return Err(match bad {
            '\\' => "holds `\\`, which some servers read as `/`",
            '?' => "holds `?`: give query parameters with `query_param`",
            '#' => "holds `#`: a fragment is never sent to a server",
            _ => "holds a control character",
        });
    }
    // A trailing `/` (an empty last segment) is a path of its own; an empty segment anywhere
    // else (`//`) can be read as the start of another host.
    let mut segments = rest.split('/').peekable();
    while let Some(segment) = segments.next() {
        if segment.is_empty() && segments.peek().is_some() {
            return Err("has an empty segment (`//`)");
        }
        if is_dot_segment(segment) {
            return Err("has a `.` or `..` segment, which would address another resource");
        }
    }
    Ok(())
}

/// `.` and `..`, also percent-encoded (`%2e`), as URL parsers normalize them.
fn is_dot_segment(segment: &str) -> bool {
    const DOTS: [&str; 6] = [".", "..", "%2e", ".%2e", "%2e.", "%2e%2e"];
    segment.len() <= 6 && DOTS.iter().any(|dots| segment.eq_ignore_ascii_case(dots))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn base(text: &str) -> Base {
        Base::parse(text).unwrap()
    }

    fn joined(base: &Base, path: &str) -> Result<String, String> {
        base.join(path, &[], &[])
            .map(|url| url.to_string())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn paths_stay_under_the_base() {
        let bare = base("http://127.0.0.1:4010");
        let with_path = base("https://api.telnyx.com/v2/");
        assert_eq!(
            joined(&bare, "/@other-host:8080/x").unwrap(),
            "http://127.0.0.1:4010/@other-host:8080/x"
        );
        assert_eq!(
            joined(&with_path, "/rooms/a%2Fb").unwrap(),
            "https://api.telnyx.com/v2/rooms/a%2Fb"
        );
        assert_eq!(
            joined(&with_path, "/rooms/a b\"{x}é").unwrap(),
            "https://api.telnyx.com/v2/rooms/a%20b%22%7Bx%7D%C3%A9"
        );
        assert_eq!(joined(&bare, "/").unwrap(), "http://127.0.0.1:4010/");
        assert_eq!(
            joined(&with_path, "/rooms/").unwrap(),
            "https://api.telnyx.com/v2/rooms/"
        );
        for (path, why) in [
            ("@other-host:8080/x", "must start with `/`"),
            ("rooms", "must start with `/`"),
            ("http://evil.example/x", "must start with `/`"),
            ("//evil.example/x", "empty segment"),
            ("/rooms//x", "empty segment"),
            ("/../admin", "`..` segment"),
            ("/rooms/%2E%2e/admin", "`..` segment"),
            ("/rooms/./x", "`..` segment"),
            ("/rooms\\..\\x", "`\\`"),
            ("/rooms?x=1", "`?`"),
            ("/rooms#frag", "`#`"),
            ("/rooms/\u{0}x", "control character"),
        ] {
            let err = joined(&with_path, path).unwrap_err();
            assert!(err.contains(why), "{path}: {err}");
            assert!(err.starts_with("invalid request: path "), "{err}");
        }
    }

    #[test]
    fn query_pairs_are_merged_into_one_query() {
        let base = base("http://127.0.0.1:4010/v2");
        let query = [("x".to_owned(), "1".to_owned())];
        let more = [("api_key".to_owned(), "k%20y".to_owned())];
        assert_eq!(
            base.join("/rooms", &query, &more).unwrap().as_str(),
            "http://127.0.0.1:4010/v2/rooms?x=1&api_key=k%20y"
        );
        assert_eq!(
            base.join("/rooms", &[], &more).unwrap().as_str(),
            "http://127.0.0.1:4010/v2/rooms?api_key=k%20y"
        );
    }

    #[test]
    fn bad_base_urls_are_refused() {
        for (url, why) in [
            ("api.telnyx.com/v2", "not an absolute URL"),
            ("ftp://api.telnyx.com", "http:// or https://"),
            ("https://api.telnyx.com/v2?x=1", "query or fragment"),
            (
                "https://user:pw@api.telnyx.com",
                "must not hold credentials",
            ),
        ] {
            let err = Base::parse(url).unwrap_err().to_string();
            assert!(err.contains(why), "{url}: {err}");
            assert!(!err.contains("pw@"), "{err}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 5_000, failure_persistence: None, ..ProptestConfig::default() })]

        /// Whatever path a caller builds, the URL has the base's origin and sits under its
        /// path, or the request is refused.
        #[test]
        fn no_path_leaves_the_base(
            path in "[/@:?#\\\\.%a-zA-Z0-9 ~_{}\\[\\]\u{e9}\u{0}-]{0,40}",
            prefix in proptest::sample::select(vec!["", "/", "//", "@", "/..", "/%2e"]),
            with_path in any::<bool>(),
        ) {
            let base = if with_path { base("http://127.0.0.1:4010/v2") } else { base("http://127.0.0.1:4010") };
            let path = format!("{prefix}{path}");
            if let Ok(url) = base.join(&path, &[], &[]) {
                prop_assert_eq!(url.host_str(), Some("127.0.0.1"));
                prop_assert_eq!(url.port(), Some(4010));
                prop_assert_eq!(url.scheme(), "http");
                prop_assert!(url.username().is_empty() && url.password().is_none());
                prop_assert!(url.query().is_none() && url.fragment().is_none());
                if with_path {
                    prop_assert!(url.path().starts_with("/v2/"), "{}", url);
                }
                // What was accepted is what is sent: no segment was dropped or reinterpreted.
                prop_assert_eq!(url.path().matches('/').count(), path.matches('/').count() + usize::from(with_path));
            }
        }
    }
}
