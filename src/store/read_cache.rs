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
//! Each thread also keeps copies of the answers it used, under the same version
//! ([`FRONT_ENTRIES`] per kind at most): a request finds them without the shared lock,
//! whose reader count is an atomic update on a line every core writes (four per mint).
//! A copy serves only while the version it was kept under is the database's, exactly as
//! the shared answers do.
//!
//! An answer is cached under the version read *before* its query: a commit racing with the
//! query can only make the answer newer than its version, and it moves the version on, so
//! the answer is dropped at the next request. This cache belongs to the SQLite store; a
//! store that cannot tell cheaply whether its data changed should cache nothing.

use super::changes::ChangeCounter;
use super::{Login, Membership};
use crate::token::SigningKey;
use rusqlite::Connection;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError, RwLock};
use std::time::Duration;

/// How often `PRAGMA data_version` is asked (see the module documentation).
pub(super) const PROBE_INTERVAL: Duration = Duration::from_millis(100);

/// The most answers kept per kind: one request's worth is a few hundred bytes, and a map
/// that fills up is emptied (the next requests refill it from the database).
const MAX_ENTRIES: usize = 10_000;

/// The most answers per kind a thread keeps copies of (a full set is emptied).
pub(super) const FRONT_ENTRIES: usize = 256;

/// A version of the database: (commits counted, changes seen by the probe).
pub(super) type Version = (u64, u64);

pub(super) struct ReadCache {
    /// Tells this cache's copies from other caches' in the threads' copies.
    id: u64,
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

pub(super) struct Bounded<K, V> {
    entries: HashMap<K, V>,
    max: usize,
}

impl<K, V> Default for Bounded<K, V> {
    fn default() -> Self {
        Bounded::with_max(MAX_ENTRIES)
    }
}

impl<K, V> Bounded<K, V> {
    fn with_max(max: usize) -> Self {
        Bounded {
            entries: HashMap::new(),
            max,
        }
    }
}

impl<K: Hash + Eq, V> Bounded<K, V> {
    pub(super) fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.entries.get(key)
    }

    pub(super) fn insert(&mut self, key: K, value: V) {
        if self.entries.len() >= self.max {
            self.entries.clear();
        }
        self.entries.insert(key, value);
    }
}

impl State {
    /// A thread's copies, at `version`.
    fn front(version: Version) -> State {
        State {
            version: Some(version),
            logins: Bounded::with_max(FRONT_ENTRIES),
            default_spaces: Bounded::with_max(FRONT_ENTRIES),
            active_tokens: Bounded::with_max(FRONT_ENTRIES),
            signing_keys: Bounded::with_max(FRONT_ENTRIES),
            current_key: None,
        }
    }
}

/// A thread's copies of one cache's answers.
struct Front {
    cache: u64,
    state: State,
}

thread_local! {
    static FRONT: RefCell<Option<Front>> = const { RefCell::new(None) };
}

