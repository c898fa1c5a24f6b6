//! Embedding in an axum service: the onezone-tokens API mounted beside a route of the host's
//! own, under tower-http layers, with the host's own login handing the API its users.
//!
//!     cargo run --example embed_axum -- 127.0.0.1:8080 ./embed-data
//!     curl http://127.0.0.1:8080/health
//!     curl -u admin:password http://127.0.0.1:8080/api/v3/onezone/user/spaces/token
//!     curl --cookie host_session=SESSION http://127.0.0.1:8080/api/v3/onezone/user/spaces
//!
//! `ApiService` is a tower `Service`, so axum mounts it with `route_service` (or
//! `fallback_service`) and any tower layer wraps it. On first start this example creates user
//! `admin` (password `password`, with a space) and the host's user `alice`, who has no
//! password anyone knows: she logs in to the host, whose session middleware tells the API who
//! she is with a `HostIdentity` extension. The demo session is one random cookie value,
//! printed at start; a real host would look up its own session store. Requests without the
//! host's session authenticate with their credentials, as against `onezone-tokens serve`.

use axum::Router;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::StatusCode;
use axum::http::header::COOKIE;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use onezone_tokens::auth::password;
use onezone_tokens::http::service::PeerAddr;
use onezone_tokens::server::TokenSettings;
use onezone_tokens::store::{SqliteStore, Store};
use onezone_tokens::{ApiService, HostIdentity, app::BASE_PATH};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// The host's name for its session cookie.
const SESSION_COOKIE: &str = "host_session";

/// The host's sessions: session id → the user id it logged in (here one demo session).
type Sessions = Arc<HashMap<String, String>>;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let listen = args.next().unwrap_or_else(|| "127.0.0.1:8080".into());
    let data_dir = args.next().unwrap_or_else(|| "./embed-data".into());

    let store = SqliteStore::open(data_dir.as_ref())?;
    if !store.is_bootstrapped().await? {
        let hash = password::hash("password").map_err(anyhow::Error::msg)?;
        store.bootstrap(&hash).await?;
    }
    let alice = match store.user_id_by_name("alice").await? {
        Some(id) => id,
        None => {
            // A password nobody knows: alice logs in to the host, not with Basic.
            let hash = password::hash(&random_hex()?).map_err(anyhow::Error::msg)?;
            let id = store.add_user("alice", &hash).await?;
            store.create_space("alice-space", &id).await?;
            id
        }
    };
    let session = random_hex()?;
    let sessions: Sessions = Arc::new(HashMap::from([(session.clone(), alice)]));

    let api = ApiService::new(Arc::new(store), TokenSettings::default());
    let app = Router::new()
        .route("/health", get(|| async { "ok" }))
        .route_service(&format!("{BASE_PATH}/{{*rest}}"), api)
        .layer(middleware::from_fn_with_state(sessions, host_session))
        .layer(TraceLayer::new_for_http())
        // The host's bound on a whole request; the API's own limits (body timeout, store
        // timeouts) are shorter and answer with JSON.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ));

    let listener = tokio::net::TcpListener::bind(&listen).await?;
    println!(
        "embedding example on http://{}{BASE_PATH}",
        listener.local_addr()?
    );
    println!("demo session: {SESSION_COOKIE}={session} (user alice)");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .await?;
    Ok(())
}

/// The host's session middleware: a request with a valid session cookie carries its user to
/// the API as a `HostIdentity`; any other request is passed on as it came, and the API
/// authenticates it from its credentials. It also hands the API the TCP peer, which keys
/// the failed-login limits.
async fn host_session(
    State(sessions): State<Sessions>,
    mut request: Request,
    next: Next,
) -> Response {
    if let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>() {
        let peer = PeerAddr(*peer);
        request.extensions_mut().insert(peer);
    }
    // One cookie by name: a few lines, not worth a cookie crate in an example.
    let user = request
        .headers()
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .and_then(|(_, id)| sessions.get(id).cloned());
    if let Some(user) = user {
        request.extensions_mut().insert(HostIdentity(user));
    }
    next.run(request).await
}

/// 128 random bits in hex, from the OS.
fn random_hex() -> anyhow::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("the OS random source: {e}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}
