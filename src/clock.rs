//! The one place that reads the wall clock, so the token module can stay pure.
//!
//! On Linux both clocks here are the kernel's coarse clocks: the time of its last tick (a
//! few milliseconds old at most), read from the vDSO without the CPU's time-stamp counter.
//! A mint reads the clock about a dozen times; these reads (whole seconds, and the read
//! cache's 100 ms probe interval) need no more than a tick's precision, and cost a third
//! of a precise read (docs/PERFORMANCE.md).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Seconds since the unix epoch (0 if the clock is set before 1970).
pub fn unix_now() -> u64 {
    #[cfg(target_os = "linux")]
    if let Some(now) = coarse(libc::CLOCK_REALTIME_COARSE) {
        return now.as_secs();
    }
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or(0)
}

/// A monotonic time, to within a tick: only differences between two readings mean
/// anything (for intervals of tens of milliseconds and more).
pub fn monotonic_coarse() -> Duration {
    #[cfg(target_os = "linux")]
    if let Some(now) = coarse(libc::CLOCK_MONOTONIC_COARSE) {
        return now;
    }
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

#[cfg(target_os = "linux")]
fn coarse(clock: libc::clockid_t) -> Option<Duration> {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes only the timespec it is given.
    let read = unsafe { libc::clock_gettime(clock, &mut now) };
    let seconds = u64::try_from(now.tv_sec).ok()?;
    let nanos = u32::try_from(now.tv_nsec).ok()?;
    (read == 0).then(|| Duration::new(seconds, nanos))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_coarse_clocks_agree_with_the_precise_ones() {
        let precise = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs();
        assert!(unix_now().abs_diff(precise) <= 1);
        let (start, instant) = (monotonic_coarse(), std::time::Instant::now());
        std::thread::sleep(Duration::from_millis(120));
        let coarse = monotonic_coarse() - start;
        let diff = coarse.abs_diff(instant.elapsed());
        assert!(
            diff < Duration::from_millis(30),
            "{coarse:?} against {instant:?}"
        );
    }
}
