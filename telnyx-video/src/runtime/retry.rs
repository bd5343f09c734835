//! Every retry decision in one place: which failures are retried, how long to wait between
//! attempts (exponential backoff with jitter, or the server's `Retry-After-Ms` / `Retry-After` up
//! to a cap), and the `x-should-retry` override.
//!
//! The policy, as documented for users:
//! - retried: failures that never got a response (connection errors, timeouts) and the statuses
//!   of [`RetryConfig`] (default 408, 409, 429 and 5xx), up to `max_retries` times after the
//!   first attempt;
//! - a request that is not idempotent (a create, a client token) is retried only when the server
//!   cannot have acted on it: the connection was never made, or the status is 408 or 429;
//!   `retry_non_idempotent` lifts that restriction;
//! - `x-should-retry: true|false` on a response overrides all of the above (still within
//!   `max_retries`);
//! - the wait is `Retry-After-Ms`, else `Retry-After` (seconds or an HTTP date) when the server
//!   sends one, up to [`MAX_RETRY_AFTER`] (a longer request returns the error at once); otherwise
//!   `min(base * 2^n, cap)` minus up to the jitter (defaults 0.5 s, 8 s and 25 %).

use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// Longest server-requested wait we honour; a longer one returns the error at once.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
/// Default first backoff.
pub(crate) const DEFAULT_BASE_DELAY: Duration = Duration::from_millis(500);
/// Default longest backoff.
pub(crate) const DEFAULT_MAX_DELAY: Duration = Duration::from_secs(8);

/// How an attempt ended, as far as retrying is concerned.
pub(crate) enum Attempt<'a> {
    /// The server answered with a non-success status.
    Response {
        status: StatusCode,
        headers: &'a HeaderMap,
    },
    /// No (complete) response. `reached_server` is false only when the connection was never
    /// made, so the server cannot have seen the request.
    NoResponse { reached_server: bool },
}

/// How a client retries: how many times, which statuses, and how long to wait between attempts
/// when the server does not say. Set with [`crate::ClientBuilder::retry`]; one call can change
/// `max_retries` with `.max_retries(n)` on its request builder.
///
/// ```
/// use std::time::Duration;
/// use telnyx_video::RetryConfig;
///
/// let retry = RetryConfig::default()
///     .max_retries(4)
///     .backoff(Duration::from_millis(200), Duration::from_secs(5))
///     .jitter(0.5)
///     .never_retry_status(409); // a conflict here means "already done"
/// let client = telnyx_video::Client::builder().api_key("KEY...").retry(retry).build()?;
/// # Ok::<(), telnyx_video::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetryConfig {
    max_retries: u32,
    base: Duration,
    cap: Duration,
    jitter: f64,
    statuses: StatusSet,
}

impl Default for RetryConfig {
    /// 2 retries; backoff 0.5 s doubling up to 8 s, minus up to 25 % jitter; statuses 408, 409,
    /// 429 and 500–599.
    fn default() -> Self {
        RetryConfig {
            max_retries: 2,
            base: DEFAULT_BASE_DELAY,
            cap: DEFAULT_MAX_DELAY,
            jitter: 0.25,
            statuses: StatusSet::default_retryable(),
        }
    }
}

impl RetryConfig {
    /// No retries: every call makes one attempt.
    pub fn disabled() -> Self {
        RetryConfig::default().max_retries(0)
    }

    /// Retries after the first attempt (default 2).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// Backoff when the server does not say how long to wait: `min(base * 2^n, cap)` before
    /// retry `n` (0-based), minus the jitter (defaults 0.5 s and 8 s).
    pub fn backoff(mut self, base: Duration, cap: Duration) -> Self {
        self.base = base;
        self.cap = cap;
        self
    }

    /// The largest fraction of a backoff taken off at random, so that many clients failing
    /// together do not retry together: 0 waits exactly the backoff, 1 waits anywhere between 0
    /// and the backoff (default 0.25). Clamped to `[0, 1]`; NaN counts as 0.
    pub fn jitter(mut self, fraction: f64) -> Self {
        self.jitter = if fraction.is_nan() {
            0.0
        } else {
            fraction.clamp(0.0, 1.0)
        };
        self
    }

