//! Request bodies, paths and headers exactly as the contract and the error table say:
//! one JSON object with the schema's fields as `application/json`, or 415/400 JSON; no
//! response header carrying request content; a trailing `/` is a 404.

mod common;

use common::{Answer, Auth, TestApp, Transport, raw_request, socket_addr};
use onezone_tokens::http::Limits;
use reqwest::Method;

/// Sends `body` with `content_type` (none: no header) as admin.
async fn send_raw(
    app: &TestApp,
    method: Method,
    path: &str,
    content_type: Option<&str>,
    body: &[u8],
) -> Answer {
    let mut request = app
        .client
        .request(method, format!("{}{path}", app.url))
        .basic_auth("admin", Some(&app.admin_password))
        .body(body.to_vec());
    if let Some(content_type) = content_type {
        request = request.header("Content-Type", content_type);
    }
    let response = request.send().await.unwrap();
    Answer {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

async fn space_count(app: &TestApp) -> usize {
    let answer = app
        .request(
            Method::GET,
            "/user/spaces",
            Auth::Basic("admin", &app.admin_password),
        )
        .await;
    answer.json()["spaces"].as_array().unwrap().len()
}

/// Parser words that must not reach a client.
fn assert_no_internals(answer: &Answer) {
    let description = answer.json()["error_description"]
        .as_str()
        .unwrap()
        .to_owned();
    for internal in [
        "line ",
        "column",
        "struct",
        "serde",
        "`",
        "expected ",
        "Couldn't",
    ] {
        assert!(
            !description.contains(internal),
            "{description:?} shows parser internals"
        );
    }
}

#[tokio::test]
async fn bodies_must_be_one_json_object_declared_as_application_json() {
    // Dozens of creations by one user: past the per-user creation rate, whose 429 would
    // come before the body is looked at.
    let app = TestApp::spawn_configured(Transport::Http, |config| {
        config.limits.spaces_per_minute = 0
    })
    .await;
    let before = space_count(&app).await;
    let space = "/user/spaces";

    // What the contract allows: parameters on the media type, its name in any case.
    for content_type in [
        "application/json",
        "application/json; charset=utf-8",
        "Application/JSON;charset=UTF-8",
    ] {
        let answer = send_raw(
            &app,
            Method::POST,
            space,
            Some(content_type),
            b" {\"name\": \"ok\"}\n",
        )
        .await;
        assert_eq!(answer.status, 201, "{content_type}: {answer:?}");
    }

    // Another media type, or none: 415, for each operation with a body.
    for path in [space, "/user/spaces/join"] {
        for content_type in [
            Some("text/plain"),
            Some("multipart/form-data; boundary=x"),
            Some("application/json-patch+json"),
            Some("application/json; charset=latin1"),
            Some("json"),
            None,
        ] {
            let answer = send_raw(
                &app,
                Method::POST,
                path,
                content_type,
                b"{\"name\": \"media\"}",
            )
            .await;
            answer.assert_error(415, "unsupported_media_type");
        }
    }
    let answer = send_raw(
        &app,
        Method::PUT,
        "/user/spaces/default",
        Some("text/plain"),
        b"{\"spaceId\": \"abc\"}",
    )
    .await;
    answer.assert_error(415, "unsupported_media_type");

    // Anything but one object: 400, and no space made of it.
    for body in [
        &b"[\"arr-name\"]"[..],
        b"{\"name\":\"tg\"} xyz",
        b"{\"name\":\"first\"}{\"name\":\"second\"}",
        b"{\"name\":\"nul\"}\0",
        b"{\"name\":\"a\",\"name\":\"b\"}",
        b"\"just a string\"",
        b"{\"name\": 5}",
        b"{\"name\": \"x\", \"extra\": true}",
        b"",
    ] {
        let answer = send_raw(&app, Method::POST, space, Some("application/json"), body).await;
        answer.assert_error(400, "invalid_request");
        assert_no_internals(&answer);
    }
    for (path, method, body) in [
        (
            "/user/spaces/join",
            Method::POST,
            &b"[\"MDAxNWxvY2F0aW9uIG9uZXpvbmUK\"]"[..],
        ),
        ("/user/spaces/join", Method::POST, b"{\"token\":\"a\"}\0"),
        ("/user/spaces/default", Method::PUT, b"[\"abc\"]"),
        (
            "/user/spaces/default",
            Method::PUT,
            b"{\"spaceId\":\"a\"} {\"spaceId\":\"b\"}",
        ),
    ] {
        let answer = send_raw(&app, method, path, Some("application/json"), body).await;
        answer.assert_error(400, "invalid_request");
        assert_no_internals(&answer);
    }
    assert_eq!(space_count(&app).await, before + 3);
}

#[tokio::test]
async fn error_descriptions_name_the_field_and_what_was_expected() {
    let app = TestApp::spawn(Transport::Http).await;
    let describe = |answer: Answer| {
        answer.assert_error(400, "invalid_request");
        assert_no_internals(&answer);
        answer.json()["error_description"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let post = |body: &'static str| {
        send_raw(
            &app,
            Method::POST,
            "/user/spaces",
            Some("application/json"),
            body.as_bytes(),
        )
    };
    let text = describe(post("{\"name\": 5}").await);
    assert!(
        text.contains("\"name\"") && text.contains("string"),
        "{text}"
    );
    let text = describe(post("{\"name\": \"x\", \"colour\": \"red\"}").await);
    assert!(
        text.contains("\"colour\"") && text.contains("SpaceCreateRequest"),
        "{text}"
    );
    let text = describe(post("{\"name\": \"a\", \"name\": \"b\"}").await);
    assert!(
        text.contains("\"name\"") && text.contains("more than once"),
        "{text}"
    );
    let text = describe(post("{}").await);
    assert!(
        text.contains("\"name\"") && text.contains("required"),
        "{text}"
    );
    let text = describe(post("[\"arr-name\"]").await);
    assert!(text.contains("one JSON object"), "{text}");
}

#[tokio::test]
async fn unknown_fields_never_reach_a_response_header() {
    // A larger body limit, as the issue's 7,500 keys were sent with.
    let app = TestApp::spawn_configured(Transport::Http, |config| {
        config.limits = Limits {
            max_body_bytes: 1 << 20,
            ..Limits::default()
        };
    })
    .await;
    let token = app.issue_token("admin");
    // 7,500 keys, one of them a credential: the answer's head stays small and holds none.
    let mut body = String::from("{\"name\": \"many keys\"");
    body.push_str(&format!(", \"{token}\": 1"));
    for index in 0..7500 {
        body.push_str(&format!(", \"k{index}\": 1"));
    }
    body.push('}');
    let answer = send_raw(
        &app,
        Method::POST,
        "/user/spaces",
        Some("application/json"),
        body.as_bytes(),
    )
    .await;
    answer.assert_error(400, "invalid_request");
    assert!(answer.header("warning").is_none(), "{answer:?}");
    let head: usize = answer
        .headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    assert!(head < 512, "a {head}-byte head: {:?}", answer.headers);
    // The description names the first unknown field, cut short.
    assert!(answer.body.len() < 300, "{}", answer.body);
    assert!(!answer.body.contains(&token), "{}", answer.body);
}

#[tokio::test]
async fn a_trailing_slash_is_not_found() {
    let app = TestApp::spawn(Transport::Http).await;
    let admin = Auth::Basic("admin", &app.admin_password);
    for (method, path) in [
        (Method::GET, "/user/spaces/"),
        (Method::GET, "/user/client_tokens/"),
        (Method::POST, "/user/client_tokens/"),
        (Method::GET, "/user/spaces/default/"),
        (Method::DELETE, "/user/spaces/"),
        (Method::GET, "/user//spaces"),
    ] {
        let answer = app.request(method.clone(), path, admin_clone(&admin)).await;
        answer.assert_error(404, "not_found");
    }
    // Byte for byte, as no client library would normalise it.
    let addr = socket_addr(&app.url);
    let raw = raw_request(
        addr,
        b"GET /api/v3/onezone/user/spaces/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    )
    .await
    .unwrap();
    assert_eq!(raw.status, 404, "{raw:?}");
}

fn admin_clone<'a>(auth: &Auth<'a>) -> Auth<'a> {
    match auth {
        Auth::Basic(user, password) => Auth::Basic(user, password),
        _ => unreachable!("only Basic here"),
    }
}

#[tokio::test]
async fn unknown_fields_are_not_logged_one_line_each() {
    let dir = tempfile::TempDir::new().unwrap();
    let data = dir.path().join("data");
    let log = dir.path().join("server.log");
    let served = common::Served::start_logged(&data, &["--no-tls"], Some("password"), &log);
    let mut body = String::from("{\"name\": \"logged\"");
    for index in 0..50 {
        body.push_str(&format!(", \"zzunknown{index}\": 1"));
    }
    body.push('}');
    let response = reqwest::Client::new()
        .post(format!("{}/user/spaces", served.url))
        .basic_auth("admin", Some("password"))
        .header("Content-Type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let span_id = response.headers()["x-span-id"].to_str().unwrap().to_owned();
    assert!(served.terminate().success());
    let log = std::fs::read_to_string(&log).unwrap();
    let echoed: Vec<&str> = log.lines().filter(|l| l.contains("zzunknown")).collect();
    assert!(echoed.is_empty(), "field names in the log: {echoed:?}");
    let request_lines = log.lines().filter(|l| l.contains(&span_id)).count();
    assert_eq!(request_lines, 1, "{log}");
}

/// docs/operations.md: the failed-login limit does not count requests without
/// credentials, and does not refuse them either.
#[tokio::test]
async fn requests_without_credentials_are_not_refused_by_the_failed_login_limit() {
    let app = TestApp::spawn_configured(Transport::Http, |config| {
        config.limits = Limits {
            failed_logins_per_minute: 3,
            ..Limits::default()
        };
    })
    .await;
    for _ in 0..10 {
        app.get_user_space_token(Auth::None)
            .await
            .assert_error(401, "unauthorized");
    }
    // Not counted: the allowance is whole.
    for _ in 0..3 {
        app.get_user_space_token(Auth::Basic("admin", "guess"))
            .await
            .assert_error(401, "invalid_credentials");
    }
    app.get_user_space_token(Auth::Basic("admin", "guess"))
        .await
        .assert_error(429, "too_many_requests");
    // Over the allowance, a request without credentials still learns how to authenticate.
    app.get_user_space_token(Auth::None)
        .await
        .assert_error(401, "unauthorized");
}

/// RFC 9112, section 6.1: a transfer coding the server does not implement is a 501;
/// hyper decodes `chunked` alone and would pass `gzip` through undecoded.
#[tokio::test]
async fn transfer_codings_but_chunked_are_not_implemented() {
    let app = TestApp::spawn(Transport::Http).await;
    let addr = socket_addr(&app.url);
    let basic = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        format!("admin:{}", app.admin_password),
    );
    let body = b"{\"name\": \"gzipped\"}";
    let send = |coding: &str| {
        let mut request = format!(
            "POST /api/v3/onezone/user/spaces HTTP/1.1\r\nHost: 127.0.0.1\r\n\
             Connection: close\r\nAuthorization: Basic {basic}\r\n\
             Content-Type: application/json\r\nTransfer-Encoding: {coding}\r\n\r\n{:x}\r\n",
            body.len()
        )
        .into_bytes();
        request.extend_from_slice(body);
        request.extend_from_slice(b"\r\n0\r\n\r\n");
        request
    };
    for coding in ["gzip, chunked", "deflate, chunked", "chunked, chunked"] {
        let answer = raw_request(addr, &send(coding)).await.unwrap();
        assert_eq!(answer.status, 501, "{coding}: {answer:?}");
        assert_eq!(answer.header("content-type"), Some("application/json"));
        let json: serde_json::Value = serde_json::from_slice(&answer.body).unwrap();
        assert_eq!(json["error"], "not_implemented", "{json}");
    }
    let answer = raw_request(addr, &send("chunked")).await.unwrap();
    assert_eq!(answer.status, 201, "{answer:?}");
}
