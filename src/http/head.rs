//! Request head rules hyper leaves to us, and the limits we check before hyper would.
//!
//! hyper answers a request head it cannot parse by itself, with an empty body and none of
//! our headers, and never calls the service (hyper 1.x has no hook for it: the response
//! is written before `serve_connection` returns the error). So the limits we can answer
//! as JSON are set below hyper's, and hyper's are raised out of the way as far as is cheap
//! ([`configure`]):
//!
//! - header fields: ours is [`Limits::max_headers`] (431 JSON); hyper's is raised to
//!   [`hyper_max_headers`] (an empty 431 beyond it). hyper allocates that many header slots
//!   on each parse of a head, which is why it is not unbounded.
//! - head size: ours is [`Limits::max_head_bytes`] (431 JSON); hyper's read buffer is a
//!   quarter larger ([`hyper_buffer_bytes`]), so a head somewhat over the limit is still
//!   parsed and answered by us, and only one too big for the buffer gets hyper's 431.
//! - request target: ours is [`Limits::max_request_target_bytes`] (414 JSON); hyper's is a
//!   constant, [`HYPER_MAX_URI_BYTES`] (an empty 414 beyond it, or 431 if the head does not
//!   fit the buffer either).
//!
//! Syntax errors (a bad or doubled `Content-Length`, obs-fold, whitespace before a colon,
//! control characters, a request line that is not HTTP/1.x) stay hyper's 400: see
//! docs/errors.md.
//!
//! Transfer codings: RFC 9112, section 6.1: a server that receives a transfer coding it
//! does not understand answers 501. hyper decodes only `chunked` and passes any coding
//! before it (`gzip, chunked`) through undecoded, so the body would be read as if it were
//! plain; this server implements `chunked` alone, once.

use crate::error::ApiError;
use crate::http::Limits;
use crate::http::service::ResponseBody;
use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Empty};
use hyper::header::{CONTENT_LENGTH, HeaderValue, TRANSFER_ENCODING};
use hyper::server::conn::http1;
use hyper::{HeaderMap, Response, Uri};

/// hyper's fixed limit on a request target (`MAX_URI_LEN` in hyper's HTTP/1 parser).
pub const HYPER_MAX_URI_BYTES: usize = 65_534;

/// hyper's header-field limit: a quarter more than ours, at least 128 (hyper's default is
/// 100, the same as ours, which would leave ours unreachable). hyper takes two arrays of
/// that many slots on the heap and initialises every slot, for every head it parses,
/// however few fields the head has: in a native profile of mints at 256 slots that was 6%
/// of the server's CPU (docs/PERFORMANCE.md). So it is kept low, above the heads a client
/// sends by mistake (120 fields get our JSON 431), and never more than the read buffer
/// could hold (a header line takes at least 4 bytes, `a:` and CRLF), whatever ours is.
pub fn hyper_max_headers(limits: &Limits) -> usize {
    limits
        .max_headers
        .saturating_add(limits.max_headers / 4)
        .clamp(128, hyper_buffer_bytes(limits) / 4)
}

/// hyper's read buffer: a quarter more than the head limit (at least hyper's minimum,
/// 8 KiB), so heads just over the limit are still parsed and answered with JSON.
pub fn hyper_buffer_bytes(limits: &Limits) -> usize {
    limits
        .max_head_bytes
        .saturating_add(limits.max_head_bytes / 4)
        .max(8192)
}

/// Sets hyper's own head limits above ours (see the module's documentation).
pub fn configure(http: &mut http1::Builder, limits: &Limits) {
    http.max_headers(hyper_max_headers(limits))
        .max_buf_size(hyper_buffer_bytes(limits));
}

/// The answer to a HEAD request: the GET answer's status and headers, with its
/// `Content-Length` (RFC 9110, section 9.3.2: the length GET would send) and no body.
/// The body is read to be measured; this server's bodies are small and already in memory,
/// and an embedder under tower layers gets an empty body rather than one to drop itself.
pub async fn without_body(response: Response<ResponseBody>) -> Response<ResponseBody> {
    let (mut parts, body) = response.into_parts();
    let length = match body.collect().await {
        Ok(collected) => collected.to_bytes().len(),
        Err(never) => match never {},
    };
    parts
        .headers
        .entry(CONTENT_LENGTH)
        .or_insert_with(|| HeaderValue::from(length));
    Response::from_parts(parts, BoxBody::new(Empty::<Bytes>::new()))
}

