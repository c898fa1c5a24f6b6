//! A count of the SQLite store's commits, shared by every process that opens the data
//! directory (the server, the CLI, tests): a 4 KiB file, `onezone.db-changes`, mapped into
//! memory, whose first 8 bytes every [`super::SqliteStore`] write increments after its
//! transaction ends. Reading it costs a memory load, where asking SQLite whether the data
//! changed (`PRAGMA data_version`) costs two `fcntl` lock calls, about 2 µs: too much for
//! every read of every request (see `read_cache`).
//!
//! The file is never shrunk by this program, and it holds no secret: only a number.
//!
//! **A file truncated or replaced under us.** Touching a mapped page past the end of its
//! file raises SIGBUS, which would kill the process. So a SIGBUS handler (installed once,
//! chaining to the one before it for every other address) puts an anonymous page in place of
//! a counter whose file was cut short and marks the counter broken; the interrupted access
//! then completes on that page, and the next use re-opens the file, grows it back and maps
//! it again at the same address. A file replaced by another (a new inode at the path) is
//! noticed by [`ChangeCounter::check_file`], which the read cache calls with its
//! `data_version` probe. After a re-open the count goes on above every value seen, so
//! readers still see it move. Written by hand: no maintained crate guards a shared mapping
//! against truncation.

use super::data_dir;
use std::ffi::c_void;
use std::fs::File;
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, Once, OnceLock};

const SIZE: usize = 4096;

/// Counters a process can have mapped at once under the SIGBUS guard; one more still works,
/// on a private page (see [`ChangeCounter::open`]).
const SLOTS: usize = 256;
/// The address of each guarded mapping (0: free slot).
static MAPPINGS: [AtomicUsize; SLOTS] = [const { AtomicUsize::new(0) }; SLOTS];
/// Set by the handler when it replaced the slot's mapping by an anonymous page.
static BROKEN: [AtomicBool; SLOTS] = [const { AtomicBool::new(false) }; SLOTS];
/// The SIGBUS action before ours, for faults that are not ours.
static PREVIOUS: OnceLock<libc::sigaction> = OnceLock::new();
static INSTALL: Once = Once::new();

pub(super) struct ChangeCounter {
    path: PathBuf,
    counter: NonNull<AtomicU64>,
    /// Index into [`MAPPINGS`], or `None` when every slot was taken (then the counter is a
    /// private page: commits of other processes are seen through the read cache's probe).
    slot: Option<usize>,
    /// The highest count seen, carried over a re-open.
    highest: AtomicU64,
    /// The mapped file and its (device, inode).
    file: Mutex<Option<(File, (u64, u64))>>,
}

// SAFETY: the mapping is only accessed through `AtomicU64`, which any thread (and process)
// may use concurrently; it is replaced only atomically (`MAP_FIXED`).
unsafe impl Send for ChangeCounter {}
unsafe impl Sync for ChangeCounter {}

impl ChangeCounter {
    pub(super) fn open(path: &Path) -> io::Result<ChangeCounter> {
        install_handler();
        let file = open_file(path)?;
        // SAFETY: a shared read-write mapping of a file we keep open; unmapped on drop.
        let mapped = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                SIZE,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED,
                file.0.as_raw_fd(),
                0,
            )
        };
        if mapped == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let counter = NonNull::new(mapped.cast::<AtomicU64>())
            .ok_or_else(|| io::Error::other("mmap returned a null mapping"))?;
        let slot = MAPPINGS.iter().position(|slot| {
            slot.compare_exchange(0, mapped as usize, Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
        });
        let counter = ChangeCounter {
            path: path.to_owned(),
            counter,
            slot,
            highest: AtomicU64::new(0),
            file: Mutex::new(Some(file)),
        };
        if let Some(slot) = slot {
            BROKEN[slot].store(false, Ordering::Release);
        } else {
            // Unguarded, a truncation would kill us: use a private page instead.
            tracing::warn!("{SLOTS} change counters are open in this process; this one is private");
            counter.replace_mapping(None);
        }
        counter
            .highest
            .store(counter.atomic().load(Ordering::Acquire), Ordering::Relaxed);
        Ok(counter)
    }

    fn atomic(&self) -> &AtomicU64 {
        // SAFETY: the mapping is page-aligned, at least 8 bytes long and lives as long as
        // `self` (replaced in place, never removed, until drop).
        unsafe { self.counter.as_ref() }
    }

    /// How many commits have been counted so far.
    pub(super) fn get(&self) -> u64 {
        let value = self.atomic().load(Ordering::Acquire);
        if self.is_broken() {
            self.reopen();
            return self.atomic().load(Ordering::Acquire);
        }
        if value > self.highest.load(Ordering::Relaxed) {
            self.highest.fetch_max(value, Ordering::Relaxed);
        }
        value
    }

    /// Counts a commit (called after the transaction ended, committed or not).
    pub(super) fn bump(&self) {
        let value = self.atomic().fetch_add(1, Ordering::AcqRel) + 1;
        if self.is_broken() {
            // The increment went to the stand-in page; the re-open counts it.
            self.reopen();
        } else {
            self.highest.fetch_max(value, Ordering::Relaxed);
        }
    }

    fn is_broken(&self) -> bool {
        self.slot
            .is_some_and(|slot| BROKEN[slot].load(Ordering::Acquire))
    }

    /// Re-opens the file when another one took its place or it was cut short (called
    /// now and then, with the read cache's probe).
    pub(super) fn check_file(&self) {
        if self.slot.is_none() {
            return;
        }
        let current = match std::fs::symlink_metadata(&self.path) {
            Ok(metadata) => Some(((metadata.dev(), metadata.ino()), metadata.len())),
            Err(_) => None,
        };
        let known = self
            .file
            .lock()
            .ok()
            .and_then(|file| file.as_ref().map(|(_, id)| *id));
        let unchanged = matches!((current, known),
            (Some((id, len)), Some(known)) if id == known && len >= SIZE as u64);
        if !unchanged || self.is_broken() {
            self.reopen();
        }
    }

    /// Opens the file at the path again (creating it and growing it as needed), maps it in
    /// place of the old mapping, and moves the count past every value seen.
    fn reopen(&self) {
        let Some(slot) = self.slot else { return };
        let Ok(mut file) = self.file.lock() else {
            return;
        };
        let seen = self.highest.load(Ordering::Relaxed);
        match open_file(&self.path) {
            Ok(opened) => {
                self.replace_mapping(Some(&opened.0));
                *file = Some(opened);
                tracing::warn!(path = %self.path.display(), "the change counter file was cut short or replaced; re-opened it");
            }
            Err(error) => {
                // Keep counting on a private page; other processes' commits are still seen
                // through the probe. Tried again at the next probe.
                self.replace_mapping(None);
                *file = None;
                tracing::warn!(path = %self.path.display(), %error, "cannot re-open the change counter file");
            }
        }
        BROKEN[slot].store(false, Ordering::Release);
        let moved = self
            .atomic()
            .fetch_max(seen + 1, Ordering::AcqRel)
            .max(seen + 1);
        self.highest.fetch_max(moved, Ordering::Relaxed);
    }

    /// Maps `file` (or an anonymous page) at the counter's address, atomically.
    fn replace_mapping(&self, file: Option<&File>) {
        let (flags, fd) = match file {
            Some(file) => (libc::MAP_SHARED, file.as_raw_fd()),
            None => (libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1),
        };
        // SAFETY: replaces exactly our own mapping (same address and length) by another of
        // the same size; accesses in other threads see the old page or the new one.
        unsafe {
            libc::mmap(
                self.counter.as_ptr().cast(),
                SIZE,
                libc::PROT_READ | libc::PROT_WRITE,
                flags | libc::MAP_FIXED,
                fd,
                0,
            );
        }
    }
}

