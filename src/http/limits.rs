//! Resource limits and rate limits: how much a client may send, how slowly, how often.

use crate::http::ClientAddr;
use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Limits on connections, requests and request rates. `Default` gives the safe defaults
/// documented in docs/operations.md; a rate of 0 turns that rate limit off.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Connections served at once; further clients wait in the listen backlog (while
    /// idle keep-alive connections are closed to make room).
    pub max_connections: usize,
    /// Connections one client address may hold at once (trusted proxies are exempt:
    /// they carry everyone's). A further connection from it waits for one of its own to
    /// end, up to the header timeout, and its idle ones are closed to make room.
    pub max_connections_per_address: usize,
    /// Time for a request's head to arrive; also how long an idle keep-alive connection
    /// and a slow TLS handshake are kept.
    pub header_timeout: Duration,
    /// Time for a request's body to arrive (408 after it).
    pub body_timeout: Duration,
    /// Largest request head (request line and headers): 431 JSON beyond it, up to the
    /// size of hyper's read buffer (see [`head`](crate::http::head)).
    pub max_head_bytes: usize,
    /// Most header fields in a request: 431 JSON beyond it (see
    /// [`head`](crate::http::head) for hyper's own, higher limit).
    pub max_headers: usize,
    /// Longest request target (path and query, as sent): 414 JSON beyond it, up to
    /// hyper's fixed limit of 65,534 bytes.
    pub max_request_target_bytes: usize,
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
    /// Failed authentications one client address may make per minute for one user name
    /// (tokens count as one more name); past that, its logins as that user get 429
    /// before any credential is checked.
    pub failed_logins_per_minute: u32,
    /// Failed authentications one client address may make per minute whatever the user
    /// name (password spraying); past that, all its logins get 429 before any check.
    pub failed_logins_per_address_per_minute: u32,
    /// Password checks (argon2) one client address may have waiting or running at once;
    /// beyond, 429. Keeps one address from filling the shared queue of checks.
    pub password_checks_per_address: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 1024,
            max_connections_per_address: 64,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            max_head_bytes: 64 * 1024,
            max_headers: 100,
            max_request_target_bytes: 16 * 1024,
            max_body_bytes: 64 * 1024,
            mints_per_minute: 60,
            joins_per_minute: 30,
            access_tokens_per_minute: 10,
            spaces_per_minute: 10,
            failed_logins_per_minute: 30,
            failed_logins_per_address_per_minute: 100,
            password_checks_per_address: 8,
        }
    }
}

/// A token bucket per key: `per_minute` requests a minute, in bursts of up to as many.
///
/// Hand-written rather than taken from a crate because the failed-login limit *reserves* a
/// token before the password check and gives it back when the login succeeds ([`give_back`]:
/// only failures spend, yet a burst can never check more than the allowance), which the
/// rate-limiting crates (`governor` and the like) do not offer, and the map must stay
/// bounded under a flood of distinct keys.
///
/// [`give_back`]: RateLimiter::give_back
#[derive(Debug)]
pub struct RateLimiter<K> {
    per_second: f64,
    capacity: f64,
    buckets: Mutex<HashMap<K, Bucket>>,
    /// How many buckets `buckets` holds, written under its lock: while none is, nothing
    /// is blocked, which [`blocked`](Self::blocked) answers without the clock or the lock
    /// (a lock every request would take on a line both cores write).
    keys: AtomicUsize,
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
            keys: AtomicUsize::new(0),
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

    /// Spends one token for `key`; `Err(seconds)` to wait when there is none. `key` may be
    /// a borrowed form of the key (a `&str` for `String` keys): it is copied only the
    /// first time it is seen, not on every request.
    pub fn check<Q>(&self, key: &Q) -> Result<(), u32>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ToOwned<Owned = K> + ?Sized,
    {
        self.check_at(key, Instant::now())
    }

    /// `Some(seconds)` to wait when `key` has no token left, without spending one.
    pub fn blocked<Q>(&self, key: &Q) -> Option<u32>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        if self.keys.load(Ordering::Acquire) == 0 {
            return None;
        }
        self.blocked_at(key, Instant::now())
    }

    fn blocked_at<Q>(&self, key: &Q, now: Instant) -> Option<u32>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let bucket = buckets.get_mut(key)?;
        *bucket = self.refilled(*bucket, now);
        let blocked = (bucket.tokens < 1.0).then(|| self.retry_after(bucket.tokens));
        // A full bucket is what an absent one means: dropped, so that the map empties
        // again once the failures it counted are forgiven.
        if bucket.tokens >= self.capacity {
            buckets.remove(key);
            self.keys.store(buckets.len(), Ordering::Release);
        }
        blocked
    }

    /// Returns a token [`check`](Self::check) took for `key` (the reserved attempt did
    /// not count after all), up to the bucket's capacity.
    pub fn give_back(&self, key: &K) {
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(bucket) = buckets.get_mut(key) {
            bucket.tokens = (bucket.tokens + 1.0).min(self.capacity);
        }
    }

    fn check_at<Q>(&self, key: &Q, now: Instant) -> Result<(), u32>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ToOwned<Owned = K> + ?Sized,
    {
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
        if !buckets.contains_key(key) {
            buckets.insert(key.to_owned(), full);
        }
        self.keys.store(buckets.len(), Ordering::Release);
        // Present: inserted just above if it was not.
        let Some(bucket) = buckets.get_mut(key) else {
            return Ok(());
        };
        *bucket = self.refilled(*bucket, now);
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(self.retry_after(bucket.tokens))
        }
    }
}

