//! A count of the SQLite store's commits, shared by every process that opens the data
//! directory (the server, the CLI, tests): a 4 KiB file, `onezone.db-changes`, mapped into
//! memory, whose first 8 bytes every [`super::SqliteStore`] write increments after its
//! transaction ends. Reading it costs a memory load, where asking SQLite whether the data
//! changed (`PRAGMA data_version`) costs two `fcntl` lock calls, about 2 µs: too much for
//! every read of every request (see `read_cache`).
//!
//! The file is never shrunk by this program, and it holds no secret: only a number.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};

const SIZE: usize = 4096;

pub(super) struct ChangeCounter {
    counter: NonNull<AtomicU64>,
    /// Kept open while mapped.
    _file: File,
}

// SAFETY: the mapping is only accessed through `AtomicU64`, which any thread (and process)
// may use concurrently.
unsafe impl Send for ChangeCounter {}
unsafe impl Sync for ChangeCounter {}

impl ChangeCounter {
    pub(super) fn open(path: &Path) -> io::Result<ChangeCounter> {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)?;
        // Only ever grown (every process sets the same size), so the mapping below never
        // points past the end of the file.
        if file.metadata()?.len() < SIZE as u64 {
            file.set_len(SIZE as u64)?;
        }
        // SAFETY: a shared read-write mapping of a file we keep open; it is unmapped on drop.
        let mapped = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                SIZE,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED,
                file.as_raw_fd(),
                0,
            )
        };
        if mapped == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let counter = NonNull::new(mapped.cast::<AtomicU64>())
            .ok_or_else(|| io::Error::other("mmap returned a null mapping"))?;
        Ok(ChangeCounter {
            counter,
            _file: file,
        })
    }

    fn atomic(&self) -> &AtomicU64 {
        // SAFETY: the mapping is page-aligned, at least 8 bytes long and lives as long as
        // `self`.
        unsafe { self.counter.as_ref() }
    }

    /// How many commits have been counted so far.
    pub(super) fn get(&self) -> u64 {
        self.atomic().load(Ordering::Acquire)
    }

    /// Counts a commit (called after the transaction ended, committed or not).
    pub(super) fn bump(&self) {
        self.atomic().fetch_add(1, Ordering::AcqRel);
    }
}

impl Drop for ChangeCounter {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly the mapping made in `open`, which nothing uses any more.
        unsafe {
            libc::munmap(self.counter.as_ptr().cast(), SIZE);
        }
    }
}
