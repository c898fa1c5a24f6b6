//! Prometheus metrics on their own listener (`serve --metrics-listen`): a scenario runs
//! against the real binary over HTTPS, then the scrape is parsed by the Prometheus Python
//! client's own parser (`prometheus-client`, installed into .venv by scripts/test) and
//! every count the scenario produced is checked.

mod common;

use common::{Served, python, run_cli};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};
use tokio::io::AsyncWriteExt;

/// The Prometheus Python client's parser, over the scraped text: every sample as
/// `{"name", "labels", "value"}`, and each family's type.
const PARSE: &str = r#"
import json, sys
from prometheus_client.parser import text_string_to_metric_families
families = {}
samples = []
for family in text_string_to_metric_families(sys.stdin.read()):
    families[family.name] = family.type
    for sample in family.samples:
        samples.append({"name": sample.name, "labels": sample.labels, "value": sample.value})
print(json.dumps({"families": families, "samples": samples}))
"#;

struct Scrape {
    families: BTreeMap<String, String>,
    samples: Vec<Value>,
}

impl Scrape {
    fn parse(text: &str) -> Scrape {
        let python = python();
        let mut child = Command::new(&python)
            .args(["-c", PARSE])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {python:?}: {e}"));
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "the Prometheus parser refused the scrape (or prometheus-client is not installed: \
             run scripts/test or set ONEZONE_TEST_PYTHON): {}\n{text}",
            String::from_utf8_lossy(&output.stderr)
        );
        let parsed: Value = serde_json::from_slice(&output.stdout).unwrap();
        Scrape {
            families: serde_json::from_value(parsed["families"].clone()).unwrap(),
            samples: parsed["samples"].as_array().unwrap().clone(),
        }
    }

    /// The value of the sample with this name and exactly these labels; 0 when absent.
    fn value(&self, name: &str, labels: Value) -> f64 {
        self.samples
            .iter()
            .find(|s| s["name"] == name && s["labels"] == labels)
            .map_or(0.0, |s| s["value"].as_f64().unwrap())
    }

    fn assert_value(&self, name: &str, labels: Value, expected: f64) {
        assert_eq!(
            self.value(name, labels.clone()),
            expected,
            "{name} {labels}"
        );
    }

    /// Every label value of `label` among the samples called `name`.
    fn label_values(&self, name: &str, label: &str) -> Vec<String> {
        self.samples
            .iter()
            .filter(|s| s["name"] == name)
            .filter_map(|s| s["labels"][label].as_str().map(str::to_owned))
            .collect()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scenario_is_counted_on_the_metrics_listener() {
    let dir = tempfile::TempDir::new().unwrap();
    let data = dir.path().join("data");
    let admin_password = common::random_password();
    let server = Served::start(
        &data,
        &["--metrics-listen", "127.0.0.1:0"],
        Some(&admin_password),
    );
    let metrics_url = server
        .stdout_lines
        .iter()
        .find_map(|line| line.strip_prefix("metrics on "))
        .expect("serve prints the metrics URL")
        .to_owned();
    assert!(metrics_url.starts_with("http://127.0.0.1:") && metrics_url.ends_with("/metrics"));
    let url = server.url.clone();
    let pem = std::fs::read(data.join("tls/cert.pem")).unwrap();
    let http = reqwest::Client::builder()
        .no_proxy()
        .tls_built_in_root_certs(false)
        .add_root_certificate(reqwest::Certificate::from_pem(&pem).unwrap())
        .build()
        .unwrap();
    let bob = "bob-password-1";
    let carol = "carol-password-1";
    for (name, password) in [("bob", bob), ("carol", carol)] {
        run_cli(
            &data,
            &["user", "add", name, "--password-stdin"],
            Some(&format!("{password}\n")),
        )
        .success();
    }

    // 3 invitations minted.
    let mut invitations = Vec::new();
    for _ in 0..3 {
        let answer = http
            .get(format!("{url}/user/spaces/token"))
            .basic_auth("admin", Some(&admin_password))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 200);
        let body: Value = answer.json().await.unwrap();
        invitations.push(body["token"].as_str().unwrap().to_owned());
    }
    // Joins: success, already a member, already used, not a token of ours.
    let join = |user: &'static str, password: &'static str, token: String| {
        let (http, url) = (http.clone(), url.clone());
        async move {
            http.post(format!("{url}/user/spaces/join"))
                .basic_auth(user, Some(password))
                .json(&json!({ "token": token }))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(join("bob", bob, invitations[0].clone()).await, 201);
    assert_eq!(join("bob", bob, invitations[1].clone()).await, 409);
    assert_eq!(join("carol", carol, invitations[0].clone()).await, 400);
    assert_eq!(join("carol", carol, "abc".to_owned()).await, 400);
    // Authentication failures: 2 wrong passwords, 1 request without credentials, 1 bad token.
    let spaces = format!("{url}/user/spaces");
    for _ in 0..2 {
        let answer = http.get(&spaces).basic_auth("bob", Some("wrong")).send();
        assert_eq!(answer.await.unwrap().status(), 401);
    }
    assert_eq!(http.get(&spaces).send().await.unwrap().status(), 401);
    let answer = http
        .get(&spaces)
        .header("X-Auth-Token", "not-a-token")
        .send();
    assert_eq!(answer.await.unwrap().status(), 401);
    // Paths with ids and unknown paths: labelled by operation, never by path.
    let answer = http
        .get(format!(
            "{url}/user/spaces/0123456789abcdef0123456789abcdef"
        ))
        .basic_auth("bob", Some(bob))
        .send();
    assert_eq!(answer.await.unwrap().status(), 404);
    for path in ["/no/such/path/1", "/no/such/path/2", "/metrics"] {
        let answer = http.get(format!("{url}{path}")).send().await.unwrap();
        assert_eq!(answer.status(), 404, "{path} on the API port");
    }
    // /metrics is not on the API port, even outside the base path.
    let root = url.trim_end_matches("/api/v3/onezone");
    let answer = http.get(format!("{root}/metrics")).send().await.unwrap();
    assert_eq!(answer.status(), 404);
    // A TLS handshake that fails: plain text to the HTTPS port.
    let mut stream = tokio::net::TcpStream::connect(common::socket_addr(&url))
        .await
        .unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut rest = Vec::new();
    let _ = tokio::io::AsyncReadExt::read_to_end(&mut stream, &mut rest).await;

    let scrape = reqwest::Client::builder()
        .no_proxy()
        .build()
        .unwrap()
        .get(&metrics_url)
        .send()
        .await
        .unwrap();
    assert_eq!(scrape.status(), 200);
    let content_type = scrape.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    let text = scrape.text().await.unwrap();
    let scrape = Scrape::parse(&text);

    for (family, kind) in [
        ("onezone_http_requests", "counter"),
        ("onezone_http_request_duration_seconds", "histogram"),
        ("onezone_invitations_minted", "counter"),
        ("onezone_joins", "counter"),
        ("onezone_authentication_failures", "counter"),
        ("onezone_argon2_checks_waiting", "gauge"),
        ("onezone_argon2_checks_running", "gauge"),
        ("onezone_store_errors", "counter"),
        ("onezone_tls_handshake_failures", "counter"),
        ("onezone_open_connections", "gauge"),
        ("onezone_log_lines_dropped", "counter"),
    ] {
        assert_eq!(
            scrape.families.get(family).map(String::as_str),
            Some(kind),
            "{family} in {:?}",
            scrape.families
        );
    }
    let requests = "onezone_http_requests_total";
    scrape.assert_value(
        requests,
        json!({"operation": "GetUserSpaceToken", "status": "200"}),
        3.0,
    );
    scrape.assert_value(
        requests,
        json!({"operation": "JoinSpace", "status": "201"}),
        1.0,
    );
    scrape.assert_value(
        requests,
        json!({"operation": "JoinSpace", "status": "409"}),
        1.0,
    );
    scrape.assert_value(
        requests,
        json!({"operation": "JoinSpace", "status": "400"}),
        2.0,
    );
    scrape.assert_value(
        requests,
        json!({"operation": "GetUserSpaces", "status": "401"}),
        4.0,
    );
    scrape.assert_value(
        requests,
        json!({"operation": "GetUserSpace", "status": "404"}),
        1.0,
    );
    scrape.assert_value(
        requests,
        json!({"operation": "unknown", "status": "404"}),
        4.0,
    );
    // Bounded labels: operation ids and the fixed ones, never a path.
    for operation in scrape.label_values(requests, "operation") {
        assert!(
            !operation.contains('/') && operation.chars().all(|c| c.is_ascii_alphabetic()),
            "{operation}"
        );
    }
    let count = "onezone_http_request_duration_seconds_count";
    scrape.assert_value(count, json!({"operation": "GetUserSpaceToken"}), 3.0);
    scrape.assert_value(count, json!({"operation": "JoinSpace"}), 4.0);
    let infinite = "onezone_http_request_duration_seconds_bucket";
    scrape.assert_value(
        infinite,
        json!({"operation": "JoinSpace", "le": "+Inf"}),
        4.0,
    );
    assert!(
        scrape.value(
            "onezone_http_request_duration_seconds_sum",
            json!({"operation": "JoinSpace"})
        ) > 0.0
    );

    scrape.assert_value("onezone_invitations_minted_total", json!({}), 3.0);
    let joins = "onezone_joins_total";
    scrape.assert_value(joins, json!({"outcome": "success"}), 1.0);
    scrape.assert_value(joins, json!({"outcome": "already_member"}), 1.0);
    scrape.assert_value(joins, json!({"outcome": "already_used"}), 1.0);
    scrape.assert_value(joins, json!({"outcome": "invalid_token"}), 1.0);
    scrape.assert_value(joins, json!({"outcome": "revoked"}), 0.0);
    let failures = "onezone_authentication_failures_total";
    scrape.assert_value(failures, json!({"kind": "invalid_credentials"}), 2.0);
    scrape.assert_value(failures, json!({"kind": "unauthorized"}), 1.0);
    scrape.assert_value(failures, json!({"kind": "invalid_token"}), 1.0);
    scrape.assert_value(failures, json!({"kind": "too_many_requests"}), 0.0);
    scrape.assert_value(
        "onezone_tls_handshake_failures_total",
        json!({"reason": "error"}),
        1.0,
    );
    scrape.assert_value(
        "onezone_store_errors_total",
        json!({"kind": "unavailable"}),
        0.0,
    );
    scrape.assert_value(
        "onezone_store_errors_total",
        json!({"kind": "backend"}),
        0.0,
    );
    // Nothing waits or runs now; the scrape's own connection is not on the API listener.
    scrape.assert_value("onezone_argon2_checks_waiting", json!({}), 0.0);
    scrape.assert_value("onezone_argon2_checks_running", json!({}), 0.0);
    let open = scrape.value("onezone_open_connections", json!({}));
    assert!((0.0..=4.0).contains(&open), "{open}");
    scrape.assert_value("onezone_log_lines_dropped_total", json!({}), 0.0);

    // Only /metrics on the metrics listener; JSON errors elsewhere.
    let other = metrics_url.replace("/metrics", "/api/v3/onezone/user/spaces/token");
    let answer = reqwest::Client::builder()
        .no_proxy()
        .build()
        .unwrap()
        .get(other)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 404);
    assert_eq!(answer.headers()["content-type"], "application/json");
    server.terminate();
}

#[test]
fn metrics_are_off_without_the_flag() {
    let dir = tempfile::TempDir::new().unwrap();
    let server = Served::start(&dir.path().join("data"), &["--no-tls"], None);
    assert!(
        !server
            .stdout_lines
            .iter()
            .any(|l| l.starts_with("metrics on")),
        "{:?}",
        server.stdout_lines
    );
    server.terminate();
}
