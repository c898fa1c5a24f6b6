//! Credentials verified recently, so that the expensive part of a check runs only on a
//! cache miss: argon2id (tens of milliseconds) for Basic credentials ([`VerifiedLogins`]),
//! the base64 decoding and HMAC chain of an access token ([`VerifiedTokens`]).
//!
//! Logins: an entry is found by HMAC-SHA256(server secret, user name, password) and holds
//! the user id and the stored hash the password was verified against: the secret is
//! random per process and never stored, so no key holds a password or anything a password
//! can be checked against without that secret (the stored hash needs argon2id, as in the
//! store, whose cached logins this process holds anyway). A hit needs the same stored
//! hash, so a password change (a new hash) misses at once, and a removed user has no
//! stored hash to find; an entry also expires after [`TTL`], and the cache keeps at most
//! [`MAX_ENTRIES`]. The stored hash is compared rather than hashed into the key: with a
//! PHC string of about 100 characters in it, the key was four SHA-256 blocks of every
//! Basic request, two without. Checks in flight are keyed by both ([`VerifiedLogins::check_key`]),
//! so a check against an old hash is never joined by a request that read the new one.
//!
//! What a memory dump of the process gives an attacker is the secret and the keys: testing
//! a guessed password against them costs one HMAC instead of one argon2id, the price of
//! not running argon2id on every request. The entries expire, so only logins of the last
//! [`TTL`] are exposed to that.

use crate::clock::monotonic_coarse;
use crate::token::Claims;
use crate::token::hmac_sha256;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

/// How long a verified password is taken without argon2id.
pub const TTL: Duration = Duration::from_secs(300);
/// The most entries kept; a full cache first drops its expired entries, then all of them.
pub const MAX_ENTRIES: usize = 10_000;

