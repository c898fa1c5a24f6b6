//! Embedding: mount the onezone-tokens API beside a route of your own on one hyper server.
//!
//!     cargo run --example embed -- 127.0.0.1:8080 ./embed-data
//!     curl http://127.0.0.1:8080/health
//!     curl -u admin:password http://127.0.0.1:8080/api/v3/onezone/user/spaces/token
//!
//! The library gives the pieces: a `Store` (here the embedded SQLite one; any other
//! implementation of the trait works), `TokenSettings`, and `ApiService`, which answers any
//! request under `/api/v3/onezone` (authentication, routing errors, JSON errors included).
//! This example creates user `admin` (password `password`) with a space on first start.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use onezone_tokens::auth::password;
use onezone_tokens::server::TokenSettings;
use onezone_tokens::store::{SqliteStore, Store};
use onezone_tokens::{ApiService, app::BASE_PATH};
use std::convert::Infallible;
use std::sync::Arc;

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
    let api = ApiService::new(Arc::new(store), TokenSettings::default());

    let listener = tokio::net::TcpListener::bind(&listen).await?;
    println!(
        "embedding example on http://{}{BASE_PATH}",
        listener.local_addr()?
    );
    loop {
        let (stream, _) = listener.accept().await?;
        let api = api.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request: Request<Incoming>| {
                let api = api.clone();
                async move {
                    if ApiService::handles(request.uri().path()) {
                        return Ok::<_, Infallible>(api.handle(request).await);
                    }
                    // The host service's own routes.
                    let (status, body) = match request.uri().path() {
                        "/health" => (StatusCode::OK, "ok"),
                        _ => (StatusCode::NOT_FOUND, "not one of the host's routes"),
                    };
                    let mut response = Response::new(Full::new(Bytes::from(body)).boxed());
                    *response.status_mut() = status;
                    Ok(response)
                }
            });
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}
