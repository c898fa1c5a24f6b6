//! The probes for load balancers and orchestrators: liveness (`GET /health`) and readiness
//! (`GET /ready`). Both are unauthenticated and never rate limited (the HTTP layer skips
//! credentials for them, see `http::service`); neither says anything about users or data.

use super::Server;
use crate::error::ApiError;
use onezone_api::models::{Health, HealthStatus, Readiness, ReadinessStatus};
use onezone_api::{GetHealthResponse, GetReadinessResponse};
use std::time::Duration;

/// How long the store may take to answer the readiness query before the replica counts as
/// not ready. Short: a probe that hangs tells the load balancer nothing, and a healthy
/// database answers `SELECT 1` in well under a millisecond.
pub const READINESS_TIMEOUT: Duration = Duration::from_secs(1);

/// The operation ids of the probes, as the generated router names them.
pub const PROBE_OPERATIONS: [&str; 2] = ["GetHealth", "GetReadiness"];

impl Server {
    /// 200 `{"status":"ok"}` whenever the process can answer at all.
    pub(super) fn health(&self) -> GetHealthResponse {
        GetHealthResponse::Ok(Health::new(HealthStatus::Ok))
    }

    /// 200 `{"status":"ready"}` when the store answers a trivial query within
    /// [`READINESS_TIMEOUT`], else 503 `service_unavailable` (the reason is logged).
    pub(super) async fn readiness(&self) -> GetReadinessResponse {
        let outcome = match tokio::time::timeout(READINESS_TIMEOUT, self.parts.store.ping()).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(error)) => Err(error.to_string()),
            Err(_) => Err(format!(
                "the store did not answer within {} ms",
                READINESS_TIMEOUT.as_millis()
            )),
        };
        match outcome {
            Ok(()) => GetReadinessResponse::Ok(Readiness::new(ReadinessStatus::Ready)),
            // Any failure means "do not send traffic here", whatever its kind.
            Err(detail) => GetReadinessResponse::ServiceUnavailable(
                ApiError::ServiceUnavailable(detail).to_model(),
            ),
        }
    }
}