/// A number no other cache of this process has: tells a cache's entries from another's in
/// the threads' copies.
fn instance_id() -> u64 {
    static NEXT_ID: AtomicU64 = AtomicU64::new(0);
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// Logins verified by argon2id within the last [`TTL`] (see the module documentation).
///
/// Each thread also keeps copies of the entries it has found ([`FRONT_ENTRIES`] at most),
/// as [`VerifiedTokens`] does: a hit takes no lock on a line both cores write. A copy
/// carries its entry's expiry and stored hash, so it answers as the entry would.
pub struct VerifiedLogins {
    id: u64,
    /// The per-process secret's HMAC pad states.
    mac: hmac_sha256::Key,
    entries: Mutex<hashbrown::HashTable<Entry>>,
}

#[derive(Clone)]
struct Entry {
    key: [u8; 32],
    user_id: Arc<str>,
    stored_hash: Arc<str>,
    /// On [`monotonic_coarse`]'s clock.
    expires: Duration,
}

impl Entry {
    fn answers(&self, user_id: &str, stored_hash: &str, now: Duration) -> bool {
        *self.user_id == *user_id && *self.stored_hash == *stored_hash && self.expires > now
    }
}

impl Default for VerifiedLogins {
    fn default() -> Self {
        let secret = crate::token::ids::random_bytes::<32>();
        VerifiedLogins {
            id: instance_id(),
            mac: hmac_sha256::Key::new(&secret),
            entries: Mutex::default(),
        }
    }
}

/// Where a (user, password) pair is kept: an HMAC under the process's secret.
pub struct Key([u8; 32]);

impl Key {
    pub(super) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The table hash of an entry: the key's first bytes. They are an HMAC under a secret
    /// nobody outside the process knows, so nobody can choose keys that collide.
    fn hash(key: &[u8; 32]) -> u64 {
        let mut first = [0u8; 8];
        first.copy_from_slice(&key[..8]);
        u64::from_le_bytes(first)
    }
}

/// A thread's copy of a login entry, with the id of its cache.
type FrontLogin = (u64, Entry);

thread_local! {
    static FRONT_LOGINS: std::cell::RefCell<hashbrown::HashTable<FrontLogin>> =
        const { std::cell::RefCell::new(hashbrown::HashTable::new()) };
}

impl VerifiedLogins {
    /// The key of `user` with `password`.
    pub fn key(&self, user: &str, password: &str) -> Key {
        // Length-prefixed, so that no two pairs share an input; on the stack when it fits
        // (every Basic request comes here).
        let len = 16 + user.len() + password.len();
        let (mut stack, mut heap) = ([0u8; 256], Vec::new());
        let message = match stack.get_mut(..len) {
            Some(message) => message,
            None => {
                heap.resize(len, 0);
                &mut heap[..]
            }
        };
        let mut at = 0;
        for part in [user, password] {
            message[at..at + 8].copy_from_slice(&(part.len() as u64).to_le_bytes());
            message[at + 8..at + 8 + part.len()].copy_from_slice(part.as_bytes());
            at += 8 + part.len();
        }
        Key(self.mac.mac(message))
    }

    /// The key of an argon2id check of the pair `key` against `stored_hash` (see
    /// `auth::in_flight`): requests join a check only when they read the same hash.
    pub fn check_key(&self, key: &Key, stored_hash: &str) -> Key {
        let mut message = Vec::with_capacity(32 + stored_hash.len());
        message.extend_from_slice(&key.0);
        message.extend_from_slice(stored_hash.as_bytes());
        Key(self.mac.mac(&message))
    }

    /// Whether this password was verified for `user_id` against `stored_hash` within the
    /// last [`TTL`].
    pub fn contains(&self, key: &Key, user_id: &str, stored_hash: &str) -> bool {
        let now = monotonic_coarse();
        let hash = Key::hash(&key.0);
        let is_it = |(id, entry): &FrontLogin| *id == self.id && entry.key == key.0;
        // A copy that does not answer may be older than the entry (a new check after a
        // password change): the entry decides then.
        if FRONT_LOGINS.with_borrow(|front| {
            (front.find(hash, is_it))
                .is_some_and(|(_, entry)| entry.answers(user_id, stored_hash, now))
        }) {
            return true;
        }
        let entry = {
            let Ok(entries) = self.entries.lock() else {
                return false;
            };
            match entries.find(hash, |entry| entry.key == key.0) {
                Some(entry) => entry.clone(),
                None => return false,
            }
        };
        let answer = entry.answers(user_id, stored_hash, now);
        FRONT_LOGINS.with_borrow_mut(|front| {
            if let Ok(copy) = front.find_entry(hash, is_it) {
                copy.remove();
            } else if front.len() >= FRONT_ENTRIES {
                front.clear();
            }
            front.insert_unique(hash, (self.id, entry), |(_, entry)| Key::hash(&entry.key));
        });
        answer
    }

    /// Remembers a password that argon2id just verified for `user_id` against
    /// `stored_hash`.
    pub fn insert(&self, key: Key, user_id: &str, stored_hash: &str) {
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        let now = monotonic_coarse();
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|entry| entry.expires > now);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        let hash = Key::hash(&key.0);
        let entry = Entry {
            key: key.0,
            user_id: user_id.into(),
            stored_hash: stored_hash.into(),
            expires: now + TTL,
        };
        // The threads' copies need no dropping: one that no longer answers gives way to
        // this entry in `contains`, which then copies it.
        match entries.find_mut(hash, |kept| kept.key == key.0) {
            Some(kept) => *kept = entry,
            None => {
                entries.insert_unique(hash, entry, |kept| Key::hash(&kept.key));
            }
        }
    }
}

