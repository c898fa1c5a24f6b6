//! The binary's log: one plain line per event on stderr, written in batches by a
//! background thread.
//!
//! Every request writes a log line, so the line's cost is on the hot path. Two parts of
//! the usual `tracing-subscriber` + `tracing-appender` setup were measured to cost more
//! than minting the token itself (docs/PERFORMANCE.md), and are replaced here:
//!
//! - [`LineFormat`] writes the same line as `tracing-subscriber`'s default format without
//!   colours (`2026-01-01T00:00:00.000000Z  INFO target: message key=value`), but formats
//!   the date once per second instead of per event, and goes through no ANSI styling;
//! - [`BatchedWriter`] appends each line to a shared buffer that a background thread
//!   writes out every [`FLUSH_INTERVAL`] (or sooner when it fills up), instead of a
//!   channel message per line that wakes the writing thread each time. Request lines are
//!   first staged per thread and handed over about 20 at a time, when a worker parks
//!   and when a thread ends; every other line hands its thread's staged ones over
//!   before it. A thread's lines stay in their order; two workers' lines can be
//!   interleaved up to a stage apart (under a millisecond of requests at full load).
//!
//! The runtime never waits for the log: when the output cannot keep up (a stalled pipe, a
//! slow disk) and [`MAX_PENDING`] bytes wait, further lines are dropped and counted, and
//! the writer reports them (a `dropped N log lines` warning at most every
//! [`DROP_REPORT_INTERVAL`], and the `onezone_log_lines_dropped_total` metric) once the
//! output moves again. The [`LogGuard`] writes what is left when the program ends; a killed
//! process loses at most the last [`FLUSH_INTERVAL`] of lines (and what busy workers had
//! staged).
//!
//! `serve --log-format json` writes one JSON object per line instead, with
//! `tracing-subscriber`'s own JSON formatter (its cost is only paid when chosen), through
//! the same writer. Either way [`database_clamp`] keeps the PostgreSQL client crates at
//! `info` and above, whatever `RUST_LOG` says: at `debug` they log query parameters
//! (signing key secrets, password hashes).

use std::fmt::{self, Write as _};
use std::io::{self, Write};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};
use std::thread::{self, JoinHandle};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields, MakeWriter};
use tracing_subscriber::registry::LookupSpan;

/// How long a line may wait in memory before it is written.
pub const FLUSH_INTERVAL: Duration = Duration::from_millis(100);
/// Pending bytes that wake the writer before the interval is over. At full load (about
/// 16 MB of lines a second) 64 KiB woke it 400 times a second, and each wake-up preempted
/// a worker; at 512 KiB its CPU per request to a file is about halved (docs/PERFORMANCE.md),
/// for about 2 MiB more memory: this buffer and the batch being written, each up to 1 MiB
/// (a `Vec` doubles past 512 KiB).
const FLUSH_AT: usize = 512 * 1024;
/// Pending bytes past which new lines are dropped (and counted) instead of kept.
pub const MAX_PENDING: usize = 4 * 1024 * 1024;
/// How often at most the writer reports dropped lines.
pub const DROP_REPORT_INTERVAL: Duration = Duration::from_secs(1);

/// Crates whose `debug` and `trace` events carry query parameters: the PostgreSQL client
/// and its pool.
const DATABASE_CRATES: [&str; 8] = [
    "tokio_postgres",
    "postgres",
    "postgres_protocol",
    "postgres_types",
    "postgres_native_tls",
    "deadpool",
    "deadpool_postgres",
    "deadpool_runtime",
];

/// A global filter that lets the PostgreSQL client crates log at `info` and above only,
/// whatever `RUST_LOG` enables (their debug lines hold query parameters: secrets).
pub fn database_clamp<S>()
-> tracing_subscriber::filter::FilterFn<impl Fn(&tracing::Metadata<'_>) -> bool>
where
    S: Subscriber,
{
    tracing_subscriber::filter::filter_fn(|metadata| {
        *metadata.level() <= Level::INFO || !is_database_target(metadata.target())
    })
}

/// Whether `target` (a crate name, then `::module`...) is one of [`DATABASE_CRATES`].
fn is_database_target(target: &str) -> bool {
    let name = target.split("::").next().unwrap_or(target);
    DATABASE_CRATES.contains(&name)
}

/// The line format of `serve --log-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum LogFormat {
    /// `2026-01-01T00:00:00.000000Z  INFO target: message key=value` ([`LineFormat`]).
    #[default]
    Text,
    /// One JSON object per line: `timestamp`, `level`, `target`, `message` and the event's
    /// fields.
    Json,
}

