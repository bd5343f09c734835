//! Client overhead against the raw transport: the generated client and a hand-written baseline
//! (reqwest + serde_json into plain structs, the floor for this transport) send the same request
//! through the same `reqwest::Client` (one connection pool) to an in-process server returning
//! fixed bodies. Also decode-only: a 250-room page from bytes, generated models vs the baseline
//! structs vs `serde_json::Value`.
//!
//! The baseline sends the very request the generated client sends (the same headers: user
//! agent, `accept`, `x-retry-count`, bearer token), so the figures compare the work of making
//! and reading it, not the size of the request.
//!
//! Client and server share one thread (a current-thread runtime): what is measured is the work
//! of each side, not how the OS schedules wakeups between threads, which on a 2-core machine
//! varies more between runs than the gap being measured. Each figure is a ratio of paired
//! rounds (generated then baseline, then the other way round), reported as the median with
//! its min-max over the rounds.
//!
//! Prints markdown tables; with `BENCH_FIGURES=<file>`, also appends one line per figure (its
//! name, a tab, its samples comma-separated) for `cargo xtask bench`, which checks them against
//! the budgets. Run with `cargo bench -p telnyx-video --bench overhead` (or `cargo xtask bench`).

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
/// What the generated client sends as its user agent.
const USER_AGENT: &str = concat!("telnyx-video-rust/", env!("CARGO_PKG_VERSION"));

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
                .header("user-agent", USER_AGENT)
                .header("accept", "application/json")
                .header("x-retry-count", "0")
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
                .header("user-agent", USER_AGENT)
                .header("accept", "application/json")
                .header("x-retry-count", "0")
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

/// Requests per second for `total` requests at `concurrency`.
async fn run(
    side: Side,
    call: Call,
    concurrency: usize,
    total: usize,
    client: &Client,
    http: &reqwest::Client,
    base: &str,
) -> f64 {
    let started = Instant::now();
    let per_worker = total / concurrency;
    join_all((0..concurrency).map(|_| async {
        for _ in 0..per_worker {
            one(side, call, client, http, base).await;
        }
    }))
    .await;
    (per_worker * concurrency) as f64 / started.elapsed().as_secs_f64()
}

/// Median, min and max.
fn spread(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    (
        values[values.len() / 2],
        values[0],
        values[values.len() - 1],
    )
}

/// Appends a figure's samples for `cargo xtask bench` when it asked for them.
fn record(name: &str, samples: &[f64]) {
    if let Some(file) = std::env::var_os("BENCH_FIGURES") {
        use std::io::Write;
        let mut out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(file)
            .unwrap();
        let samples: Vec<String> = samples.iter().map(f64::to_string).collect();
        writeln!(out, "{name}\t{}", samples.join(",")).unwrap();
    }
}

/// Time per call of `f`, in paired rounds against `baseline`: the ratios baseline/f (speed
/// relative to the baseline) and the median times.
fn paired_decode(
    rounds: usize,
    iterations: usize,
    mut f: impl FnMut(),
    mut baseline: impl FnMut(),
) -> (Vec<f64>, Duration, Duration) {
    let time = |g: &mut dyn FnMut()| {
        let started = Instant::now();
        for _ in 0..iterations {
            g();
        }
        started.elapsed() / iterations as u32
    };
    let (mut ratios, mut ours, mut theirs) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..rounds {
        let (a, b) = if round % 2 == 0 {
            let a = time(&mut f);
            (a, time(&mut baseline))
        } else {
            let b = time(&mut baseline);
            (time(&mut f), b)
        };
        ratios.push(b.as_secs_f64() / a.as_secs_f64());
        ours.push(a);
        theirs.push(b);
    }
    ours.sort();
    theirs.sort();
    (ratios, ours[rounds / 2], theirs[rounds / 2])
}

