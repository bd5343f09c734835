//! When to retry and how long to wait: exponential backoff with jitter, `Retry-After-Ms` /
//! `Retry-After` (seconds or HTTP date) up to a cap, and the `x-should-retry` override.

use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// Longest server-requested wait we honour; a longer one returns the error at once.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
const BASE_DELAY: Duration = Duration::from_millis(500);
const MAX_DELAY: Duration = Duration::from_secs(8);

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
pub fn should_retry_response(status: StatusCode, headers: &HeaderMap, idempotent: bool) -> bool {
    match headers.get("x-should-retry").and_then(|v| v.to_str().ok()) {
        Some("true") => return true,
        Some("false") => return false,
        _ => {}
    }
    retryable_status(status) && (idempotent || not_processed(status))
}

/// The wait the server asked for: `Retry-After-Ms`, else `Retry-After` in seconds or as an
/// HTTP date. `now` is injected for tests.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(ms) = text("retry-after-ms").and_then(|v| v.parse::<f64>().ok()) {
        if ms.is_finite() && ms >= 0.0 {
            return Some(Duration::from_secs_f64(ms / 1000.0));
        }
    }
    let value = text("retry-after")?;
    if let Ok(seconds) = value.parse::<f64>() {
        return (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Backoff before retry number `retry` (0-based): `min(0.5 s * 2^retry, 8 s)` minus up to 25 %
/// jitter (`jitter` in `[0, 1)`).
pub fn backoff(retry: u32, jitter: f64) -> Duration {
    let exponential = BASE_DELAY.saturating_mul(2u32.saturating_pow(retry.min(16)));
    let capped = exponential.min(MAX_DELAY);
    capped.mul_f64(1.0 - 0.25 * jitter.clamp(0.0, 1.0))
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

    #[test]
    fn backoff_doubles_caps_and_jitters_down() {
        assert_eq!(backoff(0, 0.0), Duration::from_millis(500));
        assert_eq!(backoff(1, 0.0), Duration::from_secs(1));
        assert_eq!(backoff(4, 0.0), Duration::from_secs(8));
        assert_eq!(backoff(40, 0.0), Duration::from_secs(8));
        assert_eq!(backoff(0, 1.0), Duration::from_millis(375));
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
    }

    #[test]
    fn which_responses_are_retried() {
        let none = HeaderMap::new();
        assert!(should_retry_response(
            StatusCode::SERVICE_UNAVAILABLE,
            &none,
            true
        ));
        assert!(!should_retry_response(
            StatusCode::INTERNAL_SERVER_ERROR,
            &none,
            false
        ));
        assert!(should_retry_response(
            StatusCode::TOO_MANY_REQUESTS,
            &none,
            false
        ));
        assert!(should_retry_response(StatusCode::CONFLICT, &none, true));
        assert!(!should_retry_response(StatusCode::NOT_FOUND, &none, true));
        assert!(!should_retry_response(
            StatusCode::SERVICE_UNAVAILABLE,
            &headers(&[("x-should-retry", "false")]),
            true
        ));
        assert!(should_retry_response(
            StatusCode::BAD_REQUEST,
            &headers(&[("x-should-retry", "true")]),
            false
        ));
    }
}
