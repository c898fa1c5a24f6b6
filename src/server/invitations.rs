//! Minting an invitation to the caller's default space, and joining a space with one.

use super::Server;
use crate::clock::unix_now;
use crate::error::ApiError;
use crate::metrics;
use crate::privileges::Privilege;
use crate::store::{Invitation, JoinRefusal, verify_token};
use crate::token::{self, Grant, TokenError, TokenId, TokenKind};
use std::net::IpAddr;

impl Server {
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
            epoch: membership.invite_epoch,
            // The limit travels with the token: a later restart with another
            // `--invite-max-uses`, or a replica with another, does not change it.
            max_uses: Some(self.settings.invite_max_uses),
        };
        let expires_at = unix_now().saturating_add(self.settings.invite_ttl_seconds);
        token::mint(&key, &TokenId::generate(), &grant, expires_at).map_err(ApiError::internal)
    }

    /// Joins the space of `invitation` and returns its id. The token is verified before
    /// anything is written; the store then checks and consumes it in one transaction.
    pub async fn join(
        &self,
        user_id: &str,
        invitation: &str,
        client: Option<IpAddr>,
    ) -> Result<String, ApiError> {
        let (outcome, result) = self.join_counted(user_id, invitation, client).await;
        if let Some(outcome) = outcome {
            metrics::join(outcome);
        }
        result
    }

    /// [`Server::join`], and its outcome for the metrics (`None` when the store failed:
    /// that is counted as a store error).
    async fn join_counted(
        &self,
        user_id: &str,
        invitation: &str,
        client: Option<IpAddr>,
    ) -> (Option<&'static str>, Result<String, ApiError>) {
        let expected = Some((TokenKind::SpaceInvite, unix_now()));
        let claims = match verify_token(self.store.as_ref(), invitation, expected).await {
            Err(error) => return (None, Err(error.into())),
            Ok(Err(error)) => return (Some("invalid_token"), Err(refused_token(error))),
            Ok(Ok(claims)) => claims,
        };
        let invitation = match claims.grant {
            Grant::SpaceInvite {
                space_id,
                inviter_id,
                epoch,
                max_uses,
            } => Invitation {
                token_id: claims.token_id.to_string(),
                space_id,
                inviter_id,
                epoch,
                max_uses: max_uses.unwrap_or(1),
                named: false,
            },
            Grant::NamedInvite {
                space_id,
                inviter_id,
                epoch,
                consumers,
                ips,
            } => {
                if let Err(refusal) = self
                    .named_checks(
                        &claims.token_id,
                        invitation,
                        user_id,
                        &consumers,
                        &ips,
                        client,
                    )
                    .await
                {
                    return refusal;
                }
                Invitation {
                    token_id: claims.token_id.to_string(),
                    space_id,
                    inviter_id,
                    epoch,
                    max_uses: 0,
                    named: true,
                }
            }
            Grant::Access { .. } => {
                let error = refused_token(TokenError::UnknownCaveat);
                return (Some("invalid_token"), Err(error));
            }
        };
        let max_spaces = self.settings.max_spaces();
        let refusal = match self
            .store
            .join_space_within(&invitation, user_id, max_spaces)
            .await
        {
            Err(error) => return (None, Err(error.into())),
            Ok(Ok(())) => return (Some("success"), Ok(invitation.space_id)),
            Ok(Err(refusal)) => refusal,
        };
        let (outcome, error) = match refusal {
            JoinRefusal::AlreadyMember => (
                "already_member",
                ApiError::Conflict(
                    "You are already a member of this space; the invitation was not used."
                        .to_owned(),
                ),
            ),
            JoinRefusal::SpaceLimit => (
                "space_limit",
                ApiError::LimitReached(format!(
                    "You are a member of {max_spaces} spaces, the most allowed; leave one first. \
                     The invitation was not used."
                )),
            ),
            JoinRefusal::SpaceGone => (
                "space_gone",
                invalid_invitation("its space no longer exists"),
            ),
            JoinRefusal::InviterLostPrivilege => (
                "inviter_lost_privilege",
                invalid_invitation("its inviter no longer holds space_invite_user in the space"),
            ),
            JoinRefusal::Revoked => ("revoked", invalid_invitation("it has been revoked")),
            JoinRefusal::AlreadyUsed => (
                "already_used",
                invalid_invitation("it has already been used"),
            ),
            JoinRefusal::UsageLimitReached => (
                "usage_limit_reached",
                invalid_invitation("its usage limit is reached"),
            ),
            JoinRefusal::NamedDeleted => ("revoked", invalid_invitation("it has been deleted")),
            JoinRefusal::InviterLacks(privilege) => (
                "inviter_lost_privilege",
                invalid_invitation(&format!(
                    "its inviter no longer holds {privilege}, which it carries"
                )),
            ),
        };
        (Some(outcome), Err(error))
    }
}

impl Server {
    /// The checks of a named invitation before its transaction: the token presented is
    /// the one stored (a holder's appended caveats are refused), the caller is listed in
    /// its consumer caveat and the client address in its ip caveat.
    async fn named_checks(
        &self,
        token_id: &TokenId,
        presented: &str,
        user_id: &str,
        consumers: &[String],
        ips: &[ipnet::IpNet],
        client: Option<IpAddr>,
    ) -> Result<(), (Option<&'static str>, Result<String, ApiError>)> {
        let refuse = |outcome, reason: &str| Err((Some(outcome), Err(invalid_invitation(reason))));
        match self.store.named_invitation(token_id.as_str()).await {
            Err(error) => return Err((None, Err(error.into()))),
            // Deleted: the transaction finds it gone too, and says so.
            Ok(None) => {}
            Ok(Some(stored)) if stored.token != presented => {
                return refuse(
                    "invalid_token",
                    "it carries caveats appended after it was issued",
                );
            }
            Ok(Some(_)) => {}
        }
        if !consumers.is_empty() && !consumers.iter().any(|id| id == user_id) {
            return refuse("consumer", "its consumer caveat does not list you");
        }
        if !ips.is_empty() && !client.is_some_and(|ip| ips.iter().any(|net| net.contains(&ip))) {
            return refuse(
                "ip",
                "its ip caveat does not allow the address you connect from",
            );
        }
        Ok(())
    }
}

fn invalid_invitation(reason: &str) -> ApiError {
    ApiError::InvalidInvitation(format!("The invitation cannot be used: {reason}."))
}

fn refused_token(error: TokenError) -> ApiError {
    invalid_invitation(error.reason())
}
