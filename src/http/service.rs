//! The HTTP front of the API: routing errors, authentication and the request log, around
//! the generated router (which then calls [`Server`]).
//!
//! Order per request: unknown path → 404 JSON; known path, wrong method → 405 JSON with
//! `Allow`; then credentials → 400/401 JSON or an authenticated context (except for the
//! health and readiness probes, which need none); then the generated router. The request body is read first, up to 64 KiB (413 beyond). Any plain-text error
//! the generated code still produces (a body that does not match its schema) is turned into
//! the JSON `Error` model, so no other body shape reaches a client.
//!
//! An embedding host that has authenticated the user itself puts a [`HostIdentity`] on the
//! request; the credentials headers are then not looked at (see [`crate::auth::host`]).
//!
//! [`ApiService`] is a hyper service and a tower [`Service`](tower::Service) (for axum and
//! tower layers): `Clone`, never failing (`Infallible`), with `Send` futures.
//!
//! The client's address ([`ClientAddr`]) is worked out first, from the peer and, behind a
//! trusted proxy, its forwarding headers (see [`client_addr`](crate::http::client_addr));
//! it keys the failed-login limits and is logged.
//!
//! A request refused before its body was read (413, or a 401/429 on a request with a body)
//! gets its answer while the rest of the body is read and thrown away, for at most
//! [`LINGER_TIME`] and [`LINGER_BYTES`] ("lingering close", as nginx does): a client that
//! writes its whole body before reading would otherwise see the connection reset under its
//! write and never read the answer.

use crate::auth::{
    Authenticator, Caller, CredentialKind, Credentials, HostIdentity, PasswordCheck, credentials,
    policy,
};
use crate::error::ApiError;
use crate::http::client_addr::{ClientAddr, TrustedProxies};
use crate::http::cors::CorsOrigins;
use crate::http::limits::{AddressKey, InFlight, Limits, RateLimiter};
use crate::http::{READ_ONLY_METHODS, body, docs, head, path};
use crate::metrics;
use crate::server::examine::ANONYMOUS_OPERATIONS;
use crate::server::{ClientIp, PROBE_OPERATIONS, Server, TokenSettings};
use crate::store::Store;
use bytes::{Buf, Bytes, BytesMut};
use futures_util::future::BoxFuture;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full};
use hyper::body::Body;
use hyper::header::{CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, HeaderName, HeaderValue};
use hyper::{Method, Request, Response};
use onezone_api::server::ApiRequestParser;
use std::cell::RefCell;
use std::collections::HashMap;
use std::convert::Infallible;
use std::error::Error as StdError;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};
use swagger::auth::{Authorization, Scopes};
use swagger::{Push, RequestParser, XSpanIdString};

/// The body of every response the API sends.
pub type ResponseBody = BoxBody<Bytes, Infallible>;

swagger::new_context_type!(
    RequestContextBuilder,
    RequestEmptyContext,
    XSpanIdString,
    Option<Authorization>,
    ClientIp
);

/// What the generated router needs to know about a request: its span id, the caller and
/// the client's address (for invitations' `ip` caveats).
type RequestContext = RequestContextBuilder<
    ClientIp,
    RequestContextBuilder<
        Option<Authorization>,
        RequestContextBuilder<XSpanIdString, RequestEmptyContext>,
    >,
>;

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
pub const CONTRACT_PATH: &str = crate::server::docs::CONTRACT_PATH;

/// The TCP peer of a request, put in its extensions by the server (an embedding host may
/// insert it too). The client's address ([`ClientAddr`]) is derived from it: the peer
/// itself, or behind a trusted proxy the address the proxy forwards. A request with
/// neither is limited under one shared "unknown" address.
#[derive(Debug, Clone, Copy)]
pub struct PeerAddr(pub std::net::SocketAddr);

/// How long the rest of a refused request's body is read and discarded (see the module):
/// a client on any link that is not pathologically slow has finished writing a body of a
/// few MiB by then, and a connection is held no longer than a second.
pub const LINGER_TIME: Duration = Duration::from_secs(1);
/// How much of a refused request's body is read and discarded at most: 8 MiB, enough for
/// the bodies clients really send by mistake (a file posted to the wrong URL), 128 times
/// the default body limit, and cheap (it is read in chunks and dropped, never kept).
pub const LINGER_BYTES: usize = 8 * 1024 * 1024;

