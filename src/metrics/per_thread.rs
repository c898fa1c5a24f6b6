//! The counters every request writes, kept per thread and added up when scraped.
//!
//! Each answered request records its status and duration, and each mint counts one
//! invitation. With the `prometheus` crate's own handles that is six atomic updates per
//! mint (the histogram's count, bucket, sum and its shard's count, the status counter,
//! the invitations counter), on cache lines every core writes: in `/proc` measurements of
//! mints at 64 connections, metrics on cost 0.45 µs of user CPU per request more than
//! metrics off (docs/PERFORMANCE.md), where the same updates on lines one core owns cost
//! a few nanoseconds. Here each thread writes cells no other thread writes, and a scrape
//! adds the cells up; the exposition (names, help, buckets, labels) is the same.
//!
//! Written here because the crate has no per-thread metric that is always current: its
//! `local` metrics are flushed by their owner, so a thread that goes quiet would hold
//! back what it recorded from every scrape until its next request.
//!
//! A thread's cells outlive it in the list a scrape reads; a thread that starts later
//! adopts a dead thread's cells (the counts go on from there), so the list is as long as
//! the most threads that ever recorded at once.

use prometheus::core::{Collector, Desc};
use prometheus::proto;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering, fence};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// The cells one thread writes for one operation: its statuses and its durations.
///
/// Only the owning thread writes them, so an update is a load and a store, not a
/// read-modify-write. A sequence number, odd while an update is under way, lets a scrape
/// read the histogram's buckets and sum as of one moment (a seqlock).
struct OperationCells {
    operation: &'static str,
    sequence: AtomicU64,
    /// Requests by status index (the `STATUSES` of the caller, and `other` last).
    statuses: Box<[AtomicU64]>,
    /// Observations by bucket (not cumulative), and above the last bound at the end.
    buckets: Box<[AtomicU64]>,
    /// The sum of the observed seconds, as `f64` bits.
    sum: AtomicU64,
}

/// What a scrape reads of one operation's cells.
struct Snapshot {
    statuses: Vec<u64>,
    buckets: Vec<u64>,
    sum: f64,
}

impl OperationCells {
    fn new(operation: &'static str, statuses: usize, buckets: usize) -> OperationCells {
        let zeros = |count: usize| (0..count).map(|_| AtomicU64::new(0)).collect();
        OperationCells {
            operation,
            sequence: AtomicU64::new(0),
            statuses: zeros(statuses),
            buckets: zeros(buckets + 1),
            sum: AtomicU64::new(0f64.to_bits()),
        }
    }

    /// Records one request; only the thread that owns the cells calls it.
    fn record(&self, status: usize, bucket: usize, seconds: f64) {
        let sequence = self.sequence.load(Ordering::Relaxed);
        self.sequence
            .store(sequence.wrapping_add(1), Ordering::Relaxed);
        // The odd number is visible before any of the updates below.
        fence(Ordering::Release);
        bump(&self.statuses[status]);
        bump(&self.buckets[bucket]);
        let sum = f64::from_bits(self.sum.load(Ordering::Relaxed)) + seconds;
        self.sum.store(sum.to_bits(), Ordering::Relaxed);
        self.sequence
            .store(sequence.wrapping_add(2), Ordering::Release);
    }

    /// The cells as of a moment when no update was under way.
    fn snapshot(&self) -> Snapshot {
        let read = |cells: &[AtomicU64]| -> Vec<u64> {
            cells
                .iter()
                .map(|cell| cell.load(Ordering::Relaxed))
                .collect()
        };
        loop {
            let before = self.sequence.load(Ordering::Acquire);
            if before % 2 == 1 {
                // The owner is between two stores (or was descheduled there).
                std::thread::yield_now();
                continue;
            }
            let snapshot = Snapshot {
                statuses: read(&self.statuses),
                buckets: read(&self.buckets),
                sum: f64::from_bits(self.sum.load(Ordering::Relaxed)),
            };
            fence(Ordering::Acquire);
            if self.sequence.load(Ordering::Relaxed) == before {
                return snapshot;
            }
        }
    }
}

