//! Serving the interactive documentation: Swagger UI at `GET /api/v3/onezone/docs` (and
//! `/docs/`) and its assets, built by [`crate::server::docs`]; `serve --no-docs` turns it
//! off (404, as for any unknown path).
//!
//! Headers: `Content-Type` with `charset=utf-8` on text; the assets (named by content hash)
//! `Cache-Control: public, max-age=31536000, immutable`; the page `no-store` like every
//! other answer. Every docs answer has a `Content-Security-Policy` that lets the page load
//! and connect to this origin only (so no request leaves for another host even if a
//! future Swagger UI tried), and `X-Content-Type-Options: nosniff`.

use crate::error::ApiError;
use crate::http::service::ResponseBody;
use crate::server::docs::{self, DOCS_PATH};
use http_body_util::Full;
use http_body_util::combinators::BoxBody;
use hyper::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderName, HeaderValue};
use hyper::{Method, Response};

/// Only this origin; Swagger UI sets inline styles and uses `data:` images.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
                   img-src 'self' data:; connect-src 'self'; font-src 'self'; \
                   base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/// The cache lifetime of the hashed assets: a year, never revalidated.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Whether `path` is the docs page or under it (an asset, or an unknown name: 404).
pub fn is_docs_path(path: &str) -> bool {
    path.strip_prefix(DOCS_PATH)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// The answer for a docs path ([`is_docs_path`]): the page, an asset, or a 404 JSON.
/// GET only (HEAD arrives here as GET); anything else is a 405.
pub fn answer(method: &Method, path: &str) -> Response<ResponseBody> {
    if method != Method::GET {
        return ApiError::MethodNotAllowed {
            allow: crate::http::READ_ONLY_METHODS.to_vec(),
        }
        .into_response();
    }
    let is_page = path
        .strip_prefix(DOCS_PATH)
        .is_some_and(|rest| rest.is_empty() || rest == "/");
    let (bytes, content_type, cache) = if is_page {
        (docs::page(), "text/html; charset=utf-8", "no-store")
    } else if let Some(asset) = docs::asset(path) {
        (asset.bytes.clone(), asset.content_type, IMMUTABLE)
    } else {
        return ApiError::NotFound("There is no resource at this path.".to_owned()).into_response();
    };
    let mut response = Response::new(BoxBody::new(Full::new(bytes)));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(
        HeaderName::from_static("content-security-policy"),
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        HeaderName::from_static("x-content-type-options"),
        HeaderValue::from_static("nosniff"),
    );
    response
}