/// 431 for more header fields than `limit` (each line counts, repeated names included).
pub fn check_header_count(headers: &HeaderMap, limit: usize) -> Result<(), ApiError> {
    match headers.len() > limit {
        true => Err(ApiError::TooManyHeaders { limit }),
        false => Ok(()),
    }
}

/// 414 for a request target over `limit` bytes: origin form (path and query) or absolute
/// form (with scheme and authority), as hyper received it.
pub fn check_request_target(uri: &Uri, limit: usize) -> Result<(), ApiError> {
    let length = uri.scheme_str().map_or(0, |s| s.len() + 3)
        + uri.authority().map_or(0, |a| a.as_str().len())
        + uri.path_and_query().map_or(0, |p| p.as_str().len());
    match length > limit {
        true => Err(ApiError::UriTooLong { limit }),
        false => Ok(()),
    }
}

/// 501 for any transfer coding but a single `chunked`.
pub fn check_transfer_coding(headers: &HeaderMap) -> Result<(), ApiError> {
    let mut codings = headers
        .get_all(TRANSFER_ENCODING)
        .iter()
        .flat_map(|value| value.as_bytes().split(|b| *b == b','))
        .map(|coding| coding.trim_ascii())
        .filter(|coding| !coding.is_empty());
    match (codings.next(), codings.next()) {
        (None, _) => Ok(()),
        (Some(coding), None) if coding.eq_ignore_ascii_case(b"chunked") => Ok(()),
        _ => Err(ApiError::NotImplemented(
            "This server takes no transfer coding but \"chunked\" (RFC 9112, section 6.1)."
                .to_owned(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::check_transfer_coding;
    use hyper::HeaderMap;
    use hyper::header::{HeaderValue, TRANSFER_ENCODING};

    fn with(values: &[&'static str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(TRANSFER_ENCODING, HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn only_chunked_alone() {
        assert!(check_transfer_coding(&with(&[])).is_ok());
        assert!(check_transfer_coding(&with(&["chunked"])).is_ok());
        assert!(check_transfer_coding(&with(&["Chunked"])).is_ok());
        for values in [
            &["gzip, chunked"][..],
            &["gzip", "chunked"],
            &["chunked, chunked"],
            &["deflate"],
            &["identity"],
        ] {
            let error = check_transfer_coding(&with(values)).unwrap_err();
            assert_eq!(error.status(), 501, "{values:?}");
        }
    }
}

#[cfg(test)]
mod limit_tests {
    use super::{
        HYPER_MAX_URI_BYTES, check_header_count, check_request_target, hyper_buffer_bytes,
        hyper_max_headers,
    };
    use crate::http::Limits;
    use hyper::header::{HeaderName, HeaderValue};
    use hyper::{HeaderMap, Uri};

    #[test]
    fn hyper_limits_stay_above_ours_and_bounded() {
        let defaults = Limits::default();
        assert_eq!(hyper_max_headers(&defaults), 128);
        assert_eq!(hyper_buffer_bytes(&defaults), 80 * 1024);
        let huge = Limits {
            max_headers: usize::MAX,
            ..Limits::default()
        };
        assert_eq!(hyper_max_headers(&huge), 20 * 1024);
        let small = Limits {
            max_head_bytes: 0,
            max_headers: 1000,
            ..Limits::default()
        };
        assert_eq!(hyper_buffer_bytes(&small), 8192);
        assert_eq!(hyper_max_headers(&small), 1250);
    }

    #[test]
    fn header_fields_are_counted_one_per_line() {
        let mut headers = HeaderMap::new();
        for i in 0..100 {
            let name = HeaderName::from_bytes(format!("x-{}", i % 10).as_bytes()).unwrap();
            headers.append(name, HeaderValue::from_static("v"));
        }
        assert!(check_header_count(&headers, 100).is_ok());
        headers.append("x-0", HeaderValue::from_static("v"));
        assert_eq!(check_header_count(&headers, 100).unwrap_err().status(), 431);
    }

    #[test]
    fn request_targets_are_measured_as_sent() {
        let at = |length: usize| -> Uri {
            let path = format!("/{}", "a".repeat(length - 1));
            path.parse().unwrap()
        };
        assert!(check_request_target(&at(16), 16).is_ok());
        assert_eq!(check_request_target(&at(17), 16).unwrap_err().status(), 414);
        let absolute: Uri = "http://127.0.0.1/ab".parse().unwrap();
        assert!(check_request_target(&absolute, 19).is_ok());
        assert!(check_request_target(&absolute, 18).is_err());
        assert!(check_request_target(&at(HYPER_MAX_URI_BYTES), 16 * 1024).is_err());
    }
}
