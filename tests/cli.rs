//! The `onezone-tokens` binary as an operator uses it.

mod common;

use common::{Served, binary, random_password, run_cli};
use std::process::Command;
use tempfile::TempDir;

fn client_trusting(cert_pem: &[u8]) -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .tls_built_in_root_certs(false)
        .add_root_certificate(reqwest::Certificate::from_pem(cert_pem).unwrap())
        .build()
        .unwrap()
}

async fn mint(
    client: &reqwest::Client,
    url: &str,
    user: &str,
    password: &str,
) -> reqwest::StatusCode {
    client
        .get(format!("{url}/user/spaces/token"))
        .basic_auth(user, Some(password))
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn first_start_prints_a_random_admin_password_once() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let served = Served::start(&data, &["--no-tls"], None);
    assert!(
        served.url.starts_with("http://127.0.0.1:"),
        "{}",
        served.url
    );
    assert!(served.url.ends_with("/api/v3/onezone"));
    let password = served
        .stdout_lines
        .iter()
        .find_map(|l| {
            l.rsplit_once("admin password ")
                .map(|_| l.rsplit(' ').next().unwrap())
        })
        .expect("the generated password is printed")
        .to_owned();
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    assert_eq!(mint(&client, &served.url, "admin", &password).await, 200);
    assert!(served.terminate().success(), "SIGTERM exits 0");

    // The second start creates nothing and prints no password.
    let served = Served::start(&data, &["--no-tls"], Some("ignored now"));
    assert!(
        !served.stdout_lines.iter().any(|l| l.contains("password")),
        "{:?}",
        served.stdout_lines
    );
    assert_eq!(mint(&client, &served.url, "admin", &password).await, 200);
    assert!(served.terminate().success());
}

#[tokio::test]
async fn default_https_uses_a_self_signed_certificate_for_localhost() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let served = Served::start(&data, &[], Some("password"));
    assert!(
        served.url.starts_with("https://127.0.0.1:"),
        "{}",
        served.url
    );
    let cert = std::fs::read(data.join("tls/cert.pem")).unwrap();
    assert_eq!(
        mint(&client_trusting(&cert), &served.url, "admin", "password").await,
        200
    );
    assert!(served.terminate().success());
}

#[tokio::test]
async fn operator_certificates_are_served() {
    let dir = TempDir::new().unwrap();
    let certified = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let (cert, key) = (dir.path().join("c.pem"), dir.path().join("k.pem"));
    std::fs::write(&cert, certified.cert.pem()).unwrap();
    std::fs::write(&key, certified.signing_key.serialize_pem()).unwrap();
    let served = Served::start(
        &dir.path().join("data"),
        &[
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ],
        Some("password"),
    );
    let client = client_trusting(certified.cert.pem().as_bytes());
    assert_eq!(mint(&client, &served.url, "admin", "password").await, 200);
    assert!(served.terminate().success());
    assert!(
        !dir.path().join("data/tls").exists(),
        "no self-signed certificate was made"
    );
}

