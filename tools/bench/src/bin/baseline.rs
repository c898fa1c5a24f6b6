//! The bare-hyper baseline of the load harness: the server's HTTP stack with nothing behind
//! it. Same hyper and tokio versions (one workspace lock), the same runtime (tokio's default
//! multi-threaded runtime, one worker per core, as `onezone-tokens serve`), the same
//! connection settings as `src/app.rs` (HTTP/1 builder, 10 s header-read timeout, 64 KiB
//! head limit, TCP_NODELAY, graceful-shutdown watcher, the server's rustls configuration
//! for HTTPS), and the same paths. Its header-read timer is hyper-util's `TokioTimer` (the
//! server's own per-connection timer is private to it) and its allocator the system's. Every request under the base path gets 200 with a constant JSON body
//! of `--body-size` bytes (the size of a token response) and the server's response headers.
//!
//! ```text
//! bench-baseline --listen 127.0.0.1:9000 --body-size 412 [--tls-cert C --tls-key K]
//! ```

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

const BASE_PATH: &str = "/api/v3/onezone/";

fn main() -> anyhow::Result<()> {
    let mut listen: SocketAddr = "127.0.0.1:9000".parse()?;
    let mut body_size = 412usize;
    let (mut cert, mut key) = (None, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| anyhow::anyhow!("{arg} needs a value"))
        };
        match arg.as_str() {
            "--listen" => listen = value()?.parse()?,
            "--body-size" => body_size = value()?.parse()?,
            "--tls-cert" => cert = Some(value()?),
            "--tls-key" => key = Some(value()?),
            other => anyhow::bail!("unknown argument {other}"),
        }
    }
    let tls = match (cert, key) {
        (Some(cert), Some(key)) => {
            // The server's own TLS configuration (rustls, TLS 1.3 and 1.2).
            let config = onezone_tokens::http::tls::server_config(
                &std::fs::read(&cert)?,
                &std::fs::read(&key)?,
                std::path::Path::new(&cert),
                std::path::Path::new(&key),
            )?;
            Some(TlsAcceptor::from(std::sync::Arc::new(config)))
        }
        _ => None,
    };
    // `{"token":"xxxx..."}` padded to the size of a real token response.
    let filler = body_size.saturating_sub(r#"{"token":""}"#.len()).max(1);
    let body = Bytes::from(format!(r#"{{"token":"{}"}}"#, "A".repeat(filler)));
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(serve(listen, tls, body))
}

async fn serve(listen: SocketAddr, tls: Option<TlsAcceptor>, body: Bytes) -> anyhow::Result<()> {
    let listener = TcpListener::bind(listen).await?;
    println!("baseline serving {}", listener.local_addr()?);
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(Duration::from_secs(10))
        .max_buf_size(64 * 1024);
    let graceful = GracefulShutdown::new();
    let shutdown = tokio::signal::ctrl_c();
    tokio::pin!(shutdown);
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let (http, body, watcher, tls) =
            (http.clone(), body.clone(), graceful.watcher(), tls.clone());
        tokio::spawn(async move {
            match tls {
                None => connection(http, body, watcher, stream).await,
                Some(tls) => {
                    if let Ok(Ok(stream)) =
                        tokio::time::timeout(Duration::from_secs(10), tls.accept(stream)).await
                    {
                        connection(http, body, watcher, stream).await
                    }
                }
            }
        });
    }
    Ok(())
}

async fn connection<S>(
    http: http1::Builder,
    body: Bytes,
    watcher: hyper_util::server::graceful::Watcher,
    stream: S,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = service_fn(move |request: Request<hyper::body::Incoming>| {
        let body = body.clone();
        async move {
            let found = request.uri().path().starts_with(BASE_PATH);
            // Read the request body as the server does (joins send one).
            let _ = request.into_body().collect().await;
            let mut response = Response::new(Full::new(if found { body } else { Bytes::new() }));
            if found {
                let headers = response.headers_mut();
                headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            } else {
                *response.status_mut() = StatusCode::NOT_FOUND;
            }
            Ok::<_, Infallible>(response)
        }
    });
    let _ = watcher
        .watch(http.serve_connection(TokioIo::new(stream), service))
        .await;
}