/// Adds one to a cell only this thread writes.
fn bump(cell: &AtomicU64) {
    cell.store(cell.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
}

/// Every thread's cells of a kind, for scrapes to add up and new threads to adopt.
struct AllCells<T> {
    cells: Mutex<Vec<Arc<T>>>,
}

impl<T> AllCells<T> {
    fn new() -> AllCells<T> {
        AllCells {
            cells: Mutex::new(Vec::new()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Vec<Arc<T>>> {
        // The list is only pushed to and read: a panic elsewhere left it whole.
        self.cells.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Cells for the calling thread: a dead thread's that `matches`, or new ones.
    ///
    /// A count of one means only this list holds the cells: their thread ended (its
    /// thread-local dropped its reference), and as references are only taken here, under
    /// the lock, no other thread can take them meanwhile. The lock also makes the dead
    /// thread's last updates visible to the new owner.
    fn adopt_or_add(&self, matches: impl Fn(&T) -> bool, new: impl FnOnce() -> T) -> Arc<T> {
        let mut cells = self.lock();
        if let Some(dead) = cells
            .iter()
            .find(|cells| Arc::strong_count(cells) == 1 && matches(cells))
        {
            return Arc::clone(dead);
        }
        let fresh = Arc::new(new());
        cells.push(Arc::clone(&fresh));
        fresh
    }
}

/// A number naming each set of cells for the threads' own lists (an address could be
/// reused once a set is dropped, as tests' metrics are).
fn next_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// `http_requests_total` (by operation and status) and `http_request_duration_seconds`
/// (by operation), kept per thread. A clone reads and writes the same cells: one goes
/// to the registry as its collector.
#[derive(Clone)]
pub(super) struct RequestMetrics(Arc<RequestCells>);

struct RequestCells {
    id: u64,
    all: AllCells<OperationCells>,
    status_labels: Vec<&'static str>,
    bounds: Vec<f64>,
    requests_desc: Desc,
    durations_desc: Desc,
}

thread_local! {
    // This thread's cells, by (metrics id, operation): the process has one `Metrics`,
    // tests make more. A few dozen operations at most.
    static OPERATIONS: std::cell::RefCell<Vec<(u64, &'static str, Arc<OperationCells>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

impl RequestMetrics {
    /// The two families, with these status labels (an index past them is `other`) and
    /// these bucket bounds in seconds.
    pub(super) fn new(status_labels: Vec<&'static str>, bounds: Vec<f64>) -> RequestMetrics {
        let desc = |name: &str, help: &str, labels: &[&str]| {
            Desc::new(
                name.to_owned(),
                help.to_owned(),
                labels.iter().map(|label| (*label).to_owned()).collect(),
                HashMap::new(),
            )
            .expect("a valid metric")
        };
        RequestMetrics(Arc::new(RequestCells {
            id: next_id(),
            all: AllCells::new(),
            status_labels,
            bounds,
            requests_desc: desc(
                "http_requests_total",
                "HTTP requests answered, by operation id and status.",
                &["operation", "status"],
            ),
            durations_desc: desc(
                "http_request_duration_seconds",
                "Time from the request's head to its answer, by operation id.",
                &["operation"],
            ),
        }))
    }

    /// Counts one answered request of `operation` with the status of index `status`.
    pub(super) fn record(&self, operation: &'static str, status: usize, took: Duration) {
        let this = &*self.0;
        let seconds = took.as_secs_f64();
        // The first bucket whose bound holds it, as the crate's histogram counts.
        let bucket = this
            .bounds
            .iter()
            .position(|bound| seconds <= *bound)
            .unwrap_or(this.bounds.len());
        let status = status.min(this.status_labels.len());
        let me = this.id;
        let adopt = || {
            this.all.adopt_or_add(
                |cells| cells.operation == operation,
                || OperationCells::new(operation, this.status_labels.len() + 1, this.bounds.len()),
            )
        };
        let recorded = OPERATIONS.try_with(|mine| {
            let mut mine = mine.borrow_mut();
            let found = mine.iter().find(|(metrics, name, _)| {
                *metrics == me && (std::ptr::eq(*name, operation) || *name == operation)
            });
            match found {
                Some((_, _, cells)) => cells.record(status, bucket, seconds),
                None => {
                    let cells = adopt();
                    cells.record(status, bucket, seconds);
                    mine.push((me, operation, cells));
                }
            }
        });
        if recorded.is_err() {
            // The thread is ending and its list is gone: cells of its own for this once.
            adopt().record(status, bucket, seconds);
        }
    }

    /// Every thread's cells added up, by operation (in the order first seen).
    fn totals(&self) -> Vec<(&'static str, Snapshot)> {
        let cells: Vec<Arc<OperationCells>> = self.0.all.lock().clone();
        let mut totals: Vec<(&'static str, Snapshot)> = Vec::new();
        for cells in cells {
            let snapshot = cells.snapshot();
            match totals.iter_mut().find(|(name, _)| *name == cells.operation) {
                Some((_, total)) => {
                    add(&mut total.statuses, &snapshot.statuses);
                    add(&mut total.buckets, &snapshot.buckets);
                    total.sum += snapshot.sum;
                }
                None => totals.push((cells.operation, snapshot)),
            }
        }
        totals
    }
}

fn add(total: &mut [u64], more: &[u64]) {
    for (total, more) in total.iter_mut().zip(more) {
        *total += more;
    }
}

fn label(name: &str, value: &str) -> proto::LabelPair {
    let mut pair = proto::LabelPair::default();
    pair.set_name(name.to_owned());
    pair.set_value(value.to_owned());
    pair
}

fn family(
    desc: &Desc,
    kind: proto::MetricType,
    metrics: Vec<proto::Metric>,
) -> proto::MetricFamily {
    let mut family = proto::MetricFamily::default();
    family.set_name(desc.fq_name.clone());
    family.set_help(desc.help.clone());
    family.set_field_type(kind);
    family.set_metric(metrics);
    family
}

impl Collector for RequestMetrics {
    fn desc(&self) -> Vec<&Desc> {
        vec![&self.0.requests_desc, &self.0.durations_desc]
    }

    fn collect(&self) -> Vec<proto::MetricFamily> {
        let this = &*self.0;
        let totals = self.totals();
        let mut requests = Vec::new();
        let mut durations = Vec::new();
        for (operation, total) in &totals {
            // As the crate's counters: a status appears once a request had it.
            for (index, count) in total.statuses.iter().enumerate() {
                if *count == 0 {
                    continue;
                }
                let status = this.status_labels.get(index).copied().unwrap_or("other");
                let mut counter = proto::Counter::default();
                counter.set_value(*count as f64);
                let mut metric = proto::Metric::default();
                metric.set_label(vec![label("operation", operation), label("status", status)]);
                metric.set_counter(counter);
                requests.push(metric);
            }
            let mut cumulative = 0;
            let mut buckets = Vec::with_capacity(this.bounds.len());
            for (bound, count) in this.bounds.iter().zip(&total.buckets) {
                cumulative += count;
                let mut bucket = proto::Bucket::default();
                bucket.set_upper_bound(*bound);
                bucket.set_cumulative_count(cumulative);
                buckets.push(bucket);
            }
            let mut histogram = proto::Histogram::default();
            // The count includes the observations above the last bound (`+Inf`).
            histogram.set_sample_count(total.buckets.iter().sum());
            histogram.set_sample_sum(total.sum);
            histogram.set_bucket(buckets);
            let mut metric = proto::Metric::default();
            metric.set_label(vec![label("operation", operation)]);
            metric.set_histogram(histogram);
            durations.push(metric);
        }
        let mut families = Vec::new();
        if !requests.is_empty() {
            families.push(family(
                &this.requests_desc,
                proto::MetricType::COUNTER,
                requests,
            ));
        }
        if !durations.is_empty() {
            families.push(family(
                &this.durations_desc,
                proto::MetricType::HISTOGRAM,
                durations,
            ));
        }
        families
    }
}

/// A counter without labels that each thread counts in its own cell. A clone counts in
/// the same cells: one goes to the registry as its collector.
#[derive(Clone)]
pub struct Counter(Arc<CounterCells>);

struct CounterCells {
    id: u64,
    all: AllCells<AtomicU64>,
    desc: Desc,
}

thread_local! {
    // This thread's cell of each `Counter`, by the counter's id.
    static COUNTERS: std::cell::RefCell<Vec<(u64, Arc<AtomicU64>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

impl Counter {
    pub(super) fn new(name: &str, help: &str) -> Counter {
        Counter(Arc::new(CounterCells {
            id: next_id(),
            all: AllCells::new(),
            desc: Desc::new(name.to_owned(), help.to_owned(), Vec::new(), HashMap::new())
                .expect("a valid metric"),
        }))
    }

    /// Counts one.
    pub fn inc(&self) {
        let me = self.0.id;
        let adopt = || self.0.all.adopt_or_add(|_| true, || AtomicU64::new(0));
        let counted = COUNTERS.try_with(|mine| {
            let mut mine = mine.borrow_mut();
            match mine.iter().find(|(counter, _)| *counter == me) {
                Some((_, cell)) => bump(cell),
                None => {
                    let cell = adopt();
                    bump(&cell);
                    mine.push((me, cell));
                }
            }
        });
        if counted.is_err() {
            // The thread is ending and its list is gone: a cell of its own for this once.
            bump(&adopt());
        }
    }

    /// The count, every thread's added up.
    pub fn get(&self) -> u64 {
        self.0
            .all
            .lock()
            .iter()
            .map(|cell| cell.load(Ordering::Relaxed))
            .sum()
    }
}

impl Collector for Counter {
    fn desc(&self) -> Vec<&Desc> {
        vec![&self.0.desc]
    }

    fn collect(&self) -> Vec<proto::MetricFamily> {
        let mut counter = proto::Counter::default();
        counter.set_value(self.get() as f64);
        let mut metric = proto::Metric::default();
        metric.set_counter(counter);
        vec![family(
            &self.0.desc,
            proto::MetricType::COUNTER,
            vec![metric],
        )]
    }
}

#[cfg(test)]
mod tests {
    use super::{Counter, RequestMetrics};
    use prometheus::core::Collector;
    use std::time::Duration;

    fn metrics() -> RequestMetrics {
        RequestMetrics::new(vec!["200", "404"], vec![0.001, 0.01, 1.0])
    }

    /// (operation, count, sum, non-cumulative buckets) of each histogram, and each
    /// (operation, status, count).
    type Histograms = Vec<(String, u64, f64, Vec<u64>)>;
    type Statuses = Vec<(String, String, f64)>;

    fn scraped(metrics: &RequestMetrics) -> (Histograms, Statuses) {
        let mut histograms = Vec::new();
        let mut statuses = Vec::new();
        for family in metrics.collect() {
            for metric in family.get_metric() {
                let labels: Vec<String> = metric
                    .get_label()
                    .iter()
                    .map(|pair| pair.value().to_owned())
                    .collect();
                if family.name() == "http_requests_total" {
                    statuses.push((
                        labels[0].clone(),
                        labels[1].clone(),
                        metric.get_counter().get_value(),
                    ));
                } else {
                    let histogram = metric.get_histogram();
                    let mut previous = 0;
                    let buckets = histogram
                        .get_bucket()
                        .iter()
                        .map(|bucket| {
                            let count = bucket.cumulative_count() - previous;
                            previous = bucket.cumulative_count();
                            count
                        })
                        .collect();
                    histograms.push((
                        labels[0].clone(),
                        histogram.get_sample_count(),
                        histogram.get_sample_sum(),
                        buckets,
                    ));
                }
            }
        }
        (histograms, statuses)
    }

    #[test]
    fn every_threads_requests_are_added_up_by_operation_and_status() {
        let metrics = metrics();
        std::thread::scope(|scope| {
            for thread in 0..4u64 {
                let metrics = metrics.clone();
                scope.spawn(move || {
                    for _ in 0..1000 {
                        metrics.record("Mint", 0, Duration::from_micros(500));
                    }
                    // Status index 7 is past the labels: `other`.
                    metrics.record("Join", 7, Duration::from_secs(2 + thread));
                    metrics.record("Join", 1, Duration::from_millis(5));
                });
            }
        });
        let (mut histograms, mut statuses) = scraped(&metrics);
        histograms.sort_by(|a, b| a.0.cmp(&b.0));
        statuses.sort_by(|a, b| a.partial_cmp(b).unwrap());
        assert_eq!(
            statuses,
            [
                ("Join".into(), "404".into(), 4.0),
                ("Join".into(), "other".into(), 4.0),
                ("Mint".into(), "200".into(), 4000.0),
            ]
        );
        assert_eq!(histograms[0].0, "Join");
        assert_eq!(histograms[0].1, 8);
        assert!((histograms[0].2 - (2.0 + 3.0 + 4.0 + 5.0 + 4.0 * 0.005)).abs() < 1e-9);
        // 5 ms in the 10 ms bucket; the four of 2-5 s above the last bound (`+Inf` only).
        assert_eq!(histograms[0].3, [0, 4, 0]);
        assert_eq!(histograms[1].0, "Mint");
        assert_eq!(histograms[1].1, 4000);
        assert!((histograms[1].2 - 2.0).abs() < 1e-9);
        assert_eq!(histograms[1].3, [4000, 0, 0]);
    }

    #[test]
    fn an_ended_threads_cells_are_adopted_and_keep_counting() {
        let metrics = metrics();
        for _ in 0..10 {
            let metrics = metrics.clone();
            std::thread::spawn(move || metrics.record("Mint", 0, Duration::ZERO))
                .join()
                .unwrap();
        }
        // One thread at a time: one set of cells, adopted by each next thread.
        assert_eq!(metrics.0.all.lock().len(), 1);
        let (histograms, _) = scraped(&metrics);
        assert_eq!(histograms[0].1, 10);
    }

    #[test]
    fn a_scrape_sees_the_sum_and_the_count_of_the_same_moment() {
        let metrics = metrics();
        let stop = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|scope| {
            let writer = metrics.clone();
            let stop = &stop;
            scope.spawn(move || {
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    // Exactly representable: the sum is count / 4 when read together.
                    writer.record("Mint", 0, Duration::from_millis(250));
                }
            });
            // Stops the writer also when an assertion fails (the scope waits for it).
            struct Stop<'a>(&'a std::sync::atomic::AtomicBool);
            impl Drop for Stop<'_> {
                fn drop(&mut self) {
                    self.0.store(true, std::sync::atomic::Ordering::Relaxed);
                }
            }
            let _stop = Stop(stop);
            // Scrapes while the writer writes (once it has begun).
            let mut scrapes = 0;
            while scrapes < 2000 {
                if let Some((_, count, sum, _)) = scraped(&metrics).0.first().cloned() {
                    assert_eq!(sum, count as f64 / 4.0, "count {count}");
                    scrapes += 1;
                }
            }
        });
    }

    #[test]
    fn a_counter_adds_up_every_threads_cell() {
        let counter = Counter::new("minted_total", "Minted.");
        std::thread::scope(|scope| {
            for _ in 0..3 {
                let counter = counter.clone();
                scope.spawn(move || (0..500).for_each(|_| counter.inc()));
            }
        });
        counter.inc();
        assert_eq!(counter.get(), 1501);
        let families = counter.collect();
        assert_eq!(
            families[0].get_metric()[0].get_counter().get_value(),
            1501.0
        );
    }
}