/// Installs the process's log: `RUST_LOG` (default `info`), the database clamp, `format`,
/// written through `writer`.
pub fn init(format: LogFormat, writer: BatchedWriter) {
    use tracing_subscriber::EnvFilter;
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
    let registry = tracing_subscriber::registry()
        .with(filter)
        .with(database_clamp::<tracing_subscriber::Registry>());
    let result = match format {
        LogFormat::Text => registry
            .with(
                tracing_subscriber::fmt::layer()
                    .with_writer(writer.clone())
                    .event_format(LineFormat),
            )
            .try_init()
            .map(|()| {
                let _ = TEXT_LOG.set(writer);
            }),
        LogFormat::Json => registry
            .with(
                tracing_subscriber::fmt::layer()
                    .json()
                    .flatten_event(true)
                    .with_current_span(false)
                    .with_span_list(false)
                    .with_writer(writer),
            )
            .try_init(),
    };
    if let Err(error) = result {
        eprintln!("warning: cannot install the log: {error}");
    }
}

/// The binary's own text log, once [`init`] installed it: the request line's direct way in
/// ([`text_log`]).
static TEXT_LOG: OnceLock<BatchedWriter> = OnceLock::new();

/// The writer of the binary's text log, when [`init`] installed it as the process's
/// subscriber; `None` with JSON lines or another subscriber (an embedder's), where the
/// request line goes through `tracing` as any event.
///
/// Why a way around `tracing` for one line: every request writes it, and as an event it
/// cost 5.5% of the server's CPU in a native profile of mints (dispatch, the layers, each
/// field formatted through `fmt::Arguments`), several times the cost of the line itself
/// (docs/PERFORMANCE.md). [`BatchedWriter::write_request_line`] writes the same bytes that
/// [`LineFormat`] writes for the `request` event; the caller asks `tracing::enabled!` first,
/// at its own callsite, so `RUST_LOG` decides as it does for the event.
pub fn text_log() -> Option<&'static BatchedWriter> {
    TEXT_LOG.get()
}

/// The fields of the request line, in the order of the `request` event.
pub struct RequestLine<'a> {
    /// The event's target: the module of the caller.
    pub target: &'static str,
    /// `request_id`.
    pub request_id: &'a str,
    /// `method`.
    pub method: &'a str,
    /// `path`, as sent (control characters are escaped).
    pub path: &'a str,
    /// `operation`.
    pub operation: &'a str,
    /// `client`.
    pub client: &'a dyn fmt::Display,
    /// `status`.
    pub status: u16,
    /// `latency_us`.
    pub latency_us: u64,
}

impl BatchedWriter {
    /// Writes `line` as [`LineFormat`] writes the `request` event with these fields:
    /// `TIMESTAMP  INFO target: request request_id=.. method=.. path=.. operation=..
    /// client=.. status=.. latency_us=..`, with control characters in the text values
    /// escaped as in every other line.
    pub fn write_request_line(&self, line: &RequestLine<'_>) {
        thread_local! {
            static LINE: std::cell::RefCell<String> = const {
                std::cell::RefCell::new(String::new())
            };
        }
        let staged = STAGED.try_with(|staged| {
            let mut staged = staged.borrow_mut();
            staged.hand_over_unless_for(&self.shared);
            let _ = write_request_line(&mut staged.lines, SystemTime::now(), line);
            staged.count += 1;
            if staged.lines.len() >= STAGE_BYTES {
                staged.hand_over();
            }
        });
        if staged.is_err() {
            // The thread is ending and its stage is gone: the line goes to the writer alone.
            LINE.with_borrow_mut(|text| {
                text.clear();
                let _ = write_request_line(text, SystemTime::now(), line);
                let _ = (&*self).write(text.as_bytes());
            });
        }
    }
}

