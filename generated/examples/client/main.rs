#![allow(missing_docs, unused_variables, trivial_casts)]

use clap::{Arg, Command};
#[allow(unused_imports)]
use futures::{future, stream, Stream};
#[allow(unused_imports)]
use onezone_api::{
    models, Api, ApiNoContext, Claims, Client, ContextWrapperExt, CreateUserClientTokenResponse,
    CreateUserNamedTokenResponse, CreateUserSpaceResponse, CreateUserTemporaryTokenResponse,
    DeleteNamedTokenResponse, DeleteUserClientTokenResponse, ExamineTokenResponse, GetDocsResponse,
    GetHealthResponse, GetNamedTokenResponse, GetReadinessResponse, GetUserClientTokensResponse,
    GetUserDefaultSpaceResponse, GetUserSpaceResponse, GetUserSpaceTokenResponse,
    GetUserSpacesResponse, JoinSpaceResponse, ListUserNamedTokensResponse, RemoveUserSpaceResponse,
    SetUserDefaultSpaceResponse, UpdateNamedTokenResponse, VerifyInviteTokenResponse,
};

// NOTE: Set environment variable RUST_LOG to the name of the executable (or "cargo run") to activate console logging for all loglevels.
//     See https://docs.rs/env_logger/latest/env_logger/  for more details

#[allow(unused_imports)]
use log::info;

// swagger::Has may be unused if there are no examples
#[allow(unused_imports)]
use swagger::{AuthData, ContextBuilder, EmptyContext, Has, Push, XSpanIdString};

type ClientContext = swagger::make_context_ty!(
    ContextBuilder,
    EmptyContext,
    Option<AuthData>,
    XSpanIdString
);

mod client_auth;
use client_auth::build_token;

