use clap::Parser;
use onezone_tokens::cli::{self, Cli};
use onezone_tokens::logging::{BatchedWriter, LineFormat};
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    // Logs go to stderr (RUST_LOG, default info); stdout carries command output. Lines are
    // written in batches by a background thread (src/logging.rs); the guard writes what is
    // left at exit.
    let (log_writer, log_guard) = match BatchedWriter::spawn(std::io::stderr()) {
        Ok(started) => started,
        Err(error) => {
            eprintln!("error: cannot start the log writer: {error}");
            return ExitCode::FAILURE;
        }
    };
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(log_writer)
        .event_format(LineFormat)
        .init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
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