#[test]
fn unusable_tls_files_are_clear_errors() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let rsa_key = dir.path().join("rsa.pem");
    std::fs::write(
        &rsa_key,
        "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n",
    )
    .unwrap();
    let missing = dir.path().join("missing.pem");
    let output = Command::new(binary())
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(&data)
        .arg("--tls-cert")
        .arg(&missing)
        .arg("--tls-key")
        .arg(&rsa_key)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot read TLS certificate"), "{stderr}");

    let output = Command::new(binary())
        .args(["serve", "--data-dir"])
        .arg(&data)
        .args(["--tls-cert", "x.pem"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "--tls-cert needs --tls-key");
    let output = Command::new(binary())
        .args(["serve", "--no-tls", "--tls-cert", "a", "--tls-key", "b"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(2),
        "--no-tls conflicts with certificates"
    );
}

#[test]
fn every_command_has_help() {
    for command in [
        &[][..],
        &["serve"],
        &["user"],
        &["user", "add"],
        &["space"],
        &["space", "create"],
        &["space", "add-member"],
        &["token"],
        &["token", "issue"],
        &["token", "inspect"],
    ] {
        let output = Command::new(binary())
            .args(command)
            .arg("--help")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{command:?}");
        assert!(
            text.contains("Usage: onezone-tokens"),
            "{command:?}: {text}"
        );
        assert!(text.contains("--data-dir"), "{command:?}: {text}");
    }
}

#[test]
fn administration_commands_validate_their_input() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let cli = |args: &[&str], stdin: Option<&str>| run_cli(&data, args, stdin);

    // The password never comes from the command line.
    assert_eq!(cli(&["user", "add", "bob"], None).status.code(), Some(2));
    let password = random_password();
    let user_id = cli(
        &["user", "add", "bob", "--password-stdin", "--create"],
        Some(&format!("{password}\n")),
    );
    assert_eq!(user_id.success().trim().len(), 32);
    let again = cli(&["user", "add", "bob", "--password-stdin"], Some("other\n"));
    assert!(again.failure().contains("already exists"), "{again:?}");
    let empty = cli(&["user", "add", "carol", "--password-stdin"], Some("\n"));
    assert!(empty.failure().contains("empty"), "{empty:?}");
    let colon = cli(&["user", "add", "a:b", "--password-stdin"], Some("pw\n"));
    assert!(colon.failure().contains("':'"), "{colon:?}");

    let no_owner = cli(&["space", "create", "s", "--owner", "nobody"], None);
    assert!(
        no_owner.failure().contains("no user named \"nobody\""),
        "{no_owner:?}"
    );
    let space = cli(&["space", "create", "bob's", "--owner", "bob"], None);
    let space = space.success().trim().to_owned();
    assert_eq!(space.len(), 32);

    let bad_privilege = cli(
        &["space", "add-member", &space, "bob", "--privilege", "root"],
        None,
    );
    assert_eq!(bad_privilege.status.code(), Some(2));
    assert!(
        bad_privilege.stderr.contains("unknown privilege"),
        "{bad_privilege:?}"
    );
    let no_space = cli(&["space", "add-member", "nope", "bob"], None);
    assert!(
        no_space.failure().contains("space nope not found"),
        "{no_space:?}"
    );

    let zero_ttl = cli(&["token", "issue", "bob", "--ttl", "0"], None);
    assert_eq!(zero_ttl.status.code(), Some(2));
}

#[test]
fn token_inspect_decodes_without_the_key() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    run_cli(
        &data,
        &["user", "add", "dora", "--password-stdin", "--create"],
        Some("pw\n"),
    )
    .success();
    let token = run_cli(&data, &["token", "issue", "dora", "--ttl", "600"], None);
    let token = token.success().trim().to_owned();
    let shown = run_cli(&data, &["token", "inspect", &token], None);
    let shown = shown.success();
    assert!(shown.contains("location:   onezone"), "{shown}");
    assert!(shown.contains("key id:"), "{shown}");
    assert!(shown.contains("type = access"), "{shown}");
    assert!(shown.contains("valid for"), "{shown}");
    assert!(shown.contains("UTC"), "{shown}");

    // The seed's example (with its first characters repaired) is readable, though expired.
    let seed = "MDAxNWxvY2F0aW9uIG9uZXpvbmUKMDAzYmlkZW50aWZpZXIgOEhmSEFSSGdrbHFCa1pWSTRsNk1CVHZTU3Z0OThwcHA2OTQ4czhRN1NPawowMDFhY2lkIHRpbWUgPCAxNDk2MTQwMTQ0CjAwMmZzaWduYXR1cmUg88OIBmav38YI0Z2-dw-fvrZ3XP-J0HjCN0taT3_WungK";
    let shown = run_cli(&data, &["token", "inspect", seed], None);
    let shown = shown.success();
    assert!(shown.contains("time < 1496140144"), "{shown}");
    assert!(
        shown.contains("2017-05-30 10:29:04 UTC (expired)"),
        "{shown}"
    );
    assert!(shown.contains("not accepted by this server"), "{shown}");

    let garbage = run_cli(&data, &["token", "inspect", "garbage!"], None);
    assert!(garbage.failure().contains("malformed"), "{garbage:?}");
}

