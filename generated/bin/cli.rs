//! CLI tool driving the API client
use anyhow::{anyhow, Context, Result};
use clap::Parser;
use dialoguer::Confirm;
use log::{debug, info};
// models may be unused if all inputs are primitive types
#[allow(unused_imports)]
use onezone_api::{
    models, ApiNoContext, Client, ContextWrapperExt, CreateUserClientTokenResponse,
    CreateUserNamedTokenResponse, CreateUserSpaceResponse, CreateUserTemporaryTokenResponse,
    DeleteNamedTokenResponse, DeleteUserClientTokenResponse, ExamineTokenResponse, GetDocsResponse,
    GetHealthResponse, GetNamedTokenResponse, GetReadinessResponse, GetUserClientTokensResponse,
    GetUserDefaultSpaceResponse, GetUserSpaceResponse, GetUserSpaceTokenResponse,
    GetUserSpacesResponse, JoinSpaceResponse, ListUserNamedTokensResponse, RemoveUserSpaceResponse,
    SetUserDefaultSpaceResponse, UpdateNamedTokenResponse, VerifyInviteTokenResponse,
};
use simple_logger::SimpleLogger;
use swagger::{AuthData, ContextBuilder, EmptyContext, Push, XSpanIdString};

type ClientContext = swagger::make_context_ty!(
    ContextBuilder,
    EmptyContext,
    Option<AuthData>,
    XSpanIdString
);

#[derive(Parser, Debug)]
#[clap(
    name = "Onezone REST API - space invitation tokens",
    version = "18.2.0",
    about = "CLI access to Onezone REST API - space invitation tokens"
)]
struct Cli {
    #[clap(subcommand)]
    operation: Operation,

    /// Address or hostname of the server hosting this API, including optional port
    #[clap(short = 'a', long, default_value = "http://localhost")]
    server_address: String,

    /// Path to the client private key if using client-side TLS authentication
    #[cfg(all(
        feature = "client-tls",
        not(any(target_os = "macos", target_os = "windows", target_os = "ios"))
    ))]
    #[clap(long, requires_all(&["client_certificate", "server_certificate"]))]
    client_key: Option<String>,

    /// Path to the client's public certificate associated with the private key
    #[cfg(all(
        feature = "client-tls",
        not(any(target_os = "macos", target_os = "windows", target_os = "ios"))
    ))]
    #[clap(long, requires_all(&["client_key", "server_certificate"]))]
    client_certificate: Option<String>,

    /// Path to CA certificate used to authenticate the server
    #[cfg(all(
        feature = "client-tls",
        not(any(target_os = "macos", target_os = "windows", target_os = "ios"))
    ))]
    #[clap(long)]
    server_certificate: Option<String>,

    /// If set, write output to file instead of stdout
    #[clap(short, long)]
    output_file: Option<String>,

    #[command(flatten)]
    verbosity: clap_verbosity_flag::Verbosity,

    /// Don't ask for any confirmation prompts
    #[allow(dead_code)]
    #[clap(short, long)]
    force: bool,

    /// Bearer token if used for authentication
    #[arg(env = "ONEZONE_API_BEARER_TOKEN", hide_env = true)]
    bearer_token: Option<String>,

    /// API key for authentication
    #[arg(long, env = "ONEZONE_API_API_KEY", hide_env = true)]
    api_key: Option<String>,
}

