//! The health and readiness probes a load balancer or orchestrator sends: unauthenticated,
//! JSON, never rate limited, and readiness that follows the database (a real PostgreSQL
//! server that the test stops and starts again).

mod common;

use common::pg::{self, Throwaway};
use common::{Auth, TRANSPORTS, TestApp, Transport, random_password};
use onezone_tokens::server::TokenSettings;
use reqwest::Method;
use serde_json::json;
use std::time::{Duration, Instant};

#[tokio::test]
async fn health_and_ready_answer_json_without_credentials() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        for (answer, body) in [
            (app.health().await, json!({"status": "ok"})),
            (app.ready().await, json!({"status": "ready"})),
        ] {
            assert_eq!(answer.status, 200, "{transport:?} {answer:?}");
            assert_eq!(answer.header("content-type"), Some("application/json"));
            assert_eq!(answer.header("cache-control"), Some("no-store"));
            assert_eq!(answer.json(), body);
        }
        // Credentials, even broken ones, are not looked at.
        for path in ["/health", "/ready"] {
            for auth in [
                Auth::Basic("admin", "wrong"),
                Auth::Raw("Authorization", "Basic %%%"),
                Auth::XAuthToken("not-a-token"),
            ] {
                let answer = app.request(Method::GET, path, auth).await;
                assert_eq!(answer.status, 200, "{path} {answer:?}");
            }
        }
        // Other methods: 405 JSON with Allow, as everywhere.
        let answer = app.request(Method::POST, "/ready", Auth::None).await;
        answer.assert_error(405, "method_not_allowed");
        assert_eq!(answer.header("allow"), Some("GET, HEAD"));
    }
}

#[tokio::test]
async fn probes_are_never_rate_limited() {
    let app = TestApp::spawn_configured(Transport::Http, |config| {
        config.limits.failed_logins_per_minute = 2;
    })
    .await;
    // The client address is now blocked for logins...
    let mut statuses = Vec::new();
    for _ in 0..4 {
        let answer = app
            .request(Method::GET, "/user/spaces", Auth::Basic("admin", "wrong"))
            .await;
        statuses.push(answer.status.as_u16());
    }
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
    // ...but its probes, many of them, still answer.
    for _ in 0..100 {
        assert_eq!(app.health().await.status, 200);
        assert_eq!(app.ready().await.status, 200);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ready_follows_postgresql_down_and_back_by_itself() {
    let Some(server) = Throwaway::start() else {
        return;
    };
    let db = pg::create_database(&server.url).await;
    let app = TestApp::spawn_on(
        Transport::Http,
        &db.url,
        &random_password(),
        TokenSettings::default(),
    )
    .await;
    assert_eq!(app.ready().await.json(), json!({"status": "ready"}));

    server.stop();
    let stopped = Instant::now();
    let answer = app.ready().await;
    let took = stopped.elapsed();
    answer.assert_error(503, "service_unavailable");
    assert!(took < Duration::from_secs(2), "503 after {took:?}");
    // Liveness does not depend on the database.
    assert_eq!(app.health().await.status, 200);

    server.restart();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let answer = app.ready().await;
        if answer.status == 200 {
            assert_eq!(answer.json(), json!({"status": "ready"}));
            break;
        }
        answer.assert_error(503, "service_unavailable");
        assert!(Instant::now() < deadline, "not ready again within 30 s");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    drop(app);
    drop(db);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ready_is_503_within_2_s_when_postgresql_hangs() {
    let Some(server) = Throwaway::start() else {
        return;
    };
    let db = pg::create_database(&server.url).await;
    let app = TestApp::spawn_on(
        Transport::Http,
        &db.url,
        &random_password(),
        TokenSettings::default(),
    )
    .await;
    assert_eq!(app.ready().await.status, 200);
    // Connections stay open but nothing answers: only the readiness time bound helps.
    server.freeze();
    let started = Instant::now();
    let answer = app.ready().await;
    let took = started.elapsed();
    server.thaw();
    answer.assert_error(503, "service_unavailable");
    assert!(took < Duration::from_secs(2), "503 after {took:?}");
    assert!(
        took >= Duration::from_millis(900),
        "answered before the bound: {took:?}"
    );
    drop(app);
    drop(db);
}
