//! Credentials verified recently, so that the expensive part of a check runs only on a
//! cache miss: argon2id (tens of milliseconds) for Basic credentials ([`VerifiedLogins`]),
//! the base64 decoding and HMAC chain of an access token ([`VerifiedTokens`]).
//!
//! Logins: an entry is found by HMAC-SHA256(server secret, user name, password, stored
//! hash): the secret is random per process and never stored, so neither the keys nor the
//! values hold a password or anything a password can be checked against without that
//! secret. Because the stored hash is part of the key, a password change (a new hash)
//! misses at once, and a removed user has no stored hash to find; an entry also expires
//! after [`TTL`], and the cache keeps at most [`MAX_ENTRIES`].
//!
//! What a memory dump of the process gives an attacker is the secret and the keys: testing
//! a guessed password against them costs one HMAC instead of one argon2id, the price of
//! not running argon2id on every request. The entries expire, so only logins of the last
//! [`TTL`] are exposed to that.

use crate::token::Claims;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

type HmacSha256 = Hmac<Sha256>;

/// How long a verified password is taken without argon2id.
pub const TTL: Duration = Duration::from_secs(300);
/// The most entries kept; a full cache first drops its expired entries, then all of them.
pub const MAX_ENTRIES: usize = 10_000;

pub struct VerifiedLogins {
    /// HMAC state keyed by the per-process secret.
    mac: HmacSha256,
    entries: Mutex<HashMap<[u8; 32], Entry>>,
}

struct Entry {
    user_id: String,
    expires: Instant,
}

impl Default for VerifiedLogins {
    fn default() -> Self {
        let secret = crate::token::ids::random_bytes::<32>();
        VerifiedLogins {
            mac: HmacSha256::new_from_slice(&secret).expect("HMAC takes keys of any length"),
            entries: Mutex::new(HashMap::new()),
        }
    }
}

/// Where a (user, password, stored hash) triple is kept.
pub struct Key([u8; 32]);

impl Key {
    pub(super) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl VerifiedLogins {
    pub fn key(&self, user: &str, password: &str, stored_hash: &str) -> Key {
        let mut mac = self.mac.clone();
        // Length-prefixed, so that no two triples share an input.
        for part in [user, password, stored_hash] {
            mac.update(&(part.len() as u64).to_le_bytes());
            mac.update(part.as_bytes());
        }
        Key(mac.finalize().into_bytes().into())
    }

    /// Whether this password was verified for `user_id` within the last [`TTL`].
    pub fn contains(&self, key: &Key, user_id: &str) -> bool {
        let Ok(entries) = self.entries.lock() else {
            return false;
        };
        entries
            .get(&key.0)
            .is_some_and(|entry| entry.user_id == user_id && entry.expires > Instant::now())
    }

    /// Remembers a password that argon2id just verified.
    pub fn insert(&self, key: Key, user_id: &str) {
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        let now = Instant::now();
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, entry| entry.expires > now);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(
            key.0,
            Entry {
                user_id: user_id.to_owned(),
                expires: now + TTL,
            },
        );
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
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        VerifiedTokens {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
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
        let key = |u, p, h| cache.key(u, p, h).0;
        let base = key("alice", "secret", "$argon2id$a");
        assert_ne!(base, key("alice", "secret!", "$argon2id$a"));
        assert_ne!(base, key("alicf", "secret", "$argon2id$a"));
        assert_ne!(base, key("alice", "secret", "$argon2id$b"));
        assert_ne!(key("ab", "c", "h"), key("a", "bc", "h"));
        // Another process (another secret) has other keys.
        assert_ne!(
            base,
            VerifiedLogins::default()
                .key("alice", "secret", "$argon2id$a")
                .0
        );
    }

    #[test]
    fn hits_only_for_the_same_user_and_is_bounded() {
        let cache = VerifiedLogins::default();
        cache.insert(cache.key("alice", "pw", "h"), "u1");
        assert!(cache.contains(&cache.key("alice", "pw", "h"), "u1"));
        assert!(!cache.contains(&cache.key("alice", "pw", "h"), "u2"));
        assert!(!cache.contains(&cache.key("alice", "pw", "h2"), "u1"));
        for n in 0..MAX_ENTRIES + 5 {
            cache.insert(cache.key(&format!("user{n}"), "pw", "h"), "u");
        }
        assert!(cache.entries.lock().unwrap().len() <= MAX_ENTRIES);
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
