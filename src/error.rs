//! The one error type of the HTTP API. Every failure a client can see is one of these, and
//! each turns into the seed's `Error` JSON (`{"error", "error_description"}`) with
//! `Content-Type: application/json`. Internal details go to the log, never to the client.

use bytes::Bytes;
use http_body_util::{Full, combinators::BoxBody};
use hyper::header::{
    ALLOW, CACHE_CONTROL, CONTENT_TYPE, HeaderValue, RETRY_AFTER, WWW_AUTHENTICATE,
};
use hyper::{Response, StatusCode};
use onezone_api::models;
use std::convert::Infallible;

/// The challenge sent with every 401.
pub const WWW_AUTHENTICATE_CHALLENGE: &str = r#"Basic realm="onezone""#;

/// A failure of one request, as the client will see it.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 400 `invalid_request`: the request (usually its credentials header) is broken.
    #[error("{0}")]
    InvalidRequest(String),
    /// 401 `unauthorized`: no credentials at all.
    #[error("authentication is required")]
    Unauthorized,
    /// 401 `invalid_credentials`: unknown user or wrong password.
    #[error("invalid user name or password")]
    InvalidCredentials,
    /// 401 `invalid_token`: a token that is malformed, forged, revoked or of the wrong kind.
    #[error("{0}")]
    InvalidToken(String),
    /// 401 `token_expired`: a valid token whose time caveat has passed.
    #[error("the token has expired")]
    TokenExpired,
    /// 400 `invalid_token`: an invitation offered to join that cannot be used.
    #[error("{0}")]
    InvalidInvitation(String),
    /// 409 `already_member`
    #[error("{0}")]
    Conflict(String),
    /// 409 `already_exists`: a name the caller already uses (named tokens).
    #[error("{0}")]
    AlreadyExists(String),
    /// 409 `limit_reached`: a per-user cap (active access tokens, spaces) is reached.
    #[error("{0}")]
    LimitReached(String),
    /// 408 `request_timeout`: the body did not arrive in time.
    #[error("request body timed out after {seconds} s")]
    RequestTimeout {
        /// The body timeout.
        seconds: u64,
    },
    /// 431 `headers_too_large`
    #[error("request headers over {limit} bytes")]
    HeadersTooLarge {
        /// The bound, in bytes.
        limit: usize,
    },
    /// 431 `headers_too_large`: more header fields than the server takes.
    #[error("more than {limit} request header fields")]
    TooManyHeaders {
        /// The most header fields taken.
        limit: usize,
    },
    /// 414 `uri_too_long`: a request target longer than the server takes.
    #[error("request target over {limit} bytes")]
    UriTooLong {
        /// The bound, in bytes.
        limit: usize,
    },
    /// 413 `payload_too_large`
    #[error("request body over {limit} bytes")]
    PayloadTooLarge {
        /// The bound, in bytes.
        limit: usize,
    },
    /// 415 `unsupported_media_type`: a body not declared as `application/json`.
    #[error("request body is not application/json")]
    UnsupportedMediaType,
    /// 403 `forbidden`
    #[error("{0}")]
    Forbidden(String),
    /// 404 `not_found`
    #[error("{0}")]
    NotFound(String),
    /// 405 `method_not_allowed`, with the methods the path accepts.
    #[error("method not allowed")]
    MethodNotAllowed {
        /// The methods the path accepts (the `Allow` header).
        allow: Vec<&'static str>,
    },
    /// 429 `too_many_requests`, with `Retry-After` in seconds.
    #[error("too many requests")]
    TooManyRequests {
        /// When to try again (the `Retry-After` header).
        retry_after_seconds: u32,
    },
    /// 501 `not_implemented`: a transfer coding this server does not implement.
    #[error("{0}")]
    NotImplemented(String),
    /// 503 `service_unavailable`: the database cannot be reached. The message is logged.
    #[error("service unavailable: {0}")]
    ServiceUnavailable(String),
    /// 500 `internal_server_error`. The message is logged, never sent.
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    /// An internal error (500) from any message, which is logged and never sent.
    pub fn internal(error: impl std::fmt::Display) -> ApiError {
        ApiError::Internal(error.to_string())
    }

    /// The HTTP status this error is answered with.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::InvalidRequest(_) | ApiError::InvalidInvitation(_) => StatusCode::BAD_REQUEST,
            ApiError::Conflict(_) | ApiError::LimitReached(_) | ApiError::AlreadyExists(_) => {
                StatusCode::CONFLICT
            }
            ApiError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::RequestTimeout { .. } => StatusCode::REQUEST_TIMEOUT,
            ApiError::HeadersTooLarge { .. } | ApiError::TooManyHeaders { .. } => {
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE
            }
            ApiError::UriTooLong { .. } => StatusCode::URI_TOO_LONG,
            ApiError::Unauthorized
            | ApiError::InvalidCredentials
            | ApiError::InvalidToken(_)
            | ApiError::TokenExpired => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::NotImplemented(_) => StatusCode::NOT_IMPLEMENTED,
            ApiError::ServiceUnavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The machine-readable `error` field.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::InvalidRequest(_) => "invalid_request",
            ApiError::InvalidInvitation(_) => "invalid_token",
            ApiError::Conflict(_) => "already_member",
            ApiError::LimitReached(_) => "limit_reached",
            ApiError::AlreadyExists(_) => "already_exists",
            ApiError::PayloadTooLarge { .. } => "payload_too_large",
            ApiError::UnsupportedMediaType => "unsupported_media_type",
            ApiError::RequestTimeout { .. } => "request_timeout",
            ApiError::HeadersTooLarge { .. } | ApiError::TooManyHeaders { .. } => {
                "headers_too_large"
            }
            ApiError::UriTooLong { .. } => "uri_too_long",
            ApiError::Unauthorized => "unauthorized",
            ApiError::InvalidCredentials => "invalid_credentials",
            ApiError::InvalidToken(_) => "invalid_token",
            ApiError::TokenExpired => "token_expired",
            ApiError::Forbidden(_) => "forbidden",
            ApiError::NotFound(_) => "not_found",
            ApiError::MethodNotAllowed { .. } => "method_not_allowed",
            ApiError::TooManyRequests { .. } => "too_many_requests",
            ApiError::NotImplemented(_) => "not_implemented",
            ApiError::ServiceUnavailable(_) => "service_unavailable",
            ApiError::Internal(_) => "internal_server_error",
        }
    }

    /// The `error_description` field: a sentence for people, free of internals.
    pub fn description(&self) -> String {
        match self {
            ApiError::Unauthorized => {
                "Authentication is required: send Basic credentials or an access token in \
                 X-Auth-Token, macaroon or Authorization: Bearer."
                    .to_owned()
            }
            ApiError::InvalidCredentials => "Invalid user name or password.".to_owned(),
            ApiError::InvalidToken(reason) => {
                format!("Provided token could not be validated: {reason}.")
            }
            ApiError::TokenExpired => "Provided token has expired.".to_owned(),
            ApiError::MethodNotAllowed { allow } => {
                format!("This path accepts only {}.", allow.join(", "))
            }
            ApiError::PayloadTooLarge { limit } => {
                format!("The request body exceeds {limit} bytes.")
            }
            ApiError::UnsupportedMediaType => "This operation takes a JSON object: send it \
                 with Content-Type: application/json."
                .to_owned(),
            ApiError::HeadersTooLarge { limit } => {
                format!("The request's headers exceed {limit} bytes.")
            }
            ApiError::TooManyHeaders { limit } => {
                format!("The request has more than {limit} header fields.")
            }
            ApiError::UriTooLong { limit } => {
                format!("The request target (path and query) exceeds {limit} bytes.")
            }
            ApiError::RequestTimeout { seconds } => {
                format!("The request body did not arrive within {seconds} seconds.")
            }
            ApiError::TooManyRequests {
                retry_after_seconds,
            } => format!("Too many requests; retry in {retry_after_seconds} seconds."),
            ApiError::ServiceUnavailable(_) => {
                "The database is unreachable; retry later.".to_owned()
            }
            ApiError::Internal(_) => "The server failed to handle the request.".to_owned(),
            ApiError::InvalidRequest(text)
            | ApiError::InvalidInvitation(text)
            | ApiError::Conflict(text)
            | ApiError::LimitReached(text)
            | ApiError::AlreadyExists(text)
            | ApiError::NotImplemented(text)
            | ApiError::Forbidden(text)
            | ApiError::NotFound(text) => text.clone(),
        }
    }

    /// A failed attempt to authenticate (wrong password, unusable token): what the
    /// failed-login rate limit counts. Sending no credentials is not one.
    pub fn is_failed_authentication(&self) -> bool {
        matches!(
            self,
            ApiError::InvalidCredentials | ApiError::InvalidToken(_) | ApiError::TokenExpired
        )
    }

    /// The body as the generated `Error` model.
    pub fn to_model(&self) -> models::Error {
        match self {
            ApiError::Internal(detail) => tracing::error!(error = %detail, "internal error"),
            ApiError::ServiceUnavailable(detail) => {
                tracing::warn!(error = %detail, "database unavailable")
            }
            _ => {}
        }
        models::Error::new(self.code().to_owned(), self.description())
    }

    /// A complete HTTP response, for failures answered outside the generated router
    /// (routing and authentication).
    pub fn into_response(self) -> Response<BoxBody<Bytes, Infallible>> {
        let body = serde_json::to_vec(&self.to_model()).unwrap_or_default();
        let mut response = Response::new(BoxBody::new(Full::new(Bytes::from(body))));
        *response.status_mut() = self.status();
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if self.status() == StatusCode::UNAUTHORIZED {
            headers.insert(
                WWW_AUTHENTICATE,
                HeaderValue::from_static(WWW_AUTHENTICATE_CHALLENGE),
            );
        }
        if let ApiError::TooManyRequests {
            retry_after_seconds,
        } = &self
        {
            headers.insert(RETRY_AFTER, HeaderValue::from(*retry_after_seconds));
        }
        if let ApiError::MethodNotAllowed { allow } = &self
            && let Ok(value) = HeaderValue::from_str(&allow.join(", "))
        {
            headers.insert(ALLOW, value);
        }
        response
    }
}

impl From<crate::store::StoreError> for ApiError {
    fn from(error: crate::store::StoreError) -> Self {
        use crate::store::StoreError;
        let kind = match &error {
            StoreError::Unavailable(_) => Some("unavailable"),
            StoreError::Backend(_) => Some("backend"),
            StoreError::NotFound(_) => Some("not_found"),
            StoreError::AlreadyExists(_) => Some("already_exists"),
            StoreError::Invalid(_) => Some("invalid"),
            // A cap the caller reached is an answer, not a failure of the store.
            StoreError::LimitReached(_) => None,
        };
        if let Some(kind) = kind {
            crate::metrics::store_error(kind);
        }
        match error {
            crate::store::StoreError::Unavailable(detail) => ApiError::ServiceUnavailable(detail),
            crate::store::StoreError::LimitReached(text) => ApiError::LimitReached(text),
            other => ApiError::internal(other),
        }
    }
}
