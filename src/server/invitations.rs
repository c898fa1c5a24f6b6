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
            .parts
            .store
            .default_space(user_id)
            .await?
            .ok_or_else(|| ApiError::NotFound("You have no default space.".to_owned()))?;
        if !membership.has(Privilege::SpaceInviteUser) {
            return Err(ApiError::Forbidden(
                "You lack the space_invite_user privilege in your default space.".to_owned(),
            ));
        }
        let key = self.parts.store.current_signing_key().await?;
        let grant = Grant::SpaceInvite {
            space_id: membership.space_id,
            inviter_id: user_id.to_owned(),
            epoch: membership.invite_epoch,
            // The limit travels with the token: a later restart with another
            // `--invite-max-uses`, or a replica with another, does not change it.
            max_uses: Some(self.parts.settings.invite_max_uses),
        };
        let expires_at = unix_now().saturating_add(self.parts.settings.invite_ttl_seconds);
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
        let checked = match self.checked_invitation(user_id, invitation, client).await {
            Ok(checked) => checked,
            Err((outcome, error)) => return (outcome, Err(error)),
        };
        let invitation = checked.invitation;
        let max_spaces = self.parts.settings.max_spaces();
        match self
            .parts
            .store
            .join_space_within(&invitation, user_id, max_spaces)
            .await
        {
            Err(error) => (None, Err(error.into())),
            Ok(Ok(())) => (Some("success"), Ok(invitation.space_id)),
            Ok(Err(refusal)) => {
                let (outcome, error) = refusal_error(refusal, max_spaces);
                (Some(outcome), Err(error))
            }
        }
    }

    /// Whether `user_id` could join with `invitation` now, from `client`: every check of
    /// [`Server::join`], the store's in a transaction that is rolled back. The inviter
    /// and the seconds left (`None`: no time caveat) when it could.
    pub async fn verify_invitation(
        &self,
        user_id: &str,
        invitation: &str,
        client: Option<IpAddr>,
    ) -> Result<(String, Option<u64>), ApiError> {
        let checked = self
            .checked_invitation(user_id, invitation, client)
            .await
            .map_err(|(_, error)| error)?;
        let max_spaces = self.parts.settings.max_spaces();
        if let Some(refusal) = self
            .parts
            .store
            .check_join(&checked.invitation, user_id, max_spaces)
            .await?
        {
            return Err(match refusal_error(refusal, max_spaces) {
                (_, ApiError::Conflict(_)) => {
                    invalid_invitation("you are already a member of its space")
                }
                (_, ApiError::LimitReached(text)) => ApiError::InvalidInvitation(text),
                (_, error) => error,
            });
        }
        let ttl = (checked.expires_at != token::NO_EXPIRY)
            .then(|| checked.expires_at.saturating_sub(unix_now()));
        Ok((checked.invitation.inviter_id, ttl))
    }

    /// The checks of a join before its transaction: the token verified (signature, kind,
    /// expiry, grammar), and for Onezone-model invitations the consumer and ip caveats and
    /// (named ones) that the token is the one stored.
    async fn checked_invitation(
        &self,
        user_id: &str,
        invitation: &str,
        client: Option<IpAddr>,
    ) -> Result<CheckedInvitation, (Option<&'static str>, ApiError)> {
        let expected = Some((TokenKind::SpaceInvite, unix_now()));
        let claims = match verify_token(self.parts.store.as_ref(), invitation, expected).await {
            Err(error) => return Err((None, error.into())),
            Ok(Err(error)) => return Err((Some("invalid_token"), refused_token(error))),
            Ok(Ok(claims)) => claims,
        };
        let expires_at = claims.expires_at;
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
            Grant::JoinSpace {
                named,
                space_id,
                inviter_id,
                epoch,
                consumers,
                ips,
            } => {
                if named {
                    self.stored_token_check(&claims.token_id, invitation)
                        .await?;
                }
                caveat_checks(user_id, &consumers, &ips, client)?;
                Invitation {
                    token_id: claims.token_id.to_string(),
                    space_id,
                    inviter_id,
                    epoch,
                    // A temporary invitation admits any number of joins until it expires.
                    max_uses: u32::MAX,
                    named,
                }
            }
            Grant::Access { .. } => {
                return Err((
                    Some("invalid_token"),
                    refused_token(TokenError::UnknownCaveat),
                ));
            }
        };
        Ok(CheckedInvitation {
            invitation,
            expires_at,
        })
    }
}

/// A verified invitation, ready for the store's checks.
struct CheckedInvitation {
    invitation: Invitation,
    expires_at: u64,
}

/// A store's refusal of a join as the client sees it, and its outcome for the metrics.
fn refusal_error(refusal: JoinRefusal, max_spaces: u32) -> (&'static str, ApiError) {
    match refusal {
        JoinRefusal::AlreadyMember => (
            "already_member",
            ApiError::Conflict(
                "You are already a member of this space; the invitation was not used.".to_owned(),
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
    }
}

/// The consumer and ip caveats of an invitation, for `user_id` connecting from `client`.
fn caveat_checks(
    user_id: &str,
    consumers: &[String],
    ips: &[ipnet::IpNet],
    client: Option<IpAddr>,
) -> Result<(), (Option<&'static str>, ApiError)> {
    if !consumers.is_empty() && !consumers.iter().any(|id| id == user_id) {
        return Err((
            Some("consumer"),
            invalid_invitation("its consumer caveat does not list you"),
        ));
    }
    if !ips.is_empty() && !client.is_some_and(|ip| ips.iter().any(|net| net.contains(&ip))) {
        return Err((
            Some("ip"),
            invalid_invitation("its ip caveat does not allow the address you connect from"),
        ));
    }
    Ok(())
}

impl Server {
    /// A named invitation must be presented exactly as it was issued: a caveat a holder
    /// appended (a valid macaroon chain) is refused. A deleted one passes here; the join's
    /// transaction finds it gone and says so.
    async fn stored_token_check(
        &self,
        token_id: &TokenId,
        presented: &str,
    ) -> Result<(), (Option<&'static str>, ApiError)> {
        match self.parts.store.named_invitation(token_id.as_str()).await {
            Err(error) => Err((None, error.into())),
            Ok(Some(stored)) if stored.token != presented => Err((
                Some("invalid_token"),
                invalid_invitation("it carries caveats appended after it was issued"),
            )),
            Ok(_) => Ok(()),
        }
    }
}

fn invalid_invitation(reason: &str) -> ApiError {
    ApiError::InvalidInvitation(format!("The invitation cannot be used: {reason}."))
}

fn refused_token(error: TokenError) -> ApiError {
    invalid_invitation(error.reason())
}
