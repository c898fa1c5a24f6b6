//! The HTTP front of the API: routing errors, authentication and the request log, around
//! the generated router (which then calls [`Server`]).
//!
//! Order per request: unknown path → 404 JSON; known path, wrong method → 405 JSON with
//! `Allow`; then credentials → 400/401 JSON or an authenticated context; then the generated
//! router. The generated code's own plain-text answers (403 "Unauthenticated", 500) can
//! therefore never reach a client.

use crate::auth::Authenticator;
use crate::error::ApiError;
use crate::server::{Server, TokenSettings};
use crate::store::Store;
use bytes::Bytes;
use futures_util::future::BoxFuture;
use http_body_util::combinators::BoxBody;
use hyper::body::Body;
use hyper::header::{CACHE_CONTROL, HeaderName, HeaderValue};
use hyper::{Method, Request, Response};
use onezone_api::server::ApiRequestParser;
use std::convert::Infallible;
use std::error::Error as StdError;
use std::sync::Arc;
use std::time::Instant;
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

/// The complete API as one hyper service: mount it on a connection, or call
/// [`ApiService::handle`] from a larger service.
#[derive(Clone)]
pub struct ApiService {
    authenticator: Authenticator,
    router: onezone_api::server::Service<Server, RequestContext>,
}

impl ApiService {
    pub fn new(store: Arc<dyn Store>, settings: TokenSettings) -> ApiService {
        let server = Server::new(Arc::clone(&store), settings);
        ApiService {
            authenticator: Authenticator::new(store),
            router: onezone_api::server::Service::new(server, false),
        }
    }

    /// Answers one request; never fails and never panics on client input.
    pub async fn handle<B>(&self, request: Request<B>) -> Response<ResponseBody>
    where
        B: Body + Send + 'static,
        B::Error: Into<Box<dyn StdError + Send + Sync>> + Send,
        B::Data: Send,
    {
        let started = Instant::now();
        let span_id = XSpanIdString::default();
        let method = request.method().clone();
        let path = request.uri().path().to_owned();

        let mut response = if ApiRequestParser::parse_operation_id(&request).is_none() {
            routing_error(&request).into_response()
        } else {
            let (parts, body) = request.into_parts();
            match self.authenticator.authenticate(&parts.headers).await {
                Ok(user_id) => {
                    let request = Request::from_parts(parts, body);
                    self.call_router(request, user_id, span_id.clone()).await
                }
                Err(error) => error.into_response(),
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

    async fn call_router<B>(
        &self,
        request: Request<B>,
        user_id: String,
        span_id: XSpanIdString,
    ) -> Response<ResponseBody>
    where
        B: Body + Send + 'static,
        B::Error: Into<Box<dyn StdError + Send + Sync>> + Send,
        B::Data: Send,
    {
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

/// 405 with `Allow` when another method would match the path, 404 otherwise.
fn routing_error<B>(request: &Request<B>) -> ApiError {
    let allow: Vec<&'static str> = METHODS
        .iter()
        .filter(|method| {
            Request::builder()
                .method((*method).clone())
                .uri(request.uri().clone())
                .body(())
                .map(|probe| ApiRequestParser::parse_operation_id(&probe).is_some())
                .unwrap_or(false)
        })
        .map(|method| method.as_str())
        .collect();
    if allow.is_empty() {
        ApiError::NotFound("There is no resource at this path.".to_owned())
    } else {
        ApiError::MethodNotAllowed { allow }
    }
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