    /// Retries exactly these statuses (replacing the default 408, 409, 429 and 500–599);
    /// statuses outside 100–999 are ignored. A request that is not idempotent is still retried
    /// only after 408 or 429 (the server cannot have acted on it), unless the call says
    /// `.retry_non_idempotent()`; `x-should-retry` from the server still decides over this list.
    pub fn statuses(mut self, statuses: impl IntoIterator<Item = u16>) -> Self {
        self.statuses = StatusSet::EMPTY;
        for status in statuses {
            self.statuses.set(status, true);
        }
        self
    }

    /// Also retries `status` (100–999).
    pub fn retry_status(mut self, status: u16) -> Self {
        self.statuses.set(status, true);
        self
    }

    /// Never retries `status`, e.g. 409 where a conflict means the work is already done.
    pub fn never_retry_status(mut self, status: u16) -> Self {
        self.statuses.set(status, false);
        self
    }

    /// Retries after the first attempt.
    pub fn get_max_retries(&self) -> u32 {
        self.max_retries
    }

    /// Whether a response with `status` is retried (by an idempotent request).
    pub fn retries_status(&self, status: StatusCode) -> bool {
        self.statuses.contains(status.as_u16())
    }

    /// The policy of one call.
    pub(crate) fn policy(&self, max_retries: Option<u32>, idempotent: bool) -> Policy {
        Policy {
            max_retries: max_retries.unwrap_or(self.max_retries),
            idempotent,
            base: self.base,
            cap: self.cap,
            jitter: self.jitter,
            statuses: self.statuses,
        }
    }
}

/// A set of HTTP statuses (100–999), as bits.
#[derive(Clone, Copy, PartialEq, Eq)]
struct StatusSet([u64; 16]);

impl StatusSet {
    const EMPTY: StatusSet = StatusSet([0; 16]);

    fn default_retryable() -> Self {
        let mut set = StatusSet::EMPTY;
        for status in [408, 409, 429].into_iter().chain(500..600) {
            set.set(status, true);
        }
        set
    }

    fn set(&mut self, status: u16, on: bool) {
        if (100..1000).contains(&status) {
            let (word, bit) = (usize::from(status / 64), status % 64);
            if on {
                self.0[word] |= 1 << bit;
            } else {
                self.0[word] &= !(1 << bit);
            }
        }
    }

    fn contains(&self, status: u16) -> bool {
        status < 1024 && self.0[usize::from(status / 64)] & (1 << (status % 64)) != 0
    }
}

impl std::fmt::Debug for StatusSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set()
            .entries((100..1000).filter(|s| self.contains(*s)))
            .finish()
    }
}

/// The retry settings of one call.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Policy {
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// Whether repeating the request is safe even if the server acted on it.
    pub idempotent: bool,
    /// First backoff.
    pub base: Duration,
    /// Longest backoff.
    pub cap: Duration,
    /// Largest fraction of a backoff taken off at random.
    pub jitter: f64,
    /// Statuses worth retrying.
    statuses: StatusSet,
}

impl Policy {
    /// The wait before retry number `retry` (0-based) after `attempt`, or `None` to stop.
    /// `random` is in `[0, 1)`; `now` is injected for tests (HTTP-date `Retry-After`).
    pub(crate) fn next_wait(
        &self,
        attempt: &Attempt<'_>,
        retry: u32,
        random: f64,
        now: SystemTime,
    ) -> Option<Duration> {
        if retry >= self.max_retries {
            return None;
        }
        let jitter = self.jitter * random;
        match attempt {
            Attempt::NoResponse { reached_server } => (self.idempotent || !reached_server)
                .then(|| backoff(self.base, self.cap, retry, jitter)),
            Attempt::Response { status, headers } => {
                if !self.should_retry_response(*status, headers) {
                    return None;
                }
                match retry_after(headers, now) {
                    Some(asked) if asked <= MAX_RETRY_AFTER => Some(asked),
                    Some(_) => None,
                    None => Some(backoff(self.base, self.cap, retry, jitter)),
                }
            }
        }
    }

    /// Whether a response with `status` and `headers` should be retried.
    fn should_retry_response(&self, status: StatusCode, headers: &HeaderMap) -> bool {
        match headers.get("x-should-retry").and_then(|v| v.to_str().ok()) {
            Some("true") => return true,
            Some("false") => return false,
            _ => {}
        }
        self.statuses.contains(status.as_u16()) && (self.idempotent || not_processed(status))
    }
}

/// Statuses worth retrying at all.
pub fn retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 409 | 429) || status.is_server_error()
}

