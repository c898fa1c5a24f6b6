//! HTTP and HTTPS serving.

pub mod body;
pub mod head;
pub mod limits;
pub mod path;
pub mod service;
pub mod tls;

pub use limits::Limits;
pub use service::{ApiService, PeerAddr, ResponseBody};
pub use tls::TlsConfig;
