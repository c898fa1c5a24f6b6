//! HTTP and HTTPS serving.

pub mod service;
pub mod tls;

pub use service::{ApiService, ResponseBody};
pub use tls::TlsConfig;
