//! Soak: 200 concurrent keep-alive connections mixing valid and invalid requests for 30 s
//! against a release server. Only expected statuses, and the server's memory at the end
//! within 20% of its memory once settled (the largest sample from 5 to 15 s into the load,
//! after the warm-up). Run by scripts/soak:
//! `cargo test --release --test soak -- --ignored --nocapture`.

mod common;

use common::{Served, run_cli};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const CONNECTIONS: usize = 200;
const WARM_UP: Duration = Duration::from_secs(5);
const SOAK: Duration = Duration::from_secs(30);
/// How long into the soak the memory baseline is taken.
const SETTLE: Duration = Duration::from_secs(5);
/// How long after SETTLE the settled working set is read (its largest sample); the rest of
/// the soak, 15 s, shows any growth after it.
const SETTLE_WINDOW: Duration = Duration::from_secs(10);

fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a 35 s soak; scripts/soak runs it in release mode"]
async fn two_hundred_connections_for_thirty_seconds() {
    let dir = tempfile::TempDir::new().unwrap();
    let data = dir.path().join("data");
    let server = Served::start(
        &data,
        &[
            "--no-tls",
            "--mint-rate",
            "0",
            "--join-rate",
            "0",
            "--failed-login-rate",
            "0",
            // The 200 connections stand for 200 clients but share one address: without these
            // the per-address bounds (tests/limits.rs) would refuse most of them, and the
            // forged tokens would spend the address's allowance for the valid ones too.
            "--failed-login-rate-per-address",
            "0",
            "--max-connections-per-address",
            "256",
            // Longer than the soak: with the default 10 s, now and then (5 in a million
            // requests) a client reused a keep-alive connection the header timeout was
            // closing ("connection closed before message completed"), even with its pool
            // dropping idle connections after 5 s; with 60 s, none in four runs. The soak is
            // about statuses and memory under load, not that race (tests/limits.rs covers
            // the header timeout).
            "--header-timeout",
            "60",
        ],
        Some("soak-admin"),
    );
    let url = server.url.clone();
    let tokens: Vec<String> = (0..10)
        .map(|_| {
            run_cli(&data, &["token", "issue", "admin"], None)
                .success()
                .trim()
                .to_owned()
        })
        .collect();

    // (request kind, expected status)
    let statuses: Arc<Mutex<BTreeMap<(&'static str, u16), u64>>> = Arc::default();
    let unexpected: Arc<Mutex<Vec<String>>> = Arc::default();
    let stop_at = Instant::now() + WARM_UP + SOAK;
    let mut clients = tokio::task::JoinSet::new();
    for index in 0..CONNECTIONS {
        let (url, token) = (url.clone(), tokens[index % tokens.len()].clone());
        let (statuses, unexpected) = (statuses.clone(), unexpected.clone());
        clients.spawn(async move {
            // One client per task with one pooled connection: 200 keep-alive connections.
            // Idle connections leave its pool after 5 s, before the server's 10 s header
            // timeout closes them: reusing one the server is closing at that moment fails
            // with "connection closed before message completed" (the keep-alive race of
            // RFC 9112, section 9.3.1, which a client avoids this way). Its pool now and
            // then holds a second connection, idle while the first is in use.
            let http = reqwest::Client::builder()
                .no_proxy()
                .pool_max_idle_per_host(1)
                .pool_idle_timeout(Duration::from_secs(5))
                .build()
                .unwrap();
            let mut turn = index;
            while Instant::now() < stop_at {
                turn += 1;
                let (kind, expected, request) = match turn % 6 {
                    0 | 1 => (
                        "mint",
                        200,
                        http.get(format!("{url}/user/spaces/token"))
                            .header("X-Auth-Token", &token),
                    ),
                    2 => (
                        "forged token",
                        401,
                        http.get(format!("{url}/user/spaces/token"))
                            .header("X-Auth-Token", "MDAxNWxvY2F0aW9uIG9uZXpvbmUK"),
                    ),
                    3 => (
                        "unknown path",
                        404,
                        http.get(format!("{url}/user/spaces/token/x")),
                    ),
                    4 => (
                        "broken basic",
                        400,
                        http.get(format!("{url}/user/spaces"))
                            .header("Authorization", "Basic !!"),
                    ),
                    _ => (
                        "bad join",
                        400,
                        http.post(format!("{url}/user/spaces/join"))
                            .header("X-Auth-Token", &token)
                            .header("Content-Type", "application/json")
                            .body("{\"token\": 7}"),
                    ),
                };
                match request.send().await {
                    Ok(response) => {
                        let status = response.status().as_u16();
                        let _ = response.bytes().await;
                        *statuses.lock().unwrap().entry((kind, status)).or_default() += 1;
                        if status != expected {
                            unexpected.lock().unwrap().push(format!("{kind}: {status}"));
                        }
                    }
                    Err(error) => {
                        // The whole chain: reqwest's own message names only the URL.
                        let mut text = format!("{kind}: {error}");
                        let mut source = std::error::Error::source(&error);
                        while let Some(cause) = source {
                            text.push_str(&format!(": {cause}"));
                            source = cause.source();
                        }
                        unexpected.lock().unwrap().push(text)
                    }
                }
            }
        });
    }
    // The working set settles a few seconds into the load (per-connection buffers of all
    // 200 connections at their working size: 14 → 19.5 MiB, then flat for the rest of the
    // run); growth is measured from there, so that only growth *over time* fails. How soon
    // it settles varies (one CI run still read 17.3 MiB at 10 s, then stayed at 21 MiB), so
    // the settled figure is the largest sample of SETTLE_WINDOW, not one sample.
    tokio::time::sleep(WARM_UP + SETTLE).await;
    let window_ends = Instant::now() + SETTLE_WINDOW;
    let mut warm = rss_kib(server.pid());
    let mut peak = warm;
    while Instant::now() < stop_at {
        tokio::time::sleep(Duration::from_secs(1)).await;
        let rss = rss_kib(server.pid());
        if Instant::now() < window_ends {
            warm = warm.max(rss);
        }
        peak = peak.max(rss);
    }
    while clients.join_next().await.is_some() {}
    let end = rss_kib(server.pid());
    server.terminate();

    let counts = statuses.lock().unwrap().clone();
    let total: u64 = counts.values().sum();
    eprintln!(
        "soak: {total} requests in {:?} over {CONNECTIONS} connections",
        WARM_UP + SOAK
    );
    for ((kind, status), count) in &counts {
        eprintln!("  {kind:>14} -> {status}: {count}");
    }
    eprintln!(
        "soak: RSS settled {warm} KiB, peak {peak} KiB, at the end {end} KiB ({:.2} of settled)",
        end as f64 / warm as f64
    );
    let unexpected = unexpected.lock().unwrap();
    assert!(
        unexpected.is_empty(),
        "{} unexpected answers, e.g. {:?}",
        unexpected.len(),
        &unexpected[..unexpected.len().min(5)]
    );
    assert!(total > 10_000, "too few requests to say anything: {total}");
    assert!(
        end as f64 <= warm as f64 * 1.2,
        "memory grew from {warm} KiB to {end} KiB"
    );
}
