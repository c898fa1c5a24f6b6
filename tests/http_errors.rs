//! HTTP-level errors: what the server answers itself as the JSON `Error` (too many header
//! fields, a head over the limit, a request target over the limit), and, byte for byte,
//! what hyper answers for the heads it cannot parse (docs/errors.md lists them). Raw
//! bytes over HTTP and HTTPS, so no client library tidies the request.

mod common;

use common::{RawAnswer, TestApp};

const TOKEN: &str = "/api/v3/onezone/user/spaces/token";

/// A GET of the token path with `extra` header lines (each ending in CRLF).
fn get(target: &str, extra: &str) -> Vec<u8> {
    format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{extra}\r\n")
        .into_bytes()
}

fn small_headers(count: usize) -> String {
    (0..count).map(|i| format!("X-H{i}: v\r\n")).collect()
}

/// The JSON `Error` with `code`, and the headers every answer of ours carries.
fn assert_json_error(answer: &RawAnswer, status: u16, code: &str, what: &str) {
    assert_eq!(answer.status, status, "{what}: {answer:?}");
    assert_eq!(
        answer.header("content-type"),
        Some("application/json"),
        "{what}"
    );
    assert_eq!(answer.header("cache-control"), Some("no-store"), "{what}");
    assert!(answer.header("x-span-id").is_some(), "{what}: {answer:?}");
    let json: serde_json::Value = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(json["error"], code, "{what}: {json}");
    assert!(json["error_description"].is_string(), "{what}: {json}");
    assert_eq!(json.as_object().unwrap().len(), 2, "{what}: {json}");
}

/// The status line and header names of `bytes`, and its body.
fn bare(bytes: &[u8]) -> (String, Vec<String>, Vec<u8>) {
    let end = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    let head = String::from_utf8(bytes[..end].to_vec()).unwrap();
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap().to_owned();
    let names = lines
        .map(|line| line.split_once(':').unwrap().0.to_ascii_lowercase())
        .collect();
    (status_line, names, bytes[end + 4..].to_vec())
}

#[tokio::test]
async fn header_count_head_size_and_target_length_are_answered_with_json() {
    for transport in common::TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let answer = |bytes: Vec<u8>| common::parse_raw_answer(&bytes).expect("an answer");
        // Host, Connection and 98 more: exactly the limit of 100 fields passes the head
        // checks (401: no credentials); one more is 431.
        let at_limit = answer(common::raw_exchange(&app, &get(TOKEN, &small_headers(98))).await);
        assert_json_error(&at_limit, 401, "unauthorized", "100 header fields");
        let over = answer(common::raw_exchange(&app, &get(TOKEN, &small_headers(99))).await);
        assert_json_error(&over, 431, "headers_too_large", "101 header fields");
        // The case: about 120 small headers.
        let many = answer(common::raw_exchange(&app, &get(TOKEN, &small_headers(120))).await);
        assert_json_error(&many, 431, "headers_too_large", "122 header fields");
        // Up to hyper's own 128 fields (src/http/head.rs) the answer is still ours.
        let most = answer(common::raw_exchange(&app, &get(TOKEN, &small_headers(126))).await);
        assert_json_error(&most, 431, "headers_too_large", "128 header fields");
        assert!(
            many.body.windows(3).any(|w| w == b"100"),
            "the description names the limit: {many:?}"
        );

        // A request target of exactly 16 KiB passes; one byte more is 414.
        let target = |length: usize| {
            let query = "q".repeat(length - TOKEN.len() - 3);
            format!("{TOKEN}?q={query}")
        };
        let at_limit = answer(common::raw_exchange(&app, &get(&target(16 * 1024), "")).await);
        assert_json_error(&at_limit, 401, "unauthorized", "16 KiB target");
        let over = answer(common::raw_exchange(&app, &get(&target(16 * 1024 + 1), "")).await);
        assert_json_error(&over, 414, "uri_too_long", "16 KiB + 1 target");
        let long = answer(common::raw_exchange(&app, &get(&target(60_000), "")).await);
        assert_json_error(&long, 414, "uri_too_long", "60 KB target");

        // A head over 64 KiB that still fits hyper's read buffer (80 KiB): ours, JSON.
        let padded = get(TOKEN, &format!("X-Padding: {}\r\n", "p".repeat(70_000)));
        let big = answer(common::raw_exchange(&app, &padded).await);
        assert_json_error(&big, 431, "headers_too_large", "70 KB head");
    }
}

/// What hyper sends for a head it cannot parse: a status line, `connection: close`,
/// `content-length: 0` and `date`, nothing else, and it closes. If hyper (or our
/// configuration) changes what it does here, this test says so.
#[tokio::test]
async fn heads_hyper_cannot_parse_get_its_bare_answer() {
    const BAD_REQUEST: &str = "HTTP/1.1 400 Bad Request";
    for transport in common::TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        for (name, request, status_line) in [
            (
                "Content-Length not a number",
                get(TOKEN, "Content-Length: abc\r\n"),
                BAD_REQUEST,
            ),
            (
                "two different Content-Lengths",
                get(TOKEN, "Content-Length: 1\r\nContent-Length: 2\r\n"),
                BAD_REQUEST,
            ),
            (
                "obs-fold",
                get(TOKEN, "X-Folded: one\r\n two\r\n"),
                BAD_REQUEST,
            ),
            (
                "a space before the colon",
                get(TOKEN, "X-Spaced : one\r\n"),
                BAD_REQUEST,
            ),
            (
                "a control character in a header",
                get(TOKEN, "X-Control: o\x01ne\r\n"),
                BAD_REQUEST,
            ),
            (
                "an HTTP/0.9 request line",
                b"GET /\r\n".to_vec(),
                BAD_REQUEST,
            ),
            (
                "a 70 KB request target (over hyper's fixed 65,534 bytes)",
                get(&format!("{TOKEN}?q={}", "q".repeat(70_000)), ""),
                "HTTP/1.1 414 URI Too Long",
            ),
            (
                "130 header fields (over hyper's 128)",
                get(TOKEN, &small_headers(128)),
                "HTTP/1.1 431 Request Header Fields Too Large",
            ),
        ] {
            let what = format!("{transport:?}, {name}");
            let (line, names, body) = bare(&common::raw_exchange(&app, &request).await);
            assert_eq!(line, status_line, "{what}");
            assert_eq!(
                names,
                ["connection", "content-length", "date"],
                "{what}: hyper's own answer"
            );
            assert!(body.is_empty(), "{what}: {body:?}");
        }
        // The server goes on serving.
        let after =
            common::parse_raw_answer(&common::raw_exchange(&app, &get(TOKEN, "")).await).unwrap();
        assert_json_error(&after, 401, "unauthorized", "after hyper's answers");
    }
}