#[derive(Parser, Debug)]
enum Operation {
    /// Interactive documentation
    GetDocs {},
    /// Liveness
    GetHealth {},
    /// Readiness
    GetReadiness {},
    /// Generate user access token
    CreateUserClientToken {},
    /// Create named token for the current user
    CreateUserNamedToken {
        #[clap(value_parser = parse_json::<models::NamedTokenCreateRequest>)]
        named_token_create_request: models::NamedTokenCreateRequest,
    },
    /// Create a new space
    CreateUserSpace {
        #[clap(value_parser = parse_json::<models::SpaceCreateRequest>)]
        space_create_request: models::SpaceCreateRequest,
    },
    /// Create temporary token for the current user
    CreateUserTemporaryToken {
        #[clap(value_parser = parse_json::<models::TemporaryTokenCreateRequest>)]
        temporary_token_create_request: models::TemporaryTokenCreateRequest,
    },
    /// Examine token
    ExamineToken {
        #[clap(value_parser = parse_json::<models::TokenToExamine>)]
        token_to_examine: models::TokenToExamine,
    },
    /// Get user client tokens
    GetUserClientTokens {},
    /// Get default user space
    GetUserDefaultSpace {},
    /// Create space invitation token
    GetUserSpaceToken {},
    /// Get user spaces
    GetUserSpaces {},
    /// Join space
    JoinSpace {
        #[clap(value_parser = parse_json::<models::SpaceInviteToken>)]
        space_invite_token: models::SpaceInviteToken,
    },
    /// List user named tokens
    ListUserNamedTokens {},
    /// Set default user space
    SetUserDefaultSpace {
        #[clap(value_parser = parse_json::<models::DefaultSpace>)]
        default_space: models::DefaultSpace,
    },
    /// Verify invite token
    VerifyInviteToken {
        #[clap(value_parser = parse_json::<models::VerifyInviteTokenRequest>)]
        verify_invite_token_request: models::VerifyInviteTokenRequest,
    },
    /// Delete named token
    DeleteNamedToken {
        /// The named token's id.
        id: String,
    },
    /// Delete user access token
    DeleteUserClientToken {
        /// The token id (from the list or the creation answer).
        id: String,
    },
    /// Get named token details
    GetNamedToken {
        /// The named token's id.
        id: String,
    },
    /// Get user space details
    GetUserSpace {
        /// The space id.
        id: String,
    },
    /// Leave space
    RemoveUserSpace {
        /// The space id.
        id: String,
    },
    /// Modify named token
    UpdateNamedToken {
        /// The named token's id.
        id: String,
        #[clap(value_parser = parse_json::<models::NamedTokenUpdate>)]
        named_token_update: models::NamedTokenUpdate,
    },
}

// On Linux/Unix with OpenSSL (client-tls feature), support certificate pinning and mutual TLS
#[cfg(all(
    feature = "client-tls",
    not(any(target_os = "macos", target_os = "windows", target_os = "ios"))
))]
fn create_client(
    args: &Cli,
    context: ClientContext,
) -> Result<Box<dyn ApiNoContext<ClientContext>>> {
    if args.client_certificate.is_some() {
        debug!("Using mutual TLS");
        let client = Client::try_new_https_mutual(
            &args.server_address,
            args.server_certificate.clone().unwrap(),
            args.client_key.clone().unwrap(),
            args.client_certificate.clone().unwrap(),
        )
        .context("Failed to create HTTPS client")?;
        Ok(Box::new(client.with_context(context)))
    } else if args.server_certificate.is_some() {
        debug!("Using TLS with pinned server certificate");
        let client = Client::try_new_https_pinned(
            &args.server_address,
            args.server_certificate.clone().unwrap(),
        )
        .context("Failed to create HTTPS client")?;
        Ok(Box::new(client.with_context(context)))
    } else {
        debug!("Using client without certificates");
        let client =
            Client::try_new(&args.server_address).context("Failed to create HTTP(S) client")?;
        Ok(Box::new(client.with_context(context)))
    }
}

