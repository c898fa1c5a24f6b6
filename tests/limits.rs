//! Resource limits and rate limits, at their documented statuses.

mod common;

use common::{Auth, TestApp, Transport, client_from, raw_request, socket_addr};
use onezone_tokens::http::Limits;
use reqwest::{Method, StatusCode};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn spawn_with_limits(limits: Limits) -> TestApp {
    TestApp::spawn_configured(Transport::Http, |config| config.limits = limits).await
}

fn basic_header(user: &str, password: &str) -> String {
    use base64::Engine as _;
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    format!("Authorization: Basic {encoded}\r\n")
}

/// Reads from `stream` until the server closes it; the bytes read.
async fn read_until_closed(stream: &mut TcpStream, within: Duration) -> Option<Vec<u8>> {
    let mut received = Vec::new();
    tokio::time::timeout(within, stream.read_to_end(&mut received))
        .await
        .ok()
        .map(|_| received)
}

#[tokio::test]
async fn a_slow_body_gets_408_after_the_body_timeout() {
    let app = spawn_with_limits(Limits {
        body_timeout: Duration::from_secs(1),
        ..Limits::default()
    })
    .await;
    let mut stream = TcpStream::connect(socket_addr(&app.url)).await.unwrap();
    let head = format!(
        "POST /api/v3/onezone/user/spaces HTTP/1.1\r\nHost: x\r\n{}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"name\"",
        basic_header("admin", &app.admin_password)
    );
    let started = Instant::now();
    stream.write_all(head.as_bytes()).await.unwrap();
    let received = read_until_closed(&mut stream, Duration::from_secs(10))
        .await
        .expect("the server answers and closes");
    let text = String::from_utf8_lossy(&received);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("request_timeout"), "{text}");
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(900) && waited < Duration::from_secs(5),
        "{waited:?}"
    );
}

#[tokio::test]
async fn a_client_sending_a_byte_a_second_is_cut_off() {
    let app = spawn_with_limits(Limits {
        header_timeout: Duration::from_secs(2),
        ..Limits::default()
    })
    .await;
    let mut stream = TcpStream::connect(socket_addr(&app.url)).await.unwrap();
    let started = Instant::now();
    let request = b"GET /api/v3/onezone/user/spaces/token HTTP/1.1\r\nHost: slowloris\r\n";
    for byte in request {
        if stream.write_all(&[*byte]).await.is_err() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
        if started.elapsed() > Duration::from_secs(8) {
            break;
        }
    }
    let closed = read_until_closed(&mut stream, Duration::from_secs(5)).await;
    assert!(closed.is_some(), "the connection is still open");
    let cut_after = started.elapsed();
    assert!(
        cut_after < Duration::from_secs(8),
        "cut after {cut_after:?}"
    );
}

#[tokio::test]
async fn an_idle_connection_is_closed_after_the_header_timeout() {
    let app = spawn_with_limits(Limits {
        header_timeout: Duration::from_secs(1),
        ..Limits::default()
    })
    .await;
    let mut stream = TcpStream::connect(socket_addr(&app.url)).await.unwrap();
    let closed = read_until_closed(&mut stream, Duration::from_secs(5)).await;
    assert_eq!(closed, Some(Vec::new()), "closed without an answer");
}

