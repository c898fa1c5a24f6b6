//! The server under faults and operations: graceful shutdown, SIGKILL during a join load,
//! key rotation, what its logs never contain, and the TLS versions it accepts.

mod common;

use common::{Auth, Served, TestApp, Transport, run_cli, socket_addr};
use onezone_tokens::auth::password;
use onezone_tokens::server::issue_access_token;
use onezone_tokens::store::{SqliteStore, Store};
use onezone_tokens::token;
use serde_json::json;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn client() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

async fn mint(url: &str, user: &str, password: &str) -> String {
    let answer = client()
        .get(format!("{url}/user/spaces/token"))
        .basic_auth(user, Some(password))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    answer.json::<serde_json::Value>().await.unwrap()["token"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn sigterm_lets_an_in_flight_join_finish_then_exits_0() {
    let dir = tempfile::TempDir::new().unwrap();
    let data = dir.path().join("data");
    run_cli(
        &data,
        &["user", "add", "late", "--password-stdin"],
        Some("late-pw\n"),
    )
    .success();
    let server = Served::start(&data, &["--no-tls"], Some("admin-pw"));
    let url = server.url.clone();
    let invitation = mint(&url, "admin", "admin-pw").await;

    // A join whose body is still on its way when SIGTERM arrives.
    let body = json!({ "token": invitation }).to_string();
    let (first_half, second_half) = body.split_at(body.len() / 2);
    let mut stream = tokio::net::TcpStream::connect(socket_addr(&url))
        .await
        .unwrap();
    let head = format!(
        "POST /api/v3/onezone/user/spaces/join HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
         Authorization: Basic bGF0ZTpsYXRlLXB3\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n{first_half}",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    server.send_sigterm();
    tokio::time::sleep(Duration::from_millis(300)).await;

    // No new connections once shutting down.
    let refused = tokio::net::TcpStream::connect(socket_addr(&url)).await;
    assert!(
        refused.is_err(),
        "a new connection was accepted during shutdown"
    );

    stream.write_all(second_half.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    assert!(server.terminate().success(), "exit status 0 after SIGTERM");

    // The join is there after a restart.
    let store = SqliteStore::open(&data).unwrap();
    let late = store.user_id_by_name("late").await.unwrap().unwrap();
    assert_eq!(store.user_spaces(&late).await.unwrap().spaces.len(), 1);
}

#[tokio::test]
async fn sigkill_during_a_join_load_loses_no_answered_join() {
    let dir = tempfile::TempDir::new().unwrap();
    let data = dir.path().join("data");
    let limits_off = [
        "--no-tls",
        "--invite-max-uses",
        "100000",
        "--join-rate",
        "0",
        "--failed-login-rate",
        "0",
    ];
    // 300 users with access tokens, made directly in the store.
    let users = {
        let store = SqliteStore::open(&data).unwrap();
        let hash = password::hash("unused").unwrap();
        let mut users = Vec::new();
        for index in 0..300 {
            let id = store.add_user(&format!("u{index}"), &hash).await.unwrap();
            let token = issue_access_token(&store, &id, 3600, 1000)
                .await
                .unwrap()
                .token;
            users.push((id, token));
        }
        users
    };
    let server = Served::start(&data, &limits_off, Some("admin-pw"));
    let url = server.url.clone();
    let invitation = mint(&url, "admin", "admin-pw").await;

    let (answered_tx, mut answered_rx) = tokio::sync::mpsc::unbounded_channel::<String>();
    let semaphore = std::sync::Arc::new(tokio::sync::Semaphore::new(16));
    let mut load = tokio::task::JoinSet::new();
    for (user_id, access) in users.clone() {
        let (url, invitation, answered, semaphore) = (
            url.clone(),
            invitation.clone(),
            answered_tx.clone(),
            semaphore.clone(),
        );
        load.spawn(async move {
            let _permit = semaphore.acquire_owned().await.unwrap();
            let response = client()
                .post(format!("{url}/user/spaces/join"))
                .header("X-Auth-Token", access)
                .json(&json!({ "token": invitation }))
                .send()
                .await;
            if let Ok(response) = response
                && response.status() == 201
            {
                let _ = answered.send(user_id);
            }
        });
    }
    drop(answered_tx);
    // Kill it mid-load: after the first answers, long before all 300.
    let mut answered = Vec::new();
    while answered.len() < 20 {
        answered.push(answered_rx.recv().await.expect("joins are answered"));
    }
    server.kill();
    while let Some(more) = load.join_next().await {
        more.unwrap();
    }
    while let Some(user_id) = answered_rx.recv().await {
        answered.push(user_id);
    }
    assert!(
        answered.len() < users.len(),
        "the kill came too late to test anything"
    );

    let connection = rusqlite::Connection::open(data.join("onezone.db")).unwrap();
    let integrity: String = connection
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    drop(connection);

    let server = Served::start(&data, &limits_off, None);
    let store = SqliteStore::open(&data).unwrap();
    for user_id in &answered {
        let spaces = store.user_spaces(user_id).await.unwrap();
        assert_eq!(
            spaces.spaces.len(),
            1,
            "user {user_id} was answered 201 but is not a member"
        );
    }
    server.terminate();
    eprintln!(
        "{} joins answered 201 before SIGKILL, all present after restart",
        answered.len()
    );
}

#[tokio::test]
async fn rotated_keys_verify_until_retired() {
    let app = TestApp::spawn(Transport::Http).await;
    let admin_password = app.admin_password.clone();
    let old_access = app.issue_token("admin");
    let old_invitation = app
        .get_user_space_token(Auth::Basic("admin", &admin_password))
        .await
        .token();
    let old_key = token::decode(&old_access).unwrap().key_id().clone();

    let new_key = app
        .cli(&["key", "rotate"], None)
        .success()
        .trim()
        .to_owned();
    assert_ne!(new_key, old_key.as_str());
    let new_invitation = app
        .get_user_space_token(Auth::XAuthToken(&old_access))
        .await
        .token();
    assert_eq!(
        token::decode(&new_invitation).unwrap().key_id().as_str(),
        new_key,
        "new tokens use the new key"
    );

    let listed = app.cli(&["key", "list"], None);
    let listed = listed.success();
    assert!(listed.contains(&format!("{new_key}  created")), "{listed}");
    assert!(listed.contains("active, signs new tokens"), "{listed}");

    let retired = app.cli(&["key", "retire", old_key.as_str()], None);
    assert!(retired.success().contains("retired key"), "{retired:?}");
    app.get_user_space_token(Auth::XAuthToken(&old_access))
        .await
        .assert_error(401, "invalid_token");
    let password = app.add_user("joiner");
    app.join(Auth::Basic("joiner", &password), &old_invitation)
        .await
        .assert_refused("retired or unknown key");
    let joined = app
        .join(Auth::Basic("joiner", &password), &new_invitation)
        .await;
    assert_eq!(joined.status, 201);
    assert!(
        app.cli(&["key", "retire", old_key.as_str()], None)
            .failure()
            .contains("no active key")
    );
    assert!(
        app.cli(&["key", "list"], None)
            .success()
            .contains("retired")
    );
}

#[tokio::test]
async fn logs_never_contain_secrets() {
    let dir = tempfile::TempDir::new().unwrap();
    let data = dir.path().join("data");
    let log = dir.path().join("server.log");
    let bob_password = "bob-Secret-Passw0rd";
    run_cli(
        &data,
        &["user", "add", "bob", "--password-stdin"],
        Some(&format!("{bob_password}\n")),
    )
    .success();
    let admin_password = "admin-Secret-Passw0rd";
    let server = Served::start_logged(&data, &["--no-tls"], Some(admin_password), &log);
    let url = server.url.clone();

    // A full scenario: every kind of credentials, a join, client tokens, errors.
    let invitation = mint(&url, "admin", admin_password).await;
    let access = run_cli(&data, &["token", "issue", "bob"], None)
        .success()
        .trim()
        .to_owned();
    let http = client();
    for (name, value) in [
        ("X-Auth-Token", access.clone()),
        ("macaroon", access.clone()),
        ("Authorization", format!("Bearer {access}")),
    ] {
        let answer = http
            .get(format!("{url}/user/spaces"))
            .header(name, value)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 200);
    }
    let joined = http
        .post(format!("{url}/user/spaces/join"))
        .header("X-Auth-Token", &access)
        .json(&json!({ "token": invitation }))
        .send()
        .await
        .unwrap();
    assert_eq!(joined.status(), 201);
    let created: serde_json::Value = http
        .post(format!("{url}/user/client_tokens"))
        .basic_auth("bob", Some(bob_password))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let client_token = created["token"].as_str().unwrap().to_owned();
    let wrong = http
        .get(format!("{url}/user/spaces"))
        .basic_auth("bob", Some("wrong-Guess-123"))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    server.terminate();

    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.lines().count() > 5, "trace logging produced lines");
    let basic = |user: &str, password: &str| {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    };
    let connection = rusqlite::Connection::open(data.join("onezone.db")).unwrap();
    let secrets: Vec<Vec<u8>> = connection
        .prepare("SELECT secret FROM signing_keys")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut forbidden = vec![
        admin_password.to_owned(),
        bob_password.to_owned(),
        "wrong-Guess-123".to_owned(),
        basic("admin", admin_password),
        basic("bob", bob_password),
    ];
    for token in [&invitation, &access, &client_token] {
        forbidden.push(token.clone());
        // Any 24-character stretch of the signature-bearing tail of a token.
        forbidden.push(token[token.len() - 24..].to_owned());
    }
    for secret in secrets {
        use base64::Engine as _;
        forbidden.push(secret.iter().map(|b| format!("{b:02x}")).collect());
        forbidden.push(base64::engine::general_purpose::STANDARD.encode(&secret));
        forbidden.push(format!("{secret:?}").trim_matches(['[', ']']).to_owned());
    }
    for secret in &forbidden {
        assert!(
            !text.contains(secret.as_str()),
            "the log contains a secret: {secret}"
        );
    }
    // One line per request, with its id, method, path, status and latency.
    let request_lines: Vec<&str> = text.lines().filter(|l| l.contains(" request ")).collect();
    assert!(request_lines.len() >= 7, "{text}");
    for line in request_lines {
        for field in ["request_id=", "method=", "path=", "status=", "latency_us="] {
            assert!(line.contains(field), "{line}");
        }
    }
}

/// `openssl s_client` forced to one protocol version; its output. (Async: the server runs
/// on this test's runtime, which a blocking wait would stall.)
async fn handshake(addr: &str, version_flag: &str) -> String {
    let output = tokio::process::Command::new("openssl")
        .args(["s_client", "-connect", addr, version_flag])
        .args(["-cipher", "DEFAULT@SECLEVEL=0"])
        .stdin(std::process::Stdio::null())
        .output()
        .await
        .expect("openssl is installed");
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[tokio::test]
async fn tls_below_1_2_is_refused() {
    let app = TestApp::spawn(Transport::Https).await;
    let addr = socket_addr(&app.url).to_string();
    let tls12 = handshake(&addr, "-tls1_2").await;
    assert!(
        tls12.contains("TLSv1.2"),
        "a TLS 1.2 client connects: {tls12}"
    );
    let tls11 = handshake(&addr, "-tls1_1").await;
    // (s_client names the protocol it tried even when the handshake fails.)
    assert!(tls11.contains("no peer certificate available"), "{tls11}");
    assert!(
        tls11.contains("alert protocol version") || tls11.contains("unsupported protocol"),
        "a TLS 1.1 client is refused by the server: {tls11}"
    );
}
