//! Named invitations, as Onezone 20.02 shapes them: `POST /user/tokens/named` creates a
//! stored invitation token of type `userJoinSpace` with a name, a usage limit, carried
//! privileges and caveats; `GET /user/tokens/named` lists its owner's; `GET`, `PATCH` and
//! `DELETE /tokens/named/{id}` read, rename or (un)revoke, and delete one. Joining with one
//! is [`Server::join`](super::Server::join) (src/server/invitations.rs).

use super::Server;
use crate::clock::unix_now;
use crate::error::ApiError;
use crate::privileges::Privilege;
use crate::store::{NamedInvitation, StoreError};
use crate::token::{self, Caveat, Grant, NO_EXPIRY, TokenId};
use onezone_api::models;
use std::net::IpAddr;

/// The only invite type served (Onezone's `userJoinSpace`).
pub const USER_JOIN_SPACE: &str = "userJoinSpace";

/// Onezone's default privileges of a user joining a space, as far as this server knows
/// them (ctool's `privileges:space_member()` intersected with our privilege set).
pub const MEMBER_DEFAULTS: [Privilege; 2] = [Privilege::SpaceView, Privilege::SpaceWriteData];

/// The longest name of a named token (api.yaml's `maxLength`).
const MAX_NAME_CHARS: usize = 50;

/// The caveats of a new invitation, as the API's JSON gives them, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InviteCaveats {
    /// `time`: unix seconds from which it is no longer valid.
    pub valid_until: Option<u64>,
    /// `consumer`: the only users (ids, without `usr-`) who may use it.
    pub consumers: Vec<String>,
    /// `ip`: the only client networks it may be used from.
    pub ips: Vec<ipnet::IpNet>,
}

/// What a new named invitation should be, as `POST /user/tokens/named` or the CLI gives it.
#[derive(Debug, Clone)]
pub struct NamedInviteRequest {
    /// Its name, unique among the owner's.
    pub name: String,
    /// The space it invites to.
    pub space_id: String,
    /// Its caveats.
    pub caveats: InviteCaveats,
    /// How many joins it admits; `None`: infinity.
    pub usage_limit: Option<u32>,
    /// The privileges it carries; `None`: [`MEMBER_DEFAULTS`].
    pub privileges: Option<Vec<Privilege>>,
}

/// A created named invitation.
#[derive(Debug, Clone)]
pub struct CreatedNamedInvite {
    /// Its token id.
    pub token_id: String,
    /// The serialized token.
    pub token: String,
}

impl Server {
    /// Creates a named invitation of `owner_id` (who needs `space_invite_user` in the space
    /// and every privilege it carries), mints its token and stores it.
    pub async fn create_named_invite(
        &self,
        owner_id: &str,
        request: NamedInviteRequest,
    ) -> Result<CreatedNamedInvite, ApiError> {
        create_named_invite(self.parts.store.as_ref(), owner_id, request).await
    }

    /// The ids of the caller's named tokens.
    pub async fn named_invite_ids(&self, owner_id: &str) -> Result<Vec<String>, ApiError> {
        Ok(self.parts.store.named_invitation_ids(owner_id).await?)
    }

    /// One named token of the caller, in Onezone's `NamedToken` shape (404 for anyone else).
    pub async fn named_invite(
        &self,
        owner_id: &str,
        token_id: &str,
    ) -> Result<models::NamedToken, ApiError> {
        let invitation = self.owned(owner_id, token_id).await?;
        named_token_model(&invitation)
    }

    /// Renames and/or (un)revokes a named token of the caller.
    pub async fn update_named_invite(
        &self,
        owner_id: &str,
        token_id: &str,
        update: models::NamedTokenUpdate,
    ) -> Result<(), ApiError> {
        let name = match &update.name {
            Some(name) => Some(check_name(name)?),
            None => None,
        };
        match self
            .parts
            .store
            .update_named_invitation(token_id, owner_id, name, update.revoked)
            .await
        {
            Ok(true) => Ok(()),
            Ok(false) => Err(no_such_token()),
            Err(error) => Err(name_error(error)),
        }
    }

    /// Deletes a named token of the caller.
    pub async fn delete_named_invite(
        &self,
        owner_id: &str,
        token_id: &str,
    ) -> Result<(), ApiError> {
        match self
            .parts
            .store
            .delete_named_invitation(token_id, owner_id)
            .await?
        {
            true => Ok(()),
            false => Err(no_such_token()),
        }
    }

