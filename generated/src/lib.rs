#![allow(
    missing_docs,
    trivial_casts,
    unused_variables,
    unused_mut,
    unused_imports,
    unused_extern_crates,
    unused_attributes,
    non_camel_case_types
)]
#![allow(clippy::derive_partial_eq_without_eq, clippy::disallowed_names)]

use async_trait::async_trait;
use futures::Stream;
#[cfg(feature = "mock")]
use mockall::automock;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::error::Error;
use std::task::{Context, Poll};
use swagger::{auth::Authorization, ApiError, ContextWrapper};

#[cfg(any(feature = "client", feature = "server"))]
type ServiceError = Box<dyn Error + Send + Sync + 'static>;

pub const BASE_PATH: &str = "/api/v3/onezone";
pub const API_VERSION: &str = "18.2.0";

mod auth;
pub use auth::{AuthenticationApi, Claims};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetDocsResponse {
    /// The HTML page, `text/html; charset=utf-8`, never cached.
    Ok(String),
    /// Resource not found.
    NotFound(models::Error),
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetHealthResponse {
    /// The process serves requests.
    Ok(models::Health),
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetReadinessResponse {
    /// The store answers; the replica can serve requests.
    Ok(models::Readiness),
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateUserClientTokenResponse {
    /// The new access token (shown only now).
    Created {
        body: models::ClientToken,
        location: String,
    },
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// The request was authenticated with an access token; creating one needs Basic credentials.
    Forbidden(models::Error),
    /// A per-user cap is reached: active access tokens (`serve --max-access-tokens-per-user`) or spaces one is a member of (`serve --max-spaces-per-user`). Nothing was created.
    LimitReached(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateUserNamedTokenResponse {
    /// The named token was created.
    Created {
        body: models::NamedTokenCreated,
        location: String,
    },
    /// Invalid request, such as a token type other than a userJoinSpace invitation.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// The caller lacks `space_invite_user`, or a privilege it would carry.
    Forbidden(models::Error),
    /// Resource not found.
    NotFound(models::Error),
    /// The caller already has a named token of this name.
    Conflict(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// The request body is not declared as `Content-Type: application/json`.
    UnsupportedMediaType(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateUserSpaceResponse {
    /// The space was created.
    Created {
        body: models::SpaceReference,
        location: String,
    },
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// A per-user cap is reached: active access tokens (`serve --max-access-tokens-per-user`) or spaces one is a member of (`serve --max-spaces-per-user`). Nothing was created.
    LimitReached(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// The request body is not declared as `Content-Type: application/json`.
    UnsupportedMediaType(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateUserTemporaryTokenResponse {
    /// The temporary token.
    Created(models::TemporaryToken),
    /// Invalid request, such as a missing or too distant time caveat.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// The caller lacks `space_invite_user` in the space.
    Forbidden(models::Error),
    /// Resource not found.
    NotFound(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// The request body is not declared as `Content-Type: application/json`.
    UnsupportedMediaType(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ExamineTokenResponse {
    /// What the token says.
    Ok(models::TokenExamination),
    /// Invalid request, or a token that cannot be read.
    BadRequest(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// The request body is not declared as `Content-Type: application/json`.
    UnsupportedMediaType(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetUserClientTokensResponse {
    /// The caller's access tokens.
    Ok(models::ClientTokens),
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetUserDefaultSpaceResponse {
    /// The caller's default space.
    Ok(models::DefaultSpace),
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// Resource not found.
    NotFound(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetUserSpaceTokenResponse {
    /// The space invitation token.
    Ok(models::SpaceInviteToken),
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// Authorization error.
    Forbidden(models::Error),
    /// Resource not found.
    NotFound(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetUserSpacesResponse {
    /// The caller's spaces.
    Ok(models::UserSpaces),
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum JoinSpaceResponse {
    /// The caller joined the space.
    Created {
        body: models::SpaceReference,
        location: String,
    },
    /// Invalid request, or an invitation token that cannot be used.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// The caller is already a member of the space (`already_member`), or a member of as many spaces as the server allows (`limit_reached`, `serve --max-spaces-per-user`); either way the token is not consumed.
    Conflict(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// The request body is not declared as `Content-Type: application/json`.
    UnsupportedMediaType(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListUserNamedTokensResponse {
    /// The ids of the caller's named tokens.
    Ok(models::NamedTokenList),
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetUserDefaultSpaceResponse {
    /// The default space was set.
    NoContent,
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// Resource not found.
    NotFound(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// The request body is not declared as `Content-Type: application/json`.
    UnsupportedMediaType(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum VerifyInviteTokenResponse {
    /// The caller could join with it now.
    Ok(models::InviteTokenVerification),
    /// Invalid request, or an invitation the caller could not use now.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// The request body is not declared as `Content-Type: application/json`.
    UnsupportedMediaType(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteNamedTokenResponse {
    /// The named token was deleted.
    NoContent,
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// Resource not found.
    NotFound(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteUserClientTokenResponse {
    /// The token was revoked.
    NoContent,
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// Resource not found.
    NotFound(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetNamedTokenResponse {
    /// The named token.
    Ok(models::NamedToken),
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// Resource not found.
    NotFound(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetUserSpaceResponse {
    /// The space and the caller's privileges in it.
    Ok(models::UserSpace),
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// Resource not found.
    NotFound(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RemoveUserSpaceResponse {
    /// The caller left the space.
    NoContent,
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// Resource not found.
    NotFound(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UpdateNamedTokenResponse {
    /// The named token was changed.
    NoContent,
    /// Invalid request.
    BadRequest(models::Error),
    /// Authentication error.
    Unauthorized {
        body: models::Error,
        www_authenticate: Option<String>,
    },
    /// Resource not found.
    NotFound(models::Error),
    /// The caller already has another named token of the new name.
    Conflict(models::Error),
    /// The request body did not arrive in time (10 s by default).
    RequestTimeout(models::Error),
    /// The request body is larger than the server accepts.
    PayloadTooLarge(models::Error),
    /// The request body is not declared as `Content-Type: application/json`.
    UnsupportedMediaType(models::Error),
    /// Too many requests: minting, joining and creating spaces and access tokens are limited per user, failed authentications per client address. Retry after the given number of seconds.
    TooManyRequests {
        body: models::Error,
        retry_after: i32,
    },
    /// The request's headers are larger than the server accepts (64 KiB by default).
    HeadersTooLarge(models::Error),
    /// Internal server Error.
    InternalServerError(models::Error),
    /// The server cannot reach its database right now; retry later.
    ServiceUnavailable(models::Error),
}

/// API
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait Api<C: Send + Sync> {
    /// Interactive documentation
    async fn get_docs(&self, context: &C) -> Result<GetDocsResponse, ApiError>;

    /// Liveness
    async fn get_health(&self, context: &C) -> Result<GetHealthResponse, ApiError>;

    /// Readiness
    async fn get_readiness(&self, context: &C) -> Result<GetReadinessResponse, ApiError>;

    /// Generate user access token
    async fn create_user_client_token(
        &self,
        context: &C,
    ) -> Result<CreateUserClientTokenResponse, ApiError>;

    /// Create named token for the current user
    async fn create_user_named_token(
        &self,
        named_token_create_request: models::NamedTokenCreateRequest,
        context: &C,
    ) -> Result<CreateUserNamedTokenResponse, ApiError>;

    /// Create a new space
    async fn create_user_space(
        &self,
        space_create_request: models::SpaceCreateRequest,
        context: &C,
    ) -> Result<CreateUserSpaceResponse, ApiError>;

    /// Create temporary token for the current user
    async fn create_user_temporary_token(
        &self,
        temporary_token_create_request: models::TemporaryTokenCreateRequest,
        context: &C,
    ) -> Result<CreateUserTemporaryTokenResponse, ApiError>;

    /// Examine token
    async fn examine_token(
        &self,
        token_to_examine: models::TokenToExamine,
        context: &C,
    ) -> Result<ExamineTokenResponse, ApiError>;

    /// Get user client tokens
    async fn get_user_client_tokens(
        &self,
        context: &C,
    ) -> Result<GetUserClientTokensResponse, ApiError>;

    /// Get default user space
    async fn get_user_default_space(
        &self,
        context: &C,
    ) -> Result<GetUserDefaultSpaceResponse, ApiError>;

    /// Create space invitation token
    async fn get_user_space_token(
        &self,
        context: &C,
    ) -> Result<GetUserSpaceTokenResponse, ApiError>;

    /// Get user spaces
    async fn get_user_spaces(&self, context: &C) -> Result<GetUserSpacesResponse, ApiError>;

    /// Join space
    async fn join_space(
        &self,
        space_invite_token: models::SpaceInviteToken,
        context: &C,
    ) -> Result<JoinSpaceResponse, ApiError>;

    /// List user named tokens
    async fn list_user_named_tokens(
        &self,
        context: &C,
    ) -> Result<ListUserNamedTokensResponse, ApiError>;

    /// Set default user space
    async fn set_user_default_space(
        &self,
        default_space: models::DefaultSpace,
        context: &C,
    ) -> Result<SetUserDefaultSpaceResponse, ApiError>;

    /// Verify invite token
    async fn verify_invite_token(
        &self,
        verify_invite_token_request: models::VerifyInviteTokenRequest,
        context: &C,
    ) -> Result<VerifyInviteTokenResponse, ApiError>;

    /// Delete named token
    async fn delete_named_token(
        &self,
        id: String,
        context: &C,
    ) -> Result<DeleteNamedTokenResponse, ApiError>;

    /// Delete user access token
    async fn delete_user_client_token(
        &self,
        id: String,
        context: &C,
    ) -> Result<DeleteUserClientTokenResponse, ApiError>;

    /// Get named token details
    async fn get_named_token(
        &self,
        id: String,
        context: &C,
    ) -> Result<GetNamedTokenResponse, ApiError>;

    /// Get user space details
    async fn get_user_space(
        &self,
        id: String,
        context: &C,
    ) -> Result<GetUserSpaceResponse, ApiError>;

    /// Leave space
    async fn remove_user_space(
        &self,
        id: String,
        context: &C,
    ) -> Result<RemoveUserSpaceResponse, ApiError>;

    /// Modify named token
    async fn update_named_token(
        &self,
        id: String,
        named_token_update: models::NamedTokenUpdate,
        context: &C,
    ) -> Result<UpdateNamedTokenResponse, ApiError>;
}

/// API where `Context` isn't passed on every API call
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait ApiNoContext<C: Send + Sync> {
    // The std::task::Context struct houses a reference to std::task::Waker with the lifetime <'a>.
    // Adding an anonymous lifetime `'a` to allow mockall to create a mock object with the right lifetimes.
    // This is needed because the compiler is unable to determine the lifetimes on F's trait bound
    // where F is the closure created by mockall. We use higher-rank trait bounds here to get around this.

    fn context(&self) -> &C;

    /// Interactive documentation
    async fn get_docs(&self) -> Result<GetDocsResponse, ApiError>;

    /// Liveness
    async fn get_health(&self) -> Result<GetHealthResponse, ApiError>;

    /// Readiness
    async fn get_readiness(&self) -> Result<GetReadinessResponse, ApiError>;

    /// Generate user access token
    async fn create_user_client_token(&self) -> Result<CreateUserClientTokenResponse, ApiError>;

    /// Create named token for the current user
    async fn create_user_named_token(
        &self,
        named_token_create_request: models::NamedTokenCreateRequest,
    ) -> Result<CreateUserNamedTokenResponse, ApiError>;

    /// Create a new space
    async fn create_user_space(
        &self,
        space_create_request: models::SpaceCreateRequest,
    ) -> Result<CreateUserSpaceResponse, ApiError>;

    /// Create temporary token for the current user
    async fn create_user_temporary_token(
        &self,
        temporary_token_create_request: models::TemporaryTokenCreateRequest,
    ) -> Result<CreateUserTemporaryTokenResponse, ApiError>;

    /// Examine token
    async fn examine_token(
        &self,
        token_to_examine: models::TokenToExamine,
    ) -> Result<ExamineTokenResponse, ApiError>;

    /// Get user client tokens
    async fn get_user_client_tokens(&self) -> Result<GetUserClientTokensResponse, ApiError>;

    /// Get default user space
    async fn get_user_default_space(&self) -> Result<GetUserDefaultSpaceResponse, ApiError>;

    /// Create space invitation token
    async fn get_user_space_token(&self) -> Result<GetUserSpaceTokenResponse, ApiError>;

    /// Get user spaces
    async fn get_user_spaces(&self) -> Result<GetUserSpacesResponse, ApiError>;

    /// Join space
    async fn join_space(
        &self,
        space_invite_token: models::SpaceInviteToken,
    ) -> Result<JoinSpaceResponse, ApiError>;

    /// List user named tokens
    async fn list_user_named_tokens(&self) -> Result<ListUserNamedTokensResponse, ApiError>;

    /// Set default user space
    async fn set_user_default_space(
        &self,
        default_space: models::DefaultSpace,
    ) -> Result<SetUserDefaultSpaceResponse, ApiError>;

    /// Verify invite token
    async fn verify_invite_token(
        &self,
        verify_invite_token_request: models::VerifyInviteTokenRequest,
    ) -> Result<VerifyInviteTokenResponse, ApiError>;

    /// Delete named token
    async fn delete_named_token(&self, id: String) -> Result<DeleteNamedTokenResponse, ApiError>;

    /// Delete user access token
    async fn delete_user_client_token(
        &self,
        id: String,
    ) -> Result<DeleteUserClientTokenResponse, ApiError>;

    /// Get named token details
    async fn get_named_token(&self, id: String) -> Result<GetNamedTokenResponse, ApiError>;

    /// Get user space details
    async fn get_user_space(&self, id: String) -> Result<GetUserSpaceResponse, ApiError>;

    /// Leave space
    async fn remove_user_space(&self, id: String) -> Result<RemoveUserSpaceResponse, ApiError>;

    /// Modify named token
    async fn update_named_token(
        &self,
        id: String,
        named_token_update: models::NamedTokenUpdate,
    ) -> Result<UpdateNamedTokenResponse, ApiError>;
}

/// Trait to extend an API to make it easy to bind it to a context.
pub trait ContextWrapperExt<C: Send + Sync>
where
    Self: Sized,
{
    /// Binds this API to a context.
    fn with_context(self, context: C) -> ContextWrapper<Self, C>;
}

impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ContextWrapperExt<C> for T {
    fn with_context(self: T, context: C) -> ContextWrapper<T, C> {
        ContextWrapper::<T, C>::new(self, context)
    }
}

#[async_trait]
impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ApiNoContext<C> for ContextWrapper<T, C> {
    fn context(&self) -> &C {
        ContextWrapper::context(self)
    }

    /// Interactive documentation
    async fn get_docs(&self) -> Result<GetDocsResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_docs(&context).await
    }

    /// Liveness
    async fn get_health(&self) -> Result<GetHealthResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_health(&context).await
    }

    /// Readiness
    async fn get_readiness(&self) -> Result<GetReadinessResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_readiness(&context).await
    }

    /// Generate user access token
    async fn create_user_client_token(&self) -> Result<CreateUserClientTokenResponse, ApiError> {
        let context = self.context().clone();
        self.api().create_user_client_token(&context).await
    }

    /// Create named token for the current user
    async fn create_user_named_token(
        &self,
        named_token_create_request: models::NamedTokenCreateRequest,
    ) -> Result<CreateUserNamedTokenResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .create_user_named_token(named_token_create_request, &context)
            .await
    }

    /// Create a new space
    async fn create_user_space(
        &self,
        space_create_request: models::SpaceCreateRequest,
    ) -> Result<CreateUserSpaceResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .create_user_space(space_create_request, &context)
            .await
    }

    /// Create temporary token for the current user
    async fn create_user_temporary_token(
        &self,
        temporary_token_create_request: models::TemporaryTokenCreateRequest,
    ) -> Result<CreateUserTemporaryTokenResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .create_user_temporary_token(temporary_token_create_request, &context)
            .await
    }

    /// Examine token
    async fn examine_token(
        &self,
        token_to_examine: models::TokenToExamine,
    ) -> Result<ExamineTokenResponse, ApiError> {
        let context = self.context().clone();
        self.api().examine_token(token_to_examine, &context).await
    }

    /// Get user client tokens
    async fn get_user_client_tokens(&self) -> Result<GetUserClientTokensResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_user_client_tokens(&context).await
    }

    /// Get default user space
    async fn get_user_default_space(&self) -> Result<GetUserDefaultSpaceResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_user_default_space(&context).await
    }

    /// Create space invitation token
    async fn get_user_space_token(&self) -> Result<GetUserSpaceTokenResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_user_space_token(&context).await
    }

    /// Get user spaces
    async fn get_user_spaces(&self) -> Result<GetUserSpacesResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_user_spaces(&context).await
    }

    /// Join space
    async fn join_space(
        &self,
        space_invite_token: models::SpaceInviteToken,
    ) -> Result<JoinSpaceResponse, ApiError> {
        let context = self.context().clone();
        self.api().join_space(space_invite_token, &context).await
    }

    /// List user named tokens
    async fn list_user_named_tokens(&self) -> Result<ListUserNamedTokensResponse, ApiError> {
        let context = self.context().clone();
        self.api().list_user_named_tokens(&context).await
    }

    /// Set default user space
    async fn set_user_default_space(
        &self,
        default_space: models::DefaultSpace,
    ) -> Result<SetUserDefaultSpaceResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .set_user_default_space(default_space, &context)
            .await
    }

    /// Verify invite token
    async fn verify_invite_token(
        &self,
        verify_invite_token_request: models::VerifyInviteTokenRequest,
    ) -> Result<VerifyInviteTokenResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .verify_invite_token(verify_invite_token_request, &context)
            .await
    }

    /// Delete named token
    async fn delete_named_token(&self, id: String) -> Result<DeleteNamedTokenResponse, ApiError> {
        let context = self.context().clone();
        self.api().delete_named_token(id, &context).await
    }

    /// Delete user access token
    async fn delete_user_client_token(
        &self,
        id: String,
    ) -> Result<DeleteUserClientTokenResponse, ApiError> {
        let context = self.context().clone();
        self.api().delete_user_client_token(id, &context).await
    }

    /// Get named token details
    async fn get_named_token(&self, id: String) -> Result<GetNamedTokenResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_named_token(id, &context).await
    }

    /// Get user space details
    async fn get_user_space(&self, id: String) -> Result<GetUserSpaceResponse, ApiError> {
        let context = self.context().clone();
        self.api().get_user_space(id, &context).await
    }

    /// Leave space
    async fn remove_user_space(&self, id: String) -> Result<RemoveUserSpaceResponse, ApiError> {
        let context = self.context().clone();
        self.api().remove_user_space(id, &context).await
    }

    /// Modify named token
    async fn update_named_token(
        &self,
        id: String,
        named_token_update: models::NamedTokenUpdate,
    ) -> Result<UpdateNamedTokenResponse, ApiError> {
        let context = self.context().clone();
        self.api()
            .update_named_token(id, named_token_update, &context)
            .await
    }
}

#[cfg(feature = "client")]
pub mod client;

// Re-export Client as a top-level name
#[cfg(feature = "client")]
pub use client::Client;

#[cfg(feature = "server")]
pub mod server;

// Re-export router() as a top-level name
#[cfg(feature = "server")]
pub use self::server::Service;

#[cfg(feature = "server")]
pub mod context;

pub mod models;

#[cfg(any(feature = "client", feature = "server"))]
pub(crate) mod header;