// On macOS/Windows/iOS or without client-tls feature, use simple client (no cert pinning/mutual TLS)
#[cfg(any(
    not(feature = "client-tls"),
    all(
        feature = "client-tls",
        any(target_os = "macos", target_os = "windows", target_os = "ios")
    )
))]
fn create_client(
    args: &Cli,
    context: ClientContext,
) -> Result<Box<dyn ApiNoContext<ClientContext>>> {
    // Client::try_new() automatically detects the URL scheme (http:// or https://)
    // and creates the appropriate client.
    // Note: Certificate pinning and mutual TLS are only available on Linux/Unix with OpenSSL
    let client =
        Client::try_new(&args.server_address).context("Failed to create HTTP(S) client")?;
    Ok(Box::new(client.with_context(context)))
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Cli::parse();
    if let Some(log_level) = args.verbosity.log_level() {
        SimpleLogger::new()
            .with_level(log_level.to_level_filter())
            .init()?;
    }

    debug!("Arguments: {:?}", &args);

    let mut auth_data: Option<AuthData> = None;

    if let Some(ref bearer_token) = args.bearer_token {
        debug!("Using bearer token");
        auth_data = AuthData::bearer(bearer_token);
    }
    if let Some(ref api_key) = args.api_key {
        debug!("Using API key");
        auth_data = Some(AuthData::apikey(api_key));
    }

    #[allow(trivial_casts)]
    let context = swagger::make_context!(
        ContextBuilder,
        EmptyContext,
        auth_data,
        XSpanIdString::default()
    );

    let client = create_client(&args, context)?;

    let result = match args.operation {
        Operation::GetDocs {} => {
            info!("Performing a GetDocs request");

            let result = client.get_docs().await?;
            debug!("Result: {:?}", result);

            match result {
                GetDocsResponse::Ok(body) => {
                    "Ok\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetDocsResponse::NotFound(body) => {
                    "NotFound\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetDocsResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::GetHealth {} => {
            info!("Performing a GetHealth request");

            let result = client.get_health().await?;
            debug!("Result: {:?}", result);

            match result {
                GetHealthResponse::Ok(body) => {
                    "Ok\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetHealthResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::GetReadiness {} => {
            info!("Performing a GetReadiness request");

            let result = client.get_readiness().await?;
            debug!("Result: {:?}", result);

            match result {
                GetReadinessResponse::Ok(body) => {
                    "Ok\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetReadinessResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetReadinessResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::CreateUserClientToken {} => {
            info!("Performing a CreateUserClientToken request");

            let result = client.create_user_client_token().await?;
            debug!("Result: {:?}", result);

            match result {
                CreateUserClientTokenResponse::Created { body, location } => {
                    "Created\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!("location: {}\n", serde_json::to_string_pretty(&location)?)
                }
                CreateUserClientTokenResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserClientTokenResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                CreateUserClientTokenResponse::Forbidden(body) => {
                    "Forbidden\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserClientTokenResponse::LimitReached(body) => {
                    "LimitReached\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserClientTokenResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserClientTokenResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserClientTokenResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                CreateUserClientTokenResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserClientTokenResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserClientTokenResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::CreateUserNamedToken {
            named_token_create_request,
        } => {
            info!("Performing a CreateUserNamedToken request");

            let result = client
                .create_user_named_token(named_token_create_request)
                .await?;
            debug!("Result: {:?}", result);

            match result {
                CreateUserNamedTokenResponse::Created { body, location } => {
                    "Created\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!("location: {}\n", serde_json::to_string_pretty(&location)?)
                }
                CreateUserNamedTokenResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserNamedTokenResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                CreateUserNamedTokenResponse::Forbidden(body) => {
                    "Forbidden\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserNamedTokenResponse::NotFound(body) => {
                    "NotFound\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserNamedTokenResponse::Conflict(body) => {
                    "Conflict\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserNamedTokenResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserNamedTokenResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserNamedTokenResponse::UnsupportedMediaType(body) => {
                    "UnsupportedMediaType\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserNamedTokenResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                CreateUserNamedTokenResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserNamedTokenResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserNamedTokenResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::CreateUserSpace {
            space_create_request,
        } => {
            info!("Performing a CreateUserSpace request");

            let result = client.create_user_space(space_create_request).await?;
            debug!("Result: {:?}", result);

            match result {
                CreateUserSpaceResponse::Created { body, location } => {
                    "Created\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!("location: {}\n", serde_json::to_string_pretty(&location)?)
                }
                CreateUserSpaceResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserSpaceResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                CreateUserSpaceResponse::LimitReached(body) => {
                    "LimitReached\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserSpaceResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserSpaceResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserSpaceResponse::UnsupportedMediaType(body) => {
                    "UnsupportedMediaType\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserSpaceResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                CreateUserSpaceResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserSpaceResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserSpaceResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::CreateUserTemporaryToken {
            temporary_token_create_request,
        } => {
            info!("Performing a CreateUserTemporaryToken request");

            let result = client
                .create_user_temporary_token(temporary_token_create_request)
                .await?;
            debug!("Result: {:?}", result);

            match result {
                CreateUserTemporaryTokenResponse::Created(body) => {
                    "Created\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserTemporaryTokenResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserTemporaryTokenResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                CreateUserTemporaryTokenResponse::Forbidden(body) => {
                    "Forbidden\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserTemporaryTokenResponse::NotFound(body) => {
                    "NotFound\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserTemporaryTokenResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserTemporaryTokenResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserTemporaryTokenResponse::UnsupportedMediaType(body) => {
                    "UnsupportedMediaType\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserTemporaryTokenResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                CreateUserTemporaryTokenResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserTemporaryTokenResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                CreateUserTemporaryTokenResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::ExamineToken { token_to_examine } => {
            info!("Performing a ExamineToken request");

            let result = client.examine_token(token_to_examine).await?;
            debug!("Result: {:?}", result);

            match result {
                ExamineTokenResponse::Ok(body) => {
                    "Ok\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ExamineTokenResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ExamineTokenResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ExamineTokenResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ExamineTokenResponse::UnsupportedMediaType(body) => {
                    "UnsupportedMediaType\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ExamineTokenResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                ExamineTokenResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ExamineTokenResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ExamineTokenResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::GetUserClientTokens {} => {
            info!("Performing a GetUserClientTokens request");

            let result = client.get_user_client_tokens().await?;
            debug!("Result: {:?}", result);

            match result {
                GetUserClientTokensResponse::Ok(body) => {
                    "Ok\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserClientTokensResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserClientTokensResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                GetUserClientTokensResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserClientTokensResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserClientTokensResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                GetUserClientTokensResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserClientTokensResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserClientTokensResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::GetUserDefaultSpace {} => {
            info!("Performing a GetUserDefaultSpace request");

            let result = client.get_user_default_space().await?;
            debug!("Result: {:?}", result);

            match result {
                GetUserDefaultSpaceResponse::Ok(body) => {
                    "Ok\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserDefaultSpaceResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserDefaultSpaceResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                GetUserDefaultSpaceResponse::NotFound(body) => {
                    "NotFound\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserDefaultSpaceResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserDefaultSpaceResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserDefaultSpaceResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                GetUserDefaultSpaceResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserDefaultSpaceResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserDefaultSpaceResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::GetUserSpaceToken {} => {
            info!("Performing a GetUserSpaceToken request");

            let result = client.get_user_space_token().await?;
            debug!("Result: {:?}", result);

            match result {
                GetUserSpaceTokenResponse::Ok(body) => {
                    "Ok\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceTokenResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceTokenResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                GetUserSpaceTokenResponse::Forbidden(body) => {
                    "Forbidden\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceTokenResponse::NotFound(body) => {
                    "NotFound\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceTokenResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceTokenResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceTokenResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                GetUserSpaceTokenResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceTokenResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceTokenResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::GetUserSpaces {} => {
            info!("Performing a GetUserSpaces request");

            let result = client.get_user_spaces().await?;
            debug!("Result: {:?}", result);

            match result {
                GetUserSpacesResponse::Ok(body) => {
                    "Ok\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpacesResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpacesResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                GetUserSpacesResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpacesResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpacesResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                GetUserSpacesResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpacesResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpacesResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::JoinSpace { space_invite_token } => {
            info!("Performing a JoinSpace request");

            let result = client.join_space(space_invite_token).await?;
            debug!("Result: {:?}", result);

            match result {
                JoinSpaceResponse::Created { body, location } => {
                    "Created\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!("location: {}\n", serde_json::to_string_pretty(&location)?)
                }
                JoinSpaceResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                JoinSpaceResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                JoinSpaceResponse::Conflict(body) => {
                    "Conflict\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                JoinSpaceResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                JoinSpaceResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                JoinSpaceResponse::UnsupportedMediaType(body) => {
                    "UnsupportedMediaType\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                JoinSpaceResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                JoinSpaceResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                JoinSpaceResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                JoinSpaceResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::ListUserNamedTokens {} => {
            info!("Performing a ListUserNamedTokens request");

            let result = client.list_user_named_tokens().await?;
            debug!("Result: {:?}", result);

            match result {
                ListUserNamedTokensResponse::Ok(body) => {
                    "Ok\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ListUserNamedTokensResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ListUserNamedTokensResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                ListUserNamedTokensResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ListUserNamedTokensResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ListUserNamedTokensResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                ListUserNamedTokensResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ListUserNamedTokensResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                ListUserNamedTokensResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::SetUserDefaultSpace { default_space } => {
            info!("Performing a SetUserDefaultSpace request");

            let result = client.set_user_default_space(default_space).await?;
            debug!("Result: {:?}", result);

            match result {
                SetUserDefaultSpaceResponse::NoContent => "NoContent\n".to_string(),
                SetUserDefaultSpaceResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                SetUserDefaultSpaceResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                SetUserDefaultSpaceResponse::NotFound(body) => {
                    "NotFound\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                SetUserDefaultSpaceResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                SetUserDefaultSpaceResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                SetUserDefaultSpaceResponse::UnsupportedMediaType(body) => {
                    "UnsupportedMediaType\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                SetUserDefaultSpaceResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                SetUserDefaultSpaceResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                SetUserDefaultSpaceResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                SetUserDefaultSpaceResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::VerifyInviteToken {
            verify_invite_token_request,
        } => {
            info!("Performing a VerifyInviteToken request");

            let result = client
                .verify_invite_token(verify_invite_token_request)
                .await?;
            debug!("Result: {:?}", result);

            match result {
                VerifyInviteTokenResponse::Ok(body) => {
                    "Ok\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                VerifyInviteTokenResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                VerifyInviteTokenResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                VerifyInviteTokenResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                VerifyInviteTokenResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                VerifyInviteTokenResponse::UnsupportedMediaType(body) => {
                    "UnsupportedMediaType\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                VerifyInviteTokenResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                VerifyInviteTokenResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                VerifyInviteTokenResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                VerifyInviteTokenResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::DeleteNamedToken { id } => {
            prompt(
                args.force,
                "This will delete the given entry, are you sure?",
            )?;
            info!("Performing a DeleteNamedToken request on {:?}", (&id));

            let result = client.delete_named_token(id).await?;
            debug!("Result: {:?}", result);

            match result {
                DeleteNamedTokenResponse::NoContent => "NoContent\n".to_string(),
                DeleteNamedTokenResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                DeleteNamedTokenResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                DeleteNamedTokenResponse::NotFound(body) => {
                    "NotFound\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                DeleteNamedTokenResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                DeleteNamedTokenResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                DeleteNamedTokenResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                DeleteNamedTokenResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                DeleteNamedTokenResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                DeleteNamedTokenResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::DeleteUserClientToken { id } => {
            prompt(
                args.force,
                "This will delete the given entry, are you sure?",
            )?;
            info!("Performing a DeleteUserClientToken request on {:?}", (&id));

            let result = client.delete_user_client_token(id).await?;
            debug!("Result: {:?}", result);

            match result {
                DeleteUserClientTokenResponse::NoContent => "NoContent\n".to_string(),
                DeleteUserClientTokenResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                DeleteUserClientTokenResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                DeleteUserClientTokenResponse::NotFound(body) => {
                    "NotFound\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                DeleteUserClientTokenResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                DeleteUserClientTokenResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                DeleteUserClientTokenResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                DeleteUserClientTokenResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                DeleteUserClientTokenResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                DeleteUserClientTokenResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::GetNamedToken { id } => {
            info!("Performing a GetNamedToken request on {:?}", (&id));

            let result = client.get_named_token(id).await?;
            debug!("Result: {:?}", result);

            match result {
                GetNamedTokenResponse::Ok(body) => {
                    "Ok\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetNamedTokenResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetNamedTokenResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                GetNamedTokenResponse::NotFound(body) => {
                    "NotFound\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetNamedTokenResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetNamedTokenResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetNamedTokenResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                GetNamedTokenResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetNamedTokenResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetNamedTokenResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::GetUserSpace { id } => {
            info!("Performing a GetUserSpace request on {:?}", (&id));

            let result = client.get_user_space(id).await?;
            debug!("Result: {:?}", result);

            match result {
                GetUserSpaceResponse::Ok(body) => {
                    "Ok\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                GetUserSpaceResponse::NotFound(body) => {
                    "NotFound\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                GetUserSpaceResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                GetUserSpaceResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::RemoveUserSpace { id } => {
            prompt(
                args.force,
                "This will delete the given entry, are you sure?",
            )?;
            info!("Performing a RemoveUserSpace request on {:?}", (&id));

            let result = client.remove_user_space(id).await?;
            debug!("Result: {:?}", result);

            match result {
                RemoveUserSpaceResponse::NoContent => "NoContent\n".to_string(),
                RemoveUserSpaceResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                RemoveUserSpaceResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                RemoveUserSpaceResponse::NotFound(body) => {
                    "NotFound\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                RemoveUserSpaceResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                RemoveUserSpaceResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                RemoveUserSpaceResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                RemoveUserSpaceResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                RemoveUserSpaceResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                RemoveUserSpaceResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
        Operation::UpdateNamedToken {
            id,
            named_token_update,
        } => {
            info!("Performing a UpdateNamedToken request on {:?}", (&id));

            let result = client.update_named_token(id, named_token_update).await?;
            debug!("Result: {:?}", result);

            match result {
                UpdateNamedTokenResponse::NoContent => "NoContent\n".to_string(),
                UpdateNamedTokenResponse::BadRequest(body) => {
                    "BadRequest\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                UpdateNamedTokenResponse::Unauthorized {
                    body,
                    www_authenticate,
                } => {
                    "Unauthorized\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "www_authenticate: {}\n",
                            serde_json::to_string_pretty(&www_authenticate)?
                        )
                }
                UpdateNamedTokenResponse::NotFound(body) => {
                    "NotFound\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                UpdateNamedTokenResponse::Conflict(body) => {
                    "Conflict\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                UpdateNamedTokenResponse::RequestTimeout(body) => {
                    "RequestTimeout\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                UpdateNamedTokenResponse::PayloadTooLarge(body) => {
                    "PayloadTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                UpdateNamedTokenResponse::UnsupportedMediaType(body) => {
                    "UnsupportedMediaType\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                UpdateNamedTokenResponse::TooManyRequests { body, retry_after } => {
                    "TooManyRequests\n".to_string()
                        + &format!("body: {}\n", serde_json::to_string_pretty(&body)?)
                        + &format!(
                            "retry_after: {}\n",
                            serde_json::to_string_pretty(&retry_after)?
                        )
                }
                UpdateNamedTokenResponse::HeadersTooLarge(body) => {
                    "HeadersTooLarge\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                UpdateNamedTokenResponse::InternalServerError(body) => {
                    "InternalServerError\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
                UpdateNamedTokenResponse::ServiceUnavailable(body) => {
                    "ServiceUnavailable\n".to_string() + &serde_json::to_string_pretty(&body)?
                }
            }
        }
    };

    if let Some(output_file) = args.output_file {
        std::fs::write(output_file, result)?
    } else {
        println!("{}", result);
    }
    Ok(())
}

fn prompt(force: bool, text: &str) -> Result<()> {
    if force || Confirm::new().with_prompt(text).interact()? {
        Ok(())
    } else {
        Err(anyhow!("Aborting"))
    }
}

// May be unused if all inputs are primitive types
#[allow(dead_code)]
fn parse_json<T: serde::de::DeserializeOwned>(json_string: &str) -> Result<T> {
    serde_json::from_str(json_string).map_err(|err| anyhow!("Error parsing input: {}", err))
}