    async fn owned(&self, owner_id: &str, token_id: &str) -> Result<NamedInvitation, ApiError> {
        match self.parts.store.named_invitation(token_id).await? {
            Some(invitation) if invitation.owner_id == owner_id => Ok(invitation),
            _ => Err(no_such_token()),
        }
    }
}

/// [`Server::create_named_invite`] on any store: the CLI's `token create-invite` calls it too.
pub async fn create_named_invite(
    store: &dyn crate::store::Store,
    owner_id: &str,
    request: NamedInviteRequest,
) -> Result<CreatedNamedInvite, ApiError> {
    let name = check_name(&request.name)?.to_owned();
    if request.usage_limit == Some(0) {
        return Err(ApiError::InvalidRequest(
            "usageLimit must be a positive integer or \"infinity\".".to_owned(),
        ));
    }
    let (held, epoch) = inviter_terms(store, owner_id, &request.space_id).await?;
    let mut privileges = request
        .privileges
        .unwrap_or_else(|| MEMBER_DEFAULTS.to_vec());
    privileges.sort();
    privileges.dedup();
    if let Some(lacking) = privileges.iter().find(|p| !held.contains(p)) {
        return Err(ApiError::Forbidden(format!(
            "You lack the {lacking} privilege in the space, so the invitation cannot carry it."
        )));
    }
    let grant = Grant::JoinSpace {
        named: true,
        space_id: request.space_id.clone(),
        inviter_id: owner_id.to_owned(),
        epoch,
        consumers: request.caveats.consumers.clone(),
        ips: request.caveats.ips.clone(),
    };
    let key = store.current_signing_key().await?;
    let token_id = TokenId::generate();
    let expires_at = request.caveats.valid_until.unwrap_or(NO_EXPIRY);
    let token = token::mint(&key, &token_id, &grant, expires_at).map_err(ApiError::internal)?;
    let stored = NamedInvitation {
        token_id: token_id.to_string(),
        owner_id: owner_id.to_owned(),
        name,
        space_id: request.space_id,
        token: token.clone(),
        usage_limit: request.usage_limit,
        usage_count: 0,
        privileges,
        revoked: false,
        created_at: unix_now(),
    };
    store
        .create_named_invitation(&stored)
        .await
        .map_err(name_error)?;
    Ok(CreatedNamedInvite {
        token_id: stored.token_id,
        token,
    })
}

/// The inviter's privileges in the space (which must include `space_invite_user`: 403
/// otherwise; 404 when not a member) and the space's invitation epoch, which new
/// invitations carry (`space revoke-invitations`, moving it on, revokes them all).
async fn inviter_terms(
    store: &dyn crate::store::Store,
    owner_id: &str,
    space_id: &str,
) -> Result<(Vec<Privilege>, u64), ApiError> {
    let not_member = || ApiError::NotFound(format!("You are not a member of space {space_id:?}."));
    let membership = store
        .user_space(owner_id, space_id)
        .await?
        .ok_or_else(not_member)?;
    if !membership.privileges.contains(&Privilege::SpaceInviteUser) {
        return Err(ApiError::Forbidden(
            "You lack the space_invite_user privilege in the space.".to_owned(),
        ));
    }
    let epoch = store
        .space_invite_epoch(space_id)
        .await?
        .ok_or_else(not_member)?;
    Ok((membership.privileges, epoch))
}

/// Creates a temporary invitation (not stored) of `owner_id` to the space of `token_type`:
/// a time caveat is required, no later than `max_ttl_seconds` from now; `ip` and
/// `consumer` caveats may be added. It carries no privileges (Onezone's rule).
pub async fn create_temporary_invite(
    store: &dyn crate::store::Store,
    owner_id: &str,
    token_type: &models::TokenType,
    caveats: &[models::Caveat],
    max_ttl_seconds: u64,
) -> Result<String, ApiError> {
    let space_id = invite_space(token_type)?;
    let caveats = invite_caveats(caveats)?;
    let now = unix_now();
    let latest = now.saturating_add(max_ttl_seconds);
    let expires_at = match caveats.valid_until {
        None => {
            return Err(ApiError::InvalidRequest(format!(
                "A temporary token needs a time caveat, at most {max_ttl_seconds} seconds ahead."
            )));
        }
        Some(until) if until <= now || until > latest => {
            return Err(ApiError::InvalidRequest(format!(
                "The time caveat of a temporary token must lie in the future, at most \
                 {max_ttl_seconds} seconds ahead (validUntil <= {latest})."
            )));
        }
        Some(until) => until,
    };
    let (_, epoch) = inviter_terms(store, owner_id, &space_id).await?;
    let grant = Grant::JoinSpace {
        named: false,
        space_id,
        inviter_id: owner_id.to_owned(),
        epoch,
        consumers: caveats.consumers,
        ips: caveats.ips,
    };
    let key = store.current_signing_key().await?;
    token::mint(&key, &TokenId::generate(), &grant, expires_at).map_err(ApiError::internal)
}

