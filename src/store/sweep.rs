//! The background sweep: deletes access-token rows that can never authenticate again
//! (revoked, or past their expiry), so the table holds only live tokens plus what the
//! last interval produced.
//!
//! Bounded work per tick: at most [`MAX_BATCHES`] transactions of [`BATCH`] rows each, one
//! after the other, so a large backlog is worked off over several ticks while requests keep
//! getting the database between batches. With the defaults that is up to 10 000 rows a
//! minute, far above what the per-user rate limits let users create.

use super::Store;
use crate::clock::unix_now;
use std::sync::Arc;
use std::time::Duration;

/// Time between sweeps unless `serve --sweep-interval` says otherwise.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(60);
/// Rows deleted per transaction.
pub const BATCH: u32 = 1000;
/// Transactions per sweep.
pub const MAX_BATCHES: u32 = 10;

/// One sweep: up to [`MAX_BATCHES`] batches, stopping early once a batch finds fewer than
/// [`BATCH`] rows. Returns how many rows it deleted.
pub async fn sweep_once(store: &dyn Store) -> Result<u64, super::StoreError> {
    let mut deleted = 0;
    for _ in 0..MAX_BATCHES {
        let batch = store.sweep_access_tokens(unix_now(), BATCH).await?;
        deleted += batch;
        if batch < u64::from(BATCH) {
            break;
        }
    }
    Ok(deleted)
}

/// Sweeps every `interval`, for ever (the server aborts the task when it stops). A failed
/// sweep (the database unreachable) is logged and tried again at the next tick.
pub async fn run(store: Arc<dyn Store>, interval: Duration) {
    let mut ticks = tokio::time::interval(interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match sweep_once(store.as_ref()).await {
            Ok(0) => {}
            Ok(deleted) => tracing::info!(deleted, "swept revoked and expired access tokens"),
            Err(error) => tracing::warn!(%error, "access-token sweep failed"),
        }
    }
}
