//! The content of the interactive documentation (`GET /docs`): the page and the Swagger UI
//! assets it loads, built once. `http::docs` serves them with their headers.
//!
//! Swagger UI comes from the `utoipa-swagger-ui` crate with its `vendored` feature: the
//! crate `utoipa-swagger-ui-vendored` ships Swagger UI's release archive (5.32.6 in 0.2.0),
//! and the build embeds its `dist` files in the binary, so neither the build nor the page
//! fetches anything from another host (the crate's default build downloads the archive,
//! which is why `vendored` is on and its default features off). A Rust crate rather than
//! npm's `swagger-ui-dist`: `cargo build` alone then makes a complete server, with no Node
//! step in the build and nothing copied into the repository. Only the asset bytes are
//! taken from it ([`utoipa_swagger_ui::serve`]); the page and its start-up script are ours
//! (`docs/index.html`, `docs/initializer.js` beside this file), because the crate's
//! templated ones carry only JSON settings, and the page needs a request interceptor:
//!
//! - it loads the contract from this server ([`CONTRACT_PATH`]), with `validatorUrl: null`
//!   (no badge fetched from a validator host);
//! - "Try it out" goes to the serving origin and base path, whatever address the server is
//!   on, not to the `servers` URL in api.yaml (`https://localhost:8443`): the server list
//!   shows this origin, and a request interceptor rewrites any request for the API to it;
//! - Authorize offers every security scheme of api.yaml (Swagger UI's default).
//!
//! The assets are named under a hash of their contents ([`assets_prefix`]), so they can
//! be cached for good: a binary with other assets has other URLs.

use bytes::Bytes;
use sha2::{Digest, Sha256};
use std::sync::{Arc, LazyLock};

/// Where the contract is served, which the page renders.
pub const CONTRACT_PATH: &str = "/api/v3/onezone/openapi.yaml";
/// Where the page is served (also with a trailing `/`).
pub const DOCS_PATH: &str = "/api/v3/onezone/docs";

/// The page, with `{assets}` for the assets' URL prefix.
const PAGE: &str = include_str!("docs/index.html");
/// The script that starts Swagger UI, with `{contract}` and `{base}` to fill in.
const INITIALIZER: &str = include_str!("docs/initializer.js");
/// The Swagger UI files the page loads (from the crate), and their content types
/// (`charset=utf-8` on text: without it Chromium may mis-decode the bundle).
const DIST_FILES: [(&str, &str); 4] = [
    ("swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    ("swagger-ui.css", "text/css; charset=utf-8"),
    ("favicon-32x32.png", "image/png"),
    ("favicon-16x16.png", "image/png"),
];

/// One file the page loads.
pub struct Asset {
    /// Its name under [`assets_prefix`].
    pub name: &'static str,
    /// Its `Content-Type`.
    pub content_type: &'static str,
    /// Its content.
    pub bytes: Bytes,
}

struct Docs {
    page: Bytes,
    assets: Vec<Asset>,
    prefix: String,
}

static DOCS: LazyLock<Docs> = LazyLock::new(build);

fn build() -> Docs {
    let config = Arc::new(utoipa_swagger_ui::Config::from(CONTRACT_PATH));
    let mut assets: Vec<Asset> = DIST_FILES
        .iter()
        .filter_map(|(name, content_type)| {
            // Embedded at build time: a missing file would be a broken build of the crate;
            // the page then shows what did load rather than the server failing.
            let file = utoipa_swagger_ui::serve(name, Arc::clone(&config)).ok()??;
            Some(Asset {
                name,
                content_type,
                bytes: Bytes::from(file.bytes.into_owned()),
            })
        })
        .collect();
    let initializer = INITIALIZER
        .replace("{contract}", CONTRACT_PATH)
        .replace("{base}", onezone_api::BASE_PATH);
    assets.push(Asset {
        name: "initializer.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: Bytes::from(initializer),
    });
    let mut hash = Sha256::new();
    for asset in &assets {
        hash.update(asset.name.as_bytes());
        hash.update((asset.bytes.len() as u64).to_le_bytes());
        hash.update(&asset.bytes);
    }
    let tag: String = hash.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let prefix = format!("{DOCS_PATH}/assets/{tag}/");
    Docs {
        page: Bytes::from(PAGE.replace("{assets}", &prefix)),
        assets,
        prefix,
    }
}

/// The HTML page.
pub fn page() -> Bytes {
    DOCS.page.clone()
}

/// The URL prefix of the assets: `/api/v3/onezone/docs/assets/<hash>/`.
pub fn assets_prefix() -> &'static str {
    &DOCS.prefix
}

/// The asset at `path` (under [`assets_prefix`]), if there is one.
pub fn asset(path: &str) -> Option<&'static Asset> {
    let name = path.strip_prefix(DOCS.prefix.as_str())?;
    DOCS.assets.iter().find(|asset| asset.name == name)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_page_names_every_asset_and_no_other_host() {
        let page = String::from_utf8(super::page().to_vec()).unwrap();
        for name in ["swagger-ui-bundle.js", "swagger-ui.css", "initializer.js"] {
            let url = format!("{}{name}", super::assets_prefix());
            assert!(page.contains(&url), "{url}");
            assert!(super::asset(&url).is_some_and(|a| !a.bytes.is_empty()));
        }
        assert!(!page.contains("//"), "an absolute URL in the page");
        let script = super::asset(&format!("{}initializer.js", super::assets_prefix())).unwrap();
        let script = std::str::from_utf8(&script.bytes).unwrap();
        assert!(script.contains("validatorUrl: null"));
        assert!(script.contains("\"/api/v3/onezone/openapi.yaml\""));
        assert!(!script.contains("{base}") && !script.contains("{contract}"));
    }
}
