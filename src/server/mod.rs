//! `Server` implements the generated `Api` trait. Each operation is thin: it takes the
//! authenticated caller from the context, calls one use-case method (in `spaces`,
//! `invitations` or `access_tokens`) and turns its `Result` into the operation's generated
//! response enum (`responses`).

mod access_tokens;
pub mod docs;
pub mod examine;
mod health;
mod invitations;
pub mod named_invitations;
mod responses;
mod spaces;

pub use access_tokens::{IssuedAccessToken, issue_access_token};
pub use health::{PROBE_OPERATIONS, READINESS_TIMEOUT};
pub use spaces::validate_space_name;

use crate::error::ApiError;
use crate::store::Store;
use async_trait::async_trait;
use onezone_api::models;
use onezone_api::*;
use std::sync::Arc;
use swagger::Has;
use swagger::auth::Authorization;

/// Server settings that shape tokens, and how many of them (and of spaces) one user may hold.
#[derive(Debug, Clone)]
pub struct TokenSettings {
    /// How long a space invitation token stays valid, in seconds.
    pub invite_ttl_seconds: u64,
    /// How many joins one invitation allows (1: single use).
    pub invite_max_uses: u32,
    /// How long an access token created through the API stays valid, in seconds.
    pub access_ttl_seconds: u64,
    /// Active (neither revoked nor expired) access tokens one user may have; at most
    /// [`crate::store::MAX_ACCESS_TOKENS_PER_USER`].
    pub max_access_tokens_per_user: u32,
    /// Spaces one user may be a member of, owned and joined together; at most
    /// [`crate::store::MAX_SPACES_PER_USER`].
    pub max_spaces_per_user: u32,
    /// The furthest ahead the time caveat of a temporary invitation
    /// (`POST /user/tokens/temporary`) may lie, in seconds.
    pub max_temporary_ttl_seconds: u64,
}

impl TokenSettings {
    /// The caps as the store enforces them: never above the ceilings api.yaml declares.
    fn max_access_tokens(&self) -> u32 {
        self.max_access_tokens_per_user
            .clamp(1, crate::store::MAX_ACCESS_TOKENS_PER_USER)
    }

    fn max_spaces(&self) -> u32 {
        self.max_spaces_per_user
            .clamp(1, crate::store::MAX_SPACES_PER_USER)
    }
}

impl Default for TokenSettings {
    fn default() -> Self {
        TokenSettings {
            invite_ttl_seconds: 24 * 60 * 60,
            invite_max_uses: 1,
            access_ttl_seconds: 24 * 60 * 60,
            max_access_tokens_per_user: 100,
            max_spaces_per_user: 100,
            max_temporary_ttl_seconds: 14 * 24 * 60 * 60,
        }
    }
}

/// The implementation of the generated `Api` trait: every operation of api.yaml, over a
/// [`Store`] and the token settings. [`ApiService`](crate::ApiService) wraps it.
///
/// A clone is one reference count. The generated router clones its `Server` for every
/// request (the operation's future owns it): the server gives each connection its own
/// copy, so that count is on a line only that connection's worker writes, not one every
/// core writes twice per request.
#[derive(Clone)]
pub struct Server {
    parts: Arc<ServerParts>,
}

#[derive(Clone)]
struct ServerParts {
    store: Arc<dyn Store>,
    settings: TokenSettings,
}

impl Server {
    /// The operations over this store, minting tokens with these settings.
    pub fn new(store: Arc<dyn Store>, settings: TokenSettings) -> Server {
        Server {
            parts: Arc::new(ServerParts { store, settings }),
        }
    }

    /// The same operations, counted in an `Arc` of their own: for one connection.
    pub(crate) fn for_connection(&self) -> Server {
        Server {
            parts: Arc::new(ServerParts::clone(&self.parts)),
        }
    }
}

/// The address of the client a request comes from (the one rate limits see, proxies
/// included), put in the context by the HTTP layer; `None` when it is not known. The `ip`
/// caveat of an invitation is checked against it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClientIp(pub Option<std::net::IpAddr>);

/// The authenticated caller, put in the context by the HTTP layer.
fn caller<C: Has<Option<Authorization>>>(context: &C) -> Result<String, ApiError> {
    Has::<Option<Authorization>>::get(context)
        .as_ref()
        .map(|authorization| authorization.subject.clone())
        .ok_or(ApiError::Unauthorized)
}

/// The path of a resource under the base path, for `Location` headers.
fn location(relative: &str) -> String {
    format!("{BASE_PATH}{relative}")
}

