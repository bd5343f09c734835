//! Generation speed: load + generate (no file writes, no rustfmt) for our Video spec, Telnyx's
//! upstream file and a synthetic 1,000-operation spec. Prints a markdown table of the median and
//! spread over many runs. Run with `cargo bench -p codegen --bench generate` (or `cargo xtask bench`).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use codegen::{Config, DocMode, Options};

fn measure(
    label: &str,
    runs: usize,
    spec_path: &Path,
    bytes: &[u8],
    config: &Config,
) -> (String, Duration) {
    let options = Options {
        source_name: "bench".into(),
        docs: DocMode::Full,
        rustfmt: false,
    };
    let mut times = Vec::with_capacity(runs);
    let mut size = (0, 0);
    for _ in 0..runs {
        let started = Instant::now();
        let generated =
            codegen::generate_bytes(spec_path, bytes, config, &options).expect("generates");
        times.push(started.elapsed());
        size = (
            generated.operation_count(),
            generated
                .files
                .iter()
                .map(|f| f.contents.lines().count())
                .sum::<usize>(),
        );
    }
    times.sort();
    let median = times[runs / 2];
    let (p10, p90) = (times[runs / 10], times[runs * 9 / 10]);
    let row = format!(
        "| {label} | {} | {} | {runs} | {:.2} ms | {:.2} – {:.2} ms |",
        size.0,
        size.1,
        ms(median),
        ms(p10),
        ms(p90)
    );
    (row, median)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    // `cargo test --all-targets` runs bench targets too, without `--bench`: only check they start.
    if !std::env::args().any(|a| a == "--bench") {
        println!("benchmark skipped: run it with `cargo bench` or `cargo xtask bench`");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned();
    let config = Config::from_file(&root.join("spec/codegen.toml")).unwrap();
    let mut all = config.clone();
    all.select.all = true;
    let upstream = std::env::var_os("TELNYX_UPSTREAM_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/upstream"));
    let ours = root.join("spec/telnyx-video.yaml");
    let theirs = upstream.join("telnyx-video.yml");
    let synthetic = serde_json::to_vec(&codegen::synthetic::spec(100)).unwrap();

    println!("## Generation (load + generate, no writes, no rustfmt)\n");
    println!("| spec | operations | lines out | runs | median | p10 – p90 |");
    println!("|---|---|---|---|---|---|");
    let (row, video) = measure(
        "spec/telnyx-video.yaml",
        101,
        &ours,
        &std::fs::read(&ours).unwrap(),
        &config,
    );
    println!("{row}");
    match std::fs::read(&theirs) {
        Ok(bytes) => println!(
            "{}",
            measure("upstream telnyx-video.yml", 101, &theirs, &bytes, &config).0
        ),
        Err(_) => println!(
            "| upstream telnyx-video.yml | not found at {} | | | | |",
            theirs.display()
        ),
    }
    let (row, big) = measure(
        "synthetic, 1,000 operations",
        11,
        Path::new("synthetic.json"),
        &synthetic,
        &all,
    );
    println!("{row}");
    println!(
        "\nBudgets: Video spec {:.1} ms of 50 ms ({}); 1,000 operations {:.0} ms of 1,500 ms ({}).",
        ms(video),
        verdict(video, Duration::from_millis(50)),
        ms(big),
        verdict(big, Duration::from_millis(1500))
    );
}

fn verdict(measured: Duration, budget: Duration) -> &'static str {
    if measured <= budget { "met" } else { "missed" }
}
