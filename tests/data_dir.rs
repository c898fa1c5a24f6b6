//! The data directory's rules, with the real binary: a directory others can write, or not
//! ours, is refused; one others can read is made private; our files are never opened
//! through a symbolic link; a change-counter file cut short or replaced under a running
//! server does not kill it.

mod common;

use common::{Served, binary, run_cli};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::Command;
use std::time::Duration;
use tempfile::TempDir;

/// `serve` on `data`, expected to refuse to start: its stderr.
fn serve_refused(data: &Path) -> String {
    let output = Command::new(binary())
        .args(["serve", "--no-tls", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data)
        .env("ONEZONE_ADMIN_PASSWORD", "password")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(!stdout.contains("serving"), "{stdout}");
    String::from_utf8(output.stderr).unwrap()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// The status of a mint: 200 for admin, 404 (authenticated, no space) for a new user, 401
/// for an unknown one.
async fn login(url: &str, user: &str, password: &str) -> u16 {
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .unwrap()
        .get(format!("{url}/user/spaces/token"))
        .basic_auth(user, Some(password))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[test]
fn a_data_directory_others_can_write_is_refused_with_the_fix() {
    for loose in [0o777, 0o770, 0o1777] {
        let dir = TempDir::new().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(loose)).unwrap();
        let stderr = serve_refused(&data);
        assert!(stderr.contains("can be written by other users"), "{stderr}");
        assert!(
            stderr.contains(&format!("chmod 700 {}", data.display())),
            "{stderr}"
        );
        // The administration commands refuse it too, and nothing was created in it.
        let cli = run_cli(&data, &["key", "list"], None);
        assert!(
            cli.failure().contains("can be written by other users"),
            "{cli:?}"
        );
        assert_eq!(std::fs::read_dir(&data).unwrap().count(), 0);
        assert_eq!(mode(&data), loose, "left as it was");
    }
}

#[test]
fn a_data_directory_of_another_user_is_refused() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: only root can give a directory to another user");
        return;
    }
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::os::unix::fs::chown(&data, Some(65534), Some(65534)).unwrap();
    let stderr = serve_refused(&data);
    assert!(stderr.contains("belongs to user id 65534"), "{stderr}");
    assert!(stderr.contains("chown"), "{stderr}");
}

#[test]
fn a_data_directory_others_can_read_is_made_private() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    run_cli(&data, &["key", "rotate", "--create"], None).success();
    assert_eq!(mode(&data), 0o700);
    for file in ["onezone.db", "onezone.db-changes"] {
        let metadata = std::fs::metadata(data.join(file)).unwrap();
        assert_eq!(metadata.mode() & 0o777, 0o600, "{file}");
    }
    // A fresh one is created private.
    let fresh = dir.path().join("fresh/nested");
    run_cli(&fresh, &["key", "rotate", "--create"], None).success();
    assert_eq!(mode(&fresh), 0o700);
}

#[test]
fn files_of_the_data_directory_are_never_opened_through_a_link() {
    let dir = TempDir::new().unwrap();
    let elsewhere = dir.path().join("elsewhere");
    std::fs::write(&elsewhere, "not ours to change").unwrap();
    for file in [
        "onezone.db",
        "onezone.db-changes",
        "onezone.db-wal",
        "onezone.db-shm",
    ] {
        let data = dir.path().join(format!("data-{file}"));
        std::fs::create_dir(&data).unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
        std::os::unix::fs::symlink(&elsewhere, data.join(file)).unwrap();
        let stderr = serve_refused(&data);
        assert!(stderr.contains(file), "{file}: {stderr}");
        assert!(
            stderr.contains("symbolic link") || stderr.contains("not a regular file"),
            "{file}: {stderr}"
        );
        assert!(stderr.contains("remove it"), "{stderr}");
    }
    assert_eq!(
        std::fs::read_to_string(&elsewhere).unwrap(),
        "not ours to change"
    );

    // The self-signed TLS key, replaced by a link to a real key.
    let data = dir.path().join("data-tls");
    Served::start(&data, &[], Some("password")).terminate();
    let key = data.join("tls/key.pem");
    let moved = dir.path().join("key-elsewhere.pem");
    std::fs::rename(&key, &moved).unwrap();
    std::os::unix::fs::symlink(&moved, &key).unwrap();
    let output = Command::new(binary())
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(&data)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("key.pem is a symbolic link"), "{stderr}");
}

#[tokio::test]
async fn a_change_file_cut_short_under_a_running_server_does_not_kill_it() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let served = Served::start(&data, &["--no-tls"], Some("password"));
    assert_eq!(login(&served.url, "admin", "password").await, 200);
    let changes = data.join("onezone.db-changes");

    std::fs::OpenOptions::new()
        .write(true)
        .open(&changes)
        .unwrap()
        .set_len(0)
        .unwrap();
    // Each request reads the counter: the server survives and answers.
    for _ in 0..3 {
        assert_eq!(login(&served.url, "admin", "password").await, 200);
    }
    assert!(
        std::fs::metadata(&changes).unwrap().len() >= 4096,
        "grown back"
    );
    // Changes made by the CLI are still seen at once (the failed login was cached).
    assert_eq!(login(&served.url, "erin", "erin-pw").await, 401);
    run_cli(
        &data,
        &["user", "add", "erin", "--password-stdin"],
        Some("erin-pw\n"),
    )
    .success();
    assert_eq!(login(&served.url, "erin", "erin-pw").await, 404);

    // Cut short again, then the CLI (which maps it too) and the server both go on.
    std::fs::File::create(&changes).unwrap();
    assert_eq!(login(&served.url, "finn", "finn-pw").await, 401);
    run_cli(
        &data,
        &["user", "add", "finn", "--password-stdin"],
        Some("finn-pw\n"),
    )
    .success();
    assert_eq!(login(&served.url, "finn", "finn-pw").await, 404);
    assert!(served.terminate().success(), "alive and stopped gracefully");
}

#[tokio::test]
async fn a_change_file_replaced_under_a_running_server_is_reopened() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let log = dir.path().join("server.log");
    let served = Served::start_logged(&data, &["--no-tls"], Some("password"), &log);
    assert_eq!(login(&served.url, "admin", "password").await, 200);
    let changes = data.join("onezone.db-changes");
    let replacement = data.join("replacement");
    std::fs::write(&replacement, vec![0u8; 4096]).unwrap();
    std::fs::rename(&replacement, &changes).unwrap();

    run_cli(
        &data,
        &["user", "add", "gail", "--password-stdin"],
        Some("gail-pw\n"),
    )
    .success();
    let mut reopened = false;
    for _ in 0..50 {
        assert_eq!(login(&served.url, "admin", "password").await, 200);
        if std::fs::read_to_string(&log)
            .unwrap()
            .contains("re-opened it")
        {
            reopened = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(reopened, "{}", std::fs::read_to_string(&log).unwrap());
    assert_eq!(login(&served.url, "gail", "gail-pw").await, 404);
    // The new file is the one the server counts in: a CLI change is seen at once.
    assert_eq!(login(&served.url, "hugo", "hugo-pw").await, 401);
    run_cli(
        &data,
        &["user", "add", "hugo", "--password-stdin"],
        Some("hugo-pw\n"),
    )
    .success();
    assert_eq!(login(&served.url, "hugo", "hugo-pw").await, 404);
    assert!(served.terminate().success());
}
