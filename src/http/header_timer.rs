//! hyper's header-read timer, one per connection, reusing one tokio timer.
//!
//! hyper starts a timer each time it begins to read a request head and drops it once the
//! head is in (hyper 1.x, `Conn::poll_read_head`). With hyper-util's `TokioTimer` that is,
//! on every keep-alive request, a boxed tokio `Sleep` registered in the runtime's timer
//! wheel (under the driver's lock) and removed again (under it once more): about 2% of the
//! server's CPU per mint in a native profile (docs/PERFORMANCE.md). Here each connection
//! keeps one tokio `Sleep`, left set for the deadline of an earlier head: when it fires
//! before the current head's deadline, it is set again for that one. So the wheel is
//! touched about once per timeout (10 s) on a busy connection, and when it closes. The
//! timeout is the same: hyper's deadline, set when it starts reading each head.
//!
//! Written here because hyper-util's timer allocates and registers per `sleep` call by
//! design (its sleeps are independent); hyper asks for no more than this one at a time
//! on a server connection.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use tokio::time::Sleep;

/// A [`hyper::rt::Timer`] for one connection's `http1::Builder`: give each connection its
/// own (its sleeps share one tokio timer).
#[derive(Default)]
pub(crate) struct ConnectionTimer {
    shared: Arc<SharedSleep>,
}

/// The connection's tokio timer, made on the first poll (inside the runtime).
type SharedSleep = Mutex<Option<Pin<Box<Sleep>>>>;

impl ConnectionTimer {
    pub(crate) fn new() -> Self {
        Self::default()
    }
}

impl hyper::rt::Timer for ConnectionTimer {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn hyper::rt::Sleep>> {
        self.sleep_until(self.now() + duration)
    }

    // tokio's clock, the one the deadlines are kept by (the same as `Instant::now` unless
    // a test pauses it).
    fn now(&self) -> Instant {
        tokio::time::Instant::now().into_std()
    }

    fn sleep_until(&self, deadline: Instant) -> Pin<Box<dyn hyper::rt::Sleep>> {
        Box::pin(Deadline {
            shared: Arc::clone(&self.shared),
            deadline: tokio::time::Instant::from_std(deadline),
        })
    }
}

/// One of hyper's timers: ready once its deadline has passed, woken by the connection's
/// timer.
struct Deadline {
    shared: Arc<SharedSleep>,
    deadline: tokio::time::Instant,
}

impl Future for Deadline {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let deadline = self.deadline;
        // Only this connection's task polls it: the lock is never contended.
        let mut slot = self.shared.lock().unwrap_or_else(PoisonError::into_inner);
        let sleep = slot.get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline)));
        if sleep.deadline() > deadline {
            // Sooner than the timer is set for: tokio registers it again.
            sleep.as_mut().reset(deadline);
        }
        // The timer may be set for an earlier head's deadline: when that passes, it is
        // moved to this one. So it is touched once per timeout, not once per head.
        while sleep.as_mut().poll(cx).is_ready() {
            if sleep.deadline() >= deadline {
                return Poll::Ready(());
            }
            sleep.as_mut().reset(deadline);
        }
        Poll::Pending
    }
}

impl hyper::rt::Sleep for Deadline {}

#[cfg(test)]
mod tests {
    use super::*;
    use hyper::rt::Timer;

    /// tokio rounds deadlines up to its millisecond ticks.
    fn assert_at(elapsed: Duration, seconds: u64) {
        let expected = Duration::from_secs(seconds);
        assert!(
            elapsed >= expected && elapsed <= expected + Duration::from_millis(2),
            "fired after {elapsed:?}, expected {expected:?}"
        );
    }

    /// Polls once, as hyper does when a head is not all in yet.
    async fn poll_once(sleep: &mut Pin<Box<dyn hyper::rt::Sleep>>) -> Poll<()> {
        std::future::poll_fn(|cx| Poll::Ready(sleep.as_mut().poll(cx))).await
    }

    #[tokio::test(start_paused = true)]
    async fn each_sleep_waits_for_its_own_deadline() {
        let timer = ConnectionTimer::new();
        let start = tokio::time::Instant::now();
        timer.sleep(Duration::from_secs(10)).await;
        assert_at(start.elapsed(), 10);
        // Shorter than the shared timer's last deadline, and after it fired.
        timer.sleep(Duration::from_secs(3)).await;
        assert_at(start.elapsed(), 13);
    }

    #[tokio::test(start_paused = true)]
    async fn a_later_deadline_moves_a_pending_timer() {
        let timer = ConnectionTimer::new();
        let start = tokio::time::Instant::now();
        let mut first = timer.sleep(Duration::from_secs(10));
        // Registered, then dropped before it fires, as hyper does once a head is read.
        assert!(poll_once(&mut first).await.is_pending());
        drop(first);
        tokio::time::advance(Duration::from_secs(4)).await;
        timer.sleep(Duration::from_secs(10)).await;
        assert_at(start.elapsed(), 14);
        // An earlier deadline than the one registered still fires on time.
        let mut long = timer.sleep(Duration::from_secs(60));
        assert!(poll_once(&mut long).await.is_pending());
        drop(long);
        timer.sleep(Duration::from_secs(1)).await;
        assert_at(start.elapsed(), 15);
    }
}
