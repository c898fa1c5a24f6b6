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
        &["user", "add", "late", "--password-stdin", "--create"],
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
    logs_of_a_scenario_hold_no_secret("text", None).await;
}

#[tokio::test]
async fn json_logs_never_contain_secrets() {
    logs_of_a_scenario_hold_no_secret("json", None).await;
}

/// With PostgreSQL and RUST_LOG=trace, whose client crate logs query parameters at debug.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_never_contain_secrets_with_postgresql_at_trace() {
    for format in ["text", "json"] {
        let Some(db) = common::pg::fresh_database().await else {
            return;
        };
        logs_of_a_scenario_hold_no_secret(format, Some(&db.url)).await;
        drop(db);
    }
}

/// Runs a scenario with every kind of secret on a server logging at RUST_LOG=trace in
/// `format`, on SQLite or on the PostgreSQL `database`, and checks the log.
async fn logs_of_a_scenario_hold_no_secret(format: &str, database: Option<&str>) {
    let dir = tempfile::TempDir::new().unwrap();
    let data = dir.path().join("data");
    let log = dir.path().join("server.log");
    let bob_password = format!("bob-Secret-{}", common::random_password());
    let bob_password = bob_password.as_str();
    let cli = |args: &[&str], stdin: Option<&str>| common::run_cli_on(&data, database, args, stdin);
    cli(
        &["user", "add", "bob", "--password-stdin", "--create"],
        Some(&format!("{bob_password}\n")),
    )
    .success();
    let admin_password = "admin-Secret-Passw0rd";
    let mut extra = vec!["--no-tls", "--log-format", format];
    if let Some(url) = database {
        extra.extend(["--database", url]);
    }
    let server = Served::start_logged(&data, &extra, Some(admin_password), &log);
    let url = server.url.clone();

    // A full scenario: every kind of credentials, a join, client tokens, errors.
    let invitation = mint(&url, "admin", admin_password).await;
    let access = cli(&["token", "issue", "bob"], None)
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
    let (secrets, hashes): (Vec<Vec<u8>>, Vec<String>) = match database {
        None => {
            let connection = rusqlite::Connection::open(data.join("onezone.db")).unwrap();
            let column = |sql: &str| -> Vec<rusqlite::types::Value> {
                connection
                    .prepare(sql)
                    .unwrap()
                    .query_map([], |row| row.get(0))
                    .unwrap()
                    .map(Result::unwrap)
                    .collect()
            };
            let blob = |v: rusqlite::types::Value| match v {
                rusqlite::types::Value::Blob(b) => b,
                other => panic!("{other:?}"),
            };
            let text = |v: rusqlite::types::Value| match v {
                rusqlite::types::Value::Text(t) => t,
                other => panic!("{other:?}"),
            };
            (
                column("SELECT secret FROM signing_keys")
                    .into_iter()
                    .map(blob)
                    .collect(),
                column("SELECT password_hash FROM users")
                    .into_iter()
                    .map(text)
                    .collect(),
            )
        }
        Some(url) => {
            let client = common::pg::connect(url).await;
            let rows = client
                .query("SELECT secret FROM signing_keys", &[])
                .await
                .unwrap();
            let secrets = rows.iter().map(|row| row.get(0)).collect();
            let rows = client
                .query("SELECT password_hash FROM users", &[])
                .await
                .unwrap();
            (secrets, rows.iter().map(|row| row.get(0)).collect())
        }
    };
    assert!(!secrets.is_empty() && hashes.len() >= 2);
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
    for hash in hashes {
        // The whole PHC string and its hash part alone.
        forbidden.push(hash.rsplit('$').next().unwrap().to_owned());
        forbidden.push(hash);
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
    // The PostgreSQL client's debug lines (query parameters) are held back at trace too.
    let database_lines: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("postgres") && (l.contains("DEBUG") || l.contains("TRACE")))
        .collect();
    assert!(database_lines.is_empty(), "{database_lines:?}");
    // One line per request, with its id, method, path, operation, client, status, latency.
    let fields = [
        "request_id",
        "method",
        "path",
        "operation",
        "client",
        "status",
        "latency_us",
    ];
    if format == "json" {
        let mut requests = 0;
        for line in text.lines() {
            let object: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("not one JSON object per line ({e}): {line}"));
            for key in ["timestamp", "level", "target", "message"] {
                assert!(object.get(key).is_some(), "{key} missing: {line}");
            }
            if object["message"] == "request" {
                requests += 1;
                for field in fields {
                    assert!(object.get(field).is_some(), "{field} missing: {line}");
                }
                assert_eq!(object["client"], "127.0.0.1");
            }
        }
        assert!(requests >= 7, "{text}");
    } else {
        let request_lines: Vec<&str> = text.lines().filter(|l| l.contains(" request ")).collect();
        assert!(request_lines.len() >= 7, "{text}");
        for line in request_lines {
            for field in fields {
                assert!(line.contains(&format!("{field}=")), "{line}");
            }
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
    // rustls answers a ClientHello that offers nothing newer than 1.1 with a
    // handshake_failure alert (OpenSSL answered protocol_version).
    assert!(
        tls11.contains("alert protocol version")
            || tls11.contains("alert handshake failure")
            || tls11.contains("unsupported protocol"),
        "a TLS 1.1 client is refused by the server: {tls11}"
    );
}