impl Drop for ChangeCounter {
    fn drop(&mut self) {
        if let Some(slot) = self.slot {
            MAPPINGS[slot].store(0, Ordering::Release);
        }
        // SAFETY: unmaps exactly the mapping made in `open`, which nothing uses any more.
        unsafe {
            libc::munmap(self.counter.as_ptr().cast(), SIZE);
        }
    }
}

/// Opens the counter file (a regular file of ours, no link) at least [`SIZE`] long.
fn open_file(path: &Path) -> io::Result<(File, (u64, u64))> {
    let file = data_dir::open_private(path)?;
    let metadata = file.metadata()?;
    // Only ever grown by us (every process sets the same size).
    if metadata.len() < SIZE as u64 {
        file.set_len(SIZE as u64)?;
    }
    Ok((file, (metadata.dev(), metadata.ino())))
}

fn install_handler() {
    INSTALL.call_once(|| {
        // SAFETY: installs a handler for SIGBUS and records the previous action; both
        // structures are fully initialised.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_sigbus as *const () as usize;
            action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
            libc::sigemptyset(&mut action.sa_mask);
            let mut previous: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(libc::SIGBUS, &action, &mut previous) == 0 {
                let _ = PREVIOUS.set(previous);
            }
        }
    });
}

/// The SIGBUS handler: for a counter's page, an anonymous page in its place; anything else
/// goes to the previous handler (or the default action: the fault repeats and kills).
/// Only async-signal-safe work: atomics, `mmap`, `sigaction`.
extern "C" fn on_sigbus(signal: libc::c_int, info: *mut libc::siginfo_t, context: *mut c_void) {
    // SAFETY: the kernel passes a valid siginfo_t to an SA_SIGINFO handler.
    let address = unsafe { (*info).si_addr() } as usize;
    for (slot, mapped) in MAPPINGS.iter().enumerate() {
        let base = mapped.load(Ordering::Acquire);
        if base != 0 && (base..base + SIZE).contains(&address) {
            // SAFETY: replaces our own counter mapping by an anonymous page of the same size.
            let replaced = unsafe {
                libc::mmap(
                    base as *mut c_void,
                    SIZE,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
                    -1,
                    0,
                )
            };
            if replaced != libc::MAP_FAILED {
                BROKEN[slot].store(true, Ordering::Release);
                return;
            }
        }
    }
    // SAFETY: calls the handler installed before ours as the kernel would have, or
    // restores the default action so that the fault, repeated, ends the process.
    unsafe {
        match PREVIOUS.get() {
            Some(previous)
                if previous.sa_sigaction != libc::SIG_DFL
                    && previous.sa_sigaction != libc::SIG_IGN =>
            {
                if previous.sa_flags & libc::SA_SIGINFO != 0 {
                    let handler: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut c_void) =
                        std::mem::transmute(previous.sa_sigaction);
                    handler(signal, info, context);
                } else {
                    let handler: extern "C" fn(libc::c_int) =
                        std::mem::transmute(previous.sa_sigaction);
                    handler(signal);
                }
            }
            _ => {
                let mut default: libc::sigaction = std::mem::zeroed();
                default.sa_sigaction = libc::SIG_DFL;
                libc::sigaction(libc::SIGBUS, &default, std::ptr::null_mut());
            }
        }
    }
}
