//! HTTP and HTTPS serving.

pub(crate) mod body;
pub mod client_addr;
pub(crate) mod connections;
pub mod cors;
pub(crate) mod docs;
pub mod head;
pub(crate) mod header_timer;
pub(crate) mod limits;
pub(crate) mod metrics;
pub(crate) mod path;
pub mod service;
pub mod tls;

pub use client_addr::{ClientAddr, TrustedProxies};
pub use cors::CorsOrigins;
pub use limits::Limits;
pub use service::{ApiService, PeerAddr, ResponseBody};
pub use tls::TlsConfig;

/// The methods of the paths this layer serves itself, all read-only (the docs page, the
/// contract, the metrics): their 405s' `Allow` and, for the docs page and the contract,
/// their preflights' `Access-Control-Allow-Methods`.
pub(crate) const READ_ONLY_METHODS: [&str; 2] = ["GET", "HEAD"];
