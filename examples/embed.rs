//! Embedding: mount the onezone-tokens API beside a route of your own on one hyper server.
//!
//!     cargo run --example embed -- 127.0.0.1:8080 ./embed-data
//!     curl http://127.0.0.1:8080/health
//!     curl -u admin:password http://127.0.0.1:8080/api/v3/onezone/user/spaces/token
//!
//! The example creates user `admin` (password `password`) with a space on first start.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
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
        store
            .bootstrap(&password::hash("password").map_err(anyhow::Error::msg)?)
            .await?;
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
                    // Your own routes first; everything else goes to the token API.
                    if request.uri().path() == "/health" {
                        let body = Full::new(Bytes::from_static(b"ok")).boxed();
                        return Ok::<_, Infallible>(Response::new(body));
                    }
                    Ok(api.handle(request).await)
                }
            });
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}
