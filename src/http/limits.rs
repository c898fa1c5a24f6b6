//! Resource limits and rate limits: how much a client may send, how slowly, how often.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Limits on connections, requests and request rates. `Default` gives the safe defaults
/// documented in docs/operations.md; a rate of 0 turns that rate limit off.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Connections served at once; further clients wait in the listen backlog.
    pub max_connections: usize,
    /// Time for a request's head to arrive; also how long an idle keep-alive connection
    /// and a slow TLS handshake are kept.
    pub header_timeout: Duration,
    /// Time for a request's body to arrive (408 after it).
    pub body_timeout: Duration,
    /// Largest request head (request line and headers); hyper closes the connection
    /// beyond it.
    pub max_head_bytes: usize,
    /// Largest request body (413 beyond it, without reading the rest).
    pub max_body_bytes: usize,
    /// Invitations one user may mint per minute (with a burst of as many).
    pub mints_per_minute: u32,
    /// Joins one user may attempt per minute.
    pub joins_per_minute: u32,
    /// Access tokens one user may create per minute (`POST /user/client_tokens`).
    pub access_tokens_per_minute: u32,
    /// Spaces one user may create per minute (`POST /user/spaces`).
    pub spaces_per_minute: u32,
    /// Failed authentications one client address may make per minute; past that, its
    /// requests get 429 before any credential is checked.
    pub failed_logins_per_minute: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 1024,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            max_head_bytes: 64 * 1024,
            max_body_bytes: 64 * 1024,
            mints_per_minute: 60,
            joins_per_minute: 30,
            access_tokens_per_minute: 10,
            spaces_per_minute: 10,
            failed_logins_per_minute: 30,
        }
    }
}

/// A token bucket per key: `per_minute` requests a minute, in bursts of up to as many.
///
/// Hand-written rather than taken from a crate because the failed-login limit needs to
/// *look* at a bucket before deciding to spend a token (a request from a blocked address
/// must not even reach the password check, but only failures spend), and the map must stay
/// bounded under a flood of distinct keys.
#[derive(Debug)]
pub struct RateLimiter<K> {
    per_second: f64,
    capacity: f64,
    buckets: Mutex<HashMap<K, Bucket>>,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// More keys than this and idle (full) buckets are dropped; if all are busy the map is
/// cleared, which errs on the side of letting clients through rather than growing.
const MAX_KEYS: usize = 100_000;

impl<K: Eq + Hash + Clone> RateLimiter<K> {
    /// `None` when `per_minute` is 0 (no limit).
    pub fn per_minute(per_minute: u32) -> Option<RateLimiter<K>> {
        (per_minute > 0).then(|| RateLimiter {
            per_second: f64::from(per_minute) / 60.0,
            capacity: f64::from(per_minute),
            buckets: Mutex::new(HashMap::new()),
        })
    }

    fn refilled(&self, bucket: Bucket, now: Instant) -> Bucket {
        let elapsed = now.saturating_duration_since(bucket.updated).as_secs_f64();
        Bucket {
            tokens: (bucket.tokens + elapsed * self.per_second).min(self.capacity),
            updated: now,
        }
    }

    fn retry_after(&self, tokens: f64) -> u32 {
        (((1.0 - tokens) / self.per_second).ceil() as u32).max(1)
    }

    /// Spends one token for `key`; `Err(seconds)` to wait when there is none.
    pub fn check(&self, key: &K) -> Result<(), u32> {
        self.check_at(key, Instant::now())
    }

    /// How long `key` must wait, without spending anything; `None` when it may go on.
    pub fn blocked(&self, key: &K) -> Option<u32> {
        let now = Instant::now();
        let buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let bucket = self.refilled(*buckets.get(key)?, now);
        (bucket.tokens < 1.0).then(|| self.retry_after(bucket.tokens))
    }

    fn check_at(&self, key: &K, now: Instant) -> Result<(), u32> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() >= MAX_KEYS && !buckets.contains_key(key) {
            buckets.retain(|_, bucket| self.refilled(*bucket, now).tokens < self.capacity);
            if buckets.len() >= MAX_KEYS {
                buckets.clear();
            }
        }
        let full = Bucket {
            tokens: self.capacity,
            updated: now,
        };
        let bucket = buckets.entry(key.clone()).or_insert(full);
        *bucket = self.refilled(*bucket, now);
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(self.retry_after(bucket.tokens))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_refill() {
        let limiter = RateLimiter::per_minute(60).unwrap();
        let start = Instant::now();
        for _ in 0..60 {
            assert!(limiter.check_at(&"k", start).is_ok());
        }
        assert_eq!(limiter.check_at(&"k", start), Err(1));
        // one token a second
        assert!(
            limiter
                .check_at(&"k", start + Duration::from_millis(1000))
                .is_ok()
        );
        assert!(
            limiter
                .check_at(&"k", start + Duration::from_millis(1000))
                .is_err()
        );
        // other keys are independent
        assert!(limiter.check_at(&"other", start).is_ok());
    }

    #[test]
    fn retry_after_rounds_up() {
        let limiter = RateLimiter::per_minute(6).unwrap();
        let start = Instant::now();
        for _ in 0..6 {
            limiter.check_at(&1, start).unwrap();
        }
        assert_eq!(limiter.check_at(&1, start), Err(10));
        assert_eq!(
            limiter.check_at(&1, start + Duration::from_millis(2500)),
            Err(8)
        );
    }

    #[test]
    fn blocked_looks_without_spending() {
        let limiter = RateLimiter::per_minute(2).unwrap();
        assert_eq!(limiter.blocked(&"k"), None);
        limiter.check(&"k").unwrap();
        assert_eq!(limiter.blocked(&"k"), None);
        limiter.check(&"k").unwrap();
        assert!(limiter.blocked(&"k").is_some());
        assert!(limiter.blocked(&"k").is_some(), "looking spends nothing");
    }

    #[test]
    fn zero_means_no_limit() {
        assert!(RateLimiter::<u8>::per_minute(0).is_none());
    }

    #[test]
    fn the_map_stays_bounded() {
        let limiter = RateLimiter::per_minute(10).unwrap();
        let start = Instant::now();
        for key in 0..(MAX_KEYS + 10) {
            limiter.check_at(&key, start).unwrap();
        }
        assert!(limiter.buckets.lock().unwrap().len() <= MAX_KEYS);
    }
}
