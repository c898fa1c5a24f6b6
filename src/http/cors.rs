//! CORS (the Fetch standard's cross-origin rules) for web clients on other origins, off by
//! default: `serve --cors-origin ORIGIN` (repeatable; `ONEZONE_CORS_ORIGINS`,
//! comma-separated) lists the origins whose pages may call the API. docs/browser-clients.md
//! explains each header.
//!
//! For a listed origin:
//! - a preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) is answered
//!   204 with `Access-Control-Allow-Origin` (that origin: never `*`, requests carry
//!   credentials), `-Allow-Credentials: true`, `-Allow-Methods` (the methods the path
//!   allows), `-Allow-Headers` ([`ALLOW_HEADERS`]) and `-Max-Age` ([`MAX_AGE_SECONDS`]);
//!   an unknown path is a 404 JSON carrying the CORS headers;
//! - every other answer, errors included (401, 404, 413, 429 ...: a page must be able to
//!   read them), carries `-Allow-Origin`, `-Allow-Credentials` and
//!   `-Expose-Headers` ([`EXPOSE_HEADERS`]).
//!
//! Any other origin gets no CORS header at all (so the browser keeps the answer from the
//! page), and its preflights a 403 JSON. With CORS on, every answer carries `Vary: Origin`:
//! it depends on the `Origin` header (and everything is `no-store` anyway).
//!
//! Written by hand rather than with tower-http's `CorsLayer`: that layer wraps a service
//! from outside, so its preflight answers would bypass this service's request log, limits
//! and JSON errors; it answers a refused origin's preflight with an empty 200 rather than
//! the `Error` model; and it has no way to list the methods of the requested *path* in
//! `Access-Control-Allow-Methods` (only a fixed list or a mirror of the request).

use crate::error::ApiError;
use hyper::header::{
    ACCESS_CONTROL_ALLOW_CREDENTIALS, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS,
    ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_EXPOSE_HEADERS, ACCESS_CONTROL_MAX_AGE,
    ACCESS_CONTROL_REQUEST_METHOD, HeaderMap, HeaderValue, ORIGIN, VARY,
};
use hyper::{Method, Request, Response, StatusCode};

/// Request headers a page may send: the three credentials headers and `Content-Type`
/// (a JSON body makes a request "non-simple").
pub const ALLOW_HEADERS: &str = "Authorization, X-Auth-Token, macaroon, Content-Type";
/// Response headers a page may read besides the CORS-safelisted ones: where a created
/// space or token is (`Location`), when to retry a 429 (`Retry-After`), and the request
/// id to quote in a report (`x-span-id`).
pub const EXPOSE_HEADERS: &str = "Location, Retry-After, x-span-id";
/// How long a browser may cache a preflight answer: 10 minutes (Chromium caps it at 2
/// hours), so a changed `--cors-origin` list is seen soon.
pub const MAX_AGE_SECONDS: u32 = 600;

/// The origins allowed to call the API from a browser; empty: CORS off.
#[derive(Debug, Clone, Default)]
pub struct CorsOrigins(Vec<HeaderValue>);

/// Parses one `--cors-origin`: `scheme://host[:port]` exactly as a browser sends it in
/// `Origin` (http or https, no path, no `/` at the end, no user, no query, no `*`). The
/// scheme and host are lower-cased and a default port (80, 443) dropped, as browsers do.
pub fn parse_origin(text: &str) -> Result<String, String> {
    let refuse = |why: &str| {
        Err(format!(
            "{text:?} is not an origin: {why} (write scheme://host[:port], e.g. https://app.example.org)"
        ))
    };
    if text.contains('*') {
        return refuse("a wildcard is never allowed, requests carry credentials");
    }
    let Some((scheme, authority)) = text.split_once("://") else {
        return refuse("no scheme");
    };
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return refuse("the scheme must be http or https");
    }
    if authority.is_empty() {
        return refuse("no host");
    }
    if authority.contains(['/', '?', '#']) {
        return refuse("an origin has no path, query or fragment, not even a trailing /");
    }
    if authority.contains('@') {
        return refuse("an origin has no user name");
    }
    let Ok(parsed) = authority.parse::<hyper::http::uri::Authority>() else {
        return refuse("the host or port is not valid");
    };
    let host = parsed.host().to_ascii_lowercase();
    if host.is_empty() {
        return refuse("no host");
    }
    let default_port = if scheme == "https" { 443 } else { 80 };
    let port = match authority[parsed.host().len()..].strip_prefix(':') {
        None => None,
        Some(digits) => match digits.parse::<u16>() {
            Ok(port) if port > 0 && digits.bytes().all(|b| b.is_ascii_digit()) => Some(port),
            _ => return refuse("the port must be a number from 1 to 65535"),
        },
    };
    let port = match port {
        Some(port) if port != default_port => format!(":{port}"),
        _ => String::new(),
    };
    Ok(format!("{scheme}://{host}{port}"))
}

