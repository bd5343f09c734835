//! A Prism mock server owned by one test: started on a free loopback port, ready when it
//! answers, killed by its PID when dropped (also when the test panics).
#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;

/// Which spec Prism serves.
#[derive(Debug, Clone, Copy)]
pub enum Spec {
    /// `spec/telnyx-video.yaml`.
    Ours,
    /// `$TELNYX_UPSTREAM_DIR/telnyx-video.yml`.
    Upstream,
}

impl Spec {
    /// The spec file, or `None` (the test is skipped) when it is not there and not required.
    pub fn path(self) -> Option<PathBuf> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap()
            .to_owned();
        match self {
            Spec::Ours => {
                let file = root.join("spec/telnyx-video.yaml");
                if file.is_file() {
                    Some(file)
                } else {
                    // Out of the repository (the published package): no spec to serve.
                    missing(
                        "the repository's spec/telnyx-video.yaml (run the tests in the repository)",
                    )
                }
            }
            Spec::Upstream => match std::env::var_os("TELNYX_UPSTREAM_DIR") {
                Some(dir) if Path::new(&dir).join("telnyx-video.yml").is_file() => {
                    Some(PathBuf::from(dir).join("telnyx-video.yml"))
                }
                _ => missing(
                    "Telnyx's published spec: TELNYX_UPSTREAM_DIR must name the folder holding \
                     telnyx-video.yml, e.g. `TELNYX_UPSTREAM_DIR=$PWD/../shared/upstream`; \
                     `cargo xtask test` and .ci/run set it",
                ),
            },
        }
    }
}

/// A prerequisite is missing: under `cargo xtask test` and CI
/// (`TELNYX_VIDEO_REQUIRE_ALL_TESTS=1`) that fails the test; under plain `cargo test` the test
/// is skipped, saying what it needs and how to run it.
fn missing<T>(what: &str) -> Option<T> {
    if std::env::var_os("TELNYX_VIDEO_REQUIRE_ALL_TESTS").is_some() {
        panic!("missing {what}");
    }
    eprintln!("SKIPPED (run `cargo xtask test` to run it): needs {what}");
    None
}

pub struct Prism {
    child: Child,
    pub base_url: String,
}

fn prism_bin() -> Option<PathBuf> {
    let bin = std::env::var_os("TELNYX_PRISM_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../xtask/prism/node_modules/.bin/prism")
        });
    if bin.is_file() {
        return Some(bin);
    }
    missing(&format!(
        "Prism, not installed at {}: `cargo xtask test` installs it (`npm ci` in xtask/prism), \
         or run `npm ci --prefix xtask/prism` once",
        bin.display()
    ))
}

impl Prism {
    /// Static mode: responses from the spec's examples.
    pub fn start(spec: Spec) -> Option<Prism> {
        Self::launch(spec, &[])
    }

    /// Dynamic mode: random, schema-valid responses from a fixed seed.
    pub fn start_dynamic(spec: Spec, seed: u32) -> Option<Prism> {
        Self::launch(
            spec,
            &[
                "-d",
                "--seed",
                &seed.to_string(),
                "--json-schema-faker-fillProperties=false",
            ],
        )
    }

    fn launch(spec: Spec, extra: &[&str]) -> Option<Prism> {
        let (bin, path) = (prism_bin()?, spec.path()?);
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(bin)
            .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
            .args(extra)
            .arg(path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("prism starts");
        let prism = Prism {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "Prism did not start listening within 60 s"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(prism)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Prism's request violations (it reports response violations too; those are the spec's own
/// examples' business, not the client's).
pub fn request_violations(headers: &HeaderMap) -> Vec<String> {
    let Some(raw) = headers.get("sl-violations").and_then(|v| v.to_str().ok()) else {
        return Vec::new();
    };
    let list: Vec<serde_json::Value> = serde_json::from_str(raw).unwrap_or_default();
    list.into_iter()
        .filter(|v| v["location"][0] == "request")
        .map(|v| {
            format!(
                "{} ({})",
                v["message"].as_str().unwrap_or("?"),
                v["location"]
            )
        })
        .collect()
}
