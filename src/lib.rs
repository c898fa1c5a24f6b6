//! onezone-tokens: the reference server for Onezone's "Create space invitation token" API,
//! `GET /api/v3/onezone/user/spaces/token`.
//!
//! Layout: [`token`] mints and verifies macaroons (pure); [`auth`] turns request credentials
//! into a user; [`store`] is the storage boundary (SQLite by default); [`server`] implements
//! the generated `Api` trait; [`http`] wraps the generated router with routing errors,
//! authentication and TLS; [`app`] builds and runs it all; [`cli`] is the command line;
//! [`logging`] writes the binary's log; [`metrics`] counts for Prometheus (served by
//! `http::metrics` on a listener of its own); [`username`] is the RFC 8265 rule for user names.
//! The generated crate `onezone_api` (generated/) holds the models and the router.

pub mod app;
pub mod auth;
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
