//! HTTP and HTTPS serving.

pub mod limits;
pub mod metrics;
pub mod service;
pub mod tls;

pub use limits::Limits;
pub use service::{ApiService, PeerAddr, ResponseBody};
pub use tls::TlsConfig;
