//! Password hashing: argon2id with the argon2 crate's defaults (OWASP's recommended
//! m=19 MiB, t=2, p=1), stored as PHC strings. Plaintext is never stored or logged.
//!
//! A check costs about 19 MiB and tens of milliseconds of CPU, so the server runs checks
//! only on a few dedicated threads ([`check`]), each reusing one memory area: however many
//! logins arrive at once (a storm of wrong passwords, say), at most that many checks run and
//! the memory they use stays at a few tens of MiB, instead of one area per blocking thread
//! that the allocator then keeps. A thread gives its area back as soon as no check is
//! waiting for it, so a login leaves nothing resident beside what the connections need
//! (the 40 MB bound at 256 connections, docs/PERFORMANCE.md), while a storm of logins
//! keeps reusing it. Beyond [`MAX_QUEUED`] waiting checks, logins are refused as "too
//! many requests" instead of queueing without bound.

use crate::metrics;
use argon2::password_hash::{PasswordHash, PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, mpsc};
use subtle::ConstantTimeEq;

/// At most this many checks wait for a thread (each waiting request holds a connection).
pub const MAX_QUEUED: usize = 256;

/// Whether `password` can ever be used to log in: Basic credentials with a control character
/// (NUL, tab, newline, DEL, ...) are refused as malformed, and an empty one is no password.
/// The reason when not.
pub fn check_usable(password: &str) -> Result<(), String> {
    if password.is_empty() {
        return Err("the password is empty".to_owned());
    }
    if let Some(c) = password.chars().find(|c| c.is_control()) {
        return Err(format!(
            "the password contains the control character U+{:04X}: no login could use it \
             (HTTP Basic credentials with control characters are refused)",
            c as u32
        ));
    }
    Ok(())
}

/// An argon2id hash of `password` in PHC string format, with a fresh random salt (what
/// [`Store::add_user`](crate::store::Store::add_user) stores); `Err` with a message when
/// hashing fails.
pub fn hash(password: &str) -> Result<String, String> {
    let salt = SaltString::encode_b64(&crate::token::ids::random_bytes::<16>())
        .map_err(|e| e.to_string())?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| e.to_string())
}

/// Checks a password against a stored hash; a malformed hash never matches.
pub fn verify(password: &str, stored_hash: &str) -> bool {
    verify_with_memory(password, stored_hash, &mut Vec::new())
}

/// [`verify`], with `memory` as argon2's working area (grown as the hash's cost needs).
fn verify_with_memory(password: &str, stored_hash: &str, memory: &mut Vec<Block>) -> bool {
    let Ok(parsed) = PasswordHash::new(stored_hash) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from) {
        None => Version::default(),
        Some(Ok(version)) => version,
        Some(Err(_)) => return false,
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let blocks = params.block_count();
    if memory.len() < blocks {
        memory.resize(blocks, Block::default());
    }
    let mut output = [0u8; 64];
    let Some(output) = output.get_mut(..expected.len()) else {
        return false;
    };
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password.as_bytes(), salt, output, &mut memory[..blocks])
        .is_ok()
        && bool::from(output.ct_eq(expected.as_bytes()))
}

/// What a password is checked against when its user does not exist: the same work as a
/// real check, so that response times do not tell which user names exist.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash("no such user").unwrap_or_default())
}

/// Why a check did not run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckError {
    /// [`MAX_QUEUED`] checks are waiting already.
    Busy,
    /// The checking threads are gone (a panic); never expected.
    Stopped,
}

/// Checks `password` against `stored_hash` on the checking threads; `None` checks it
/// against a dummy hash (an unknown user: the same work, always `false`).
pub async fn check(password: String, stored_hash: Option<String>) -> Result<bool, CheckError> {
    let pool = Pool::get();
    let _slot = pool.enter()?;
    let waiting = metrics::track(|m| &m.argon2_waiting);
    let (answer, answered) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move |memory| {
        drop(waiting);
        // The client may have gone while the check waited: then skip the work.
        if answer.is_closed() {
            return;
        }
        let _running = metrics::track(|m| &m.argon2_running);
        let matches = match &stored_hash {
            Some(hash) => verify_with_memory(&password, hash, memory),
            None => {
                verify_with_memory(&password, dummy_hash(), memory);
                false
            }
        };
        let _ = answer.send(matches);
    });
    pool.jobs
        .lock()
        .map_err(|_| CheckError::Stopped)?
        .send(job)
        .map_err(|_| CheckError::Stopped)?;
    answered.await.map_err(|_| CheckError::Stopped)
}

