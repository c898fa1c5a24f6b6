//! The data directory and the private files in it (the SQLite database and its `-wal`,
//! `-shm` and `-changes` files, the self-signed TLS key).
//!
//! Whoever can write the directory can put a symbolic link or a file of their own where the
//! server will open one of ours. So the directory must be ours and writable by nobody else:
//! a directory others can write is refused (tightening it then would be too late: they may
//! already have left something in it); one that others can only read or enter is tightened
//! to 0700. Our files are opened without following symbolic links and must be regular files
//! owned by us.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

fn refused(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::PermissionDenied, message)
}

/// The effective user id of this process.
fn our_uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// Creates `dir` (mode 0700) or checks an existing one: ours, not writable by others, and
/// then made 0700.
pub fn prepare(dir: &Path) -> io::Result<()> {
    match fs::metadata(dir) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            return fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|e| {
                    io::Error::new(e.kind(), format!("cannot create {}: {e}", dir.display()))
                });
        }
        Err(error) => {
            return Err(io::Error::new(
                error.kind(),
                format!("cannot read {}: {error}", dir.display()),
            ));
        }
        Ok(metadata) => check_directory(dir, &metadata)?,
    }
    let mode = fs::metadata(dir)?.permissions().mode() & 0o777;
    if mode != 0o700 {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700)).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!("cannot make {} private (chmod 700): {e}", dir.display()),
            )
        })?;
        tracing::info!(dir = %dir.display(), from = format!("{mode:o}"), "data directory made private (0700)");
    }
    Ok(())
}

fn check_directory(dir: &Path, metadata: &fs::Metadata) -> io::Result<()> {
    if !metadata.is_dir() {
        return Err(refused(format!("{} is not a directory", dir.display())));
    }
    let uid = our_uid();
    if metadata.uid() != uid {
        return Err(refused(format!(
            "the data directory {} belongs to user id {}, not to this process (user id {uid}): \
             run the server as its owner, or give it to this user (chown)",
            dir.display(),
            metadata.uid()
        )));
    }
    if metadata.mode() & 0o022 != 0 {
        return Err(refused(format!(
            "the data directory {} can be written by other users (mode {:o}): they could have \
             put files or links in it; check its contents, then run: chmod 700 {}",
            dir.display(),
            metadata.mode() & 0o7777,
            dir.display()
        )));
    }
    Ok(())
}

/// Checks that `path`, if it exists, is a regular file of ours and not a symbolic link:
/// for files another library (SQLite) opens.
pub fn check_existing(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(io::Error::new(
            error.kind(),
            format!("cannot read {}: {error}", path.display()),
        )),
        Ok(metadata) => check_file(path, &metadata),
    }
}

fn check_file(path: &Path, metadata: &fs::Metadata) -> io::Result<()> {
    if !metadata.file_type().is_file() {
        return Err(refused(format!(
            "{} is not a regular file (a symbolic link or something else was put there): \
             remove it",
            path.display()
        )));
    }
    let uid = our_uid();
    if metadata.uid() != uid {
        return Err(refused(format!(
            "{} belongs to user id {}, not to this process (user id {uid}): remove it or run \
             the server as its owner",
            path.display(),
            metadata.uid()
        )));
    }
    Ok(())
}

/// Opens (creating, mode 0600) one of our files for reading and writing, never through a
/// symbolic link; it must be a regular file of ours. Permissions looser than 0600 are
/// tightened.
pub fn open_private(path: &Path) -> io::Result<File> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(path)
        .map_err(|e| explain_open(path, e))?;
    let metadata = file.metadata()?;
    check_file(path, &metadata)?;
    if metadata.mode() & 0o077 != 0 {
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

/// Reads one of our private files (at most `max` bytes), never through a symbolic link.
pub fn read_private(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(path)
        .map_err(|e| explain_open(path, e))?;
    let metadata = file.metadata()?;
    check_file(path, &metadata)?;
    if metadata.len() > max {
        return Err(refused(format!(
            "{} is {} bytes long, more than such a file can be ({max})",
            path.display(),
            metadata.len()
        )));
    }
    let mut contents = Vec::with_capacity(metadata.len() as usize);
    file.take(max).read_to_end(&mut contents)?;
    Ok(contents)
}

fn explain_open(path: &Path, error: io::Error) -> io::Error {
    if error.raw_os_error() == Some(libc::ELOOP) {
        refused(format!(
            "{} is a symbolic link; the data directory's files must be regular files: remove it",
            path.display()
        ))
    } else {
        io::Error::new(
            error.kind(),
            format!("cannot open {}: {error}", path.display()),
        )
    }
}
