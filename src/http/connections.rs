//! Connection slots, shared fairly: at most `--max-connections` at once, at most
//! `--max-connections-per-address` of them from one client address, and when slots run out,
//! idle connections are closed first.
//!
//! Without this, one client could hold every slot with idle keep-alive connections (one
//! cheap request every few seconds keeps each alive) and everybody else would wait in the
//! listen backlog. Now:
//! - when all slots are taken, a new client makes room by closing an idle connection
//!   (no request in flight for [`MIN_IDLE`]): first connections still waiting for their address's
//!   turn, then those of the address holding the most connections, the longest idle first;
//! - a connection from an address at its bound waits (up to the header timeout) for one of
//!   that address's connections to end, closing that address's idle ones to make room, so a
//!   client opening many connections is served at the pace of its own share;
//! - trusted proxies are exempt from the per-address bound: they carry everyone's requests.
//!
//! The address here is the TCP peer's (by /64 for IPv6, as [`AddressKey`] says): a
//! connection is placed before any request on it names a forwarded client.

use crate::clock::monotonic_coarse;
use crate::http::ClientAddr;
use crate::http::limits::AddressKey;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};

/// How long an evicted connection that has served requests may take to finish what it is
/// writing before it is dropped.
pub const EVICT_GRACE: Duration = Duration::from_secs(1);
/// A connection counts as idle (one that may be closed to make room) once no request has
/// been in flight on it for this long, or, never used, once it has been open this long:
/// a client that just connected, or just got an answer, is about to send its next request.
pub const MIN_IDLE: Duration = Duration::from_secs(1);
/// How often a waiting connection or the accept loop looks again for a free slot.
const RETRY: Duration = Duration::from_millis(20);

pub struct Connections {
    slots: Arc<Semaphore>,
    max_total: usize,
    max_per_address: usize,
    state: Mutex<State>,
    /// What [`Activity::idle_since`] counts from.
    epoch: Duration,
}

#[derive(Default)]
struct State {
    next_id: u64,
    open: HashMap<u64, Entry>,
    per_address: HashMap<AddressKey, usize>,
    shutting_down: bool,
}

struct Entry {
    /// `None`: exempt from the per-address bound (a trusted proxy).
    address: Option<AddressKey>,
    /// Counted in `per_address` (it may be served).
    admitted: bool,
    activity: Arc<Activity>,
    /// Asked to close already.
    closing: bool,
    close: Arc<Notify>,
}

/// What a connection's requests update: each starts and ends here, without the shared
/// lock (which every core would take twice per request); the lock is taken when a
/// connection opens or closes, or room is needed.
#[derive(Default)]
struct Activity {
    /// Requests in flight.
    busy: AtomicUsize,
    /// Whether a request was ever started on it.
    served: AtomicBool,
    /// When the last request ended (or the connection opened), in nanoseconds since
    /// [`Connections::epoch`].
    idle_since: AtomicU64,
}

impl Activity {
    fn is_busy(&self) -> bool {
        self.busy.load(Ordering::Acquire) > 0
    }

    fn idle_since(&self) -> u64 {
        self.idle_since.load(Ordering::Acquire)
    }
}

impl Connections {
    pub fn new(max_total: usize, max_per_address: usize) -> Arc<Connections> {
        let max_total = max_total.max(1);
        Arc::new(Connections {
            slots: Arc::new(Semaphore::new(max_total)),
            max_total,
            max_per_address: max_per_address.max(1),
            state: Mutex::default(),
            epoch: monotonic_coarse(),
        })
    }