/// Statuses after which the server cannot have acted on the request, so even a
/// non-idempotent request may be repeated.
fn not_processed(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 429)
}

/// The wait the server asked for: `Retry-After-Ms`, else `Retry-After` in seconds or as an
/// HTTP date. `now` is injected for tests. Any value a server can send is accepted without
/// panicking: waits too long for a `Duration` saturate (and are then over the cap).
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(ms) = text("retry-after-ms").and_then(|v| v.parse::<f64>().ok()) {
        if let Some(wait) = seconds(ms / 1000.0) {
            return Some(wait);
        }
    }
    let value = text("retry-after")?;
    if let Ok(secs) = value.parse::<f64>() {
        return seconds(secs);
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// `secs` as a duration: `None` when negative, infinite or not a number (the server said
/// nothing usable: the normal backoff applies), saturating when finite but too large.
fn seconds(secs: f64) -> Option<Duration> {
    if !secs.is_finite() || secs < 0.0 {
        return None;
    }
    Some(Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX))
}

/// Backoff before retry number `retry` (0-based): `min(base * 2^retry, cap)` minus the fraction
/// `jitter` (in `[0, 1]`) of it.
fn backoff(base: Duration, cap: Duration, retry: u32, jitter: f64) -> Duration {
    let capped = base
        .saturating_mul(2u32.saturating_pow(retry.min(16)))
        .min(cap);
    // Subtracting at most the whole of it cannot overflow, whatever the settings.
    capped.saturating_sub(capped.mul_f64(jitter.clamp(0.0, 1.0)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        map
    }

    const BASE: Duration = DEFAULT_BASE_DELAY;
    const CAP: Duration = DEFAULT_MAX_DELAY;

    fn policy(max_retries: u32, idempotent: bool) -> Policy {
        RetryConfig::default().policy(Some(max_retries), idempotent)
    }

    #[test]
    fn retry_config_sets_jitter_and_statuses() {
        let now = SystemTime::UNIX_EPOCH;
        let none = HeaderMap::new();
        let lost = Attempt::NoResponse {
            reached_server: true,
        };
        let wait = |config: RetryConfig, random: f64| {
            config.policy(None, true).next_wait(&lost, 0, random, now)
        };
        // The default takes off at most a quarter; jitter(1.0) anywhere down to nothing.
        assert_eq!(
            wait(RetryConfig::default(), 1.0),
            Some(Duration::from_millis(375))
        );
        assert_eq!(wait(RetryConfig::default().jitter(0.0), 0.9), Some(BASE));
        assert_eq!(
            wait(RetryConfig::default().jitter(1.0), 0.5),
            Some(BASE / 2)
        );
        assert_eq!(
            wait(RetryConfig::default().jitter(7.0), 1.0),
            Some(Duration::ZERO)
        );
        assert_eq!(
            wait(RetryConfig::default().jitter(f64::NAN), 1.0),
            Some(BASE)
        );
        assert_eq!(wait(RetryConfig::disabled(), 0.0), None);

        let answered = |status: u16| Attempt::Response {
            status: StatusCode::from_u16(status).unwrap(),
            headers: &none,
        };
        let retried = |config: RetryConfig, status: u16, idempotent: bool| {
            config
                .policy(None, idempotent)
                .next_wait(&answered(status), 0, 0.0, now)
                .is_some()
        };
        let default = RetryConfig::default();
        assert!(retried(default, 503, true) && retried(default, 409, true));
        assert!(!retried(default, 404, true) && !retried(default, 503, false));
        assert!(retried(default.retry_status(404), 404, true));
        assert!(!retried(default.retry_status(404), 404, false));
        assert!(!retried(default.never_retry_status(409), 409, true));
        let only = default.statuses([502, 1000, 7]);
        assert!(retried(only, 502, true) && !retried(only, 503, true) && !retried(only, 429, true));
        assert_eq!(format!("{:?}", only.statuses), "{502}");
        assert!(default.retries_status(StatusCode::TOO_MANY_REQUESTS));
    }

    #[test]
    fn backoff_doubles_caps_and_jitters_down() {
        assert_eq!(backoff(BASE, CAP, 0, 0.0), Duration::from_millis(500));
        assert_eq!(backoff(BASE, CAP, 1, 0.0), Duration::from_secs(1));
        assert_eq!(backoff(BASE, CAP, 4, 0.0), Duration::from_secs(8));
        assert_eq!(backoff(BASE, CAP, 40, 0.0), Duration::from_secs(8));
        assert_eq!(backoff(BASE, CAP, 0, 0.25), Duration::from_millis(375));
        assert_eq!(backoff(BASE, CAP, 0, 1.0), Duration::ZERO);
        let tiny = Duration::from_millis(1);
        assert_eq!(backoff(tiny, tiny * 4, 5, 0.0), tiny * 4);
        assert_eq!(
            backoff(Duration::MAX, Duration::MAX, u32::MAX, 0.0),
            Duration::MAX
        );
    }

    #[test]
    fn retry_after_forms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(
            retry_after(&headers(&[("retry-after-ms", "250")]), now),
            Some(Duration::from_millis(250))
        );
        assert_eq!(
            retry_after(&headers(&[("retry-after", "3")]), now),
            Some(Duration::from_secs(3))
        );
        let date = httpdate::fmt_http_date(now + Duration::from_secs(10));
        assert_eq!(
            retry_after(&headers(&[("retry-after", &date)]), now),
            Some(Duration::from_secs(10))
        );
        assert_eq!(retry_after(&headers(&[("retry-after", "soon")]), now), None);
        assert_eq!(retry_after(&headers(&[("retry-after", "-1")]), now), None);
        for nothing_usable in ["NaN", "inf", "-inf", "infinity", "+Infinity"] {
            assert_eq!(
                retry_after(&headers(&[("retry-after", nothing_usable)]), now),
                None
            );
            assert_eq!(
                retry_after(&headers(&[("retry-after-ms", nothing_usable)]), now),
                None
            );
        }
    }

    #[test]
    fn absurd_retry_after_values_saturate_instead_of_panicking() {
        let now = SystemTime::UNIX_EPOCH;
        for value in [
            "1e20",
            "18446744073709551616",
            "1e300",
            "123456789012345678901234567890",
        ] {
            let seconds = retry_after(&headers(&[("retry-after", value)]), now);
            assert_eq!(seconds, Some(Duration::MAX), "{value}");
            let millis = retry_after(&headers(&[("retry-after-ms", value)]), now);
            assert!(millis.is_some_and(|wait| wait > MAX_RETRY_AFTER), "{value}");
        }
        // Too long to honour: not retried, whatever the status.
        let asked = headers(&[("retry-after", "1e300")]);
        let attempt = Attempt::Response {
            status: StatusCode::SERVICE_UNAVAILABLE,
            headers: &asked,
        };
        assert_eq!(policy(5, true).next_wait(&attempt, 0, 0.0, now), None);
    }

    #[test]
    fn which_responses_are_retried() {
        let now = SystemTime::UNIX_EPOCH;
        let wait = |status: u16, pairs: &[(&'static str, &str)], idempotent: bool| {
            let headers = headers(pairs);
            let attempt = Attempt::Response {
                status: StatusCode::from_u16(status).unwrap(),
                headers: &headers,
            };
            policy(2, idempotent).next_wait(&attempt, 0, 0.0, now)
        };
        let first = Some(BASE);
        assert_eq!(wait(503, &[], true), first);
        assert_eq!(wait(500, &[], false), None);
        assert_eq!(wait(429, &[], false), first);
        assert_eq!(wait(409, &[], true), first);
        assert_eq!(wait(404, &[], true), None);
        assert_eq!(wait(503, &[("x-should-retry", "false")], true), None);
        assert_eq!(wait(400, &[("x-should-retry", "true")], false), first);
        assert_eq!(
            wait(429, &[("retry-after-ms", "20")], false),
            Some(Duration::from_millis(20))
        );
        assert_eq!(wait(429, &[("retry-after", "61")], false), None);
    }

    #[test]
    fn failures_without_a_response() {
        let now = SystemTime::UNIX_EPOCH;
        let never_connected = Attempt::NoResponse {
            reached_server: false,
        };
        let maybe_acted = Attempt::NoResponse {
            reached_server: true,
        };
        assert_eq!(
            policy(1, false).next_wait(&never_connected, 0, 0.0, now),
            Some(BASE)
        );
        assert_eq!(policy(1, false).next_wait(&maybe_acted, 0, 0.0, now), None);
        assert_eq!(
            policy(1, true).next_wait(&maybe_acted, 0, 0.0, now),
            Some(BASE)
        );
        assert_eq!(policy(1, true).next_wait(&maybe_acted, 1, 0.0, now), None);
    }
}