/// Access tokens whose signature and caveat grammar were verified: token → its claims.
///
/// What is remembered holds for good: a key id names one secret forever, so a token that
/// verified once under its key always will. Everything that can change is still checked on
/// every request by the caller — that the key is not retired, the token's kind and expiry,
/// and that the store still has it active (not revoked, its user not removed) — so a hit
/// saves only the decoding and the HMAC chain, and answers exactly as a miss would.
///
/// Only tokens up to [`MAX_CACHED_TOKEN_LEN`] bytes are kept, at most
/// [`MAX_ENTRIES`] of them (a full cache is emptied), so the cache stays under a few MiB
/// whatever clients send; a token that fails verification is never kept. The tokens are
/// kept as they are: a memory dump that shows them also shows the signing secrets, which
/// can mint any token, so keeping them exposes nothing more.
///
/// Lookups hash only the token's length and its last [`HASHED_TAIL`] characters (the
/// base64 of its signature), with the process's random SipHash key: hashing all of a
/// 300-byte token was 880 instructions of every request. Only verified tokens are
/// kept, whose signatures an attacker cannot choose, so entries do not share tails; a
/// forged token with a kept token's tail lands on that entry and fails the comparison of
/// the whole token, which every hit makes.
///
/// Each thread also keeps copies of the entries it has found ([`FRONT_ENTRIES`] at most):
/// a request's token is found without the shared lock and handed out in an `Arc` only
/// that thread counts, where the shared ones were atomic updates on lines every core
/// writes. Nothing in an entry can go stale (see above), so the copies need no
/// invalidation.
pub struct VerifiedTokens {
    /// Tells this cache's entries from other caches' in the threads' copies.
    id: u64,
    hasher: std::collections::hash_map::RandomState,
    entries: RwLock<hashbrown::HashTable<(Box<str>, Arc<Claims>)>>,
}

impl Default for VerifiedTokens {
    fn default() -> Self {
        VerifiedTokens {
            id: instance_id(),
            hasher: Default::default(),
            entries: Default::default(),
        }
    }
}

/// The most entries a thread keeps copies of; a full set is emptied.
pub const FRONT_ENTRIES: usize = 256;

/// A thread's copy of an entry: (hash, cache id, token, claims).
type FrontEntry = (u64, u64, Box<str>, Arc<Claims>);

thread_local! {
    static FRONT: std::cell::RefCell<hashbrown::HashTable<FrontEntry>> =
        const { std::cell::RefCell::new(hashbrown::HashTable::new()) };
}

/// How many of a token's last characters its cache hash covers: 43 base64 characters are
/// the 32 bytes of a signature.
pub const HASHED_TAIL: usize = 43;

/// Longer tokens are verified every time (ours are about 300 bytes).
pub const MAX_CACHED_TOKEN_LEN: usize = 1024;

impl VerifiedTokens {
    /// The claims of `token` if its signature and grammar were verified before.
    pub fn get(&self, token: &str) -> Option<Arc<Claims>> {
        let hash = self.hash(token);
        let is_it = |(_, id, kept, _): &FrontEntry| *id == self.id && **kept == *token;
        if let Some(claims) = FRONT.with_borrow(|front| {
            let (_, _, _, claims) = front.find(hash, is_it)?;
            Some(Arc::clone(claims))
        }) {
            return Some(claims);
        }
        let claims = {
            let entries = self.entries.read().ok()?;
            let (_, claims) = entries.find(hash, |(kept, _)| **kept == *token)?;
            Arc::new(Claims::clone(claims))
        };
        FRONT.with_borrow_mut(|front| {
            if front.len() >= FRONT_ENTRIES {
                front.clear();
            }
            let entry = (hash, self.id, token.into(), Arc::clone(&claims));
            front.insert_unique(hash, entry, |(hash, ..)| *hash);
        });
        Some(claims)
    }

    fn hash(&self, token: &str) -> u64 {
        use std::hash::{BuildHasher, Hasher};
        let bytes = token.as_bytes();
        let tail = &bytes[bytes.len().saturating_sub(HASHED_TAIL)..];
        let mut hasher = self.hasher.build_hasher();
        hasher.write_usize(bytes.len());
        hasher.write(tail);
        hasher.finish()
    }

