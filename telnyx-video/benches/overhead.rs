//! Client overhead against the raw transport: the generated client and a hand-written baseline
//! (reqwest + serde_json into plain structs, the floor for this transport) send the same request
//! through the same `reqwest::Client` (one connection pool) to an in-process server returning
//! fixed bodies. Also decode-only: a 250-room page from bytes, generated models vs the baseline
//! structs vs `serde_json::Value`. Prints markdown tables with ratios generated/baseline.
//! Run with `cargo bench -p telnyx-video --bench overhead` (or `cargo xtask bench`).

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::routing::get;
use bytes::Bytes;
use futures_util::future::join_all;
use serde::Deserialize;
use serde_json::{Value, json};
use telnyx_video::Client;
use telnyx_video::RawResponse;
use telnyx_video::models::{PaginationMeta, Room};

const ROOM_ID: &str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0";

fn room(i: usize) -> Value {
    json!({
        "active_session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e74",
        "created_at": "2021-04-16T09:46:20.954863Z",
        "enable_recording": i % 2 == 0,
        "id": ROOM_ID,
        "max_participants": 50,
        "record_type": "room",
        "sessions": [],
        "unique_name": format!("room-{i}"),
        "updated_at": "2021-04-16T10:24:55.962200Z",
        "webhook_event_failover_url": "",
        "webhook_event_url": "https://example.com/hooks",
        "webhook_timeout_secs": 25
    })
}

