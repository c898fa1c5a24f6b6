//! Building and running the server. `main`, the tests and embedders all go through
//! [`Application::build`], so what is tested is what runs.

use crate::auth::password;
use crate::http::connections::{Connection, Connections, EVICT_GRACE};
use crate::http::header_timer::ConnectionTimer;
use crate::http::{ApiService, CorsOrigins, Limits, TlsConfig, TrustedProxies, tls};
use crate::server::TokenSettings;
use crate::store::{Store, open_store, redacted_database_url, sweep};
use anyhow::Context;
use hyper::Request;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

/// The base path of every operation, as in the seed.
pub const BASE_PATH: &str = onezone_api::BASE_PATH;

/// How long shutdown waits for requests in flight.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// What [`Application::build`] needs: where the data lives, what to listen on, TLS, token
/// settings and limits. `cli::ServeArgs` makes one from the command line.
#[derive(Clone)]
pub struct Config {
    /// The SQLite database (when `database` is `None`) and the self-signed certificate.
    pub data_dir: PathBuf,
    /// A PostgreSQL URL: several replicas then share that database. `None`: SQLite.
    pub database: Option<String>,
    /// The address to listen on (port 0: any free port, see [`Application::local_addr`]).
    pub listen: SocketAddr,
    /// HTTPS with a self-signed or the operator's certificate, or plain HTTP.
    pub tls: TlsConfig,
    /// Token lifetimes and per-user caps.
    pub tokens: TokenSettings,
    /// Bounds on connections, request heads and bodies, and failed logins.
    pub limits: Limits,
    /// Peers whose `Forwarded` / `X-Forwarded-For` name the client (see
    /// [`ClientAddr`](crate::http::ClientAddr)); none by default.
    pub trusted_proxies: TrustedProxies,
    /// Origins whose pages may call the API from a browser (CORS); none by default.
    pub cors_origins: CorsOrigins,
    /// Whether Swagger UI is served at `/api/v3/onezone/docs` (`serve --no-docs`: not).
    pub docs: bool,
    /// The password of `admin` on the first start; random when `None`.
    pub admin_password: Option<String>,
    /// Where Prometheus metrics are served (plain HTTP, `GET /metrics`); `None`: metrics off.
    pub metrics_listen: Option<SocketAddr>,
    /// Time between sweeps of revoked and expired access-token rows; zero: no sweep.
    pub sweep_interval: Duration,
}

