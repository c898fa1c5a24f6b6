#![warn(missing_docs)]
//! onezone-tokens: the reference server for Onezone's "Create space invitation token" API,
//! `GET /api/v3/onezone/user/spaces/token`, and the library that serves it inside a larger
//! Rust service.
//!
//! # Architecture
//!
//! ```text
//! request ──▶ http        ApiService (a tower/hyper Service): limits, routing errors, the
//!   │                     generated router (onezone_api), TLS and connections (serving alone)
//!   ▼
//!            auth         Authenticator: Basic, X-Auth-Token, macaroon, Bearer, or the
//!   │                     host's HostIdentity ──▶ a Caller (or a 400/401 JSON error)
//!   ▼
//!            server       Server: the generated `Api` trait, one method per operation
//!   │                     of api.yaml, answering with ApiError (error) on failure
//!   ├──────▶ token        mints and verifies macaroons (pure: no I/O)
//!   └──────▶ store        the Store trait: SqliteStore, PostgresStore, or the host's own
//! ```
//!
//! Dependencies run one way: `main` → [`cli`] → [`app`] → [`http`] → [`auth`] / [`server`]
//! → [`error`] → [`store`] → [`token`]; nothing calls back up. Beside them: [`privileges`]
//! (Onezone's space privileges), [`username`] (the RFC 8265 rule for user names), [`clock`],
//! [`logging`] (the binary's log writer) and [`metrics`] (Prometheus, served by a listener
//! of its own). The generated crate `onezone_api` (generated/, from api.yaml) holds the
//! models and the router.
//!
//! # Embedding
//!
//! [`ApiService`] is the whole API as one service over a [`store::Store`]: mount it in an
//! axum (or any tower) host beside the host's own routes. A host that logs its users in
//! itself hands the API the caller with a [`HostIdentity`] request extension. To serve it
//! alone, with TLS and graceful shutdown, use [`Application`] as the binary does.
//!
//! ```no_run
//! use axum::{Router, routing::get};
//! use onezone_tokens::{ApiService, server::TokenSettings, store::SqliteStore};
//! use std::sync::Arc;
//!
//! #[tokio::main]
//! async fn main() -> anyhow::Result<()> {
//!     let store = SqliteStore::open("./onezone-data".as_ref())?; // or your own `Store`
//!     let api = ApiService::new(Arc::new(store), TokenSettings::default());
//!     let app = Router::new()
//!         .route("/health", get(|| async { "ok" })) // the host's own route
//!         .route_service("/api/v3/onezone/{*rest}", api); // the API
//!     let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//!     axum::serve(listener, app).await?;
//!     Ok(())
//! }
//! ```
//!
//! docs/embedding.md has the rest: the host's identity and its trust boundary, client
//! addresses, hyper hosts, and how to check a store of your own against the store contract
//! (`store::contract`, cargo feature `store-contract`).

pub mod app;
pub mod auth;
// The binary's command line: src/main.rs and tests/cli.rs use it, embedders have no use
// for it (its types are clap's argument definitions, documented as `--help` text).
#[doc(hidden)]
pub mod cli;
pub mod clock;
pub mod error;
pub mod http;
pub mod logging;
pub mod metrics;
pub mod privileges;
pub mod server;
pub mod store;
pub mod token;
pub mod username;

pub use app::{Application, Config};
pub use auth::HostIdentity;
pub use error::ApiError;
pub use http::ApiService;
