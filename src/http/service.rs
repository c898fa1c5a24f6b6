//! The HTTP front of the API: routing errors, authentication and the request log, around
//! the generated router (which then calls [`Server`]).
//!
//! Order per request: unknown path → 404 JSON; known path, wrong method → 405 JSON with
//! `Allow`; then credentials → 400/401 JSON or an authenticated context; then the generated
//! router. The request body is read first, up to 64 KiB (413 beyond). Any plain-text error
//! the generated code still produces (a body that does not match its schema) is turned into
//! the JSON `Error` model, so no other body shape reaches a client.

use crate::auth::{Authenticator, credentials};
use crate::error::ApiError;
use crate::http::limits::{Limits, RateLimiter};
use crate::http::path;
use crate::http::{body, head};
use crate::server::{Server, TokenSettings};
use crate::store::Store;
use bytes::Bytes;
use futures_util::future::BoxFuture;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Body;
use hyper::header::{CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, HeaderName, HeaderValue};
use hyper::{Method, Request, Response};
use onezone_api::server::ApiRequestParser;
use std::collections::HashMap;
use std::convert::Infallible;
use std::error::Error as StdError;
use std::net::IpAddr;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use swagger::auth::{Authorization, Scopes};
use swagger::{ContextBuilder, EmptyContext, Push, RequestParser, XSpanIdString};

pub type ResponseBody = BoxBody<Bytes, Infallible>;

/// What the generated router needs to know about a request.
type RequestContext =
    ContextBuilder<Option<Authorization>, ContextBuilder<XSpanIdString, EmptyContext>>;

/// Methods the 405 `Allow` header is computed from.
const METHODS: [Method; 5] = [
    Method::GET,
    Method::POST,
    Method::PUT,
    Method::PATCH,
    Method::DELETE,
];

const X_SPAN_ID: HeaderName = HeaderName::from_static("x-span-id");

/// The contract this binary was built from, served unauthenticated at [`CONTRACT_PATH`].
pub const CONTRACT: &str = include_str!("../../api.yaml");
/// Where the contract is served, under the base path.
pub const CONTRACT_PATH: &str = "/api/v3/onezone/openapi.yaml";

/// The client's address, put in a request's extensions by the server (an embedding host
/// may insert it too); it keys the failed-login rate limit.
#[derive(Debug, Clone, Copy)]
pub struct PeerAddr(pub std::net::SocketAddr);

/// The complete API as one hyper service: mount it on a connection, or call
/// [`ApiService::handle`] from a larger service.
#[derive(Clone)]
pub struct ApiService {
    authenticator: Authenticator,
    router: onezone_api::server::Service<Server, RequestContext>,
    limits: Arc<RequestLimits>,
    routes: Arc<RouteCache>,
}

/// The per-request part of [`Limits`], with its rate limiters.
struct RequestLimits {
    max_head_bytes: usize,
    body_timeout: Duration,
    max_body_bytes: usize,
    mints: Option<RateLimiter<String>>,
    joins: Option<RateLimiter<String>>,
    failed_logins: Option<RateLimiter<IpAddr>>,
}

impl ApiService {
    /// The API with the default [`Limits`].
    pub fn new(store: Arc<dyn Store>, settings: TokenSettings) -> ApiService {
        Self::with_limits(store, settings, &Limits::default())
    }

    pub fn with_limits(
        store: Arc<dyn Store>,
        settings: TokenSettings,
        limits: &Limits,
    ) -> ApiService {
        let server = Server::new(Arc::clone(&store), settings);
        ApiService {
            authenticator: Authenticator::new(store),
            router: onezone_api::server::Service::new(server, false),
            limits: Arc::new(RequestLimits {
                max_head_bytes: limits.max_head_bytes,
                body_timeout: limits.body_timeout,
                max_body_bytes: limits.max_body_bytes,
                mints: RateLimiter::per_minute(limits.mints_per_minute),
                joins: RateLimiter::per_minute(limits.joins_per_minute),
                failed_logins: RateLimiter::per_minute(limits.failed_logins_per_minute),
            }),
            routes: Arc::default(),
        }
    }