/// Each head read gets the whole header timeout, counted from when it starts: a keep-alive
/// connection is closed that long after its last answer, not when the first read's
/// deadline passes (the connection's timer is reused from one head to the next).
#[tokio::test]
async fn a_keep_alive_connection_is_closed_a_header_timeout_after_its_last_answer() {
    let timeout = Duration::from_secs(2);
    let app = spawn_with_limits(Limits {
        header_timeout: timeout,
        ..Limits::default()
    })
    .await;
    let mut stream = TcpStream::connect(socket_addr(&app.url)).await.unwrap();
    let started = Instant::now();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    stream
        .write_all(b"GET /api/v3/onezone/user/spaces/token HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let received = read_until_closed(&mut stream, Duration::from_secs(6))
        .await
        .expect("the server closes the idle connection");
    let closed_after = started.elapsed();
    let text = String::from_utf8_lossy(&received);
    assert!(text.starts_with("HTTP/1.1 401"), "{text}");
    // The answer went out at about 1.5 s; the next head's deadline is 2 s later.
    assert!(
        closed_after >= Duration::from_millis(3300) && closed_after < Duration::from_secs(6),
        "closed after {closed_after:?}"
    );
}

/// The server reads and discards at most 8 MiB of a refused body (lingering close), so a
/// stream of 64 MiB is cut off well before its end.
#[tokio::test]
async fn a_streamed_64_mb_body_is_refused_early_with_413() {
    let app = TestApp::spawn(Transport::Http).await;
    let mut stream = TcpStream::connect(socket_addr(&app.url)).await.unwrap();
    let head = format!(
        "POST /api/v3/onezone/user/spaces/join HTTP/1.1\r\nHost: x\r\n{}Transfer-Encoding: chunked\r\n\r\n",
        basic_header("admin", &app.admin_password)
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let (mut reader, mut writer) = stream.into_split();
    let sender = tokio::spawn(async move {
        let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, "a".repeat(64 * 1024));
        let mut sent = 0usize;
        while sent < 64 * 1024 * 1024 {
            if writer.write_all(chunk.as_bytes()).await.is_err() {
                break;
            }
            sent += 64 * 1024;
        }
        sent
    });
    let mut received = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), reader.read_to_end(&mut received)).await;
    let text = String::from_utf8_lossy(&received);
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(text.contains("payload_too_large"), "{text}");
    let sent = sender.await.unwrap();
    assert!(sent < 64 * 1024 * 1024, "the server read the whole 64 MiB");
}

