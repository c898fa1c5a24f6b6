//! The embedded default store: one SQLite file, `onezone.db`, in the data directory.
//!
//! WAL mode with `synchronous = FULL`, so a commit survives a crash of the process or the
//! machine, and a busy timeout, so the CLI and a running server can share the file. Every
//! change happens in an `IMMEDIATE` transaction: a writer takes the lock up front instead of
//! failing when it upgrades from reader to writer.
//!
//! The reads every request makes (logins, default spaces, access tokens, signing keys) are
//! answered from memory while the database is unchanged (see `read_cache`).

use super::data_dir;
use super::read_cache::{ReadCache, State};
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
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::fs;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The database file's name inside the data directory.
pub const DATABASE_FILE: &str = "onezone.db";

/// The schema versions, applied in order; `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[&str] = &[
    r#"
    CREATE TABLE users (
        id               TEXT PRIMARY KEY,
        name             TEXT NOT NULL UNIQUE,
        password_hash    TEXT NOT NULL,
        default_space_id TEXT REFERENCES spaces(id) ON DELETE SET NULL,
        created_at       INTEGER NOT NULL
    );
    CREATE TABLE spaces (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        created_at INTEGER NOT NULL
    );
    -- privileges: space-separated Onezone privilege names
    CREATE TABLE memberships (
        space_id   TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
        user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        privileges TEXT NOT NULL,
        PRIMARY KEY (space_id, user_id)
    );
    CREATE INDEX memberships_by_user ON memberships(user_id);
    CREATE TABLE signing_keys (
        id         TEXT PRIMARY KEY,
        secret     BLOB NOT NULL CHECK (length(secret) >= 32),
        created_at INTEGER NOT NULL,
        retired_at INTEGER
    );
    CREATE TABLE settings (
        name  TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
"#,
    r#"
    -- Invitations carry the epoch of their space; moving it on revokes them all.
    ALTER TABLE spaces ADD COLUMN invite_epoch INTEGER NOT NULL DEFAULT 0;
    -- Joins counted per invitation (single use by default).
    CREATE TABLE invitation_uses (
        token_id     TEXT PRIMARY KEY,
        space_id     TEXT NOT NULL,
        uses         INTEGER NOT NULL,
        last_used_at INTEGER NOT NULL
    );
    CREATE TABLE revoked_invitations (
        token_id   TEXT PRIMARY KEY,
        space_id   TEXT NOT NULL,
        revoked_at INTEGER NOT NULL
    );
    -- Every issued access token; only these authenticate.
    CREATE TABLE access_tokens (
        token_id   TEXT PRIMARY KEY,
        user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        expires_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
    );
    CREATE INDEX access_tokens_by_user ON access_tokens(user_id);
"#,
    r#"
    -- The key that signed each access token, so that tokens of a retired key (which no
    -- longer verify) are not listed or counted as active. Rows from before have none: the
    -- token itself was never stored, so their key is unknown (listed until they expire).
    ALTER TABLE access_tokens ADD COLUMN key_id TEXT;
"#,
    r#"
    -- Named invitations (Onezone's named invite tokens): stored, listable, with a usage
    -- limit (NULL: infinity), a usage count, revocation and the privileges they carry.
    CREATE TABLE named_invitations (
        token_id    TEXT PRIMARY KEY,
        owner_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        space_id    TEXT NOT NULL,
        token       TEXT NOT NULL,
        usage_limit INTEGER CHECK (usage_limit IS NULL OR usage_limit > 0),
        usage_count INTEGER NOT NULL DEFAULT 0,
        privileges  TEXT NOT NULL,
        revoked     INTEGER NOT NULL DEFAULT 0,
        created_at  INTEGER NOT NULL,
        UNIQUE (owner_id, name)
    );
"#,
];

const BOOTSTRAPPED: &str = "bootstrapped";

/// SQLite's default flags, and never through a symbolic link.
pub(super) fn open_flags() -> rusqlite::OpenFlags {
    rusqlite::OpenFlags::default() | rusqlite::OpenFlags::SQLITE_OPEN_NOFOLLOW
}

/// The embedded store: one SQLite database, `onezone.db` in the data directory. Several
/// processes (the server and the CLI) may open it at once.
#[derive(Clone)]
pub struct SqliteStore {
    connection: Arc<Mutex<Connection>>,
    cache: Arc<ReadCache>,
    path: PathBuf,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("path", &self.path)
            .finish()
    }
}