/// The complete API as one service: mount it on a hyper connection, in an axum router
/// (`Router::fallback_service(api)` or `route_service("/api/v3/onezone/{*rest}", api)`)
/// or under any tower layers, or call [`ApiService::handle`] from a larger service.
///
/// A clone is one reference count: the server clones it for every request, and its parts
/// are shared by all of them (each `Arc` cloned per request would be another atomic
/// update on a line every core writes).
#[derive(Clone)]
pub struct ApiService {
    shared: Arc<Shared>,
}

/// What every clone of an [`ApiService`] shares.
#[derive(Clone)]
struct Shared {
    authenticator: Authenticator,
    /// The operations the router calls, kept to give each connection its own
    /// ([`ApiService::for_connection`]).
    server: Server,
    router: onezone_api::server::Service<Server, RequestContext>,
    limits: Arc<RequestLimits>,
    proxies: Arc<TrustedProxies>,
    cors: Arc<CorsOrigins>,
    /// Whether the docs page is served (see [`crate::http::docs`]).
    docs: bool,
}

/// The per-request part of [`Limits`], with its rate limiters.
struct RequestLimits {
    max_head_bytes: usize,
    max_headers: usize,
    max_request_target_bytes: usize,
    body_timeout: Duration,
    max_body_bytes: usize,
    mints: Option<RateLimiter<String>>,
    joins: Option<RateLimiter<String>>,
    access_tokens: Option<RateLimiter<String>>,
    spaces: Option<RateLimiter<String>>,
    /// Failed logins per (client address, user name; `None` for tokens).
    failed_logins: Option<RateLimiter<(AddressKey, Option<String>)>>,
    /// Failed logins per client address, whatever the name.
    failed_logins_per_address: Option<RateLimiter<AddressKey>>,
    password_checks: InFlight,
}

impl RequestLimits {
    /// 429 when (`address`, `name`) or `address` has no failed attempt left, spending none.
    fn refuse_if_spent(&self, address: AddressKey, name: Option<String>) -> Result<(), ApiError> {
        let pair = (address, name);
        let blocked = (self.failed_logins.as_ref()).and_then(|limiter| limiter.blocked(&pair));
        let blocked = blocked.or_else(|| {
            (self.failed_logins_per_address.as_ref()).and_then(|limiter| limiter.blocked(&address))
        });
        match blocked {
            Some(retry_after_seconds) => Err(ApiError::TooManyRequests {
                retry_after_seconds,
            }),
            None => Ok(()),
        }
    }

    /// A failure that was not reserved in advance: it takes from both allowances.
    fn count_failure(&self, address: AddressKey, name: Option<String>) {
        if let Some(limiter) = &self.failed_logins {
            let _ = limiter.check(&(address, name));
        }
        if let Some(limiter) = &self.failed_logins_per_address {
            let _ = limiter.check(&address);
        }
    }

    /// Takes one failed login from the allowance of (`address`, `name`) and then of
    /// `address`, or 429 when either is spent. The [`Attempt`] gives them back unless
    /// [spent](Attempt::spend).
    fn reserve(&self, address: AddressKey, name: Option<String>) -> Result<Attempt<'_>, ApiError> {
        let too_many = |retry_after_seconds| ApiError::TooManyRequests {
            retry_after_seconds,
        };
        let pair = (address, name);
        if let Some(limiter) = &self.failed_logins {
            limiter.check(&pair).map_err(too_many)?;
        }
        let mut attempt = Attempt {
            limits: self,
            pair,
            address_taken: false,
            spent: false,
        };
        // When the address is refused, `attempt` gives the pair's token back.
        if let Some(limiter) = &self.failed_logins_per_address {
            limiter.check(&address).map_err(too_many)?;
            attempt.address_taken = true;
        }
        Ok(attempt)
    }
}

/// A failed login reserved against the limits, until the outcome is known.
struct Attempt<'a> {
    limits: &'a RequestLimits,
    pair: (AddressKey, Option<String>),
    address_taken: bool,
    spent: bool,
}

impl Attempt<'_> {
    /// The credentials were wrong: the attempt counts.
    fn spend(mut self) {
        self.spent = true;
    }
}