    /// Whether a request for `path` belongs to this API (everything under the base path
    /// `/api/v3/onezone`): an embedding service routes those here and keeps the rest.
    pub fn handles(path: &str) -> bool {
        path.strip_prefix(onezone_api::BASE_PATH)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }

    /// Answers one request; never fails and never panics on client input.
    pub async fn handle<B>(&self, request: Request<B>) -> Response<ResponseBody>
    where
        B: Body + Send + 'static,
        B::Error: Into<Box<dyn StdError + Send + Sync>> + Send,
        B::Data: Send,
    {
        let started = Instant::now();
        let span_id = new_span_id();
        let method = request.method().clone();
        let path = request.uri().path().to_owned();

        let mut response = if let Err(error) = self.check_head(&request) {
            error.into_response()
        } else if let Err(error) = path::check(&path) {
            error.into_response()
        } else if path == CONTRACT_PATH {
            contract(&method)
        } else {
            match self.routes.route(request.method(), &path) {
                Err(error) => error.into_response(),
                Ok(operation) => self.answer(request, operation, &span_id).await,
            }
        };

        let headers = response.headers_mut();
        // Tokens are credentials: no cache may keep a response (RFC 6749 section 5.1).
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Ok(value) = HeaderValue::from_str(&span_id.0) {
            headers.insert(X_SPAN_ID, value);
        }
        tracing::info!(
            request_id = %span_id.0,
            %method,
            path = %path,
            status = response.status().as_u16(),
            latency_us = started.elapsed().as_micros() as u64,
            "request"
        );
        response
    }

    /// A request for an operation of the API: credentials, rate limit and body, then the
    /// generated router.
    async fn answer<B>(
        &self,
        request: Request<B>,
        operation: &'static str,
        span_id: &XSpanIdString,
    ) -> Response<ResponseBody>
    where
        B: Body + Send + 'static,
        B::Error: Into<Box<dyn StdError + Send + Sync>> + Send,
        B::Data: Send,
    {
        let peer = request.extensions().get::<PeerAddr>().map(|p| p.0.ip());
        let (parts, body) = request.into_parts();
        let accepted = match self.authenticate(&parts.headers, peer).await {
            Ok(user_id) => match self.rate_limit(operation, &user_id) {
                Ok(()) => self.read_body(&parts.headers, body).await.and_then(|body| {
                    body::check(operation, &parts.headers, &body)?;
                    Ok((user_id, body))
                }),
                Err(error) => Err(error),
            },
            Err(error) => Err(error),
        };
        match accepted {
            Ok((user_id, body)) => {
                let request = Request::from_parts(parts, Full::new(body));
                let mut response = self.call_router(request, user_id, span_id.clone()).await;
                // The generated code's list of ignored fields; body::check leaves none, and
                // no response header carries request content.
                response.headers_mut().remove("warning");
                json_errors_only(response).await
            }
            Err(error) => error.into_response(),
        }
    }

