//! CORS for web clients on other origins (`serve --cors-origin`), on real sockets: the
//! headers a browser needs for a listed origin, on successes and on errors alike; none for
//! any other origin, whose preflights get a 403 JSON; nothing at all when CORS is off.

mod common;

use common::{Auth, Served, TRANSPORTS, TestApp, Transport};
use onezone_tokens::http::CorsOrigins;
use reqwest::{Method, StatusCode};

const ALLOWED: &str = "http://127.0.0.2:5173";
const ALSO_ALLOWED: &str = "https://app.example.org";
const OTHER: &str = "http://127.0.0.3:5173";

async fn spawn_with_cors(
    transport: Transport,
    adjust: impl FnOnce(&mut onezone_tokens::app::Config),
) -> TestApp {
    TestApp::spawn_configured(transport, |config| {
        config.cors_origins = CorsOrigins::new([ALLOWED, ALSO_ALLOWED]).unwrap();
        adjust(config);
    })
    .await
}

/// A request as a browser sends it from a page of `origin`.
async fn from_origin(
    app: &TestApp,
    method: Method,
    path: &str,
    origin: Option<&str>,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> common::Answer {
    let mut request = app.client.request(method, format!("{}{path}", app.url));
    if let Some(origin) = origin {
        request = request.header("Origin", origin);
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    if let Some(body) = body {
        request = request
            .header("Content-Type", "application/json")
            .body(body.to_owned());
    }
    let response = request.send().await.unwrap();
    common::Answer {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

async fn preflight(app: &TestApp, path: &str, origin: &str, method: &str) -> common::Answer {
    let headers = [
        ("Access-Control-Request-Method", method),
        ("Access-Control-Request-Headers", "authorization"),
    ];
    from_origin(app, Method::OPTIONS, path, Some(origin), &headers, None).await
}

/// The headers every answer to a listed origin carries, whatever its status.
fn assert_cors_for(answer: &common::Answer, origin: &str) {
    assert_eq!(
        answer.header("access-control-allow-origin"),
        Some(origin),
        "{answer:?}"
    );
    assert_eq!(
        answer.header("access-control-allow-credentials"),
        Some("true")
    );
    assert_eq!(answer.header("vary"), Some("Origin"), "{answer:?}");
}

fn assert_exposes(answer: &common::Answer) {
    assert_eq!(
        answer.header("access-control-expose-headers"),
        Some("Location, Retry-After, x-span-id")
    );
}

fn assert_no_cors(answer: &common::Answer) {
    for (name, _) in &answer.headers {
        assert!(
            !name.as_str().starts_with("access-control-"),
            "{name} in {answer:?}"
        );
    }
}

#[tokio::test]
async fn preflights_of_a_listed_origin_allow_the_path_methods() {
    for transport in TRANSPORTS {
        let app = spawn_with_cors(transport, |_| {}).await;
        for (path, method, methods) in [
            (common::TOKEN_PATH, "GET", "GET, HEAD"),
            ("/user/spaces/join", "POST", "POST"),
            ("/user/spaces/default", "PUT", "GET, HEAD, PUT"),
            ("/user/spaces/some-space", "DELETE", "GET, HEAD, DELETE"),
            ("/user/spaces", "POST", "GET, HEAD, POST"),
            ("/openapi.yaml", "GET", "GET, HEAD"),
        ] {
            for origin in [ALLOWED, ALSO_ALLOWED] {
                let answer = preflight(&app, path, origin, method).await;
                assert_eq!(answer.status, StatusCode::NO_CONTENT, "{path}: {answer:?}");
                assert!(answer.body.is_empty());
                assert_cors_for(&answer, origin);
                assert_eq!(
                    answer.header("access-control-allow-methods"),
                    Some(methods),
                    "{path}"
                );
                assert_eq!(
                    answer.header("access-control-allow-headers"),
                    Some("Authorization, X-Auth-Token, macaroon, Content-Type")
                );
                assert_eq!(answer.header("access-control-max-age"), Some("600"));
                assert_eq!(answer.header("cache-control"), Some("no-store"));
            }
        }
        // An unknown path: the page can read the 404.
        let answer = preflight(&app, "/users", ALLOWED, "GET").await;
        answer.assert_error(404, "not_found");
        assert_cors_for(&answer, ALLOWED);
    }
}

#[tokio::test]
async fn other_origins_get_no_cors_headers_and_their_preflights_a_403() {
    let app = spawn_with_cors(Transport::Http, |_| {}).await;
    for origin in [
        OTHER,
        "null",
        "http://127.0.0.2:5174",
        "https://127.0.0.2:5173",
    ] {
        let answer = preflight(&app, common::TOKEN_PATH, origin, "GET").await;
        answer.assert_error(403, "forbidden");
        assert_no_cors(&answer);
        assert_eq!(answer.header("vary"), Some("Origin"));
        let answer = from_origin(&app, Method::GET, "/user/spaces", Some(origin), &[], None).await;
        answer.assert_error(401, "unauthorized");
        assert_no_cors(&answer);
        assert_eq!(answer.header("vary"), Some("Origin"));
    }
    // No Origin at all (not a browser, or same-origin): no CORS headers, still Vary.
    let answer = app.health().await;
    assert_no_cors(&answer);
    assert_eq!(answer.header("vary"), Some("Origin"));
    // An OPTIONS that is no preflight is routed as ever: a 405.
    let answer = from_origin(
        &app,
        Method::OPTIONS,
        common::TOKEN_PATH,
        Some(ALLOWED),
        &[],
        None,
    )
    .await;
    answer.assert_error(405, "method_not_allowed");
    assert_cors_for(&answer, ALLOWED);
}

#[tokio::test]
async fn answers_and_errors_to_a_listed_origin_carry_the_cors_headers() {
    for transport in TRANSPORTS {
        let app = spawn_with_cors(transport, |config| {
            config.limits.mints_per_minute = 1;
            config.limits.max_body_bytes = 1024;
        })
        .await;
        let password = app.admin_password.clone();
        let basic = {
            use base64::Engine as _;
            let pair = format!("admin:{password}");
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(pair)
            )
        };
        let auth = [("Authorization", basic.as_str())];
        let space = app
            .create_space_over_api(Auth::Basic("admin", &password), "cors")
            .await;

        // 200 with a token.
        let answer = from_origin(
            &app,
            Method::GET,
            common::TOKEN_PATH,
            Some(ALLOWED),
            &auth,
            None,
        )
        .await;
        let token = answer.token();
        assert_cors_for(&answer, ALLOWED);
        assert_exposes(&answer);
        // 429, with the Retry-After the page may now read.
        let answer = from_origin(
            &app,
            Method::GET,
            common::TOKEN_PATH,
            Some(ALLOWED),
            &auth,
            None,
        )
        .await;
        answer.assert_error(429, "too_many_requests");
        assert!(answer.header("retry-after").is_some());
        assert_cors_for(&answer, ALLOWED);
        assert_exposes(&answer);
        // 401 without credentials, 401 with a wrong password.
        let answer = from_origin(
            &app,
            Method::GET,
            common::TOKEN_PATH,
            Some(ALLOWED),
            &[],
            None,
        )
        .await;
        answer.assert_error(401, "unauthorized");
        assert_cors_for(&answer, ALLOWED);
        let wrong = [("Authorization", "Basic YWRtaW46d3Jvbmc=")];
        let answer = from_origin(
            &app,
            Method::GET,
            "/user/spaces",
            Some(ALLOWED),
            &wrong,
            None,
        )
        .await;
        answer.assert_error(401, "invalid_credentials");
        assert_cors_for(&answer, ALLOWED);
        // 404, 405, 413.
        let answer = from_origin(&app, Method::GET, "/users", Some(ALLOWED), &auth, None).await;
        answer.assert_error(404, "not_found");
        assert_cors_for(&answer, ALLOWED);
        let answer = from_origin(
            &app,
            Method::PUT,
            common::TOKEN_PATH,
            Some(ALLOWED),
            &auth,
            None,
        )
        .await;
        answer.assert_error(405, "method_not_allowed");
        assert_cors_for(&answer, ALLOWED);
        let big = format!("{{\"name\": \"{}\"}}", "x".repeat(2048));
        let answer = from_origin(
            &app,
            Method::POST,
            "/user/spaces",
            Some(ALLOWED),
            &auth,
            Some(&big),
        )
        .await;
        answer.assert_error(413, "payload_too_large");
        assert_cors_for(&answer, ALLOWED);
        // 201 with a Location the page can read.
        let body = serde_json::json!({ "name": "second" }).to_string();
        let answer = from_origin(
            &app,
            Method::POST,
            "/user/spaces",
            Some(ALSO_ALLOWED),
            &auth,
            Some(&body),
        )
        .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");
        assert!(answer.header("location").is_some());
        assert_cors_for(&answer, ALSO_ALLOWED);
        assert_exposes(&answer);
        // HEAD too.
        let path = format!("/user/spaces/{space}");
        let answer = from_origin(&app, Method::HEAD, &path, Some(ALLOWED), &auth, None).await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_cors_for(&answer, ALLOWED);
        assert!(!token.is_empty());
    }
}

#[tokio::test]
async fn cors_is_off_by_default() {
    let app = TestApp::spawn(Transport::Http).await;
    let answer = preflight(&app, common::TOKEN_PATH, ALLOWED, "GET").await;
    answer.assert_error(405, "method_not_allowed");
    assert_no_cors(&answer);
    assert_eq!(answer.header("vary"), None);
    let answer = from_origin(&app, Method::GET, "/health", Some(ALLOWED), &[], None).await;
    assert_no_cors(&answer);
    assert_eq!(answer.header("vary"), None);
}

#[tokio::test]
async fn serve_checks_each_origin_at_startup() {
    let data = tempfile::TempDir::new().unwrap();
    for (args, env, named) in [
        (
            &["--cors-origin", "https://app.example.org/"][..],
            None,
            "https://app.example.org/",
        ),
        (&["--cors-origin", "*"][..], None, "\"*\""),
        (
            &["--cors-origin", "app.example.org"][..],
            None,
            "app.example.org",
        ),
        (
            &[][..],
            Some("https://a.example,https://*.example"),
            "https://*.example",
        ),
    ] {
        let mut command = std::process::Command::new(common::binary());
        command
            .args(["serve", "--no-tls", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(data.path())
            .args(args)
            .env_remove("ONEZONE_CORS_ORIGINS");
        if let Some(env) = env {
            command.env("ONEZONE_CORS_ORIGINS", env);
        }
        let output = command.output().unwrap();
        assert!(!output.status.success(), "{args:?} {env:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("is not an origin"), "{stderr}");
        assert!(stderr.contains(named), "{stderr}");
    }
    // Repeated flags: each origin is allowed.
    let served = Served::start(
        data.path(),
        &[
            "--no-tls",
            "--cors-origin",
            ALLOWED,
            "--cors-origin",
            "HTTPS://App.Example.org:443",
        ],
        None,
    );
    let client = reqwest::Client::new();
    for origin in [ALLOWED, ALSO_ALLOWED] {
        let answer = client
            .request(Method::OPTIONS, format!("{}/health", served.url))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "GET")
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::NO_CONTENT);
        assert_eq!(
            answer.headers()["access-control-allow-origin"]
                .to_str()
                .unwrap(),
            origin
        );
    }
}