impl Drop for Attempt<'_> {
    /// Not a failure (success, an unavailable store, a client gone): nothing counts.
    fn drop(&mut self) {
        if self.spent {
            return;
        }
        if let Some(limiter) = &self.limits.failed_logins {
            limiter.give_back(&self.pair);
        }
        if let Some(limiter) = &self.limits.failed_logins_per_address
            && self.address_taken
        {
            limiter.give_back(&self.pair.0);
        }
    }
}

/// The generated router over `server`. Its `validation` flag serves the generated crate's
/// `validate` feature (the `validator` crate's checks of body models, with plain-text
/// 400s), which this crate leaves off: the handlers check fields with JSON errors.
fn router_for(server: &Server) -> onezone_api::server::Service<Server, RequestContext> {
    onezone_api::server::Service::new(server.clone(), false)
}

impl ApiService {
    /// The API with the default [`Limits`].
    pub fn new(store: Arc<dyn Store>, settings: TokenSettings) -> ApiService {
        Self::with_limits(store, settings, &Limits::default())
    }

    /// The API with these [`Limits`] (body size, failed-login allowances, ...).
    pub fn with_limits(
        store: Arc<dyn Store>,
        settings: TokenSettings,
        limits: &Limits,
    ) -> ApiService {
        let server = Server::new(Arc::clone(&store), settings);
        let shared = Shared {
            authenticator: Authenticator::new(store),
            router: router_for(&server),
            server,
            limits: Arc::new(RequestLimits {
                max_head_bytes: limits.max_head_bytes,
                max_headers: limits.max_headers,
                max_request_target_bytes: limits.max_request_target_bytes,
                body_timeout: limits.body_timeout,
                max_body_bytes: limits.max_body_bytes,
                mints: RateLimiter::per_minute(limits.mints_per_minute),
                joins: RateLimiter::per_minute(limits.joins_per_minute),
                access_tokens: RateLimiter::per_minute(limits.access_tokens_per_minute),
                spaces: RateLimiter::per_minute(limits.spaces_per_minute),
                failed_logins: RateLimiter::per_minute(limits.failed_logins_per_minute),
                failed_logins_per_address: RateLimiter::per_minute(
                    limits.failed_logins_per_address_per_minute,
                ),
                password_checks: InFlight::new(limits.password_checks_per_address),
            }),
            proxies: Arc::default(),
            cors: Arc::default(),
            docs: true,
        };
        ApiService {
            shared: Arc::new(shared),
        }
    }

    /// The same service for one connection: its router's [`Server`] counts its per-request
    /// clones in an `Arc` of its own (see [`Server`]), on a line that no other
    /// connection's worker writes.
    pub(crate) fn for_connection(&self) -> ApiService {
        let Shared {
            authenticator,
            server,
            router: _,
            limits,
            proxies,
            cors,
            docs,
        } = &*self.shared;
        // Field by field rather than `..Shared::clone`: that would clone a router and a
        // server only to drop them. A new field has to be named here.
        let server = server.for_connection();
        let shared = Shared {
            authenticator: authenticator.clone(),
            router: router_for(&server),
            server,
            limits: Arc::clone(limits),
            proxies: Arc::clone(proxies),
            cors: Arc::clone(cors),
            docs: *docs,
        };
        ApiService {
            shared: Arc::new(shared),
        }
    }

    /// Believes the forwarding headers of these peers (see [`ClientAddr`]).
    pub fn with_trusted_proxies(mut self, proxies: TrustedProxies) -> ApiService {
        Arc::make_mut(&mut self.shared).proxies = Arc::new(proxies);
        self
    }

    /// Lets pages from these origins call the API (CORS, see [`crate::http::cors`]).
    pub fn with_cors(mut self, origins: CorsOrigins) -> ApiService {
        Arc::make_mut(&mut self.shared).cors = Arc::new(origins);
        self
    }

    /// Serves no docs page: `/docs` is then a 404 like any unknown path.
    pub fn without_docs(mut self) -> ApiService {
        Arc::make_mut(&mut self.shared).docs = false;
        self
    }

    /// The client a request comes from: a [`ClientAddr`] an embedder inserted, else the
    /// one derived from its [`PeerAddr`] and the trusted proxies; `None` without either.
    pub fn client_addr<B>(&self, request: &Request<B>) -> Option<ClientAddr> {
        self.client_addr_from(request, None)
    }

