//! Answers of the SQLite store's hot reads (logins, default spaces, active access tokens,
//! signing keys), kept in memory for as long as the database has not changed.
//!
//! Every request reads these, and each read through the store's connection costs a hop to
//! the blocking pool and the connection's lock. Instead, an answer is kept in memory under
//! the *version* of the database it was read at, and served while the version stays the
//! same; when it moves, the whole cache is dropped. The version is:
//!
//! - the shared commit counter (`changes`), which every `SqliteStore` write, in this
//!   process or another (the CLI), increments after its transaction: a change made through
//!   the API or the CLI takes effect on the server's very next request, as before;
//! - and, as a safety net for writers that bypass `SqliteStore` (the `sqlite3` shell, or a
//!   process that died between its commit and its increment), SQLite's own
//!   `PRAGMA data_version` on a dedicated connection, asked at most every
//!   [`PROBE_INTERVAL`]: such changes take effect within that interval.
//!
//! An answer is cached under the version read *before* its query: a commit racing with the
//! query can only make the answer newer than its version, and it moves the version on, so
//! the answer is dropped at the next request. This cache belongs to the SQLite store; a
//! store that cannot tell cheaply whether its data changed should cache nothing.

use super::changes::ChangeCounter;
use super::{Login, Membership};
use crate::token::SigningKey;
use rusqlite::Connection;
use std::collections::HashMap;
use std::hash::Hash;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, RwLock};
use std::time::Duration;

/// How often `PRAGMA data_version` is asked (see the module documentation).
pub(super) const PROBE_INTERVAL: Duration = Duration::from_millis(100);

/// The most answers kept per kind: one request's worth is a few hundred bytes, and a map
/// that fills up is emptied (the next requests refill it from the database).
const MAX_ENTRIES: usize = 10_000;

/// A version of the database: (commits counted, changes seen by the probe).
pub(super) type Version = (u64, u64);

pub(super) struct ReadCache {
    changes: ChangeCounter,
    probe: Mutex<Probe>,
    /// When the probe is due next, in nanoseconds since `opened` (a coarse clock is enough
    /// for its 100 ms, and is read by every cached read).
    probe_due: AtomicU64,
    /// How many times the probe saw `data_version` move.
    probe_moves: AtomicU64,
    opened: Duration,
    state: RwLock<State>,
}

struct Probe {
    /// Runs only `PRAGMA data_version`; never writes, never holds a transaction open.
    connection: Connection,
    data_version: i64,
}

#[derive(Default)]
pub(super) struct State {
    version: Option<Version>,
    pub(super) logins: Bounded<String, Option<Login>>,
    pub(super) default_spaces: Bounded<String, Option<Membership>>,
    /// Token id → (user id, issued and unrevoked).
    pub(super) active_tokens: Bounded<String, (String, bool)>,
    pub(super) signing_keys: Bounded<String, Option<SigningKey>>,
    pub(super) current_key: Option<SigningKey>,
}

pub(super) struct Bounded<K, V>(HashMap<K, V>);

impl<K, V> Default for Bounded<K, V> {
    fn default() -> Self {
        Bounded(HashMap::new())
    }
}

impl<K: Hash + Eq, V> Bounded<K, V> {
    pub(super) fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.get(key)
    }

    pub(super) fn insert(&mut self, key: K, value: V) {
        if self.0.len() >= MAX_ENTRIES {
            self.0.clear();
        }
        self.0.insert(key, value);
    }
}

impl ReadCache {
    /// `database` is the SQLite file; the commit counter lives beside it.
    pub(super) fn open(database: &Path) -> Result<ReadCache, super::StoreError> {
        let connection = Connection::open_with_flags(database, super::sqlite::open_flags())?;
        // Never wait long on the request path: a busy probe means "no cache this time".
        connection.busy_timeout(Duration::from_millis(20))?;
        let data_version = connection.query_row("PRAGMA data_version", [], |row| row.get(0))?;
        let mut counter = database.as_os_str().to_owned();
        counter.push("-changes");
        let changes = ChangeCounter::open(Path::new(&counter)).map_err(|e| {
            super::StoreError::Backend(format!("cannot map {}: {e}", Path::new(&counter).display()))
        })?;
        Ok(ReadCache {
            changes,
            probe: Mutex::new(Probe {
                connection,
                data_version,
            }),
            probe_due: AtomicU64::new(PROBE_INTERVAL.as_nanos() as u64),
            probe_moves: AtomicU64::new(0),
            opened: crate::clock::monotonic_coarse(),
            state: RwLock::new(State::default()),
        })
    }

    /// Counts a commit of this store (after its transaction ended).
    pub(super) fn committed(&self) {
        self.changes.bump();
    }

    fn elapsed(&self) -> Duration {
        crate::clock::monotonic_coarse().saturating_sub(self.opened)
    }

    /// The database's version now, or `None` when it cannot be told (then nothing is
    /// cached or served from the cache).
    pub(super) fn version(&self) -> Option<Version> {
        let commits = self.changes.get();
        let now = self.elapsed().as_nanos() as u64;
        if now >= self.probe_due.load(Ordering::Acquire) {
            // One thread probes; the others go on with the version they have.
            if let Ok(mut probe) = self.probe.try_lock() {
                // The counter's file replaced or cut short: re-opened here.
                self.changes.check_file();
                let data_version: i64 = probe
                    .connection
                    .prepare_cached("PRAGMA data_version")
                    .and_then(|mut statement| statement.query_row([], |row| row.get(0)))
                    .ok()?;
                if data_version != probe.data_version {
                    probe.data_version = data_version;
                    self.probe_moves.fetch_add(1, Ordering::AcqRel);
                }
                let next = self.elapsed() + PROBE_INTERVAL;
                self.probe_due
                    .store(next.as_nanos() as u64, Ordering::Release);
            }
        }
        Some((commits, self.probe_moves.load(Ordering::Acquire)))
    }

    /// The cached answer `read` finds, if the cache holds answers of this version.
    pub(super) fn get<T>(
        &self,
        version: Version,
        read: impl FnOnce(&State) -> Option<T>,
    ) -> Option<T> {
        {
            let state = self.state.read().ok()?;
            if state.version == Some(version) {
                return read(&state);
            }
        }
        // The database moved on: start over at this version (unless a newer one is in).
        let mut state = self.state.write().ok()?;
        if state.version.is_none_or(|current| current < version) {
            *state = State {
                version: Some(version),
                ..State::default()
            };
        }
        None
    }

    /// Keeps an answer read after `version` was, unless the database moved on meanwhile.
    pub(super) fn put(&self, version: Version, write: impl FnOnce(&mut State)) {
        if let Ok(mut state) = self.state.write()
            && state.version == Some(version)
        {
            write(&mut state);
        }
    }
}