fn main() {
    // `cargo test --all-targets` runs bench targets too, without `--bench`: only check they start.
    if !std::env::args().any(|a| a == "--bench") {
        println!("benchmark skipped: run it with `cargo bench` or `cargo xtask bench`");
        return;
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let one_body = Bytes::from(serde_json::to_vec(&json!({"data": room(0)})).unwrap());
    let page = json!({"data": (0..250).map(room).collect::<Vec<_>>(), "meta": {"page_number": 1, "page_size": 250, "total_pages": 1, "total_results": 250}});
    let page_body = Bytes::from(serde_json::to_vec(&page).unwrap());
    let args: Vec<String> = std::env::args().collect();

    // The two decoders of a 250-room page.
    let raw = RawResponse::new(
        reqwest::StatusCode::OK,
        reqwest::header::HeaderMap::new(),
        page_body.clone(),
    );
    let generated_decode = || {
        let page = raw.clone().page::<Room, PaginationMeta>().unwrap();
        assert_eq!(page.data.data.len(), 250);
    };
    let base_decode = || {
        let page: BasePage = serde_json::from_slice(&page_body).unwrap();
        assert_eq!(page.data.len(), 250);
    };
    // `--decode generated|baseline <n>`: one decoder alone, n pages, for profiling.
    if let Some(at) = args.iter().position(|a| a == "--decode") {
        let n: usize = args[at + 2].parse().unwrap();
        let decode: &dyn Fn() = if args[at + 1] == "generated" {
            &generated_decode
        } else {
            &base_decode
        };
        (0..n).for_each(|_| decode());
        return;
    }
    // `--decode-only` skips the transport part (the decode table alone, for quick comparisons).
    let decode_only = args.iter().any(|a| a == "--decode-only");
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

        // `--only generated|baseline retrieve|list <concurrency>`: one side alone, for profiling.
        if let Some(at) = args.iter().position(|a| a == "--only") {
            let side = if args[at + 1] == "generated" { Side::Generated } else { Side::Baseline };
            let call = if args[at + 2] == "retrieve" { Call::Retrieve } else { Call::List250 };
            let concurrency: usize = args[at + 3].parse().unwrap();
            let total = if matches!(call, Call::Retrieve) { 20_000 } else { 2_000 };
            let rps = run(side, call, concurrency, total, &client, &http, &base).await;
            println!("{rps:.0} req/s");
            std::process::exit(0);
        }
        const ROUNDS: usize = 15;
        println!("## Client overhead (same reqwest::Client, in-process server on the same thread, {ROUNDS} paired rounds)\n");
        println!("| call | concurrency | generated req/s | baseline req/s | ratio (median) | ratio min - max |");
        println!("|---|---|---|---|---|---|");
        for (call, label, key, totals) in [(Call::Retrieve, "retrieve room (small body)", "small", [1500, 6400]), (Call::List250, "list 250 rooms (large body)", "large", [150, 640])] {
            for (concurrency, total) in [1usize, 64].into_iter().zip(totals) {
                // Warm up the pool and the code paths.
                run(Side::Generated, call, concurrency, total / 2, &client, &http, &base).await;
                run(Side::Baseline, call, concurrency, total / 2, &client, &http, &base).await;
                let (mut ratios, mut g_rps, mut b_rps) = (Vec::new(), Vec::new(), Vec::new());
                for round in 0..ROUNDS {
                    let order = if round % 2 == 0 { [Side::Generated, Side::Baseline] } else { [Side::Baseline, Side::Generated] };
                    let mut rps = [0.0; 2];
                    for side in order {
                        let slot = matches!(side, Side::Baseline) as usize;
                        rps[slot] = run(side, call, concurrency, total, &client, &http, &base).await;
                    }
                    ratios.push(rps[0] / rps[1]);
                    g_rps.push(rps[0]);
                    b_rps.push(rps[1]);
                }
                record(&format!("{key}_body_concurrency_{concurrency}"), &ratios);
                let ratio = spread(ratios);
                println!(
                    "| {label} | {concurrency} | {:.0} | {:.0} | {:.3}x | {:.3} - {:.3} |",
                    spread(g_rps).0, spread(b_rps).0, ratio.0, ratio.1, ratio.2
                );
            }
        }
    });

    const DECODE_ROUNDS: usize = 21;
    println!("\n## Decode only (250-room page from bytes; {DECODE_ROUNDS} paired rounds)\n");
    println!("| decoder | time per page | speed vs baseline (median) | min - max |");
    println!("|---|---|---|---|");
    let (ratios, generated, baseline) =
        paired_decode(DECODE_ROUNDS, 100, generated_decode, base_decode);
    record("decode", &ratios);
    let decode = spread(ratios);
    let (value_ratios, value, _) = paired_decode(
        DECODE_ROUNDS,
        100,
        || {
            let page: Value = serde_json::from_slice(&page_body).unwrap();
            assert_eq!(page["data"].as_array().unwrap().len(), 250);
        },
        base_decode,
    );
    let value_ratio = spread(value_ratios);
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
    let (ahead_ratios, generated_ahead, baseline_ahead) = paired_decode(
        DECODE_ROUNDS,
        100,
        || {
            let page = ahead_raw.clone().page::<Room, PaginationMeta>().unwrap();
            assert_eq!(page.data.data[0].extra.len(), 3);
        },
        || {
            let page: BasePage = serde_json::from_slice(&ahead_body).unwrap();
            assert_eq!(page.data.len(), 250);
        },
    );
    let ahead_ratio = spread(ahead_ratios);
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "| generated models (Uuid, DateTime, enums) | {:.0} µs | {:.3}x | {:.3} - {:.3} |",
        us(generated),
        decode.0,
        decode.1,
        decode.2
    );
    println!(
        "| generated models, 3 unknown fields per room kept | {:.0} µs | {:.3}x of baseline on the same body ({:.0} µs) | {:.3} - {:.3} |",
        us(generated_ahead),
        ahead_ratio.0,
        us(baseline_ahead),
        ahead_ratio.1,
        ahead_ratio.2
    );
    println!(
        "| baseline plain structs (Strings) | {:.0} µs | 1.000x | |",
        us(baseline)
    );
    println!(
        "| serde_json::Value | {:.0} µs | {:.3}x | {:.3} - {:.3} |",
        us(value),
        value_ratio.0,
        value_ratio.1,
        value_ratio.2
    );
}
