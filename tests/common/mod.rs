//! Test harness: a real server on 127.0.0.1:0 with a fresh data directory, built by the same
//! `Application::build` that `main` uses, and the real `onezone-tokens` binary for the CLI.
#![allow(dead_code)] // each test file uses a different part of the harness

pub mod pg;

use onezone_tokens::app::{Application, Config};
use onezone_tokens::http::TlsConfig;
use onezone_tokens::server::TokenSettings;
use onezone_tokens::store::{SqliteStore, Store, open_store};
use onezone_tokens::token::{self, Grant, SigningKey, TokenId};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;
use tempfile::TempDir;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub const TOKEN_PATH: &str = "/user/spaces/token";
const DATA_DIR: &str = "onezone-data";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Http,
    Https,
}

pub const TRANSPORTS: [Transport; 2] = [Transport::Http, Transport::Https];

/// A running server and what a test needs to talk to it.
pub struct TestApp {
    pub transport: Transport,
    pub config: Config,
    pub tokens: TokenSettings,
    pub url: String,
    pub admin_password: String,
    pub client: reqwest::Client,
    /// The PostgreSQL URL the server uses; `None`: SQLite in its data directory.
    pub database: Option<String>,
    data_dir: TempDir,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<anyhow::Result<()>>>,
}

