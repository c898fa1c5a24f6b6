//! Credential parsing from headers: any header values, never a panic; an error is always
//! a 400 `invalid_request`.
#![no_main]

use hyper::HeaderMap;
use hyper::header::HeaderValue;
use libfuzzer_sys::fuzz_target;
use onezone_tokens::auth::credentials;

fuzz_target!(|data: &[u8]| {
    // Up to three header values, split at 0xff; the first byte of each chooses the header.
    let mut headers = HeaderMap::new();
    for part in data.split(|b| *b == 0xff).take(3) {
        let Some((choice, value)) = part.split_first() else {
            continue;
        };
        let name = match choice % 3 {
            0 => "authorization",
            1 => "x-auth-token",
            _ => "macaroon",
        };
        if let Ok(value) = HeaderValue::from_bytes(value) {
            headers.append(name, value);
        }
    }
    if let Err(error) = credentials::from_headers(&headers) {
        assert_eq!(error.code(), "invalid_request");
    }
});