// rt may be unused if there are no examples
#[allow(unused_mut)]
fn main() {
    env_logger::init();

    let matches = Command::new("client")
        .arg(
            Arg::new("operation")
                .help("Sets the operation to run")
                .value_parser(Vec::<&str>::from([
                    "GetDocs",
                    "GetHealth",
                    "GetReadiness",
                    "CreateUserClientToken",
                    "CreateUserNamedToken",
                    "CreateUserSpace",
                    "CreateUserTemporaryToken",
                    "GetUserClientTokens",
                    "GetUserDefaultSpace",
                    "GetUserSpaceToken",
                    "GetUserSpaces",
                    "JoinSpace",
                    "ListUserNamedTokens",
                    "SetUserDefaultSpace",
                    "DeleteNamedToken",
                    "DeleteUserClientToken",
                    "GetNamedToken",
                    "GetUserSpace",
                    "RemoveUserSpace",
                    "UpdateNamedToken",
                ]))
                .required(true)
                .index(1),
        )
        .arg(
            Arg::new("https")
                .long("https")
                .help("Whether to use HTTPS or not"),
        )
        .arg(
            Arg::new("host")
                .long("host")
                .default_value("localhost")
                .help("Hostname to contact"),
        )
        .arg(
            Arg::new("port")
                .long("port")
                .value_parser(clap::value_parser!(u16))
                .default_value("8443")
                .help("Port to contact"),
        )
        .get_matches();

    // Create Bearer-token with a fixed key (secret) for test purposes.
    // In a real (production) system this Bearer token should be obtained via an external Identity/Authentication-server
    // Ensure that you set the correct algorithm and encodingkey that matches what is used on the server side.
    // See https://github.com/Keats/jsonwebtoken for more information
    let auth_token = build_token(
        Claims {
            sub: "tester@acme.com".to_owned(),
            company: "ACME".to_owned(),
            iss: "my_identity_provider".to_owned(),
            // added a very long expiry time
            aud: "org.acme.Resource_Server".to_string(),
            exp: 10000000000,
            // In this example code all available Scopes are added, so the current Bearer Token gets fully authorization.
            scopes: "".to_owned(),
        },
        b"secret",
    )
    .unwrap();

    let auth_data = if !auth_token.is_empty() {
        Some(AuthData::Bearer(auth_token))
    } else {
        // No Bearer-token available, so return None
        None
    };

    let is_https = matches.contains_id("https");
    let base_url = format!(
        "{}://{}:{}",
        if is_https { "https" } else { "http" },
        matches.get_one::<String>("host").unwrap(),
        matches.get_one::<u16>("port").unwrap()
    );

    let context: ClientContext = swagger::make_context!(
        ContextBuilder,
        EmptyContext,
        auth_data,
        XSpanIdString::default()
    );

    let mut client: Box<dyn ApiNoContext<ClientContext>> = {
        #[cfg(feature = "client-tls")]
        {
            if is_https {
                // Using HTTPS with native-tls
                let client = Box::new(
                    Client::try_new_https(&base_url).expect("Failed to create HTTPS client"),
                );
                Box::new(client.with_context(context))
            } else {
                // Using HTTP
                let client = Box::new(
                    Client::try_new_http(&base_url).expect("Failed to create HTTP client"),
                );
                Box::new(client.with_context(context))
            }
        }

        #[cfg(not(feature = "client-tls"))]
        {
            if is_https {
                panic!(
                    "HTTPS requested but TLS support not enabled. \
                        Enable the 'client-tls' feature to use HTTPS."
                );
            }
            // Using HTTP only
            let client =
                Box::new(Client::try_new_http(&base_url).expect("Failed to create HTTP client"));
            Box::new(client.with_context(context))
        }
    };

    let mut rt = tokio::runtime::Runtime::new().unwrap();

    match matches.get_one::<String>("operation").map(String::as_str) {
        Some("GetDocs") => {
            let result = rt.block_on(client.get_docs());
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("GetHealth") => {
            let result = rt.block_on(client.get_health());
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("GetReadiness") => {
            let result = rt.block_on(client.get_readiness());
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("CreateUserClientToken") => {
            let result = rt.block_on(client.create_user_client_token());
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("CreateUserNamedToken") => {
            let result = rt.block_on(client.create_user_named_token(
                  serde_json::from_str::<models::NamedTokenCreateRequest>(r#"{"name":"Five colleagues","type":{"inviteToken":{"inviteType":"userJoinSpace","spaceId":"92934ad26fde6c27b57d05288ba1ce68"}},"usageLimit":5,"privileges":["space_view"]}"#).expect("Failed to parse JSON example")
            ));
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("CreateUserSpace") => {
            let result = rt.block_on(
                client.create_user_space(
                    serde_json::from_str::<models::SpaceCreateRequest>(
                        r#"{"name":"Experiment data"}"#,
                    )
                    .expect("Failed to parse JSON example"),
                ),
            );
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("CreateUserTemporaryToken") => {
            let result = rt.block_on(client.create_user_temporary_token(
                  serde_json::from_str::<models::TemporaryTokenCreateRequest>(r#"{"type":{"inviteToken":{"inviteType":"userJoinSpace","spaceId":"92934ad26fde6c27b57d05288ba1ce68"}},"caveats":[{"type":"time","validUntil":1795898735}]}"#).expect("Failed to parse JSON example")
            ));
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        /* Disabled because there's no example.
        Some("ExamineToken") => {
            let result = rt.block_on(client.examine_token(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetUserClientTokens") => {
            let result = rt.block_on(client.get_user_client_tokens());
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("GetUserDefaultSpace") => {
            let result = rt.block_on(client.get_user_default_space());
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("GetUserSpaceToken") => {
            let result = rt.block_on(client.get_user_space_token());
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("GetUserSpaces") => {
            let result = rt.block_on(client.get_user_spaces());
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("JoinSpace") => {
            let result = rt.block_on(client.join_space(
                  serde_json::from_str::<models::SpaceInviteToken>(r#"{"token":"MDAxNWxvY2F0aW9uIG9uZXpvbmUKMDAzN2lkZW50aWZpZXIgb3oxOjc0Zjg1ODczMGJlODppbGcyWF8wZHMteUhWdTZsSlJUUllBCjAwMWNjaWQgdHlwZSA9IHNwYWNlX2ludml0ZQowMDMxY2lkIHNwYWNlID0gOTI5MzRhZDI2ZmRlNmMyN2I1N2QwNTI4OGJhMWNlNjgKMDAzM2NpZCBpbnZpdGVyID0gNDg5NmYyNDg4ZmIwODJiNzgzOTk4ZjY3OTdjNmViYmQKMDAxYWNpZCB0aW1lIDwgMTc5NTg5ODczNQowMDJmc2lnbmF0dXJlIFM42dCGJvEi98AIFAU_gYhK0Nnp4ZQK9QVZvDrV3ZsICg"}"#).expect("Failed to parse JSON example")
            ));
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("ListUserNamedTokens") => {
            let result = rt.block_on(client.list_user_named_tokens());
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("SetUserDefaultSpace") => {
            let result = rt.block_on(
                client.set_user_default_space(
                    serde_json::from_str::<models::DefaultSpace>(
                        r#"{"spaceId":"92934ad26fde6c27b57d05288ba1ce68"}"#,
                    )
                    .expect("Failed to parse JSON example"),
                ),
            );
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        /* Disabled because there's no example.
        Some("VerifyInviteToken") => {
            let result = rt.block_on(client.verify_invite_token(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("DeleteNamedToken") => {
            let result =
                rt.block_on(client.delete_named_token("ilg2X_0ds-yHVu6lJRTRYA".to_string()));
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("DeleteUserClientToken") => {
            let result =
                rt.block_on(client.delete_user_client_token("ilg2X_0ds-yHVu6lJRTRYA".to_string()));
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("GetNamedToken") => {
            let result = rt.block_on(client.get_named_token("ilg2X_0ds-yHVu6lJRTRYA".to_string()));
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("GetUserSpace") => {
            let result =
                rt.block_on(client.get_user_space("92934ad26fde6c27b57d05288ba1ce68".to_string()));
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("RemoveUserSpace") => {
            let result = rt
                .block_on(client.remove_user_space("92934ad26fde6c27b57d05288ba1ce68".to_string()));
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        Some("UpdateNamedToken") => {
            let result = rt.block_on(
                client.update_named_token(
                    "ilg2X_0ds-yHVu6lJRTRYA".to_string(),
                    serde_json::from_str::<models::NamedTokenUpdate>(r#"{"revoked":true}"#)
                        .expect("Failed to parse JSON example"),
                ),
            );
            info!(
                "{:?} (X-Span-ID: {:?})",
                result,
                (client.context() as &dyn Has<XSpanIdString>).get().clone()
            );
        }
        _ => {
            panic!("Invalid operation provided")
        }
    }
}
