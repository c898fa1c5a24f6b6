//! Guards the contract: the generated crate in `generated/` must have been made from the
//! `api.yaml` beside this file. `scripts/regenerate-api` stamps the SHA-256 of the api.yaml it
//! generated from into `generated/API_YAML.sha256`; a mismatch stops the build with the fix.

use sha2::{Digest, Sha256};
use std::fs;

fn main() {
    println!("cargo:rerun-if-changed=api.yaml");
    println!("cargo:rerun-if-changed=generated/API_YAML.sha256");

    let api = fs::read("api.yaml").expect("api.yaml is missing from the crate root");
    let actual = format!("{:x}", Sha256::digest(&api));
    // A packaged crate (`cargo package`) has no generated/ beside it: it depends on the
    // published onezone_api of the version its Cargo.toml pins, which was generated from
    // the api.yaml packaged with it. The check guards the repository, where both change.
    if !std::path::Path::new("generated/Cargo.toml").exists() {
        return;
    }
    let stamped = fs::read_to_string("generated/API_YAML.sha256").unwrap_or_default();
    let stamped = stamped.trim();

    if stamped != actual {
        panic!(
            "\n\napi.yaml and the generated crate no longer belong together:\n  \
             api.yaml sha256            {actual}\n  \
             generated/API_YAML.sha256  {stamped}\n\
             Run `scripts/regenerate-api` to regenerate generated/ from api.yaml \
             (never edit generated/ by hand).\n\n"
        );
    }
}
