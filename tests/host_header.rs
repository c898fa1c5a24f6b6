//! RFC 9112 section 3.2: an HTTP/1.1 request without `Host`, or with two, is answered 400
//! JSON `invalid_request`; HTTP/1.0 may omit it. Raw bytes over HTTP and over HTTPS, so
//! no client library adds the header.

mod common;

use common::{RawAnswer, TOKEN_PATH, TestApp, Transport, socket_addr};
use rustls_pki_types::pem::PemObject as _;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_rustls::rustls::{self, pki_types::ServerName};

/// Sends `request` as is over a fresh connection (TLS for HTTPS, trusting the server's
/// self-signed certificate) and reads the answer until the server closes.
async fn send_raw(app: &TestApp, request: &str) -> RawAnswer {
    let addr = socket_addr(&app.url);
    match app.transport {
        Transport::Http => common::raw_request(addr, request.as_bytes())
            .await
            .expect("an answer"),
        Transport::Https => {
            let pem = std::fs::read(app.data_dir().join("tls/cert.pem")).unwrap();
            let mut roots = rustls::RootCertStore::empty();
            for cert in rustls_pki_types::CertificateDer::pem_slice_iter(&pem) {
                roots.add(cert.unwrap()).unwrap();
            }
            let config = rustls::ClientConfig::builder_with_provider(Arc::new(
                rustls::crypto::ring::default_provider(),
            ))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth();
            let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
            let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
            let name = ServerName::try_from("127.0.0.1").unwrap();
            let mut stream = connector.connect(name, tcp).await.unwrap();
            stream.write_all(request.as_bytes()).await.unwrap();
            let mut received = Vec::new();
            // A server closing without close_notify is fine here: keep what was read.
            let _ = stream.read_to_end(&mut received).await;
            common::parse_raw_answer(&received).expect("an answer")
        }
    }
}

fn assert_invalid_request(answer: &RawAnswer, what: &str) {
    assert_eq!(answer.status, 400, "{what}: {answer:?}");
    assert_eq!(answer.header("content-type"), Some("application/json"));
    let json: serde_json::Value = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(json["error"], "invalid_request", "{json}");
    assert!(
        json["error_description"].as_str().unwrap().contains("Host"),
        "{json}"
    );
}

#[tokio::test]
async fn http_1_1_without_host_is_400_and_http_1_0_without_host_is_served() {
    for transport in common::TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let path = format!("/api/v3/onezone{TOKEN_PATH}");

        let no_host = send_raw(
            &app,
            &format!("GET {path} HTTP/1.1\r\nConnection: close\r\n\r\n"),
        )
        .await;
        assert_invalid_request(&no_host, "HTTP/1.1 without Host");

        let two_hosts = send_raw(
            &app,
            &format!("GET {path} HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n"),
        )
        .await;
        assert_invalid_request(&two_hosts, "two Host headers");

        // The same requests, well formed: past the head to authentication (401 without
        // credentials), and HTTP/1.0 needs no Host.
        let with_host = send_raw(
            &app,
            &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
        )
        .await;
        assert_eq!(with_host.status, 401, "{with_host:?}");
        let old = send_raw(&app, &format!("GET {path} HTTP/1.0\r\n\r\n")).await;
        assert_eq!(old.status, 401, "{old:?}");
        let contract = send_raw(&app, "GET /api/v3/onezone/openapi.yaml HTTP/1.0\r\n\r\n").await;
        assert_eq!(contract.status, 200, "{transport:?}");
    }
}