/// One HTTP answer, read whole.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("body is not JSON ({e}): {:?}", self.body))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(|v| v.to_str().unwrap())
    }

    /// Asserts the seed's `Error` shape: exactly `error` and `error_description`, as JSON.
    pub fn assert_error(&self, status: u16, code: &str) {
        assert_eq!(self.status.as_u16(), status, "{self:?}");
        assert_eq!(
            self.header("content-type"),
            Some("application/json"),
            "{self:?}"
        );
        let json = self.json();
        let object = json.as_object().expect("error body is a JSON object");
        assert_eq!(object.len(), 2, "{json}");
        assert_eq!(json["error"], code, "{json}");
        let description = json["error_description"].as_str().unwrap();
        assert!(!description.is_empty());
        if status == 401 {
            assert_eq!(
                self.header("www-authenticate"),
                Some(r#"Basic realm="onezone""#)
            );
        }
    }

    /// Asserts a 201 whose `Location` names a space, and returns the space id.
    pub fn space_id_from_location(&self) -> String {
        assert_eq!(self.status, StatusCode::CREATED, "{self:?}");
        let location = self.header("location").expect("a Location header");
        location
            .strip_prefix("/api/v3/onezone/user/spaces/")
            .unwrap_or_else(|| panic!("unexpected Location {location}"))
            .to_owned()
    }

    /// Asserts a 400 `invalid_token` whose description contains `reason`.
    pub fn assert_refused(&self, reason: &str) {
        self.assert_error(400, "invalid_token");
        let description = self.json()["error_description"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(
            description.contains(reason),
            "{description:?} lacks {reason:?}"
        );
    }

    /// Asserts a 200 with a `SpaceInviteToken` body and returns the token.
    pub fn token(&self) -> String {
        assert_eq!(self.status, StatusCode::OK, "{self:?}");
        assert_eq!(self.header("content-type"), Some("application/json"));
        assert_eq!(self.header("cache-control"), Some("no-store"));
        let json = self.json();
        assert_eq!(json.as_object().unwrap().len(), 1, "{json}");
        json["token"]
            .as_str()
            .expect("token is a string")
            .to_owned()
    }
}

/// Credentials the way a client sends them.
pub enum Auth<'a> {
    None,
    Basic(&'a str, &'a str),
    XAuthToken(&'a str),
    Macaroon(&'a str),
    Bearer(&'a str),
    /// Raw header name and value, for broken headers.
    Raw(&'a str, &'a str),
}

impl TestApp {
    pub async fn spawn(transport: Transport) -> TestApp {
        Self::spawn_with(transport, TokenSettings::default()).await
    }

    pub async fn spawn_with(transport: Transport, tokens: TokenSettings) -> TestApp {
        Self::spawn_configured(transport, |config| config.tokens = tokens).await
    }

    /// A server (a replica) on a PostgreSQL database, with a data directory of its own.
    /// Replicas on one database share `admin`: its password is set by the first to start.
    pub async fn spawn_on(
        transport: Transport,
        database: &str,
        admin_password: &str,
        tokens: TokenSettings,
    ) -> TestApp {
        Self::spawn_configured(transport, |config| {
            config.database = Some(database.to_owned());
            config.admin_password = Some(admin_password.to_owned());
            config.tokens = tokens;
        })
        .await
    }

    /// Two replicas on one PostgreSQL database, sharing `admin` (created by the first to
    /// start, with the password both are given: `admin_password` of either).
    pub async fn two_replicas(database: &str) -> (TestApp, TestApp) {
        let password = random_password();
        let a = Self::spawn_on(
            Transport::Http,
            database,
            &password,
            TokenSettings::default(),
        )
        .await;
        let b = Self::spawn_on(
            Transport::Http,
            database,
            &password,
            TokenSettings::default(),
        )
        .await;
        (a, b)
    }

    /// A server whose configuration `adjust` changes (limits, token settings, database).
    pub async fn spawn_configured(
        transport: Transport,
        adjust: impl FnOnce(&mut Config),
    ) -> TestApp {
        let data_dir = TempDir::new().unwrap();
        let mut config = Config::new(data_dir.path().join(DATA_DIR));
        config.listen = "127.0.0.1:0".parse().unwrap();
        config.admin_password = Some(random_password());
        config.tls = match transport {
            Transport::Http => TlsConfig::Disabled,
            Transport::Https => TlsConfig::SelfSigned,
        };
        adjust(&mut config);
        Self::start(transport, data_dir, config).await
    }

    async fn start(transport: Transport, data_dir: TempDir, config: Config) -> TestApp {
        let admin_password = config.admin_password.clone().unwrap_or_default();
        let tokens = config.tokens.clone();
        let database = config.database.clone();
        let kept = config.clone();
        let app = Application::build(config).await.expect("server starts");
        let url = app.url();
        let (shutdown, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(app.run_until(async {
            let _ = stopped.await;
        }));
        let cert = match &kept.tls {
            TlsConfig::Files { cert, .. } => cert.clone(),
            _ => data_dir.path().join(DATA_DIR).join("tls/cert.pem"),
        };
        let client = client_for(transport, &cert);
        TestApp {
            transport,
            config: kept,
            tokens,
            url,
            admin_password,
            client,
            database,
            data_dir,
            shutdown: Some(shutdown),
            task: Some(task),
        }
    }

    /// The server's data directory (created by the server itself, inside a temporary one).
    pub fn data_dir(&self) -> PathBuf {
        self.data_dir.path().join(DATA_DIR)
    }

    /// Stops the server gracefully and starts a new one on the same data directory.
    pub async fn restart(mut self) -> TestApp {
        self.stop().await;
        let data_dir = std::mem::replace(&mut self.data_dir, TempDir::new().unwrap());
        let config = self.config.clone();
        Self::start(self.transport, data_dir, config).await
    }

    pub async fn stop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.unwrap().unwrap();
        }
    }

    pub async fn request(&self, method: Method, path: &str, auth: Auth<'_>) -> Answer {
        self.send(method, path, auth, None).await
    }

    /// A request with an optional JSON body (sent as `application/json`).
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        auth: Auth<'_>,
        json_body: Option<&str>,
    ) -> Answer {
        let url = format!("{}{}", self.url, path);
        let mut request = self.client.request(method, url);
        if let Some(body) = json_body {
            request = request
                .header("Content-Type", "application/json")
                .body(body.to_owned());
        }
        request = match auth {
            Auth::None => request,
            Auth::Basic(user, password) => request.basic_auth(user, Some(password)),
            Auth::XAuthToken(token) => request.header("X-Auth-Token", token),
            Auth::Macaroon(token) => request.header("macaroon", token),
            Auth::Bearer(token) => request.bearer_auth(token),
            Auth::Raw(name, value) => request.header(name, value),
        };
        let response = request.send().await.expect("request is answered");
        Answer {
            status: response.status(),
            headers: response.headers().clone(),
            body: response.text().await.unwrap(),
        }
    }

    /// `POST /user/spaces/join` with `{"token": ...}`.
    pub async fn join(&self, auth: Auth<'_>, token: &str) -> Answer {
        let body = serde_json::json!({ "token": token }).to_string();
        self.send(Method::POST, "/user/spaces/join", auth, Some(&body))
            .await
    }

    /// `POST /user/tokens/named` with this JSON body.
    pub async fn create_named_token(&self, auth: Auth<'_>, body: &Value) -> Answer {
        self.send(
            Method::POST,
            "/user/tokens/named",
            auth,
            Some(&body.to_string()),
        )
        .await
    }

    /// `GET /user/tokens/named`.
    pub async fn list_named_tokens(&self, auth: Auth<'_>) -> Answer {
        self.request(Method::GET, "/user/tokens/named", auth).await
    }

    /// `GET /tokens/named/{id}`.
    pub async fn get_named_token(&self, auth: Auth<'_>, id: &str) -> Answer {
        self.request(Method::GET, &format!("/tokens/named/{id}"), auth)
            .await
    }

    /// `PATCH /tokens/named/{id}` with this JSON body.
    pub async fn update_named_token(&self, auth: Auth<'_>, id: &str, body: &Value) -> Answer {
        self.send(
            Method::PATCH,
            &format!("/tokens/named/{id}"),
            auth,
            Some(&body.to_string()),
        )
        .await
    }

    /// `DELETE /tokens/named/{id}`.
    pub async fn delete_named_token(&self, auth: Auth<'_>, id: &str) -> Answer {
        self.request(Method::DELETE, &format!("/tokens/named/{id}"), auth)
            .await
    }

    /// `POST /user/tokens/temporary` with this JSON body.
    pub async fn create_temporary_token(&self, auth: Auth<'_>, body: &Value) -> Answer {
        self.send(
            Method::POST,
            "/user/tokens/temporary",
            auth,
            Some(&body.to_string()),
        )
        .await
    }

    /// `POST /tokens/examine` with `{"token": ...}`, without credentials.
    pub async fn examine_token(&self, token: &str) -> Answer {
        let body = serde_json::json!({ "token": token }).to_string();
        self.send(Method::POST, "/tokens/examine", Auth::None, Some(&body))
            .await
    }

    /// `POST /tokens/verify_invite_token` with this JSON body.
    pub async fn verify_invite_token(&self, auth: Auth<'_>, body: &Value) -> Answer {
        self.send(
            Method::POST,
            "/tokens/verify_invite_token",
            auth,
            Some(&body.to_string()),
        )
        .await
    }

    /// `POST /user/spaces/join` with `{"token": ...}` from `client` (a client bound to
    /// another loopback address, see [`client_from`]); HTTP servers only.
    pub async fn join_from(&self, client: &reqwest::Client, access: &str, token: &str) -> Answer {
        let response = client
            .post(format!("{}/user/spaces/join", self.url))
            .header("X-Auth-Token", access)
            .json(&serde_json::json!({ "token": token }))
            .send()
            .await
            .expect("request is answered");
        Answer {
            status: response.status(),
            headers: response.headers().clone(),
            body: response.text().await.unwrap(),
        }
    }

    /// `POST /user/spaces` with `{"name": ...}`; returns the new space id from `Location`.
    pub async fn create_space_over_api(&self, auth: Auth<'_>, name: &str) -> String {
        let body = serde_json::json!({ "name": name }).to_string();
        let answer = self
            .send(Method::POST, "/user/spaces", auth, Some(&body))
            .await;
        answer.space_id_from_location()
    }

    /// `GET /user/spaces/token`: the operation under test.
    pub async fn get_user_space_token(&self, auth: Auth<'_>) -> Answer {
        self.request(Method::GET, TOKEN_PATH, auth).await
    }

    /// `GET /health`: liveness, without credentials.
    pub async fn health(&self) -> Answer {
        self.request(Method::GET, "/health", Auth::None).await
    }

    /// `GET /ready`: readiness, without credentials.
    pub async fn ready(&self) -> Answer {
        self.request(Method::GET, "/ready", Auth::None).await
    }

    /// Runs the real binary on this server's data directory.
    pub fn cli(&self, args: &[&str], stdin: Option<&str>) -> CliOutput {
        run_cli_on(&self.data_dir(), self.database.as_deref(), args, stdin)
    }

    /// Adds a user with the CLI and returns their password.
    pub fn add_user(&self, name: &str) -> String {
        let password = random_password();
        self.cli(
            &["user", "add", name, "--password-stdin"],
            Some(&format!("{password}\n")),
        )
        .success();
        password
    }

    /// Creates a space owned by `owner` with the CLI and returns its id.
    pub fn create_space(&self, name: &str, owner: &str) -> String {
        self.cli(&["space", "create", name, "--owner", owner], None)
            .success()
            .trim()
            .to_owned()
    }

    /// Issues an access token with the CLI.
    pub fn issue_token(&self, user: &str) -> String {
        self.cli(&["token", "issue", user], None)
            .success()
            .trim()
            .to_owned()
    }

    /// A second handle on the store, as another process would have (SQLite servers only).
    pub fn store(&self) -> SqliteStore {
        assert!(
            self.database.is_none(),
            "store() is for SQLite; use shared_store()"
        );
        SqliteStore::open(&self.data_dir()).unwrap()
    }

    /// A second handle on the server's store, whichever backend it is.
    pub async fn shared_store(&self) -> Arc<dyn Store> {
        open_store(self.database.as_deref(), &self.data_dir())
            .await
            .unwrap()
    }

    /// Mints a token with the server's current key, for cases the API cannot produce
    /// (expired access tokens, invitations offered as access tokens).
    pub async fn mint_with_current_key(&self, grant: &Grant, expires_at: u64) -> String {
        let key: SigningKey = self
            .shared_store()
            .await
            .current_signing_key()
            .await
            .unwrap();
        token::mint(&key, &TokenId::generate(), grant, expires_at).unwrap()
    }

    pub async fn user_id(&self, name: &str) -> String {
        self.shared_store()
            .await
            .user_id_by_name(name)
            .await
            .unwrap()
            .unwrap()
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

/// A client that trusts exactly the server's certificate (`cert`, PEM): the certificate
/// must really be valid for 127.0.0.1.
fn client_for(transport: Transport, cert: &Path) -> reqwest::Client {
    let mut builder = reqwest::Client::builder().no_proxy();
    if transport == Transport::Https {
        let pem = std::fs::read(cert).unwrap();
        builder = builder
            .tls_built_in_root_certs(false)
            .add_root_certificate(reqwest::Certificate::from_pem(&pem).unwrap());
    }
    builder.build().unwrap()
}

pub fn random_password() -> String {
    let bytes: [u8; 12] = onezone_tokens::token::ids::random_bytes();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Debug)]
pub struct CliOutput {
    pub status: std::process::ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl CliOutput {
    pub fn success(&self) -> &str {
        assert!(self.status.success(), "CLI failed: {self:?}");
        &self.stdout
    }

    pub fn failure(&self) -> &str {
        assert!(!self.status.success(), "CLI should have failed: {self:?}");
        &self.stderr
    }
}

/// `ONEZONE_TEST_PYTHON`, else the project's `.venv` (made by scripts/test), else python3.
pub fn python() -> PathBuf {
    if let Some(python) = std::env::var_os("ONEZONE_TEST_PYTHON") {
        return python.into();
    }
    let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python");
    if venv.exists() {
        venv
    } else {
        "python3".into()
    }
}

pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_onezone-tokens"))
}

pub fn run_cli(data_dir: &Path, args: &[&str], stdin: Option<&str>) -> CliOutput {
    run_cli_on(data_dir, None, args, stdin)
}

/// The CLI on a data directory, and on a PostgreSQL database when one is given.
pub fn run_cli_on(
    data_dir: &Path,
    database: Option<&str>,
    args: &[&str],
    stdin: Option<&str>,
) -> CliOutput {
    let mut command = Command::new(binary());
    command.args(args).arg("--data-dir").arg(data_dir);
    match database {
        // The URL holds a password: pass it the way operators should, in the environment.
        Some(url) => command.env("ONEZONE_DATABASE_URL", url),
        None => command.env_remove("ONEZONE_DATABASE_URL"),
    };
    let mut child = command
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut input = child.stdin.take().unwrap();
        if let Some(text) = stdin {
            input.write_all(text.as_bytes()).unwrap();
        }
    }
    let output = child.wait_with_output().unwrap();
    CliOutput {
        status: output.status,
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// A `serve` process and the URL it printed.
pub struct Served {
    child: Child,
    pub url: String,
    pub stdout_lines: Vec<String>,
}

impl Served {
    pub fn start(data_dir: &Path, extra: &[&str], admin_password: Option<&str>) -> Served {
        Self::launch(data_dir, extra, admin_password, None)
    }

    /// Like `start`, with every log line (`RUST_LOG=trace`) written to `log`.
    pub fn start_logged(
        data_dir: &Path,
        extra: &[&str],
        admin_password: Option<&str>,
        log: &Path,
    ) -> Served {
        Self::launch(data_dir, extra, admin_password, Some(log))
    }

    // The child is waited for on every path: here when it exits early, else in Drop.
    #[allow(clippy::zombie_processes)]
    fn launch(
        data_dir: &Path,
        extra: &[&str],
        admin_password: Option<&str>,
        log: Option<&Path>,
    ) -> Served {
        let mut command = Command::new(binary());
        command
            .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(data_dir)
            .args(extra)
            .env("RUST_LOG", if log.is_some() { "trace" } else { "warn" })
            .env_remove("ONEZONE_ADMIN_PASSWORD")
            .env_remove("ONEZONE_DATABASE_URL")
            .stdout(Stdio::piped());
        match log {
            Some(path) => command.stderr(std::fs::File::create(path).unwrap()),
            None => command.stderr(Stdio::inherit()),
        };
        if let Some(password) = admin_password {
            command.env("ONEZONE_ADMIN_PASSWORD", password);
        }
        let mut child = command.spawn().unwrap();
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut stdout_lines = Vec::new();
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap() == 0 {
                let status = child.wait().unwrap();
                panic!("serve exited with {status}: {stdout_lines:?}");
            }
            let line = line.trim_end().to_owned();
            if let Some(url) = line.strip_prefix("onezone-tokens serving ") {
                let url = url.to_owned();
                stdout_lines.push(line);
                return Served {
                    child,
                    url,
                    stdout_lines,
                };
            }
            stdout_lines.push(line);
        }
    }

    /// SIGTERM, then the exit status.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Sends SIGTERM and returns at once.
    pub fn send_sigterm(&self) {
        let pid = self.child.id().to_string();
        assert!(
            Command::new("kill")
                .args(["-TERM", &pid])
                .status()
                .unwrap()
                .success()
        );
    }

    /// SIGTERM, then the exit status.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        self.send_sigterm();
        for _ in 0..100 {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.child.kill().unwrap();
        panic!("serve did not stop within 5 s of SIGTERM");
    }

    /// SIGKILL: no shutdown, nothing flushed.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Served {
    /// A failed test must not leave a server behind.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An answer read from a raw socket.
#[derive(Debug)]
pub struct RawAnswer {
    pub status: u16,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RawAnswer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Sends `request` as bytes over a fresh plain TCP connection (so nothing normalises it)
/// and reads the answer until the server closes. `None` when the connection is closed
/// without any answer.
pub async fn raw_request(addr: std::net::SocketAddr, request: &[u8]) -> Option<RawAnswer> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    // The server may answer (413, 431) and close before reading everything we send.
    let _ = stream.write_all(request).await;
    let mut received = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut received));
    match read.await {
        Ok(_) => {}
        Err(_) => panic!("no answer within 20 s"),
    }
    parse_raw_answer(&received)
}

/// Sends `request` as is over a fresh connection (TLS for HTTPS, trusting exactly the
/// server's self-signed certificate) and returns everything the server sent until it
/// closed. Nothing normalises the bytes, which is the point.
pub async fn raw_exchange(app: &TestApp, request: &[u8]) -> Vec<u8> {
    use rustls_pki_types::pem::PemObject as _;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio_rustls::rustls::{self, pki_types::ServerName};
    let tcp = tokio::net::TcpStream::connect(socket_addr(&app.url))
        .await
        .unwrap();
    let mut received = Vec::new();
    let exchange = async {
        match app.transport {
            Transport::Http => {
                let mut stream = tcp;
                // The server may answer and close before reading all of a large request.
                let _ = stream.write_all(request).await;
                let _ = stream.read_to_end(&mut received).await;
            }
            Transport::Https => {
                let pem = std::fs::read(app.data_dir().join("tls/cert.pem")).unwrap();
                let mut roots = rustls::RootCertStore::empty();
                for cert in rustls_pki_types::CertificateDer::pem_slice_iter(&pem) {
                    roots.add(cert.unwrap()).unwrap();
                }
                let config = rustls::ClientConfig::builder_with_provider(Arc::new(
                    rustls::crypto::ring::default_provider(),
                ))
                .with_safe_default_protocol_versions()
                .unwrap()
                .with_root_certificates(roots)
                .with_no_client_auth();
                let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
                let name = ServerName::try_from("127.0.0.1").unwrap();
                let mut stream = connector.connect(name, tcp).await.unwrap();
                let _ = stream.write_all(request).await;
                let _ = stream.flush().await;
                // A server closing without close_notify is fine here: keep what was read.
                let _ = stream.read_to_end(&mut received).await;
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(20), exchange)
        .await
        .expect("an answer within 20 s");
    received
}

/// A client whose connections come from another loopback address (all of 127.0.0.0/8 is
/// this machine): a second client address for the per-address limits.
pub fn client_from(address: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .local_address(address.parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap()
}

pub fn parse_raw_answer(bytes: &[u8]) -> Option<RawAnswer> {
    let head_end = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&bytes[..head_end]);
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Some(RawAnswer {
        status,
        headers,
        body: bytes[head_end + 4..].to_vec(),
    })
}

/// The socket address of a running test server.
pub fn socket_addr(url: &str) -> std::net::SocketAddr {
    let rest = url.split("://").nth(1).unwrap();
    rest.split('/').next().unwrap().parse().unwrap()
}

/// `count` users (`joiner0`, `joiner1`, ...) made directly in `store`, each with an access
/// token; they never log in with a password.
pub async fn joiners(store: &dyn Store, count: usize) -> Vec<String> {
    let mut access_tokens = Vec::new();
    for index in 0..count {
        let user_id = store
            .add_user(&format!("joiner{index}"), "unused-hash")
            .await
            .unwrap();
        let issued = onezone_tokens::server::issue_access_token(store, &user_id, 600, 1000)
            .await
            .unwrap();
        access_tokens.push(issued.token);
    }
    access_tokens
}

/// One join per access token with the same invitation, all released at once; join `i`
/// goes to `servers[i % servers.len()]` (a load balancer without stickiness). The answers
/// as (index, status, body).
pub async fn join_all_at_once(
    servers: &[&TestApp],
    access_tokens: Vec<String>,
    invitation: &str,
) -> Vec<(usize, StatusCode, String)> {
    let body = serde_json::json!({ "token": invitation }).to_string();
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(access_tokens.len()));
    let mut joins = tokio::task::JoinSet::new();
    for (index, access) in access_tokens.into_iter().enumerate() {
        let server = servers[index % servers.len()];
        let (client, url, body, barrier) = (
            server.client.clone(),
            format!("{}/user/spaces/join", server.url),
            body.clone(),
            barrier.clone(),
        );
        joins.spawn(async move {
            barrier.wait().await;
            let response = client
                .post(url)
                .header("X-Auth-Token", access)
                .header("Content-Type", "application/json")
                .body(body)
                .send()
                .await
                .unwrap();
            (index, response.status(), response.text().await.unwrap())
        });
    }
    joins.join_all().await
}

/// Exactly one join was admitted; every other answer is 400 "already been used".
pub fn assert_exactly_one_join(answers: &[(usize, StatusCode, String)]) {
    let created = answers
        .iter()
        .filter(|(_, status, _)| *status == StatusCode::CREATED)
        .count();
    assert_eq!(created, 1, "{answers:?}");
    for (_, status, body) in answers.iter().filter(|(_, s, _)| *s != StatusCode::CREATED) {
        assert_eq!(*status, StatusCode::BAD_REQUEST, "{body}");
        assert!(body.contains("already been used"), "{body}");
    }
}