fn backend(error: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(error.to_string())
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        backend(error)
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the store in `data_dir`. The directory is made private
    /// (0700) and the database file readable by its owner only (0600): it holds the root keys.
    pub fn open(data_dir: &Path) -> Result<SqliteStore, StoreError> {
        Self::open_with(data_dir, true)
    }

    /// Opens the store in `data_dir`, which must exist and hold a database with its schema
    /// (what `serve` or an explicit `--create` made): a mistyped `--data-dir` is refused,
    /// naming the path, instead of becoming a new, empty database. Nothing is created.
    pub fn open_existing(data_dir: &Path) -> Result<SqliteStore, StoreError> {
        Self::open_with(data_dir, false)
    }

    fn open_with(data_dir: &Path, create: bool) -> Result<SqliteStore, StoreError> {
        let path = data_dir.join(DATABASE_FILE);
        if !create {
            if !data_dir.exists() {
                return Err(StoreError::Invalid(format!(
                    "there is no data directory {}: check --data-dir (`serve` creates it on \
                     first start; `user add --create` and `key rotate --create` create it)",
                    data_dir.display()
                )));
            }
            // Checked (ours, private) before anything else is looked at in it.
            data_dir::prepare(data_dir).map_err(backend)?;
            if !path.exists() {
                return Err(StoreError::Invalid(format!(
                    "{} holds no database ({DATABASE_FILE}): check --data-dir (`serve` \
                     creates it on first start; `user add --create` and `key rotate \
                     --create` create it)",
                    data_dir.display()
                )));
            }
        }
        // Ours and private, or refused (see `data_dir`).
        data_dir::prepare(data_dir).map_err(backend)?;
        // Create the file ourselves so that it never exists with looser permissions;
        // SQLite gives its -wal and -shm files the same mode. SQLite opens those two itself:
        // they are checked first (regular files of ours, no links).
        data_dir::open_private(&path).map_err(backend)?;
        for suffix in ["-wal", "-shm"] {
            let mut sibling = path.as_os_str().to_owned();
            sibling.push(suffix);
            data_dir::check_existing(Path::new(&sibling)).map_err(backend)?;
        }

        let mut connection = Connection::open_with_flags(&path, open_flags())?;
        connection.busy_timeout(Duration::from_secs(5))?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.pragma_update(None, "foreign_keys", true)?;
        if !create {
            let applied: i64 =
                connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
            if applied == 0 {
                return Err(StoreError::Invalid(format!(
                    "{} is an empty database (no schema): check --data-dir (`serve` \
                     initialises it on first start; `--create` does it explicitly)",
                    path.display()
                )));
            }
        }
        migrate(&mut connection)?;
        let cache = ReadCache::open(&path)?;
        // A migration may have run.
        cache.committed();
        Ok(SqliteStore {
            connection: Arc::new(Mutex::new(connection)),
            cache: Arc::new(cache),
            path,
        })
    }

    /// The database file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes a consistent copy of the database to `target` (a new file, mode 0600: it
    /// holds the root keys) while the store stays in use, by SQLite's `VACUUM INTO`.
    pub async fn backup_to(&self, target: &Path) -> Result<(), StoreError> {
        // VACUUM INTO accepts an empty existing file: create it private first.
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(target)
            .map_err(|e| backend(format!("cannot create {}: {e}", target.display())))?;
        let target_text = target
            .to_str()
            .ok_or_else(|| StoreError::Invalid("the backup path is not UTF-8".to_owned()))?
            .to_owned();
        let result = self
            .run(move |c| {
                c.execute("VACUUM INTO ?1", [target_text])?;
                Ok(())
            })
            .await;
        if result.is_err() {
            let _ = fs::remove_file(target);
        }
        result
    }

    /// Runs `work` on the connection in tokio's blocking pool.
    async fn run<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let connection = Arc::clone(&self.connection);
        tokio::task::spawn_blocking(move || {
            let mut connection = connection
                .lock()
                .map_err(|_| backend("the database connection was poisoned by a panic"))?;
            work(&mut connection)
        })
        .await
        .map_err(backend)?
    }

    /// Runs `work`, which may write, and counts the commit for every process's read cache.
    async fn write<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let result = self.run(work).await;
        self.cache.committed();
        result
    }

    /// A hot read: what `lookup` finds in the cache while the database is unchanged, else
    /// the answer of the query `make_query` makes, which `keep` then caches. (The query is
    /// made only on a miss: it owns copies of its arguments, which a hit does not need.)
    async fn cached<T, F>(
        &self,
        lookup: impl Fn(&State) -> Option<T>,
        keep: impl Fn(&mut State, T),
        make_query: impl FnOnce() -> F,
    ) -> Result<T, StoreError>
    where
        T: Clone + Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let version = self.cache.version();
        if let Some(version) = version
            && let Some(hit) = self.cache.get(version, &lookup, &keep)
        {
            return Ok(hit);
        }
        let answer = self.run(make_query()).await?;
        if let Some(version) = version {
            self.cache.put(version, &keep, answer.clone());
        }
        Ok(answer)
    }
}

fn migrate(connection: &mut Connection) -> Result<(), StoreError> {
    let tx = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let applied: i64 = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let applied = usize::try_from(applied).unwrap_or(usize::MAX);
    if applied > MIGRATIONS.len() {
        return Err(StoreError::Invalid(format!(
            "the database has schema version {applied}, newer than this program knows ({}); \
             use a newer onezone-tokens",
            MIGRATIONS.len()
        )));
    }
    for migration in &MIGRATIONS[applied..] {
        tx.execute_batch(migration)?;
    }
    tx.pragma_update(None, "user_version", MIGRATIONS.len() as i64)?;
    tx.commit()?;
    Ok(())
}

pub(super) fn parse_privileges(text: &str) -> Result<Vec<Privilege>, StoreError> {
    text.split_ascii_whitespace()
        .map(|name| name.parse().map_err(backend))
        .collect()
}

pub(super) fn format_privileges(privileges: &[Privilege]) -> String {
    let mut all: Vec<Privilege> = Privilege::MEMBER.to_vec();
    all.extend_from_slice(privileges);
    all.sort();
    all.dedup();
    all.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(" ")
}