    /// [`client_addr`](Self::client_addr), with `peer` when the request has no
    /// [`PeerAddr`]: the server's own connections pass it here rather than in the request's
    /// extensions, which would cost a map and two allocations per request.
    fn client_addr_from<B>(
        &self,
        request: &Request<B>,
        peer: Option<std::net::SocketAddr>,
    ) -> Option<ClientAddr> {
        let extensions = request.extensions();
        extensions.get::<ClientAddr>().copied().or_else(|| {
            let peer = extensions.get::<PeerAddr>().map(|peer| peer.0).or(peer)?;
            Some(self.shared.proxies.client(peer.ip(), request.headers()))
        })
    }

    /// Whether a request for `path` belongs to this API (everything under the base path
    /// `/api/v3/onezone`): an embedding service routes those here and keeps the rest.
    pub fn handles(path: &str) -> bool {
        path.strip_prefix(onezone_api::BASE_PATH)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }

    /// Answers one request; never fails and never panics on client input.
    pub fn handle<B>(
        &self,
        request: Request<B>,
    ) -> impl Future<Output = Response<ResponseBody>> + '_
    where
        B: Body + Send + 'static,
        B::Error: Into<Box<dyn StdError + Send + Sync>>,
        B::Data: Send,
    {
        self.handle_from(request, None)
    }

    /// [`handle`](Self::handle) a request from the TCP peer `peer` (see
    /// [`client_addr_from`](Self::client_addr_from)).
    ///
    /// Not an `async fn`, for the reason given at [`answer`](Self::answer).
    #[allow(clippy::manual_async_fn)] // on purpose: see above
    pub(crate) fn handle_from<B>(
        &self,
        mut request: Request<B>,
        peer: Option<std::net::SocketAddr>,
    ) -> impl Future<Output = Response<ResponseBody>> + '_
    where
        B: Body + Send + 'static,
        B::Error: Into<Box<dyn StdError + Send + Sync>>,
        B::Data: Send,
    {
        async move {
            let started = Instant::now();
            let span_id = SpanId::new();
            let method = request.method().clone();
            // HEAD is GET without the body (RFC 9110, section 9.3.2): routed, authenticated
            // and answered as GET, then the body is dropped (see `head::without_body`).
            let head_request = method == Method::HEAD;
            if head_request {
                *request.method_mut() = Method::GET;
            }
            // A clone of the request's `Uri` shares its bytes (a reference count, no copy).
            let uri = request.uri().clone();
            let path = uri.path();
            let origin = self.shared.cors.origin(request.headers());
            let client = self.client_addr_from(&request, peer);

            // The operation id labels the request's metrics; a fixed label when there is none.
            let mut operation = metrics::UNKNOWN_OPERATION;
            let mut response = if let Err(error) = self.check_head(&request) {
                error.into_response()
            } else if self.shared.docs
                && docs::is_docs_path(path)
                && !self.shared.cors.is_preflight(&request)
            {
                // Before the empty-segment check: the page is at `/docs/` too.
                operation = metrics::DOCS_OPERATION;
                docs::answer(request.method(), path)
            } else if let Err(error) = path::check(path) {
                error.into_response()
            } else if self.shared.cors.is_preflight(&request) {
                operation = metrics::PREFLIGHT_OPERATION;
                let methods = if docs::is_docs_path(path) {
                    match self.shared.docs {
                        true => READ_ONLY_METHODS.to_vec(),
                        false => Vec::new(),
                    }
                } else if path == CONTRACT_PATH {
                    READ_ONLY_METHODS.to_vec()
                } else {
                    RouteCache::methods(path)
                };
                (self.shared.cors.preflight(origin.as_ref(), &methods))
                    .unwrap_or_else(ApiError::into_response)
            } else if docs::is_docs_path(path) {
                // `serve --no-docs`: as unknown as any other path (the router knows /docs).
                not_found().into_response()
            } else if path == CONTRACT_PATH {
                operation = metrics::CONTRACT_OPERATION;
                contract(&method)
            } else {
                match RouteCache::route(request.method(), path) {
                    Err(error) => error.into_response(),
                    Ok(routed) => {
                        operation = routed;
                        let (parts, body) = request.into_parts();
                        self.answer(parts, body, routed, client, &span_id, head_request)
                            .await
                    }
                }
            };
            if head_request {
                response = head::without_body(response).await;
            }
            let took = started.elapsed();
            if let Some(metrics) = metrics::get() {
                metrics.request(operation, response.status().as_u16(), took);
            }

            let headers = response.headers_mut();
            self.shared.cors.decorate(origin.as_ref(), headers);
            // Tokens are credentials: no cache may keep a response (RFC 6749 section 5.1).
            // Only the docs' hashed assets say otherwise (they are the same for everyone).
            if operation != metrics::DOCS_OPERATION || !headers.contains_key(CACHE_CONTROL) {
                headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            }
            // The generated router sets it on what it answers; the other answers get it here.
            if !headers.contains_key(X_SPAN_ID)
                && let Ok(value) = HeaderValue::from_str(span_id.as_str())
            {
                headers.insert(X_SPAN_ID, value);
            }
            let status = response.status().as_u16();
            let latency_us = took.as_micros() as u64;
            match crate::logging::text_log() {
                // The binary's text log: the same line, written without a `tracing` event
                // (see `logging::text_log`).
                Some(log) => {
                    if tracing::enabled!(tracing::Level::INFO) {
                        log.write_request_line(&crate::logging::RequestLine {
                            target: module_path!(),
                            request_id: span_id.as_str(),
                            method: method.as_str(),
                            path,
                            operation,
                            client: &LoggedClient(client),
                            status,
                            latency_us,
                        });
                    }
                }
                None => tracing::info!(
                    request_id = %span_id.as_str(),
                    %method,
                    path = %path,
                    operation = %operation,
                    client = %LoggedClient(client),
                    status,
                    latency_us,
                    "request"
                ),
            }
            response
        }
    }

