//! What a caller may do with the kind of credential they presented.
//!
//! One rule: creating an access token (`POST /user/client_tokens`) needs the password. An
//! access token authenticates every other operation, but it cannot create another access
//! token: otherwise whoever holds a stolen token could keep minting fresh full-lifetime
//! tokens, and neither the stolen token's expiry nor its revocation would end the
//! compromise. See docs/authentication.md for why this rule rather than children bounded by
//! their parent.
//!
//! A [`HostIdentity`](super::HostIdentity) counts like the password here: the embedding
//! host's own login is the user's primary authentication, and the identity is no bearer
//! credential of this API that could be stolen and replayed (a client cannot send one).

use super::{Caller, CredentialKind};
use crate::error::ApiError;

/// The generated router's id of `POST /user/client_tokens`.
const CREATE_ACCESS_TOKEN: &str = "CreateUserClientToken";

/// Whether `caller` may call `operation` (a generated operation id) with the credential
/// they presented; 403 `forbidden` with the reason when not.
pub fn check(operation: &str, caller: &Caller) -> Result<(), ApiError> {
    if operation == CREATE_ACCESS_TOKEN && caller.credential == CredentialKind::AccessToken {
        return Err(ApiError::Forbidden(
            "Creating an access token needs your password (Basic credentials); an access \
             token cannot create another."
                .to_owned(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caller(credential: CredentialKind) -> Caller {
        Caller {
            user_id: "u1".to_owned(),
            credential,
        }
    }

    #[test]
    fn only_the_password_creates_access_tokens() {
        assert!(check(CREATE_ACCESS_TOKEN, &caller(CredentialKind::Password)).is_ok());
        assert!(check(CREATE_ACCESS_TOKEN, &caller(CredentialKind::Host)).is_ok());
        let refused = check(CREATE_ACCESS_TOKEN, &caller(CredentialKind::AccessToken));
        assert!(matches!(refused, Err(ApiError::Forbidden(_))));
        for operation in [
            "GetUserClientTokens",
            "DeleteUserClientToken",
            "GetUserSpaceToken",
        ] {
            assert!(check(operation, &caller(CredentialKind::AccessToken)).is_ok());
        }
    }
}