fn read_key(id: String, secret: Vec<u8>) -> Result<SigningKey, StoreError> {
    let key_id = KeyId::parse(&id).ok_or_else(|| backend("a stored key id is malformed"))?;
    SigningKey::new(key_id, &secret).map_err(backend)
}

/// Inserts a fresh 32-byte random key and returns its id and secret.
fn insert_key(connection: &Connection) -> Result<(String, Vec<u8>), StoreError> {
    let id = KeyId::generate().as_str().to_owned();
    let secret = ids::random_bytes::<32>().to_vec();
    connection.execute(
        "INSERT INTO signing_keys (id, secret, created_at) VALUES (?1, ?2, ?3)",
        params![id, secret, unix_now() as i64],
    )?;
    Ok((id, secret))
}

fn user_exists(connection: &Connection, user_id: &str) -> Result<bool, StoreError> {
    Ok(connection
        .query_row("SELECT 1 FROM users WHERE id = ?1", [user_id], |_| Ok(()))
        .optional()?
        .is_some())
}

fn insert_user(
    connection: &Connection,
    name: &str,
    password_hash: &str,
) -> Result<String, StoreError> {
    require_canonical(name)?;
    let id = ids::new_entity_id();
    let inserted = connection.execute(
        "INSERT INTO users (id, name, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (name) DO NOTHING",
        params![id, name, password_hash, unix_now() as i64],
    )?;
    if inserted == 0 {
        return Err(StoreError::AlreadyExists(format!("user {name:?}")));
    }
    Ok(id)
}

/// Adds or replaces a membership and makes the space the user's default if they had none.
fn upsert_membership(
    connection: &Connection,
    space_id: &str,
    user_id: &str,
    privileges: &[Privilege],
) -> Result<(), StoreError> {
    connection.execute(
        "INSERT INTO memberships (space_id, user_id, privileges) VALUES (?1, ?2, ?3)
         ON CONFLICT (space_id, user_id) DO UPDATE SET privileges = excluded.privileges",
        params![space_id, user_id, format_privileges(privileges)],
    )?;
    connection.execute(
        "UPDATE users SET default_space_id = ?1 WHERE id = ?2 AND default_space_id IS NULL",
        params![space_id, user_id],
    )?;
    Ok(())
}

/// How many spaces the user is a member of.
fn membership_count(connection: &Connection, user_id: &str) -> Result<u64, StoreError> {
    let count: i64 = connection.query_row(
        "SELECT count(*) FROM memberships WHERE user_id = ?1",
        [user_id],
        |row| row.get(0),
    )?;
    Ok(count as u64)
}

