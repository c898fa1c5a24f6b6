//! Prometheus metrics: one registry per process, off unless `serve --metrics-listen ADDR`
//! turns it on ([`enable`]); `http::metrics` serves it in the text exposition format on
//! that separate listener, never on the API port.
//!
//! The crate is `prometheus` (the tikv project's client, the most used Rust client, kept up
//! to date): it writes the classic text format every Prometheus version scrapes, builds
//! without protobuf (`default-features = false`), and hands out label-resolved counters
//! and histograms that are plain atomics to update. Every label set here is fixed in code
//! (operation ids, status codes, reasons), so every handle is resolved once, when first
//! used, and a request records without formatting or allocating; a label value outside the
//! fixed set becomes `other`. Nothing a client sends ever becomes a label.
//!
//! This module sits below every other: `http`, `auth`, `server`, `error` and `logging`
//! record into it, it depends on none of them. Recording while metrics are off costs one
//! atomic load.

use prometheus::{Encoder, IntCounter, IntCounterVec, IntGauge, Opts, Registry, TextEncoder};
use std::sync::OnceLock;
use std::time::Duration;

mod per_thread;
pub use per_thread::Counter;
use per_thread::RequestMetrics;

static METRICS: OnceLock<Metrics> = OnceLock::new();

/// Turns metrics on for this process (idempotent) and returns them.
pub fn enable() -> &'static Metrics {
    METRICS.get_or_init(Metrics::new)
}

/// The process's metrics, when [`enable`] was called.
pub fn get() -> Option<&'static Metrics> {
    METRICS.get()
}

/// The label of requests that match no operation (unknown paths, wrong methods, heads
/// refused before routing).
pub const UNKNOWN_OPERATION: &str = "unknown";
/// The label of `GET /openapi.yaml`.
pub const CONTRACT_OPERATION: &str = "contract";
/// The label of the docs page and its assets (see `http::docs`).
pub const DOCS_OPERATION: &str = "docs";
/// The label of CORS preflights (`OPTIONS`, see [`crate::http::cors`]).
pub const PREFLIGHT_OPERATION: &str = "cors_preflight";

/// Statuses with a label of their own; any other is `other`.
const STATUSES: [(u16, &str); 16] = [
    (200, "200"),
    (201, "201"),
    (204, "204"),
    (400, "400"),
    (401, "401"),
    (403, "403"),
    (404, "404"),
    (405, "405"),
    (408, "408"),
    (409, "409"),
    (413, "413"),
    (429, "429"),
    (431, "431"),
    (500, "500"),
    (502, "502"),
    (503, "503"),
];

/// Why a join did not add the caller (`success` when it did).
pub const JOIN_OUTCOMES: [&str; 11] = [
    "success",
    "invalid_token",
    "space_gone",
    "inviter_lost_privilege",
    "revoked",
    "already_used",
    "already_member",
    "space_limit",
    "usage_limit_reached",
    "consumer",
    "ip",
];

/// Kinds of failed authentication: the API's `error` codes.
pub const AUTH_FAILURE_KINDS: [&str; 6] = [
    "unauthorized",
    "invalid_credentials",
    "invalid_token",
    "token_expired",
    "invalid_request",
    "too_many_requests",
];

/// Kinds of store errors (`StoreError` variants).
pub const STORE_ERROR_KINDS: [&str; 5] = [
    "unavailable",
    "backend",
    "not_found",
    "already_exists",
    "invalid",
];

/// Why a TLS handshake failed.
pub const TLS_FAILURE_REASONS: [&str; 2] = ["error", "timeout"];

/// Request durations, in seconds: from a cached mint (tens of µs) to the store's 5 s bound.
const DURATION_BUCKETS: [f64; 14] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];

/// The process's metrics: counters and gauges the server updates, in one registry.
pub struct Metrics {
    registry: Registry,
    /// Requests by operation and status, and their durations (see [`per_thread`]).
    requests: RequestMetrics,
    /// Invitations minted (counted per thread: one per mint).
    pub invitations_minted: Counter,
    /// Joins, by outcome.
    pub joins: FixedLabels<11>,
    /// Failed authentications, by reason.
    pub auth_failures: FixedLabels<6>,
    /// Store errors, by kind.
    pub store_errors: FixedLabels<5>,
    /// Failed TLS handshakes, by reason.
    pub tls_handshake_failures: FixedLabels<2>,
    /// Password checks waiting for an argon2id slot.
    pub argon2_waiting: IntGauge,
    /// Password checks running argon2id now.
    pub argon2_running: IntGauge,
    /// Open client connections.
    pub open_connections: IntGauge,
    /// Log lines dropped because the log writer fell behind.
    pub log_lines_dropped: IntCounter,
}