    fn now(&self) -> u64 {
        nanos_since(self.epoch)
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A free slot, closing idle connections to make one when all are taken.
    pub async fn slot(&self) -> OwnedSemaphorePermit {
        loop {
            if let Ok(permit) = Arc::clone(&self.slots).try_acquire_owned() {
                return permit;
            }
            self.close_one_idle(None);
            let acquired =
                tokio::time::timeout(RETRY * 5, Arc::clone(&self.slots).acquire_owned()).await;
            if let Ok(Ok(permit)) = acquired {
                return permit;
            }
        }
    }

    /// Places a new connection from `peer` in the slot `permit`; `exempt` for a trusted
    /// proxy. Then [`Connection::admitted`] waits for the address's turn.
    pub fn open(
        self: &Arc<Self>,
        peer: IpAddr,
        exempt: bool,
        permit: OwnedSemaphorePermit,
    ) -> Connection {
        let address = (!exempt).then(|| AddressKey::of(Some(ClientAddr(peer))));
        let close = Arc::new(Notify::new());
        let mut state = self.state();
        let id = state.next_id;
        state.next_id += 1;
        let closing = state.shutting_down;
        let activity = Arc::new(Activity {
            idle_since: AtomicU64::new(self.now()),
            ..Activity::default()
        });
        state.open.insert(
            id,
            Entry {
                address,
                admitted: false,
                activity: Arc::clone(&activity),
                closing,
                close: Arc::clone(&close),
            },
        );
        Connection {
            connections: Arc::clone(self),
            id,
            activity,
            close,
            _permit: permit,
        }
    }

    /// Asks one idle connection to close: of `address` only, or (`None`) of any address,
    /// preferring connections still waiting for their turn, then the address with the
    /// most connections, then the longest idle.
    fn close_one_idle(&self, address: Option<AddressKey>) {
        let mut state = self.state();
        let State {
            open, per_address, ..
        } = &mut *state;
        let now = self.now();
        let min_idle = u64::try_from(MIN_IDLE.as_nanos()).unwrap_or(u64::MAX);
        let candidate = open
            .iter_mut()
            .filter(|(_, entry)| !entry.closing && !entry.activity.is_busy())
            .filter(|(_, entry)| now.saturating_sub(entry.activity.idle_since()) >= min_idle)
            .filter(|(_, entry)| match address {
                Some(address) => entry.admitted && entry.address == Some(address),
                None => true,
            })
            .max_by_key(|(_, entry)| {
                let held = entry
                    .address
                    .and_then(|a| per_address.get(&a).copied())
                    .unwrap_or(0);
                (
                    !entry.admitted,
                    held,
                    std::cmp::Reverse(entry.activity.idle_since()),
                )
            });
        if let Some((_, entry)) = candidate {
            entry.closing = true;
            entry.close.notify_one();
        }
    }

    /// Closes every connection (gracefully: requests in flight finish) and waits until
    /// all have ended, for at most `grace`; whether they all did.
    pub async fn shut_down(&self, grace: Duration) -> bool {
        {
            let mut state = self.state();
            state.shutting_down = true;
            for entry in state.open.values_mut() {
                entry.closing = true;
                entry.close.notify_one();
            }
        }
        let all = u32::try_from(self.max_total).unwrap_or(u32::MAX);
        tokio::time::timeout(grace, self.slots.acquire_many(all))
            .await
            .is_ok()
    }
}

/// One open connection's place; its slot is given back when dropped.
pub struct Connection {
    connections: Arc<Connections>,
    id: u64,
    activity: Arc<Activity>,
    close: Arc<Notify>,
    _permit: OwnedSemaphorePermit,
}

impl Connection {
    /// Waits until the connection's address is below its bound (closing its idle
    /// connections to make room), for at most `patience`; `false` if it never was or the
    /// connection was asked to close meanwhile.
    pub async fn admitted(&self, patience: Duration) -> bool {
        let deadline = Instant::now() + patience;
        loop {
            let address = {
                let mut state = self.connections.state();
                let State {
                    open, per_address, ..
                } = &mut *state;
                let Some(entry) = open.get_mut(&self.id) else {
                    return false;
                };
                if entry.closing {
                    return false;
                }
                let Some(address) = entry.address else {
                    entry.admitted = true;
                    return true;
                };
                let held = per_address.entry(address).or_insert(0);
                if *held < self.connections.max_per_address {
                    *held += 1;
                    entry.admitted = true;
                    return true;
                }
                address
            };
            if Instant::now() >= deadline {
                return false;
            }
            self.connections.close_one_idle(Some(address));
            tokio::time::sleep(RETRY).await;
        }
    }

    /// Resolves when the connection should close (room is needed, or shutdown).
    pub async fn close_requested(&self) {
        self.close.notified().await
    }

