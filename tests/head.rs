//! HEAD on every GET operation of api.yaml (RFC 9110, section 9.3.2): the status and
//! headers GET would get, `Content-Length` included, and no body; nothing spent or changed.

mod common;

use common::{Auth, RawAnswer, TRANSPORTS, TestApp, Transport};
use reqwest::Method;

/// The paths of api.yaml with a `get:` operation, read from the contract the binary serves
/// (so operations added later are covered too), with `{id}` replaced by `id`.
fn get_paths(contract: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut current: Option<&str> = None;
    for line in contract.lines() {
        if let Some(path) = line.strip_prefix("  /").and_then(|p| p.strip_suffix(':')) {
            current = Some(path);
        } else if !line.starts_with("  ") && !line.is_empty() {
            current = None;
        } else if line == "    get:"
            && let Some(path) = current
        {
            paths.push(format!("/{path}"));
        }
    }
    paths
}

/// HEAD and GET over one raw connection each, so the exact bytes (an empty HEAD body,
/// the `Content-Length` sent) are seen, not what a client library makes of them.
async fn exchange(app: &TestApp, method: &str, path: &str, auth: Option<&str>) -> RawAnswer {
    let authorization = auth.map_or(String::new(), |a| format!("Authorization: {a}\r\n"));
    let request = format!(
        "{method} /api/v3/onezone{path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{authorization}Connection: close\r\n\r\n"
    );
    let bytes = common::raw_exchange(app, request.as_bytes()).await;
    common::parse_raw_answer(&bytes).expect("an HTTP answer")
}

fn comparable(answer: &RawAnswer) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = answer
        .headers
        .iter()
        // Different for every request by design.
        .filter(|(name, _)| name != "x-span-id" && name != "date")
        .cloned()
        .collect();
    headers.sort();
    headers
}

fn basic(user: &str, password: &str) -> String {
    use base64::Engine as _;
    let pair = format!("{user}:{password}");
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(pair)
    )
}

#[tokio::test]
async fn head_answers_every_get_operation_as_get_without_the_body() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let admin = basic("admin", &app.admin_password);
        let space = app
            .create_space_over_api(Auth::Basic("admin", &app.admin_password), "headed")
            .await;
        let contract = app.request(Method::GET, "/openapi.yaml", Auth::None).await;
        let mut paths = get_paths(&contract.body);
        assert!(paths.len() >= 6, "{paths:?}");
        paths.push("/openapi.yaml".to_owned());
        for path in paths {
            let path = path.replace("{id}", &space);
            // Authenticated (200), without credentials (401, or 200 for the probes), with a
            // wrong password (401), and on an unknown id (404).
            for auth in [Some(admin.as_str()), None, Some(&basic("admin", "wrong"))] {
                let get = exchange(&app, "GET", &path, auth).await;
                let head = exchange(&app, "HEAD", &path, auth).await;
                assert_eq!(head.status, get.status, "{transport:?} HEAD {path}");
                assert_eq!(comparable(&head), comparable(&get), "HEAD {path}");
                assert!(head.body.is_empty(), "HEAD {path}: {:?}", head.body);
                let length: usize = get.header("content-length").unwrap().parse().unwrap();
                assert_eq!(length, get.body.len(), "GET {path}");
                assert!(head.header("x-span-id").is_some());
            }
        }
        let unknown = exchange(&app, "HEAD", "/user/spaces/no-such-space", Some(&admin)).await;
        let get = exchange(&app, "GET", "/user/spaces/no-such-space", Some(&admin)).await;
        assert_eq!((unknown.status, get.status), (404, 404));
        assert_eq!(comparable(&unknown), comparable(&get));
        assert!(unknown.body.is_empty());
        let nowhere = exchange(&app, "HEAD", "/users", Some(&admin)).await;
        assert_eq!(nowhere.status, 404);
        assert!(nowhere.body.is_empty());
        // A POST-only path: 405 for HEAD as for GET, and Allow says so.
        let join = exchange(&app, "HEAD", "/user/spaces/join", Some(&admin)).await;
        assert_eq!(join.status, 405);
        assert_eq!(join.header("allow"), Some("POST"));
    }
}

#[tokio::test]
async fn allow_lists_head_beside_get() {
    let app = TestApp::spawn(Transport::Http).await;
    let auth = || Auth::Basic("admin", "whatever");
    for (path, allow) in [
        (common::TOKEN_PATH, "GET, HEAD"),
        ("/user/spaces/default", "GET, HEAD, PUT"),
        ("/user/spaces", "GET, HEAD, POST"),
        ("/health", "GET, HEAD"),
    ] {
        let answer = app.request(Method::PATCH, path, auth()).await;
        answer.assert_error(405, "method_not_allowed");
        assert_eq!(answer.header("allow"), Some(allow), "{path}");
    }
}

/// A HEAD of the mint operation spends nothing of the user's allowance, and is refused
/// with GET's 429 (and `Retry-After`) once GET has spent it.
#[tokio::test]
async fn head_of_a_mint_spends_none_of_the_rate_limit() {
    let app = TestApp::spawn_configured(Transport::Http, |config| {
        config.limits.mints_per_minute = 2;
    })
    .await;
    let admin = basic("admin", &app.admin_password);
    app.create_space_over_api(Auth::Basic("admin", &app.admin_password), "limited")
        .await;
    for _ in 0..5 {
        let head = exchange(&app, "HEAD", common::TOKEN_PATH, Some(&admin)).await;
        assert_eq!(head.status, 200);
    }
    for _ in 0..2 {
        let get = exchange(&app, "GET", common::TOKEN_PATH, Some(&admin)).await;
        assert_eq!(get.status, 200);
    }
    let get = exchange(&app, "GET", common::TOKEN_PATH, Some(&admin)).await;
    let head = exchange(&app, "HEAD", common::TOKEN_PATH, Some(&admin)).await;
    assert_eq!((get.status, head.status), (429, 429));
    assert!(head.header("retry-after").is_some());
    assert!(head.body.is_empty());
}
