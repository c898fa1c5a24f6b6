//! The log never stalls the server: the real binary writes its log to a pipe that nobody
//! reads, so the kernel's pipe buffer fills and the log writer thread blocks in `write`.
//! Requests must still be answered promptly (the writer drops lines past its 4 MiB of
//! pending bytes instead of making request threads wait), and once the pipe is read
//! again the server says how many lines it dropped, in the log and in the
//! `onezone_log_lines_dropped_total` metric.

mod common;

use common::binary;
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, ChildStderr, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A request's answer may take this long at most: generous on a loaded 2-core machine,
/// far below what a request stuck behind a full pipe would take (forever).
const PROMPT: Duration = Duration::from_secs(2);

/// Requests with a long path: each writes a request line of more than `PATH_BYTES`
/// (the path is logged), so `REQUESTS` of them are far more than the writer's 4 MiB of
/// pending bytes plus the pipe's 64 KiB.
const REQUESTS: usize = 1500;
const PATH_BYTES: usize = 8 * 1024;

/// A `serve` process whose stderr is a pipe this test holds but does not read.
struct Server {
    child: Child,
    stderr: Option<ChildStderr>,
    url: String,
    metrics_url: String,
}

impl Server {
    fn start(data_dir: &std::path::Path) -> Server {
        let mut child = Command::new(binary())
            .args(["serve", "--no-tls", "--listen", "127.0.0.1:0"])
            .args(["--metrics-listen", "127.0.0.1:0", "--data-dir"])
            .arg(data_dir)
            .env("RUST_LOG", "info")
            .env("ONEZONE_ADMIN_PASSWORD", "admin-pw")
            .env_remove("ONEZONE_DATABASE_URL")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let (mut url, mut metrics_url) = (None, None);
        while url.is_none() {
            let line = match lines.next() {
                Some(line) => line.unwrap(),
                None => panic!("serve exited: {:?}", child.wait()),
            };
            if let Some(rest) = line.strip_prefix("metrics on ") {
                metrics_url = Some(rest.to_owned());
            } else if let Some(rest) = line.strip_prefix("onezone-tokens serving ") {
                url = Some(rest.to_owned());
            }
        }
        let stderr = child.stderr.take();
        Server {
            child,
            stderr,
            url: url.unwrap(),
            metrics_url: metrics_url.expect("serve prints the metrics URL before serving"),
        }
    }

    /// Starts reading the log: every line, as it comes, on the returned channel.
    fn drain_log(&mut self) -> mpsc::Receiver<String> {
        let stderr = self.stderr.take().unwrap();
        let (lines_tx, lines_rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stderr);
            let mut line = Vec::new();
            while let Ok(read) = reader.by_ref().read_until(b'\n', &mut line) {
                if read == 0
                    || lines_tx
                        .send(String::from_utf8_lossy(&line).into())
                        .is_err()
                {
                    return;
                }
                line.clear();
            }
        });
        lines_rx
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_log_pipe_nobody_reads_never_stalls_requests() {
    let dir = tempfile::TempDir::new().unwrap();
    let mut server = Server::start(&dir.path().join("data"));
    // A timeout per request, so that a stalled server fails the test instead of hanging it.
    let client = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let long_path = format!("{}/{}", server.url, "p".repeat(PATH_BYTES));
    let health = format!("{}/health", server.url);

    let mut slowest = Duration::ZERO;
    for request in 0..REQUESTS {
        for (url, expected) in [(&long_path, 404), (&health, 200)] {
            let started = Instant::now();
            let answer = client.get(url).send().await;
            let took = started.elapsed();
            let answer = answer.unwrap_or_else(|e| {
                panic!("request {request} failed after {took:?} (the log blocked it?): {e}")
            });
            assert_eq!(answer.status(), expected, "request {request}");
            answer.bytes().await.unwrap();
            assert!(
                took < PROMPT,
                "request {request} took {took:?}: the full log pipe held it"
            );
            slowest = slowest.max(took);
        }
    }
    eprintln!(
        "{} requests, the slowest answered in {slowest:?}",
        2 * REQUESTS
    );

    // Read the pipe: the lines that waited come out, then the report of the dropped ones.
    let log = server.drain_log();
    let deadline = Instant::now() + Duration::from_secs(10);
    let (mut request_lines, mut dropped_report) = (0usize, None);
    while dropped_report.is_none() {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = log
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("no \"dropped N log lines\" line within 10 s"));
        if line.contains(": request ") {
            request_lines += 1;
        } else if line.contains("dropped ") && line.contains(" log lines") {
            dropped_report = Some(line);
        }
    }
    let report = dropped_report.unwrap();
    let dropped: u64 = report
        .split("dropped ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count in {report:?}"));
    eprintln!(
        "{request_lines} request lines came through, then: {}",
        report.trim_end()
    );
    assert!(dropped > 0, "{report}");
    assert!(
        request_lines < 2 * REQUESTS,
        "{request_lines} request lines arrived: nothing was dropped"
    );
    assert!(
        request_lines > 100,
        "only {request_lines} request lines arrived before the report"
    );

    // The metric counts what the line reported (and maybe more since).
    let scrape = client
        .get(&server.metrics_url)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let counted: f64 = scrape
        .lines()
        .find_map(|line| line.strip_prefix("onezone_log_lines_dropped_total "))
        .unwrap_or_else(|| panic!("no onezone_log_lines_dropped_total in\n{scrape}"))
        .trim()
        .parse()
        .unwrap();
    assert!(
        counted >= dropped as f64,
        "the metric says {counted}, the log {dropped}"
    );

    // And the server still answers, with its log flowing again.
    let answer = client.get(&health).send().await.unwrap();
    assert_eq!(answer.status(), 200);
}
