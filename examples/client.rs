//! The invitation scenario through the Rust client generated from api.yaml
//! (`onezone_api` with its `client` and `client-tls` features).
//!
//!     cargo run --example client -- https://127.0.0.1:8443 ./onezone-data/tls/cert.pem \
//!         ADMIN_PASSWORD BOB_PASSWORD
//!
//! admin creates a space, makes it the default and mints an invitation; bob (who must
//! exist: `onezone-tokens user add bob --password-stdin`) joins with it and lists his
//! spaces; a second join by bob answers 409. Bob then creates an access token (Basic),
//! lists his tokens with it (`X-Auth-Token`, the generated client's `AuthData::ApiKey`),
//! revokes it and sees it gone; the revoked token answers 401. A wrong password answers
//! 401 with the `Error` model. Exits non-zero on any unexpected answer.

use anyhow::bail;
use onezone_api::{
    ApiNoContext, Client, ContextWrapperExt, CreateUserClientTokenResponse,
    CreateUserSpaceResponse, DeleteUserClientTokenResponse, GetUserClientTokensResponse,
    GetUserSpaceTokenResponse, GetUserSpacesResponse, JoinSpaceResponse,
    SetUserDefaultSpaceResponse, models,
};
use swagger::{AuthData, ContextBuilder, EmptyContext, Push, XSpanIdString};

type ClientContext = swagger::make_context_ty!(
    ContextBuilder,
    EmptyContext,
    Option<AuthData>,
    XSpanIdString
);

/// A client with one credential, over HTTPS trusting exactly the server's certificate.
fn client_with(
    server: &str,
    ca_certificate: &str,
    credential: AuthData,
) -> anyhow::Result<impl ApiNoContext<ClientContext>> {
    let context: ClientContext = EmptyContext
        .push(XSpanIdString::default())
        .push(Some(credential));
    let client = Client::try_new_https_pinned(server, ca_certificate)
        .map_err(|e| anyhow::anyhow!("cannot create a client for {server}: {e:?}"))?;
    Ok(client.with_context(context))
}

/// The ids of the caller's access tokens.
async fn token_ids(client: &impl ApiNoContext<ClientContext>) -> anyhow::Result<Vec<String>> {
    match client.get_user_client_tokens().await? {
        GetUserClientTokensResponse::Ok(list) => {
            Ok(list.tokens.into_iter().map(|t| t.token_id).collect())
        }
        other => bail!("listing access tokens answered {other:?}"),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [server, ca_certificate, admin_password, bob_password] = args.as_slice() else {
        bail!("usage: client SERVER_URL CA_CERT ADMIN_PASSWORD BOB_PASSWORD");
    };
    let basic = |user: &str, password: &str| {
        client_with(server, ca_certificate, AuthData::basic(user, password))
    };
    let admin = basic("admin", admin_password)?;
    let bob = basic("bob", bob_password)?;

    let request = models::SpaceCreateRequest::new("From Rust".to_owned());
    let space_id = match admin.create_user_space(request).await? {
        CreateUserSpaceResponse::Created { body, .. } => body.space_id,
        other => bail!("creating a space answered {other:?}"),
    };
    match admin
        .set_user_default_space(models::DefaultSpace::new(space_id.clone()))
        .await?
    {
        SetUserDefaultSpaceResponse::NoContent => {}
        other => bail!("setting the default space answered {other:?}"),
    }
    let token = match admin.get_user_space_token().await? {
        GetUserSpaceTokenResponse::Ok(invitation) => invitation.token,
        other => bail!("minting answered {other:?}"),
    };

    match bob
        .join_space(models::SpaceInviteToken::new(token.clone()))
        .await?
    {
        JoinSpaceResponse::Created { body, location } if body.space_id == space_id => {
            println!("bob joined {space_id} ({location})");
        }
        other => bail!("joining answered {other:?}"),
    }
    match bob.get_user_spaces().await? {
        // Contains, not equals: the same server may have run other scenarios for bob.
        GetUserSpacesResponse::Ok(spaces) if spaces.spaces.contains(&space_id) => {}
        other => bail!("bob's spaces: {other:?}"),
    }
    match bob.join_space(models::SpaceInviteToken::new(token)).await? {
        JoinSpaceResponse::Conflict(error) if error.error == "already_member" => {}
        other => bail!("a second join answered {other:?}"),
    }

    let access = match bob.create_user_client_token().await? {
        CreateUserClientTokenResponse::Created { body, .. } => body,
        other => bail!("creating an access token answered {other:?}"),
    };
    // AuthData::ApiKey: the generated client sends it as X-Auth-Token.
    let bob_by_token = client_with(server, ca_certificate, AuthData::apikey(&access.token))?;
    let listed = token_ids(&bob_by_token).await?;
    if !listed.contains(&access.token_id) {
        bail!(
            "the new token {} is not listed: {listed:?}",
            access.token_id
        );
    }
    match bob
        .delete_user_client_token(access.token_id.clone())
        .await?
    {
        DeleteUserClientTokenResponse::NoContent => {}
        other => bail!("revoking the access token answered {other:?}"),
    }
    let listed = token_ids(&bob).await?;
    if listed.contains(&access.token_id) {
        bail!(
            "the revoked token {} is still listed: {listed:?}",
            access.token_id
        );
    }
    // Revoked means refused from then on.
    let answer = bob_by_token.get_user_client_tokens().await?;
    if !matches!(&answer, GetUserClientTokensResponse::Unauthorized { body, .. }
        if body.error == "invalid_token")
    {
        bail!("the revoked token answered {answer:?}");
    }

    let wrong = basic("admin", &format!("{admin_password}-wrong"))?;
    let refusal = match wrong.create_user_client_token().await? {
        CreateUserClientTokenResponse::Unauthorized { body, .. } => body,
        other => bail!("a wrong password answered {other:?}"),
    };
    if refusal.error != "invalid_credentials" || refusal.error_description.is_empty() {
        bail!("a wrong password answered 401 with {refusal:?}");
    }
    println!(
        "rust client scenario passed: joined {space_id}, 409 on rejoin, token {} created, \
         listed with X-Auth-Token, revoked, 401 {}",
        access.token_id, refusal.error
    );
    Ok(())
}
