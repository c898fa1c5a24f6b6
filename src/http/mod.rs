//! HTTP and HTTPS serving.

pub(crate) mod body;
pub mod client_addr;
pub(crate) mod connections;
pub mod cors;
pub(crate) mod docs;
pub mod head;
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