/// A counter with one label whose values are fixed in code, each resolved up front.
pub struct FixedLabels<const N: usize> {
    values: [&'static str; N],
    counters: [IntCounter; N],
    other: IntCounter,
}

impl<const N: usize> FixedLabels<N> {
    fn new(
        registry: &Registry,
        name: &str,
        help: &str,
        label: &str,
        values: [&'static str; N],
    ) -> Self {
        let vec = IntCounterVec::new(Opts::new(name, help), &[label]).expect("valid metric");
        register(registry, vec.clone());
        let counters = values.map(|value| vec.with_label_values(&[value]));
        let other = vec.with_label_values(&["other"]);
        FixedLabels {
            values,
            counters,
            other,
        }
    }

    /// Counts one event with this label value (`other` if it is not one of the fixed ones).
    pub fn inc(&self, value: &str) {
        match self.values.iter().position(|v| *v == value) {
            Some(index) => self.counters[index].inc(),
            None => self.other.inc(),
        }
    }

    /// The count of one label value (for tests and diagnostics).
    pub fn get(&self, value: &str) -> u64 {
        match self.values.iter().position(|v| *v == value) {
            Some(index) => self.counters[index].get(),
            None => self.other.get(),
        }
    }
}

/// Registers a collector; the names are fixed in code, so a clash is a programming error
/// that the tests would show, and the metric is then simply not exported.
fn register(registry: &Registry, collector: impl prometheus::core::Collector + 'static) {
    if let Err(error) = registry.register(Box::new(collector)) {
        tracing::error!(%error, "cannot register a metric");
    }
}

impl Metrics {
    fn new() -> Metrics {
        let registry =
            Registry::new_custom(Some("onezone".to_owned()), None).expect("a valid prefix");
        let requests = RequestMetrics::new(
            STATUSES.iter().map(|(_, label)| *label).collect(),
            DURATION_BUCKETS.to_vec(),
        );
        register(&registry, requests.clone());
        let invitations_minted = Counter::new(
            "invitations_minted_total",
            "Space invitation tokens minted.",
        );
        register(&registry, invitations_minted.clone());
        let counter = |name: &str, help: &str| {
            let counter = IntCounter::new(name, help).expect("valid metric");
            register(&registry, counter.clone());
            counter
        };
        let gauge = |name: &str, help: &str| {
            let gauge = IntGauge::new(name, help).expect("valid metric");
            register(&registry, gauge.clone());
            gauge
        };
        Metrics {
            invitations_minted,
            joins: FixedLabels::new(
                &registry,
                "joins_total",
                "Attempts to join a space with an invitation, by outcome.",
                "outcome",
                JOIN_OUTCOMES,
            ),
            auth_failures: FixedLabels::new(
                &registry,
                "authentication_failures_total",
                "Requests refused by authentication, by kind (the error code).",
                "kind",
                AUTH_FAILURE_KINDS,
            ),
            store_errors: FixedLabels::new(
                &registry,
                "store_errors_total",
                "Store operations that failed, by kind.",
                "kind",
                STORE_ERROR_KINDS,
            ),
            tls_handshake_failures: FixedLabels::new(
                &registry,
                "tls_handshake_failures_total",
                "TLS handshakes that failed or timed out.",
                "reason",
                TLS_FAILURE_REASONS,
            ),
            argon2_waiting: gauge(
                "argon2_checks_waiting",
                "Password checks waiting for a thread.",
            ),
            argon2_running: gauge("argon2_checks_running", "Password checks running now."),
            open_connections: gauge(
                "open_connections",
                "Client connections open on the API listener.",
            ),
            log_lines_dropped: counter(
                "log_lines_dropped_total",
                "Log lines dropped because the log output could not keep up.",
            ),
            registry,
            requests,
        }
    }

    /// Counts one answered request of `operation` (an operation id, or one of
    /// [`UNKNOWN_OPERATION`] and [`CONTRACT_OPERATION`]) and its duration.
    pub fn request(&self, operation: &'static str, status: u16, took: Duration) {
        let index = STATUSES
            .iter()
            .position(|(code, _)| *code == status)
            .unwrap_or(STATUSES.len());
        self.requests.record(operation, index, took);
    }

    /// The registry in the text exposition format (version 0.0.4).
    pub fn render(&self) -> Vec<u8> {
        let mut text = Vec::new();
        if let Err(error) = TextEncoder::new().encode(&self.registry.gather(), &mut text) {
            tracing::error!(%error, "cannot encode the metrics");
        }
        text
    }
}

/// The content type of [`Metrics::render`].
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

// --- recording, for the modules that count something; no-ops while metrics are off ---

/// A space invitation token was minted.
pub fn invitation_minted() {
    if let Some(metrics) = get() {
        metrics.invitations_minted.inc();
    }
}

/// A join ended with `outcome` (one of [`JOIN_OUTCOMES`]).
pub fn join(outcome: &str) {
    if let Some(metrics) = get() {
        metrics.joins.inc(outcome);
    }
}

/// Authentication refused a request with this error code.
pub fn auth_failure(kind: &str) {
    if let Some(metrics) = get() {
        metrics.auth_failures.inc(kind);
    }
}

/// A store operation failed.
pub fn store_error(kind: &str) {
    if let Some(metrics) = get() {
        metrics.store_errors.inc(kind);
    }
}

/// A TLS handshake on the API listener failed (`error`) or timed out (`timeout`).
pub fn tls_handshake_failure(reason: &str) {
    if let Some(metrics) = get() {
        metrics.tls_handshake_failures.inc(reason);
    }
}

/// The log writer dropped `lines` lines.
pub fn log_lines_dropped(lines: u64) {
    if let Some(metrics) = get() {
        metrics.log_lines_dropped.inc_by(lines);
    }
}

/// One more in a gauge (open connections, argon2 checks) for as long as it lives.
pub struct Tracked(Option<&'static IntGauge>);

/// Counts one in `gauge` until the returned guard is dropped (nothing while metrics are off).
pub fn track(gauge: fn(&'static Metrics) -> &'static IntGauge) -> Tracked {
    let gauge = get().map(gauge);
    if let Some(gauge) = gauge {
        gauge.inc();
    }
    Tracked(gauge)
}

impl Drop for Tracked {
    fn drop(&mut self) {
        if let Some(gauge) = self.0 {
            gauge.dec();
        }
    }
}