impl CorsOrigins {
    /// The origins, each checked by [`parse_origin`].
    pub fn new(origins: impl IntoIterator<Item = impl AsRef<str>>) -> Result<CorsOrigins, String> {
        let mut list = Vec::new();
        for origin in origins {
            let origin = parse_origin(origin.as_ref().trim())?;
            let value = HeaderValue::from_str(&origin).map_err(|e| e.to_string())?;
            if !list.contains(&value) {
                list.push(value);
            }
        }
        Ok(CorsOrigins(list))
    }

    /// Whether CORS is on (at least one origin is listed).
    pub fn enabled(&self) -> bool {
        !self.0.is_empty()
    }

    /// The request's `Origin`, kept for [`CorsOrigins::decorate`]; `None` when CORS is off
    /// (nothing is copied then).
    pub fn origin(&self, headers: &HeaderMap) -> Option<HeaderValue> {
        match self.enabled() {
            true => headers.get(ORIGIN).cloned(),
            false => None,
        }
    }

    /// `origin` when it is one of the listed origins.
    fn allowed<'a>(&self, origin: Option<&'a HeaderValue>) -> Option<&'a HeaderValue> {
        origin.filter(|origin| self.0.contains(origin))
    }

    /// Whether `request` is a CORS preflight this module answers (CORS on, `OPTIONS` with
    /// `Origin` and `Access-Control-Request-Method`). Any other `OPTIONS` is routed as
    /// usual (a 405).
    pub fn is_preflight<B>(&self, request: &Request<B>) -> bool {
        self.enabled()
            && request.method() == Method::OPTIONS
            && request.headers().contains_key(ORIGIN)
            && request
                .headers()
                .contains_key(ACCESS_CONTROL_REQUEST_METHOD)
    }

    /// The answer to a preflight for a path that allows `methods` (none: unknown path).
    /// A listed origin gets 204 (404 JSON for an unknown path), any other a 403 JSON;
    /// [`CorsOrigins::decorate`] then adds the headers every answer gets.
    pub fn preflight<Body: Default>(
        &self,
        origin: Option<&HeaderValue>,
        methods: &[&'static str],
    ) -> Result<Response<Body>, ApiError> {
        if self.allowed(origin).is_none() {
            return Err(ApiError::Forbidden(
                "This origin may not call the API from a browser (see --cors-origin).".to_owned(),
            ));
        }
        if methods.is_empty() {
            return Err(ApiError::NotFound(
                "There is no resource at this path.".to_owned(),
            ));
        }
        let mut response = Response::new(Body::default());
        *response.status_mut() = StatusCode::NO_CONTENT;
        let out = response.headers_mut();
        if let Ok(value) = HeaderValue::from_str(&methods.join(", ")) {
            out.insert(ACCESS_CONTROL_ALLOW_METHODS, value);
        }
        out.insert(
            ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static(ALLOW_HEADERS),
        );
        out.insert(ACCESS_CONTROL_MAX_AGE, HeaderValue::from(MAX_AGE_SECONDS));
        Ok(response)
    }

    /// Adds the CORS headers to any answer of a request from `origin` (nothing when CORS
    /// is off).
    pub fn decorate(&self, origin: Option<&HeaderValue>, response: &mut HeaderMap) {
        if !self.enabled() {
            return;
        }
        response.append(VARY, HeaderValue::from_static("Origin"));
        let Some(origin) = self.allowed(origin) else {
            return;
        };
        response.insert(ACCESS_CONTROL_ALLOW_ORIGIN, origin.clone());
        response.insert(
            ACCESS_CONTROL_ALLOW_CREDENTIALS,
            HeaderValue::from_static("true"),
        );
        response.insert(
            ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static(EXPOSE_HEADERS),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::parse_origin;

    #[test]
    fn origins_are_checked_and_written_as_browsers_send_them() {
        for (given, origin) in [
            ("https://app.example.org", "https://app.example.org"),
            ("HTTPS://App.Example.ORG", "https://app.example.org"),
            ("http://127.0.0.1:5173", "http://127.0.0.1:5173"),
            ("https://a.example:443", "https://a.example"),
            ("http://a.example:80", "http://a.example"),
            ("http://[::1]:8080", "http://[::1]:8080"),
        ] {
            assert_eq!(parse_origin(given).as_deref(), Ok(origin), "{given}");
        }
        for bad in [
            "*",
            "https://*.example.org",
            "app.example.org",
            "ftp://a.example",
            "https://",
            "https://a.example/",
            "https://a.example/app",
            "https://a.example?x",
            "https://user@a.example",
            "https://a.example:99999",
            "https://a.example:",
            "null",
        ] {
            let error = parse_origin(bad).unwrap_err();
            assert!(error.contains("is not an origin"), "{bad}: {error}");
        }
    }
}
