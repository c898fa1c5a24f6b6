//! Main library entry point for onezone_api implementation.

#![allow(unused_imports)]

use async_trait::async_trait;
use futures::{future, Stream, StreamExt, TryFutureExt, TryStreamExt};
use hyper::server::conn::http1;
use hyper::service::{service_fn, Service};
use hyper_util::rt::TokioIo;
use log::info;
use std::future::Future;
use std::marker::PhantomData;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use swagger::auth::MakeAllowAllAuthenticator;
use swagger::EmptyContext;
use swagger::{Has, XSpanIdString};
use tokio::net::TcpListener;

#[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
use openssl::ssl::{Ssl, SslAcceptor, SslAcceptorBuilder, SslFiletype, SslMethod};

use onezone_api::models;

/// Builds an SSL implementation for Simple HTTPS from some hard-coded file names
pub async fn create(addr: &str, https: bool) {
    let addr: SocketAddr = addr.parse().expect("Failed to parse bind address");
    let listener = TcpListener::bind(&addr).await.unwrap();

    let server = Server::new();

    let service = MakeService::new(server);
    let service = MakeAllowAllAuthenticator::new(service, "cosmo");

    #[allow(unused_mut)]
    let mut service = onezone_api::server::context::MakeAddContext::<_, EmptyContext>::new(service);

    if https {
        #[cfg(any(target_os = "macos", target_os = "windows", target_os = "ios"))]
        {
            unimplemented!("SSL is not implemented for the examples on MacOS, Windows or iOS");
        }

        #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
        {
            let mut ssl = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls())
                .expect("Failed to create SSL Acceptor");

            // Server authentication
            ssl.set_private_key_file("examples/server-key.pem", SslFiletype::PEM)
                .expect("Failed to set private key");
            ssl.set_certificate_chain_file("examples/server-chain.pem")
                .expect("Failed to set certificate chain");
            ssl.check_private_key()
                .expect("Failed to check private key");

            let tls_acceptor = ssl.build();

            info!("Starting a server (with https)");
            loop {
                if let Ok((tcp, addr)) = listener.accept().await {
                    let ssl = Ssl::new(tls_acceptor.context()).unwrap();
                    let service = service.call(addr);

                    tokio::spawn(async move {
                        let tls = tokio_openssl::SslStream::new(ssl, tcp).map_err(|_| ())?;
                        let service = service.await.map_err(|_| ())?;

                        http1::Builder::new()
                            .serve_connection(TokioIo::new(tls), service)
                            .await
                            .map_err(|_| ())
                    });
                }
            }
        }
    } else {
        info!("Starting a server (over http, so no TLS)");
        println!("Listening on http://{}", addr);

        loop {
            // When an incoming TCP connection is received grab a TCP stream for
            // client<->server communication.
            //
            // Note, this is a .await point, this loop will loop forever but is not a busy loop. The
            // .await point allows the Tokio runtime to pull the task off of the thread until the task
            // has work to do. In this case, a connection arrives on the port we are listening on and
            // the task is woken up, at which point the task is then put back on a thread, and is
            // driven forward by the runtime, eventually yielding a TCP stream.
            let (tcp_stream, addr) = listener
                .accept()
                .await
                .expect("Failed to accept connection");

            let service = service.call(addr).await.unwrap();
            let io = TokioIo::new(tcp_stream);
            // Spin up a new task in Tokio so we can continue to listen for new TCP connection on the
            // current task without waiting for the processing of the HTTP1 connection we just received
            // to finish
            tokio::task::spawn(async move {
                // Handle the connection from the client using HTTP1 and pass any
                // HTTP requests received on that connection to the `hello` function
                let result = http1::Builder::new().serve_connection(io, service).await;
                if let Err(err) = result {
                    println!("Error serving connection: {err:?}");
                }
            });
        }
    }
}

#[derive(Copy)]
pub struct Server<C> {
    marker: PhantomData<C>,
}

impl<C> Server<C> {
    pub fn new() -> Self {
        Server {
            marker: PhantomData,
        }
    }
}

impl<C> Clone for Server<C> {
    fn clone(&self) -> Self {
        Self {
            marker: PhantomData,
        }
    }
}

use crate::server_auth;
use jsonwebtoken::{
    decode, encode, errors::Error as JwtError, Algorithm, DecodingKey, EncodingKey, Header,
    TokenData, Validation,
};
use serde::{Deserialize, Serialize};
use swagger::auth::Authorization;

use onezone_api::server::MakeService;
use onezone_api::{
    Api, CreateUserClientTokenResponse, CreateUserNamedTokenResponse, CreateUserSpaceResponse,
    CreateUserTemporaryTokenResponse, DeleteNamedTokenResponse, DeleteUserClientTokenResponse,
    ExamineTokenResponse, GetDocsResponse, GetHealthResponse, GetNamedTokenResponse,
    GetReadinessResponse, GetUserClientTokensResponse, GetUserDefaultSpaceResponse,
    GetUserSpaceResponse, GetUserSpaceTokenResponse, GetUserSpacesResponse, JoinSpaceResponse,
    ListUserNamedTokensResponse, RemoveUserSpaceResponse, SetUserDefaultSpaceResponse,
    UpdateNamedTokenResponse, VerifyInviteTokenResponse,
};
use std::error::Error;
use swagger::ApiError;

