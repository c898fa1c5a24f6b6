//! Secrets kept where they belong: never in a `Debug` dump, tokens off the command line
//! (`-` reads them from standard input), and no password stored that no login could use.

mod common;

use clap::Parser;
use common::{Served, run_cli};
use onezone_tokens::app::Config;
use onezone_tokens::cli::Cli;
use onezone_tokens::store::redacted_database_url;
use tempfile::TempDir;

const DB_PASSWORD: &str = "db-s3cret-pw";
const ADMIN_PASSWORD: &str = "admin-s3cret-pw";

#[test]
fn config_debug_shows_no_password() {
    let mut config = Config::new("/var/lib/onezone");
    config.admin_password = Some(ADMIN_PASSWORD.to_owned());
    for url in [
        format!("postgres://onezone:{DB_PASSWORD}@db:5432/onezone"),
        format!("postgresql://onezone@db/onezone?sslmode=require&password={DB_PASSWORD}"),
        format!("host=db user=onezone password={DB_PASSWORD} dbname=onezone"),
    ] {
        config.database = Some(url.clone());
        let shown = format!("{config:?} {config:#?}");
        assert!(!shown.contains(DB_PASSWORD), "{shown}");
        assert!(!shown.contains(ADMIN_PASSWORD), "{shown}");
        assert!(shown.contains("<redacted>"), "{shown}");
        assert!(
            shown.contains("/var/lib/onezone"),
            "the rest is still shown: {shown}"
        );
    }
    assert_eq!(
        redacted_database_url(&format!("postgres://onezone:{DB_PASSWORD}@db:5432/onezone")),
        "postgres://onezone:<redacted>@db:5432/onezone"
    );
    assert_eq!(
        redacted_database_url("postgres://onezone@db/onezone"),
        "postgres://onezone@db/onezone"
    );
}

#[test]
fn cli_arguments_debug_shows_no_password_and_no_token() {
    let url = format!("postgres://onezone:{DB_PASSWORD}@db/onezone");
    let token = "MDAxNWxvY2F0aW9uIG9uZXpvbmUKsecret-token-text";
    for command in [
        &["token", "revoke", token][..],
        &["token", "inspect", token],
    ] {
        let cli = Cli::try_parse_from(
            ["onezone-tokens", "--database", url.as_str()]
                .iter()
                .chain(command),
        )
        .unwrap();
        let shown = format!("{cli:?} {cli:#?}");
        assert!(!shown.contains(DB_PASSWORD), "{shown}");
        assert!(!shown.contains(token), "{shown}");
        assert!(shown.contains("onezone:<redacted>@db"), "{shown}");
    }
}

#[test]
fn tokens_are_read_from_standard_input_with_a_dash() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    run_cli(
        &data,
        &["user", "add", "ivy", "--password-stdin", "--create"],
        Some("ivy-pw\n"),
    )
    .success();
    let token = run_cli(&data, &["token", "issue", "ivy"], None)
        .success()
        .trim()
        .to_owned();

    let shown = run_cli(
        &data,
        &["token", "inspect", "-"],
        Some(&format!("{token}\n")),
    );
    assert!(shown.success().contains("type = access"), "{shown:?}");
    let revoked = run_cli(
        &data,
        &["token", "revoke", "-"],
        Some(&format!("{token}\n")),
    );
    assert!(
        revoked.success().contains("revoked access token"),
        "{revoked:?}"
    );
    // Revoked for real: a second revocation finds it so.
    let again = run_cli(&data, &["token", "revoke", "-"], Some(&token));
    assert!(again.success().contains("already revoked"), "{again:?}");
    // The argument still works.
    let by_argument = run_cli(&data, &["token", "inspect", &token], None);
    assert!(by_argument.success().contains("type = access"));

    let empty = run_cli(&data, &["token", "revoke", "-"], Some(""));
    assert!(
        empty.failure().contains("no token on standard input"),
        "{empty:?}"
    );

    for command in ["inspect", "revoke"] {
        let help = run_cli(&data, &["token", command, "--help"], None);
        let help = help.success();
        assert!(help.contains("TOKEN|-"), "{help}");
        assert!(help.contains("standard input"), "{help}");
        assert!(help.contains("ps"), "{help}");
    }
}

#[tokio::test]
async fn passwords_no_login_could_use_are_refused_at_user_add() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    for (input, reason) in [
        ("\n", "empty"),
        ("\r\n", "empty"),
        ("", "empty"),
        ("pass\u{0}word\n", "U+0000"),
        ("tab\there\n", "U+0009"),
        ("esc\u{1b}[0m\n", "U+001B"),
        ("del\u{7f}\n", "U+007F"),
        ("next\u{85}line\n", "U+0085"),
    ] {
        let added = run_cli(
            &data,
            &["user", "add", "jo", "--password-stdin"],
            Some(input),
        );
        let stderr = added.failure();
        assert!(stderr.contains(reason), "{input:?}: {stderr}");
    }
    let nul = run_cli(
        &data,
        &["user", "add", "jo", "--password-stdin"],
        Some("a\u{0}b\n"),
    );
    assert!(nul.failure().contains("no login could use it"), "{nul:?}");
    // Nothing was stored: the name is still free, and a usable password (spaces and all
    // of Unicode are fine) is accepted and logs in.
    run_cli(
        &data,
        &["user", "add", "jo", "--password-stdin", "--create"],
        Some("correct horse ßtaple\n"),
    )
    .success();
    let served = Served::start(&data, &["--no-tls"], Some("admin-pw"));
    let status = reqwest::Client::builder()
        .no_proxy()
        .build()
        .unwrap()
        .get(format!("{}/user/spaces/token", served.url))
        .basic_auth("jo", Some("correct horse ßtaple"))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 404, "authenticated (jo has no space)");
    assert!(served.terminate().success());
}

#[test]
fn an_admin_password_no_login_could_use_is_refused_at_first_start() {
    let dir = TempDir::new().unwrap();
    let output = std::process::Command::new(common::binary())
        .args(["serve", "--no-tls", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path().join("data"))
        .env("ONEZONE_ADMIN_PASSWORD", "bad\u{1}password")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("ONEZONE_ADMIN_PASSWORD"), "{stderr}");
    assert!(stderr.contains("U+0001"), "{stderr}");
}