/// Request lines a thread keeps before it hands them to the writer at once: one lock and
/// one copy for about 20 lines instead of one per request. The writer's lock and buffer
/// are written by every core; taken per line they cost the request line about as much as
/// formatting it (docs/PERFORMANCE.md).
const STAGE_BYTES: usize = 4 * 1024;

thread_local! {
    /// This thread's request lines not yet handed to the writer. A runtime worker hands
    /// them over when its stage is full and when it parks ([`hand_over_staged_lines`]):
    /// under load the writer has them within a millisecond, and the log of an idle
    /// server is complete. A thread that ends hands them over as it goes.
    static STAGED: std::cell::RefCell<Staged> = const {
        std::cell::RefCell::new(Staged {
            to: None,
            lines: String::new(),
            count: 0,
        })
    };
}

/// Hands the request lines this thread staged to the writer. The binary's runtime calls
/// it each time a worker thread parks (`on_thread_park`); any thread may call it.
pub fn hand_over_staged_lines() {
    let _ = STAGED.try_with(|staged| {
        if let Ok(mut staged) = staged.try_borrow_mut() {
            staged.hand_over();
        }
    });
}

/// One thread's staged lines and the writer they are for.
struct Staged {
    to: Option<Arc<Shared>>,
    lines: String,
    /// Lines in `lines`, for the count of dropped ones.
    count: u64,
}

impl Staged {
    fn hand_over(&mut self) {
        if let Some(shared) = &self.to
            && self.count > 0
        {
            shared.append(&mut shared.lock(), self.lines.as_bytes(), self.count);
        }
        self.lines.clear();
        self.count = 0;
    }

    /// Hands over what was staged for another writer (tests have several), then stages
    /// for `shared`.
    fn hand_over_unless_for(&mut self, shared: &Arc<Shared>) {
        if !self.to.as_ref().is_some_and(|to| Arc::ptr_eq(to, shared)) {
            self.hand_over();
            self.to = Some(Arc::clone(shared));
        }
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        self.hand_over();
    }
}

fn write_request_line(text: &mut String, now: SystemTime, line: &RequestLine<'_>) -> fmt::Result {
    write_timestamp(text, now)?;
    text.push_str("  INFO ");
    text.push_str(line.target);
    text.push_str(": request request_id=");
    Escaped(&mut *text).write_str(line.request_id)?;
    text.push_str(" method=");
    Escaped(&mut *text).write_str(line.method)?;
    text.push_str(" path=");
    Escaped(&mut *text).write_str(line.path)?;
    text.push_str(" operation=");
    Escaped(&mut *text).write_str(line.operation)?;
    text.push_str(" client=");
    write!(Escaped(&mut *text), "{}", line.client)?;
    text.push_str(" status=");
    text.push_str(itoa::Buffer::new().format(line.status));
    text.push_str(" latency_us=");
    text.push_str(itoa::Buffer::new().format(line.latency_us));
    text.push('\n');
    Ok(())
}

/// The line format (see the module documentation).
pub struct LineFormat;

impl<S, N> FormatEvent<S, N> for LineFormat
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        _context: &FmtContext<'_, S, N>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        let metadata = event.metadata();
        write_timestamp(&mut writer, SystemTime::now())?;
        let level = match *metadata.level() {
            Level::ERROR => "ERROR",
            Level::WARN => " WARN",
            Level::INFO => " INFO",
            Level::DEBUG => "DEBUG",
            Level::TRACE => "TRACE",
        };
        writer.write_str(" ")?;
        writer.write_str(level)?;
        writer.write_str(" ")?;
        writer.write_str(metadata.target())?;
        writer.write_str(":")?;
        let mut fields = Fields {
            writer: &mut writer,
            result: Ok(()),
        };
        event.record(&mut fields);
        fields.result?;
        writer.write_str("\n")
    }
}

