//! Who is calling: turns a request's credentials into a user id, or into the 400/401 the
//! error table prescribes. It replaces the generated code's allow-all authenticator.

pub mod credentials;
pub mod host;
pub mod password;
pub(crate) mod policy;
pub(crate) mod verified;

pub use credentials::Credentials;
pub use host::HostIdentity;

use crate::clock::unix_now;
use crate::error::ApiError;
use crate::store::{Store, verify_token};
use crate::token::{self, Grant, TokenError, TokenKind};
use hyper::HeaderMap;
use std::sync::Arc;

/// An authenticated caller: who, and with which kind of credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The caller's user id.
    pub user_id: String,
    /// How they proved it.
    pub credential: CredentialKind,
}

/// How a caller proved who they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialKind {
    /// Basic: user name and password.
    Password,
    /// An access token (`X-Auth-Token`, `macaroon` or `Authorization: Bearer`).
    AccessToken,
    /// The embedding host vouched for the user with a [`HostIdentity`].
    Host,
}

/// Turns a request's credentials (or the host's [`HostIdentity`]) into a [`Caller`]:
/// passwords through argon2id (with a short-lived cache of verified ones), access tokens
/// through their signature and the store. Cheap to clone.
#[derive(Clone)]
pub struct Authenticator {
    store: Arc<dyn Store>,
    verified: Arc<verified::VerifiedLogins>,
    verified_tokens: Arc<verified::VerifiedTokens>,
}

impl Authenticator {
    /// An authenticator over this store.
    pub fn new(store: Arc<dyn Store>) -> Authenticator {
        Authenticator {
            store,
            verified: Arc::default(),
            verified_tokens: Arc::default(),
        }
    }

    /// Authenticates a request from its headers and returns the caller.
    pub async fn authenticate(&self, headers: &HeaderMap) -> Result<Caller, ApiError> {
        self.authenticate_credentials(credentials::from_headers(headers)?)
            .await
    }

    /// Authenticates credentials already read with [`credentials::from_headers`].
    pub async fn authenticate_credentials(
        &self,
        credentials: Option<Credentials>,
    ) -> Result<Caller, ApiError> {
        let (user_id, credential) = match credentials {
            None => return Err(ApiError::Unauthorized),
            Some(Credentials::Basic { user, password }) => (
                self.check_password(user, password).await?,
                CredentialKind::Password,
            ),
            Some(Credentials::Token(token)) => (
                self.check_access_token(&token).await?,
                CredentialKind::AccessToken,
            ),
        };
        Ok(Caller {
            user_id,
            credential,
        })
    }

    /// The user an embedding host put on the request ([`HostIdentity`]): the caller when
    /// the store knows them; otherwise a 401, logged as the host's bug (see [`host`]).
    pub async fn authenticate_host(&self, identity: &HostIdentity) -> Result<Caller, ApiError> {
        if !self.store.user_exists(&identity.0).await? {
            tracing::error!(
                user_id = %identity.0,
                "the embedding host vouched for a user the store does not know (a bug in the host)"
            );
            return Err(ApiError::InvalidCredentials);
        }
        Ok(Caller {
            user_id: identity.0.clone(),
            credential: CredentialKind::Host,
        })
    }

    /// Basic credentials: argon2id on the checking threads, unless the same password was
    /// verified against the same stored hash recently (see `auth::verified`).
    /// The user id when these exact credentials were verified before and nothing they
    /// depend on changed (the same cache [`Authenticator::authenticate_credentials`] uses):
    /// a login that needs no password check. `None` means a check would have to run.
    pub async fn verified_password(
        &self,
        user: &str,
        password: &str,
    ) -> Result<Option<String>, ApiError> {
        let Ok(user) = crate::username::canonical(user) else {
            return Ok(None);
        };
        let Some(login) = self.store.find_login(&user).await? else {
            return Ok(None);
        };
        let key = self.verified.key(&user, password, &login.password_hash);
        Ok(self
            .verified
            .contains(&key, &login.user_id)
            .then_some(login.user_id))
    }

    /// The user name is looked up in its RFC 8265 canonical form (`Alice` logs in as
    /// `alice`); a name the profile refuses belongs to nobody: the same 401 as an unknown
    /// user.
    async fn check_password(&self, user: String, password: String) -> Result<String, ApiError> {
        let login = match crate::username::canonical(&user) {
            Ok(user) => self
                .store
                .find_login(&user)
                .await?
                .map(|login| (user, login)),
            Err(_) => None,
        };
        let Some((user, login)) = login else {
            // The same work as a wrong password, so that timing tells no user names.
            password::check(password, None)
                .await
                .map_err(check_failed)?;
            return Err(ApiError::InvalidCredentials);
        };
        let key = self.verified.key(&user, &password, &login.password_hash);
        if self.verified.contains(&key, &login.user_id) {
            return Ok(login.user_id);
        }
        if password::check(password, Some(login.password_hash))
            .await
            .map_err(check_failed)?
        {
            self.verified.insert(key, &login.user_id);
            Ok(login.user_id)
        } else {
            Err(ApiError::InvalidCredentials)
        }
    }

    /// Verifies an access token (our own macaroon of kind `access`) and returns its user.
    pub async fn check_access_token(&self, token: &str) -> Result<String, ApiError> {
        let refused = |error| match error {
            TokenError::Expired => ApiError::TokenExpired,
            other => invalid_token(other),
        };
        let now = unix_now();
        let claims = match self.verified_tokens.get(token) {
            // Verified before (see `VerifiedTokens`): what can change is checked again.
            Some(claims) => {
                if self.store.signing_key(&claims.key_id).await?.is_none() {
                    return Err(refused(TokenError::UnknownKey));
                }
                token::check_kind_and_expiry(&claims, TokenKind::Access, now).map_err(refused)?;
                claims
            }
            None => {
                let claims =
                    verify_token(self.store.as_ref(), token, Some((TokenKind::Access, now)))
                        .await?
                        .map_err(refused)?;
                let claims = Arc::new(claims);
                self.verified_tokens.insert(token, Arc::clone(&claims));
                claims
            }
        };
        let Grant::Access { user_id } = &claims.grant else {
            return Err(invalid_token(TokenError::UnknownCaveat));
        };
        // Only issued, unrevoked tokens of existing users authenticate (the record is
        // deleted with its user).
        let active = self
            .store
            .access_token_active(claims.token_id.as_str(), user_id)
            .await?;
        if !active {
            return Err(ApiError::InvalidToken(
                "it has been revoked, or its user no longer exists".to_owned(),
            ));
        }
        Ok(user_id.clone())
    }
}

fn check_failed(error: password::CheckError) -> ApiError {
    match error {
        password::CheckError::Busy => ApiError::TooManyRequests {
            retry_after_seconds: 1,
        },
        password::CheckError::Stopped => ApiError::internal("the password checks stopped"),
    }
}

fn invalid_token(error: TokenError) -> ApiError {
    ApiError::InvalidToken(error.reason().to_owned())
}
