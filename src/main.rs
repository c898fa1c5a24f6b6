use clap::Parser;
use onezone_tokens::cli::{self, Cli};
use onezone_tokens::logging::{self, BatchedWriter, LogFormat};
use std::process::ExitCode;

fn main() -> ExitCode {
    // Logs go to stderr (RUST_LOG, default info; `serve --log-format json` for JSON lines);
    // stdout carries command output. Lines are written in batches by a background thread
    // that never makes the program wait (src/logging.rs); the guard writes what is left at
    // exit.
    let cli = Cli::parse();
    let (log_writer, log_guard) = match BatchedWriter::spawn(std::io::stderr()) {
        Ok(started) => started,
        Err(error) => {
            eprintln!("error: cannot start the log writer: {error}");
            return ExitCode::FAILURE;
        }
    };
    let format = match &cli.command {
        cli::Command::Serve(args) => args.log_format,
        _ => LogFormat::Text,
    };
    logging::init(format, log_writer);
    // The default multi-thread runtime; a worker that goes idle hands the request lines it
    // staged to the log writer (see `logging::hand_over_staged_lines`).
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .on_thread_park(logging::hand_over_staged_lines)
        .build();
    let runtime = match runtime {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(cli::run(cli));
    drop(runtime);
    // The log lines first, then the error, in the order they happened.
    drop(log_guard);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

// jemalloc keeps per-thread caches of the sizes hyper allocates and frees on every
// request (its 8 KiB read buffer and header slots), which glibc serves from its shared
// bins: docs/PERFORMANCE.md. Not on MSVC, which jemalloc does not support.
#[cfg(all(feature = "jemalloc", not(target_env = "msvc")))]
mod allocator {
    #[global_allocator]
    static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

    /// jemalloc's options, read before `main` from this symbol (its `malloc_conf`; the
    /// `_RJEM_MALLOC_CONF` environment variable still overrides them).
    ///
    /// `tcache_gc_incr_bytes`: a thread's cache is swept for unused objects after every
    /// 64 KiB it allocates by default. A mint allocates about 22 KiB (hyper's 8 KiB read
    /// buffer and 4 KiB header slots among them), so the sweep ran every third request:
    /// 550 to 1,800 instructions a mint in callgrind, depending on the run's settings
    /// (docs/PERFORMANCE.md, item 39). After every 1 MiB it costs about 200. Each size's
    /// cache stays bounded by jemalloc's own limit; peak RSS at 256 connections did not
    /// grow.
    #[unsafe(export_name = "_rjem_malloc_conf")]
    static JEMALLOC_OPTIONS: JemallocOptions =
        JemallocOptions(c"tcache_gc_incr_bytes:1048576".as_ptr());

    /// A C string pointer that jemalloc reads as its `const char *malloc_conf`.
    #[repr(transparent)]
    struct JemallocOptions(*const std::ffi::c_char);

    // Safety: it points to a string literal, never written.
    unsafe impl Sync for JemallocOptions {}
}