    /// Whether the server is stopping (rather than making room).
    pub fn shutting_down(&self) -> bool {
        self.connections.state().shutting_down
    }

    /// Whether a request was ever started on it (else it can be dropped at once).
    pub fn has_served(&self) -> bool {
        self.activity.served.load(Ordering::Acquire)
    }

    /// Marks a request in flight until the guard is dropped.
    pub fn busy(&self) -> Busy {
        self.activity.busy.fetch_add(1, Ordering::AcqRel);
        self.activity.served.store(true, Ordering::Release);
        Busy {
            activity: Arc::clone(&self.activity),
            epoch: self.connections.epoch,
        }
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        let mut state = self.connections.state();
        if let Some(entry) = state.open.remove(&self.id)
            && entry.admitted
            && let Some(address) = entry.address
            && let Some(held) = state.per_address.get_mut(&address)
        {
            *held -= 1;
            if *held == 0 {
                state.per_address.remove(&address);
            }
        }
    }
}

/// A request in flight on a connection.
pub struct Busy {
    activity: Arc<Activity>,
    epoch: Duration,
}

/// Nanoseconds from `epoch` to now, on the coarse clock: idle times are compared with
/// [`MIN_IDLE`] (a second), and every request ends with a reading.
fn nanos_since(epoch: Duration) -> u64 {
    u64::try_from(monotonic_coarse().saturating_sub(epoch).as_nanos()).unwrap_or(u64::MAX)
}

impl Drop for Busy {
    fn drop(&mut self) {
        let now = nanos_since(self.epoch);
        // The time first: whoever sees the connection idle sees since when.
        self.activity.idle_since.store(now, Ordering::Release);
        self.activity.busy.fetch_sub(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[tokio::test]
    async fn an_address_at_its_bound_waits_and_its_idle_connection_makes_room() {
        let connections = Connections::new(10, 2);
        let first = connections.open(ip("192.0.2.1"), false, connections.slot().await);
        assert!(first.admitted(Duration::ZERO).await);
        let second = connections.open(ip("192.0.2.1"), false, connections.slot().await);
        let _busy = second.busy();
        assert!(second.admitted(Duration::ZERO).await);
        let third = connections.open(ip("192.0.2.1"), false, connections.slot().await);
        tokio::time::sleep(MIN_IDLE).await;
        // `first` is idle: asked to close; `second` is busy: left alone.
        assert!(!third.admitted(Duration::from_millis(50)).await);
        tokio::time::timeout(Duration::from_secs(1), first.close_requested())
            .await
            .expect("the idle connection is asked to close");
        drop(first);
        assert!(third.admitted(Duration::from_millis(100)).await);
        // Other addresses and trusted proxies have their own room.
        let other = connections.open(ip("192.0.2.2"), false, connections.slot().await);
        assert!(other.admitted(Duration::ZERO).await);
        for _ in 0..3 {
            let proxy = connections.open(ip("10.0.0.1"), true, connections.slot().await);
            assert!(proxy.admitted(Duration::ZERO).await);
            std::mem::forget(proxy);
        }
    }

    #[tokio::test]
    async fn without_free_slots_the_idle_connection_of_the_biggest_holder_closes() {
        let connections = Connections::new(3, 3);
        let mut held = Vec::new();
        for _ in 0..2 {
            let c = connections.open(ip("192.0.2.1"), false, connections.slot().await);
            assert!(c.admitted(Duration::ZERO).await);
            held.push(c);
        }
        let small = connections.open(ip("192.0.2.2"), false, connections.slot().await);
        assert!(small.admitted(Duration::ZERO).await);
        let _busy = held[1].busy();
        tokio::time::sleep(MIN_IDLE).await;
        let newcomer = tokio::spawn({
            let connections = Arc::clone(&connections);
            async move { connections.slot().await }
        });
        tokio::time::timeout(Duration::from_secs(1), held[0].close_requested())
            .await
            .expect("the big holder's idle connection is asked to close");
        held.remove(0);
        let _slot = tokio::time::timeout(Duration::from_secs(1), newcomer)
            .await
            .expect("the newcomer gets the freed slot")
            .unwrap();
    }
}