/// Why `invitation` cannot be used by `user_id` now, if it cannot.
/// The stored terms of a named invitation at join: the privileges it carries, or why it
/// cannot be used (deleted, revoked, usage limit reached).
fn named_terms(
    connection: &Connection,
    token_id: &str,
) -> Result<Result<Vec<Privilege>, JoinRefusal>, StoreError> {
    let row: Option<(Option<i64>, i64, String, bool)> = connection
        .query_row(
            "SELECT usage_limit, usage_count, privileges, revoked FROM named_invitations
             WHERE token_id = ?1",
            [token_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .optional()?;
    let Some((limit, count, privileges, revoked)) = row else {
        return Ok(Err(JoinRefusal::NamedDeleted));
    };
    if revoked {
        return Ok(Err(JoinRefusal::Revoked));
    }
    if limit.is_some_and(|limit| count >= limit) {
        return Ok(Err(JoinRefusal::UsageLimitReached));
    }
    Ok(Ok(parse_privileges(&privileges)?))
}

/// The check of a join, in its transaction: `Ok(privileges)` to give the joining user, or
/// why it is refused.
fn join_refusal(
    connection: &Connection,
    invitation: &Invitation,
    user_id: &str,
    max_spaces: u32,
) -> Result<Result<Vec<Privilege>, JoinRefusal>, StoreError> {
    match join_refusal_inner(connection, invitation, user_id, max_spaces)? {
        Some(refusal) => Ok(Err(refusal)),
        None if invitation.named => named_terms(connection, &invitation.token_id),
        None => Ok(Ok(Privilege::MEMBER.to_vec())),
    }
}

fn join_refusal_inner(
    connection: &Connection,
    invitation: &Invitation,
    user_id: &str,
    max_spaces: u32,
) -> Result<Option<JoinRefusal>, StoreError> {
    let epoch: Option<i64> = connection
        .query_row(
            "SELECT invite_epoch FROM spaces WHERE id = ?1",
            [&invitation.space_id],
            |row| row.get(0),
        )
        .optional()?;
    let Some(epoch) = epoch else {
        return Ok(Some(JoinRefusal::SpaceGone));
    };
    let inviter_privileges: Option<String> = connection
        .query_row(
            "SELECT privileges FROM memberships WHERE space_id = ?1 AND user_id = ?2",
            [&invitation.space_id, &invitation.inviter_id],
            |row| row.get(0),
        )
        .optional()?;
    let inviter_privileges = match inviter_privileges {
        Some(text) => parse_privileges(&text)?,
        None => Vec::new(),
    };
    if !inviter_privileges.contains(&Privilege::SpaceInviteUser) {
        return Ok(Some(JoinRefusal::InviterLostPrivilege));
    }
    if invitation.named {
        match named_terms(connection, &invitation.token_id)? {
            Err(refusal) => return Ok(Some(refusal)),
            Ok(carried) => {
                if let Some(lacking) = carried.iter().find(|p| !inviter_privileges.contains(p)) {
                    return Ok(Some(JoinRefusal::InviterLacks(*lacking)));
                }
            }
        }
    }
    let revoked = epoch as u64 != invitation.epoch
        || connection
            .query_row(
                "SELECT 1 FROM revoked_invitations WHERE token_id = ?1",
                [&invitation.token_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
    if revoked {
        return Ok(Some(JoinRefusal::Revoked));
    }
    let member = connection
        .query_row(
            "SELECT 1 FROM memberships WHERE space_id = ?1 AND user_id = ?2",
            [&invitation.space_id, user_id],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    if member {
        return Ok(Some(JoinRefusal::AlreadyMember));
    }
    let uses: i64 = connection
        .query_row(
            "SELECT uses FROM invitation_uses WHERE token_id = ?1",
            [&invitation.token_id],
            |row| row.get(0),
        )
        .optional()?
        .unwrap_or(0);
    if !invitation.named && uses >= i64::from(invitation.max_uses) {
        return Ok(Some(JoinRefusal::AlreadyUsed));
    }
    if membership_count(connection, user_id)? >= u64::from(max_spaces) {
        return Ok(Some(JoinRefusal::SpaceLimit));
    }
    Ok(None)
}

fn insert_space(
    connection: &Connection,
    name: &str,
    owner_id: &str,
    max_spaces: u32,
) -> Result<String, StoreError> {
    if !user_exists(connection, owner_id)? {
        return Err(StoreError::NotFound(format!("user {owner_id}")));
    }
    if membership_count(connection, owner_id)? >= u64::from(max_spaces) {
        return Err(space_limit(max_spaces));
    }
    let id = ids::new_entity_id();
    connection.execute(
        "INSERT INTO spaces (id, name, created_at) VALUES (?1, ?2, ?3)",
        params![id, name, unix_now() as i64],
    )?;
    upsert_membership(connection, &id, owner_id, &Privilege::ALL)?;
    Ok(id)
}

#[async_trait]
impl Store for SqliteStore {
    async fn check_join(
        &self,
        invitation: &Invitation,
        user_id: &str,
        max_spaces: u32,
    ) -> Result<Option<JoinRefusal>, StoreError> {
        let (invitation, user_id) = (invitation.clone(), user_id.to_owned());
        self.run(move |c| {
            // Deferred and never committed: a consistent read, rolled back on drop.
            let tx = c.transaction()?;
            Ok(join_refusal(&tx, &invitation, &user_id, max_spaces)?.err())
        })
        .await
    }

    async fn space_invite_epoch(&self, space_id: &str) -> Result<Option<u64>, StoreError> {
        let space_id = space_id.to_owned();
        self.run(move |c| {
            let epoch: Option<i64> = c
                .query_row(
                    "SELECT invite_epoch FROM spaces WHERE id = ?1",
                    [&space_id],
                    |row| row.get(0),
                )
                .optional()?;
            Ok(epoch.map(|epoch| epoch as u64))
        })
        .await
    }

    async fn create_named_invitation(
        &self,
        invitation: &NamedInvitation,
    ) -> Result<(), StoreError> {
        let invitation = invitation.clone();
        self.write(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let held: i64 = tx.query_row(
                "SELECT count(*) FROM named_invitations WHERE owner_id = ?1",
                [&invitation.owner_id],
                |row| row.get(0),
            )?;
            if held >= i64::from(MAX_NAMED_INVITATIONS_PER_USER) {
                return Err(named_limit());
            }
            let inserted = tx.execute(
                "INSERT INTO named_invitations (token_id, owner_id, name, space_id, token,
                     usage_limit, usage_count, privileges, revoked, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (owner_id, name) DO NOTHING",
                params![
                    invitation.token_id,
                    invitation.owner_id,
                    invitation.name,
                    invitation.space_id,
                    invitation.token,
                    invitation.usage_limit.map(i64::from),
                    invitation.usage_count as i64,
                    format_privileges(&invitation.privileges),
                    invitation.revoked,
                    invitation.created_at as i64,
                ],
            )?;
            if inserted == 0 {
                return Err(named_taken(&invitation.name));
            }
            tx.commit()?;
            Ok(())
        })
        .await
    }

    async fn named_invitation_ids(&self, owner_id: &str) -> Result<Vec<String>, StoreError> {
        let owner_id = owner_id.to_owned();
        self.run(move |c| {
            let mut statement = c.prepare_cached(
                "SELECT token_id FROM named_invitations WHERE owner_id = ?1
                 ORDER BY created_at, rowid",
            )?;
            let ids = statement
                .query_map([&owner_id], |row| row.get(0))?
                .collect::<Result<Vec<String>, _>>()?;
            Ok(ids)
        })
        .await
    }

    async fn named_invitation(
        &self,
        token_id: &str,
    ) -> Result<Option<NamedInvitation>, StoreError> {
        let token_id = token_id.to_owned();
        self.run(move |c| {
            let row = c
                .query_row(
                    "SELECT token_id, owner_id, name, space_id, token, usage_limit, usage_count,
                         privileges, revoked, created_at
                     FROM named_invitations WHERE token_id = ?1",
                    [&token_id],
                    |row| {
                        Ok((
                            (
                                row.get::<_, String>(0)?,
                                row.get::<_, String>(1)?,
                                row.get::<_, String>(2)?,
                                row.get::<_, String>(3)?,
                                row.get::<_, String>(4)?,
                            ),
                            row.get::<_, Option<i64>>(5)?,
                            row.get::<_, i64>(6)?,
                            row.get::<_, String>(7)?,
                            row.get::<_, bool>(8)?,
                            row.get::<_, i64>(9)?,
                        ))
                    },
                )
                .optional()?;
            let Some((
                (token_id, owner_id, name, space_id, token),
                limit,
                count,
                privileges,
                revoked,
                created_at,
            )) = row
            else {
                return Ok(None);
            };
            Ok(Some(NamedInvitation {
                token_id,
                owner_id,
                name,
                space_id,
                token,
                usage_limit: limit.map(|limit| limit as u32),
                usage_count: count as u64,
                privileges: parse_privileges(&privileges)?,
                revoked,
                created_at: created_at as u64,
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
        let (token_id, owner_id) = (token_id.to_owned(), owner_id.to_owned());
        let name = name.map(str::to_owned);
        self.write(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            if let Some(name) = &name {
                let taken = tx
                    .query_row(
                        "SELECT 1 FROM named_invitations
                         WHERE owner_id = ?1 AND name = ?2 AND token_id <> ?3",
                        [&owner_id, name, &token_id],
                        |_| Ok(()),
                    )
                    .optional()?
                    .is_some();
                if taken {
                    return Err(named_taken(name));
                }
            }
            let updated = tx.execute(
                "UPDATE named_invitations SET name = coalesce(?3, name),
                     revoked = coalesce(?4, revoked)
                 WHERE token_id = ?1 AND owner_id = ?2",
                params![token_id, owner_id, name, revoked],
            )?;
            tx.commit()?;
            Ok(updated == 1)
        })
        .await
    }

    async fn delete_named_invitation(
        &self,
        token_id: &str,
        owner_id: &str,
    ) -> Result<bool, StoreError> {
        let (token_id, owner_id) = (token_id.to_owned(), owner_id.to_owned());
        self.write(move |c| {
            let deleted = c.execute(
                "DELETE FROM named_invitations WHERE token_id = ?1 AND owner_id = ?2",
                [&token_id, &owner_id],
            )?;
            Ok(deleted == 1)
        })
        .await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.run(|c| Ok(c.query_row("SELECT 1", [], |_| Ok(()))?))
            .await
    }

    async fn find_login(&self, name: &str) -> Result<Option<Login>, StoreError> {
        let lookup = |s: &State| s.logins.get(name).cloned();
        let keep = |s: &mut State, login| s.logins.insert(name.to_owned(), login);
        self.cached(lookup, keep, || {
            let name = name.to_owned();
            move |c| {
                Ok(c.query_row(
                    "SELECT id, password_hash FROM users WHERE name = ?1",
                    [name],
                    |row| {
                        Ok(Login {
                            user_id: row.get(0)?,
                            password_hash: row.get(1)?,
                        })
                    },
                )
                .optional()?)
            }
        })
        .await
    }

    async fn default_space(&self, user_id: &str) -> Result<Option<Membership>, StoreError> {
        let lookup = |s: &State| s.default_spaces.get(user_id).cloned();
        let keep = |s: &mut State, space| s.default_spaces.insert(user_id.to_owned(), space);
        self.cached(lookup, keep, || {
            let user_id = user_id.to_owned();
            move |c| {
                let row: Option<(String, String, i64)> = c
                    .query_row(
                        "SELECT m.space_id, m.privileges, s.invite_epoch
                     FROM users u
                     JOIN memberships m ON m.space_id = u.default_space_id AND m.user_id = u.id
                     JOIN spaces s ON s.id = m.space_id
                     WHERE u.id = ?1",
                        [user_id],
                        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
                    )
                    .optional()?;
                row.map(|(space_id, privileges, epoch)| {
                    Ok(Membership {
                        space_id,
                        privileges: parse_privileges(&privileges)?,
                        invite_epoch: epoch as u64,
                    })
                })
                .transpose()
            }
        })
        .await
    }

    async fn access_token_active(&self, token_id: &str, user_id: &str) -> Result<bool, StoreError> {
        let lookup = |s: &State| match s.active_tokens.get(token_id) {
            Some((user, active)) if user == user_id => Some(*active),
            _ => None,
        };
        let keep = |s: &mut State, active| {
            let entry = (user_id.to_owned(), active);
            s.active_tokens.insert(token_id.to_owned(), entry)
        };
        self.cached(lookup, keep, || {
            let (token_id, user_id) = (token_id.to_owned(), user_id.to_owned());
            move |c| {
                Ok(c.query_row(
                    "SELECT 1 FROM access_tokens
                 WHERE token_id = ?1 AND user_id = ?2 AND revoked_at IS NULL",
                    [token_id, user_id],
                    |_| Ok(()),
                )
                .optional()?
                .is_some())
            }
        })
        .await
    }

    async fn user_exists(&self, user_id: &str) -> Result<bool, StoreError> {
        let user_id = user_id.to_owned();
        self.run(move |c| {
            Ok(
                c.query_row("SELECT 1 FROM users WHERE id = ?1", [user_id], |_| Ok(()))
                    .optional()?
                    .is_some(),
            )
        })
        .await
    }

    async fn user_spaces(&self, user_id: &str) -> Result<UserSpaces, StoreError> {
        let user_id = user_id.to_owned();
        self.run(move |c| {
            let mut statement = c.prepare_cached(
                "SELECT space_id FROM memberships WHERE user_id = ?1 ORDER BY rowid",
            )?;
            let spaces = statement
                .query_map([&user_id], |row| row.get(0))?
                .collect::<Result<Vec<String>, _>>()?;
            let default = c
                .query_row(
                    "SELECT default_space_id FROM users WHERE id = ?1",
                    [&user_id],
                    |row| row.get(0),
                )
                .optional()?
                .flatten();
            Ok(UserSpaces { spaces, default })
        })
        .await
    }

    async fn user_space(
        &self,
        user_id: &str,
        space_id: &str,
    ) -> Result<Option<SpaceView>, StoreError> {
        let (user_id, space_id) = (user_id.to_owned(), space_id.to_owned());
        self.run(move |c| {
            let row: Option<(String, String)> = c
                .query_row(
                    "SELECT s.name, m.privileges FROM memberships m
                     JOIN spaces s ON s.id = m.space_id
                     WHERE m.space_id = ?1 AND m.user_id = ?2",
                    [&space_id, &user_id],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?;
            row.map(|(name, privileges)| {
                Ok(SpaceView {
                    space_id: space_id.clone(),
                    name,
                    privileges: parse_privileges(&privileges)?,
                })
            })
            .transpose()
        })
        .await
    }

    async fn set_default_space(&self, user_id: &str, space_id: &str) -> Result<bool, StoreError> {
        let (user_id, space_id) = (user_id.to_owned(), space_id.to_owned());
        self.write(move |c| {
            let updated = c.execute(
                "UPDATE users SET default_space_id = ?1 WHERE id = ?2
                 AND EXISTS (SELECT 1 FROM memberships WHERE space_id = ?1 AND user_id = ?2)",
                [&space_id, &user_id],
            )?;
            Ok(updated == 1)
        })
        .await
    }

    async fn leave_space(&self, user_id: &str, space_id: &str) -> Result<bool, StoreError> {
        let (user_id, space_id) = (user_id.to_owned(), space_id.to_owned());
        self.write(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let removed = tx.execute(
                "DELETE FROM memberships WHERE space_id = ?1 AND user_id = ?2",
                [&space_id, &user_id],
            )?;
            tx.execute(
                "UPDATE users SET default_space_id = NULL WHERE id = ?1 AND default_space_id = ?2",
                [&user_id, &space_id],
            )?;
            tx.commit()?;
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
        let (invitation, user_id) = (invitation.clone(), user_id.to_owned());
        self.write(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let privileges = match join_refusal(&tx, &invitation, &user_id, max_spaces)? {
                Err(refusal) => return Ok(Err(refusal)),
                Ok(privileges) => privileges,
            };
            upsert_membership(&tx, &invitation.space_id, &user_id, &privileges)?;
            if invitation.named {
                // The immediate transaction holds the database's write lock since before
                // the check, so no other join counted meanwhile.
                tx.execute(
                    "UPDATE named_invitations SET usage_count = usage_count + 1
                     WHERE token_id = ?1",
                    [&invitation.token_id],
                )?;
            } else {
                tx.execute(
                    "INSERT INTO invitation_uses (token_id, space_id, uses, last_used_at)
                     VALUES (?1, ?2, 1, ?3)
                     ON CONFLICT (token_id) DO UPDATE SET uses = uses + 1, last_used_at = ?3",
                    params![invitation.token_id, invitation.space_id, unix_now() as i64],
                )?;
            }
            tx.commit()?;
            Ok(Ok(()))
        })
        .await
    }

    async fn record_signed_access_token(
        &self,
        token_id: &str,
        key_id: Option<&KeyId>,
        user_id: &str,
        expires_at: u64,
        max_active: u32,
    ) -> Result<(), StoreError> {
        let (token_id, user_id) = (token_id.to_owned(), user_id.to_owned());
        let key_id = key_id.map(|id| id.to_string());
        self.write(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let now = unix_now() as i64;
            let active: i64 = tx.query_row(
                "SELECT count(*) FROM access_tokens
                 WHERE user_id = ?1 AND revoked_at IS NULL AND expires_at > ?2
                 AND (key_id IS NULL OR key_id IN (SELECT id FROM signing_keys WHERE retired_at IS NULL))",
                params![user_id, now],
                |row| row.get(0),
            )?;
            if active >= i64::from(max_active) {
                return Err(token_limit(max_active));
            }
            tx.execute(
                "INSERT INTO access_tokens (token_id, user_id, expires_at, created_at, key_id)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![token_id, user_id, expires_at as i64, now, key_id],
            )?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    async fn sweep_access_tokens(&self, now: u64, batch: u32) -> Result<u64, StoreError> {
        self.write(move |c| {
            let deleted = c.execute(
                "DELETE FROM access_tokens WHERE rowid IN (
                     SELECT rowid FROM access_tokens
                     WHERE revoked_at IS NOT NULL OR expires_at <= ?1
                     LIMIT ?2)",
                params![now as i64, i64::from(batch)],
            )?;
            Ok(deleted as u64)
        })
        .await
    }

    async fn access_tokens(
        &self,
        user_id: &str,
        now: u64,
    ) -> Result<Vec<AccessTokenInfo>, StoreError> {
        let user_id = user_id.to_owned();
        self.run(move |c| {
            let mut statement = c.prepare_cached(
                "SELECT token_id, expires_at FROM access_tokens
                 WHERE user_id = ?1 AND revoked_at IS NULL AND expires_at > ?2
                 AND (key_id IS NULL OR key_id IN (SELECT id FROM signing_keys WHERE retired_at IS NULL))
                 ORDER BY created_at, rowid",
            )?;
            let tokens = statement
                .query_map(params![user_id, now as i64], |row| {
                    Ok(AccessTokenInfo {
                        token_id: row.get(0)?,
                        expires_at: row.get::<_, i64>(1)? as u64,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(tokens)
        })
        .await
    }

    async fn revoke_access_token(
        &self,
        token_id: &str,
        user_id: Option<&str>,
    ) -> Result<bool, StoreError> {
        let (token_id, user_id) = (token_id.to_owned(), user_id.map(str::to_owned));
        self.write(move |c| {
            let revoked = c.execute(
                "UPDATE access_tokens SET revoked_at = ?1
                 WHERE token_id = ?2 AND revoked_at IS NULL AND (?3 IS NULL OR user_id = ?3)",
                params![unix_now() as i64, token_id, user_id],
            )?;
            Ok(revoked == 1)
        })
        .await
    }

    async fn revoke_invitation(&self, token_id: &str, space_id: &str) -> Result<(), StoreError> {
        let (token_id, space_id) = (token_id.to_owned(), space_id.to_owned());
        self.write(move |c| {
            c.execute(
                "INSERT INTO revoked_invitations (token_id, space_id, revoked_at)
                 VALUES (?1, ?2, ?3) ON CONFLICT (token_id) DO NOTHING",
                params![token_id, space_id, unix_now() as i64],
            )?;
            Ok(())
        })
        .await
    }

    async fn revoke_space_invitations(&self, space_id: &str) -> Result<(), StoreError> {
        let space_id = space_id.to_owned();
        self.write(move |c| {
            let updated = c.execute(
                "UPDATE spaces SET invite_epoch = invite_epoch + 1 WHERE id = ?1",
                [&space_id],
            )?;
            if updated == 0 {
                return Err(StoreError::NotFound(format!("space {space_id}")));
            }
            Ok(())
        })
        .await
    }

    async fn signing_key(&self, id: &KeyId) -> Result<Option<SigningKey>, StoreError> {
        let lookup = |s: &State| s.signing_keys.get(id.as_str()).cloned();
        let keep = |s: &mut State, key| s.signing_keys.insert(id.as_str().to_owned(), key);
        self.cached(lookup, keep, || {
            let id = id.as_str().to_owned();
            move |c| {
                let row: Option<(String, Vec<u8>)> = c
                    .query_row(
                        "SELECT id, secret FROM signing_keys WHERE id = ?1 AND retired_at IS NULL",
                        [id],
                        |row| Ok((row.get(0)?, row.get(1)?)),
                    )
                    .optional()?;
                row.map(|(id, secret)| read_key(id, secret)).transpose()
            }
        })
        .await
    }

    async fn current_signing_key(&self) -> Result<SigningKey, StoreError> {
        let lookup = |s: &State| s.current_key.clone();
        let keep = |s: &mut State, key| s.current_key = Some(key);
        self.cached(lookup, keep, || {
            let cache = Arc::clone(&self.cache);
            move |c| {
                const NEWEST: &str = "SELECT id, secret FROM signing_keys WHERE retired_at IS NULL
                                  ORDER BY created_at DESC, rowid DESC LIMIT 1";
                let newest = |c: &Connection| -> Result<Option<(String, Vec<u8>)>, StoreError> {
                    Ok(
                        c.query_row(NEWEST, [], |row| Ok((row.get(0)?, row.get(1)?)))
                            .optional()?,
                    )
                };
                if let Some((id, secret)) = newest(c)? {
                    return read_key(id, secret);
                }
                // No key yet: create one. Another process may race us; the transaction makes
                // the check and the insert one step.
                let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
                let (id, secret) = match newest(&tx)? {
                    Some(existing) => existing,
                    None => insert_key(&tx)?,
                };
                tx.commit()?;
                cache.committed();
                read_key(id, secret)
            }
        })
        .await
    }

    async fn rotate_signing_key(&self) -> Result<KeyId, StoreError> {
        self.write(|c| {
            let (id, _) = insert_key(c)?;
            KeyId::parse(&id).ok_or_else(|| backend("a new key id is malformed"))
        })
        .await
    }

    async fn retire_signing_key(&self, id: &KeyId) -> Result<bool, StoreError> {
        let id = id.as_str().to_owned();
        self.write(move |c| {
            let retired = c.execute(
                "UPDATE signing_keys SET retired_at = ?1 WHERE id = ?2 AND retired_at IS NULL",
                params![unix_now() as i64, id],
            )?;
            Ok(retired == 1)
        })
        .await
    }

    async fn signing_keys(&self) -> Result<Vec<KeyInfo>, StoreError> {
        self.run(|c| {
            let mut statement = c.prepare(
                "SELECT id, created_at, retired_at FROM signing_keys
                 ORDER BY created_at DESC, rowid DESC",
            )?;
            let rows = statement
                .query_map([], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, i64>(1)?,
                        row.get::<_, Option<i64>>(2)?,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            rows.into_iter()
                .map(|(id, created_at, retired_at)| {
                    Ok(KeyInfo {
                        id: KeyId::parse(&id)
                            .ok_or_else(|| backend("a stored key id is malformed"))?,
                        created_at: created_at as u64,
                        retired_at: retired_at.map(|t| t as u64),
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
        let (name, password_hash) = (name.to_owned(), password_hash.to_owned());
        self.write(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let id = insert_user(&tx, &name, &password_hash)?;
            tx.commit()?;
            Ok(id)
        })
        .await
    }

    async fn users(&self) -> Result<Vec<StoredUser>, StoreError> {
        self.run(|c| {
            let mut statement = c.prepare("SELECT id, name FROM users ORDER BY name, id")?;
            let users = statement
                .query_map([], |row| {
                    Ok(StoredUser {
                        user_id: row.get(0)?,
                        name: row.get(1)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(users)
        })
        .await
    }

    async fn rename_user(&self, user_id: &str, new_name: &str) -> Result<bool, StoreError> {
        require_canonical(new_name)?;
        let (user_id, new_name) = (user_id.to_owned(), new_name.to_owned());
        self.write(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let taken = tx
                .query_row(
                    "SELECT 1 FROM users WHERE name = ?1 AND id <> ?2",
                    [&new_name, &user_id],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if taken {
                return Err(StoreError::AlreadyExists(format!("user {new_name:?}")));
            }
            let renamed = tx.execute(
                "UPDATE users SET name = ?1 WHERE id = ?2",
                [&new_name, &user_id],
            )?;
            tx.commit()?;
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
        let (name, owner_id) = (name.to_owned(), owner_id.to_owned());
        self.write(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let id = insert_space(&tx, &name, &owner_id, max_spaces)?;
            tx.commit()?;
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
        let (space_id, user_id) = (space_id.to_owned(), user_id.to_owned());
        let privileges = privileges.to_vec();
        self.write(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let space_exists = tx
                .query_row(
                    "SELECT 1 FROM spaces WHERE id = ?1",
                    [&space_id],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if !space_exists {
                return Err(StoreError::NotFound(format!("space {space_id}")));
            }
            if !user_exists(&tx, &user_id)? {
                return Err(StoreError::NotFound(format!("user {user_id}")));
            }
            let member = tx
                .query_row(
                    "SELECT 1 FROM memberships WHERE space_id = ?1 AND user_id = ?2",
                    [&space_id, &user_id],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if !member && membership_count(&tx, &user_id)? >= u64::from(MAX_SPACES_PER_USER) {
                return Err(space_limit(MAX_SPACES_PER_USER));
            }
            upsert_membership(&tx, &space_id, &user_id, &privileges)?;
            tx.commit()?;
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
        let (space_id, user_id) = (space_id.to_owned(), user_id.to_owned());
        let privileges = privileges.to_vec();
        self.write(move |c| {
            // Immediate: the write lock is held from the read of the memberships on.
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let space_exists = tx
                .query_row(
                    "SELECT 1 FROM spaces WHERE id = ?1",
                    [&space_id],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if !space_exists {
                return Err(StoreError::NotFound(format!("space {space_id}")));
            }
            let members = {
                let mut statement =
                    tx.prepare("SELECT user_id, privileges FROM memberships WHERE space_id = ?1")?;
                let rows = statement.query_map([&space_id], |row| {
                    Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
                })?;
                let mut members = Vec::new();
                for row in rows {
                    let (id, text) = row?;
                    members.push((id, parse_privileges(&text)?));
                }
                members
            };
            if let Err(refusal) = check_new_privileges(&members, &user_id, &privileges) {
                return Ok(Err(refusal));
            }
            tx.execute(
                "UPDATE memberships SET privileges = ?1 WHERE space_id = ?2 AND user_id = ?3",
                params![format_privileges(&privileges), space_id, user_id],
            )?;
            tx.commit()?;
            Ok(Ok(()))
        })
        .await
    }

    async fn is_bootstrapped(&self) -> Result<bool, StoreError> {
        self.run(|c| {
            Ok(c.query_row(
                "SELECT 1 FROM settings WHERE name = ?1",
                [BOOTSTRAPPED],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
        })
        .await
    }

    async fn bootstrap(
        &self,
        admin_password_hash: &str,
    ) -> Result<Option<Bootstrapped>, StoreError> {
        let admin_password_hash = admin_password_hash.to_owned();
        self.write(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let marked = tx.execute(
                "INSERT INTO settings (name, value) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING",
                params![BOOTSTRAPPED, unix_now().to_string()],
            )?;
            if marked == 0 {
                return Ok(None);
            }
            let existing: Option<String> = tx
                .query_row("SELECT id FROM users WHERE name = 'admin'", [], |row| {
                    row.get(0)
                })
                .optional()?;
            let (user_id, admin_created) = match existing {
                Some(id) => (id, false),
                None => (insert_user(&tx, "admin", &admin_password_hash)?, true),
            };
            let space_id = insert_space(&tx, "admin's space", &user_id, MAX_SPACES_PER_USER)?;
            tx.commit()?;
            Ok(Some(Bootstrapped {
                user_id,
                space_id,
                admin_created,
            }))
        })
        .await
    }
}