/// What the per-address limits count by: an IPv4 address, or an IPv6 client's /64 (one
/// subscriber usually gets a whole /64, so a single address of it means nothing).
/// `Unknown` for requests without an address (an embedder that inserts neither
/// [`PeerAddr`](crate::http::PeerAddr) nor [`ClientAddr`]): they share one key, so they are
/// still limited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AddressKey {
    V4(Ipv4Addr),
    V6Prefix(u64),
    Unknown,
}

impl AddressKey {
    pub fn of(client: Option<ClientAddr>) -> AddressKey {
        match client.map(|c| crate::http::client_addr::canonical(c.0)) {
            Some(IpAddr::V4(v4)) => AddressKey::V4(v4),
            Some(IpAddr::V6(v6)) => AddressKey::V6Prefix((v6.to_bits() >> 64) as u64),
            None => AddressKey::Unknown,
        }
    }
}

/// How many of something each address has going at once, bounded: [`InFlight::enter`]
/// hands out a guard while the address is below the bound.
#[derive(Debug)]
pub struct InFlight {
    max: usize,
    counts: Mutex<HashMap<AddressKey, usize>>,
}

/// One place taken by an address; given back on drop.
#[derive(Debug)]
pub struct InFlightGuard<'a> {
    in_flight: &'a InFlight,
    key: AddressKey,
}

impl InFlight {
    pub fn new(max: usize) -> InFlight {
        InFlight {
            max: max.max(1),
            counts: Mutex::default(),
        }
    }

    pub fn enter(&self, key: AddressKey) -> Option<InFlightGuard<'_>> {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        let count = counts.entry(key).or_insert(0);
        if *count >= self.max {
            return None;
        }
        *count += 1;
        Some(InFlightGuard {
            in_flight: self,
            key,
        })
    }
}

impl Drop for InFlightGuard<'_> {
    fn drop(&mut self) {
        let mut counts = self
            .in_flight
            .counts
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(count) = counts.get_mut(&self.key) {
            *count -= 1;
            if *count == 0 {
                counts.remove(&self.key);
            }
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
    fn a_bucket_refilled_to_the_brim_is_forgotten() {
        let limiter = RateLimiter::per_minute(2).unwrap();
        let start = Instant::now();
        assert_eq!(limiter.blocked(&"k"), None);
        limiter.check_at(&"k", start).unwrap();
        limiter.check_at(&"k", start).unwrap();
        assert_eq!(limiter.blocked_at(&"k", start), Some(30));
        assert_eq!(limiter.keys.load(Ordering::Acquire), 1);
        // Half refilled: still counted, not blocked.
        assert_eq!(
            limiter.blocked_at(&"k", start + Duration::from_secs(30)),
            None
        );
        assert_eq!(limiter.keys.load(Ordering::Acquire), 1);
        // Full again: gone, and the whole allowance is there.
        assert_eq!(
            limiter.blocked_at(&"k", start + Duration::from_secs(60)),
            None
        );
        assert_eq!(limiter.keys.load(Ordering::Acquire), 0);
        let later = start + Duration::from_secs(61);
        limiter.check_at(&"k", later).unwrap();
        limiter.check_at(&"k", later).unwrap();
        assert!(limiter.check_at(&"k", later).is_err());
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
    fn a_token_given_back_can_be_spent_again() {
        let limiter = RateLimiter::per_minute(2).unwrap();
        limiter.check(&"k").unwrap();
        limiter.check(&"k").unwrap();
        assert!(limiter.check(&"k").is_err());
        limiter.give_back(&"k");
        limiter.check(&"k").unwrap();
        assert!(limiter.check(&"k").is_err());
        // Never beyond the capacity.
        for _ in 0..5 {
            limiter.give_back(&"other");
            limiter.give_back(&"k");
        }
        limiter.check(&"k").unwrap();
        limiter.check(&"k").unwrap();
        assert!(limiter.check(&"k").is_err());
    }

    #[test]
    fn ipv6_clients_share_their_64() {
        let key = |text: &str| AddressKey::of(Some(ClientAddr(text.parse().unwrap())));
        assert_eq!(key("2001:db8:1:2::1"), key("2001:db8:1:2:ffff::9"));
        assert_ne!(key("2001:db8:1:2::1"), key("2001:db8:1:3::1"));
        assert_ne!(key("192.0.2.1"), key("192.0.2.2"));
        assert_eq!(AddressKey::of(None), AddressKey::Unknown);
    }

    #[test]
    fn checks_in_flight_are_bounded_per_address() {
        let in_flight = InFlight::new(2);
        let a = AddressKey::of(Some(ClientAddr("192.0.2.1".parse().unwrap())));
        let b = AddressKey::of(Some(ClientAddr("192.0.2.2".parse().unwrap())));
        let first = in_flight.enter(a).unwrap();
        let _second = in_flight.enter(a).unwrap();
        assert!(in_flight.enter(a).is_none());
        assert!(in_flight.enter(b).is_some(), "another address has its own");
        drop(first);
        assert!(in_flight.enter(a).is_some());
        drop(_second);
        assert!(
            in_flight.counts.lock().unwrap().is_empty(),
            "no entry left behind"
        );
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
