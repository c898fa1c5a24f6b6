//! Who is calling: turns a request's credentials into a user id, or into the 400/401 the
//! error table prescribes. It replaces the generated code's allow-all authenticator.

pub mod credentials;
pub mod host;
mod in_flight;
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

/// Where [`Authenticator::begin_password_check`] leaves Basic credentials.
pub(crate) enum PasswordCheck<'a> {
    /// The user id, without a check of this request's own.
    Verified(String),
    /// This request runs the argon2id check; others with the same credentials wait for it.
    Run(PendingCheck<'a>),
    /// No such user (or a name the profile refuses): the usual path, with its check of a
    /// dummy hash so that timing tells no user names.
    Unmatched,
}

/// An argon2id check this request is to run (see [`PasswordCheck::Run`]); dropped without
/// [`Authenticator::finish_password_check`], its waiters check for themselves.
pub(crate) struct PendingCheck<'a> {
    running: in_flight::RunningCheck<'a>,
    key: verified::Key,
    user_id: String,
    password_hash: String,
}

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
    checks_in_flight: Arc<in_flight::ChecksInFlight>,
}

impl Authenticator {
    /// An authenticator over this store.
    pub fn new(store: Arc<dyn Store>) -> Authenticator {
        Authenticator {
            store,
            verified: Arc::default(),
            verified_tokens: Arc::default(),
            checks_in_flight: Arc::default(),
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
            // Boxed: a password check's future (argon2id, the checks in flight) is most of
            // this one's size, which every token request would carry and copy.
            Some(Credentials::Basic { user, password }) => (
                Box::pin(self.check_password(user, password)).await?,
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
        let key = self.verified.key(&user, password);
        Ok(self
            .verified
            .contains(&key, &login.user_id, &login.password_hash)
            .then_some(login.user_id))
    }

    /// The first step of checking Basic credentials, for a caller that bounds the checks
    /// it runs (the HTTP service's per-address slots): [`PasswordCheck::Verified`] when
    /// they need no argon2id of this request's own, because they were verified before
    /// (see `auth::verified`) or because another request was checking them and this one
    /// waited for its answer (see `auth::in_flight`); [`InvalidCredentials`] when that
    /// answer was a wrong password. Otherwise this request runs the check
    /// ([`finish_password_check`](Self::finish_password_check)), and requests with the
    /// same credentials meanwhile wait for it.
    ///
    /// [`InvalidCredentials`]: ApiError::InvalidCredentials
    pub(crate) async fn begin_password_check(
        &self,
        user: &str,
        password: &str,
    ) -> Result<PasswordCheck<'_>, ApiError> {
        let Ok(user) = crate::username::canonical(user) else {
            return Ok(PasswordCheck::Unmatched);
        };
        let Some(login) = self.store.find_login(&user).await? else {
            return Ok(PasswordCheck::Unmatched);
        };
        let key = self.verified.key(&user, password);
        if (self.verified).contains(&key, &login.user_id, &login.password_hash) {
            return Ok(PasswordCheck::Verified(login.user_id));
        }
        let check_key = self.verified.check_key(&key, &login.password_hash);
        loop {
            match self.checks_in_flight.join(&check_key) {
                in_flight::Joined::Wait(running) => match running.answer().await {
                    Some(Some(user_id)) => return Ok(PasswordCheck::Verified(user_id)),
                    Some(None) => return Err(ApiError::InvalidCredentials),
                    // That check ended without an answer (its request went away or was
                    // refused a slot): join again, or run it.
                    None => continue,
                },
                in_flight::Joined::Run(running) => {
                    return Ok(PasswordCheck::Run(PendingCheck {
                        running,
                        key,
                        user_id: login.user_id,
                        password_hash: login.password_hash,
                    }));
                }
            }
        }
    }

    /// Runs the argon2id check [`begin_password_check`](Self::begin_password_check) left
    /// to this request, and gives its answer to the requests waiting for it.
    pub(crate) async fn finish_password_check(
        &self,
        check: PendingCheck<'_>,
        password: String,
    ) -> Result<String, ApiError> {
        let right = password::check(password, Some(check.password_hash.clone()))
            .await
            .map_err(check_failed)?;
        let outcome = right.then(|| check.user_id.clone());
        if right {
            (self.verified).insert(check.key, &check.user_id, &check.password_hash);
        }
        check.running.publish(&outcome);
        outcome.ok_or(ApiError::InvalidCredentials)
    }

    /// The user name is looked up in its RFC 8265 canonical form (`Alice` logs in as
    /// `alice`); a name the profile refuses belongs to nobody: the same 401 as an unknown
    /// user.
    async fn check_password(&self, user: String, password: String) -> Result<String, ApiError> {
        match self.begin_password_check(&user, &password).await? {
            PasswordCheck::Verified(user_id) => Ok(user_id),
            PasswordCheck::Run(check) => self.finish_password_check(check, password).await,
            PasswordCheck::Unmatched => {
                // The same work as a wrong password, so that timing tells no user names.
                password::check(password, None)
                    .await
                    .map_err(check_failed)?;
                Err(ApiError::InvalidCredentials)
            }
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
