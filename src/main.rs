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
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;
