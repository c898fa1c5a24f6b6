//! The embedding host's identity (`HostIdentity`): a host that has authenticated its user
//! hands the API that user, and nothing a client sends over HTTP can do the same.
//!
//! The hosts here are axum services on real sockets, mounting `ApiService` the way
//! docs/embedding.md shows; the plain server is `Application` as `serve` runs it.

mod common;

use axum::Router;
use axum::extract::Request;
use axum::middleware::{self, Next};
use common::{TestApp, Transport};
use onezone_tokens::auth::password;
use onezone_tokens::http::Limits;
use onezone_tokens::server::TokenSettings;
use onezone_tokens::store::{SqliteStore, Store};
use onezone_tokens::{ApiService, HostIdentity};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::sync::Arc;
use tempfile::TempDir;

/// Headers a client might hope a server turns into a host identity.
fn forged_identity_headers(user_id: &str) -> Vec<(&'static str, String)> {
    vec![
        ("HostIdentity", user_id.to_owned()),
        ("X-Host-Identity", user_id.to_owned()),
        ("Host-Identity", user_id.to_owned()),
        ("X-Onezone-User", user_id.to_owned()),
        ("X-Forwarded-User", user_id.to_owned()),
        ("X-Remote-User", user_id.to_owned()),
        ("Cookie", format!("host_session={user_id}")),
    ]
}

