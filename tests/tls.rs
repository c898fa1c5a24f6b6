//! HTTPS as clients meet it: TLS 1.3 and 1.2 offered (1.2 the oldest), with the self-signed
//! ECDSA certificate and with an operator's RSA one, checked with `openssl s_client`; a
//! certificate and key that do not belong together refused at start.

mod common;

use common::{TestApp, Transport, binary, socket_addr};
use onezone_tokens::http::TlsConfig;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use tempfile::TempDir;
use tokio::io::AsyncWriteExt;

/// What `openssl s_client` saw: whether the handshake completed, and its output.
struct Handshake {
    established: bool,
    output: String,
}

/// Connects with exactly one protocol version (`tls1_3`, `tls1_2`, `tls1_1`) and sends one
/// HTTP request for the served contract.
async fn s_client(addr: SocketAddr, version: &str) -> Handshake {
    let mut command = tokio::process::Command::new("openssl");
    command
        .args([
            "s_client",
            "-connect",
            &addr.to_string(),
            "-brief",
            "-ign_eof",
        ])
        .arg(format!("-{version}"));
    if version == "tls1_1" {
        // OpenSSL 3 refuses TLS 1.1 itself at its default security level: lower it so the
        // client really offers 1.1 and it is the server that says no.
        command.args(["-cipher", "DEFAULT@SECLEVEL=0"]);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("openssl runs");
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"GET /api/v3/onezone/openapi.yaml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    drop(stdin);
    let output = tokio::time::timeout(std::time::Duration::from_secs(20), child.wait_with_output())
        .await
        .expect("openssl ends")
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    Handshake {
        established: output.status.success() && text.contains("CONNECTION ESTABLISHED"),
        output: text,
    }
}

/// 1.3 and 1.2 complete and carry a request; 1.1 is refused.
async fn assert_versions(addr: SocketAddr) {
    for (version, shown) in [("tls1_3", "TLSv1.3"), ("tls1_2", "TLSv1.2")] {
        let handshake = s_client(addr, version).await;
        assert!(handshake.established, "{version}: {}", handshake.output);
        assert!(
            handshake
                .output
                .contains(&format!("Protocol version: {shown}")),
            "{}",
            handshake.output
        );
        assert!(
            handshake.output.contains("HTTP/1.1 200 OK"),
            "{version}: {}",
            handshake.output
        );
    }
    let old = s_client(addr, "tls1_1").await;
    assert!(!old.established, "TLS 1.1 was accepted: {}", old.output);
    assert!(!old.output.contains("HTTP/1.1"), "{}", old.output);
}

fn openssl(args: &[&str]) {
    let status = Command::new("openssl")
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "openssl {args:?}");
}

/// An RSA certificate for 127.0.0.1 and its key (PKCS#8), made by openssl.
fn rsa_certificate(dir: &Path) -> (PathBuf, PathBuf) {
    let (cert, key) = (dir.join("rsa-cert.pem"), dir.join("rsa-key.pem"));
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        key.to_str().unwrap(),
        "-out",
        cert.to_str().unwrap(),
    ]);
    (cert, key)
}

#[tokio::test]
async fn self_signed_ecdsa_certificate_offers_tls_1_3_and_1_2() {
    let app = TestApp::spawn(Transport::Https).await;
    let cert = std::fs::read_to_string(app.data_dir().join("tls/cert.pem")).unwrap();
    assert!(cert.starts_with("-----BEGIN CERTIFICATE-----"));
    let text = Command::new("openssl")
        .args(["x509", "-noout", "-text", "-in"])
        .arg(app.data_dir().join("tls/cert.pem"))
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&text.stdout).contains("id-ecPublicKey"),
        "the self-signed certificate is ECDSA"
    );
    assert_versions(socket_addr(&app.url)).await;
}

#[tokio::test]
async fn operator_rsa_certificate_offers_tls_1_3_and_1_2_with_pkcs8_and_pkcs1_keys() {
    let dir = TempDir::new().unwrap();
    let (cert, key) = rsa_certificate(dir.path());
    let pkcs1 = dir.path().join("rsa-pkcs1.pem");
    openssl(&[
        "rsa",
        "-traditional",
        "-in",
        key.to_str().unwrap(),
        "-out",
        pkcs1.to_str().unwrap(),
    ]);
    assert!(
        std::fs::read_to_string(&pkcs1)
            .unwrap()
            .starts_with("-----BEGIN RSA PRIVATE KEY-----")
    );
    for key in [key, pkcs1] {
        let app = TestApp::spawn_configured(Transport::Https, |config| {
            config.tls = TlsConfig::Files {
                cert: cert.clone(),
                key: key.clone(),
            };
        })
        .await;
        assert_versions(socket_addr(&app.url)).await;
    }
}

#[test]
fn a_certificate_and_a_key_that_do_not_belong_together_are_refused_at_start() {
    let dir = TempDir::new().unwrap();
    let (rsa_cert, rsa_key) = rsa_certificate(dir.path());
    let ecdsa = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let other = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let (ecdsa_cert, other_key) = (dir.path().join("a.pem"), dir.path().join("b.pem"));
    std::fs::write(&ecdsa_cert, ecdsa.cert.pem()).unwrap();
    std::fs::write(&other_key, other.signing_key.serialize_pem()).unwrap();

    // Same algorithm, another key; and an RSA certificate with an ECDSA key.
    for (cert, key) in [(&ecdsa_cert, &other_key), (&rsa_cert, &other_key)] {
        let output = Command::new(binary())
            .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(dir.path().join("data"))
            .arg("--tls-cert")
            .arg(cert)
            .arg("--tls-key")
            .arg(key)
            .env("ONEZONE_ADMIN_PASSWORD", "password")
            .output()
            .unwrap();
        let (stdout, stderr) = (
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
        );
        assert_eq!(output.status.code(), Some(1), "{stdout} {stderr}");
        assert!(!stdout.contains("serving"), "{stdout}");
        assert!(stderr.contains("do not belong together"), "{stderr}");
        assert!(stderr.contains(cert.to_str().unwrap()), "{stderr}");
        assert!(stderr.contains(key.to_str().unwrap()), "{stderr}");
    }
    // The right pair starts.
    let served = common::Served::start(
        &dir.path().join("data"),
        &[
            "--tls-cert",
            rsa_cert.to_str().unwrap(),
            "--tls-key",
            rsa_key.to_str().unwrap(),
        ],
        Some("password"),
    );
    assert!(served.url.starts_with("https://"));
    let status = served.terminate();
    assert!(status.success(), "{status:?}");
}
