//! Token decoding and strict verification: any text, never a panic; whatever verifies
//! must be exactly what was minted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use onezone_tokens::token::{self, KeyId, SigningKey, TokenKind};
use std::sync::OnceLock;

fn key() -> &'static SigningKey {
    static KEY: OnceLock<SigningKey> = OnceLock::new();
    // The key of the seed corpus (fuzz/make_seeds.py mints the seeds with the same key).
    KEY.get_or_init(|| SigningKey::new(KeyId::parse("f022").unwrap(), &[0x42; 32]).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = token::inspect(text);
    let Ok(decoded) = token::decode(text) else {
        return;
    };
    let _ = decoded.caveats();
    for kind in [TokenKind::Access, TokenKind::SpaceInvite] {
        for now in [0, 1_800_000_000, u64::MAX] {
            if let Ok(claims) = token::verify(&decoded, key(), kind, now) {
                // Only a token this key minted verifies; minting it again gives the same text.
                let again = token::mint(key(), &claims.token_id, &claims.grant, claims.expires_at)
                    .expect("a verified token can be minted again");
                assert_eq!(again, text, "verified a token that is not canonical");
            }
        }
    }
});
