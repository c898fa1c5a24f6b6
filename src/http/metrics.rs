//! The metrics endpoint: `GET /metrics` in Prometheus's text exposition format, on a
//! listener of its own (`serve --metrics-listen ADDR`), never on the API port. Plain HTTP:
//! bind it to loopback or an internal interface that only the scraper reaches (the
//! figures name no user, but they tell an outsider about traffic and failures).

use crate::error::ApiError;
use crate::http::ResponseBody;
use crate::metrics::{self, Metrics};
use bytes::Bytes;
use http_body_util::{Full, combinators::BoxBody};
use hyper::body::Incoming;
use hyper::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::{Method, Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::future::Future;
use std::time::Duration;
use tokio::net::TcpListener;

/// The path of the metrics on their listener.
pub const METRICS_PATH: &str = "/metrics";
/// Scrapers open few connections; a bound keeps a stray client from holding many.
const MAX_CONNECTIONS: usize = 16;
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// Serves the metrics on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    metrics: &'static Metrics,
    shutdown: impl Future<Output = ()>,
) {
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .keep_alive(true);
    let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = std::sync::Arc::clone(&slots).acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => return,
            },
            () = &mut shutdown => return,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(error) => {
                    tracing::warn!(%error, "metrics: accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => return,
        };
        let http = http.clone();
        tokio::spawn(async move {
            let _permit = permit;
            let service =
                hyper::service::service_fn(move |request: Request<Incoming>| async move {
                    Ok::<_, Infallible>(answer(metrics, request.method(), request.uri().path()))
                });
            if let Err(error) = http.serve_connection(TokioIo::new(stream), service).await {
                tracing::debug!(%error, "metrics connection ended with an error");
            }
        });
    }
}

/// `GET /metrics`; every other request a JSON error like the API's.
fn answer(metrics: &Metrics, method: &Method, path: &str) -> Response<ResponseBody> {
    if path != METRICS_PATH {
        return ApiError::NotFound(
            "There is no resource at this path; metrics are at /metrics.".to_owned(),
        )
        .into_response();
    }
    if method != Method::GET && method != Method::HEAD {
        return ApiError::MethodNotAllowed {
            allow: crate::http::READ_ONLY_METHODS.to_vec(),
        }
        .into_response();
    }
    let mut response = Response::new(BoxBody::new(Full::new(Bytes::from(metrics.render()))));
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static(metrics::CONTENT_TYPE),
    );
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
