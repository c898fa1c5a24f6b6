//! The PostgreSQL store, for several stateless replicas on one database
//! (`--database postgres://...`).
//!
//! Every replica keeps nothing but a connection pool: users, spaces, memberships, signing
//! keys, revocations and usage counts are read from the database on every request, so what
//! one replica (or the CLI) changes is what the next request on any replica sees.
//!
//! - Migrations are versioned (`schema_migrations`) and run in one transaction under a
//!   transaction-scoped advisory lock, so replicas starting at once apply each version once.
//! - A join is one transaction that first locks the space's row (`FOR NO KEY UPDATE`): joins
//!   to one space are serialised across replicas, the checks then read the latest committed
//!   state, and the use is counted with a conditional upsert that cannot go past the limit.
//! - Every call is bounded in time ([`OPERATION_TIMEOUT`]); a database that cannot be reached
//!   or does not answer is [`StoreError::Unavailable`] (HTTP 503). The pool drops closed
//!   connections and opens new ones, so a replica recovers by itself when the database returns.

use super::sqlite::{format_privileges, parse_privileges};
use super::{
    AccessTokenInfo, Bootstrapped, Invitation, JoinRefusal, KeyInfo, Login,
    MAX_NAMED_INVITATIONS_PER_USER, MAX_SPACES_PER_USER, Membership, NamedInvitation,
    PrivilegesRefusal, SpaceView, Store, StoreError, StoredUser, UserSpaces, check_new_privileges,
    named_limit, named_taken, require_canonical, space_limit, token_limit,
};
use crate::clock::unix_now;
use crate::privileges::Privilege;
use crate::token::{KeyId, SigningKey, ids};
use async_trait::async_trait;
use deadpool_postgres::{
    GenericClient, Manager, ManagerConfig, Pool, PoolError, RecyclingMethod, Runtime,
};
use std::future::Future;
use std::time::Duration;
use tokio_postgres::Row;
use tokio_postgres::config::SslMode;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::ToSql;

/// The longest any store call may take, waiting for a connection included. Past it the
/// call fails with [`StoreError::Unavailable`]: a request never hangs on the database.
pub const OPERATION_TIMEOUT: Duration = Duration::from_secs(5);
/// TCP connect plus authentication, unless the URL sets `connect_timeout`.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
/// Connections per replica.
const POOL_SIZE: usize = 16;
/// Keys of the advisory locks this program takes (arbitrary, fixed: "oz-tokens" in ASCII
/// folded into 63 bits, then + 0/1).
const MIGRATION_LOCK: i64 = 0x6f7a_746f_6b65_6e00;
const SIGNING_KEY_LOCK: i64 = MIGRATION_LOCK + 1;

/// The schema versions, applied in order; `schema_migrations` records which ran. They mirror
/// the SQLite schema version by version (`sqlite::MIGRATIONS`); the `seq` identity columns
/// give the insertion order SQLite's `rowid` gives there.
const MIGRATIONS: &[&str] = &[
    r#"
    CREATE TABLE spaces (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        created_at BIGINT NOT NULL
    );
    CREATE TABLE users (
        id               TEXT PRIMARY KEY,
        name             TEXT NOT NULL UNIQUE,
        password_hash    TEXT NOT NULL,
        default_space_id TEXT REFERENCES spaces(id) ON DELETE SET NULL,
        created_at       BIGINT NOT NULL
    );
    -- privileges: space-separated Onezone privilege names
    CREATE TABLE memberships (
        space_id   TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
        user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        privileges TEXT NOT NULL,
        seq        BIGINT GENERATED ALWAYS AS IDENTITY,
        PRIMARY KEY (space_id, user_id)
    );
    CREATE INDEX memberships_by_user ON memberships(user_id, seq);
    CREATE TABLE signing_keys (
        id         TEXT PRIMARY KEY,
        secret     BYTEA NOT NULL CHECK (length(secret) >= 32),
        created_at BIGINT NOT NULL,
        retired_at BIGINT,
        seq        BIGINT GENERATED ALWAYS AS IDENTITY
    );
    CREATE TABLE settings (
        name  TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
"#,
    r#"
    -- Invitations carry the epoch of their space; moving it on revokes them all.
    ALTER TABLE spaces ADD COLUMN invite_epoch BIGINT NOT NULL DEFAULT 0;
    -- Joins counted per invitation (single use by default).
    CREATE TABLE invitation_uses (
        token_id     TEXT PRIMARY KEY,
        space_id     TEXT NOT NULL,
        uses         BIGINT NOT NULL,
        last_used_at BIGINT NOT NULL
    );
    CREATE TABLE revoked_invitations (
        token_id   TEXT PRIMARY KEY,
        space_id   TEXT NOT NULL,
        revoked_at BIGINT NOT NULL
    );
    -- Every issued access token; only these authenticate.
    CREATE TABLE access_tokens (
        token_id   TEXT PRIMARY KEY,
        user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        expires_at BIGINT NOT NULL,
        created_at BIGINT NOT NULL,
        revoked_at BIGINT,
        seq        BIGINT GENERATED ALWAYS AS IDENTITY
    );
    CREATE INDEX access_tokens_by_user ON access_tokens(user_id);
"#,
    r#"
    -- The key that signed each access token (see sqlite::MIGRATIONS[2]); rows from before
    -- have none: their key is unknown.
    ALTER TABLE access_tokens ADD COLUMN key_id TEXT;
"#,
    r#"
    -- Named invitations (see sqlite::MIGRATIONS[3]).
    CREATE TABLE named_invitations (
        token_id    TEXT PRIMARY KEY,
        owner_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        space_id    TEXT NOT NULL,
        token       TEXT NOT NULL,
        usage_limit BIGINT CHECK (usage_limit IS NULL OR usage_limit > 0),
        usage_count BIGINT NOT NULL DEFAULT 0,
        privileges  TEXT NOT NULL,
        revoked     BOOLEAN NOT NULL DEFAULT FALSE,
        created_at  BIGINT NOT NULL,
        seq         BIGINT GENERATED ALWAYS AS IDENTITY,
        UNIQUE (owner_id, name)
    );
"#,
];

const BOOTSTRAPPED: &str = "bootstrapped";

/// A pool of connections to one PostgreSQL database. Cheap to clone.
#[derive(Clone)]
pub struct PostgresStore {
    pool: Pool,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the URL: it may hold a password.
        f.debug_struct("PostgresStore").finish_non_exhaustive()
    }
}

fn backend(error: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(error.to_string())
}

