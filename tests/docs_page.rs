//! The interactive documentation (Swagger UI at /docs): the page and every asset it loads,
//! with their content types and caching, over HTTP and HTTPS; `--no-docs` turns it off.
//! tests/browser/ renders it in Chromium.

mod common;

use common::{Auth, Served, TRANSPORTS, TestApp, Transport};
use reqwest::{Method, StatusCode};

const BASE: &str = "/api/v3/onezone";

/// The URLs the page loads: every `src="..."` and `href="..."`.
fn page_links(page: &str) -> Vec<String> {
    let mut links = Vec::new();
    for attribute in ["src=\"", "href=\""] {
        for (at, _) in page.match_indices(attribute) {
            let rest = &page[at + attribute.len()..];
            links.push(rest[..rest.find('"').unwrap()].to_owned());
        }
    }
    links
}

#[tokio::test]
async fn the_page_and_its_assets_are_served_with_their_types_and_caching() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let mut pages = Vec::new();
        for path in ["/docs", "/docs/"] {
            let page = app.request(Method::GET, path, Auth::None).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            assert_eq!(
                page.header("content-type"),
                Some("text/html; charset=utf-8")
            );
            assert_eq!(page.header("cache-control"), Some("no-store"));
            assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
            let csp = page.header("content-security-policy").unwrap();
            assert!(csp.contains("connect-src 'self'"), "{csp}");
            assert!(csp.contains("default-src 'none'"), "{csp}");
            pages.push(page.body);
        }
        assert_eq!(pages[0], pages[1]);
        let links = page_links(&pages[0]);
        assert_eq!(links.len(), 5, "{links:?}");
        let root = app.url.strip_suffix(BASE).unwrap().to_owned();
        for link in links {
            // Same origin, absolute path, under the docs' hashed asset folder.
            assert!(link.starts_with(&format!("{BASE}/docs/assets/")), "{link}");
            let answer = app
                .client
                .get(format!("{root}{link}"))
                .send()
                .await
                .unwrap();
            assert_eq!(answer.status(), StatusCode::OK, "{link}");
            let headers = answer.headers().clone();
            let content_type = headers["content-type"].to_str().unwrap().to_owned();
            let expected = match link.rsplit('.').next().unwrap() {
                "js" => "text/javascript; charset=utf-8",
                "css" => "text/css; charset=utf-8",
                "png" => "image/png",
                other => panic!("unexpected asset type {other}"),
            };
            assert_eq!(content_type, expected, "{link}");
            assert_eq!(
                headers["cache-control"], "public, max-age=31536000, immutable",
                "{link}"
            );
            let length: usize = headers["content-length"].to_str().unwrap().parse().unwrap();
            let bytes = answer.bytes().await.unwrap();
            assert_eq!(bytes.len(), length);
            assert!(bytes.len() > 100, "{link}");
            if link.ends_with("initializer.js") {
                let script = std::str::from_utf8(&bytes).unwrap();
                assert!(script.contains("validatorUrl: null"));
                assert!(script.contains(&format!("url: \"{BASE}/openapi.yaml\"")));
                assert!(!script.contains("://"), "an absolute URL in {script}");
            }
            if link.ends_with("swagger-ui-bundle.js") {
                // Swagger UI itself, as the crate ships it.
                assert!(
                    std::str::from_utf8(&bytes)
                        .unwrap()
                        .contains("SwaggerUIBundle")
                );
            }
        }
        assert!(!pages[0].contains("://"), "an absolute URL in the page");

        // HEAD as GET; other methods 405; unknown names and another hash 404 JSON, no-store.
        let head = app.request(Method::HEAD, "/docs", Auth::None).await;
        assert_eq!(head.status, StatusCode::OK);
        assert!(head.body.is_empty());
        assert_eq!(
            head.header("content-length").unwrap(),
            pages[0].len().to_string()
        );
        let answer = app.request(Method::POST, "/docs", Auth::None).await;
        answer.assert_error(405, "method_not_allowed");
        assert_eq!(answer.header("allow"), Some("GET, HEAD"));
        for path in [
            "/docs/assets/0000000000000000/swagger-ui-bundle.js",
            "/docs/index.html",
            "/docs/x",
        ] {
            let answer = app.request(Method::GET, path, Auth::None).await;
            answer.assert_error(404, "not_found");
            assert_eq!(answer.header("cache-control"), Some("no-store"));
        }
        // The API's answers are still never cached.
        assert_eq!(app.health().await.header("cache-control"), Some("no-store"));
    }
}

#[tokio::test]
async fn no_docs_turns_the_page_off() {
    let app = TestApp::spawn_configured(Transport::Http, |config| config.docs = false).await;
    let page = app.request(Method::GET, "/docs", Auth::None).await;
    let asset = app
        .request(Method::GET, "/docs/assets/x/swagger-ui.css", Auth::None)
        .await;
    for answer in [page, asset] {
        answer.assert_error(404, "not_found");
    }
    // The contract itself is still served.
    let contract = app.request(Method::GET, "/openapi.yaml", Auth::None).await;
    assert_eq!(contract.status, StatusCode::OK);

    let data = tempfile::TempDir::new().unwrap();
    let client = reqwest::Client::new();
    for (flags, status) in [
        (&["--no-tls"][..], StatusCode::OK),
        (&["--no-tls", "--no-docs"][..], StatusCode::NOT_FOUND),
    ] {
        let served = Served::start(data.path(), flags, None);
        let answer = client
            .get(format!("{}/docs", served.url))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), status, "{flags:?}");
    }
}