/// Secrets redacted: the admin password and the database URL's password.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("data_dir", &self.data_dir)
            .field(
                "database",
                &self.database.as_deref().map(redacted_database_url),
            )
            .field("listen", &self.listen)
            .field("tls", &self.tls)
            .field("tokens", &self.tokens)
            .field("limits", &self.limits)
            .field("metrics_listen", &self.metrics_listen)
            .field("sweep_interval", &self.sweep_interval)
            .field(
                "admin_password",
                &self.admin_password.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl Config {
    /// The defaults of `onezone-tokens serve`.
    pub fn new(data_dir: impl Into<PathBuf>) -> Config {
        Config {
            data_dir: data_dir.into(),
            database: None,
            listen: SocketAddr::from(([127, 0, 0, 1], 8443)),
            tls: TlsConfig::SelfSigned,
            tokens: TokenSettings::default(),
            limits: Limits::default(),
            trusted_proxies: TrustedProxies::default(),
            cors_origins: CorsOrigins::default(),
            docs: true,
            admin_password: None,
            metrics_listen: None,
            sweep_interval: sweep::DEFAULT_INTERVAL,
        }
    }
}

/// What the first start on an empty data directory did.
#[derive(Debug, Clone)]
pub struct FirstStart {
    /// The id of the space created for `admin`.
    pub admin_space_id: String,
    /// The generated password of `admin`, when none was configured: shown once.
    pub generated_admin_password: Option<String>,
}

/// The server, bound and ready: [`Application::build`] opens the store, binds the listener
/// and runs the first-start bootstrap; `run_until` serves until a shutdown signal.
pub struct Application {
    listener: TcpListener,
    tls: Option<TlsAcceptor>,
    service: ApiService,
    limits: Limits,
    trusted_proxies: Arc<TrustedProxies>,
    local_addr: SocketAddr,
    first_start: Option<FirstStart>,
    metrics: Option<(TcpListener, SocketAddr)>,
    /// The store and interval of the access-token sweep, when it runs.
    sweep: Option<(Arc<dyn Store>, Duration)>,
}

impl Application {
    /// Opens the store (creating the data directory, the first signing key and on the very
    /// first start the `admin` user), sets up TLS and binds the listener.
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        let store = open_store(config.database.as_deref(), &config.data_dir)
            .await
            .with_context(|| match config.database {
                Some(_) => "cannot open the PostgreSQL database".to_owned(),
                None => format!(
                    "cannot open the data directory {}",
                    config.data_dir.display()
                ),
            })?;
        let first_start = bootstrap(store.as_ref(), config.admin_password.clone()).await?;
        check_user_names(store.as_ref()).await?;
        store
            .current_signing_key()
            .await
            .context("cannot create the signing key")?;
        let tls = tls::acceptor(&config.tls, &config.data_dir)?;
        let listener = TcpListener::bind(config.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.listen))?;
        let local_addr = listener.local_addr()?;
        let metrics = match config.metrics_listen {
            None => None,
            Some(addr) => {
                let listener = TcpListener::bind(addr)
                    .await
                    .with_context(|| format!("cannot listen for metrics on {addr}"))?;
                let bound = listener.local_addr()?;
                crate::metrics::enable();
                Some((listener, bound))
            }
        };
        let sweep =
            (!config.sweep_interval.is_zero()).then(|| (Arc::clone(&store), config.sweep_interval));
        let mut service = ApiService::with_limits(store, config.tokens, &config.limits)
            .with_trusted_proxies(config.trusted_proxies.clone())
            .with_cors(config.cors_origins);
        if !config.docs {
            service = service.without_docs();
        }
        Ok(Application {
            metrics,
            sweep,
            listener,
            tls,
            service,
            limits: config.limits,
            trusted_proxies: Arc::new(config.trusted_proxies),
            local_addr,
            first_start,
        })
    }

    /// The address the listener is bound to.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The URL of the API, e.g. `https://127.0.0.1:8443/api/v3/onezone`.
    pub fn url(&self) -> String {
        let scheme = if self.tls.is_some() { "https" } else { "http" };
        format!("{scheme}://{}{BASE_PATH}", self.local_addr)
    }

    /// The metrics URL (`http://ADDR/metrics`), when metrics are on.
    pub fn metrics_url(&self) -> Option<String> {
        self.metrics
            .as_ref()
            .map(|(_, addr)| format!("http://{addr}{}", crate::http::metrics::METRICS_PATH))
    }

    /// Set when this start created `admin`.
    pub fn first_start(&self) -> Option<&FirstStart> {
        self.first_start.as_ref()
    }

    /// Serves until `shutdown` completes, then stops accepting and gives requests in flight
    /// up to 10 s to finish.
    pub async fn run_until(self, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
        let mut http = http1::Builder::new();
        // hyper's header read timeout also closes idle keep-alive connections. Its timer
        // is set per connection (below).
        http.header_read_timeout(self.limits.header_timeout);
        // hyper's head limits above ours, so that ours answer with JSON.
        crate::http::head::configure(&mut http, &self.limits);
        let handshake_timeout = self.limits.header_timeout;
        let connections = Connections::new(
            self.limits.max_connections,
            self.limits.max_connections_per_address,
        );
        // The metrics listener stops with the API's.
        let (stop_metrics, metrics_stopped) = tokio::sync::oneshot::channel::<()>();
        if let (Some((listener, _)), Some(metrics)) = (self.metrics, crate::metrics::get()) {
            tokio::spawn(crate::http::metrics::serve(listener, metrics, async {
                let _ = metrics_stopped.await;
            }));
        }
        // Aborted when this returns (the handle's guard), with the server.
        let _sweep = self
            .sweep
            .clone()
            .map(|(store, interval)| AbortOnDrop(tokio::spawn(sweep::run(store, interval))));
        tokio::pin!(shutdown);
        loop {
            // At most max_connections at once (idle ones are closed to make room); past
            // that, clients wait in the backlog.
            let permit = tokio::select! {
                permit = connections.slot() => permit,
                () = &mut shutdown => break,
            };
            let (stream, peer) = tokio::select! {
                accepted = self.listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    Err(error) => {
                        // Out of file descriptors and the like: back off, keep serving.
                        tracing::warn!(%error, "accept failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
                () = &mut shutdown => break,
            };
            let _ = stream.set_nodelay(true);
            let exempt = self.trusted_proxies.contains(peer.ip());
            let connection = connections.open(peer.ip(), exempt, permit);
            let (mut http, service) = (http.clone(), self.service.clone());
            http.timer(ConnectionTimer::new());
            let tls = self.tls.clone();
            tokio::spawn(async move {
                let _open = crate::metrics::track(|m| &m.open_connections);
                // One address's share: wait for its turn, as long as a request head may take.
                if !connection.admitted(handshake_timeout).await {
                    tracing::debug!(%peer, "connection closed: its address holds its share");
                    return;
                }
                match tls {
                    None => serve_connection(http, service, connection, stream, peer).await,
                    Some(tls) => {
                        match tokio::time::timeout(handshake_timeout, tls.accept(stream)).await {
                            Ok(Ok(stream)) => {
                                serve_connection(http, service, connection, stream, peer).await
                            }
                            Ok(Err(error)) => {
                                crate::metrics::tls_handshake_failure("error");
                                tracing::debug!(%peer, %error, "TLS handshake failed")
                            }
                            Err(_) => {
                                crate::metrics::tls_handshake_failure("timeout");
                                tracing::debug!(%peer, "TLS handshake timed out")
                            }
                        }
                    }
                }
            });
        }
        drop(self.listener);
        drop(stop_metrics);
        if connections.shut_down(SHUTDOWN_GRACE).await {
            tracing::info!("all connections closed");
        } else {
            tracing::warn!("shutdown grace period over; closing remaining connections");
        }
        Ok(())
    }
}

/// Aborts a background task when dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

async fn serve_connection<S>(
    http: http1::Builder,
    service: ApiService,
    connection: Connection,
    stream: S,
    peer: SocketAddr,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let connection = Arc::new(connection);
    // Each request takes a reference to the service, and the generated router one to its
    // `Server`: both counted in this connection's own `Arc`s, where clones of the shared
    // ones are atomic updates on lines every core writes, twice per request each.
    let service = Arc::new(service.for_connection());
    // Each request is answered with the peer's address (for the client address and its
    // limits) and marks the connection busy while it is answered.
    let hyper_service = hyper::service::service_fn({
        let connection = Arc::clone(&connection);
        move |request: Request<Incoming>| {
            let (service, busy) = (Arc::clone(&service), connection.busy());
            async move {
                let response = service.handle_from(request, Some(peer)).await;
                drop(busy);
                Ok::<_, Infallible>(response)
            }
        }
    });
    let served = http.serve_connection(TokioIo::new(stream), hyper_service);
    tokio::pin!(served);
    let result = tokio::select! {
        result = served.as_mut() => result,
        () = connection.close_requested() => {
            // Room is needed or the server stops. A connection that never started a
            // request has nothing to finish; otherwise hyper closes it once idle.
            if !connection.has_served() {
                return;
            }
            served.as_mut().graceful_shutdown();
            // At shutdown requests in flight may finish (run_until bounds the wait);
            // to make room, a connection gets a moment to finish writing.
            let grace = if connection.shutting_down() { SHUTDOWN_GRACE } else { EVICT_GRACE };
            match tokio::time::timeout(grace, served).await {
                Ok(result) => result,
                Err(_) => return,
            }
        }
    };
    match result {
        // hyper refused a head it could not parse (answered 400, 414 or 431 with an
        // empty body; see crate::http::head): one log line, like any other request.
        Err(error) if error.is_parse() => {
            tracing::info!(%peer, %error, "request refused by hyper's HTTP/1 parser")
        }
        Err(error) => tracing::debug!(%error, "connection ended with an error"),
        Ok(()) => {}
    }
}

/// On the first start of a data directory: user `admin` with a space of its own.
async fn bootstrap(
    store: &dyn Store,
    admin_password: Option<String>,
) -> anyhow::Result<Option<FirstStart>> {
    if store.is_bootstrapped().await? {
        return Ok(None);
    }
    let (password, generated) = match admin_password.filter(|p| !p.is_empty()) {
        Some(password) => {
            password::check_usable(&password)
                .map_err(|reason| anyhow::anyhow!("ONEZONE_ADMIN_PASSWORD: {reason}"))?;
            (password, false)
        }
        None => (random_password(), true),
    };
    let hash = tokio::task::spawn_blocking({
        let password = password.clone();
        move || password::hash(&password)
    })
    .await?
    .map_err(anyhow::Error::msg)?;
    Ok(store.bootstrap(&hash).await?.map(|created| FirstStart {
        admin_space_id: created.space_id,
        generated_admin_password: (generated && created.admin_created).then_some(password),
    }))
}

/// Stored user names against RFC 8265 (see [`crate::username`]): names that collide after
/// mapping are two users a login cannot tell apart, so the server refuses to start until an
/// operator has renamed them; names that are merely not canonical (or refused by the
/// profile) cannot log in until `user check-names --fix` (or `user rename`) has run, which
/// is logged. The server does not rename them itself: during a rolling upgrade, replicas of
/// the previous version still look names up as stored.
async fn check_user_names(store: &dyn Store) -> anyhow::Result<()> {
    let users = store.users().await.context("cannot read the user names")?;
    let found = crate::username::check(&users);
    if !found.collisions.is_empty() {
        anyhow::bail!(
            "user names collide after RFC 8265 case mapping: {}; run `onezone-tokens user \
             check-names` and rename all but one of each group with `onezone-tokens user \
             rename USER_ID NEW_NAME`",
            found.collision_lines().join("; ")
        );
    }
    for (user, mapped) in &found.not_canonical {
        tracing::warn!(
            user = %user,
            canonical = %mapped,
            "user name not in RFC 8265 canonical form: it cannot log in until \
             `onezone-tokens user check-names --fix` stores the canonical form"
        );
    }
    for (user, reason) in &found.refused {
        tracing::warn!(
            user = %user,
            %reason,
            "user name refused by RFC 8265: it cannot log in until \
             `onezone-tokens user rename` gives it another"
        );
    }
    Ok(())
}

/// 128 bits, base64url: easy to paste into `curl -u admin:...`.
fn random_password() -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crate::token::ids::random_bytes::<16>())
}
