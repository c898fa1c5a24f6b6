//! Reading credentials from request headers. Onezone clients send one of:
//! `Authorization: Basic <base64 user:password>`, `Authorization: Bearer <token>`,
//! `X-Auth-Token: <token>` or `macaroon: <token>` (older clients).

use crate::error::ApiError;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hyper::HeaderMap;
use hyper::header::{AUTHORIZATION, HeaderName};

/// Credentials longer than this are refused before any decoding.
const MAX_CREDENTIAL_LEN: usize = 4096;

/// The token headers as names known at compile time: a `&str` name is parsed and checked
/// again on every look-up, and every request looks both up.
const X_AUTH_TOKEN: HeaderName = HeaderName::from_static("x-auth-token");
const MACAROON: HeaderName = HeaderName::from_static("macaroon");

/// Credentials as a request carries them, parsed but not yet checked.
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    /// `Authorization: Basic`.
    Basic {
        /// The user name, as sent.
        user: String,
        /// The password.
        password: String,
    },
    /// An access token (`X-Auth-Token`, `macaroon` or `Authorization: Bearer`).
    Token(String),
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::Basic { user, .. } => write!(f, "Basic({user:?}, <password>)"),
            Credentials::Token(_) => f.write_str("Token(<redacted>)"),
        }
    }
}

fn invalid(message: &str) -> ApiError {
    ApiError::InvalidRequest(message.to_owned())
}

/// The credentials of a request: `Ok(None)` when it carries none, 400 when a credentials
/// header is broken or several headers carry different credentials.
pub fn from_headers(headers: &HeaderMap) -> Result<Option<Credentials>, ApiError> {
    let mut found: Option<Credentials> = None;
    let sources = headers
        .get_all(AUTHORIZATION)
        .iter()
        .map(|value| (true, value))
        .chain(headers.get_all(X_AUTH_TOKEN).iter().map(|v| (false, v)))
        .chain(headers.get_all(MACAROON).iter().map(|v| (false, v)));
    for (is_authorization, value) in sources {
        if value.len() > MAX_CREDENTIAL_LEN {
            return Err(invalid("A credentials header is too long."));
        }
        let text = value.to_str().map_err(|_| {
            invalid("A credentials header contains characters other than visible ASCII.")
        })?;
        let credentials = if is_authorization {
            match parse_authorization(text)? {
                Some(credentials) => credentials,
                // An unsupported scheme is no credentials for us: the 401 says what we take.
                None => continue,
            }
        } else {
            Credentials::Token(text.trim().to_owned())
        };
        match &found {
            None => found = Some(credentials),
            // The same token in X-Auth-Token and macaroon is fine; anything else is ambiguous.
            Some(previous) if *previous == credentials => {}
            Some(_) => {
                return Err(invalid(
                    "The request carries several different credentials; send exactly one.",
                ));
            }
        }
    }
    Ok(found)
}

/// Parses an `Authorization` value; `Ok(None)` for a well-formed but unsupported scheme.
fn parse_authorization(text: &str) -> Result<Option<Credentials>, ApiError> {
    let text = text.trim();
    let (scheme, rest) = text.split_once(' ').unwrap_or((text, ""));
    let rest = rest.trim();
    if scheme.is_empty() {
        return Err(invalid("The Authorization header is empty."));
    }
    if scheme.eq_ignore_ascii_case("basic") {
        parse_basic(rest).map(Some)
    } else if scheme.eq_ignore_ascii_case("bearer") {
        if rest.is_empty() {
            return Err(invalid("The Authorization header has no bearer token."));
        }
        Ok(Some(Credentials::Token(rest.to_owned())))
    } else if scheme.bytes().all(is_token_char) {
        Ok(None)
    } else {
        Err(invalid("The Authorization header has no valid scheme."))
    }
}

