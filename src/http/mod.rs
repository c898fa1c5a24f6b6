//! HTTP and HTTPS serving.

pub mod client_addr;
pub mod connections;
pub mod limits;
pub mod metrics;
pub mod service;
pub mod tls;

pub use client_addr::{ClientAddr, TrustedProxies};
pub use limits::Limits;
pub use service::{ApiService, PeerAddr, ResponseBody};
pub use tls::TlsConfig;