/// How many checks run at once: half the cores (at least one), so that token requests
/// of other users keep a core while a storm of logins is checked.
pub fn concurrent_checks() -> usize {
    std::thread::available_parallelism()
        .map(|cores| cores.get().div_ceil(2))
        .unwrap_or(1)
}

type Job = Box<dyn FnOnce(&mut Vec<Block>) + Send>;

/// Hands memory just freed back to the system. glibc keeps a freed block of this size in
/// its heap (its mmap threshold rises to the size of the first such block freed, so later
/// ones come from the heap), where it counts in the resident set for good;
/// `malloc_trim` returns the heaps' free pages. Other allocators give such blocks back on
/// their own.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks the allocator's own free lists; it takes no pointer.
    unsafe {
        libc::malloc_trim(0);
    }
}

struct Pool {
    jobs: Mutex<mpsc::Sender<Job>>,
    queued: AtomicUsize,
}

/// A place in the queue, given back when the check ends or its request is dropped.
struct Slot<'a>(&'a AtomicUsize);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Pool {
    fn get() -> &'static Pool {
        static POOL: OnceLock<Pool> = OnceLock::new();
        POOL.get_or_init(|| {
            let (jobs, queue) = mpsc::channel::<Job>();
            let queue = Arc::new(Mutex::new(queue));
            for n in 0..concurrent_checks() {
                let queue = Arc::clone(&queue);
                let spawned = std::thread::Builder::new()
                    .name(format!("argon2-{n}"))
                    .spawn(move || {
                        // One working area per thread, reused while checks keep
                        // coming, and given back as soon as none is waiting.
                        let mut memory = Vec::new();
                        loop {
                            let waiting = match queue.lock() {
                                Ok(queue) => queue.try_recv(),
                                Err(_) => return,
                            };
                            let job = match waiting {
                                Ok(job) => job,
                                Err(mpsc::TryRecvError::Disconnected) => return,
                                Err(mpsc::TryRecvError::Empty) => {
                                    if !memory.is_empty() {
                                        memory = Vec::new();
                                        release_freed_memory();
                                    }
                                    let next = match queue.lock() {
                                        Ok(queue) => queue.recv(),
                                        Err(_) => return,
                                    };
                                    match next {
                                        Ok(job) => job,
                                        Err(mpsc::RecvError) => return,
                                    }
                                }
                            };
                            job(&mut memory);
                        }
                    });
                if let Err(error) = spawned {
                    tracing::error!(%error, "cannot start a password-checking thread");
                }
            }
            Pool {
                jobs: Mutex::new(jobs),
                queued: AtomicUsize::new(0),
            }
        })
    }

    fn enter(&self) -> Result<Slot<'_>, CheckError> {
        if self.queued.fetch_add(1, Ordering::AcqRel) >= MAX_QUEUED {
            self.queued.fetch_sub(1, Ordering::AcqRel);
            return Err(CheckError::Busy);
        }
        Ok(Slot(&self.queued))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn hashes_verify_and_differ() {
        let first = super::hash("correct horse").unwrap();
        let second = super::hash("correct horse").unwrap();
        assert!(first.starts_with("$argon2id$"));
        assert_ne!(first, second, "salts are random");
        assert!(super::verify("correct horse", &first));
        assert!(!super::verify("wrong horse", &first));
        assert!(!super::verify("correct horse", "not a hash"));
    }

    #[tokio::test]
    async fn checks_run_on_the_pool() {
        let hash = super::hash("correct horse").unwrap();
        let check = |password: &str, hash: Option<&str>| {
            super::check(password.to_owned(), hash.map(str::to_owned))
        };
        assert_eq!(check("correct horse", Some(&hash)).await, Ok(true));
        assert_eq!(check("wrong horse", Some(&hash)).await, Ok(false));
        assert_eq!(check("correct horse", None).await, Ok(false));
        assert_eq!(check("correct horse", Some("not a hash")).await, Ok(false));
    }
}