    /// hyper bounds the head only roughly (by its read buffer); this is the exact limit.
    /// And RFC 9112 section 3.2: an HTTP/1.1 request without `Host`, or any request with
    /// more than one, is answered 400 (HTTP/1.0 may omit it).
    fn check_head<B>(&self, request: &Request<B>) -> Result<(), ApiError> {
        head::check_transfer_coding(request.headers())?;
        let hosts = request
            .headers()
            .get_all(hyper::header::HOST)
            .iter()
            .count();
        if hosts > 1 || (hosts == 0 && request.version() >= hyper::Version::HTTP_11) {
            return Err(ApiError::InvalidRequest(
                "An HTTP/1.1 request needs exactly one Host header (RFC 9112, section 3.2)."
                    .to_owned(),
            ));
        }
        let limit = self.limits.max_head_bytes;
        let headers: usize = request
            .headers()
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len() + 4)
            .sum();
        if headers + request.uri().path().len() + request.uri().query().map_or(0, str::len) > limit
        {
            return Err(ApiError::HeadersTooLarge { limit });
        }
        Ok(())
    }

    /// Authenticates, unless the client address has failed too often lately; failures
    /// (wrong password, bad token) count against the address.
    async fn authenticate(
        &self,
        headers: &hyper::HeaderMap,
        peer: Option<IpAddr>,
    ) -> Result<String, ApiError> {
        // A request without credentials is neither counted nor refused: its answer is
        // the 401 that says how to authenticate.
        let presents_credentials = matches!(credentials::from_headers(headers), Ok(Some(_)));
        let limiter =
            (self.limits.failed_logins.as_ref().zip(peer)).filter(|_| presents_credentials);
        if let Some((limiter, ip)) = limiter
            && let Some(retry_after_seconds) = limiter.blocked(&ip)
        {
            return Err(ApiError::TooManyRequests {
                retry_after_seconds,
            });
        }
        let result = self.authenticator.authenticate(headers).await;
        if let (Err(error), Some((limiter, ip))) = (&result, limiter)
            && error.is_failed_authentication()
        {
            let _ = limiter.check(&ip);
        }
        result
    }

    /// Minting and joining are limited per user.
    fn rate_limit(&self, operation: &str, user_id: &str) -> Result<(), ApiError> {
        let limiter = match operation {
            "GetUserSpaceToken" => self.limits.mints.as_ref(),
            "JoinSpace" => self.limits.joins.as_ref(),
            _ => None,
        };
        match limiter.map(|l| l.check(&user_id.to_owned())) {
            Some(Err(retry_after_seconds)) => Err(ApiError::TooManyRequests {
                retry_after_seconds,
            }),
            _ => Ok(()),
        }
    }

    /// Reads the whole body within the body timeout, refusing more than the size limit
    /// without reading it all.
    async fn read_body<B>(&self, headers: &hyper::HeaderMap, body: B) -> Result<Bytes, ApiError>
    where
        B: Body,
        B::Error: Into<Box<dyn StdError + Send + Sync>>,
    {
        if body.is_end_stream() {
            // Nothing to wait for (a GET): no timer to set.
            return Ok(Bytes::new());
        }
        let timeout = self.limits.body_timeout;
        tokio::time::timeout(
            timeout,
            read_body(headers, body, self.limits.max_body_bytes),
        )
        .await
        .unwrap_or(Err(ApiError::RequestTimeout {
            seconds: timeout.as_secs(),
        }))
    }

    async fn call_router(
        &self,
        request: Request<Full<Bytes>>,
        user_id: String,
        span_id: XSpanIdString,
    ) -> Response<ResponseBody> {
        let authorization = Authorization {
            subject: user_id,
            scopes: Scopes::All,
            issuer: None,
        };
        let context: RequestContext = EmptyContext.push(span_id).push(Some(authorization));
        match hyper::service::Service::call(&self.router, (request, context)).await {
            Ok(response) => response,
            Err(error) => ApiError::internal(error).into_response(),
        }
    }
}

/// `GET /api/v3/onezone/openapi.yaml`: the exact api.yaml embedded at build time.
fn contract(method: &Method) -> Response<ResponseBody> {
    if method != Method::GET && method != Method::HEAD {
        return ApiError::MethodNotAllowed {
            allow: vec!["GET", "HEAD"],
        }
        .into_response();
    }
    let mut response = Response::new(BoxBody::new(Full::new(Bytes::from_static(
        CONTRACT.as_bytes(),
    ))));
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/yaml"));
    response
}

/// Reads the whole body, refusing more than `limit` bytes without reading it all.
async fn read_body<B>(headers: &hyper::HeaderMap, body: B, limit: usize) -> Result<Bytes, ApiError>
where
    B: Body,
    B::Error: Into<Box<dyn StdError + Send + Sync>>,
{
    let too_large = ApiError::PayloadTooLarge { limit };
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(too_large);
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(error) if error.downcast_ref::<LengthLimitError>().is_some() => Err(too_large),
        Err(_) => Err(ApiError::InvalidRequest(
            "The request body could not be read.".to_owned(),
        )),
    }
}