/// `2026-01-01T00:00:00.000000Z`: the part up to the seconds is formatted once per second
/// (per thread), the microseconds each time.
fn write_timestamp(writer: &mut impl fmt::Write, now: SystemTime) -> fmt::Result {
    thread_local! {
        static SECOND: std::cell::RefCell<(u64, String)> = const {
            std::cell::RefCell::new((u64::MAX, String::new()))
        };
    }
    let since_epoch = now.duration_since(UNIX_EPOCH).unwrap_or_default();
    let seconds = since_epoch.as_secs();
    SECOND.with_borrow_mut(|(cached, text)| {
        if *cached != seconds {
            *cached = seconds;
            text.clear();
            let date = i64::try_from(seconds)
                .ok()
                .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
                .unwrap_or_default();
            let _ = write!(text, "{}", date.format("%Y-%m-%dT%H:%M:%S"));
        }
        writer.write_str(text)
    })?;
    // Six digits written by hand: `{:06}` goes through the formatting machinery, on
    // every request line.
    let mut micros = since_epoch.subsec_micros();
    let mut text = *b".000000Z";
    for digit in text[1..7].iter_mut().rev() {
        *digit = b'0' + (micros % 10) as u8;
        micros /= 10;
    }
    writer.write_str(std::str::from_utf8(&text).map_err(|_| fmt::Error)?)
}

/// Writes an event's fields: the message as it is, the others as ` name=value`, with
/// control characters escaped so that no value can forge a line or a terminal sequence.
struct Fields<'a, 'w> {
    writer: &'a mut Writer<'w>,
    result: fmt::Result,
}

impl Fields<'_, '_> {
    fn field(&mut self, field: &Field, value: fmt::Arguments<'_>) {
        if self.start(field) {
            self.result = Escaped(&mut *self.writer).write_fmt(value);
        }
    }

    /// A number: nothing to escape.
    fn number(&mut self, field: &Field, value: impl fmt::Display) {
        if self.start(field) {
            self.result = write!(self.writer, "{value}");
        }
    }

    /// Writes ` name=` (or the space before the message); false when the field is skipped.
    fn start(&mut self, field: &Field) -> bool {
        if self.result.is_err() || field.name().starts_with("log.") {
            return false;
        }
        self.result = self.writer.write_str(" ").and_then(|()| {
            if field.name() == "message" {
                Ok(())
            } else {
                self.writer.write_str(field.name())?;
                self.writer.write_str("=")
            }
        });
        self.result.is_ok()
    }
}

impl Visit for Fields<'_, '_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.field(field, format_args!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.field(field, format_args!("{value}"));
        } else {
            self.field(field, format_args!("{value:?}"));
        }
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        self.number(field, value);
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        self.number(field, value);
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        self.number(field, value);
    }

    fn record_error(&mut self, field: &Field, value: &(dyn std::error::Error + 'static)) {
        self.field(field, format_args!("{value}"));
    }
}

/// Passes text through, writing control characters as `\u{..}`.
struct Escaped<'a, W: fmt::Write>(&'a mut W);

impl<W: fmt::Write> fmt::Write for Escaped<'_, W> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        // Control characters are U+0000..U+001F, U+007F (one byte each) and U+0080..U+009F
        // (two bytes, the first 0xC2): text without those bytes passes through unscanned.
        // A fold without an early exit, which the compiler turns into SIMD compares (each
        // field of every request line goes through here).
        let has_control = (text.bytes()).fold(false, |found, b| {
            found | (b < 0x20) | (b == 0x7f) | (b == 0xc2)
        });
        if !has_control {
            return self.0.write_str(text);
        }
        let mut rest = text;
        while let Some(at) = rest.find(|c: char| c.is_control()) {
            self.0.write_str(&rest[..at])?;
            let c = rest[at..].chars().next().unwrap_or_default();
            write!(self.0, "{}", c.escape_unicode())?;
            rest = &rest[at + c.len_utf8()..];
        }
        self.0.write_str(rest)
    }
}

/// Where the log lines go (see the module documentation). Made by [`BatchedWriter::spawn`];
/// cloning it is cheap.
#[derive(Clone)]
pub struct BatchedWriter {
    shared: Arc<Shared>,
}

struct Shared {
    state: Mutex<Pending>,
    /// Wakes the writer: a full buffer, or the end.
    wake_writer: Condvar,
}

#[derive(Default)]
struct Pending {
    lines: Vec<u8>,
    ending: bool,
    /// Lines dropped since the last report.
    dropped: u64,
}

