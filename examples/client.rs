//! The invitation scenario through the Rust client generated from api.yaml
//! (`onezone_api` with its `client` and `client-tls` features).
//!
//!     cargo run --example client -- https://127.0.0.1:8443 ./onezone-data/tls/cert.pem \
//!         ADMIN_PASSWORD BOB_PASSWORD
//!
//! admin creates a space, makes it the default and mints an invitation; bob (who must
//! exist: `onezone-tokens user add bob --password-stdin`) joins with it and lists his
//! spaces; a second join by bob answers 409. Exits non-zero on any unexpected answer.

use anyhow::bail;
use onezone_api::{
    ApiNoContext, Client, ContextWrapperExt, CreateUserSpaceResponse, GetUserSpaceTokenResponse,
    GetUserSpacesResponse, JoinSpaceResponse, SetUserDefaultSpaceResponse, models,
};
use swagger::{AuthData, ContextBuilder, EmptyContext, Push, XSpanIdString};

type ClientContext = swagger::make_context_ty!(
    ContextBuilder,
    EmptyContext,
    Option<AuthData>,
    XSpanIdString
);

/// A client for one user, over HTTPS trusting exactly the server's certificate.
fn client_for(
    server: &str,
    ca_certificate: &str,
    user: &str,
    password: &str,
) -> anyhow::Result<impl ApiNoContext<ClientContext>> {
    let context: ClientContext = EmptyContext
        .push(XSpanIdString::default())
        .push(Some(AuthData::basic(user, password)));
    let client = Client::try_new_https_pinned(server, ca_certificate)
        .map_err(|e| anyhow::anyhow!("cannot create a client for {server}: {e:?}"))?;
    Ok(client.with_context(context))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [server, ca_certificate, admin_password, bob_password] = args.as_slice() else {
        bail!("usage: client SERVER_URL CA_CERT ADMIN_PASSWORD BOB_PASSWORD");
    };
    let admin = client_for(server, ca_certificate, "admin", admin_password)?;
    let bob = client_for(server, ca_certificate, "bob", bob_password)?;

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
        GetUserSpacesResponse::Ok(spaces) if spaces.spaces == [space_id.clone()] => {}
        other => bail!("bob's spaces: {other:?}"),
    }
    match bob.join_space(models::SpaceInviteToken::new(token)).await? {
        JoinSpaceResponse::Conflict(error) if error.error == "already_member" => {}
        other => bail!("a second join answered {other:?}"),
    }
    println!("rust client scenario passed");
    Ok(())
}
