//! Access (client) tokens: issued through the API or the CLI, listed, revoked.

use super::Server;
use crate::clock::unix_now;
use crate::error::ApiError;
use crate::store::{Store, StoreError};
use crate::token::{self, Grant, TokenId};
use onezone_api::models;

/// A freshly issued access token.
#[derive(Debug, Clone)]
pub struct IssuedAccessToken {
    /// The token, as the client presents it.
    pub token: String,
    /// Its id, under which it is recorded and revoked.
    pub token_id: TokenId,
    /// When it expires, in unix seconds.
    pub expires_at: u64,
}

/// Mints an access token for `user_id` and records it: only recorded tokens authenticate,
/// so each can be listed and revoked. Refused with [`StoreError::LimitReached`] when the
/// user already has `max_active` active tokens.
pub async fn issue_access_token(
    store: &dyn Store,
    user_id: &str,
    ttl_seconds: u64,
    max_active: u32,
) -> Result<IssuedAccessToken, StoreError> {
    let key = store.current_signing_key().await?;
    let token_id = TokenId::generate();
    let expires_at = unix_now().saturating_add(ttl_seconds);
    let grant = Grant::Access {
        user_id: user_id.to_owned(),
    };
    let token = token::mint(&key, &token_id, &grant, expires_at)
        .map_err(|e| StoreError::Backend(e.to_string()))?;
    store
        .record_signed_access_token(
            token_id.as_str(),
            Some(key.id()),
            user_id,
            expires_at,
            max_active,
        )
        .await?;
    Ok(IssuedAccessToken {
        token,
        token_id,
        expires_at,
    })
}

impl Server {
    pub(super) async fn client_tokens(
        &self,
        user_id: &str,
    ) -> Result<Vec<models::ClientTokenInfo>, ApiError> {
        Ok(self
            .parts
            .store
            .access_tokens(user_id, unix_now())
            .await?
            .into_iter()
            .map(|t| models::ClientTokenInfo::new(t.token_id, t.expires_at as i64))
            .collect())
    }

    pub(super) async fn revoke_client_token(
        &self,
        user_id: &str,
        token_id: &str,
    ) -> Result<(), ApiError> {
        if TokenId::parse(token_id).is_none() {
            return Err(ApiError::InvalidRequest(
                "A token id is 22 characters of unpadded base64url.".to_owned(),
            ));
        }
        if self
            .parts
            .store
            .revoke_access_token(token_id, Some(user_id))
            .await?
        {
            Ok(())
        } else {
            Err(ApiError::NotFound(
                "You have no active access token with this id.".to_owned(),
            ))
        }
    }
}