/// Reads the API's `POST /user/tokens/named` body into a [`NamedInviteRequest`]: every
/// field checked, with a 400 naming what is wrong.
pub fn named_invite_request(
    body: models::NamedTokenCreateRequest,
) -> Result<NamedInviteRequest, ApiError> {
    let space_id = invite_space(&body.r#type)?;
    let caveats = match &body.caveats {
        Some(caveats) => invite_caveats(caveats)?,
        None => InviteCaveats::default(),
    };
    let usage_limit = match &body.usage_limit {
        None => None,
        Some(serde_json::Value::String(text)) if text == "infinity" => None,
        Some(serde_json::Value::Number(n)) => match n.as_u64() {
            Some(n @ 1..) => Some(u32::try_from(n).map_err(|_| bad_usage_limit())?),
            _ => return Err(bad_usage_limit()),
        },
        Some(_) => return Err(bad_usage_limit()),
    };
    let privileges = body.privileges.as_ref().map(|list| {
        list.iter()
            .filter_map(|p| p.to_string().parse::<Privilege>().ok())
            .collect()
    });
    Ok(NamedInviteRequest {
        name: body.name,
        space_id,
        caveats,
        usage_limit,
        privileges,
    })
}

fn bad_usage_limit() -> ApiError {
    ApiError::InvalidRequest(
        "usageLimit must be a positive integer (at most 4294967295) or \"infinity\".".to_owned(),
    )
}

/// The space of a `userJoinSpace` token type; anything else is a 400 saying so.
pub fn invite_space(token_type: &models::TokenType) -> Result<String, ApiError> {
    let only = || {
        ApiError::InvalidRequest(
            "Only invitation tokens of inviteType userJoinSpace are served here: \
             {\"inviteToken\": {\"inviteType\": \"userJoinSpace\", \"spaceId\": ...}}."
                .to_owned(),
        )
    };
    let invite = token_type.invite_token.as_ref().ok_or_else(only)?;
    if invite.invite_type != USER_JOIN_SPACE {
        return Err(only());
    }
    match &invite.space_id {
        Some(id) if token::is_valid_entity_id(id) => Ok(id.clone()),
        _ => Err(ApiError::InvalidRequest(
            "A userJoinSpace invitation needs the spaceId of a space.".to_owned(),
        )),
    }
}

/// The caveats in Onezone's JSON form, checked: `time`, `ip` and `consumer`, each at most
/// once; any other type is a 400.
pub fn invite_caveats(caveats: &[models::Caveat]) -> Result<InviteCaveats, ApiError> {
    let mut checked = InviteCaveats::default();
    let mut seen: Vec<&str> = Vec::new();
    for caveat in caveats {
        let kind = caveat.r#type.as_str();
        if seen.contains(&kind) {
            return Err(ApiError::InvalidRequest(format!(
                "The caveat type {kind:?} appears more than once."
            )));
        }
        match kind {
            "time" => {
                let until = caveat.valid_until.ok_or_else(|| {
                    ApiError::InvalidRequest("A time caveat needs validUntil.".to_owned())
                })?;
                let until = u64::try_from(until)
                    .ok()
                    .filter(|t| *t > 0 && *t != NO_EXPIRY);
                checked.valid_until = Some(until.ok_or_else(|| {
                    ApiError::InvalidRequest(
                        "validUntil must be a positive unix time in seconds.".to_owned(),
                    )
                })?);
            }
            "ip" => checked.ips = ip_whitelist(whitelist(caveat)?)?,
            "consumer" => checked.consumers = consumer_whitelist(whitelist(caveat)?)?,
            other => {
                return Err(ApiError::InvalidRequest(format!(
                    "The caveat type {:?} is not served; only time, ip and consumer are.",
                    other.chars().take(40).collect::<String>()
                )));
            }
        }
        seen.push(kind);
    }
    Ok(checked)
}

fn whitelist(caveat: &models::Caveat) -> Result<&[String], ApiError> {
    match caveat.whitelist.as_deref() {
        Some(list) if !list.is_empty() => Ok(list),
        _ => Err(ApiError::InvalidRequest(format!(
            "An {} caveat needs a non-empty whitelist.",
            caveat.r#type
        ))),
    }
}

/// CIDRs (or single addresses, taken as /32 or /128), as the `ip` caveat lists them.
pub fn ip_whitelist(entries: &[String]) -> Result<Vec<ipnet::IpNet>, ApiError> {
    entries
        .iter()
        .map(|entry| {
            entry
                .parse::<ipnet::IpNet>()
                .map(|net| net.trunc())
                .or_else(|_| entry.parse::<IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    ApiError::InvalidRequest(format!(
                        "{:?} in an ip caveat is not a CIDR such as 192.0.2.0/24.",
                        entry.chars().take(60).collect::<String>()
                    ))
                })
        })
        .collect()
}