/// Real tokens minted by Onezone's ctool (tests/vectors/onezone): `token inspect` shows what
/// Onezone's examine would answer, given as an argument or on standard input.
#[test]
fn token_inspect_reads_onezones_own_tokens() {
    let vectors: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("vectors/onezone/tokens.json")).unwrap();
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");

    let access = &vectors[0];
    let token = access["serialized"].as_str().unwrap();
    let shown = run_cli(&data, &["token", "inspect", token], None);
    let shown = shown.success();
    assert!(
        shown.contains("location:   domain.example.com (Onezone domain)"),
        "{shown}"
    );
    assert!(
        shown.contains(&format!(
            "identifier: {}",
            access["identifier"].as_str().unwrap()
        )),
        "{shown}"
    );
    assert!(
        shown.contains("persistence: temporary (secret generation 7)"),
        "{shown}"
    );
    assert!(shown.contains("subject:     user uid"), "{shown}");
    assert!(
        shown.contains(r#"type:        {"accessToken":{"sessionId":"sessId"}}"#),
        "{shown}"
    );
    assert!(shown.contains("ip = 172.98.11.23/32"), "{shown}");
    assert!(
        shown.contains(r#"{"type":"ip","whitelist":["172.98.11.23/32"]}"#),
        "{shown}"
    );
    assert!(shown.contains("Onezone's own token"), "{shown}");
    let examine = shown
        .lines()
        .find_map(|line| line.strip_prefix("examine:    "))
        .unwrap();
    let examine: serde_json::Value = serde_json::from_str(examine).unwrap();
    assert_eq!(examine["onezoneDomain"], "domain.example.com");
    assert_eq!(examine["persistence"], "temporary");
    assert_eq!(
        examine["subject"],
        serde_json::json!({"type": "user", "id": "uid"})
    );
    assert_eq!(examine["caveats"].as_array().unwrap().len(), 13);

    let invite = vectors
        .iter()
        .find(|v| v["name"].as_str().unwrap().ends_with(":user_join_space"))
        .unwrap();
    let line = format!("{}\n", invite["serialized"].as_str().unwrap());
    let shown = run_cli(&data, &["token", "inspect", "-"], Some(&line));
    let shown = shown.success();
    assert!(shown.contains("persistence: named"), "{shown}");
    assert!(shown.contains(r#""inviteType":"userJoinSpace""#), "{shown}");
    assert!(shown.contains(r#""spaceId":"SpaceId""#), "{shown}");

    // A broken escape is neither ours nor Onezone's.
    let broken = token.replacen("00", "07", 1);
    let refused = run_cli(&data, &["token", "inspect", &broken], None);
    assert!(refused.failure().contains("malformed"), "{refused:?}");
}

/// The binary's allocator options (src/main.rs) reach jemalloc: it reads them before
/// `main`, from a symbol a typo or a changed prefix would leave unread without an error.
#[cfg(all(feature = "jemalloc", not(target_env = "msvc")))]
#[test]
fn the_allocator_takes_the_binarys_options() {
    let output = Command::new(binary())
        .arg("--version")
        .env("_RJEM_MALLOC_CONF", "confirm_conf:true")
        .output()
        .unwrap();
    assert!(output.status.success());
    let report = String::from_utf8_lossy(&output.stderr);
    assert!(
        report.contains("global variable malloc_conf): \"tcache_gc_incr_bytes:1048576\"")
            && report.contains("Set conf value: tcache_gc_incr_bytes:1048576"),
        "{report}"
    );
}
