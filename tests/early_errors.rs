//! Early errors a client can read: a request refused before its body was read gets its
//! answer, also by a client that writes the whole body before reading (Python's
//! `http.client`), because the server reads and discards the rest for a bounded time.

mod common;

use common::{TRANSPORTS, TestApp, Transport, python};
use serde_json::Value;
use std::path::PathBuf;

/// Runs tests/clients/post_whole_body.py against `POST /user/spaces`; the answers as
/// (size, status, error code or exception).
async fn post_whole_bodies(
    app: &TestApp,
    credentials: Option<(&str, &str)>,
    repeats: usize,
    sizes: &[usize],
) -> Vec<(u64, Option<u64>, String)> {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/clients/post_whole_body.py");
    let cafile = match app.transport {
        Transport::Https => app.data_dir().join("tls/cert.pem").display().to_string(),
        Transport::Http => String::new(),
    };
    let (user, password) = credentials.unwrap_or(("", ""));
    let output = tokio::process::Command::new(python())
        .arg(script)
        .arg(format!("{}/user/spaces", app.url))
        .args([cafile.as_str(), user, password, &repeats.to_string()])
        .args(sizes.iter().map(usize::to_string))
        .output()
        .await
        .unwrap_or_else(|e| panic!("cannot run {:?}: {e}", python()));
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let answer: Value = serde_json::from_str(line).unwrap();
            (
                answer["size"].as_u64().unwrap(),
                answer["status"].as_u64(),
                answer["error"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_client_writing_an_oversized_body_first_reads_the_413() {
    for transport in TRANSPORTS {
        // 60 creations by one user: past the per-user creation rate, which would answer
        // 429 before the size is looked at.
        let app =
            TestApp::spawn_configured(transport, |config| config.limits.spaces_per_minute = 0)
                .await;
        let sizes = [200 * 1000, 1000 * 1000, 5 * 1000 * 1000];
        let answers =
            post_whole_bodies(&app, Some(("admin", &app.admin_password)), 20, &sizes).await;
        assert_eq!(answers.len(), 60);
        let failed: Vec<_> = answers
            .iter()
            .filter(|(_, status, code)| *status != Some(413) || code != "payload_too_large")
            .collect();
        assert!(failed.is_empty(), "{transport:?}: {failed:?}");
    }
}

#[tokio::test]
async fn a_refused_login_with_a_body_is_readable_too() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        // No credentials: 401 before the body is looked at (and nothing counts).
        for (_, status, code) in post_whole_bodies(&app, None, 5, &[1000 * 1000]).await {
            assert_eq!(
                (status, code.as_str()),
                (Some(401), "unauthorized"),
                "{transport:?}"
            );
        }
        // Wrong passwords: 401, then 429 once the allowance is spent; every one readable.
        let answers = post_whole_bodies(&app, Some(("admin", "wrong")), 35, &[1000 * 1000]).await;
        let codes: Vec<_> = answers.iter().map(|(_, s, c)| (*s, c.as_str())).collect();
        assert!(
            codes
                .iter()
                .all(|answer| *answer == (Some(401), "invalid_credentials")
                    || *answer == (Some(429), "too_many_requests")),
            "{transport:?}: {codes:?}"
        );
        assert_eq!(codes.last(), Some(&(Some(429), "too_many_requests")));
    }
}
