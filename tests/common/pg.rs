//! PostgreSQL for the tests: a fresh database per test on the server named by
//! `ONEZONE_TEST_DATABASE_URL`, and throwaway servers a test may stop and start
//! (`scripts/postgres-for-tests`).
//!
//! Without a server the PostgreSQL tests say so on stderr ("PostgreSQL tests did not run")
//! and return early; with `CI=true` they fail instead: CI always runs them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Once;
use std::time::Duration;
use tempfile::TempDir;

pub const URL_VARIABLE: &str = "ONEZONE_TEST_DATABASE_URL";

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|value| value == "true" || value == "1")
}

/// Reports that a PostgreSQL test cannot run: a failure in CI, a notice elsewhere.
pub fn did_not_run(reason: &str) {
    if in_ci() {
        panic!("PostgreSQL tests must run in CI (CI=true), but: {reason}");
    }
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Straight to the process's stderr: libtest captures only the print macros.
        let _ = writeln!(
            std::io::stderr(),
            "\nPostgreSQL tests did not run: {reason}. Set {URL_VARIABLE} or install \
             PostgreSQL's server (apt-get install postgresql) and use scripts/test.\n"
        );
    });
}

/// A database of its own for one test, dropped (with its connections) when the test ends.
pub struct TestDatabase {
    pub url: String,
    admin_url: String,
    name: String,
}

/// Replaces the database name in a `postgres://` URL.
pub fn with_database(url: &str, database: &str) -> String {
    let scheme_end = url.find("://").expect("a postgres:// URL") + 3;
    let (base, query) = match url.find('?') {
        Some(at) => (&url[..at], &url[at..]),
        None => (url, ""),
    };
    let authority_end = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |at| scheme_end + at);
    format!("{}/{database}{query}", &base[..authority_end])
}

pub async fn connect(url: &str) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to the test PostgreSQL server: {e}"));
    tokio::spawn(async move {
        let _ = connection.await;
    });
    client
}

/// A fresh, empty database on the test server; `None` (after the notice) without one.
pub async fn fresh_database() -> Option<TestDatabase> {
    let Ok(admin_url) = std::env::var(URL_VARIABLE) else {
        did_not_run(&format!("{URL_VARIABLE} is not set"));
        return None;
    };
    Some(create_database(&admin_url).await)
}

pub async fn create_database(admin_url: &str) -> TestDatabase {
    let bytes: [u8; 8] = onezone_tokens::token::ids::random_bytes();
    let name = format!(
        "onezone_test_{}",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    );
    connect(admin_url)
        .await
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    TestDatabase {
        url: with_database(admin_url, &name),
        admin_url: admin_url.to_owned(),
        name,
    }
}

impl TestDatabase {
    /// A direct connection, to look behind the store's back.
    pub async fn connect(&self) -> tokio_postgres::Client {
        connect(&self.url).await
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // Drop may run inside a runtime: do the async work on a thread of its own.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            // Bounded: a test that failed may leave the server stopped or frozen.
            let drop_database = async {
                if let Ok((client, connection)) =
                    tokio_postgres::connect(&admin_url, tokio_postgres::NoTls).await
                {
                    tokio::spawn(connection);
                    let _ = client
                        .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                }
            };
            runtime.block_on(async {
                let _ = tokio::time::timeout(Duration::from_secs(10), drop_database).await;
            });
        })
        .join();
    }
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/postgres-for-tests")
}

/// A PostgreSQL server of this test's own, in a temporary directory, which the test may
/// stop and start again (same port, same data) without disturbing other tests.
pub struct Throwaway {
    dir: TempDir,
    pub url: String,
}

impl Throwaway {
    /// `None` (after the notice) when the server binaries are not installed.
    pub fn start() -> Option<Throwaway> {
        let available = Command::new(script()).arg("available").status().unwrap();
        if !available.success() {
            did_not_run("the PostgreSQL server binaries are not installed");
            return None;
        }
        let dir = TempDir::new().unwrap();
        // The server runs as `postgres` when we are root: it must reach the directory.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut server = Throwaway {
            dir,
            url: String::new(),
        };
        server.url = server.run("start");
        Some(server)
    }

    fn run(&self, command: &str) -> String {
        let output = Command::new(script())
            .args([command, self.dir.path().join("pg").to_str().unwrap()])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "postgres-for-tests {command} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap().trim().to_owned()
    }

    /// Fast shutdown: the server disconnects every session and stops listening.
    pub fn stop(&self) {
        self.run("stop");
    }

    /// Starts the stopped server again, on the same port with the same data.
    pub fn restart(&self) {
        assert_eq!(self.run("start"), self.url);
    }

    /// Freezes the server and all its sessions (SIGSTOP): connections stay open and new
    /// ones are accepted by the kernel, but nothing answers, like a hung host.
    pub fn freeze(&self) {
        assert!(self.signal("STOP"), "cannot freeze the server");
    }

    /// Undoes [`Throwaway::freeze`].
    pub fn thaw(&self) {
        assert!(self.signal("CONT"), "cannot thaw the server");
    }

    /// Signals the server and its sessions; `false` when it is not running.
    fn signal(&self, signal: &str) -> bool {
        let pid_file = self.dir.path().join("pg/data/postmaster.pid");
        let Ok(text) = std::fs::read_to_string(pid_file) else {
            return false;
        };
        let Some(postmaster) = text.lines().next().map(|line| line.trim().to_owned()) else {
            return false;
        };
        let kill = |pid: &str| {
            Command::new("kill")
                .args([&format!("-{signal}"), pid])
                .status()
                .is_ok_and(|status| status.success())
        };
        // The postmaster first, so that it starts no new session meanwhile; a session may
        // end between the listing and the signal, which is fine.
        if !kill(&postmaster) {
            return false;
        }
        for child in children_of(&postmaster) {
            kill(&child);
        }
        true
    }
}