/// Runs `$body` (an async block returning `Result<response, ApiError>`) and turns an error
/// into the operation's error variant.
macro_rules! respond {
    ($body:expr) => {{
        let result: Result<_, ApiError> = $body.await;
        Ok(result.unwrap_or_else(Into::into))
    }};
}

#[async_trait]
impl<C> Api<C> for Server
where
    C: Has<Option<Authorization>> + Has<ClientIp> + Send + Sync,
{
    async fn get_health(&self, _context: &C) -> Result<GetHealthResponse, swagger::ApiError> {
        Ok(self.health())
    }

    async fn get_readiness(&self, _context: &C) -> Result<GetReadinessResponse, swagger::ApiError> {
        Ok(self.readiness().await)
    }

    /// The docs page, for a host that mounts the generated router alone. `ApiService`
    /// answers `/docs` itself, before routing, with the page's own headers (charset,
    /// security policy) and its assets (see `crate::http::docs`).
    async fn get_docs(&self, _context: &C) -> Result<GetDocsResponse, swagger::ApiError> {
        Ok(GetDocsResponse::Ok(
            String::from_utf8_lossy(&docs::page()).into_owned(),
        ))
    }

    async fn get_user_space_token(
        &self,
        context: &C,
    ) -> Result<GetUserSpaceTokenResponse, swagger::ApiError> {
        respond!(async {
            let token = self.space_invite_token(&caller(context)?).await?;
            crate::metrics::invitation_minted();
            Ok(GetUserSpaceTokenResponse::Ok(
                models::SpaceInviteToken::new(token),
            ))
        })
    }

    async fn join_space(
        &self,
        body: models::SpaceInviteToken,
        context: &C,
    ) -> Result<JoinSpaceResponse, swagger::ApiError> {
        respond!(async {
            let client = Has::<ClientIp>::get(context).0;
            let space_id = self.join(&caller(context)?, &body.token, client).await?;
            Ok(JoinSpaceResponse::Created {
                location: location(&format!("/user/spaces/{space_id}")),
                body: models::SpaceReference::new(space_id),
            })
        })
    }

    async fn create_user_space(
        &self,
        body: models::SpaceCreateRequest,
        context: &C,
    ) -> Result<CreateUserSpaceResponse, swagger::ApiError> {
        respond!(async {
            let space_id = self.create_space(&caller(context)?, &body.name).await?;
            Ok(CreateUserSpaceResponse::Created {
                location: location(&format!("/user/spaces/{space_id}")),
                body: models::SpaceReference::new(space_id),
            })
        })
    }

    async fn get_user_spaces(
        &self,
        context: &C,
    ) -> Result<GetUserSpacesResponse, swagger::ApiError> {
        respond!(async {
            let spaces = self.parts.store.user_spaces(&caller(context)?).await?;
            let default = match spaces.default {
                Some(id) => swagger::Nullable::Present(id),
                None => swagger::Nullable::Null,
            };
            Ok(GetUserSpacesResponse::Ok(models::UserSpaces::new(
                spaces.spaces,
                default,
            )))
        })
    }

    async fn get_user_space(
        &self,
        id: String,
        context: &C,
    ) -> Result<GetUserSpaceResponse, swagger::ApiError> {
        respond!(async {
            let space = self.space(&caller(context)?, &id).await?;
            Ok(GetUserSpaceResponse::Ok(space))
        })
    }

    async fn remove_user_space(
        &self,
        id: String,
        context: &C,
    ) -> Result<RemoveUserSpaceResponse, swagger::ApiError> {
        respond!(async {
            self.leave_space(&caller(context)?, &id).await?;
            Ok(RemoveUserSpaceResponse::NoContent)
        })
    }

    async fn get_user_default_space(
        &self,
        context: &C,
    ) -> Result<GetUserDefaultSpaceResponse, swagger::ApiError> {
        respond!(async {
            let space_id = self.default_space(&caller(context)?).await?;
            Ok(GetUserDefaultSpaceResponse::Ok(models::DefaultSpace::new(
                space_id,
            )))
        })
    }

    async fn set_user_default_space(
        &self,
        body: models::DefaultSpace,
        context: &C,
    ) -> Result<SetUserDefaultSpaceResponse, swagger::ApiError> {
        respond!(async {
            self.set_default_space(&caller(context)?, &body.space_id)
                .await?;
            Ok(SetUserDefaultSpaceResponse::NoContent)
        })
    }

    async fn create_user_client_token(
        &self,
        context: &C,
    ) -> Result<CreateUserClientTokenResponse, swagger::ApiError> {
        respond!(async {
            let user_id = caller(context)?;
            let ttl = self.parts.settings.access_ttl_seconds;
            let max_active = self.parts.settings.max_access_tokens();
            let issued =
                issue_access_token(self.parts.store.as_ref(), &user_id, ttl, max_active).await?;
            Ok(CreateUserClientTokenResponse::Created {
                location: location(&format!("/user/client_tokens/{}", issued.token_id)),
                body: models::ClientToken::new(
                    issued.token,
                    issued.token_id.to_string(),
                    issued.expires_at as i64,
                ),
            })
        })
    }

    async fn get_user_client_tokens(
        &self,
        context: &C,
    ) -> Result<GetUserClientTokensResponse, swagger::ApiError> {
        respond!(async {
            let tokens = self.client_tokens(&caller(context)?).await?;
            Ok(GetUserClientTokensResponse::Ok(models::ClientTokens::new(
                tokens,
            )))
        })
    }

    async fn create_user_named_token(
        &self,
        body: models::NamedTokenCreateRequest,
        context: &C,
    ) -> Result<CreateUserNamedTokenResponse, swagger::ApiError> {
        respond!(async {
            let owner = caller(context)?;
            let request = named_invitations::named_invite_request(body)?;
            let created = self.create_named_invite(&owner, request).await?;
            Ok(CreateUserNamedTokenResponse::Created {
                location: location(&format!("/tokens/named/{}", created.token_id)),
                body: models::NamedTokenCreated::new(created.token_id, created.token),
            })
        })
    }

    async fn list_user_named_tokens(
        &self,
        context: &C,
    ) -> Result<ListUserNamedTokensResponse, swagger::ApiError> {
        respond!(async {
            let ids = self.named_invite_ids(&caller(context)?).await?;
            Ok(ListUserNamedTokensResponse::Ok(
                models::NamedTokenList::new(ids),
            ))
        })
    }

    async fn get_named_token(
        &self,
        id: String,
        context: &C,
    ) -> Result<GetNamedTokenResponse, swagger::ApiError> {
        respond!(async {
            let token = self.named_invite(&caller(context)?, &id).await?;
            Ok(GetNamedTokenResponse::Ok(token))
        })
    }

    async fn update_named_token(
        &self,
        id: String,
        body: models::NamedTokenUpdate,
        context: &C,
    ) -> Result<UpdateNamedTokenResponse, swagger::ApiError> {
        respond!(async {
            self.update_named_invite(&caller(context)?, &id, body)
                .await?;
            Ok(UpdateNamedTokenResponse::NoContent)
        })
    }

    async fn delete_named_token(
        &self,
        id: String,
        context: &C,
    ) -> Result<DeleteNamedTokenResponse, swagger::ApiError> {
        respond!(async {
            self.delete_named_invite(&caller(context)?, &id).await?;
            Ok(DeleteNamedTokenResponse::NoContent)
        })
    }

    async fn create_user_temporary_token(
        &self,
        body: models::TemporaryTokenCreateRequest,
        context: &C,
    ) -> Result<CreateUserTemporaryTokenResponse, swagger::ApiError> {
        respond!(async {
            let token = named_invitations::create_temporary_invite(
                self.parts.store.as_ref(),
                &caller(context)?,
                &body.r#type,
                body.caveats.as_deref().unwrap_or_default(),
                self.parts.settings.max_temporary_ttl_seconds,
            )
            .await?;
            Ok(CreateUserTemporaryTokenResponse::Created(
                models::TemporaryToken::new(token),
            ))
        })
    }

    async fn examine_token(
        &self,
        body: models::TokenToExamine,
        _context: &C,
    ) -> Result<ExamineTokenResponse, swagger::ApiError> {
        respond!(async { Ok(ExamineTokenResponse::Ok(examine::examine(&body.token)?)) })
    }

    async fn verify_invite_token(
        &self,
        body: models::VerifyInviteTokenRequest,
        context: &C,
    ) -> Result<VerifyInviteTokenResponse, swagger::ApiError> {
        respond!(async {
            let client = Has::<ClientIp>::get(context).0;
            let verified = self.verify_invite(&caller(context)?, &body, client).await?;
            Ok(VerifyInviteTokenResponse::Ok(verified))
        })
    }

    async fn delete_user_client_token(
        &self,
        id: String,
        context: &C,
    ) -> Result<DeleteUserClientTokenResponse, swagger::ApiError> {
        respond!(async {
            self.revoke_client_token(&caller(context)?, &id).await?;
            Ok(DeleteUserClientTokenResponse::NoContent)
        })
    }
}
