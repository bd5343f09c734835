//! Every retry decision in one place: which failures are retried, how long to wait between
//! attempts (exponential backoff with jitter, or the server's `Retry-After-Ms` / `Retry-After` up
//! to a cap), and the `x-should-retry` override.
//!
//! The policy, as documented for users:
//! - retried: failures that never got a response (connection errors, timeouts) and the statuses
//!   408, 409, 429 and 5xx, up to `max_retries` times after the first attempt;
//! - a request that is not idempotent (a create, a client token) is retried only when the server
//!   cannot have acted on it: the connection was never made, or the status is 408 or 429;
//!   `retry_non_idempotent` lifts that restriction;
//! - `x-should-retry: true|false` on a response overrides all of the above (still within
//!   `max_retries`);
//! - the wait is `Retry-After-Ms`, else `Retry-After` (seconds or an HTTP date) when the server
//!   sends one, up to [`MAX_RETRY_AFTER`] (a longer request returns the error at once); otherwise
//!   `min(base * 2^n, cap)` minus up to 25 % jitter (defaults 0.5 s and 8 s).

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
}

impl Policy {
    /// The wait before retry number `retry` (0-based) after `attempt`, or `None` to stop.
    /// `jitter` is in `[0, 1)`; `now` is injected for tests (HTTP-date `Retry-After`).
    pub(crate) fn next_wait(
        &self,
        attempt: &Attempt<'_>,
        retry: u32,
        jitter: f64,
        now: SystemTime,
    ) -> Option<Duration> {
        if retry >= self.max_retries {
            return None;
        }
        match attempt {
            Attempt::NoResponse { reached_server } => (self.idempotent || !reached_server)
                .then(|| backoff(self.base, self.cap, retry, jitter)),
            Attempt::Response { status, headers } => {
                if !should_retry_response(*status, headers, self.idempotent) {
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

/// Whether a response with `status` and `headers` should be retried.
fn should_retry_response(status: StatusCode, headers: &HeaderMap, idempotent: bool) -> bool {
    match headers.get("x-should-retry").and_then(|v| v.to_str().ok()) {
        Some("true") => return true,
        Some("false") => return false,
        _ => {}
    }
    retryable_status(status) && (idempotent || not_processed(status))
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

/// `secs` as a duration: `None` when negative or not a number, saturating when too large.
fn seconds(secs: f64) -> Option<Duration> {
    if secs.is_nan() || secs < 0.0 {
        return None;
    }
    Some(Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX))
}

/// Backoff before retry number `retry` (0-based): `min(base * 2^retry, cap)` minus up to 25 %
/// jitter (`jitter` in `[0, 1)`).
fn backoff(base: Duration, cap: Duration, retry: u32, jitter: f64) -> Duration {
    let capped = base
        .saturating_mul(2u32.saturating_pow(retry.min(16)))
        .min(cap);
    // Subtracting a quarter at most cannot overflow, whatever the settings.
    capped.saturating_sub(capped.mul_f64(0.25 * jitter.clamp(0.0, 1.0)))
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
        Policy {
            max_retries,
            idempotent,
            base: BASE,
            cap: CAP,
        }
    }

    #[test]
    fn backoff_doubles_caps_and_jitters_down() {
        assert_eq!(backoff(BASE, CAP, 0, 0.0), Duration::from_millis(500));
        assert_eq!(backoff(BASE, CAP, 1, 0.0), Duration::from_secs(1));
        assert_eq!(backoff(BASE, CAP, 4, 0.0), Duration::from_secs(8));
        assert_eq!(backoff(BASE, CAP, 40, 0.0), Duration::from_secs(8));
        assert_eq!(backoff(BASE, CAP, 0, 1.0), Duration::from_millis(375));
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
        assert_eq!(retry_after(&headers(&[("retry-after", "NaN")]), now), None);
    }

    #[test]
    fn absurd_retry_after_values_saturate_instead_of_panicking() {
        let now = SystemTime::UNIX_EPOCH;
        for value in [
            "1e20",
            "18446744073709551616",
            "1e300",
            "inf",
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