    /// Remembers a token whose signature and grammar were just verified.
    pub fn insert(&self, token: &str, claims: Arc<Claims>) {
        if token.len() > MAX_CACHED_TOKEN_LEN {
            return;
        }
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        let hash = self.hash(token);
        // This thread's copy, if any, is the older answer: dropped. (The claims of a
        // token are a function of its bytes, so other threads' copies agree with these.)
        FRONT.with_borrow_mut(|front| {
            if let Ok(entry) =
                front.find_entry(hash, |(_, id, kept, _)| *id == self.id && **kept == *token)
            {
                entry.remove();
            }
        });
        match entries.find_mut(hash, |(kept, _)| **kept == *token) {
            Some(entry) => entry.1 = claims,
            None => {
                entries.insert_unique(hash, (token.into(), claims), |(kept, _)| self.hash(kept));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_depend_on_every_part() {
        let cache = VerifiedLogins::default();
        let key = |u, p| cache.key(u, p).0;
        let base = key("alice", "secret");
        assert_ne!(base, key("alice", "secret!"));
        assert_ne!(base, key("alicf", "secret"));
        assert_ne!(key("ab", "c"), key("a", "bc"));
        // Longer than the stack buffer: the same construction on the heap.
        let long = "p".repeat(300);
        assert_ne!(key("alice", &long), key("alice", &long[1..]));
        assert_eq!(key("alice", &long), key("alice", &long));
        // Another process (another secret) has other keys.
        assert_ne!(base, VerifiedLogins::default().key("alice", "secret").0);
        // A check in flight is keyed by the stored hash too.
        let check = |h| cache.check_key(&cache.key("alice", "secret"), h).0;
        assert_ne!(check("$argon2id$a"), check("$argon2id$b"));
        assert_ne!(check("$argon2id$a"), base);
    }

    #[test]
    fn hits_only_for_the_same_user_and_hash_and_is_bounded() {
        let cache = VerifiedLogins::default();
        cache.insert(cache.key("alice", "pw"), "u1", "h");
        // Twice: the second time from this thread's copy.
        for _ in 0..2 {
            assert!(cache.contains(&cache.key("alice", "pw"), "u1", "h"));
            assert!(!cache.contains(&cache.key("alice", "pw"), "u2", "h"));
            assert!(!cache.contains(&cache.key("alice", "pw"), "u1", "h2"));
            assert!(!cache.contains(&cache.key("alice", "pw2"), "u1", "h"));
        }
        // A new check's answer replaces the copy of this thread.
        cache.insert(cache.key("alice", "pw"), "u1", "h2");
        assert!(cache.contains(&cache.key("alice", "pw"), "u1", "h2"));
        assert!(!VerifiedLogins::default().contains(&cache.key("alice", "pw"), "u1", "h2"));
        for n in 0..MAX_ENTRIES + 5 {
            cache.insert(cache.key(&format!("user{n}"), "pw"), "u", "h");
        }
        assert!(cache.entries.lock().unwrap().len() <= MAX_ENTRIES);
    }

    #[test]
    fn an_expired_login_is_not_taken_even_from_a_copy() {
        let cache = VerifiedLogins::default();
        let key = cache.key("alice", "pw");
        cache.insert(cache.key("alice", "pw"), "u1", "h");
        assert!(cache.contains(&key, "u1", "h"));
        // The entry and this thread's copy of it as they are once the TTL has passed.
        let expired = monotonic_coarse().saturating_sub(Duration::from_secs(1));
        for entry in cache.entries.lock().unwrap().iter_mut() {
            entry.expires = expired;
        }
        FRONT_LOGINS.with_borrow_mut(|front| {
            for (_, entry) in front.iter_mut() {
                entry.expires = expired;
            }
        });
        assert!(!cache.contains(&key, "u1", "h"));
        assert!(
            !cache.contains(&key, "u1", "h"),
            "the copy is as old as the entry"
        );
    }

    #[test]
    fn a_copy_older_than_its_entry_gives_way() {
        let cache = VerifiedLogins::default();
        let key = cache.key("alice", "pw");
        cache.insert(cache.key("alice", "pw"), "u1", "old-hash");
        assert!(cache.contains(&key, "u1", "old-hash"));
        // Another thread verifies the new password's hash: this thread's copy is stale.
        std::thread::scope(|threads| {
            threads.spawn(|| cache.insert(cache.key("alice", "pw"), "u1", "new-hash"));
        });
        assert!(cache.contains(&key, "u1", "new-hash"));
        assert!(!cache.contains(&key, "u1", "old-hash"));
    }

    #[test]
    fn tokens_are_kept_only_when_short_and_the_cache_is_bounded() {
        use crate::token::{Grant, KeyId, TokenId};
        let claims = |n: usize| {
            Arc::new(Claims {
                key_id: KeyId::parse("0123456789ab").unwrap(),
                token_id: TokenId::generate(),
                grant: Grant::Access {
                    user_id: format!("user{n}"),
                },
                expires_at: 10,
            })
        };
        let cache = VerifiedTokens::default();
        assert!(cache.get("t").is_none());
        cache.insert("t", claims(1));
        assert_eq!(cache.get("t").unwrap().grant, claims(1).grant);
        assert!(cache.get("t2").is_none());
        let long = "x".repeat(MAX_CACHED_TOKEN_LEN + 1);
        cache.insert(&long, claims(2));
        assert!(cache.get(&long).is_none());
        for n in 0..MAX_ENTRIES + 5 {
            cache.insert(&format!("token{n}"), claims(n));
        }
        assert!(cache.entries.read().unwrap().len() <= MAX_ENTRIES);
    }

    /// Claims of an access token of `user`.
    fn claims(user: &str) -> Arc<Claims> {
        use crate::token::{Grant, KeyId, TokenId};
        Arc::new(Claims {
            key_id: KeyId::parse("0123456789ab").unwrap(),
            token_id: TokenId::generate(),
            grant: Grant::Access {
                user_id: user.to_owned(),
            },
            expires_at: 10,
        })
    }

    #[test]
    fn each_cache_finds_its_own_entries_in_the_threads_copies() {
        let (first, second) = (VerifiedTokens::default(), VerifiedTokens::default());
        first.insert("the-token", claims("u1"));
        second.insert("the-token", claims("u2"));
        for _ in 0..2 {
            // The second time from this thread's copies.
            assert_eq!(first.get("the-token").unwrap().grant, claims("u1").grant);
            assert_eq!(second.get("the-token").unwrap().grant, claims("u2").grant);
        }
        assert!(VerifiedTokens::default().get("the-token").is_none());
    }

    #[test]
    fn tokens_with_the_same_tail_are_told_apart() {
        let tail = "s".repeat(HASHED_TAIL);
        let (one, two) = (format!("a{tail}"), format!("b{tail}"));
        let cache = VerifiedTokens::default();
        cache.insert(&one, claims("u1"));
        assert!(cache.get(&two).is_none(), "same tail, another token");
        cache.insert(&two, claims("u2"));
        assert_eq!(cache.get(&one).unwrap().grant, claims("u1").grant);
        assert_eq!(cache.get(&two).unwrap().grant, claims("u2").grant);
        // Inserting a token again replaces its entry instead of adding one.
        cache.insert(&one, claims("u3"));
        assert_eq!(cache.get(&one).unwrap().grant, claims("u3").grant);
        assert_eq!(cache.entries.read().unwrap().len(), 2);
        // Shorter than the tail: the whole token is hashed.
        cache.insert("short", claims("u4"));
        assert_eq!(cache.get("short").unwrap().grant, claims("u4").grant);
    }
}