/// `usr-<userId>` entries, as the `consumer` caveat lists them; other subjects are a 400.
pub fn consumer_whitelist(entries: &[String]) -> Result<Vec<String>, ApiError> {
    entries
        .iter()
        .map(|entry| match entry.strip_prefix("usr-") {
            Some(id) if token::is_valid_entity_id(id) => Ok(id.to_owned()),
            _ => Err(ApiError::InvalidRequest(format!(
                "{:?} in a consumer caveat is not usr-<userId> (only users are served).",
                entry.chars().take(60).collect::<String>()
            ))),
        })
        .collect()
}

/// The caveats of a token in Onezone's JSON form (only those a client sets: time, ip,
/// consumer).
pub fn caveats_json(caveats: &[Caveat]) -> Vec<models::Caveat> {
    caveats
        .iter()
        .filter_map(|caveat| match caveat {
            Caveat::ExpiresBefore(until) => Some(models::Caveat {
                r#type: "time".to_owned(),
                valid_until: Some(i64::try_from(*until).unwrap_or(i64::MAX)),
                whitelist: None,
            }),
            Caveat::Ip(networks) => Some(models::Caveat {
                r#type: "ip".to_owned(),
                valid_until: None,
                whitelist: Some(networks.iter().map(ToString::to_string).collect()),
            }),
            Caveat::Consumer(users) => Some(models::Caveat {
                r#type: "consumer".to_owned(),
                valid_until: None,
                whitelist: Some(users.iter().map(|id| format!("usr-{id}")).collect()),
            }),
            _ => None,
        })
        .collect()
}

/// A stored named invitation as Onezone's `NamedToken`.
fn named_token_model(invitation: &NamedInvitation) -> Result<models::NamedToken, ApiError> {
    let caveats = token::decode(&invitation.token)
        .and_then(|decoded| decoded.caveats())
        .map_err(ApiError::internal)?;
    let usage_limit = match invitation.usage_limit {
        Some(limit) => serde_json::Value::from(limit),
        None => serde_json::Value::from("infinity"),
    };
    let privileges = invitation
        .privileges
        .iter()
        .map(|p| p.as_str().parse::<models::SpacePrivilege>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(ApiError::internal)?;
    Ok(models::NamedToken::new(
        invitation.token_id.clone(),
        invitation.name.clone(),
        models::TokenSubject::new(models::TokenSubjectType::User, invitation.owner_id.clone()),
        user_join_space(&invitation.space_id),
        caveats_json(&caveats),
        models::NamedTokenMetadata::new(
            i64::try_from(invitation.created_at).unwrap_or(i64::MAX),
            usage_limit,
            i64::try_from(invitation.usage_count).unwrap_or(i64::MAX),
            privileges,
        ),
        invitation.revoked,
        invitation.token.clone(),
    ))
}

/// The token type of an invitation to `space_id`.
pub fn user_join_space(space_id: &str) -> models::TokenType {
    let mut invite = models::InviteTokenType::new(USER_JOIN_SPACE.to_owned());
    invite.space_id = Some(space_id.to_owned());
    models::TokenType {
        invite_token: Some(invite),
    }
}

fn check_name(name: &str) -> Result<&str, ApiError> {
    let chars = name.chars().count();
    if chars == 0 || chars > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(ApiError::InvalidRequest(format!(
            "A token's name has 1 to {MAX_NAME_CHARS} characters, none of them control characters."
        )));
    }
    Ok(name)
}

fn name_error(error: StoreError) -> ApiError {
    match error {
        StoreError::AlreadyExists(what) => {
            ApiError::AlreadyExists(format!("You already have a {what}."))
        }
        other => other.into(),
    }
}

fn no_such_token() -> ApiError {
    ApiError::NotFound("You have no named token with this id.".to_owned())
}
