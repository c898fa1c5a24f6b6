//! `ApiError` → each operation's generated response enum. Every operation declares 401,
//! 408, 413, 429, 431, 500 and 503; the others are listed per operation. An operation can only answer
//! the statuses `api.yaml` declares for it; any other error becomes a logged 500, so the
//! contract holds even if a use case returns something unexpected.

use crate::error::{ApiError, WWW_AUTHENTICATE_CHALLENGE};
use onezone_api::*;

macro_rules! error_responses {
    ($response:ident { $($status:literal => $variant:ident),* $(,)? }) => {
        impl From<ApiError> for $response {
            fn from(error: ApiError) -> Self {
                let status = error.status().as_u16();
                match status {
                    401 => $response::Unauthorized {
                        body: error.to_model(),
                        www_authenticate: Some(WWW_AUTHENTICATE_CHALLENGE.to_owned()),
                    },
                    429 => $response::TooManyRequests {
                        body: error.to_model(),
                        retry_after: match &error {
                            ApiError::TooManyRequests { retry_after_seconds } => {
                                i32::try_from(*retry_after_seconds).unwrap_or(i32::MAX)
                            }
                            _ => 1,
                        },
                    },
                    503 => $response::ServiceUnavailable(error.to_model()),
                    408 => $response::RequestTimeout(error.to_model()),
                    413 => $response::PayloadTooLarge(error.to_model()),
                    431 => $response::HeadersTooLarge(error.to_model()),
                    $($status => $response::$variant(error.to_model()),)*
                    500 => $response::InternalServerError(error.to_model()),
                    _ => $response::InternalServerError(
                        ApiError::internal(format!(
                            "{} cannot answer {status} ({error})",
                            stringify!($response)
                        ))
                        .to_model(),
                    ),
                }
            }
        }
    };
}

error_responses!(GetUserSpaceTokenResponse { 400 => BadRequest, 403 => Forbidden, 404 => NotFound });
error_responses!(JoinSpaceResponse { 400 => BadRequest, 409 => Conflict, 415 => UnsupportedMediaType });
error_responses!(CreateUserSpaceResponse { 400 => BadRequest, 409 => LimitReached, 415 => UnsupportedMediaType });
error_responses!(GetUserSpacesResponse { 400 => BadRequest });
error_responses!(GetUserSpaceResponse { 400 => BadRequest, 404 => NotFound });
error_responses!(RemoveUserSpaceResponse { 400 => BadRequest, 404 => NotFound });
error_responses!(GetUserDefaultSpaceResponse { 400 => BadRequest, 404 => NotFound });
error_responses!(SetUserDefaultSpaceResponse {
    400 => BadRequest,
    404 => NotFound,
    415 => UnsupportedMediaType,
});
error_responses!(CreateUserClientTokenResponse {
    400 => BadRequest,
    403 => Forbidden,
    409 => LimitReached,
});
error_responses!(GetUserClientTokensResponse { 400 => BadRequest });
error_responses!(DeleteUserClientTokenResponse { 400 => BadRequest, 404 => NotFound });
error_responses!(CreateUserNamedTokenResponse {
    400 => BadRequest,
    403 => Forbidden,
    404 => NotFound,
    409 => Conflict,
    415 => UnsupportedMediaType,
});
error_responses!(ListUserNamedTokensResponse { 400 => BadRequest });
error_responses!(GetNamedTokenResponse { 400 => BadRequest, 404 => NotFound });
error_responses!(UpdateNamedTokenResponse {
    400 => BadRequest,
    404 => NotFound,
    409 => Conflict,
    415 => UnsupportedMediaType,
});
error_responses!(DeleteNamedTokenResponse { 400 => BadRequest, 404 => NotFound });
error_responses!(CreateUserTemporaryTokenResponse {
    400 => BadRequest,
    403 => Forbidden,
    404 => NotFound,
    415 => UnsupportedMediaType,
});
error_responses!(VerifyInviteTokenResponse { 400 => BadRequest, 415 => UnsupportedMediaType });

/// `POST /tokens/examine` takes no credentials, so it declares no 401 (the macro's
/// responses all do): its errors are mapped here.
impl From<ApiError> for ExamineTokenResponse {
    fn from(error: ApiError) -> Self {
        match error.status().as_u16() {
            400 => ExamineTokenResponse::BadRequest(error.to_model()),
            408 => ExamineTokenResponse::RequestTimeout(error.to_model()),
            413 => ExamineTokenResponse::PayloadTooLarge(error.to_model()),
            415 => ExamineTokenResponse::UnsupportedMediaType(error.to_model()),
            429 => ExamineTokenResponse::TooManyRequests {
                retry_after: match &error {
                    ApiError::TooManyRequests {
                        retry_after_seconds,
                    } => i32::try_from(*retry_after_seconds).unwrap_or(i32::MAX),
                    _ => 1,
                },
                body: error.to_model(),
            },
            431 => ExamineTokenResponse::HeadersTooLarge(error.to_model()),
            503 => ExamineTokenResponse::ServiceUnavailable(error.to_model()),
            500 => ExamineTokenResponse::InternalServerError(error.to_model()),
            status => ExamineTokenResponse::InternalServerError(
                ApiError::internal(format!(
                    "ExamineTokenResponse cannot answer {status} ({error})"
                ))
                .to_model(),
            ),
        }
    }
}
