//! Paths as the error table documents them: a path with an empty segment (a trailing `/`,
//! or `//` anywhere) names no resource and is a 404, before routing. The generated router
//! would read `/user/spaces/` as the space with the empty id (a 400) and
//! `/user/client_tokens/` as a token path without its id (a 405).

use crate::error::ApiError;

/// 404 for a path with an empty segment.
pub fn check(path: &str) -> Result<(), ApiError> {
    let segments = path.strip_prefix('/').unwrap_or(path);
    if segments.split('/').any(str::is_empty) {
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
        for path in [
            "/api/v3/onezone/user/spaces/",
            "/api/v3/onezone/user/client_tokens/",
            "/api/v3/onezone//user/spaces",
            "//api/v3/onezone/user/spaces",
            "/",
            "",
        ] {
            assert_eq!(check(path).unwrap_err().status(), 404, "{path}");
        }
    }
}
