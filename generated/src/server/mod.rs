use bytes::Bytes;
use futures::{future, future::BoxFuture, future::FutureExt, stream, stream::TryStreamExt, Stream};
use http_body_util::{combinators::BoxBody, Full};
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use hyper::{
    body::{Body, Incoming},
    HeaderMap, Request, Response, StatusCode,
};
use log::warn;
#[cfg(feature = "validate")]
use serde_valid::Validate;
#[allow(unused_imports)]
use std::convert::{TryFrom, TryInto};
use std::future::Future;
use std::marker::PhantomData;
use std::task::{Context, Poll};
use std::{convert::Infallible, error::Error};
pub use swagger::auth::Authorization;
use swagger::auth::Scopes;
use swagger::{ApiError, BodyExt, Has, RequestParser, XSpanIdString};
use url::form_urlencoded;

#[allow(unused_imports)]
use crate::{header, models, AuthenticationApi};

pub use crate::context;

type ServiceFuture =
    BoxFuture<'static, Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>>;

use crate::{
    Api, CreateUserClientTokenResponse, CreateUserNamedTokenResponse, CreateUserSpaceResponse,
    CreateUserTemporaryTokenResponse, DeleteNamedTokenResponse, DeleteUserClientTokenResponse,
    ExamineTokenResponse, GetDocsResponse, GetHealthResponse, GetNamedTokenResponse,
    GetReadinessResponse, GetUserClientTokensResponse, GetUserDefaultSpaceResponse,
    GetUserSpaceResponse, GetUserSpaceTokenResponse, GetUserSpacesResponse, JoinSpaceResponse,
    ListUserNamedTokensResponse, RemoveUserSpaceResponse, SetUserDefaultSpaceResponse,
    UpdateNamedTokenResponse, VerifyInviteTokenResponse,
};

mod server_auth;

mod paths {
    use lazy_static::lazy_static;

    lazy_static! {
        pub static ref GLOBAL_REGEX_SET: PathSet = PathSet::new(&[
            r"^/api/v3/onezone/docs$",
            r"^/api/v3/onezone/health$",
            r"^/api/v3/onezone/ready$",
            r"^/api/v3/onezone/tokens/examine$",
            r"^/api/v3/onezone/tokens/named/(?P<id>[^/?#]*)$",
            r"^/api/v3/onezone/tokens/verify_invite_token$",
            r"^/api/v3/onezone/user/client_tokens$",
            r"^/api/v3/onezone/user/client_tokens/(?P<id>[^/?#]*)$",
            r"^/api/v3/onezone/user/spaces$",
            r"^/api/v3/onezone/user/spaces/default$",
            r"^/api/v3/onezone/user/spaces/join$",
            r"^/api/v3/onezone/user/spaces/token$",
            r"^/api/v3/onezone/user/spaces/(?P<id>[^/?#]*)$",
            r"^/api/v3/onezone/user/tokens/named$",
            r"^/api/v3/onezone/user/tokens/temporary$"
        ]);
    }
    pub(crate) static ID_DOCS: usize = 0;
    pub(crate) static ID_HEALTH: usize = 1;
    pub(crate) static ID_READY: usize = 2;
    pub(crate) static ID_TOKENS_EXAMINE: usize = 3;
    pub(crate) static ID_TOKENS_NAMED_ID: usize = 4;
    lazy_static! {
        pub static ref REGEX_TOKENS_NAMED_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/api/v3/onezone/tokens/named/(?P<id>[^/?#]*)$")
                .expect("Unable to create regex for TOKENS_NAMED_ID");
    }
    pub(crate) static ID_TOKENS_VERIFY_INVITE_TOKEN: usize = 5;
    pub(crate) static ID_USER_CLIENT_TOKENS: usize = 6;
    pub(crate) static ID_USER_CLIENT_TOKENS_ID: usize = 7;
    lazy_static! {
        pub static ref REGEX_USER_CLIENT_TOKENS_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/api/v3/onezone/user/client_tokens/(?P<id>[^/?#]*)$")
                .expect("Unable to create regex for USER_CLIENT_TOKENS_ID");
    }
    pub(crate) static ID_USER_SPACES: usize = 8;
    pub(crate) static ID_USER_SPACES_DEFAULT: usize = 9;
    pub(crate) static ID_USER_SPACES_JOIN: usize = 10;
    pub(crate) static ID_USER_SPACES_TOKEN: usize = 11;
    pub(crate) static ID_USER_SPACES_ID: usize = 12;
    lazy_static! {
        pub static ref REGEX_USER_SPACES_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/api/v3/onezone/user/spaces/(?P<id>[^/?#]*)$")
                .expect("Unable to create regex for USER_SPACES_ID");
    }
    pub(crate) static ID_USER_TOKENS_NAMED: usize = 13;
    pub(crate) static ID_USER_TOKENS_TEMPORARY: usize = 14;

    /// The router's paths: literal ones compared as strings, the others as regexes.
    pub struct PathSet {
        patterns: Vec<Pattern>,
    }

    enum Pattern {
        Literal(&'static str),
        Regex(regex::Regex),
    }

    impl PathSet {
        fn new(patterns: &[&'static str]) -> PathSet {
            let patterns = patterns
                .iter()
                .map(|pattern| {
                    let literal = pattern
                        .strip_prefix('^')
                        .and_then(|rest| rest.strip_suffix('$'))
                        .filter(|text| regex::escape(text) == *text);
                    match literal {
                        Some(text) => Pattern::Literal(text),
                        None => Pattern::Regex(
                            regex::Regex::new(pattern).expect("Unable to create path regex"),
                        ),
                    }
                })
                .collect();
            PathSet { patterns }
        }

        /// The patterns `path` matches, worked out one pattern at a time when asked.
        pub fn matches<'a>(&'a self, path: &'a str) -> PathMatches<'a> {
            PathMatches { set: self, path }
        }
    }

    pub struct PathMatches<'a> {
        set: &'a PathSet,
        path: &'a str,
    }

    impl PathMatches<'_> {
        /// Whether the path matches pattern `id` (one of the ID_* numbers).
        pub fn matched(&self, id: usize) -> bool {
            match self.set.patterns.get(id) {
                Some(Pattern::Literal(text)) => self.path == *text,
                Some(Pattern::Regex(regex)) => regex.is_match(self.path),
                None => false,
            }
        }
    }
}

pub struct MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    api_impl: T,
    marker: PhantomData<C>,
    validation: bool,
}

impl<T, C> MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    pub fn new(api_impl: T) -> Self {
        MakeService {
            api_impl,
            marker: PhantomData,
            validation: false,
        }
    }

    // Turn on/off validation for the service being made.
    #[cfg(feature = "validate")]
    pub fn set_validation(&mut self, validation: bool) {
        self.validation = validation;
    }
}

impl<T, C> Clone for MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    fn clone(&self) -> Self {
        Self {
            api_impl: self.api_impl.clone(),
            marker: PhantomData,
            validation: self.validation,
        }
    }
}

impl<T, C, Target> hyper::service::Service<Target> for MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    type Response = Service<T, C>;
    type Error = crate::ServiceError;
    type Future = future::Ready<Result<Self::Response, Self::Error>>;

    fn call(&self, target: Target) -> Self::Future {
        let service = Service::new(self.api_impl.clone(), self.validation);

        future::ok(service)
    }
}

fn method_not_allowed() -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError> {
    Ok(Response::builder()
        .status(StatusCode::METHOD_NOT_ALLOWED)
        .body(BoxBody::new(http_body_util::Empty::new()))
        .expect("Unable to create Method Not Allowed response"))
}

#[allow(unused_macros)]
#[cfg(not(feature = "validate"))]
macro_rules! run_validation {
    ($parameter:tt, $base_name:tt, $validation:tt) => {};
}

#[allow(unused_macros)]
#[cfg(feature = "validate")]
macro_rules! run_validation {
    ($parameter:tt, $base_name:tt, $validation:tt) => {
        let $parameter = if $validation {
            match $parameter.validate() {
            Ok(()) => $parameter,
            Err(e) => return Ok(Response::builder()
                                    .status(StatusCode::BAD_REQUEST)
                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                    .body(BoxBody::new(format!("Invalid value in body parameter {}: {}", $base_name, e)))
                                    .expect(&format!("Unable to create Bad Request response for invalid value in body parameter {}", $base_name))),
            }
        } else {
            $parameter
        };
    }
}

pub struct Service<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    api_impl: T,
    marker: PhantomData<C>,
    // Enable regex pattern validation of received JSON models
    validation: bool,
}

impl<T, C> Service<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    pub fn new(api_impl: T, validation: bool) -> Self {
        Service {
            api_impl,
            marker: PhantomData,
            validation,
        }
    }
    #[cfg(feature = "validate")]
    pub fn set_validation(&mut self, validation: bool) {
        self.validation = validation
    }
}