    /// A request for an operation of the API: credentials, rate limit and body, then the
    /// generated router.
    ///
    /// Not an `async fn`: its future would keep each argument twice (as passed, and again
    /// as a local), and the request's parts are over 200 bytes that each request's future
    /// would hold and move again.
    #[allow(clippy::manual_async_fn)] // on purpose: see above
    fn answer<'a, B>(
        &'a self,
        parts: hyper::http::request::Parts,
        body: B,
        operation: &'static str,
        client: Option<ClientAddr>,
        span_id: &'a SpanId,
        head_request: bool,
    ) -> impl Future<Output = Response<ResponseBody>> + 'a
    where
        B: Body + Send + 'static,
        B::Error: Into<Box<dyn StdError + Send + Sync>>,
        B::Data: Send,
    {
        async move {
            let admitted = if PROBE_OPERATIONS.contains(&operation) {
                // Health and readiness probes: no credentials, never rate limited.
                Ok(None)
            } else if ANONYMOUS_OPERATIONS.contains(&operation) {
                // Examining a token needs no credentials (Onezone's semantics) and ignores any.
                Ok(None)
            } else {
                let authenticated = match parts.extensions.get::<HostIdentity>() {
                    // The host vouches for the user: no credentials headers, no failed-login
                    // accounting (see `HostIdentity`).
                    Some(identity) => self.shared.authenticator.authenticate_host(identity).await,
                    None => self.authenticate(&parts.headers, client).await,
                };
                if let Err(error) = &authenticated {
                    metrics::auth_failure(error.code());
                }
                authenticated.and_then(|caller| {
                    policy::check(operation, &caller)
                        .and_then(|()| self.rate_limit(operation, &caller.user_id, head_request))
                        .map(|()| Some(caller.user_id))
                })
            };
            let user_id = match admitted {
                Ok(user_id) => user_id,
                Err(error) => {
                    linger(Box::pin(body));
                    return error.into_response();
                }
            };
            let body = match self.read_body(&parts.headers, body).await {
                Ok(body) => body,
                Err((error, rest)) => {
                    if let Some(rest) = rest {
                        linger(rest);
                    }
                    return error.into_response();
                }
            };
            if let Err(error) = body::check(operation, &parts.headers, &body) {
                return error.into_response();
            }
            let request = Request::from_parts(parts, Full::new(body));
            let mut response = self.call_router(request, user_id, client, span_id).await;
            // The generated code's list of ignored fields; body::check leaves none, and no
            // response header carries request content.
            response.headers_mut().remove("warning");
            json_errors_only(response).await
        }
    }

    /// hyper bounds the head only roughly (by its read buffer); this is the exact limit.
    /// And RFC 9112 section 3.2: an HTTP/1.1 request without `Host`, or any request with
    /// more than one, is answered 400 (HTTP/1.0 may omit it).
    fn check_head<B>(&self, request: &Request<B>) -> Result<(), ApiError> {
        head::check_request_target(request.uri(), self.shared.limits.max_request_target_bytes)?;
        head::check_header_count(request.headers(), self.shared.limits.max_headers)?;
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
        let limit = self.shared.limits.max_head_bytes;
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

    /// Authenticates, unless the client address has failed too often lately, for this
    /// user name or for any. A password that needs an argon2 check reserves its attempt
    /// *before* the check (a burst cannot check more than the allowance), given back when it
    /// was not a failure, and waits for one of the address's few check slots. Credentials
    /// that need no expensive check are only refused once the allowance is spent, and count
    /// when they fail: a password verified before (cached), and access tokens (an HMAC, and
    /// 128 random bits nobody guesses). So a burst of good requests from one address is
    /// never refused for the failures it might have been.
    async fn authenticate(
        &self,
        headers: &hyper::HeaderMap,
        client: Option<ClientAddr>,
    ) -> Result<Caller, ApiError> {
        let credentials = credentials::from_headers(headers)?;
        let address = AddressKey::of(client);
        match credentials {
            // No credentials at all: a 401 that checks nothing and counts for nothing.
            None => {
                self.shared
                    .authenticator
                    .authenticate_credentials(None)
                    .await
            }
            // Boxed: only a request with a password allocates that future, and this one,
            // which every request's future holds and moves as it is awaited, is about 400
            // bytes smaller without it.
            Some(Credentials::Basic { user, password }) => {
                Box::pin(self.authenticate_password(user, password, address)).await
            }
            Some(token @ Credentials::Token(_)) => {
                self.shared.limits.refuse_if_spent(address, None)?;
                let result = self
                    .shared
                    .authenticator
                    .authenticate_credentials(Some(token))
                    .await;
                if let Err(error) = &result
                    && error.is_failed_authentication()
                {
                    self.shared.limits.count_failure(address, None);
                }
                result
            }
        }
    }

    /// [`authenticate`](Self::authenticate) with Basic credentials.
    async fn authenticate_password(
        &self,
        user: String,
        password: String,
        address: AddressKey,
    ) -> Result<Caller, ApiError> {
        // Verified before, or checked for another request meanwhile: no attempt and no
        // check slot of its own (see `auth::in_flight`).
        let check = match self
            .shared
            .authenticator
            .begin_password_check(&user, &password)
            .await?
        {
            PasswordCheck::Verified(user_id) => {
                return Ok(Caller {
                    user_id,
                    credential: CredentialKind::Password,
                });
            }
            check => check,
        };
        let attempt = self.shared.limits.reserve(address, Some(user.clone()))?;
        let _checking =
            self.shared
                .limits
                .password_checks
                .enter(address)
                .ok_or(ApiError::TooManyRequests {
                    retry_after_seconds: 1,
                })?;
        let result = match check {
            // Boxed, as in `authenticate_credentials`: only a login that runs argon2id
            // allocates its future.
            PasswordCheck::Run(check) => Box::pin(
                self.shared
                    .authenticator
                    .finish_password_check(check, password),
            )
            .await
            .map(|user_id| Caller {
                user_id,
                credential: CredentialKind::Password,
            }),
            // An unknown user: the same work as a wrong password.
            _ => {
                self.shared
                    .authenticator
                    .authenticate_credentials(Some(Credentials::Basic { user, password }))
                    .await
            }
        };
        if let Err(error) = &result
            && error.is_failed_authentication()
        {
            attempt.spend();
        }
        result
    }

    /// Minting, joining and creating access tokens and spaces are limited per user. A HEAD
    /// request (`peek`) is refused when a GET would be, but spends nothing: its answer is
    /// thrown away, so it must not use up the user's allowance.
    fn rate_limit(&self, operation: &str, user_id: &str, peek: bool) -> Result<(), ApiError> {
        let limiter = match operation {
            "GetUserSpaceToken" => self.shared.limits.mints.as_ref(),
            "JoinSpace" => self.shared.limits.joins.as_ref(),
            "CreateUserClientToken" => self.shared.limits.access_tokens.as_ref(),
            "CreateUserSpace" => self.shared.limits.spaces.as_ref(),
            _ => None,
        };
        let refused = match limiter {
            Some(limiter) if peek => limiter.blocked(user_id),
            Some(limiter) => limiter.check(user_id).err(),
            None => None,
        };
        match refused {
            Some(retry_after_seconds) => Err(ApiError::TooManyRequests {
                retry_after_seconds,
            }),
            None => Ok(()),
        }
    }

    /// Reads the whole body within the body timeout, refusing more than the size limit
    /// without reading it all (then with the rest of the body, to [`linger`] on).
    async fn read_body<B>(
        &self,
        headers: &hyper::HeaderMap,
        body: B,
    ) -> Result<Bytes, (ApiError, Option<Pin<Box<B>>>)>
    where
        B: Body,
        B::Error: Into<Box<dyn StdError + Send + Sync>>,
    {
        if body.is_end_stream() {
            // Nothing to wait for (a GET): no timer to set.
            return Ok(Bytes::new());
        }
        let timeout = self.shared.limits.body_timeout;
        tokio::time::timeout(
            timeout,
            read_body(headers, Box::pin(body), self.shared.limits.max_body_bytes),
        )
        .await
        .unwrap_or(Err((
            ApiError::RequestTimeout {
                seconds: timeout.as_secs(),
            },
            None,
        )))
    }

    /// The generated router's answer. Not an `async fn`: the router boxes its future
    /// (with the request in it), and the one returned here holds that box alone.
    fn call_router(
        &self,
        request: Request<Full<Bytes>>,
        user_id: Option<String>,
        client: Option<ClientAddr>,
        span_id: &SpanId,
    ) -> impl Future<Output = Response<ResponseBody>> + use<> {
        let authorization = user_id.map(|subject| Authorization {
            subject,
            scopes: Scopes::All,
            issuer: None,
        });
        let context: RequestContext = RequestEmptyContext
            .push(XSpanIdString(span_id.as_str().to_owned()))
            .push(authorization)
            .push(ClientIp(client.map(|client| client.0)));
        let routing = hyper::service::Service::call(&self.shared.router, (request, context));
        async move {
            match routing.await {
                Ok(response) => response,
                Err(error) => ApiError::internal(error).into_response(),
            }
        }
    }
}