/// RFC 7617 Basic credentials: base64 of `user:password`, UTF-8.
fn parse_basic(encoded: &str) -> Result<Credentials, ApiError> {
    let bad = || invalid("The Authorization header is not valid Basic credentials.");
    if encoded.is_empty() {
        return Err(bad());
    }
    let decoded = STANDARD.decode(encoded).map_err(|_| bad())?;
    let mut user = String::from_utf8(decoded).map_err(|_| bad())?;
    if user.chars().any(char::is_control) {
        return Err(bad());
    }
    // The decoded text becomes the user name, only the password is copied out of it.
    let colon = (user.bytes())
        .position(|byte| byte == b':')
        .ok_or_else(bad)?;
    let password = user[colon + 1..].to_owned();
    user.truncate(colon);
    Ok(Credentials::Basic { user, password })
}

/// RFC 9110 `token` characters, which an auth scheme name is made of.
fn is_token_char(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyper::header::HeaderValue;

    fn parse(pairs: &[(&'static str, &[u8])]) -> Result<Option<Credentials>, ApiError> {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.append(*name, HeaderValue::from_bytes(value).unwrap());
        }
        from_headers(&headers)
    }

    fn basic(user: &str, password: &str) -> Option<Credentials> {
        Some(Credentials::Basic {
            user: user.into(),
            password: password.into(),
        })
    }

    #[test]
    fn every_supported_header() {
        assert_eq!(parse(&[]).unwrap(), None);
        assert_eq!(
            parse(&[("authorization", b"Basic YWRtaW46cGFzc3dvcmQ=")]).unwrap(),
            basic("admin", "password")
        );
        assert_eq!(
            parse(&[("authorization", b"basic   YWRtaW46cGFzc3dvcmQ=  ")]).unwrap(),
            basic("admin", "password")
        );
        // A password may contain colons; the user name ends at the first one.
        assert_eq!(
            parse(&[("authorization", b"Basic YTpiOmM=")]).unwrap(),
            basic("a", "b:c")
        );
        for (name, value) in [
            ("authorization", &b"Bearer tok"[..]),
            ("x-auth-token", b"tok"),
            ("macaroon", b" tok "),
        ] {
            assert_eq!(
                parse(&[(name, value)]).unwrap(),
                Some(Credentials::Token("tok".into()))
            );
        }
        assert_eq!(
            parse(&[("x-auth-token", b"tok"), ("macaroon", b"tok")]).unwrap(),
            Some(Credentials::Token("tok".into()))
        );
        assert_eq!(parse(&[("authorization", b"Digest abc")]).unwrap(), None);
    }

    #[test]
    fn broken_headers_are_400() {
        for value in [
            &b"Basic"[..],
            b"Basic !!!",
            b"Basic YWRtaW4=",
            b"Basic /w==",
            b"Basic YQphOmI=",
            b"Bearer",
            b"",
            b"(bad) x",
        ] {
            let error = parse(&[("authorization", value)]).unwrap_err();
            assert_eq!(error.code(), "invalid_request", "{value:?}");
        }
        assert!(parse(&[("x-auth-token", b"caf\xc3\xa9")]).is_err());
        let long = vec![b'a'; MAX_CREDENTIAL_LEN + 1];
        assert!(parse(&[("x-auth-token", &long)]).is_err());
    }

    #[test]
    fn different_credentials_together_are_400() {
        let error = parse(&[
            ("authorization", b"Basic YWRtaW46cGFzc3dvcmQ="),
            ("x-auth-token", b"tok"),
        ])
        .unwrap_err();
        assert_eq!(error.code(), "invalid_request");
        assert!(parse(&[("x-auth-token", b"a"), ("x-auth-token", b"b")]).is_err());
    }

    #[test]
    fn debug_hides_secrets() {
        let shown = format!("{:?}", basic("admin", "s3cret").unwrap());
        assert!(!shown.contains("s3cret"));
        assert!(!format!("{:?}", Credentials::Token("tok".into())).contains("tok"));
    }
}
