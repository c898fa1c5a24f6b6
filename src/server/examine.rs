//! `POST /tokens/examine`: what a token says about itself, without verifying it and
//! without credentials (Onezone's semantics), and `POST /tokens/verify_invite_token`:
//! whether the caller could join with an invitation now.

use super::Server;
use super::named_invitations::{caveats_json, user_join_space};
use crate::error::ApiError;
use crate::token::{self, Grant};
use onezone_api::models;

/// The operations anyone may call without credentials (besides the health probes).
pub const ANONYMOUS_OPERATIONS: [&str; 1] = ["ExamineToken"];

/// Examines `token`: one of ours ([`examine_ours`]), or else [`not_ours`].
pub fn examine(token: &str) -> Result<models::TokenExamination, ApiError> {
    if let Some(examination) = examine_ours(token) {
        return Ok(examination);
    }
    let access = token::decode(token)
        .and_then(|decoded| decoded.caveats())
        .and_then(|caveats| token::grant_of(&caveats))
        .is_ok_and(|grant| matches!(grant, Grant::Access { .. }));
    if access {
        return Err(ApiError::InvalidInvitation(
            "The token cannot be examined here: it is one of this server's access tokens, \
             and only invitations are described."
                .to_owned(),
        ));
    }
    not_ours(token)
}

/// A token this server did not issue: read in Onezone's own serialization
/// (`token::onezone`), without verification, as Onezone's examine does. Anything else is
/// a 400 `invalid_token` saying why it cannot be read.
pub fn not_ours(token: &str) -> Result<models::TokenExamination, ApiError> {
    let examination = token::onezone::examine(token).map_err(|error| {
        ApiError::InvalidInvitation(format!(
            "The token cannot be examined: it is not a token this server issued, and as \
             Onezone's own serialization {}.",
            error.reason()
        ))
    })?;
    as_model(&examination)
}

/// The same JSON, read into the generated model: the Onezone reader and our own tokens
/// produce Onezone's shapes, which api.yaml's `TokenExamination` describes.
fn as_model<T: serde::Serialize, M: serde::de::DeserializeOwned>(value: &T) -> Result<M, ApiError> {
    serde_json::to_value(value)
        .and_then(serde_json::from_value)
        .map_err(ApiError::internal)
}

/// A token of ours, read without verification: its identifier and caveats parsed with
/// our grammar. `None` when it is not one (malformed, or caveats we never write).
pub fn examine_ours(token: &str) -> Option<models::TokenExamination> {
    let decoded = token::decode(token).ok()?;
    let caveats = decoded.caveats().ok()?;
    let claims = token::grant_of(&caveats).ok()?;
    let (persistence, subject, token_type) = match &claims {
        Grant::SpaceInvite {
            space_id,
            inviter_id,
            ..
        } => (
            models::TokenExaminationPersistence::Temporary,
            inviter_id,
            user_join_space(space_id),
        ),
        Grant::JoinSpace {
            named,
            space_id,
            inviter_id,
            ..
        } => (
            if *named {
                models::TokenExaminationPersistence::Named
            } else {
                models::TokenExaminationPersistence::Temporary
            },
            inviter_id,
            user_join_space(space_id),
        ),
        // Access tokens are not described here (no TokenType for them in api.yaml yet).
        Grant::Access { .. } => return None,
    };
    Some(models::TokenExamination::new(
        decoded.location().to_owned(),
        decoded.token_id().to_string(),
        persistence,
        models::ExaminedSubject::new(
            models::ExaminedSubjectType::User,
            swagger::Nullable::Present(subject.clone()),
        ),
        as_model(&token_type).ok()?,
        as_model(&caveats_json(&caveats)).ok()?,
    ))
}

impl Server {
    /// `POST /tokens/verify_invite_token` for `user_id` connecting from `client`.
    pub async fn verify_invite(
        &self,
        user_id: &str,
        request: &models::VerifyInviteTokenRequest,
        client: Option<std::net::IpAddr>,
    ) -> Result<models::InviteTokenVerification, ApiError> {
        if let Some(expected) = &request.expected_invite_type
            && expected != super::named_invitations::USER_JOIN_SPACE
        {
            return Err(ApiError::InvalidInvitation(format!(
                "The invitation cannot be used: it is a userJoinSpace invitation, not {:?}.",
                expected.chars().take(40).collect::<String>()
            )));
        }
        let (inviter, ttl) = self
            .verify_invitation(user_id, &request.token, client)
            .await?;
        let ttl = match ttl {
            Some(seconds) => swagger::Nullable::Present(i64::try_from(seconds).unwrap_or(i64::MAX)),
            None => swagger::Nullable::Null,
        };
        Ok(models::InviteTokenVerification::new(
            models::TokenSubject::new(models::TokenSubjectType::User, inviter),
            ttl,
        ))
    }
}