/// Replaces a non-JSON error answer of the generated router (its plain-text 400 for a body
/// that does not match the schema) by the JSON `Error` model.
async fn json_errors_only(response: Response<ResponseBody>) -> Response<ResponseBody> {
    let is_json = response
        .headers()
        .get(CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let status = response.status();
    if is_json || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let text = match response.into_body().collect().await {
        Ok(collected) => String::from_utf8_lossy(&collected.to_bytes()).into_owned(),
        Err(never) => match never {},
    };
    let error = match status.as_u16() {
        400 => ApiError::InvalidRequest(format!("The request body is not valid: {text}")),
        404 => not_found(),
        _ => ApiError::internal(format!("the generated router answered {status}: {text}")),
    };
    error.into_response()
}

/// A request id: a random UUID (v4) as the generated code makes, from the thread's
/// CSPRNG rather than a system call per request.
fn new_span_id() -> XSpanIdString {
    let mut bytes = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::thread_rng(), &mut bytes);
    XSpanIdString(
        uuid::Builder::from_random_bytes(bytes)
            .into_uuid()
            .to_string(),
    )
}

/// The operations each path has, as [`operations`] finds them, for paths seen before.
#[derive(Default)]
struct RouteCache(RwLock<HashMap<Box<str>, Vec<Route>>>);

/// A method a path allows, and the id of the operation it calls.
type Route = (Method, &'static str);

impl RouteCache {
    /// Paths remembered at most (paths with ids are many; the rest are computed each time).
    const MAX_PATHS: usize = 1024;

    /// The operation id of `method` on `path`; 404 for an unknown path, 405 with `Allow`
    /// for a method it does not allow.
    fn route(&self, method: &Method, path: &str) -> Result<&'static str, ApiError> {
        if let Ok(paths) = self.0.read()
            && let Some(allowed) = paths.get(path)
        {
            return decide(method, allowed);
        }
        let allowed = operations(path);
        let decision = decide(method, &allowed);
        if let Ok(mut paths) = self.0.write()
            && paths.len() < Self::MAX_PATHS
        {
            paths.insert(path.into(), allowed);
        }
        decision
    }
}

fn decide(method: &Method, allowed: &[Route]) -> Result<&'static str, ApiError> {
    if let Some((_, operation)) = allowed.iter().find(|(m, _)| m == method) {
        Ok(operation)
    } else if allowed.is_empty() {
        Err(not_found())
    } else {
        Err(ApiError::MethodNotAllowed {
            allow: allowed.iter().map(|(m, _)| static_name(m)).collect(),
        })
    }
}

/// The name of one of [`METHODS`].
fn static_name(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        // Never reached: allowed methods are taken from METHODS.
        _ => "OPTIONS",
    }
}

/// Routing as OpenAPI defines it: a concrete path (`/user/spaces/token`) wins over a
/// templated one (`/user/spaces/{id}`), so `DELETE /user/spaces/token` is a 405, not an
/// attempt to leave a space called "token". The generated router only knows "first match
/// wins", so a match is classified by asking it again with the last segment replaced by a
/// value no concrete path has: the same operation then means the match was templated.
///
/// Returns the path's concrete operations (method and operation id) if it has any, else its
/// templated ones; none for an unknown path.
fn operations(path: &str) -> Vec<Route> {
    let operation = |method: &Method, path: &str| {
        Request::builder()
            .method(method.clone())
            .uri(path)
            .body(())
            .ok()
            .and_then(|probe| ApiRequestParser::parse_operation_id(&probe))
    };
    let templated = match path.rfind('/') {
        Some(slash) => format!("{}/~", &path[..slash]),
        None => return Vec::new(),
    };
    let found: Vec<Route> = METHODS
        .iter()
        .filter_map(|method| Some((method.clone(), operation(method, path)?)))
        .collect();
    let concrete: Vec<Route> = found
        .iter()
        .filter(|(method, op)| operation(method, &templated) != Some(*op))
        .cloned()
        .collect();
    if concrete.is_empty() { found } else { concrete }
}

fn not_found() -> ApiError {
    ApiError::NotFound("There is no resource at this path.".to_owned())
}

impl<B> hyper::service::Service<Request<B>> for ApiService
where
    B: Body + Send + 'static,
    B::Error: Into<Box<dyn StdError + Send + Sync>> + Send,
    B::Data: Send,
{
    type Response = Response<ResponseBody>;
    type Error = Infallible;
    type Future = BoxFuture<'static, Result<Self::Response, Infallible>>;

    fn call(&self, request: Request<B>) -> Self::Future {
        let service = self.clone();
        Box::pin(async move { Ok(service.handle(request).await) })
    }
}
