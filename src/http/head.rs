//! Request head rules hyper leaves to us.
//!
//! Transfer codings: RFC 9112, section 6.1: a server that receives a transfer coding it
//! does not understand answers 501. hyper decodes only `chunked` and passes any coding
//! before it (`gzip, chunked`) through undecoded, so the body would be read as if it were
//! plain; this server implements `chunked` alone, once.

use crate::error::ApiError;
use hyper::HeaderMap;
use hyper::header::TRANSFER_ENCODING;

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
