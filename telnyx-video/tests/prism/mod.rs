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
    pub fn path(self) -> PathBuf {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap()
            .to_owned();
        match self {
            Spec::Ours => root.join("spec/telnyx-video.yaml"),
            Spec::Upstream => {
                let dir = std::env::var_os("TELNYX_UPSTREAM_DIR").unwrap_or_else(|| {
                    panic!(
                        "TELNYX_UPSTREAM_DIR is not set. It must name the folder holding Telnyx's telnyx-video.yml, \
                         e.g. `TELNYX_UPSTREAM_DIR=$PWD/../shared/upstream`; `cargo xtask test` and .ci/run set it."
                    )
                });
                PathBuf::from(dir).join("telnyx-video.yml")
            }
        }
    }
}

pub struct Prism {
    child: Child,
    pub base_url: String,
}

fn prism_bin() -> PathBuf {
    let bin = std::env::var_os("TELNYX_PRISM_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../xtask/prism/node_modules/.bin/prism")
        });
    assert!(
        bin.is_file(),
        "Prism is not installed at {}: run the tests with `cargo xtask test` (it runs `npm ci` in xtask/prism), \
         or run `npm ci --prefix xtask/prism` once",
        bin.display()
    );
    bin
}

impl Prism {
    /// Static mode: responses from the spec's examples.
    pub fn start(spec: Spec) -> Prism {
        Self::launch(spec, &[])
    }

    /// Dynamic mode: random, schema-valid responses from a fixed seed.
    pub fn start_dynamic(spec: Spec, seed: u32) -> Prism {
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

    fn launch(spec: Spec, extra: &[&str]) -> Prism {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(prism_bin())
            .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
            .args(extra)
            .arg(spec.path())
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
        prism
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
