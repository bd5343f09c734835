//! Reading a response body within the size limit
//! ([`crate::ClientBuilder::max_response_bytes`]), for every response the client reads whole
//! (successes, errors, OAuth2 tokens). A `Content-Length` over the limit is refused before a
//! byte of the body is read; a body without one (chunked, or closed by the server) is refused
//! as soon as what arrived passes the limit. Memory stays within the limit plus one chunk: the
//! buffer is sized from `Content-Length` when there is one, and otherwise grows without ever
//! reserving past the limit (see `grown`).

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

/// The capacity to grow to for `needed` bytes: doubling (amortized) from 8 KiB, and straight to
/// the limit once doubling would pass a third of it, so that a copying reallocation (old and
/// new buffer alive together) holds less than 1.34 times the limit, leaving room under 1.5 for
/// the chunks in flight. (A body of a sixth of the limit or more gets a buffer of the limit; its
/// untouched pages cost no memory on systems that back large allocations lazily.)
fn grown(capacity: usize, needed: usize, limit: usize) -> usize {
    let doubled = capacity.saturating_mul(2).max(8 * 1024);
    let target = if doubled >= limit / 3 { limit } else { doubled };
    target.max(needed)
}

#[cfg(test)]
mod tests {
    use super::grown;

    #[test]
    fn growth_doubles_then_jumps_to_the_limit() {
        const MIB: usize = 1 << 20;
        assert_eq!(grown(0, 10, 16 * MIB), 8 * 1024);
        assert_eq!(grown(8 * 1024, 9 * 1024, 16 * MIB), 16 * 1024);
        assert_eq!(grown(2 * MIB, 2 * MIB + 1, 16 * MIB), 4 * MIB);
        assert_eq!(grown(4 * MIB, 4 * MIB + 1, 16 * MIB), 16 * MIB);
        assert_eq!(grown(2 * MIB + MIB / 2, 3 * MIB, 16 * MIB), 5 * MIB);
        assert_eq!(grown(3 * MIB, 3 * MIB + 1, 16 * MIB), 16 * MIB);
        // Whatever the limit, old + new capacity stays under 4/3 of it.
        for limit in [64 * 1024, 10 * MIB + 7, 16 * MIB, 100 * MIB] {
            let mut capacity = 0;
            while capacity < limit {
                let next = grown(capacity, capacity + 1, limit);
                assert!(
                    capacity + next < limit + limit / 3 + 1,
                    "{capacity} -> {next} of {limit}"
                );
                capacity = next;
            }
            assert_eq!(capacity, limit);
        }
        // Never below what is needed.
        assert_eq!(grown(0, 10, 4), 10);
    }
}