/// An axum host on 127.0.0.1:0 whose session middleware vouches for `vouched` (when
/// `Some`) on every request. Returns the API's URL; the host stops with the runtime.
async fn host(store: Arc<dyn Store>, limits: Limits, vouched: Option<String>) -> String {
    let api = ApiService::with_limits(store, TokenSettings::default(), &limits);
    let app = Router::new()
        .route_service("/api/v3/onezone/{*rest}", api)
        .layer(middleware::from_fn(
            move |mut request: Request, next: Next| {
                let vouched = vouched.clone();
                async move {
                    if let Some(user) = vouched {
                        request.extensions_mut().insert(HostIdentity(user));
                    }
                    next.run(request).await
                }
            },
        ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/api/v3/onezone", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

/// A store with `admin` (password `password`, with a space) and `bob` (no space); returns it
/// with the ids of admin and bob.
async fn store(dir: &TempDir) -> (Arc<dyn Store>, String, String) {
    let store = SqliteStore::open(dir.path()).unwrap();
    store
        .bootstrap(&password::hash("password").unwrap())
        .await
        .unwrap();
    let bob = store
        .add_user("bob", &password::hash("bob-password").unwrap())
        .await
        .unwrap();
    let admin = store.user_id_by_name("admin").await.unwrap().unwrap();
    (Arc::new(store), admin, bob)
}

async fn call(
    client: &reqwest::Client,
    method: Method,
    url: &str,
    headers: &[(&str, String)],
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut request = client.request(method, url);
    for (name, value) in headers {
        request = request.header(*name, value);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    let json = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, json)
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

fn basic(user: &str, password: &str) -> (&'static str, String) {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    ("Authorization", format!("Basic {encoded}"))
}

#[tokio::test]
async fn the_host_identity_is_the_caller_and_credentials_headers_are_not_looked_at() {
    let dir = TempDir::new().unwrap();
    let (store, _, bob) = store(&dir).await;
    let url = host(Arc::clone(&store), Limits::default(), Some(bob)).await;
    let client = client();

    // No credentials at all: bob, who has no space yet.
    let (status, body) = call(
        &client,
        Method::GET,
        &format!("{url}/user/spaces"),
        &[],
        None,
    )
    .await;
    assert_eq!(
        (status, &body["spaces"]),
        (StatusCode::OK, &json!([])),
        "{body}"
    );
    // Admin's (valid) Basic credentials change nothing: still bob.
    let (status, body) = call(
        &client,
        Method::GET,
        &format!("{url}/user/spaces"),
        &[basic("admin", "password")],
        None,
    )
    .await;
    assert_eq!(
        (status, &body["spaces"]),
        (StatusCode::OK, &json!([])),
        "{body}"
    );
    // Broken or wrong credentials are not even parsed: no 400, no 401.
    for header in [
        ("Authorization", "Basic !!!".to_owned()),
        basic("bob", "wrong"),
        ("X-Auth-Token", "forged".to_owned()),
    ] {
        let (status, body) = call(
            &client,
            Method::GET,
            &format!("{url}/user/spaces"),
            std::slice::from_ref(&header),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{header:?}: {body}");
    }
    // Bob has no default space: the seed's GET is a 404 for him, not admin's token.
    let (status, body) = call(
        &client,
        Method::GET,
        &format!("{url}/user/spaces/token"),
        &[basic("admin", "password")],
        None,
    )
    .await;
    assert_eq!(
        (status, &body["error"]),
        (StatusCode::NOT_FOUND, &json!("not_found"))
    );
    // A host identity creates access tokens as a password login does, and they are bob's.
    let (status, created) = call(
        &client,
        Method::POST,
        &format!("{url}/user/client_tokens"),
        &[],
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    // The same API without a host identity: the token authenticates as bob.
    let direct = host(Arc::clone(&store), Limits::default(), None).await;
    let token = created["token"].as_str().unwrap().to_owned();
    let (status, body) = call(
        &client,
        Method::GET,
        &format!("{direct}/user/spaces"),
        &[("X-Auth-Token", token)],
        None,
    )
    .await;
    assert_eq!(
        (status, &body["spaces"]),
        (StatusCode::OK, &json!([])),
        "{body}"
    );
}

#[tokio::test]
async fn an_identity_the_store_does_not_know_is_a_401_json() {
    let dir = TempDir::new().unwrap();
    let (store, _, _) = store(&dir).await;
    let url = host(store, Limits::default(), Some("no-such-user".to_owned())).await;
    let client = client();
    for headers in [vec![], vec![basic("admin", "password")]] {
        let response = client
            .get(format!("{url}/user/spaces/token"))
            .headers(
                headers
                    .iter()
                    .map(|(n, v)| (n.parse().unwrap(), v.parse().unwrap()))
                    .collect(),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(response.headers()["content-type"], "application/json");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"], "invalid_credentials", "{body}");
    }
}

#[tokio::test]
async fn the_per_user_rate_limits_apply_to_host_identities() {
    let dir = TempDir::new().unwrap();
    let (store, admin, _) = store(&dir).await;
    let limits = Limits {
        mints_per_minute: 2,
        ..Limits::default()
    };
    let url = host(store, limits, Some(admin)).await;
    let client = client();
    let mut statuses = Vec::new();
    for _ in 0..3 {
        let (status, _) = call(
            &client,
            Method::GET,
            &format!("{url}/user/spaces/token"),
            &[],
            None,
        )
        .await;
        statuses.push(status.as_u16());
    }
    assert_eq!(statuses, [200, 200, 429]);
}

#[tokio::test]
async fn no_header_makes_a_client_another_user_on_a_plain_server() {
    let app = TestApp::spawn(Transport::Http).await;
    let bob_password = app.add_user("bob");
    let admin_id = app.user_id("admin").await;
    let client = client();
    let spaces = format!("{}/user/spaces", app.url);
    for (name, value) in forged_identity_headers(&admin_id)
        .into_iter()
        .chain(forged_identity_headers("admin"))
    {
        // Alone: no credentials, the 401 that asks for them.
        let (status, body) = call(
            &client,
            Method::GET,
            &spaces,
            &[(name, value.clone())],
            None,
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{name}: {body}");
        assert_eq!(body["error"], "unauthorized", "{name}: {body}");
        // Beside bob's credentials: bob, with no spaces (admin has one).
        let headers = [(name, value.clone()), basic("bob", &bob_password)];
        let (status, body) = call(&client, Method::GET, &spaces, &headers, None).await;
        assert_eq!(
            (status, &body["spaces"]),
            (StatusCode::OK, &json!([])),
            "{name}: {body}"
        );
        // Beside a forged Authorization for admin: refused.
        let headers = [(name, value), basic("admin", "not-the-password")];
        let (status, body) = call(&client, Method::GET, &spaces, &headers, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{name}: {body}");
        assert_eq!(body["error"], "invalid_credentials", "{name}: {body}");
    }
}

#[tokio::test]
async fn no_header_makes_a_client_another_user_through_a_host_that_vouches_for_nobody() {
    let dir = TempDir::new().unwrap();
    let (store, admin, _) = store(&dir).await;
    let url = host(store, Limits::default(), None).await;
    let client = client();
    let spaces = format!("{url}/user/spaces");
    for (name, value) in forged_identity_headers(&admin)
        .into_iter()
        .chain(forged_identity_headers("admin"))
    {
        let (status, body) = call(
            &client,
            Method::GET,
            &spaces,
            &[(name, value.clone())],
            None,
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{name}: {body}");
        let headers = [(name, value.clone()), basic("bob", "bob-password")];
        let (status, body) = call(&client, Method::GET, &spaces, &headers, None).await;
        assert_eq!(
            (status, &body["spaces"]),
            (StatusCode::OK, &json!([])),
            "{name}: {body}"
        );
        let headers = [(name, value), basic("admin", "not-the-password")];
        let (status, body) = call(&client, Method::GET, &spaces, &headers, None).await;
        assert_eq!(
            body["error"], "invalid_credentials",
            "{name}: {status} {body}"
        );
    }
}
