//! Identifiers that appear inside tokens, and the random values behind them.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use std::fmt;

/// Names a signing key, so that keys can rotate while older tokens still verify.
/// Lowercase hex, 1 to 32 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId(String);

impl KeyId {
    /// The key id `text`, if it is 1 to 32 lowercase hex digits.
    pub fn parse(text: &str) -> Option<KeyId> {
        let valid = (1..=32).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        valid.then(|| KeyId(text.to_owned()))
    }

    /// A fresh random key id (48 bits: key ids only need to be unique among a few keys).
    pub fn generate() -> KeyId {
        KeyId(hex(&random_bytes::<6>()))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A token's own random id (128 bits), so that a token can be tracked, consumed or revoked.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TokenId(String);

impl TokenId {
    const BYTES: usize = 16;

    /// 128 bits from the thread's CSPRNG (`rand`'s ThreadRng: ChaCha12 seeded and
    /// periodically reseeded from the operating system), which costs no system call per
    /// token as [`random_bytes`] does. Keys still come from the operating system directly.
    pub fn generate() -> TokenId {
        let mut bytes = [0u8; Self::BYTES];
        rand::RngCore::fill_bytes(&mut rand::thread_rng(), &mut bytes);
        TokenId(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// Accepts only the canonical unpadded base64url spelling of 16 bytes.
    pub fn parse(text: &str) -> Option<TokenId> {
        let bytes = URL_SAFE_NO_PAD.decode(text).ok()?;
        (bytes.len() == Self::BYTES).then(|| TokenId(text.to_owned()))
    }

    /// The id as text (unpadded base64url).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TokenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// User and space ids: 1 to 64 characters of `[A-Za-z0-9_-]`, so they can stand in a
/// caveat, a URL path segment and a log line without escaping.
pub fn is_valid_entity_id(text: &str) -> bool {
    (1..=64).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// A fresh random user or space id: 128 bits as 32 lowercase hex characters.
pub fn new_entity_id() -> String {
    hex(&random_bytes::<16>())
}

/// Bytes from the operating system's CSPRNG.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // getrandom only fails when the OS has no entropy source at all; nothing can be minted
    // safely then, so stopping is the right answer.
    getrandom::fill(&mut bytes).expect("the operating system's random number generator failed");
    bytes
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
