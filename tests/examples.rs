//! The examples run as users run them: the embedding example serves its own route and the
//! API on one port; the generated Rust client runs the invitation scenario.

mod common;

use common::{Auth, TestApp, Transport};
use reqwest::Method;
use serde_json::json;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Builds an example (a no-op when `cargo test --all-targets` built it already) and
/// returns its path next to this test's own binary. It asks for the features this test was
/// built with: other features would rebuild the library beside the one the tests use, a
/// second copy on disk.
fn example(name: &str) -> PathBuf {
    let mut build = Command::new(env!("CARGO"));
    build.args(["build", "--quiet", "--example", name]);
    if cfg!(feature = "store-contract") {
        build.args(["--features", "store-contract"]);
    }
    let status = build
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap();
    assert!(status.success(), "cannot build example {name}");
    let deps = std::env::current_exe().unwrap();
    deps.parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples")
        .join(name)
}

#[tokio::test]
async fn the_embedding_example_serves_both_routes_on_one_port() {
    let dir = tempfile::TempDir::new().unwrap();
    let mut child = Command::new(example("embed"))
        .arg("127.0.0.1:0")
        .arg(dir.path().join("data"))
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("embedding example on ")
        .unwrap_or_else(|| panic!("unexpected output {line:?}"))
        .to_owned();
    let root = url.trim_end_matches("/api/v3/onezone").to_owned();
    let client = reqwest::Client::builder().no_proxy().build().unwrap();

    let health = client.get(format!("{root}/health")).send().await.unwrap();
    let host_route = (health.status(), health.text().await.unwrap());
    let minted = client
        .get(format!("{url}/user/spaces/token"))
        .basic_auth("admin", Some("password"))
        .send()
        .await
        .unwrap();
    let minted = (
        minted.status(),
        minted.json::<serde_json::Value>().await.unwrap(),
    );
    let api_error = client.get(format!("{url}/nope")).send().await.unwrap();
    let api_error = (
        api_error.status(),
        api_error.headers()["content-type"].clone(),
    );
    let other = client.get(format!("{root}/other")).send().await.unwrap();
    let other = other.status();
    child.kill().unwrap();
    child.wait().unwrap();

    assert_eq!(host_route, (reqwest::StatusCode::OK, "ok".to_owned()));
    assert_eq!(minted.0, 200, "{:?}", minted.1);
    assert!(minted.1["token"].as_str().unwrap().starts_with("MDAx"));
    assert_eq!(api_error.0, 404);
    assert_eq!(api_error.1, "application/json");
    assert_eq!(other, 404);
}

#[tokio::test]
async fn the_axum_example_mounts_the_api_and_hands_it_the_hosts_user() {
    let dir = tempfile::TempDir::new().unwrap();
    let mut child = Command::new(example("embed_axum"))
        .arg("127.0.0.1:0")
        .arg(dir.path().join("data"))
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut lines = [String::new(), String::new()];
    for line in &mut lines {
        stdout.read_line(line).unwrap();
    }
    let url = lines[0]
        .trim()
        .strip_prefix("embedding example on ")
        .unwrap_or_else(|| panic!("unexpected output {lines:?}"))
        .to_owned();
    let cookie = lines[1]
        .trim()
        .strip_prefix("demo session: ")
        .and_then(|rest| rest.strip_suffix(" (user alice)"))
        .unwrap_or_else(|| panic!("unexpected output {lines:?}"))
        .to_owned();
    let root = url.trim_end_matches("/api/v3/onezone").to_owned();
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let json = |response: reqwest::Response| async move {
        let status = response.status();
        let content_type = response.headers()["content-type"].clone();
        (
            status,
            content_type,
            response.json::<serde_json::Value>().await.unwrap(),
        )
    };

    let health = client.get(format!("{root}/health")).send().await.unwrap();
    let host_route = (health.status(), health.text().await.unwrap());
    let minted = json(
        client
            .get(format!("{url}/user/spaces/token"))
            .basic_auth("admin", Some("password"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    let api_error = json(client.get(format!("{url}/nope")).send().await.unwrap()).await;
    let token = minted.2["token"].as_str().unwrap_or_default().to_owned();
    // Alice, through the host's session (no credentials of the API), joins admin's space.
    let joined = json(
        client
            .post(format!("{url}/user/spaces/join"))
            .header("Cookie", &cookie)
            .json(&json!({ "token": token }))
            .send()
            .await
            .unwrap(),
    )
    .await;
    let alices = json(
        client
            .get(format!("{url}/user/spaces"))
            .header("Cookie", &cookie)
            .send()
            .await
            .unwrap(),
    )
    .await;
    // Without the host's session, headers that name alice are no login.
    let forged = json(
        client
            .get(format!("{url}/user/spaces"))
            .header("Cookie", "host_session=alice")
            .header("HostIdentity", "alice")
            .header("X-Host-Identity", "alice")
            .send()
            .await
            .unwrap(),
    )
    .await;
    let other = client.get(format!("{root}/other")).send().await.unwrap();
    let other = other.status();
    child.kill().unwrap();
    child.wait().unwrap();

    assert_eq!(host_route, (reqwest::StatusCode::OK, "ok".to_owned()));
    assert_eq!(minted.0, 200, "{:?}", minted.2);
    assert!(token.starts_with("MDAx"), "{token}");
    assert_eq!(api_error.0, 404);
    assert_eq!(api_error.1, "application/json");
    assert_eq!(api_error.2["error"], "not_found");
    assert_eq!(joined.0, 201, "{:?}", joined.2);
    let space_id = joined.2["spaceId"].as_str().unwrap();
    let alices: Vec<&str> = alices.2["spaces"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s.as_str())
        .collect();
    assert!(alices.contains(&space_id), "{alices:?} {space_id}");
    assert_eq!(alices.len(), 2, "her own space and admin's: {alices:?}");
    assert_eq!(forged.0, 401, "{:?}", forged.2);
    assert_eq!(forged.2["error"], "unauthorized");
    assert_eq!(other, 404);
}

#[tokio::test]
async fn the_generated_rust_client_runs_the_invitation_scenario() {
    let app = TestApp::spawn(Transport::Https).await;
    let bob_password = app.add_user("bob");
    let server = app.url.trim_end_matches("/api/v3/onezone").to_owned();
    let ca = app.data_dir().join("tls/cert.pem");
    let output = tokio::process::Command::new(example("client"))
        .arg(&server)
        .arg(&ca)
        .arg(&app.admin_password)
        .arg(&bob_password)
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let summary = stdout
        .lines()
        .find_map(|line| line.strip_prefix("rust client scenario passed: joined "))
        .unwrap_or_else(|| panic!("no closing line: {stdout}"));
    let space_id = summary.split(',').next().unwrap();

    // What the client says it did, checked on the server without the generated client.
    let bob = || Auth::Basic("bob", &bob_password);
    let joined = app
        .request(Method::GET, &format!("/user/spaces/{space_id}"), bob())
        .await;
    assert_eq!(joined.status, 200, "{joined:?}");
    assert_eq!(
        joined.json()["privileges"],
        json!(["space_view"]),
        "{joined:?}"
    );
    let admin = Auth::Basic("admin", &app.admin_password);
    let default = app
        .request(Method::GET, "/user/spaces/default", admin)
        .await;
    assert_eq!(default.json()["spaceId"], space_id, "{default:?}");
    let tokens = app.request(Method::GET, "/user/client_tokens", bob()).await;
    assert_eq!(tokens.json(), json!({"tokens": []}), "{tokens:?}");
}