#[async_trait]
impl<C> Api<C> for Server<C>
where
    C: Has<XSpanIdString> + Send + Sync,
{
    /// Interactive documentation
    async fn get_docs(&self, context: &C) -> Result<GetDocsResponse, ApiError> {
        info!("get_docs() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Liveness
    async fn get_health(&self, context: &C) -> Result<GetHealthResponse, ApiError> {
        info!("get_health() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Readiness
    async fn get_readiness(&self, context: &C) -> Result<GetReadinessResponse, ApiError> {
        info!("get_readiness() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Generate user access token
    async fn create_user_client_token(
        &self,
        context: &C,
    ) -> Result<CreateUserClientTokenResponse, ApiError> {
        info!(
            "create_user_client_token() - X-Span-ID: {:?}",
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Create named token for the current user
    async fn create_user_named_token(
        &self,
        named_token_create_request: models::NamedTokenCreateRequest,
        context: &C,
    ) -> Result<CreateUserNamedTokenResponse, ApiError> {
        info!(
            "create_user_named_token({:?}) - X-Span-ID: {:?}",
            named_token_create_request,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Create a new space
    async fn create_user_space(
        &self,
        space_create_request: models::SpaceCreateRequest,
        context: &C,
    ) -> Result<CreateUserSpaceResponse, ApiError> {
        info!(
            "create_user_space({:?}) - X-Span-ID: {:?}",
            space_create_request,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Create temporary token for the current user
    async fn create_user_temporary_token(
        &self,
        temporary_token_create_request: models::TemporaryTokenCreateRequest,
        context: &C,
    ) -> Result<CreateUserTemporaryTokenResponse, ApiError> {
        info!(
            "create_user_temporary_token({:?}) - X-Span-ID: {:?}",
            temporary_token_create_request,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Examine token
    async fn examine_token(
        &self,
        token_to_examine: models::TokenToExamine,
        context: &C,
    ) -> Result<ExamineTokenResponse, ApiError> {
        info!(
            "examine_token({:?}) - X-Span-ID: {:?}",
            token_to_examine,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Get user client tokens
    async fn get_user_client_tokens(
        &self,
        context: &C,
    ) -> Result<GetUserClientTokensResponse, ApiError> {
        info!(
            "get_user_client_tokens() - X-Span-ID: {:?}",
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Get default user space
    async fn get_user_default_space(
        &self,
        context: &C,
    ) -> Result<GetUserDefaultSpaceResponse, ApiError> {
        info!(
            "get_user_default_space() - X-Span-ID: {:?}",
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Create space invitation token
    async fn get_user_space_token(
        &self,
        context: &C,
    ) -> Result<GetUserSpaceTokenResponse, ApiError> {
        info!(
            "get_user_space_token() - X-Span-ID: {:?}",
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Get user spaces
    async fn get_user_spaces(&self, context: &C) -> Result<GetUserSpacesResponse, ApiError> {
        info!(
            "get_user_spaces() - X-Span-ID: {:?}",
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Join space
    async fn join_space(
        &self,
        space_invite_token: models::SpaceInviteToken,
        context: &C,
    ) -> Result<JoinSpaceResponse, ApiError> {
        info!(
            "join_space({:?}) - X-Span-ID: {:?}",
            space_invite_token,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// List user named tokens
    async fn list_user_named_tokens(
        &self,
        context: &C,
    ) -> Result<ListUserNamedTokensResponse, ApiError> {
        info!(
            "list_user_named_tokens() - X-Span-ID: {:?}",
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Set default user space
    async fn set_user_default_space(
        &self,
        default_space: models::DefaultSpace,
        context: &C,
    ) -> Result<SetUserDefaultSpaceResponse, ApiError> {
        info!(
            "set_user_default_space({:?}) - X-Span-ID: {:?}",
            default_space,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Verify invite token
    async fn verify_invite_token(
        &self,
        verify_invite_token_request: models::VerifyInviteTokenRequest,
        context: &C,
    ) -> Result<VerifyInviteTokenResponse, ApiError> {
        info!(
            "verify_invite_token({:?}) - X-Span-ID: {:?}",
            verify_invite_token_request,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Delete named token
    async fn delete_named_token(
        &self,
        id: String,
        context: &C,
    ) -> Result<DeleteNamedTokenResponse, ApiError> {
        info!(
            "delete_named_token({:?}) - X-Span-ID: {:?}",
            id,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Delete user access token
    async fn delete_user_client_token(
        &self,
        id: String,
        context: &C,
    ) -> Result<DeleteUserClientTokenResponse, ApiError> {
        info!(
            "delete_user_client_token({:?}) - X-Span-ID: {:?}",
            id,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Get named token details
    async fn get_named_token(
        &self,
        id: String,
        context: &C,
    ) -> Result<GetNamedTokenResponse, ApiError> {
        info!(
            "get_named_token({:?}) - X-Span-ID: {:?}",
            id,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Get user space details
    async fn get_user_space(
        &self,
        id: String,
        context: &C,
    ) -> Result<GetUserSpaceResponse, ApiError> {
        info!(
            "get_user_space({:?}) - X-Span-ID: {:?}",
            id,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Leave space
    async fn remove_user_space(
        &self,
        id: String,
        context: &C,
    ) -> Result<RemoveUserSpaceResponse, ApiError> {
        info!(
            "remove_user_space({:?}) - X-Span-ID: {:?}",
            id,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Modify named token
    async fn update_named_token(
        &self,
        id: String,
        named_token_update: models::NamedTokenUpdate,
        context: &C,
    ) -> Result<UpdateNamedTokenResponse, ApiError> {
        info!(
            "update_named_token({:?}, {:?}) - X-Span-ID: {:?}",
            id,
            named_token_update,
            context.get().0.clone()
        );
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }
}
