//! Basic credentials verified recently, so that argon2id (tens of milliseconds) runs only
//! on a cache miss.
//!
//! An entry is found by HMAC-SHA256(server secret, user name, password, stored hash): the
//! secret is random per process and never stored, so neither the keys nor the values hold
//! a password or anything a password can be checked against without that secret.
//! Because the stored hash is part of the key, a password change (a new hash) misses at
//! once, and a removed user has no stored hash to find; an entry also expires after
//! [`TTL`], and the cache keeps at most [`MAX_ENTRIES`].
//!
//! What a memory dump of the process gives an attacker is the secret and the keys: testing
//! a guessed password against them costs one HMAC instead of one argon2id, the price of
//! not running argon2id on every request. The entries expire, so only logins of the last
//! [`TTL`] are exposed to that.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::HashMap;
use std::sync::Mutex;
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
}