/// The processes whose parent is `pid` (from /proc: no procps needed).
fn children_of(pid: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            // "pid (comm) state ppid ...": comm may hold spaces, so parse after the last ')'.
            let after = &stat[stat.rfind(')')? + 1..];
            let parent = after.split_whitespace().nth(1)?;
            (parent == pid).then_some(name)
        })
        .collect()
}

impl Drop for Throwaway {
    fn drop(&mut self) {
        self.signal("CONT"); // a test that failed while the server was frozen
        let _ = Command::new(script())
            .args(["stop", self.dir.path().join("pg").to_str().unwrap()])
            .output();
    }
}

/// What a [`StallingProxy`] holds back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Stall {
    Nothing = 0,
    /// The server's answer to `COMMIT` (it committed; the client does not hear it).
    CommitReply = 1,
    /// The client's `COMMIT` itself (the server never gets it while held).
    CommitRequest = 2,
}

/// A TCP proxy between the server under test and PostgreSQL that speaks just enough of the
/// wire protocol (message framing, no TLS) to hold a `COMMIT` or its reply for
/// [`StallingProxy::HOLD`]: a database that stalls at the worst moment.
pub struct StallingProxy {
    /// The database URL, through the proxy.
    pub url: String,
    mode: std::sync::Arc<std::sync::atomic::AtomicU8>,
    task: tokio::task::JoinHandle<()>,
}

impl StallingProxy {
    /// Longer than the store's 5 s bound.
    pub const HOLD: Duration = Duration::from_secs(8);

    pub async fn start(url: &str) -> StallingProxy {
        use std::sync::atomic::AtomicU8;
        // postgres://user:password@host:port/db?query
        let at = url.rfind('@').expect("a URL with credentials") + 1;
        let end = url[at..].find('/').map_or(url.len(), |slash| at + slash);
        let upstream = url[at..end].to_owned();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let local = listener.local_addr().unwrap();
        let separator = if url.contains('?') { '&' } else { '?' };
        let proxied = format!(
            "{}{local}{}{separator}sslmode=disable",
            &url[..at],
            &url[end..]
        );
        let mode = std::sync::Arc::new(AtomicU8::new(Stall::Nothing as u8));
        let task = tokio::spawn({
            let mode = std::sync::Arc::clone(&mode);
            async move {
                while let Ok((client, _)) = listener.accept().await {
                    let Ok(server) = tokio::net::TcpStream::connect(&upstream).await else {
                        continue;
                    };
                    let (client_read, client_write) = client.into_split();
                    let (server_read, server_write) = server.into_split();
                    tokio::spawn(pump(
                        client_read,
                        server_write,
                        true,
                        std::sync::Arc::clone(&mode),
                    ));
                    tokio::spawn(pump(
                        server_read,
                        client_write,
                        false,
                        std::sync::Arc::clone(&mode),
                    ));
                }
            }
        });
        StallingProxy {
            url: proxied,
            mode,
            task,
        }
    }

    pub fn stall(&self, what: Stall) {
        self.mode
            .store(what as u8, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Drop for StallingProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Copies PostgreSQL messages from `from` to `to`, holding the ones the mode says. The
/// client's first message (the startup packet) has no type byte; every later message in
/// either direction is a type byte, a 4-byte length (counting itself) and the body.
async fn pump(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    from_client: bool,
    mode: std::sync::Arc<std::sync::atomic::AtomicU8>,
) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut startup = from_client;
    loop {
        let mut message = Vec::new();
        if !startup {
            let mut kind = [0u8; 1];
            if from.read_exact(&mut kind).await.is_err() {
                return;
            }
            message.push(kind[0]);
        }
        let mut length = [0u8; 4];
        if from.read_exact(&mut length).await.is_err() {
            return;
        }
        message.extend_from_slice(&length);
        let body_length = (u32::from_be_bytes(length) as usize).saturating_sub(4);
        let mut body = vec![0u8; body_length];
        if from.read_exact(&mut body).await.is_err() {
            return;
        }
        let held = !startup && {
            let stall = mode.load(std::sync::atomic::Ordering::SeqCst);
            let commit = body == b"COMMIT\0";
            (from_client && stall == Stall::CommitRequest as u8 && message[0] == b'Q' && commit)
                || (!from_client
                    && stall == Stall::CommitReply as u8
                    && message[0] == b'C'
                    && commit)
        };
        if held {
            tokio::time::sleep(StallingProxy::HOLD).await;
        }
        startup = false;
        message.extend_from_slice(&body);
        if to.write_all(&message).await.is_err() {
            return;
        }
    }
}