/// The baseline's plain structs: what a hand-written client would declare.
#[derive(Deserialize)]
#[allow(dead_code)]
struct BaseRoom {
    active_session_id: Option<String>,
    created_at: Option<String>,
    enable_recording: Option<bool>,
    id: Option<String>,
    max_participants: Option<i64>,
    record_type: Option<String>,
    sessions: Option<Vec<Value>>,
    unique_name: Option<String>,
    updated_at: Option<String>,
    webhook_event_failover_url: Option<String>,
    webhook_event_url: Option<String>,
    webhook_timeout_secs: Option<i64>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct BaseMeta {
    page_number: Option<i64>,
    page_size: Option<i64>,
    total_pages: Option<i64>,
    total_results: Option<i64>,
}

#[derive(Deserialize)]
struct BaseOne {
    data: BaseRoom,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct BasePage {
    data: Vec<BaseRoom>,
    meta: Option<BaseMeta>,
}

fn cpu_seconds() -> f64 {
    // utime + stime of this process, in clock ticks (100 per second on Linux).
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

#[derive(Clone, Copy)]
enum Side {
    Generated,
    Baseline,
}

#[derive(Clone, Copy)]
enum Call {
    Retrieve,
    List250,
}

async fn one(side: Side, call: Call, client: &Client, http: &reqwest::Client, base: &str) {
    match (side, call) {
        (Side::Generated, Call::Retrieve) => {
            let room = client.rooms().retrieve(ROOM_ID).send().await.unwrap();
            assert!(!room.id.is_nil());
        }
        (Side::Generated, Call::List250) => {
            let page = client.rooms().list().send().await.unwrap();
            assert_eq!(page.data.len(), 250);
        }
        (Side::Baseline, Call::Retrieve) => {
            let response = http
                .get(format!("{base}/rooms/{ROOM_ID}"))
                .bearer_auth("bench-key")
                .send()
                .await
                .unwrap();
            let body = response.bytes().await.unwrap();
            let room: BaseOne = serde_json::from_slice(&body).unwrap();
            assert!(room.data.id.is_some());
        }
        (Side::Baseline, Call::List250) => {
            let response = http
                .get(format!("{base}/rooms"))
                .bearer_auth("bench-key")
                .send()
                .await
                .unwrap();
            let body = response.bytes().await.unwrap();
            let page: BasePage = serde_json::from_slice(&body).unwrap();
            assert_eq!(page.data.len(), 250);
        }
    }
}

/// Requests per second and CPU microseconds per request for `total` requests at `concurrency`.
async fn run(
    side: Side,
    call: Call,
    concurrency: usize,
    total: usize,
    client: &Client,
    http: &reqwest::Client,
    base: &str,
) -> (f64, f64) {
    let cpu = cpu_seconds();
    let started = Instant::now();
    let per_worker = total / concurrency;
    join_all((0..concurrency).map(|_| async {
        for _ in 0..per_worker {
            one(side, call, client, http, base).await;
        }
    }))
    .await;
    let elapsed = started.elapsed().as_secs_f64();
    let done = (per_worker * concurrency) as f64;
    (done / elapsed, (cpu_seconds() - cpu) * 1e6 / done)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    values[values.len() / 2]
}

fn time_decode(iterations: usize, mut f: impl FnMut()) -> Duration {
    let mut samples = Vec::new();
    for _ in 0..9 {
        let started = Instant::now();
        for _ in 0..iterations {
            f();
        }
        samples.push(started.elapsed() / iterations as u32);
    }
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    // `cargo test --all-targets` runs bench targets too, without `--bench`: only check they start.
    if !std::env::args().any(|a| a == "--bench") {
        println!("benchmark skipped: run it with `cargo bench` or `cargo xtask bench`");
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let one_body = Bytes::from(serde_json::to_vec(&json!({"data": room(0)})).unwrap());
    let page = json!({"data": (0..250).map(room).collect::<Vec<_>>(), "meta": {"page_number": 1, "page_size": 250, "total_pages": 1, "total_results": 250}});
    let page_body = Bytes::from(serde_json::to_vec(&page).unwrap());

    // `--decode-only` skips the transport part (the decode table alone, for quick comparisons).
    let decode_only = std::env::args().any(|a| a == "--decode-only");
    runtime.block_on(async {
        if decode_only {
            return;
        }
        let (one_b, page_b) = (one_body.clone(), page_body.clone());
        let app = Router::new()
            .route("/rooms/{id}", get(move || { let b = one_b.clone(); async move { ([("content-type", "application/json")], b) } }))
            .route("/rooms", get(move || { let b = page_b.clone(); async move { ([("content-type", "application/json")], b) } }));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

        let client = Client::builder()
            .api_key("bench-key")
            .base_url(&base)
            .configure_http(|http| http.pool_max_idle_per_host(128))
            .build()
            .unwrap();
        // The baseline sends through the very same reqwest client (pool, TLS setup).
        let http = client.http_client().clone();
        let client = Arc::new(client);

        println!("## Client overhead (same reqwest::Client, in-process server, medians of 5 alternating runs)\n");
        println!("| call | concurrency | generated req/s | baseline req/s | ratio | generated CPU µs/req | baseline CPU µs/req |");
        println!("|---|---|---|---|---|---|---|");
        for (call, label, totals) in [(Call::Retrieve, "retrieve room (small body)", [2000, 12800]), (Call::List250, "list 250 rooms (large body)", [300, 1280])] {
            for (concurrency, total) in [1usize, 64].into_iter().zip(totals) {
                // Warm up the pool and the code paths.
                run(Side::Generated, call, concurrency, total / 4, &client, &http, &base).await;
                run(Side::Baseline, call, concurrency, total / 4, &client, &http, &base).await;
                let (mut g_rps, mut g_cpu, mut b_rps, mut b_cpu) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
                for _ in 0..5 {
                    let (r, c) = run(Side::Generated, call, concurrency, total, &client, &http, &base).await;
                    g_rps.push(r);
                    g_cpu.push(c);
                    let (r, c) = run(Side::Baseline, call, concurrency, total, &client, &http, &base).await;
                    b_rps.push(r);
                    b_cpu.push(c);
                }
                let (g, b) = (median(g_rps), median(b_rps));
                println!("| {label} | {concurrency} | {g:.0} | {b:.0} | {:.2}x | {:.0} | {:.0} |", g / b, median(g_cpu), median(b_cpu));
            }
        }
    });

    println!("\n## Decode only (250-room page from bytes; median of 9 samples)\n");
    println!("| decoder | time per page | ratio to baseline (speed) |");
    println!("|---|---|---|");
    let raw = RawResponse::new(
        reqwest::StatusCode::OK,
        reqwest::header::HeaderMap::new(),
        page_body.clone(),
    );
    let generated = time_decode(200, || {
        let page = raw.clone().page::<Room, PaginationMeta>().unwrap();
        assert_eq!(page.data.data.len(), 250);
    });
    let baseline = time_decode(200, || {
        let page: BasePage = serde_json::from_slice(&page_body).unwrap();
        assert_eq!(page.data.len(), 250);
    });
    let value = time_decode(200, || {
        let page: Value = serde_json::from_slice(&page_body).unwrap();
        assert_eq!(page["data"].as_array().unwrap().len(), 250);
    });
    // The API ahead of the spec: three fields per room the models do not know, kept as JSON.
    let mut ahead = page.clone();
    for room in ahead["data"].as_array_mut().unwrap() {
        room["beta_region"] = json!("eu-2");
        room["beta_limits"] = json!({"max_streams": 4, "tiers": ["a", "b"]});
        room["beta_flag"] = json!(true);
    }
    let ahead_body = Bytes::from(serde_json::to_vec(&ahead).unwrap());
    let ahead_raw = RawResponse::new(
        reqwest::StatusCode::OK,
        reqwest::header::HeaderMap::new(),
        ahead_body.clone(),
    );
    let generated_ahead = time_decode(200, || {
        let page = ahead_raw.clone().page::<Room, PaginationMeta>().unwrap();
        assert_eq!(page.data.data[0].extra.len(), 3);
    });
    let baseline_ahead = time_decode(200, || {
        let page: BasePage = serde_json::from_slice(&ahead_body).unwrap();
        assert_eq!(page.data.len(), 250);
    });
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "| generated models (Uuid, DateTime, enums) | {:.0} µs | {:.2}x |",
        us(generated),
        us(baseline) / us(generated)
    );
    println!(
        "| generated models, 3 unknown fields per room kept | {:.0} µs | {:.2}x of baseline on the same body ({:.0} µs) |",
        us(generated_ahead),
        us(baseline_ahead) / us(generated_ahead),
        us(baseline_ahead)
    );
    println!(
        "| baseline plain structs (Strings) | {:.0} µs | 1.00x |",
        us(baseline)
    );
    println!(
        "| serde_json::Value | {:.0} µs | {:.2}x |",
        us(value),
        us(baseline) / us(value)
    );
}
