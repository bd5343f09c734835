//! Peak memory of reading a response body of exactly the size limit, measured by a counting
//! allocator (its own test binary, since it replaces the global allocator). A reallocation is
//! counted as its old and new buffers alive together, the worst an allocator can do. The
//! server is a plain thread writing one leaked buffer, so it allocates nothing of the body's
//! size itself.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{Read, Write};
use std::sync::atomic::{AtomicUsize, Ordering};

use telnyx_video::{Client, Error};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = CURRENT.fetch_add(by, Ordering::SeqCst) + by;
    PEAK.fetch_max(now, Ordering::SeqCst);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::SeqCst);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Both buffers, for the moment of the copy.
        grew(new_size);
        CURRENT.fetch_sub(layout.size(), Ordering::SeqCst);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const LIMIT: usize = 16 * 1024 * 1024;

/// Serves `response` to every connection, from a thread of its own.
fn serve(response: &'static [u8]) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut head = [0u8; 4096];
            let mut read = 0;
            while !head[..read].windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut head[read..]) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => read += n,
                }
            }
            let _ = stream.write_all(response);
        }
    });
    format!("http://{address}")
}

/// A JSON body of `size` bytes that decodes to almost nothing (`{"data":[]}` and spaces), so
/// that what is measured is the reading.
fn body(size: usize) -> Vec<u8> {
    let mut body = b"{\"data\":[]}".to_vec();
    body.resize(size, b' ');
    body
}

fn with_content_length(body: &[u8]) -> &'static [u8] {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out.leak()
}

fn chunked(body: &[u8]) -> &'static [u8] {
    let mut out = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n".to_vec();
    for piece in body.chunks(64 * 1024) {
        out.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        out.extend_from_slice(piece);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out.leak()
}

/// Peak bytes allocated above the starting point during one call, and its result.
fn measure(client: &Client, runtime: &tokio::runtime::Runtime) -> (usize, Result<(), Error>) {
    let start = CURRENT.load(Ordering::SeqCst);
    PEAK.store(start, Ordering::SeqCst);
    let result = runtime.block_on(async { client.get("/page").send().await.map(drop) });
    (PEAK.load(Ordering::SeqCst) - start, result)
}

#[test]
fn a_body_of_the_limit_costs_under_one_and_a_half_times_the_limit() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let at_limit = body(LIMIT);
    for (framing, response) in [
        ("content-length", with_content_length(&at_limit)),
        ("chunked", chunked(&at_limit)),
    ] {
        let client = Client::builder()
            .api_key("KEY0123456789")
            .base_url(serve(response))
            .build()
            .unwrap();
        // Warm up (connection pool, TLS-free setup), then measure.
        measure(&client, &runtime).1.unwrap();
        let (peak, result) = measure(&client, &runtime);
        result.unwrap();
        let ratio = peak as f64 / LIMIT as f64;
        println!("{framing}: peak {peak} bytes for a {LIMIT}-byte body: {ratio:.3}x the limit");
        assert!(ratio < 1.5, "{framing}: {ratio:.3}x");
        assert!(
            peak >= LIMIT,
            "{framing}: the body itself is held once: {peak}"
        );
    }

    // One byte over: refused, and a declared length costs nothing of the body's size.
    let over = body(LIMIT + 1);
    for (framing, response, most) in [
        ("content-length", with_content_length(&over), LIMIT / 8),
        ("chunked", chunked(&over), LIMIT + LIMIT / 2),
    ] {
        let client = Client::builder()
            .api_key("KEY0123456789")
            .base_url(serve(response))
            .build()
            .unwrap();
        let (peak, result) = measure(&client, &runtime);
        assert!(
            matches!(result, Err(Error::TooLarge(_))),
            "{framing}: {result:?}"
        );
        println!("{framing}, over the limit: peak {peak} bytes");
        assert!(peak < most, "{framing}: {peak}");
    }
}
