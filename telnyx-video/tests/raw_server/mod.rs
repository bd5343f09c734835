//! A hostile HTTP/1.1 server of the tests' own, on raw loopback TCP: it records every request
//! it reads (method, target, headers, body) and answers each as the test script says, including
//! in ways no well-behaved server would: resets, stalls, byte-by-byte drips, truncated or
//! invalid responses. No HTTP library sits between the script and the socket.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request as the server read it off the socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub method: String,
    /// Path and query, as sent.
    pub target: String,
    /// Header names lower-cased, in order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Seen {
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    pub fn query(&self) -> Option<&str> {
        self.target.split_once('?').map(|(_, q)| q)
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// How to answer one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// Write these bytes, then close the connection.
    Bytes(Vec<u8>),
    /// Write these bytes one at a time, `gap` apart, then close.
    Drip(Vec<u8>, Duration),
    /// Write these bytes, then keep the connection open and silent.
    Stall(Vec<u8>),
    /// Reset the connection (RST) without answering, after the whole request was read.
    Reset,
    /// Close the connection cleanly without answering.
    Close,
}

/// A response with `status`, `headers` and `body`, its `content-length` right, closing the
/// connection after it.
pub fn http(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} Whatever\r\n").into_bytes();
    for (name, value) in headers {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "content-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(body);
    out
}

/// A JSON response.
pub fn json(status: u16, body: &serde_json::Value) -> Reply {
    Reply::Bytes(http(
        status,
        &[("content-type", "application/json")],
        body.to_string().as_bytes(),
    ))
}

type Script = dyn Fn(&Seen, usize) -> Reply + Send + Sync;

/// The server: answers request number `n` (0-based, across connections) with `script(seen, n)`.
pub struct RawServer {
    pub base_url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    script: Arc<Mutex<Arc<Script>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl RawServer {
    pub async fn start(script: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let script: Arc<Mutex<Arc<Script>>> = Arc::new(Mutex::new(Arc::new(script)));
        let (seen_in, script_in) = (seen.clone(), script.clone());
        let task = tokio::spawn(async move {
            let mut connections = tokio::task::JoinSet::new();
            loop {
                let Ok((socket, _)) = listener.accept().await else {
                    continue;
                };
                let (seen, script) = (seen_in.clone(), script_in.clone());
                connections.spawn(serve(socket, seen, script));
                while connections.try_join_next().is_some() {}
            }
        });
        RawServer {
            base_url,
            seen,
            script,
            task,
        }
    }

    /// Replaces the script (property tests reuse one server for every case).
    pub fn set_script(&self, script: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static) {
        *self.script.lock().unwrap() = Arc::new(script);
    }

    /// Every request read so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    /// Forgets the requests read so far.
    pub fn clear(&self) {
        self.seen.lock().unwrap().clear();
    }
}

/// A client for `server` that does not pool connections (every request is a new one, so a
/// script's per-request answer is never confused by a reused socket) and retries fast.
pub fn client_for(base_url: &str, api_key: &str) -> telnyx_video::ClientBuilder {
    telnyx_video::Client::builder()
        .api_key(api_key)
        .base_url(base_url)
        .configure_http(|http| http.pool_max_idle_per_host(0))
        .backoff(Duration::from_millis(1), Duration::from_millis(4))
}

async fn serve(
    mut socket: TcpStream,
    seen: Arc<Mutex<Vec<Seen>>>,
    script: Arc<Mutex<Arc<Script>>>,
) {
    // One request per connection: every reply closes it.
    let Some(request) = read_request(&mut socket).await else {
        return;
    };
    let number = {
        let mut seen = seen.lock().unwrap();
        seen.push(request.clone());
        seen.len() - 1
    };
    let script = script.lock().unwrap().clone();
    match script(&request, number) {
        Reply::Bytes(bytes) => {
            let _ = socket.write_all(&bytes).await;
            let _ = socket.shutdown().await;
        }
        Reply::Drip(bytes, gap) => {
            for byte in bytes {
                if socket.write_all(&[byte]).await.is_err() {
                    return;
                }
                tokio::time::sleep(gap).await;
            }
            let _ = socket.shutdown().await;
        }
        Reply::Stall(bytes) => {
            let _ = socket.write_all(&bytes).await;
            tokio::time::sleep(Duration::from_secs(3600)).await;
        }
        Reply::Reset => {
            let _ = socket.set_zero_linger();
            drop(socket);
        }
        Reply::Close => {
            let _ = socket.shutdown().await;
        }
    }
}

/// Reads one request: head up to the blank line, then `content-length` bytes of body.
async fn read_request(socket: &mut TcpStream) -> Option<Seen> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(at) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, target) = (first.next()?.to_owned(), first.next()?.to_owned());
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    body.truncate(length);
    Some(Seen {
        method,
        target,
        headers,
        body,
    })
}

/// A two-worker runtime for property tests, which drive the async client from plain `#[test]`s
/// (one runtime and one server for all their cases).
pub fn property_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// Property-test settings: `cases` cases from the fixed `seed`, unless `PROPTEST_CASES` or
/// `PROPTEST_RNG_SEED` say otherwise; no failure files.
pub fn proptest_config(cases: u32, seed: u64) -> proptest::test_runner::Config {
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    proptest::test_runner::Config {
        cases: env("PROPTEST_CASES").map_or(cases, |n| n as u32),
        rng_seed: proptest::test_runner::RngSeed::Fixed(env("PROPTEST_RNG_SEED").unwrap_or(seed)),
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    }
}
