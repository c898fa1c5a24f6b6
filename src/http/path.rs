//! Paths as the error table documents them: a path with an empty segment (a trailing `/`,
//! or `//` anywhere) names no resource and is a 404, before routing. The generated router
//! would read `/user/spaces/` as the space with the empty id (a 400) and
//! `/user/client_tokens/` as a token path without its id (a 405).

use crate::error::ApiError;

/// 404 for a path with an empty segment.
pub fn check(path: &str) -> Result<(), ApiError> {
    // Some segment is empty: on bytes, as every request comes here (a `split` on chars
    // was a thousand instructions of each).
    let segments = path.strip_prefix('/').unwrap_or(path).as_bytes();
    // The start counts as just after a slash: an empty path, or one that starts with a
    // slash after the first, has an empty first segment.
    let mut after_slash = true;
    let mut empty_segment = false;
    for &byte in segments {
        let slash = byte == b'/';
        empty_segment |= slash & after_slash;
        after_slash = slash;
    }
    if empty_segment || after_slash {
        return Err(ApiError::NotFound(
            "There is no resource at this path (no path here ends with '/' or has '//')."
                .to_owned(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn empty_segments_are_not_found() {
        assert!(check("/api/v3/onezone/user/spaces").is_ok());
        assert!(check("/api/v3/onezone/user/spaces/abc").is_ok());
        assert!(check("/a").is_ok());
        assert!(check("a/b").is_ok());
        for path in [
            "/api/v3/onezone/user/spaces/",
            "/api/v3/onezone/user/client_tokens/",
            "/api/v3/onezone//user/spaces",
            "//api/v3/onezone/user/spaces",
            "/",
            "",
            "/api/v3/onezone/user//spaces/x",
            "/api/v3/onezone/user/spaces//",
        ] {
            assert_eq!(check(path).unwrap_err().status(), 404, "{path}");
        }
    }

    #[test]
    fn the_same_answers_as_splitting_into_segments() {
        // Every path of up to 7 characters of `/` and `a`.
        for len in 0..=7 {
            for bits in 0..(1u32 << len) {
                let path: String = (0..len)
                    .map(|i| if bits >> i & 1 == 1 { '/' } else { 'a' })
                    .collect();
                let segments = path.strip_prefix('/').unwrap_or(&path);
                let by_split = segments.split('/').any(str::is_empty);
                assert_eq!(check(&path).is_err(), by_split, "{path:?}");
            }
        }
    }
}