/// `GET /api/v3/onezone/openapi.yaml`: the exact api.yaml embedded at build time.
fn contract(method: &Method) -> Response<ResponseBody> {
    if method != Method::GET && method != Method::HEAD {
        return ApiError::MethodNotAllowed {
            allow: READ_ONLY_METHODS.to_vec(),
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

/// Reads the whole body, refusing more than `limit` bytes without reading it all; a
/// refused body comes back with the error, for [`linger`].
async fn read_body<B>(
    headers: &hyper::HeaderMap,
    mut body: Pin<Box<B>>,
    limit: usize,
) -> Result<Bytes, (ApiError, Option<Pin<Box<B>>>)>
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
        return Err((too_large, Some(body)));
    }
    let mut collected = BytesMut::new();
    while let Some(frame) = body.frame().await {
        let Ok(frame) = frame else {
            let unreadable = "The request body could not be read.".to_owned();
            return Err((ApiError::InvalidRequest(unreadable), None));
        };
        if let Ok(mut data) = frame.into_data() {
            if collected.len() + data.remaining() > limit {
                return Err((too_large, Some(body)));
            }
            while data.has_remaining() {
                let chunk = data.chunk();
                collected.extend_from_slice(chunk);
                let read = chunk.len();
                data.advance(read);
            }
        }
    }
    Ok(collected.freeze())
}

/// Reads and discards what is left of a refused request's body, for at most
/// [`LINGER_TIME`] and [`LINGER_BYTES`], beside the answer being sent (see the module).
/// Then the body is dropped, and hyper closes the connection if it is not finished.
fn linger<B>(mut body: Pin<Box<B>>)
where
    B: Body + Send + 'static,
    B::Data: Send,
{
    if body.is_end_stream() {
        return;
    }
    tokio::spawn(async move {
        let deadline = tokio::time::Instant::now() + LINGER_TIME;
        let mut discarded = 0usize;
        while discarded < LINGER_BYTES {
            match tokio::time::timeout_at(deadline, body.frame()).await {
                Ok(Some(Ok(frame))) => {
                    discarded += frame.data_ref().map_or(0, |data| data.remaining());
                }
                _ => break,
            }
        }
    });
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

/// The client's address in the request log, `-` when there is none (written straight into
/// the line, without a `String` per request).
struct LoggedClient(Option<ClientAddr>);

impl std::fmt::Display for LoggedClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Some(client) => client.fmt(f),
            None => f.write_str("-"),
        }
    }
}

