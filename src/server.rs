//! `Server` implements the generated `Api` trait. It is deliberately thin: it asks the store
//! for the caller's default space, checks the privilege and lets the token module mint.

use crate::clock::unix_now;
use crate::error::{ApiError, WWW_AUTHENTICATE_CHALLENGE};
use crate::privileges::Privilege;
use crate::store::Store;
use crate::token::{self, Grant, TokenId};
use async_trait::async_trait;
use onezone_api::models::SpaceInviteToken;
use onezone_api::{Api, GetUserSpaceTokenResponse};
use std::sync::Arc;
use swagger::Has;
use swagger::auth::Authorization;

/// Server settings that shape tokens.
#[derive(Debug, Clone)]
pub struct TokenSettings {
    /// How long a space invitation token stays valid, in seconds.
    pub invite_ttl_seconds: u64,
}

impl Default for TokenSettings {
    fn default() -> Self {
        TokenSettings {
            invite_ttl_seconds: 24 * 60 * 60,
        }
    }
}

#[derive(Clone)]
pub struct Server {
    store: Arc<dyn Store>,
    settings: TokenSettings,
}

impl Server {
    pub fn new(store: Arc<dyn Store>, settings: TokenSettings) -> Server {
        Server { store, settings }
    }

    /// Mints an invitation to the caller's default space.
    pub async fn space_invite_token(&self, user_id: &str) -> Result<String, ApiError> {
        let membership = self
            .store
            .default_space(user_id)
            .await?
            .ok_or_else(|| ApiError::NotFound("You have no default space.".to_owned()))?;
        if !membership.has(Privilege::SpaceInviteUser) {
            return Err(ApiError::Forbidden(
                "You lack the space_invite_user privilege in your default space.".to_owned(),
            ));
        }
        let key = self.store.current_signing_key().await?;
        let grant = Grant::SpaceInvite {
            space_id: membership.space_id,
            inviter_id: user_id.to_owned(),
        };
        let expires_at = unix_now().saturating_add(self.settings.invite_ttl_seconds);
        token::mint(&key, &TokenId::generate(), &grant, expires_at).map_err(ApiError::internal)
    }
}

/// The authenticated caller, put in the context by the HTTP layer.
fn caller<C: Has<Option<Authorization>>>(context: &C) -> Result<String, ApiError> {
    context
        .get()
        .as_ref()
        .map(|authorization| authorization.subject.clone())
        .ok_or(ApiError::Unauthorized)
}

#[async_trait]
impl<C> Api<C> for Server
where
    C: Has<Option<Authorization>> + Send + Sync,
{
    async fn get_user_space_token(
        &self,
        context: &C,
    ) -> Result<GetUserSpaceTokenResponse, swagger::ApiError> {
        let minted = match caller(context) {
            Ok(user_id) => self.space_invite_token(&user_id).await,
            Err(error) => Err(error),
        };
        Ok(match minted {
            Ok(token) => GetUserSpaceTokenResponse::Ok(SpaceInviteToken::new(token)),
            Err(error) => error.into(),
        })
    }
}

impl From<ApiError> for GetUserSpaceTokenResponse {
    fn from(error: ApiError) -> Self {
        let body = error.to_model();
        match error.status().as_u16() {
            400 => GetUserSpaceTokenResponse::BadRequest(body),
            401 => GetUserSpaceTokenResponse::Unauthorized {
                body,
                www_authenticate: Some(WWW_AUTHENTICATE_CHALLENGE.to_owned()),
            },
            403 => GetUserSpaceTokenResponse::Forbidden(body),
            404 => GetUserSpaceTokenResponse::NotFound(body),
            _ => GetUserSpaceTokenResponse::InternalServerError(body),
        }
    }
}