impl<T, C> Clone for Service<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
{
    fn clone(&self) -> Self {
        Service {
            api_impl: self.api_impl.clone(),
            marker: self.marker,
            validation: self.validation,
        }
    }
}

#[allow(dead_code)]
fn body_from_string(s: String) -> BoxBody<Bytes, Infallible> {
    BoxBody::new(Full::new(Bytes::from(s)))
}

fn body_from_str(s: &str) -> BoxBody<Bytes, Infallible> {
    BoxBody::new(Full::new(Bytes::copy_from_slice(s.as_bytes())))
}

impl<T, C, ReqBody> hyper::service::Service<(Request<ReqBody>, C)> for Service<T, C>
where
    T: Api<C> + Clone + Send + Sync + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    type Response = Response<BoxBody<Bytes, Infallible>>;
    type Error = crate::ServiceError;
    type Future = ServiceFuture;

    fn call(&self, req: (Request<ReqBody>, C)) -> Self::Future {
        async fn run<T, C, ReqBody>(
            mut api_impl: T,
            req: (Request<ReqBody>, C),
            validation: bool,
        ) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
        where
            T: Api<C> + Clone + Send + 'static,
            C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
            ReqBody: Body + Send + 'static,
            ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
            ReqBody::Data: Send,
        {
            let (request, context) = req;
            let (parts, body) = request.into_parts();
            let (method, uri, headers) = (parts.method, parts.uri, parts.headers);
            let path = paths::GLOBAL_REGEX_SET.matches(uri.path());

            match method {
                // GetDocs - GET /docs
                hyper::Method::GET if path.matched(paths::ID_DOCS) => {
                    handle_get_docs(api_impl, uri, headers, body, context, validation).await
                }

                // GetHealth - GET /health
                hyper::Method::GET if path.matched(paths::ID_HEALTH) => {
                    handle_get_health(api_impl, uri, headers, body, context, validation).await
                }

                // GetReadiness - GET /ready
                hyper::Method::GET if path.matched(paths::ID_READY) => {
                    handle_get_readiness(api_impl, uri, headers, body, context, validation).await
                }

                // CreateUserClientToken - POST /user/client_tokens
                hyper::Method::POST if path.matched(paths::ID_USER_CLIENT_TOKENS) => {
                    handle_create_user_client_token(
                        api_impl, uri, headers, body, context, validation,
                    )
                    .await
                }

                // CreateUserNamedToken - POST /user/tokens/named
                hyper::Method::POST if path.matched(paths::ID_USER_TOKENS_NAMED) => {
                    handle_create_user_named_token(
                        api_impl, uri, headers, body, context, validation,
                    )
                    .await
                }

                // CreateUserSpace - POST /user/spaces
                hyper::Method::POST if path.matched(paths::ID_USER_SPACES) => {
                    handle_create_user_space(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // CreateUserTemporaryToken - POST /user/tokens/temporary
                hyper::Method::POST if path.matched(paths::ID_USER_TOKENS_TEMPORARY) => {
                    handle_create_user_temporary_token(
                        api_impl, uri, headers, body, context, validation,
                    )
                    .await
                }

                // ExamineToken - POST /tokens/examine
                hyper::Method::POST if path.matched(paths::ID_TOKENS_EXAMINE) => {
                    handle_examine_token(api_impl, uri, headers, body, context, validation).await
                }

                // GetUserClientTokens - GET /user/client_tokens
                hyper::Method::GET if path.matched(paths::ID_USER_CLIENT_TOKENS) => {
                    handle_get_user_client_tokens(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // GetUserDefaultSpace - GET /user/spaces/default
                hyper::Method::GET if path.matched(paths::ID_USER_SPACES_DEFAULT) => {
                    handle_get_user_default_space(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // GetUserSpaceToken - GET /user/spaces/token
                hyper::Method::GET if path.matched(paths::ID_USER_SPACES_TOKEN) => {
                    handle_get_user_space_token(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // GetUserSpaces - GET /user/spaces
                hyper::Method::GET if path.matched(paths::ID_USER_SPACES) => {
                    handle_get_user_spaces(api_impl, uri, headers, body, context, validation).await
                }

                // JoinSpace - POST /user/spaces/join
                hyper::Method::POST if path.matched(paths::ID_USER_SPACES_JOIN) => {
                    handle_join_space(api_impl, uri, headers, body, context, validation).await
                }

                // ListUserNamedTokens - GET /user/tokens/named
                hyper::Method::GET if path.matched(paths::ID_USER_TOKENS_NAMED) => {
                    handle_list_user_named_tokens(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // SetUserDefaultSpace - PUT /user/spaces/default
                hyper::Method::PUT if path.matched(paths::ID_USER_SPACES_DEFAULT) => {
                    handle_set_user_default_space(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // VerifyInviteToken - POST /tokens/verify_invite_token
                hyper::Method::POST if path.matched(paths::ID_TOKENS_VERIFY_INVITE_TOKEN) => {
                    handle_verify_invite_token(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // DeleteNamedToken - DELETE /tokens/named/{id}
                hyper::Method::DELETE if path.matched(paths::ID_TOKENS_NAMED_ID) => {
                    handle_delete_named_token(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // DeleteUserClientToken - DELETE /user/client_tokens/{id}
                hyper::Method::DELETE if path.matched(paths::ID_USER_CLIENT_TOKENS_ID) => {
                    handle_delete_user_client_token(
                        api_impl, uri, headers, body, context, validation,
                    )
                    .await
                }

                // GetNamedToken - GET /tokens/named/{id}
                hyper::Method::GET if path.matched(paths::ID_TOKENS_NAMED_ID) => {
                    handle_get_named_token(api_impl, uri, headers, body, context, validation).await
                }

                // GetUserSpace - GET /user/spaces/{id}
                hyper::Method::GET if path.matched(paths::ID_USER_SPACES_ID) => {
                    handle_get_user_space(api_impl, uri, headers, body, context, validation).await
                }

                // RemoveUserSpace - DELETE /user/spaces/{id}
                hyper::Method::DELETE if path.matched(paths::ID_USER_SPACES_ID) => {
                    handle_remove_user_space(api_impl, uri, headers, body, context, validation)
                        .await
                }

                // UpdateNamedToken - PATCH /tokens/named/{id}
                hyper::Method::PATCH if path.matched(paths::ID_TOKENS_NAMED_ID) => {
                    handle_update_named_token(api_impl, uri, headers, body, context, validation)
                        .await
                }

                _ if path.matched(paths::ID_DOCS) => method_not_allowed(),
                _ if path.matched(paths::ID_HEALTH) => method_not_allowed(),
                _ if path.matched(paths::ID_READY) => method_not_allowed(),
                _ if path.matched(paths::ID_TOKENS_EXAMINE) => method_not_allowed(),
                _ if path.matched(paths::ID_TOKENS_NAMED_ID) => method_not_allowed(),
                _ if path.matched(paths::ID_TOKENS_VERIFY_INVITE_TOKEN) => method_not_allowed(),
                _ if path.matched(paths::ID_USER_CLIENT_TOKENS) => method_not_allowed(),
                _ if path.matched(paths::ID_USER_CLIENT_TOKENS_ID) => method_not_allowed(),
                _ if path.matched(paths::ID_USER_SPACES) => method_not_allowed(),
                _ if path.matched(paths::ID_USER_SPACES_DEFAULT) => method_not_allowed(),
                _ if path.matched(paths::ID_USER_SPACES_JOIN) => method_not_allowed(),
                _ if path.matched(paths::ID_USER_SPACES_TOKEN) => method_not_allowed(),
                _ if path.matched(paths::ID_USER_SPACES_ID) => method_not_allowed(),
                _ if path.matched(paths::ID_USER_TOKENS_NAMED) => method_not_allowed(),
                _ if path.matched(paths::ID_USER_TOKENS_TEMPORARY) => method_not_allowed(),
                _ => Ok(Response::builder()
                    .status(StatusCode::NOT_FOUND)
                    .body(BoxBody::new(http_body_util::Empty::new()))
                    .expect("Unable to create Not Found response")),
            }
        }
        Box::pin(run(self.api_impl.clone(), req, self.validation))
    }
}

#[allow(unused_variables)]
async fn handle_get_docs<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    let result = api_impl.get_docs(&context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetDocsResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("text/html"));
                // Plain text Body
                *response.body_mut() = body_from_string(body);
            }
            GetDocsResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetDocsResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_health<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    let result = api_impl.get_health(&context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetHealthResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetHealthResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_readiness<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    let result = api_impl.get_readiness(&context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetReadinessResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetReadinessResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetReadinessResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_create_user_client_token<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    let result = api_impl.create_user_client_token(&context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            CreateUserClientTokenResponse::Created { body, location } => {
                *response.status_mut() =
                    StatusCode::from_u16(201).expect("Unable to turn 201 into a StatusCode");

                let location = match header::IntoHeaderValue(location).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling location header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("location"), location);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            CreateUserClientTokenResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            CreateUserClientTokenResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                    response.headers_mut().insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            CreateUserClientTokenResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            CreateUserClientTokenResponse::LimitReached(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            CreateUserClientTokenResponse::RequestTimeout(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(408).expect("Unable to turn 408 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            CreateUserClientTokenResponse::PayloadTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            CreateUserClientTokenResponse::TooManyRequests { body, retry_after } => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling retry_after header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("retry-after"), retry_after);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            CreateUserClientTokenResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            CreateUserClientTokenResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            CreateUserClientTokenResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_create_user_named_token<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_named_token_create_request: Option<models::NamedTokenCreateRequest> = if !body
                .is_empty()
            {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_named_token_create_request) => param_named_token_create_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter NamedTokenCreateRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter NamedTokenCreateRequest due to schema")),
                                    }
            } else {
                None
            };
            let param_named_token_create_request = match param_named_token_create_request {
                                    Some(param_named_token_create_request) => param_named_token_create_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter NamedTokenCreateRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter NamedTokenCreateRequest")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(
                param_named_token_create_request,
                "NamedTokenCreateRequest",
                validation
            );

            let result = api_impl
                .create_user_named_token(param_named_token_create_request, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    CreateUserNamedTokenResponse::Created { body, location } => {
                        *response.status_mut() = StatusCode::from_u16(201)
                            .expect("Unable to turn 201 into a StatusCode");

                        let location = match header::IntoHeaderValue(location).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling location header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("location"), location);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserNamedTokenResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserNamedTokenResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        if let Some(www_authenticate) = www_authenticate {
                            let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                            response.headers_mut().insert(
                                HeaderName::from_static("www-authenticate"),
                                www_authenticate,
                            );
                        }
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserNamedTokenResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserNamedTokenResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserNamedTokenResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserNamedTokenResponse::RequestTimeout(body) => {
                        *response.status_mut() = StatusCode::from_u16(408)
                            .expect("Unable to turn 408 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserNamedTokenResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserNamedTokenResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserNamedTokenResponse::TooManyRequests { body, retry_after } => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");

                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserNamedTokenResponse::HeadersTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(431)
                            .expect("Unable to turn 431 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserNamedTokenResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserNamedTokenResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_create_user_space<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_space_create_request: Option<models::SpaceCreateRequest> = if !body.is_empty()
            {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_space_create_request) => param_space_create_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter SpaceCreateRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter SpaceCreateRequest due to schema")),
                                    }
            } else {
                None
            };
            let param_space_create_request = match param_space_create_request {
                                    Some(param_space_create_request) => param_space_create_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter SpaceCreateRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter SpaceCreateRequest")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_space_create_request, "SpaceCreateRequest", validation);

            let result = api_impl
                .create_user_space(param_space_create_request, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    CreateUserSpaceResponse::Created { body, location } => {
                        *response.status_mut() = StatusCode::from_u16(201)
                            .expect("Unable to turn 201 into a StatusCode");

                        let location = match header::IntoHeaderValue(location).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling location header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("location"), location);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserSpaceResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserSpaceResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        if let Some(www_authenticate) = www_authenticate {
                            let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                            response.headers_mut().insert(
                                HeaderName::from_static("www-authenticate"),
                                www_authenticate,
                            );
                        }
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserSpaceResponse::LimitReached(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserSpaceResponse::RequestTimeout(body) => {
                        *response.status_mut() = StatusCode::from_u16(408)
                            .expect("Unable to turn 408 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserSpaceResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserSpaceResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserSpaceResponse::TooManyRequests { body, retry_after } => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");

                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserSpaceResponse::HeadersTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(431)
                            .expect("Unable to turn 431 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserSpaceResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserSpaceResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_create_user_temporary_token<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_temporary_token_create_request: Option<models::TemporaryTokenCreateRequest> =
                if !body.is_empty() {
                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_temporary_token_create_request) => param_temporary_token_create_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter TemporaryTokenCreateRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter TemporaryTokenCreateRequest due to schema")),
                                    }
                } else {
                    None
                };
            let param_temporary_token_create_request = match param_temporary_token_create_request {
                                    Some(param_temporary_token_create_request) => param_temporary_token_create_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter TemporaryTokenCreateRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter TemporaryTokenCreateRequest")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(
                param_temporary_token_create_request,
                "TemporaryTokenCreateRequest",
                validation
            );

            let result = api_impl
                .create_user_temporary_token(param_temporary_token_create_request, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    CreateUserTemporaryTokenResponse::Created(body) => {
                        *response.status_mut() = StatusCode::from_u16(201)
                            .expect("Unable to turn 201 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserTemporaryTokenResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserTemporaryTokenResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        if let Some(www_authenticate) = www_authenticate {
                            let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                            response.headers_mut().insert(
                                HeaderName::from_static("www-authenticate"),
                                www_authenticate,
                            );
                        }
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserTemporaryTokenResponse::Forbidden(body) => {
                        *response.status_mut() = StatusCode::from_u16(403)
                            .expect("Unable to turn 403 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserTemporaryTokenResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserTemporaryTokenResponse::RequestTimeout(body) => {
                        *response.status_mut() = StatusCode::from_u16(408)
                            .expect("Unable to turn 408 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserTemporaryTokenResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserTemporaryTokenResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserTemporaryTokenResponse::TooManyRequests { body, retry_after } => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");

                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserTemporaryTokenResponse::HeadersTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(431)
                            .expect("Unable to turn 431 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserTemporaryTokenResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    CreateUserTemporaryTokenResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_examine_token<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_token_to_examine: Option<models::TokenToExamine> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_token_to_examine) => param_token_to_examine,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter TokenToExamine - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter TokenToExamine due to schema")),
                                    }
            } else {
                None
            };
            let param_token_to_examine = match param_token_to_examine {
                                    Some(param_token_to_examine) => param_token_to_examine,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter TokenToExamine".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter TokenToExamine")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_token_to_examine, "TokenToExamine", validation);

            let result = api_impl
                .examine_token(param_token_to_examine, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    ExamineTokenResponse::Ok(body) => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    ExamineTokenResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    ExamineTokenResponse::RequestTimeout(body) => {
                        *response.status_mut() = StatusCode::from_u16(408)
                            .expect("Unable to turn 408 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    ExamineTokenResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    ExamineTokenResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    ExamineTokenResponse::TooManyRequests { body, retry_after } => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");

                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    ExamineTokenResponse::HeadersTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(431)
                            .expect("Unable to turn 431 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    ExamineTokenResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    ExamineTokenResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_get_user_client_tokens<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    let result = api_impl.get_user_client_tokens(&context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetUserClientTokensResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserClientTokensResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserClientTokensResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                    response.headers_mut().insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserClientTokensResponse::RequestTimeout(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(408).expect("Unable to turn 408 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserClientTokensResponse::PayloadTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserClientTokensResponse::TooManyRequests { body, retry_after } => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling retry_after header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("retry-after"), retry_after);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserClientTokensResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserClientTokensResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserClientTokensResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_user_default_space<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    let result = api_impl.get_user_default_space(&context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetUserDefaultSpaceResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserDefaultSpaceResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserDefaultSpaceResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                    response.headers_mut().insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserDefaultSpaceResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserDefaultSpaceResponse::RequestTimeout(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(408).expect("Unable to turn 408 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserDefaultSpaceResponse::PayloadTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserDefaultSpaceResponse::TooManyRequests { body, retry_after } => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling retry_after header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("retry-after"), retry_after);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserDefaultSpaceResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserDefaultSpaceResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserDefaultSpaceResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_user_space_token<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    let result = api_impl.get_user_space_token(&context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetUserSpaceTokenResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceTokenResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceTokenResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                    response.headers_mut().insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceTokenResponse::Forbidden(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceTokenResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceTokenResponse::RequestTimeout(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(408).expect("Unable to turn 408 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceTokenResponse::PayloadTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceTokenResponse::TooManyRequests { body, retry_after } => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling retry_after header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("retry-after"), retry_after);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceTokenResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceTokenResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceTokenResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_user_spaces<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    let result = api_impl.get_user_spaces(&context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetUserSpacesResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpacesResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpacesResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                    response.headers_mut().insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpacesResponse::RequestTimeout(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(408).expect("Unable to turn 408 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpacesResponse::PayloadTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpacesResponse::TooManyRequests { body, retry_after } => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling retry_after header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("retry-after"), retry_after);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpacesResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpacesResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpacesResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_join_space<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_space_invite_token: Option<models::SpaceInviteToken> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_space_invite_token) => param_space_invite_token,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter SpaceInviteToken - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter SpaceInviteToken due to schema")),
                                    }
            } else {
                None
            };
            let param_space_invite_token = match param_space_invite_token {
                                    Some(param_space_invite_token) => param_space_invite_token,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter SpaceInviteToken".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter SpaceInviteToken")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_space_invite_token, "SpaceInviteToken", validation);

            let result = api_impl
                .join_space(param_space_invite_token, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    JoinSpaceResponse::Created { body, location } => {
                        *response.status_mut() = StatusCode::from_u16(201)
                            .expect("Unable to turn 201 into a StatusCode");

                        let location = match header::IntoHeaderValue(location).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling location header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("location"), location);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    JoinSpaceResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    JoinSpaceResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        if let Some(www_authenticate) = www_authenticate {
                            let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                            response.headers_mut().insert(
                                HeaderName::from_static("www-authenticate"),
                                www_authenticate,
                            );
                        }
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    JoinSpaceResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    JoinSpaceResponse::RequestTimeout(body) => {
                        *response.status_mut() = StatusCode::from_u16(408)
                            .expect("Unable to turn 408 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    JoinSpaceResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    JoinSpaceResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    JoinSpaceResponse::TooManyRequests { body, retry_after } => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");

                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    JoinSpaceResponse::HeadersTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(431)
                            .expect("Unable to turn 431 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    JoinSpaceResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    JoinSpaceResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_list_user_named_tokens<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    let result = api_impl.list_user_named_tokens(&context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            ListUserNamedTokensResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            ListUserNamedTokensResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            ListUserNamedTokensResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                    response.headers_mut().insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            ListUserNamedTokensResponse::RequestTimeout(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(408).expect("Unable to turn 408 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            ListUserNamedTokensResponse::PayloadTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            ListUserNamedTokensResponse::TooManyRequests { body, retry_after } => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling retry_after header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("retry-after"), retry_after);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            ListUserNamedTokensResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            ListUserNamedTokensResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            ListUserNamedTokensResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_set_user_default_space<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_default_space: Option<models::DefaultSpace> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_default_space) => param_default_space,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter DefaultSpace - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter DefaultSpace due to schema")),
                                    }
            } else {
                None
            };
            let param_default_space = match param_default_space {
                                    Some(param_default_space) => param_default_space,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter DefaultSpace".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter DefaultSpace")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_default_space, "DefaultSpace", validation);

            let result = api_impl
                .set_user_default_space(param_default_space, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    SetUserDefaultSpaceResponse::NoContent => {
                        *response.status_mut() = StatusCode::from_u16(204)
                            .expect("Unable to turn 204 into a StatusCode");
                    }
                    SetUserDefaultSpaceResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    SetUserDefaultSpaceResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        if let Some(www_authenticate) = www_authenticate {
                            let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                            response.headers_mut().insert(
                                HeaderName::from_static("www-authenticate"),
                                www_authenticate,
                            );
                        }
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    SetUserDefaultSpaceResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    SetUserDefaultSpaceResponse::RequestTimeout(body) => {
                        *response.status_mut() = StatusCode::from_u16(408)
                            .expect("Unable to turn 408 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    SetUserDefaultSpaceResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    SetUserDefaultSpaceResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    SetUserDefaultSpaceResponse::TooManyRequests { body, retry_after } => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");

                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    SetUserDefaultSpaceResponse::HeadersTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(431)
                            .expect("Unable to turn 431 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    SetUserDefaultSpaceResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    SetUserDefaultSpaceResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_verify_invite_token<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_verify_invite_token_request: Option<models::VerifyInviteTokenRequest> =
                if !body.is_empty() {
                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_verify_invite_token_request) => param_verify_invite_token_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter VerifyInviteTokenRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter VerifyInviteTokenRequest due to schema")),
                                    }
                } else {
                    None
                };
            let param_verify_invite_token_request = match param_verify_invite_token_request {
                                    Some(param_verify_invite_token_request) => param_verify_invite_token_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter VerifyInviteTokenRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter VerifyInviteTokenRequest")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(
                param_verify_invite_token_request,
                "VerifyInviteTokenRequest",
                validation
            );

            let result = api_impl
                .verify_invite_token(param_verify_invite_token_request, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    VerifyInviteTokenResponse::Ok(body) => {
                        *response.status_mut() = StatusCode::from_u16(200)
                            .expect("Unable to turn 200 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    VerifyInviteTokenResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    VerifyInviteTokenResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        if let Some(www_authenticate) = www_authenticate {
                            let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                            response.headers_mut().insert(
                                HeaderName::from_static("www-authenticate"),
                                www_authenticate,
                            );
                        }
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    VerifyInviteTokenResponse::RequestTimeout(body) => {
                        *response.status_mut() = StatusCode::from_u16(408)
                            .expect("Unable to turn 408 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    VerifyInviteTokenResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    VerifyInviteTokenResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    VerifyInviteTokenResponse::TooManyRequests { body, retry_after } => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");

                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    VerifyInviteTokenResponse::HeadersTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(431)
                            .expect("Unable to turn 431 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    VerifyInviteTokenResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    VerifyInviteTokenResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

#[allow(unused_variables)]
async fn handle_delete_named_token<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params = paths::REGEX_TOKENS_NAMED_ID
        .captures(path)
        .unwrap_or_else(|| {
            panic!(
                "Path {} matched RE TOKENS_NAMED_ID in set but failed match against \"{}\"",
                path,
                paths::REGEX_TOKENS_NAMED_ID.as_str()
            )
        });

    let param_id = match percent_encoding::percent_decode(path_params["id"].as_bytes())
        .decode_utf8()
    {
        Ok(param_id) => match param_id.parse::<String>() {
            Ok(param_id) => param_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    let result = api_impl.delete_named_token(param_id, &context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            DeleteNamedTokenResponse::NoContent => {
                *response.status_mut() =
                    StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");
            }
            DeleteNamedTokenResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteNamedTokenResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                    response.headers_mut().insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteNamedTokenResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteNamedTokenResponse::RequestTimeout(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(408).expect("Unable to turn 408 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteNamedTokenResponse::PayloadTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteNamedTokenResponse::TooManyRequests { body, retry_after } => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling retry_after header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("retry-after"), retry_after);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteNamedTokenResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteNamedTokenResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteNamedTokenResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_delete_user_client_token<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params = paths::REGEX_USER_CLIENT_TOKENS_ID
        .captures(path)
        .unwrap_or_else(|| {
            panic!(
                "Path {} matched RE USER_CLIENT_TOKENS_ID in set but failed match against \"{}\"",
                path,
                paths::REGEX_USER_CLIENT_TOKENS_ID.as_str()
            )
        });

    let param_id = match percent_encoding::percent_decode(path_params["id"].as_bytes())
        .decode_utf8()
    {
        Ok(param_id) => match param_id.parse::<String>() {
            Ok(param_id) => param_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    let result = api_impl.delete_user_client_token(param_id, &context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            DeleteUserClientTokenResponse::NoContent => {
                *response.status_mut() =
                    StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");
            }
            DeleteUserClientTokenResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteUserClientTokenResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                    response.headers_mut().insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteUserClientTokenResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteUserClientTokenResponse::RequestTimeout(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(408).expect("Unable to turn 408 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteUserClientTokenResponse::PayloadTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteUserClientTokenResponse::TooManyRequests { body, retry_after } => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling retry_after header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("retry-after"), retry_after);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteUserClientTokenResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteUserClientTokenResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            DeleteUserClientTokenResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_named_token<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params = paths::REGEX_TOKENS_NAMED_ID
        .captures(path)
        .unwrap_or_else(|| {
            panic!(
                "Path {} matched RE TOKENS_NAMED_ID in set but failed match against \"{}\"",
                path,
                paths::REGEX_TOKENS_NAMED_ID.as_str()
            )
        });

    let param_id = match percent_encoding::percent_decode(path_params["id"].as_bytes())
        .decode_utf8()
    {
        Ok(param_id) => match param_id.parse::<String>() {
            Ok(param_id) => param_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    let result = api_impl.get_named_token(param_id, &context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetNamedTokenResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetNamedTokenResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetNamedTokenResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                    response.headers_mut().insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetNamedTokenResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetNamedTokenResponse::RequestTimeout(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(408).expect("Unable to turn 408 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetNamedTokenResponse::PayloadTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetNamedTokenResponse::TooManyRequests { body, retry_after } => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling retry_after header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("retry-after"), retry_after);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetNamedTokenResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetNamedTokenResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetNamedTokenResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_user_space<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params = paths::REGEX_USER_SPACES_ID
        .captures(path)
        .unwrap_or_else(|| {
            panic!(
                "Path {} matched RE USER_SPACES_ID in set but failed match against \"{}\"",
                path,
                paths::REGEX_USER_SPACES_ID.as_str()
            )
        });

    let param_id = match percent_encoding::percent_decode(path_params["id"].as_bytes())
        .decode_utf8()
    {
        Ok(param_id) => match param_id.parse::<String>() {
            Ok(param_id) => param_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    let result = api_impl.get_user_space(param_id, &context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            GetUserSpaceResponse::Ok(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                    response.headers_mut().insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceResponse::RequestTimeout(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(408).expect("Unable to turn 408 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceResponse::PayloadTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceResponse::TooManyRequests { body, retry_after } => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling retry_after header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("retry-after"), retry_after);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            GetUserSpaceResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_remove_user_space<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params = paths::REGEX_USER_SPACES_ID
        .captures(path)
        .unwrap_or_else(|| {
            panic!(
                "Path {} matched RE USER_SPACES_ID in set but failed match against \"{}\"",
                path,
                paths::REGEX_USER_SPACES_ID.as_str()
            )
        });

    let param_id = match percent_encoding::percent_decode(path_params["id"].as_bytes())
        .decode_utf8()
    {
        Ok(param_id) => match param_id.parse::<String>() {
            Ok(param_id) => param_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    let result = api_impl.remove_user_space(param_id, &context).await;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    response.headers_mut().insert(
        HeaderName::from_static("x-span-id"),
        HeaderValue::from_str(
            (&context as &dyn Has<XSpanIdString>)
                .get()
                .0
                .clone()
                .as_str(),
        )
        .expect("Unable to create X-Span-ID header value"),
    );

    match result {
        Ok(rsp) => match rsp {
            RemoveUserSpaceResponse::NoContent => {
                *response.status_mut() =
                    StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");
            }
            RemoveUserSpaceResponse::BadRequest(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            RemoveUserSpaceResponse::Unauthorized {
                body,
                www_authenticate,
            } => {
                *response.status_mut() =
                    StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                    response.headers_mut().insert(
                        HeaderName::from_static("www-authenticate"),
                        www_authenticate,
                    );
                }
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            RemoveUserSpaceResponse::NotFound(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            RemoveUserSpaceResponse::RequestTimeout(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(408).expect("Unable to turn 408 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            RemoveUserSpaceResponse::PayloadTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            RemoveUserSpaceResponse::TooManyRequests { body, retry_after } => {
                *response.status_mut() =
                    StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                    Ok(val) => val,
                    Err(e) => return Ok(Response::builder()
                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_string(format!(
                            "An internal server error occurred handling retry_after header - {e}"
                        )))
                        .expect(
                            "Unable to create Internal Server Error for invalid response header",
                        )),
                };

                response
                    .headers_mut()
                    .insert(HeaderName::from_static("retry-after"), retry_after);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            RemoveUserSpaceResponse::HeadersTooLarge(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(431).expect("Unable to turn 431 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            RemoveUserSpaceResponse::InternalServerError(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
            RemoveUserSpaceResponse::ServiceUnavailable(body) => {
                *response.status_mut() =
                    StatusCode::from_u16(503).expect("Unable to turn 503 into a StatusCode");
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                // JSON Body
                let mut json = Vec::with_capacity(512);
                serde_json::to_writer(&mut json, &body).expect("impossible to fail to serialize");
                *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
            }
        },
        Err(_) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
            *response.body_mut() = body_from_str("An internal error occurred");
        }
    }

    Ok(response)
}

#[allow(unused_variables)]
async fn handle_update_named_token<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    {
        let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
            Some(ref authorization) => authorization,
            None => {
                return Ok(Response::builder()
                    .status(StatusCode::FORBIDDEN)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_str("Unauthenticated"))
                    .expect("Unable to create Authentication Forbidden response"))
            }
        };
    }

    // Path parameters
    let path: &str = uri.path();
    let path_params = paths::REGEX_TOKENS_NAMED_ID
        .captures(path)
        .unwrap_or_else(|| {
            panic!(
                "Path {} matched RE TOKENS_NAMED_ID in set but failed match against \"{}\"",
                path,
                paths::REGEX_TOKENS_NAMED_ID.as_str()
            )
        });

    let param_id = match percent_encoding::percent_decode(path_params["id"].as_bytes())
        .decode_utf8()
    {
        Ok(param_id) => match param_id.parse::<String>() {
            Ok(param_id) => param_id,
            Err(e) => {
                return Ok(Response::builder()
                    .status(StatusCode::BAD_REQUEST)
                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                    .body(body_from_string(format!(
                        "Couldn't parse path parameter id: {e}"
                    )))
                    .expect("Unable to create Bad Request response for invalid path parameter"))
            }
        },
        Err(_) => {
            return Ok(Response::builder()
                .status(StatusCode::BAD_REQUEST)
                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                .body(body_from_string(format!(
                    "Couldn't percent-decode path parameter as UTF-8: {}",
                    &path_params["id"]
                )))
                .expect("Unable to create Bad Request response for invalid percent decode"))
        }
    };

    // Handle body parameters (note that non-required body parameters will ignore garbage
    // values, rather than causing a 400 response). Produce warning header and logs for
    // any unused fields.
    let result = http_body_util::BodyExt::collect(body)
        .await
        .map(|f| f.to_bytes().to_vec());
    match result {
        Ok(body) => {
            let mut unused_elements: Vec<String> = vec![];
            let param_named_token_update: Option<models::NamedTokenUpdate> = if !body.is_empty() {
                let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_named_token_update) => param_named_token_update,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter NamedTokenUpdate - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter NamedTokenUpdate due to schema")),
                                    }
            } else {
                None
            };
            let param_named_token_update = match param_named_token_update {
                                    Some(param_named_token_update) => param_named_token_update,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter NamedTokenUpdate".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter NamedTokenUpdate")),
                                };
            #[cfg(not(feature = "validate"))]
            run_validation!(param_named_token_update, "NamedTokenUpdate", validation);

            let result = api_impl
                .update_named_token(param_id, param_named_token_update, &context)
                .await;
            let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
            response.headers_mut().insert(
                HeaderName::from_static("x-span-id"),
                HeaderValue::from_str(
                    (&context as &dyn Has<XSpanIdString>)
                        .get()
                        .0
                        .clone()
                        .as_str(),
                )
                .expect("Unable to create X-Span-ID header value"),
            );

            if !unused_elements.is_empty() {
                response.headers_mut().insert(
                    HeaderName::from_static("warning"),
                    HeaderValue::from_str(
                        format!("Ignoring unknown fields in body: {unused_elements:?}").as_str(),
                    )
                    .expect("Unable to create Warning header value"),
                );
            }
            match result {
                Ok(rsp) => match rsp {
                    UpdateNamedTokenResponse::NoContent => {
                        *response.status_mut() = StatusCode::from_u16(204)
                            .expect("Unable to turn 204 into a StatusCode");
                    }
                    UpdateNamedTokenResponse::BadRequest(body) => {
                        *response.status_mut() = StatusCode::from_u16(400)
                            .expect("Unable to turn 400 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    UpdateNamedTokenResponse::Unauthorized {
                        body,
                        www_authenticate,
                    } => {
                        *response.status_mut() = StatusCode::from_u16(401)
                            .expect("Unable to turn 401 into a StatusCode");

                        if let Some(www_authenticate) = www_authenticate {
                            let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling www_authenticate header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                            response.headers_mut().insert(
                                HeaderName::from_static("www-authenticate"),
                                www_authenticate,
                            );
                        }
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    UpdateNamedTokenResponse::NotFound(body) => {
                        *response.status_mut() = StatusCode::from_u16(404)
                            .expect("Unable to turn 404 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    UpdateNamedTokenResponse::Conflict(body) => {
                        *response.status_mut() = StatusCode::from_u16(409)
                            .expect("Unable to turn 409 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    UpdateNamedTokenResponse::RequestTimeout(body) => {
                        *response.status_mut() = StatusCode::from_u16(408)
                            .expect("Unable to turn 408 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    UpdateNamedTokenResponse::PayloadTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(413)
                            .expect("Unable to turn 413 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    UpdateNamedTokenResponse::UnsupportedMediaType(body) => {
                        *response.status_mut() = StatusCode::from_u16(415)
                            .expect("Unable to turn 415 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    UpdateNamedTokenResponse::TooManyRequests { body, retry_after } => {
                        *response.status_mut() = StatusCode::from_u16(429)
                            .expect("Unable to turn 429 into a StatusCode");

                        let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                        response
                            .headers_mut()
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    UpdateNamedTokenResponse::HeadersTooLarge(body) => {
                        *response.status_mut() = StatusCode::from_u16(431)
                            .expect("Unable to turn 431 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    UpdateNamedTokenResponse::InternalServerError(body) => {
                        *response.status_mut() = StatusCode::from_u16(500)
                            .expect("Unable to turn 500 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                    UpdateNamedTokenResponse::ServiceUnavailable(body) => {
                        *response.status_mut() = StatusCode::from_u16(503)
                            .expect("Unable to turn 503 into a StatusCode");
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        // JSON Body
                        let mut json = Vec::with_capacity(512);
                        serde_json::to_writer(&mut json, &body)
                            .expect("impossible to fail to serialize");
                        *response.body_mut() = BoxBody::new(Full::new(Bytes::from(json)));
                    }
                },
                Err(_) => {
                    // Application code returned an error. This should not happen, as the implementation should
                    // return a valid response.
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                    response
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    *response.body_mut() = body_from_str("An internal error occurred");
                }
            }

            Ok(response)
        }
        Err(e) => Ok(Response::builder()
            .status(StatusCode::BAD_REQUEST)
            .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
            .body(body_from_string(format!(
                "Unable to read body: {}",
                e.into()
            )))
            .expect("Unable to create Bad Request response due to unable to read body")),
    }
}

/// Request parser for `Api`.
pub struct ApiRequestParser;
impl<T> RequestParser<T> for ApiRequestParser {
    fn parse_operation_id(request: &Request<T>) -> Option<&'static str> {
        let path = paths::GLOBAL_REGEX_SET.matches(request.uri().path());
        match *request.method() {
            // GetDocs - GET /docs
            hyper::Method::GET if path.matched(paths::ID_DOCS) => Some("GetDocs"),
            // GetHealth - GET /health
            hyper::Method::GET if path.matched(paths::ID_HEALTH) => Some("GetHealth"),
            // GetReadiness - GET /ready
            hyper::Method::GET if path.matched(paths::ID_READY) => Some("GetReadiness"),
            // CreateUserClientToken - POST /user/client_tokens
            hyper::Method::POST if path.matched(paths::ID_USER_CLIENT_TOKENS) => {
                Some("CreateUserClientToken")
            }
            // CreateUserNamedToken - POST /user/tokens/named
            hyper::Method::POST if path.matched(paths::ID_USER_TOKENS_NAMED) => {
                Some("CreateUserNamedToken")
            }
            // CreateUserSpace - POST /user/spaces
            hyper::Method::POST if path.matched(paths::ID_USER_SPACES) => Some("CreateUserSpace"),
            // CreateUserTemporaryToken - POST /user/tokens/temporary
            hyper::Method::POST if path.matched(paths::ID_USER_TOKENS_TEMPORARY) => {
                Some("CreateUserTemporaryToken")
            }
            // ExamineToken - POST /tokens/examine
            hyper::Method::POST if path.matched(paths::ID_TOKENS_EXAMINE) => Some("ExamineToken"),
            // GetUserClientTokens - GET /user/client_tokens
            hyper::Method::GET if path.matched(paths::ID_USER_CLIENT_TOKENS) => {
                Some("GetUserClientTokens")
            }
            // GetUserDefaultSpace - GET /user/spaces/default
            hyper::Method::GET if path.matched(paths::ID_USER_SPACES_DEFAULT) => {
                Some("GetUserDefaultSpace")
            }
            // GetUserSpaceToken - GET /user/spaces/token
            hyper::Method::GET if path.matched(paths::ID_USER_SPACES_TOKEN) => {
                Some("GetUserSpaceToken")
            }
            // GetUserSpaces - GET /user/spaces
            hyper::Method::GET if path.matched(paths::ID_USER_SPACES) => Some("GetUserSpaces"),
            // JoinSpace - POST /user/spaces/join
            hyper::Method::POST if path.matched(paths::ID_USER_SPACES_JOIN) => Some("JoinSpace"),
            // ListUserNamedTokens - GET /user/tokens/named
            hyper::Method::GET if path.matched(paths::ID_USER_TOKENS_NAMED) => {
                Some("ListUserNamedTokens")
            }
            // SetUserDefaultSpace - PUT /user/spaces/default
            hyper::Method::PUT if path.matched(paths::ID_USER_SPACES_DEFAULT) => {
                Some("SetUserDefaultSpace")
            }
            // VerifyInviteToken - POST /tokens/verify_invite_token
            hyper::Method::POST if path.matched(paths::ID_TOKENS_VERIFY_INVITE_TOKEN) => {
                Some("VerifyInviteToken")
            }
            // DeleteNamedToken - DELETE /tokens/named/{id}
            hyper::Method::DELETE if path.matched(paths::ID_TOKENS_NAMED_ID) => {
                Some("DeleteNamedToken")
            }
            // DeleteUserClientToken - DELETE /user/client_tokens/{id}
            hyper::Method::DELETE if path.matched(paths::ID_USER_CLIENT_TOKENS_ID) => {
                Some("DeleteUserClientToken")
            }
            // GetNamedToken - GET /tokens/named/{id}
            hyper::Method::GET if path.matched(paths::ID_TOKENS_NAMED_ID) => Some("GetNamedToken"),
            // GetUserSpace - GET /user/spaces/{id}
            hyper::Method::GET if path.matched(paths::ID_USER_SPACES_ID) => Some("GetUserSpace"),
            // RemoveUserSpace - DELETE /user/spaces/{id}
            hyper::Method::DELETE if path.matched(paths::ID_USER_SPACES_ID) => {
                Some("RemoveUserSpace")
            }
            // UpdateNamedToken - PATCH /tokens/named/{id}
            hyper::Method::PATCH if path.matched(paths::ID_TOKENS_NAMED_ID) => {
                Some("UpdateNamedToken")
            }
            _ => None,
        }
    }
}
