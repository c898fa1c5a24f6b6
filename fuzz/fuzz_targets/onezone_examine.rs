//! Reading Onezone's own tokens (src/token/onezone.rs): any text, never a panic; whatever
//! examines also serializes to Onezone's examine JSON, and verifies or not without error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use onezone_tokens::token::onezone;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let examined = onezone::examine(text);
    let verified = onezone::verify_signature(text, b"verySecretSecret1");
    // Both read the token the same way: one refuses exactly what the other refuses.
    assert_eq!(examined.is_ok(), verified.is_ok(), "examine and verify disagree");
    if let Ok(examination) = examined {
        let json = serde_json::to_value(&examination).expect("an examination serializes");
        assert!(json["onezoneDomain"].is_string() && json["caveats"].is_array());
    }
});