/// A request id: a random UUID (v4) as the generated code makes, from the thread's
/// CSPRNG rather than a system call per request, written out on the stack: the log line
/// and the header take it from there, and only the generated router's context gets a
/// `String` of it.
struct SpanId([u8; uuid::fmt::Hyphenated::LENGTH]);

impl SpanId {
    fn new() -> SpanId {
        let mut bytes = [0u8; 16];
        rand::RngCore::fill_bytes(&mut rand::thread_rng(), &mut bytes);
        let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
        uuid::Builder::from_random_bytes(bytes)
            .into_uuid()
            .hyphenated()
            .encode_lower(&mut text);
        SpanId(text)
    }

    fn as_str(&self) -> &str {
        // Always ASCII: hex digits and hyphens.
        std::str::from_utf8(&self.0).unwrap_or("-")
    }
}

/// The operations each path has, as [`operations`] finds them, for paths seen before.
///
/// Each thread keeps its own: they are a function of the path alone (the generated route
/// table), so nothing needs sharing, and a shared map's lock is an atomic update on a
/// line every core writes, on every request.
struct RouteCache;

/// A method a path allows, and the id of the operation it calls.
type Route = (Method, &'static str);

thread_local! {
    static ROUTES: RefCell<HashMap<Box<str>, Vec<Route>>> = RefCell::new(HashMap::new());
}

impl RouteCache {
    /// Paths remembered at most per thread (paths with ids are many; the rest are computed
    /// each time).
    const MAX_PATHS: usize = 1024;

    /// The operation id of `method` on `path`; 404 for an unknown path, 405 with `Allow`
    /// for a method it does not allow.
    fn route(method: &Method, path: &str) -> Result<&'static str, ApiError> {
        if let Some(decision) =
            ROUTES.with_borrow(|paths| paths.get(path).map(|allowed| decide(method, allowed)))
        {
            return decision;
        }
        let allowed = operations(path);
        let decision = decide(method, &allowed);
        ROUTES.with_borrow_mut(|paths| {
            if paths.len() < Self::MAX_PATHS {
                paths.insert(path.into(), allowed);
            }
        });
        decision
    }
}