/// Whether a PostgreSQL error means "the database is not usable right now" (503, retry
/// later) rather than a fault in this program or its data (500).
fn is_transient(code: &SqlState) -> bool {
    let code = code.code();
    // 08: connection exception; 53: insufficient resources (too many connections, disk
    // full); 57P01-03: shutting down or starting up; 57014: statement cancelled;
    // 25006: read-only transaction (a standby during a failover); 40001/40P01: a
    // serialisation failure or deadlock, gone on retry.
    code.starts_with("08")
        || code.starts_with("53")
        || matches!(
            code,
            "57P01" | "57P02" | "57P03" | "57014" | "25006" | "40001" | "40P01"
        )
}

fn pg_error(error: tokio_postgres::Error) -> StoreError {
    if let Some(code) = error.code() {
        return if is_transient(code) {
            StoreError::Unavailable(error.to_string())
        } else {
            backend(error)
        };
    }
    let io = std::error::Error::source(&error)
        .is_some_and(|source| source.downcast_ref::<std::io::Error>().is_some());
    // The error with its causes: "error performing TLS handshake" alone says nothing of why.
    let mut text = error.to_string();
    let mut cause = std::error::Error::source(&error);
    while let Some(source) = cause {
        let more = source.to_string();
        if !text.contains(&more) {
            text = format!("{text}: {more}");
        }
        cause = source.source();
    }
    // The client's own kinds for "could not talk to the server" (see tokio_postgres::Error).
    let connection = [
        "error connecting to server",
        "timeout waiting for server",
        "error communicating with the server",
        "error performing TLS handshake",
        "authentication error",
    ]
    .iter()
    .any(|prefix| text.starts_with(prefix));
    if error.is_closed() || io || connection {
        StoreError::Unavailable(text)
    } else {
        backend(text)
    }
}

impl From<tokio_postgres::Error> for StoreError {
    fn from(error: tokio_postgres::Error) -> Self {
        pg_error(error)
    }
}

fn pool_error(error: PoolError) -> StoreError {
    match error {
        PoolError::Timeout(_) => {
            StoreError::Unavailable("timed out waiting for a database connection".to_owned())
        }
        PoolError::Backend(error) => pg_error(error),
        PoolError::Closed => StoreError::Unavailable("the connection pool is closed".to_owned()),
        other => backend(other),
    }
}

/// How the database server's certificate is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verification {
    /// Chain to a trusted root and the host name (libpq's `verify-full`).
    Full,
    /// Chain to a trusted root only (libpq's `verify-ca`).
    ChainOnly,
}

/// The URL as tokio-postgres reads it, and the certificate check `sslmode` asks for.
///
/// tokio-postgres knows `disable`, `prefer` and `require` only, and its TLS connector always
/// verifies the certificate. The mapping (docs/DEPLOYMENT.md):
///
/// - no `sslmode`, `prefer`, `require`, `verify-full`: TLS required, chain and host name
///   verified (`require` is stricter than libpq's, which checks nothing: an unverified
///   certificate does not stop an active attacker);
/// - `verify-ca`: TLS required, chain verified, host name not checked;
/// - `disable`: plain TCP, for a trusted local network or socket.
///
/// Written by hand: a plain text substitution of the one parameter tokio-postgres cannot
/// parse, in either form of URL (`?sslmode=verify-ca`, `sslmode=verify-ca`).
fn tls_verification(url: &str) -> (String, Verification) {
    let mut verification = Verification::Full;
    let mut url = url.to_owned();
    for (mode, check) in [
        ("verify-full", Verification::Full),
        ("verify-ca", Verification::ChainOnly),
    ] {
        let parameter = format!("sslmode={mode}");
        if url.contains(&parameter) {
            url = url.replace(&parameter, "sslmode=require");
            verification = check;
        }
    }
    (url, verification)
}

/// A first connection that failed over TLS, with the fix named.
fn explain_tls(error: StoreError, plain: bool) -> StoreError {
    let text = error.to_string();
    if plain || !text.contains("error performing TLS handshake") {
        return error;
    }
    let fix = if text.contains("does not support TLS") {
        "the PostgreSQL server does not offer TLS, which onezone-tokens requires by default: \
         turn TLS on in the server (ssl = on, with a certificate), or add sslmode=disable to \
         the database URL if the connection runs over a trusted local network or socket"
    } else {
        "the PostgreSQL server's TLS certificate could not be verified: give the server a \
         certificate from a trusted authority for the host name in the URL, trust its \
         authority (SSL_CERT_FILE=ca.pem), or use sslmode=verify-ca when the host name \
         differs (see docs/DEPLOYMENT.md)"
    };
    StoreError::Unavailable(format!("{fix} ({text})"))
}

/// Runs one store call within [`OPERATION_TIMEOUT`].
async fn bounded<T>(work: impl Future<Output = Result<T, StoreError>>) -> Result<T, StoreError> {
    tokio::time::timeout(OPERATION_TIMEOUT, work)
        .await
        .unwrap_or_else(|_| {
            Err(StoreError::Unavailable(format!(
                "the database did not answer within {} s",
                OPERATION_TIMEOUT.as_secs()
            )))
        })
}

/// Runs one step of a store call that must be done by `deadline`.
async fn until<T>(
    deadline: tokio::time::Instant,
    work: impl Future<Output = Result<T, StoreError>>,
) -> Result<T, StoreError> {
    tokio::time::timeout_at(deadline, work)
        .await
        .unwrap_or_else(|_| {
            Err(StoreError::Unavailable(format!(
                "the database did not answer within {} s",
                OPERATION_TIMEOUT.as_secs()
            )))
        })
}

