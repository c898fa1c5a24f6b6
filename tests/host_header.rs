//! RFC 9112 section 3.2: an HTTP/1.1 request without `Host`, or with two, is answered 400
//! JSON `invalid_request`; HTTP/1.0 may omit it. Raw bytes over HTTP and over HTTPS, so
//! no client library adds the header.

mod common;

use common::{RawAnswer, TOKEN_PATH, TestApp};

/// Sends `request` as is over a fresh connection (TLS for HTTPS) and parses the answer.
async fn send_raw(app: &TestApp, request: &str) -> RawAnswer {
    let received = common::raw_exchange(app, request.as_bytes()).await;
    common::parse_raw_answer(&received).expect("an answer")
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
