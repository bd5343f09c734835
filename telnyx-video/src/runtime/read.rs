//! Reading a response body within the size limit
//! ([`crate::ClientBuilder::max_response_bytes`]), for every response the client reads whole
//! (successes, errors, OAuth2 tokens). A `Content-Length` over the limit is refused before a
//! byte of the body is read; a body without one (chunked, or closed by the server) is refused
//! as soon as what arrived passes the limit. Memory stays within the limit plus one chunk: the
//! buffer is sized from `Content-Length` when there is one, and otherwise grows without ever
//! reserving past the limit.

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// The default limit: 16 MiB. The Video API's largest responses are list pages of at most 250
/// items of a few KiB each (well under 2 MiB); 16 MiB leaves a wide margin for richer items
/// and other specs' generated clients, while a server that sends without end costs a bounded
/// amount of memory.
pub(crate) const DEFAULT_MAX_RESPONSE_BYTES: u64 = 16 * 1024 * 1024;

/// A response body past the limit.
pub(crate) struct Oversized {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) limit: u64,
    /// The `Content-Length` the server declared, when it declared one.
    pub(crate) declared: Option<u64>,
}

/// Why a body could not be read.
pub(crate) enum ReadError {
    /// The connection failed or the body was cut short.
    Transport(reqwest::Error),
    /// The body is larger than the limit.
    Oversized(Oversized),
}

/// Reads `response`'s whole body, at most `limit` bytes (its status and headers, already taken
/// from it, are given back in an [`Oversized`] error).
pub(crate) async fn body(
    mut response: reqwest::Response,
    status: StatusCode,
    headers: &HeaderMap,
    limit: u64,
) -> Result<Bytes, ReadError> {
    let oversized = |declared| {
        ReadError::Oversized(Oversized {
            status,
            headers: headers.clone(),
            limit,
            declared,
        })
    };
    let declared = response.content_length();
    if declared.is_some_and(|length| length > limit) {
        return Err(oversized(declared));
    }
    let limit_bytes = usize::try_from(limit).unwrap_or(usize::MAX);
    // Most bodies come in one chunk: kept as received, without a copy.
    let Some(first) = next(&mut response).await? else {
        return Ok(Bytes::new());
    };
    if first.len() > limit_bytes {
        return Err(oversized(declared));
    }
    let Some(second) = next(&mut response).await? else {
        return Ok(first);
    };
    let mut needed = first.len().saturating_add(second.len());
    if needed > limit_bytes {
        return Err(oversized(declared));
    }
    // With a `Content-Length` (at most the limit, checked above), the whole body in one
    // allocation; without, doubling up to the limit.
    let capacity = match declared {
        Some(length) => usize::try_from(length).unwrap_or(needed).max(needed),
        None => grown(0, needed, limit_bytes),
    };
    let mut body: Vec<u8> = Vec::with_capacity(capacity);
    body.extend_from_slice(&first);
    body.extend_from_slice(&second);
    drop((first, second));
    while let Some(chunk) = next(&mut response).await? {
        needed = body.len().saturating_add(chunk.len());
        if needed > limit_bytes {
            return Err(oversized(declared));
        }
        if body.capacity() < needed {
            let target = grown(body.capacity(), needed, limit_bytes);
            body.reserve_exact(target - body.len());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Bytes::from(body))
}

async fn next(response: &mut reqwest::Response) -> Result<Option<Bytes>, ReadError> {
    response.chunk().await.map_err(ReadError::Transport)
}

/// The capacity to grow to for `needed` bytes: doubling (amortized), never past `limit`.
fn grown(capacity: usize, needed: usize, limit: usize) -> usize {
    capacity
        .saturating_mul(2)
        .max(needed)
        .max(8 * 1024)
        .min(limit)
        .max(needed)
}

#[cfg(test)]
mod tests {
    use super::grown;

    #[test]
    fn growth_doubles_and_stops_at_the_limit() {
        assert_eq!(grown(0, 10, 1 << 20), 8 * 1024);
        assert_eq!(grown(8 * 1024, 9 * 1024, 1 << 20), 16 * 1024);
        assert_eq!(grown(600 * 1024, 700 * 1024, 1 << 20), 1 << 20);
        // Never below what is needed, even past a (tiny) limit the caller checked before.
        assert_eq!(grown(0, 10, 4), 10);
    }
}