#[tokio::test]
async fn connections_past_the_limit_wait_for_a_free_one() {
    let app = spawn_with_limits(Limits {
        max_connections: 2,
        header_timeout: Duration::from_secs(30),
        body_timeout: Duration::from_secs(30),
        ..Limits::default()
    })
    .await;
    let addr = socket_addr(&app.url);
    // Two connections busy with a request each (a body that has not arrived yet): none is
    // idle, so none is closed to make room.
    let busy = format!(
        "POST /api/v3/onezone/user/spaces HTTP/1.1\r\nHost: x\r\n{}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{",
        basic_header("admin", &app.admin_password)
    );
    let mut first = TcpStream::connect(addr).await.unwrap();
    first.write_all(busy.as_bytes()).await.unwrap();
    let mut second = TcpStream::connect(addr).await.unwrap();
    second.write_all(busy.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let third = tokio::spawn(raw_request(
        addr,
        b"GET /api/v3/onezone/openapi.yaml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    ));
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert!(
        !third.is_finished(),
        "a third connection was served beside two"
    );
    first.shutdown().await.unwrap();
    drop(first);
    let _second = second;
    let answer = tokio::time::timeout(Duration::from_secs(10), third)
        .await
        .expect("served once a connection is free")
        .unwrap()
        .unwrap();
    assert_eq!(answer.status, 200);
}

#[tokio::test]
async fn minting_and_joining_are_limited_per_user() {
    let app = spawn_with_limits(Limits {
        mints_per_minute: 3,
        joins_per_minute: 2,
        ..Limits::default()
    })
    .await;
    let admin_password = app.admin_password.clone();
    let admin = || Auth::Basic("admin", &admin_password);
    for _ in 0..3 {
        app.get_user_space_token(admin()).await.token();
    }
    let limited = app.get_user_space_token(admin()).await;
    limited.assert_error(429, "too_many_requests");
    let retry_after: u64 = limited.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=20).contains(&retry_after), "{retry_after}");

    // Another user is not affected.
    let password = app.add_user("other");
    app.create_space("other's", "other");
    app.get_user_space_token(Auth::Basic("other", &password))
        .await
        .token();

    // Joins: two attempts a minute, whatever their outcome.
    for _ in 0..2 {
        let answer = app
            .join(Auth::Basic("other", &password), "not-a-token")
            .await;
        answer.assert_error(400, "invalid_token");
    }
    app.join(Auth::Basic("other", &password), "not-a-token")
        .await
        .assert_error(429, "too_many_requests");
}

#[tokio::test]
async fn failed_logins_block_the_address_before_any_password_check() {
    let app = spawn_with_limits(Limits {
        failed_logins_per_minute: 3,
        ..Limits::default()
    })
    .await;
    for _ in 0..3 {
        app.get_user_space_token(Auth::Basic("admin", "guess"))
            .await
            .assert_error(401, "invalid_credentials");
    }
    // Even the right password is not checked now: guessing cannot go on at full speed.
    let blocked = app
        .get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await;
    blocked.assert_error(429, "too_many_requests");
    assert!(blocked.header("retry-after").is_some());

    // Another client address is not blocked (the loopback range has many).
    let elsewhere = reqwest::Client::builder()
        .no_proxy()
        .local_address("127.0.0.2".parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap();
    let answer = elsewhere
        .get(format!("{}/user/spaces/token", app.url))
        .basic_auth("admin", Some(&app.admin_password))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
}

#[tokio::test]
async fn creating_access_tokens_and_spaces_is_rate_limited_per_user() {
    let app = spawn_with_limits(Limits {
        access_tokens_per_minute: 2,
        spaces_per_minute: 2,
        ..Limits::default()
    })
    .await;
    let admin = app.admin_password.clone();
    let bob = app.add_user("bob");
    let body = r#"{"name": "s"}"#;
    for (path, json) in [("/user/client_tokens", None), ("/user/spaces", Some(body))] {
        for _ in 0..2 {
            let answer = app
                .send(Method::POST, path, Auth::Basic("admin", &admin), json)
                .await;
            assert_eq!(answer.status, StatusCode::CREATED, "{path}: {answer:?}");
        }
        let limited = app
            .send(Method::POST, path, Auth::Basic("admin", &admin), json)
            .await;
        limited.assert_error(429, "too_many_requests");
        let retry_after: u32 = limited.header("retry-after").unwrap().parse().unwrap();
        assert!((1..=30).contains(&retry_after), "{retry_after}");
        // Per user: bob is not limited by admin's creations.
        let other = app
            .send(Method::POST, path, Auth::Basic("bob", &bob), json)
            .await;
        assert_eq!(other.status, StatusCode::CREATED, "{path}: {other:?}");
    }
}

#[tokio::test]
async fn access_tokens_and_spaces_are_capped_per_user_with_409() {
    let app = TestApp::spawn_configured(Transport::Http, |config| {
        config.tokens.max_access_tokens_per_user = 2;
        config.tokens.max_spaces_per_user = 2;
    })
    .await;
    let admin = app.admin_password.clone();
    let admin = || Auth::Basic("admin", &admin);

    // Access tokens: 2 active, the third is refused until one is revoked.
    let mut ids = Vec::new();
    for _ in 0..2 {
        let created = app
            .request(Method::POST, "/user/client_tokens", admin())
            .await;
        assert_eq!(created.status, StatusCode::CREATED, "{created:?}");
        ids.push(created.json()["tokenId"].as_str().unwrap().to_owned());
    }
    let refused = app
        .request(Method::POST, "/user/client_tokens", admin())
        .await;
    refused.assert_error(409, "limit_reached");
    assert!(refused.body.contains("revoke one"), "{refused:?}");
    let listed = app
        .request(Method::GET, "/user/client_tokens", admin())
        .await;
    assert_eq!(listed.json()["tokens"].as_array().unwrap().len(), 2);
    let revoked = app
        .request(
            Method::DELETE,
            &format!("/user/client_tokens/{}", ids[0]),
            admin(),
        )
        .await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT);
    let created = app
        .request(Method::POST, "/user/client_tokens", admin())
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{created:?}");

    // Spaces: admin has its first-start space; one more, then 409.
    app.create_space_over_api(admin(), "second").await;
    let refused = app
        .send(
            Method::POST,
            "/user/spaces",
            admin(),
            Some(r#"{"name": "third"}"#),
        )
        .await;
    refused.assert_error(409, "limit_reached");

    // Joined spaces count too, and a refused join leaves the invitation usable.
    let bob = app.add_user("bob");
    let bob = || Auth::Basic("bob", &bob);
    app.create_space_over_api(bob(), "bob one").await;
    app.create_space_over_api(bob(), "bob two").await;
    let invitation = app.get_user_space_token(admin()).await.token();
    let refused = app.join(bob(), &invitation).await;
    refused.assert_error(409, "limit_reached");
    assert!(refused.body.contains("not used"), "{refused:?}");
    let spaces = app.request(Method::GET, "/user/spaces", bob()).await.json();
    let first = spaces["spaces"][0].as_str().unwrap().to_owned();
    let left = app
        .request(Method::DELETE, &format!("/user/spaces/{first}"), bob())
        .await;
    assert_eq!(left.status, StatusCode::NO_CONTENT);
    let joined = app.join(bob(), &invitation).await;
    assert_eq!(joined.status, StatusCode::CREATED, "{joined:?}");
}

#[tokio::test]
async fn the_server_sweeps_revoked_and_expired_access_tokens() {
    let app = TestApp::spawn_configured(Transport::Http, |config| {
        config.sweep_interval = Duration::from_millis(200);
    })
    .await;
    let admin = app.admin_password.clone();
    let created = app
        .request(
            Method::POST,
            "/user/client_tokens",
            Auth::Basic("admin", &admin),
        )
        .await;
    let token_id = created.json()["tokenId"].as_str().unwrap().to_owned();
    let token = created.json()["token"].as_str().unwrap().to_owned();
    let kept = app
        .request(
            Method::POST,
            "/user/client_tokens",
            Auth::Basic("admin", &admin),
        )
        .await;
    let kept_id = kept.json()["tokenId"].as_str().unwrap().to_owned();
    let revoked = app
        .request(
            Method::DELETE,
            &format!("/user/client_tokens/{token_id}"),
            Auth::Basic("admin", &admin),
        )
        .await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT);

    let rows = |app: &TestApp| {
        let connection = rusqlite::Connection::open(app.data_dir().join("onezone.db")).unwrap();
        let mut statement = connection
            .prepare("SELECT token_id FROM access_tokens ORDER BY token_id")
            .unwrap();
        statement
            .query_map([], |row| row.get::<_, String>(0))
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap()
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while rows(&app).contains(&token_id) {
        assert!(Instant::now() < deadline, "the revoked row was never swept");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(rows(&app), vec![kept_id], "the live token's row stays");
    // The swept token still fails.
    app.request(Method::GET, "/user/spaces", Auth::XAuthToken(&token))
        .await
        .assert_error(401, "invalid_token");
}

/// A client that starts with many connections at once (or whose verified login just
/// expired) sends the same Basic credentials on all of them: one argon2id check answers
/// them all, and none is refused for want of a check slot (8 per address).
#[tokio::test]
async fn a_burst_of_the_same_credentials_shares_one_password_check() {
    let app = TestApp::spawn(Transport::Http).await;
    // Not the mint: its own per-user rate limit would answer some of the burst with 429.
    let url = format!("{}/user/spaces", app.url);
    let client = client_from("127.0.0.1");
    for (password, expected) in [
        ("wrong-password".to_owned(), 401),
        (app.admin_password.clone(), 200),
    ] {
        let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(64));
        let mut requests = tokio::task::JoinSet::new();
        for _ in 0..64 {
            let (client, url, barrier) = (client.clone(), url.clone(), barrier.clone());
            let password = password.clone();
            requests.spawn(async move {
                barrier.wait().await;
                let answer = client
                    .get(url)
                    .basic_auth("admin", Some(password))
                    .send()
                    .await
                    .unwrap();
                answer.status().as_u16()
            });
        }
        let statuses = requests.join_all().await;
        assert!(
            statuses.iter().all(|status| *status == expected),
            "all {expected}: {statuses:?}"
        );
    }
}

#[tokio::test]
async fn a_burst_of_wrong_passwords_checks_at_most_the_allowance() {
    let app = TestApp::spawn(Transport::Http).await;
    let allowance = Limits::default().failed_logins_per_minute as usize;
    let other_password = app.add_user("bystander");
    let url = format!("{}/user/spaces/token", app.url);
    let attacker = client_from("127.0.0.1");
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(256));
    let started = Instant::now();
    let mut guesses = tokio::task::JoinSet::new();
    for guess in 0..256 {
        let (client, url, barrier) = (attacker.clone(), url.clone(), barrier.clone());
        guesses.spawn(async move {
            barrier.wait().await;
            let answer = client
                .get(url)
                .basic_auth("admin", Some(format!("guess-{guess}")))
                .send()
                .await
                .unwrap();
            answer.status().as_u16()
        });
    }
    let statuses = guesses.join_all().await;
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(checked + refused, 256, "only 401 and 429: {statuses:?}");
    // The allowance refills continuously (30 a minute): a burst that takes seconds on a
    // loaded machine may earn a few more, never the 256 the argon2 queue would let through.
    let refilled = (started.elapsed().as_secs_f64() * allowance as f64 / 60.0).ceil() as usize;
    assert!(
        (1..=allowance + refilled).contains(&checked),
        "{checked} passwords checked, allowance {allowance} + {refilled} refilled"
    );

    // The right password from another address is not refused...
    let answer = client_from("127.0.0.2")
        .get(&url)
        .basic_auth("admin", Some(&app.admin_password))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    // ...nor another user's from the attacking address itself.
    let answer = attacker
        .get(&url)
        .basic_auth("bystander", Some(&other_password))
        .send()
        .await
        .unwrap();
    let status = answer.status().as_u16();
    assert!(
        status != 401 && status != 429,
        "{status}: the password was checked and right"
    );
    // Guessing on one by one meets the limit after the rest of the allowance (plus what
    // refilled meanwhile, one every 2 s); then even the right password is refused while it
    // would need a check, and accepted once verified before (no check left to protect).
    let mut more = 0;
    loop {
        let answer = attacker
            .get(&url)
            .basic_auth("admin", Some("one more guess"))
            .send()
            .await
            .unwrap();
        if answer.status() == 429 {
            break;
        }
        assert_eq!(answer.status(), 401);
        more += 1;
        assert!(
            checked + more <= allowance + 5,
            "{checked} + {more} checked"
        );
    }
    let answer = attacker
        .get(&url)
        .basic_auth("admin", Some(&app.admin_password))
        .send()
        .await
        .unwrap();
    assert_eq!(
        answer.status(),
        200,
        "verified from 127.0.0.2 before: no check to run"
    );
    let late_password = app.add_user("late");
    for _ in 0..=allowance {
        let answer = attacker
            .get(&url)
            .basic_auth("late", Some("a guess"))
            .send()
            .await
            .unwrap();
        if answer.status() == 429 {
            break;
        }
    }
    let answer = attacker
        .get(&url)
        .basic_auth("late", Some(&late_password))
        .send()
        .await
        .unwrap();
    assert_eq!(
        answer.status(),
        429,
        "never verified: it would need a check"
    );
    assert!(answer.headers().contains_key("retry-after"));
}

#[tokio::test]
async fn one_address_guessing_many_names_meets_the_per_address_bound() {
    let app = spawn_with_limits(Limits {
        failed_logins_per_minute: 3,
        failed_logins_per_address_per_minute: 5,
        ..Limits::default()
    })
    .await;
    let mut statuses = Vec::new();
    for name in 0..8 {
        let answer = app
            .get_user_space_token(Auth::Basic(&format!("user{name}"), "guess"))
            .await;
        statuses.push(answer.status.as_u16());
    }
    assert_eq!(statuses, [401, 401, 401, 401, 401, 429, 429, 429]);
    let answer = client_from("127.0.0.2")
        .get(format!("{}/user/spaces/token", app.url))
        .basic_auth("user0", Some("guess"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        answer.status(),
        401,
        "another address has its own allowance"
    );
}

/// Sends one keep-alive request on a new connection from `local`; the connection is
/// returned open (the answer is read when one comes within `within`).
async fn keep_alive_request(
    server: std::net::SocketAddr,
    local: &str,
    within: Duration,
) -> (TcpStream, Option<u16>) {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind(format!("{local}:0").parse().unwrap()).unwrap();
    let mut stream = socket.connect(server).await.unwrap();
    stream
        .write_all(b"GET /api/v3/onezone/openapi.yaml HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut head = [0u8; 12];
    let status = match tokio::time::timeout(within, stream.read_exact(&mut head)).await {
        Ok(Ok(_)) => String::from_utf8_lossy(&head[9..12]).parse().ok(),
        _ => None,
    };
    (stream, status)
}

#[tokio::test]
async fn one_address_holding_connections_cannot_keep_another_out() {
    let app = spawn_with_limits(Limits {
        max_connections: 8,
        max_connections_per_address: 4,
        header_timeout: Duration::from_secs(30),
        ..Limits::default()
    })
    .await;
    let server = socket_addr(&app.url);
    // 127.0.0.1 opens twice its share and all the server's slots, each connection kept
    // alive after a request (or still waiting for its turn).
    let mut hog = Vec::new();
    let mut answered = 0;
    for _ in 0..8 {
        let (stream, status) =
            keep_alive_request(server, "127.0.0.1", Duration::from_millis(300)).await;
        answered += usize::from(status.is_some());
        hog.push(stream);
    }
    assert!(answered >= 4, "its share is served: {answered}");
    // Another address is served at once, by closing an idle connection.
    let started = Instant::now();
    let (_stream, status) = keep_alive_request(server, "127.0.0.2", Duration::from_secs(5)).await;
    assert_eq!(status, Some(200));
    assert!(started.elapsed() < Duration::from_secs(5));
    drop(hog);
}