/// Ends the writer thread when dropped, after it wrote every pending line.
pub struct LogGuard {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl BatchedWriter {
    /// Starts the writing thread over `output`.
    pub fn spawn(output: impl Write + Send + 'static) -> io::Result<(BatchedWriter, LogGuard)> {
        let shared = Arc::new(Shared {
            state: Mutex::new(Pending::default()),
            wake_writer: Condvar::new(),
        });
        let thread = thread::Builder::new().name("log-writer".into()).spawn({
            let shared = Arc::clone(&shared);
            move || write_out(&shared, output)
        })?;
        let guard = LogGuard {
            shared: Arc::clone(&shared),
            thread: Some(thread),
        };
        Ok((BatchedWriter { shared }, guard))
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Pending> {
        // A thread that panicked while holding the lock left complete lines behind: go on.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Adds `count` complete lines to what is pending, or drops and counts them when the
    /// output is behind; wakes the writer when the buffer fills up.
    fn append(&self, pending: &mut Pending, lines: &[u8], count: u64) {
        if pending.lines.len() >= MAX_PENDING && !pending.ending {
            // The output is behind: drop the lines rather than stall the caller.
            pending.dropped += count;
            return;
        }
        let was_below = pending.lines.len() < FLUSH_AT;
        pending.lines.extend_from_slice(lines);
        if was_below && pending.lines.len() >= FLUSH_AT {
            self.wake_writer.notify_one();
        }
    }
}

/// The writer thread: every interval (or when woken), takes what is pending and writes it.
fn write_out(shared: &Shared, mut output: impl Write) {
    let mut batch = Vec::new();
    let mut last_report: Option<std::time::Instant> = None;
    loop {
        let mut dropped = 0;
        let ending = {
            let mut pending = shared.lock();
            if pending.lines.len() < FLUSH_AT && !pending.ending {
                pending = shared
                    .wake_writer
                    .wait_timeout(pending, FLUSH_INTERVAL)
                    .map(|(pending, _)| pending)
                    .unwrap_or_else(|poisoned| poisoned.into_inner().0);
            }
            std::mem::swap(&mut batch, &mut pending.lines);
            if pending.dropped > 0
                && (pending.ending
                    || last_report.is_none_or(|at| at.elapsed() >= DROP_REPORT_INTERVAL))
            {
                dropped = std::mem::take(&mut pending.dropped);
            }
            pending.ending
        };
        if dropped > 0 {
            last_report = Some(std::time::Instant::now());
            crate::metrics::log_lines_dropped(dropped);
            // Through the log itself, in its format; the buffer was just emptied, so the
            // line has room.
            tracing::warn!(
                dropped,
                "dropped {dropped} log lines: the log output could not keep up"
            );
        }
        if !batch.is_empty() {
            // Nowhere to report a failing stderr to; the lines are dropped, the server goes on.
            let _ = output.write_all(&batch).and_then(|()| output.flush());
            batch.clear();
            // Keep the buffer's memory for the next batch, unless one burst made it huge.
            batch.shrink_to(MAX_PENDING);
        }
        if ending && shared.lock().lines.is_empty() {
            return;
        }
    }
}

impl Write for &BatchedWriter {
    fn write(&mut self, line: &[u8]) -> io::Result<usize> {
        // This thread's staged request lines go first: its lines stay in their order.
        hand_over_staged_lines();
        let shared = &self.shared;
        shared.append(&mut shared.lock(), line, 1);
        Ok(line.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for BatchedWriter {
    type Writer = &'a BatchedWriter;

    fn make_writer(&'a self) -> Self::Writer {
        self
    }
}

impl Drop for LogGuard {
    fn drop(&mut self) {
        // Threads that ended handed theirs over already; this one's too.
        hand_over_staged_lines();
        self.shared.lock().ending = true;
        self.shared.wake_writer.notify_one();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex as StdMutex;

    /// An output the test can read.
    #[derive(Clone, Default)]
    struct Captured(Arc<StdMutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn logged(events: impl FnOnce()) -> String {
        let output = Captured::default();
        let (writer, guard) = BatchedWriter::spawn(output.clone()).unwrap();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(writer)
            .event_format(LineFormat)
            .with_max_level(Level::DEBUG)
            .finish();
        tracing::subscriber::with_default(subscriber, events);
        drop(guard);
        String::from_utf8(output.0.lock().unwrap().clone()).unwrap()
    }

    #[test]
    fn lines_have_the_usual_shape_and_all_arrive() {
        let text = logged(|| {
            for n in 0..10_000u64 {
                tracing::info!(request_id = %"abc", method = "GET", status = 200u16, n, "request");
            }
            tracing::warn!(error = %"disk full", "store failed");
        });
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 10_001, "no line is lost");
        let first = lines[0];
        // 2026-11-27T23:36:27.975705Z  INFO target: request ...
        assert_eq!(first.as_bytes()[10], b'T');
        assert_eq!(&first[26..34], "Z  INFO ");
        assert!(
            first.ends_with(": request request_id=abc method=\"GET\" status=200 n=0"),
            "{first}"
        );
        assert!(lines[10_000].contains(" WARN "), "{}", lines[10_000]);
        assert!(lines[10_000].ends_with(": store failed error=disk full"));
    }

    #[test]
    fn the_direct_request_line_is_the_events_line() {
        struct Client(&'static str);
        impl fmt::Display for Client {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }
        for (path, client, status, latency_us) in [
            (
                "/api/v3/onezone/user/spaces/token",
                "127.0.0.1",
                200u16,
                17u64,
            ),
            ("/a\nfake line\x1b[31m", "-", 404, 0),
            ("/caf\u{e9}/\u{85}", "[2001:db8::1]:443", 431, u64::MAX),
        ] {
            let event = logged(|| {
                tracing::info!(
                    request_id = %"0b7e-id",
                    method = %"GET",
                    path = %path,
                    operation = %"GetUserSpaceToken",
                    client = %Client(client),
                    status,
                    latency_us,
                    "request"
                )
            });
            let mut direct = String::new();
            let line = RequestLine {
                target: module_path!(),
                request_id: "0b7e-id",
                method: "GET",
                path,
                operation: "GetUserSpaceToken",
                client: &Client(client),
                status,
                latency_us,
            };
            write_request_line(&mut direct, SystemTime::now(), &line).unwrap();
            // The same bytes after the timestamp (27 bytes: the two were written apart).
            assert_eq!(&direct[27..], &event[27..], "{path}");
            assert_eq!(direct.len(), event.len());
        }
    }

    fn request(n: u64) -> RequestLine<'static> {
        RequestLine {
            target: "test",
            request_id: "id",
            method: "GET",
            path: "/p",
            operation: "Op",
            client: &"-",
            status: 200,
            latency_us: n,
        }
    }

    /// The `latency_us` of each request line of `thread`'s (its `operation`), in order.
    fn numbers_of(text: &str, thread: &str) -> Vec<u64> {
        text.lines()
            .filter(|line| line.contains(&format!("operation={thread} ")))
            .map(|line| line.rsplit('=').next().unwrap().parse().unwrap())
            .collect()
    }

    #[test]
    fn staged_lines_of_every_thread_arrive_each_threads_in_order() {
        let output = Captured::default();
        let (writer, guard) = BatchedWriter::spawn(output.clone()).unwrap();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(writer.clone())
            .event_format(LineFormat)
            .finish();
        let dispatch = tracing::Dispatch::new(subscriber);
        std::thread::scope(|scope| {
            for thread in ["A", "B", "C"] {
                let (writer, dispatch) = (&writer, &dispatch);
                scope.spawn(move || {
                    tracing::dispatcher::with_default(dispatch, || {
                        for n in 0..5000u64 {
                            let mut line = request(n);
                            line.operation = thread;
                            writer.write_request_line(&line);
                            // An event between staged lines comes after them.
                            if n % 1000 == 999 {
                                tracing::info!("{thread} after {n}");
                            }
                        }
                    });
                    // The thread ends with lines staged: they are handed over as it goes.
                });
            }
        });
        drop(guard);
        let text = String::from_utf8(output.0.lock().unwrap().clone()).unwrap();
        for thread in ["A", "B", "C"] {
            assert_eq!(
                numbers_of(&text, thread),
                (0..5000).collect::<Vec<_>>(),
                "{thread}"
            );
            for n in [999, 1999, 2999, 3999, 4999] {
                let event = text.find(&format!("{thread} after {n}\n")).unwrap();
                let line = text
                    .find(&format!(
                        "operation={thread} client=- status=200 latency_us={n}\n"
                    ))
                    .unwrap();
                assert!(line < event, "{thread} {n}");
            }
        }
    }

    #[test]
    fn a_parking_worker_hands_its_lines_over_before_the_end() {
        let output = Captured::default();
        let (writer, guard) = BatchedWriter::spawn(output.clone()).unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .on_thread_park(hand_over_staged_lines)
            .build()
            .unwrap();
        let served = {
            let writer = writer.clone();
            runtime.spawn(async move { writer.write_request_line(&request(7)) })
        };
        runtime.block_on(served).unwrap();
        // The worker lives on, idle: its line reaches the output within the interval.
        let deadline = std::time::Instant::now() + 20 * FLUSH_INTERVAL;
        while numbers_of(&String::from_utf8_lossy(&output.0.lock().unwrap()), "Op").is_empty() {
            assert!(
                std::time::Instant::now() < deadline,
                "the line never arrived"
            );
            std::thread::sleep(FLUSH_INTERVAL / 10);
        }
        drop(runtime);
        drop(guard);
    }

    /// An output that blocks every write until released, like a pipe nobody reads.
    #[derive(Clone)]
    struct Stalled(Captured, Arc<(StdMutex<bool>, std::sync::Condvar)>);

    impl Write for Stalled {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            let (released, wake) = &*self.1;
            let mut released = released.lock().unwrap();
            while !*released {
                released = wake.wait(released).unwrap();
            }
            self.0.write(bytes)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_stalled_output_drops_lines_instead_of_blocking() {
        let captured = Captured::default();
        let gate = Arc::new((StdMutex::new(false), std::sync::Condvar::new()));
        let (writer, guard) =
            BatchedWriter::spawn(Stalled(captured.clone(), gate.clone())).unwrap();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(writer)
            .event_format(LineFormat)
            .finish();
        // 10 MiB of lines into a 4 MiB buffer whose writer is stuck: every call returns
        // (with the old waiting writer this test never ended).
        let line = "x".repeat(100);
        tracing::subscriber::with_default(subscriber, || {
            for n in 0..100_000u64 {
                tracing::info!(n, line = %line, "request");
            }
        });
        *gate.0.lock().unwrap() = true;
        gate.1.notify_all();
        drop(guard);
        let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        let written = text.lines().count();
        assert!(
            written > 1000 && written < 100_000,
            "{written} lines written"
        );
        assert!(text.lines().all(|l| l.ends_with(&line)), "only whole lines");
    }

    #[test]
    fn the_database_clamp_holds_back_postgres_debug_only() {
        for target in [
            "tokio_postgres",
            "tokio_postgres::query",
            "postgres_protocol",
            "deadpool_postgres",
            "deadpool::managed",
        ] {
            assert!(is_database_target(target), "{target}");
        }
        for target in ["onezone_tokens", "hyper", "postgresql_like", "tokio"] {
            assert!(!is_database_target(target), "{target}");
        }
    }

    #[test]
    fn control_characters_cannot_forge_lines() {
        let text = logged(|| {
            tracing::info!(path = %"/a\nfake line\x1b[31m", "request");
        });
        assert_eq!(text.lines().count(), 1, "{text}");
        assert!(text.contains(r"path=/a\u{a}fake line\u{1b}[31m"), "{text}");
        let text = logged(|| tracing::info!(value = %"a\u{85}b\u{a0}c", "request"));
        assert!(text.contains("value=a\\u{85}b\u{a0}c"), "{text}");
    }

    #[test]
    fn timestamps_match_the_clock() {
        let mut text = String::new();
        let at = UNIX_EPOCH + Duration::from_micros(1_795_908_387_000_042);
        write_timestamp(&mut text, at).unwrap();
        write_timestamp(&mut text, at + Duration::from_secs(1)).unwrap();
        assert_eq!(
            text,
            "2026-11-28T23:26:27.000042Z2026-11-28T23:26:28.000042Z"
        );
        for micros in [0, 7, 42, 100_000, 123_456, 999_999] {
            text.clear();
            write_timestamp(&mut text, UNIX_EPOCH + Duration::from_micros(micros)).unwrap();
            assert_eq!(text, format!("1970-01-01T00:00:00.{micros:06}Z"));
        }
    }
}
