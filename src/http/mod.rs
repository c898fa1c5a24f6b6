//! HTTP and HTTPS serving.

pub mod body;
pub mod client_addr;
pub mod connections;
pub mod cors;
pub mod docs;
pub mod head;
pub mod limits;
pub mod metrics;
pub mod path;
pub mod service;
pub mod tls;

pub use client_addr::{ClientAddr, TrustedProxies};
pub use cors::CorsOrigins;
pub use limits::Limits;
pub use service::{ApiService, PeerAddr, ResponseBody};
pub use tls::TlsConfig;