impl RouteCache {
    /// The methods `path` allows, for its `Allow` header (none: unknown path).
    fn methods(path: &str) -> Vec<&'static str> {
        // TRACE is no operation's method: a known path answers it 405 with its methods.
        match Self::route(&Method::TRACE, path) {
            Err(ApiError::MethodNotAllowed { allow }) => allow,
            _ => Vec::new(),
        }
    }
}

fn decide(method: &Method, allowed: &[Route]) -> Result<&'static str, ApiError> {
    if let Some((_, operation)) = allowed.iter().find(|(m, _)| m == method) {
        Ok(operation)
    } else if allowed.is_empty() {
        Err(not_found())
    } else {
        Err(ApiError::MethodNotAllowed {
            allow: allowed_methods(allowed),
        })
    }
}

/// The methods of a path's `Allow` header: its operations' methods, with HEAD after GET.
fn allowed_methods(allowed: &[Route]) -> Vec<&'static str> {
    let mut names = Vec::with_capacity(allowed.len() + 1);
    for (method, _) in allowed {
        names.push(static_name(method));
        if method == Method::GET {
            names.push("HEAD");
        }
    }
    names
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
    B::Error: Into<Box<dyn StdError + Send + Sync>>,
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

/// The tower face of the same service, for axum and tower layers. Always ready: limits
/// apply per request inside [`ApiService::handle`], which answers them (429, 413, ...).
impl<B> tower::Service<Request<B>> for ApiService
where
    B: Body + Send + 'static,
    B::Error: Into<Box<dyn StdError + Send + Sync>>,
    B::Data: Send,
{
    type Response = Response<ResponseBody>;
    type Error = Infallible;
    type Future = BoxFuture<'static, Result<Self::Response, Infallible>>;

    fn poll_ready(
        &mut self,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Infallible>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let service = self.clone();
        Box::pin(async move { Ok(service.handle(request).await) })
    }
}
