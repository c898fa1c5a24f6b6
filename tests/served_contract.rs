//! The server serves the contract it was built from, without authentication.

mod common;

use common::{Auth, TRANSPORTS, TestApp};
use reqwest::Method;

#[tokio::test]
async fn get_openapi_yaml_returns_the_exact_api_yaml() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let answer = app.request(Method::GET, "/openapi.yaml", Auth::None).await;
        assert_eq!(answer.status, 200);
        assert_eq!(answer.header("content-type"), Some("application/yaml"));
        assert_eq!(answer.body, include_str!("../api.yaml"));

        let answer = app.request(Method::POST, "/openapi.yaml", Auth::None).await;
        answer.assert_error(405, "method_not_allowed");
        assert_eq!(answer.header("allow"), Some("GET, HEAD"));
    }
}