impl ReadCache {
    /// `database` is the SQLite file; the commit counter lives beside it.
    pub(super) fn open(database: &Path) -> Result<ReadCache, super::StoreError> {
        let connection = Connection::open_with_flags(database, super::sqlite::open_flags())?;
        // Never wait long on the request path: a probe that finds the database busy gives
        // up after 20 ms, and means "no cache this time".
        connection.busy_timeout(Duration::from_millis(20))?;
        let data_version = connection.query_row("PRAGMA data_version", [], |row| row.get(0))?;
        let mut counter = database.as_os_str().to_owned();
        counter.push("-changes");
        let changes = ChangeCounter::open(Path::new(&counter)).map_err(|e| {
            super::StoreError::Backend(format!("cannot map {}: {e}", Path::new(&counter).display()))
        })?;
        static NEXT_ID: AtomicU64 = AtomicU64::new(0);
        Ok(ReadCache {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
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
        if self.probe_is_due() {
            // One thread probes. The others cannot tell the version until it is done, so
            // that no request begun after the probe was due gets an answer older than its
            // result: they wait for it (one PRAGMA on a dedicated connection, microseconds).
            // Reading around the cache instead sent each of their reads to the blocking
            // pool, every 100 ms in a burst that started new threads (docs/PERFORMANCE.md,
            // item 40).
            let mut probe = self.probe.lock().unwrap_or_else(PoisonError::into_inner);
            // Not if another thread probed while this one waited.
            if self.probe_is_due() {
                self.run_probe(&mut probe)?;
            }
        }
        Some((commits, self.probe_moves.load(Ordering::Acquire)))
    }

    fn probe_is_due(&self) -> bool {
        self.elapsed().as_nanos() as u64 >= self.probe_due.load(Ordering::Acquire)
    }

    /// Asks `data_version`, counts a move, and sets the next probe an interval from now;
    /// `None` if the database did not answer (the probe stays due).
    fn run_probe(&self, probe: &mut Probe) -> Option<()> {
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
        Some(())
    }

    /// This thread's copies of the answers of `version` (emptied if they were of an older
    /// version or another cache); `None` if they are of a newer version already (an
    /// answer read before it came in is of no use).
    fn with_front<R>(
        &self,
        version: Version,
        use_front: impl FnOnce(&mut State) -> R,
    ) -> Option<R> {
        FRONT.with_borrow_mut(|front| {
            let front = match front {
                Some(front) if front.cache == self.id && front.state.version == Some(version) => {
                    front
                }
                Some(front) if front.cache == self.id && front.state.version > Some(version) => {
                    return None;
                }
                _ => front.insert(Front {
                    cache: self.id,
                    state: State::front(version),
                }),
            };
            Some(use_front(&mut front.state))
        })
    }

    /// The cached answer `lookup` finds, if the cache holds answers of this version: from
    /// this thread's copies, else from the shared answers (then `keep` copies it).
    pub(super) fn get<T: Clone>(
        &self,
        version: Version,
        lookup: impl Fn(&State) -> Option<T>,
        keep: impl FnOnce(&mut State, T),
    ) -> Option<T> {
        if let Some(hit) = self.with_front(version, |front| lookup(front)).flatten() {
            return Some(hit);
        }
        let hit = {
            let state = self.state.read().ok()?;
            if state.version == Some(version) {
                lookup(&state)
            } else {
                drop(state);
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
        }?;
        self.with_front(version, |front| keep(front, hit.clone()));
        Some(hit)
    }

    /// Keeps an answer read after `version` was, unless the database moved on meanwhile;
    /// in this thread's copies too.
    pub(super) fn put<T: Clone>(&self, version: Version, keep: impl Fn(&mut State, T), answer: T) {
        if let Ok(mut state) = self.state.write()
            && state.version == Some(version)
        {
            keep(&mut state, answer.clone());
        }
        self.with_front(version, |front| keep(front, answer));
    }
}

#[cfg(test)]
mod tests {
    use super::ReadCache;
    use std::sync::atomic::Ordering;
    use std::time::Duration;

    /// A reader that finds the probe due while another thread runs it waits for its answer
    /// and tells the version, rather than reading around the cache (`None`).
    #[test]
    fn a_due_probe_in_another_thread_is_waited_for() {
        let dir = tempfile::tempdir().unwrap();
        let database = dir.path().join("onezone.db");
        rusqlite::Connection::open(&database)
            .unwrap()
            .execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);")
            .unwrap();
        let cache = ReadCache::open(&database).unwrap();
        cache.probe_due.store(0, Ordering::Release);
        let running = cache.probe.lock().unwrap();
        std::thread::scope(|scope| {
            let reader = scope.spawn(|| cache.version());
            std::thread::sleep(Duration::from_millis(100));
            assert!(
                !reader.is_finished(),
                "the reader did not wait for the probe"
            );
            drop(running);
            let version = reader.join().unwrap();
            assert_eq!(version, Some((cache.changes.get(), 0)));
        });
        // The reader probed (the running probe had not moved the due time).
        assert!(cache.probe_due.load(Ordering::Acquire) > 0);
    }
}