type Params<'a> = &'a [&'a (dyn ToSql + Sync)];

// Statements are prepared once per connection (`prepare_cached`), which saves a round trip
// on every later call. `c` is a pooled client or one of its transactions.

async fn query(
    c: &impl GenericClient,
    sql: &str,
    params: Params<'_>,
) -> Result<Vec<Row>, StoreError> {
    let statement = c.prepare_cached(sql).await?;
    Ok(c.query(&statement, params).await?)
}

async fn query_opt(
    c: &impl GenericClient,
    sql: &str,
    params: Params<'_>,
) -> Result<Option<Row>, StoreError> {
    let statement = c.prepare_cached(sql).await?;
    Ok(c.query_opt(&statement, params).await?)
}

async fn execute(c: &impl GenericClient, sql: &str, params: Params<'_>) -> Result<u64, StoreError> {
    let statement = c.prepare_cached(sql).await?;
    Ok(c.execute(&statement, params).await?)
}

fn now() -> i64 {
    unix_now() as i64
}

impl PostgresStore {
    /// Connects to the database at `url` (`postgres://user:password@host:port/dbname`, or a
    /// `key=value` string) and applies the migrations this database lacks. Fails with
    /// [`StoreError::Unavailable`] when the database cannot be reached.
    pub async fn connect(url: &str) -> Result<PostgresStore, StoreError> {
        Self::connect_with(url, true).await
    }

    /// [`PostgresStore::connect`] to a database that has this program's schema already
    /// (`serve` or `--create` made it): an empty database is refused, not initialised.
    pub async fn connect_existing(url: &str) -> Result<PostgresStore, StoreError> {
        Self::connect_with(url, false).await
    }

    async fn connect_with(url: &str, create: bool) -> Result<PostgresStore, StoreError> {
        let (url, verification) = tls_verification(url);
        let mut config: tokio_postgres::Config = url.parse().map_err(|e| {
            // The message never repeats the URL, which may hold a password.
            StoreError::Invalid(format!("the database URL is not usable: {e}"))
        })?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        if config.get_application_name().is_none() {
            config.application_name("onezone-tokens");
        }
        // Notice a peer that vanished without closing the connection (a host that crashed,
        // a network partition) within about half a minute.
        config
            .keepalives(true)
            .keepalives_idle(Duration::from_secs(10))
            .keepalives_interval(Duration::from_secs(5))
            .keepalives_retries(3);
        // TLS is required unless the URL says sslmode=disable: with libpq's default
        // (`prefer`) an active attacker between replica and database could strip TLS and
        // read the signing keys. See [`tls_verification`] for how the modes map.
        let plain = config.get_ssl_mode() == SslMode::Disable;
        if !plain {
            config.ssl_mode(SslMode::Require);
        }
        let tls = native_tls::TlsConnector::builder()
            .min_protocol_version(Some(native_tls::Protocol::Tlsv12))
            .danger_accept_invalid_hostnames(verification == Verification::ChainOnly)
            .build()
            .map_err(|e| backend(format!("cannot set up TLS for the database: {e}")))?;
        let manager = Manager::from_config(
            config,
            postgres_native_tls::MakeTlsConnector::new(tls),
            ManagerConfig {
                // A connection the server closed is noticed by the client and dropped here.
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(OPERATION_TIMEOUT))
            .create_timeout(Some(OPERATION_TIMEOUT))
            .recycle_timeout(Some(OPERATION_TIMEOUT))
            .build()
            .map_err(backend)?;
        let store = PostgresStore { pool };
        store
            .migrate(create)
            .await
            .map_err(|error| explain_tls(error, plain))?;
        Ok(store)
    }

    /// Whether transaction `xid`, whose COMMIT got no answer, committed. Asked on another
    /// connection, within its own [`OPERATION_TIMEOUT`]: first the session that sent COMMIT
    /// (process `pid`) is ended, so the transaction cannot still commit after we answer;
    /// once it is gone, `txid_status` says `committed` or `aborted`. When the database
    /// cannot be asked either, the outcome is unknown: [`StoreError::Unavailable`] (a retry
    /// of the join then answers 409 `already_member` if it did commit).
    async fn commit_outcome(&self, xid: i64, pid: i32) -> Result<bool, StoreError> {
        bounded(async {
            let c = self.client().await?;
            execute(&c, "SELECT pg_terminate_backend($1)", &[&pid]).await?;
            loop {
                let status = query_opt(&c, "SELECT txid_status($1)", &[&xid]).await?;
                let status: Option<String> = status.and_then(|row| row.get(0));
                match status.as_deref() {
                    Some("committed") => return Ok(true),
                    Some("aborted") => return Ok(false),
                    // The ended session is still on its way out.
                    Some("in progress") => {}
                    _ => return Err(backend(format!("txid_status gave {status:?}"))),
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })
        .await
    }

    async fn client(&self) -> Result<deadpool_postgres::Client, StoreError> {
        self.pool.get().await.map_err(pool_error)
    }

    /// Applies the missing migrations. Replicas starting at once queue on the advisory
    /// lock; the first applies what is missing, the others then find nothing to do.
    /// Without `create`, a database without the `schema_migrations` table is refused
    /// and left as it is.
    async fn migrate(&self, create: bool) -> Result<(), StoreError> {
        bounded(async {
            let mut client = self.client().await?;
            let tx = client.transaction().await?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
                .await?;
            if !create {
                let schema: Option<String> = tx
                    .query_one("SELECT to_regclass('schema_migrations')::TEXT", &[])
                    .await?
                    .get(0);
                if schema.is_none() {
                    return Err(StoreError::Invalid(
                        "the PostgreSQL database is empty (no onezone-tokens schema): check \
                         --database (`serve` initialises it on first start; `--create` does \
                         it explicitly)"
                            .to_owned(),
                    ));
                }
            }
            tx.batch_execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (
                     version    BIGINT PRIMARY KEY,
                     applied_at BIGINT NOT NULL
                 )",
            )
            .await?;
            let applied: i64 = tx
                .query_one(
                    "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
                    &[],
                )
                .await?
                .get(0);
            let applied = usize::try_from(applied).unwrap_or(usize::MAX);
            if applied > MIGRATIONS.len() {
                return Err(StoreError::Invalid(format!(
                    "the database has schema version {applied}, newer than this program knows \
                     ({}); use a newer onezone-tokens",
                    MIGRATIONS.len()
                )));
            }
            for (index, migration) in MIGRATIONS.iter().enumerate().skip(applied) {
                tx.batch_execute(migration).await?;
                tx.execute(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)",
                    &[&(index as i64 + 1), &now()],
                )
                .await?;
            }
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// The schema version the database is at (for tests and diagnostics).
    pub async fn schema_version(&self) -> Result<usize, StoreError> {
        bounded(async {
            let client = self.client().await?;
            let row = query_opt(&client, "SELECT MAX(version) FROM schema_migrations", &[]).await?;
            Ok(row
                .and_then(|row| row.get::<_, Option<i64>>(0))
                .unwrap_or(0) as usize)
        })
        .await
    }
}

fn read_key(id: String, secret: Vec<u8>) -> Result<SigningKey, StoreError> {
    let key_id = KeyId::parse(&id).ok_or_else(|| backend("a stored key id is malformed"))?;
    SigningKey::new(key_id, &secret).map_err(backend)
}

async fn insert_user(
    c: &impl GenericClient,
    name: &str,
    password_hash: &str,
) -> Result<String, StoreError> {
    require_canonical(name)?;
    let id = ids::new_entity_id();
    let inserted = execute(
        c,
        "INSERT INTO users (id, name, password_hash, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO NOTHING",
        &[&id, &name, &password_hash, &now()],
    )
    .await?;
    if inserted == 0 {
        return Err(StoreError::AlreadyExists(format!("user {name:?}")));
    }
    Ok(id)
}

/// Makes the space the user's default if they had none.
async fn default_if_none(
    c: &impl GenericClient,
    space_id: &str,
    user_id: &str,
) -> Result<(), StoreError> {
    execute(
        c,
        "UPDATE users SET default_space_id = $1 WHERE id = $2 AND default_space_id IS NULL",
        &[&space_id, &user_id],
    )
    .await?;
    Ok(())
}

/// Adds or replaces a membership and makes the space the user's default if they had none.
async fn upsert_membership(
    c: &impl GenericClient,
    space_id: &str,
    user_id: &str,
    privileges: &[Privilege],
) -> Result<(), StoreError> {
    execute(
        c,
        "INSERT INTO memberships (space_id, user_id, privileges) VALUES ($1, $2, $3)
         ON CONFLICT (space_id, user_id) DO UPDATE SET privileges = excluded.privileges",
        &[&space_id, &user_id, &format_privileges(privileges)],
    )
    .await?;
    default_if_none(c, space_id, user_id).await
}

/// Locks the user's row until the transaction ends, so that the per-user caps are counted
/// by one transaction at a time (from any replica); `false` when there is no such user.
/// (`FOR NO KEY UPDATE` does not conflict with the key-share locks foreign keys take.)
async fn lock_user(c: &impl GenericClient, user_id: &str) -> Result<bool, StoreError> {
    Ok(query_opt(
        c,
        "SELECT 1 FROM users WHERE id = $1 FOR NO KEY UPDATE",
        &[&user_id],
    )
    .await?
    .is_some())
}

/// How many spaces the user is a member of.
async fn membership_count(c: &impl GenericClient, user_id: &str) -> Result<u64, StoreError> {
    let row = query_opt(
        c,
        "SELECT count(*) FROM memberships WHERE user_id = $1",
        &[&user_id],
    )
    .await?;
    Ok(row.map_or(0, |row| row.get::<_, i64>(0) as u64))
}

async fn insert_space(
    c: &impl GenericClient,
    name: &str,
    owner_id: &str,
    max_spaces: u32,
) -> Result<String, StoreError> {
    if !lock_user(c, owner_id).await? {
        return Err(StoreError::NotFound(format!("user {owner_id}")));
    }
    if membership_count(c, owner_id).await? >= u64::from(max_spaces) {
        return Err(space_limit(max_spaces));
    }
    let id = ids::new_entity_id();
    execute(
        c,
        "INSERT INTO spaces (id, name, created_at) VALUES ($1, $2, $3)",
        &[&id, &name, &now()],
    )
    .await?;
    upsert_membership(c, &id, owner_id, &Privilege::ALL).await?;
    Ok(id)
}

/// Why `invitation` cannot be used by `user_id` now, if it cannot: the same checks in the
/// same order as the SQLite store. Locks the space's row until the transaction ends, so
/// concurrent joins to the space (from any replica) run one after the other and each sees
/// what the previous one committed.
/// The stored terms of a named invitation at join, its row locked `FOR UPDATE` (after the
/// space's row: always in this order): the privileges it carries, or why it cannot be used.
async fn named_terms(
    tx: &deadpool_postgres::Transaction<'_>,
    token_id: &str,
) -> Result<Result<Vec<Privilege>, JoinRefusal>, StoreError> {
    let row = query_opt(
        tx,
        "SELECT usage_limit, usage_count, privileges, revoked FROM named_invitations
         WHERE token_id = $1 FOR UPDATE",
        &[&token_id],
    )
    .await?;
    let Some(row) = row else {
        return Ok(Err(JoinRefusal::NamedDeleted));
    };
    let (limit, count): (Option<i64>, i64) = (row.get(0), row.get(1));
    if row.get::<_, bool>(3) {
        return Ok(Err(JoinRefusal::Revoked));
    }
    if limit.is_some_and(|limit| count >= limit) {
        return Ok(Err(JoinRefusal::UsageLimitReached));
    }
    Ok(Ok(parse_privileges(row.get(2))?))
}

async fn join_refusal(
    tx: &deadpool_postgres::Transaction<'_>,
    invitation: &Invitation,
    user_id: &str,
    max_spaces: u32,
) -> Result<Result<Vec<Privilege>, JoinRefusal>, StoreError> {
    match join_refusal_inner(tx, invitation, user_id, max_spaces).await? {
        Some(refusal) => Ok(Err(refusal)),
        None if invitation.named => named_terms(tx, &invitation.token_id).await,
        None => Ok(Ok(Privilege::MEMBER.to_vec())),
    }
}

async fn join_refusal_inner(
    tx: &deadpool_postgres::Transaction<'_>,
    invitation: &Invitation,
    user_id: &str,
    max_spaces: u32,
) -> Result<Option<JoinRefusal>, StoreError> {
    let space = query_opt(
        tx,
        "SELECT invite_epoch FROM spaces WHERE id = $1 FOR NO KEY UPDATE",
        &[&invitation.space_id],
    )
    .await?;
    let Some(space) = space else {
        return Ok(Some(JoinRefusal::SpaceGone));
    };
    let epoch: i64 = space.get(0);
    let inviter = query_opt(
        tx,
        "SELECT privileges FROM memberships WHERE space_id = $1 AND user_id = $2",
        &[&invitation.space_id, &invitation.inviter_id],
    )
    .await?;
    let inviter_privileges = match inviter {
        Some(row) => parse_privileges(row.get(0))?,
        None => Vec::new(),
    };
    if !inviter_privileges.contains(&Privilege::SpaceInviteUser) {
        return Ok(Some(JoinRefusal::InviterLostPrivilege));
    }
    if invitation.named {
        match named_terms(tx, &invitation.token_id).await? {
            Err(refusal) => return Ok(Some(refusal)),
            Ok(carried) => {
                if let Some(lacking) = carried.iter().find(|p| !inviter_privileges.contains(p)) {
                    return Ok(Some(JoinRefusal::InviterLacks(*lacking)));
                }
            }
        }
    }
    let revoked = epoch as u64 != invitation.epoch
        || query_opt(
            tx,
            "SELECT 1 FROM revoked_invitations WHERE token_id = $1",
            &[&invitation.token_id],
        )
        .await?
        .is_some();
    if revoked {
        return Ok(Some(JoinRefusal::Revoked));
    }
    let member = query_opt(
        tx,
        "SELECT 1 FROM memberships WHERE space_id = $1 AND user_id = $2",
        &[&invitation.space_id, &user_id],
    )
    .await?
    .is_some();
    if member {
        return Ok(Some(JoinRefusal::AlreadyMember));
    }
    let uses: i64 = query_opt(
        tx,
        "SELECT uses FROM invitation_uses WHERE token_id = $1",
        &[&invitation.token_id],
    )
    .await?
    .map_or(0, |row| row.get(0));
    if !invitation.named && uses >= i64::from(invitation.max_uses) {
        return Ok(Some(JoinRefusal::AlreadyUsed));
    }
    // The space's row is locked first (above), then the joiner's: always in this order.
    lock_user(tx, user_id).await?;
    if membership_count(tx, user_id).await? >= u64::from(max_spaces) {
        return Ok(Some(JoinRefusal::SpaceLimit));
    }
    Ok(None)
}

/// Everything a join does before COMMIT, in `tx`: the checks, then the membership and the
/// counted use. On success, the transaction's id and its session's process id, which
/// [`PostgresStore::commit_outcome`] needs if COMMIT gets no answer.
async fn prepare_join(
    tx: &deadpool_postgres::Transaction<'_>,
    invitation: &Invitation,
    user_id: &str,
    max_spaces: u32,
) -> Result<Result<(i64, i32), JoinRefusal>, StoreError> {
    let privileges = match join_refusal(tx, invitation, user_id, max_spaces).await? {
        Err(refusal) => return Ok(Err(refusal)),
        Ok(privileges) => privileges,
    };
    // The checks above ran under the space's row lock; the statements below still
    // refuse on their own rather than overwrite (a member added meanwhile by the CLI
    // keeps their privileges) or count past the limit.
    let added = execute(
        tx,
        "INSERT INTO memberships (space_id, user_id, privileges) VALUES ($1, $2, $3)
         ON CONFLICT (space_id, user_id) DO NOTHING",
        &[
            &invitation.space_id,
            &user_id,
            &format_privileges(&privileges),
        ],
    )
    .await?;
    if added == 0 {
        return Ok(Err(JoinRefusal::AlreadyMember));
    }
    default_if_none(tx, &invitation.space_id, user_id).await?;
    let counted = if invitation.named {
        execute(
            tx,
            "UPDATE named_invitations SET usage_count = usage_count + 1
             WHERE token_id = $1 AND NOT revoked
             AND (usage_limit IS NULL OR usage_count < usage_limit)",
            &[&invitation.token_id],
        )
        .await?
    } else {
        execute(
            tx,
            "INSERT INTO invitation_uses AS u (token_id, space_id, uses, last_used_at)
         VALUES ($1, $2, 1, $3)
         ON CONFLICT (token_id) DO UPDATE SET uses = u.uses + 1, last_used_at = $3
         WHERE u.uses < $4",
            &[
                &invitation.token_id,
                &invitation.space_id,
                &now(),
                &i64::from(invitation.max_uses),
            ],
        )
        .await?
    };
    if counted == 0 && invitation.named {
        return Ok(Err(JoinRefusal::UsageLimitReached));
    }
    if counted == 0 {
        return Ok(Err(JoinRefusal::AlreadyUsed));
    }
    let session = query_opt(tx, "SELECT txid_current(), pg_backend_pid()", &[])
        .await?
        .ok_or_else(|| backend("txid_current() returned no row"))?;
    Ok(Ok((session.get(0), session.get(1))))
}

const NEWEST_KEY: &str = "SELECT id, secret FROM signing_keys WHERE retired_at IS NULL
                          ORDER BY created_at DESC, seq DESC LIMIT 1";

async fn insert_signing_key(c: &impl GenericClient) -> Result<SigningKey, StoreError> {
    let id = KeyId::generate().as_str().to_owned();
    let secret = ids::random_bytes::<32>().to_vec();
    execute(
        c,
        "INSERT INTO signing_keys (id, secret, created_at) VALUES ($1, $2, $3)",
        &[&id, &secret, &now()],
    )
    .await?;
    read_key(id, secret)
}

#[async_trait]
impl Store for PostgresStore {
    async fn check_join(
        &self,
        invitation: &Invitation,
        user_id: &str,
        max_spaces: u32,
    ) -> Result<Option<JoinRefusal>, StoreError> {
        bounded(async {
            let mut c = self.client().await?;
            let tx = c.transaction().await?;
            let refusal = join_refusal(&tx, invitation, user_id, max_spaces)
                .await?
                .err();
            tx.rollback().await?;
            Ok(refusal)
        })
        .await
    }

    async fn space_invite_epoch(&self, space_id: &str) -> Result<Option<u64>, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let row = query_opt(
                &c,
                "SELECT invite_epoch FROM spaces WHERE id = $1",
                &[&space_id],
            )
            .await?;
            Ok(row.map(|row| row.get::<_, i64>(0) as u64))
        })
        .await
    }

    async fn create_named_invitation(
        &self,
        invitation: &NamedInvitation,
    ) -> Result<(), StoreError> {
        bounded(async {
            let mut c = self.client().await?;
            let tx = c.transaction().await?;
            // The owner's row lock serialises creations by one owner, so the count holds.
            if !lock_user(&tx, &invitation.owner_id).await? {
                return Err(StoreError::NotFound(format!(
                    "user {}",
                    invitation.owner_id
                )));
            }
            let held: i64 = query_opt(
                &tx,
                "SELECT count(*) FROM named_invitations WHERE owner_id = $1",
                &[&invitation.owner_id],
            )
            .await?
            .map_or(0, |row| row.get(0));
            if held >= i64::from(MAX_NAMED_INVITATIONS_PER_USER) {
                return Err(named_limit());
            }
            let inserted = execute(
                &tx,
                "INSERT INTO named_invitations (token_id, owner_id, name, space_id, token,
                     usage_limit, usage_count, privileges, revoked, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                 ON CONFLICT (owner_id, name) DO NOTHING",
                &[
                    &invitation.token_id,
                    &invitation.owner_id,
                    &invitation.name,
                    &invitation.space_id,
                    &invitation.token,
                    &invitation.usage_limit.map(i64::from),
                    &(invitation.usage_count as i64),
                    &format_privileges(&invitation.privileges),
                    &invitation.revoked,
                    &(invitation.created_at as i64),
                ],
            )
            .await?;
            if inserted == 0 {
                return Err(named_taken(&invitation.name));
            }
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    async fn named_invitation_ids(&self, owner_id: &str) -> Result<Vec<String>, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let rows = query(
                &c,
                "SELECT token_id FROM named_invitations WHERE owner_id = $1
                 ORDER BY created_at, seq",
                &[&owner_id],
            )
            .await?;
            Ok(rows.iter().map(|row| row.get(0)).collect())
        })
        .await
    }

    async fn named_invitation(
        &self,
        token_id: &str,
    ) -> Result<Option<NamedInvitation>, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let row = query_opt(
                &c,
                "SELECT token_id, owner_id, name, space_id, token, usage_limit, usage_count,
                     privileges, revoked, created_at
                 FROM named_invitations WHERE token_id = $1",
                &[&token_id],
            )
            .await?;
            let Some(row) = row else {
                return Ok(None);
            };
            Ok(Some(NamedInvitation {
                token_id: row.get(0),
                owner_id: row.get(1),
                name: row.get(2),
                space_id: row.get(3),
                token: row.get(4),
                usage_limit: row.get::<_, Option<i64>>(5).map(|limit| limit as u32),
                usage_count: row.get::<_, i64>(6) as u64,
                privileges: parse_privileges(row.get(7))?,
                revoked: row.get(8),
                created_at: row.get::<_, i64>(9) as u64,
            }))
        })
        .await
    }

    async fn update_named_invitation(
        &self,
        token_id: &str,
        owner_id: &str,
        name: Option<&str>,
        revoked: Option<bool>,
    ) -> Result<bool, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let updated = c
                .execute(
                    "UPDATE named_invitations SET name = coalesce($3, name),
                         revoked = coalesce($4, revoked)
                     WHERE token_id = $1 AND owner_id = $2",
                    &[&token_id, &owner_id, &name, &revoked],
                )
                .await;
            match updated {
                Ok(count) => Ok(count == 1),
                Err(error) if error.code() == Some(&SqlState::UNIQUE_VIOLATION) => {
                    Err(named_taken(name.unwrap_or_default()))
                }
                Err(error) => Err(error.into()),
            }
        })
        .await
    }

    async fn delete_named_invitation(
        &self,
        token_id: &str,
        owner_id: &str,
    ) -> Result<bool, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let deleted = execute(
                &c,
                "DELETE FROM named_invitations WHERE token_id = $1 AND owner_id = $2",
                &[&token_id, &owner_id],
            )
            .await?;
            Ok(deleted == 1)
        })
        .await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        bounded(async {
            let c = self.client().await?;
            // A simple query: no statement to prepare, one round trip.
            c.simple_query("SELECT 1").await?;
            Ok(())
        })
        .await
    }

    async fn find_login(&self, name: &str) -> Result<Option<Login>, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let row = query_opt(
                &c,
                "SELECT id, password_hash FROM users WHERE name = $1",
                &[&name],
            )
            .await?;
            Ok(row.map(|row| Login {
                user_id: row.get(0),
                password_hash: row.get(1),
            }))
        })
        .await
    }

    async fn default_space(&self, user_id: &str) -> Result<Option<Membership>, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let row = query_opt(
                &c,
                "SELECT m.space_id, m.privileges, s.invite_epoch
                 FROM users u
                 JOIN memberships m ON m.space_id = u.default_space_id AND m.user_id = u.id
                 JOIN spaces s ON s.id = m.space_id
                 WHERE u.id = $1",
                &[&user_id],
            )
            .await?;
            row.map(|row| {
                Ok(Membership {
                    space_id: row.get(0),
                    privileges: parse_privileges(row.get(1))?,
                    invite_epoch: row.get::<_, i64>(2) as u64,
                })
            })
            .transpose()
        })
        .await
    }

    async fn access_token_active(&self, token_id: &str, user_id: &str) -> Result<bool, StoreError> {
        bounded(async {
            let c = self.client().await?;
            Ok(query_opt(
                &c,
                "SELECT 1 FROM access_tokens
                 WHERE token_id = $1 AND user_id = $2 AND revoked_at IS NULL",
                &[&token_id, &user_id],
            )
            .await?
            .is_some())
        })
        .await
    }

    async fn user_exists(&self, user_id: &str) -> Result<bool, StoreError> {
        bounded(async {
            let c = self.client().await?;
            Ok(
                query_opt(&c, "SELECT 1 FROM users WHERE id = $1", &[&user_id])
                    .await?
                    .is_some(),
            )
        })
        .await
    }

    async fn user_spaces(&self, user_id: &str) -> Result<UserSpaces, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let spaces = query(
                &c,
                "SELECT space_id FROM memberships WHERE user_id = $1 ORDER BY seq",
                &[&user_id],
            )
            .await?
            .iter()
            .map(|row| row.get(0))
            .collect();
            let default = query_opt(
                &c,
                "SELECT default_space_id FROM users WHERE id = $1",
                &[&user_id],
            )
            .await?
            .and_then(|row| row.get(0));
            Ok(UserSpaces { spaces, default })
        })
        .await
    }

    async fn user_space(
        &self,
        user_id: &str,
        space_id: &str,
    ) -> Result<Option<SpaceView>, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let row = query_opt(
                &c,
                "SELECT s.name, m.privileges FROM memberships m
                 JOIN spaces s ON s.id = m.space_id
                 WHERE m.space_id = $1 AND m.user_id = $2",
                &[&space_id, &user_id],
            )
            .await?;
            row.map(|row| {
                Ok(SpaceView {
                    space_id: space_id.to_owned(),
                    name: row.get(0),
                    privileges: parse_privileges(row.get(1))?,
                })
            })
            .transpose()
        })
        .await
    }

    async fn set_default_space(&self, user_id: &str, space_id: &str) -> Result<bool, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let updated = execute(
                &c,
                "UPDATE users SET default_space_id = $1 WHERE id = $2
                 AND EXISTS (SELECT 1 FROM memberships WHERE space_id = $1 AND user_id = $2)",
                &[&space_id, &user_id],
            )
            .await?;
            Ok(updated == 1)
        })
        .await
    }

    async fn leave_space(&self, user_id: &str, space_id: &str) -> Result<bool, StoreError> {
        bounded(async {
            let mut c = self.client().await?;
            let tx = c.transaction().await?;
            let removed = execute(
                &tx,
                "DELETE FROM memberships WHERE space_id = $1 AND user_id = $2",
                &[&space_id, &user_id],
            )
            .await?;
            execute(
                &tx,
                "UPDATE users SET default_space_id = NULL WHERE id = $1 AND default_space_id = $2",
                &[&user_id, &space_id],
            )
            .await?;
            tx.commit().await?;
            Ok(removed == 1)
        })
        .await
    }

    async fn join_space_within(
        &self,
        invitation: &Invitation,
        user_id: &str,
        max_spaces: u32,
    ) -> Result<Result<(), JoinRefusal>, StoreError> {
        // The bound covers every step up to COMMIT. Past it nothing was committed (COMMIT
        // was never sent), so a 503 leaves the invitation usable. COMMIT itself is bounded
        // too, but when it gets no answer in time its outcome is found out, not guessed
        // (see `commit_outcome`).
        let deadline = tokio::time::Instant::now() + OPERATION_TIMEOUT;
        let mut c = until(deadline, self.client()).await?;
        let tx = until(deadline, async { Ok(c.transaction().await?) }).await?;
        let prepared = until(deadline, prepare_join(&tx, invitation, user_id, max_spaces)).await?;
        let (xid, pid) = match prepared {
            Ok(session) => session,
            Err(refusal) => {
                until(deadline, async { Ok(tx.rollback().await?) }).await?;
                return Ok(Err(refusal));
            }
        };
        match tokio::time::timeout_at(deadline, tx.commit()).await {
            Ok(Ok(())) => Ok(Ok(())),
            // The database answered COMMIT with an error: the transaction did not commit.
            Ok(Err(error)) if error.code().is_some() => Err(error.into()),
            // No answer in time, or the connection broke with COMMIT on its way: it may
            // have committed. This connection is not given back to the pool.
            _ => {
                drop(deadpool_postgres::Object::take(c));
                if self.commit_outcome(xid, pid).await? {
                    Ok(Ok(()))
                } else {
                    Err(StoreError::Unavailable(
                        "the database did not confirm the join in time; it was rolled back"
                            .to_owned(),
                    ))
                }
            }
        }
    }

    async fn record_signed_access_token(
        &self,
        token_id: &str,
        key_id: Option<&KeyId>,
        user_id: &str,
        expires_at: u64,
        max_active: u32,
    ) -> Result<(), StoreError> {
        let key_id = key_id.map(|id| id.to_string());
        bounded(async {
            let mut c = self.client().await?;
            let tx = c.transaction().await?;
            if !lock_user(&tx, user_id).await? {
                return Err(StoreError::NotFound(format!("user {user_id}")));
            }
            let active: i64 = query_opt(
                &tx,
                "SELECT count(*) FROM access_tokens
                 WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2
                 AND (key_id IS NULL OR key_id IN (SELECT id FROM signing_keys WHERE retired_at IS NULL))",
                &[&user_id, &now()],
            )
            .await?
            .map_or(0, |row| row.get(0));
            if active >= i64::from(max_active) {
                return Err(token_limit(max_active));
            }
            execute(
                &tx,
                "INSERT INTO access_tokens (token_id, user_id, expires_at, created_at, key_id)
                 VALUES ($1, $2, $3, $4, $5)",
                &[&token_id, &user_id, &(expires_at as i64), &now(), &key_id],
            )
            .await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    async fn sweep_access_tokens(&self, now_seconds: u64, batch: u32) -> Result<u64, StoreError> {
        bounded(async {
            let c = self.client().await?;
            // SKIP LOCKED: replicas sweeping at once take different rows, and no sweep
            // waits for a transaction that holds one.
            execute(
                &c,
                "DELETE FROM access_tokens WHERE token_id IN (
                     SELECT token_id FROM access_tokens
                     WHERE revoked_at IS NOT NULL OR expires_at <= $1
                     LIMIT $2 FOR UPDATE SKIP LOCKED)",
                &[&(now_seconds as i64), &i64::from(batch)],
            )
            .await
        })
        .await
    }

    async fn access_tokens(
        &self,
        user_id: &str,
        now_seconds: u64,
    ) -> Result<Vec<AccessTokenInfo>, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let rows = query(
                &c,
                "SELECT token_id, expires_at FROM access_tokens
                 WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2
                 AND (key_id IS NULL OR key_id IN (SELECT id FROM signing_keys WHERE retired_at IS NULL))
                 ORDER BY created_at, seq",
                &[&user_id, &(now_seconds as i64)],
            )
            .await?;
            Ok(rows
                .iter()
                .map(|row| AccessTokenInfo {
                    token_id: row.get(0),
                    expires_at: row.get::<_, i64>(1) as u64,
                })
                .collect())
        })
        .await
    }

    async fn revoke_access_token(
        &self,
        token_id: &str,
        user_id: Option<&str>,
    ) -> Result<bool, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let revoked = execute(
                &c,
                "UPDATE access_tokens SET revoked_at = $1
                 WHERE token_id = $2 AND revoked_at IS NULL
                 AND ($3::TEXT IS NULL OR user_id = $3)",
                &[&now(), &token_id, &user_id],
            )
            .await?;
            Ok(revoked == 1)
        })
        .await
    }

    async fn revoke_invitation(&self, token_id: &str, space_id: &str) -> Result<(), StoreError> {
        bounded(async {
            let c = self.client().await?;
            execute(
                &c,
                "INSERT INTO revoked_invitations (token_id, space_id, revoked_at)
                 VALUES ($1, $2, $3) ON CONFLICT (token_id) DO NOTHING",
                &[&token_id, &space_id, &now()],
            )
            .await?;
            Ok(())
        })
        .await
    }

    async fn revoke_space_invitations(&self, space_id: &str) -> Result<(), StoreError> {
        bounded(async {
            let c = self.client().await?;
            let updated = execute(
                &c,
                "UPDATE spaces SET invite_epoch = invite_epoch + 1 WHERE id = $1",
                &[&space_id],
            )
            .await?;
            if updated == 0 {
                return Err(StoreError::NotFound(format!("space {space_id}")));
            }
            Ok(())
        })
        .await
    }

    async fn signing_key(&self, id: &KeyId) -> Result<Option<SigningKey>, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let row = query_opt(
                &c,
                "SELECT id, secret FROM signing_keys WHERE id = $1 AND retired_at IS NULL",
                &[&id.as_str()],
            )
            .await?;
            row.map(|row| read_key(row.get(0), row.get(1))).transpose()
        })
        .await
    }

    async fn current_signing_key(&self) -> Result<SigningKey, StoreError> {
        bounded(async {
            let mut c = self.client().await?;
            if let Some(row) = query_opt(&c, NEWEST_KEY, &[]).await? {
                return read_key(row.get(0), row.get(1));
            }
            // No key yet: create one. Replicas starting at once queue on the lock; the
            // first creates the key, the others then find it.
            let tx = c.transaction().await?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SIGNING_KEY_LOCK])
                .await?;
            let key = match query_opt(&tx, NEWEST_KEY, &[]).await? {
                Some(row) => read_key(row.get(0), row.get(1))?,
                None => insert_signing_key(&tx).await?,
            };
            tx.commit().await?;
            Ok(key)
        })
        .await
    }

    async fn rotate_signing_key(&self) -> Result<KeyId, StoreError> {
        bounded(async {
            let c = self.client().await?;
            Ok(insert_signing_key(&c).await?.id().clone())
        })
        .await
    }

    async fn retire_signing_key(&self, id: &KeyId) -> Result<bool, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let retired = execute(
                &c,
                "UPDATE signing_keys SET retired_at = $1 WHERE id = $2 AND retired_at IS NULL",
                &[&now(), &id.as_str()],
            )
            .await?;
            Ok(retired == 1)
        })
        .await
    }

    async fn signing_keys(&self) -> Result<Vec<KeyInfo>, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let rows = query(
                &c,
                "SELECT id, created_at, retired_at FROM signing_keys
                 ORDER BY created_at DESC, seq DESC",
                &[],
            )
            .await?;
            rows.iter()
                .map(|row| {
                    let id: String = row.get(0);
                    Ok(KeyInfo {
                        id: KeyId::parse(&id).ok_or_else(|| {
                            StoreError::Backend("a stored key id is malformed".into())
                        })?,
                        created_at: row.get::<_, i64>(1) as u64,
                        retired_at: row.get::<_, Option<i64>>(2).map(|t| t as u64),
                    })
                })
                .collect()
        })
        .await
    }

    async fn user_id_by_name(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self.find_login(name).await?.map(|login| login.user_id))
    }

    async fn add_user(&self, name: &str, password_hash: &str) -> Result<String, StoreError> {
        bounded(async {
            let c = self.client().await?;
            insert_user(&c, name, password_hash).await
        })
        .await
    }

    async fn users(&self) -> Result<Vec<StoredUser>, StoreError> {
        bounded(async {
            let c = self.client().await?;
            let rows = query(&c, "SELECT id, name FROM users ORDER BY name, id", &[]).await?;
            Ok(rows
                .iter()
                .map(|row| StoredUser {
                    user_id: row.get(0),
                    name: row.get(1),
                })
                .collect())
        })
        .await
    }

    async fn rename_user(&self, user_id: &str, new_name: &str) -> Result<bool, StoreError> {
        require_canonical(new_name)?;
        bounded(async {
            let mut c = self.client().await?;
            let tx = c.transaction().await?;
            let taken = query_opt(
                &tx,
                "SELECT 1 FROM users WHERE name = $1 AND id <> $2",
                &[&new_name, &user_id],
            )
            .await?
            .is_some();
            if taken {
                return Err(StoreError::AlreadyExists(format!("user {new_name:?}")));
            }
            let renamed = execute(
                &tx,
                "UPDATE users SET name = $1 WHERE id = $2",
                &[&new_name, &user_id],
            )
            .await?;
            tx.commit().await?;
            Ok(renamed == 1)
        })
        .await
    }

    async fn create_space_within(
        &self,
        name: &str,
        owner_id: &str,
        max_spaces: u32,
    ) -> Result<String, StoreError> {
        bounded(async {
            let mut c = self.client().await?;
            let tx = c.transaction().await?;
            let id = insert_space(&tx, name, owner_id, max_spaces).await?;
            tx.commit().await?;
            Ok(id)
        })
        .await
    }

    async fn add_member(
        &self,
        space_id: &str,
        user_id: &str,
        privileges: &[Privilege],
    ) -> Result<(), StoreError> {
        bounded(async {
            let mut c = self.client().await?;
            let tx = c.transaction().await?;
            let space_exists = query_opt(&tx, "SELECT 1 FROM spaces WHERE id = $1", &[&space_id])
                .await?
                .is_some();
            if !space_exists {
                return Err(StoreError::NotFound(format!("space {space_id}")));
            }
            if !lock_user(&tx, user_id).await? {
                return Err(StoreError::NotFound(format!("user {user_id}")));
            }
            let member = query_opt(
                &tx,
                "SELECT 1 FROM memberships WHERE space_id = $1 AND user_id = $2",
                &[&space_id, &user_id],
            )
            .await?
            .is_some();
            if !member && membership_count(&tx, user_id).await? >= u64::from(MAX_SPACES_PER_USER) {
                return Err(space_limit(MAX_SPACES_PER_USER));
            }
            upsert_membership(&tx, space_id, user_id, privileges).await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    async fn set_member_privileges(
        &self,
        space_id: &str,
        user_id: &str,
        privileges: &[Privilege],
    ) -> Result<Result<(), PrivilegesRefusal>, StoreError> {
        bounded(async {
            let mut c = self.client().await?;
            let tx = c.transaction().await?;
            let space_exists = query_opt(&tx, "SELECT 1 FROM spaces WHERE id = $1", &[&space_id])
                .await?
                .is_some();
            if !space_exists {
                return Err(StoreError::NotFound(format!("space {space_id}")));
            }
            // FOR UPDATE: a second change of this space's privileges waits for our commit
            // and then reads what we wrote, so the check below cannot be raced (rows locked
            // in one order, so that two such changes cannot deadlock).
            let rows = query(
                &tx,
                "SELECT user_id, privileges FROM memberships WHERE space_id = $1
                 ORDER BY user_id FOR UPDATE",
                &[&space_id],
            )
            .await?;
            let mut members = Vec::with_capacity(rows.len());
            for row in &rows {
                let text: String = row.get(1);
                members.push((row.get::<_, String>(0), parse_privileges(&text)?));
            }
            if let Err(refusal) = check_new_privileges(&members, user_id, privileges) {
                return Ok(Err(refusal));
            }
            execute(
                &tx,
                "UPDATE memberships SET privileges = $1 WHERE space_id = $2 AND user_id = $3",
                &[&format_privileges(privileges), &space_id, &user_id],
            )
            .await?;
            tx.commit().await?;
            Ok(Ok(()))
        })
        .await
    }

    async fn is_bootstrapped(&self) -> Result<bool, StoreError> {
        bounded(async {
            let c = self.client().await?;
            Ok(query_opt(
                &c,
                "SELECT 1 FROM settings WHERE name = $1",
                &[&BOOTSTRAPPED],
            )
            .await?
            .is_some())
        })
        .await
    }

    async fn bootstrap(
        &self,
        admin_password_hash: &str,
    ) -> Result<Option<Bootstrapped>, StoreError> {
        bounded(async {
            let mut c = self.client().await?;
            let tx = c.transaction().await?;
            // A second replica's insert waits for the first's commit, then does nothing.
            let marked = execute(
                &tx,
                "INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
                &[&BOOTSTRAPPED, &unix_now().to_string()],
            )
            .await?;
            if marked == 0 {
                return Ok(None);
            }
            let existing = query_opt(&tx, "SELECT id FROM users WHERE name = 'admin'", &[]).await?;
            let (user_id, admin_created) = match existing {
                Some(row) => (row.get(0), false),
                None => (insert_user(&tx, "admin", admin_password_hash).await?, true),
            };
            let space_id =
                insert_space(&tx, "admin's space", &user_id, MAX_SPACES_PER_USER).await?;
            tx.commit().await?;
            Ok(Some(Bootstrapped {
                user_id,
                space_id,
                admin_created,
            }))
        })
        .await
    }
}
