//! Password hashing: argon2id with the argon2 crate's defaults (OWASP's recommended
//! m=19 MiB, t=2, p=1), stored as PHC strings. Plaintext is never stored or logged.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use std::sync::OnceLock;

/// Hashes a password with a fresh random salt.
pub fn hash(password: &str) -> Result<String, String> {
    let salt = SaltString::encode_b64(&crate::token::ids::random_bytes::<16>())
        .map_err(|e| e.to_string())?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| e.to_string())
}

/// Checks a password against a stored hash; a malformed hash never matches.
pub fn verify(password: &str, stored_hash: &str) -> bool {
    PasswordHash::new(stored_hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Spends the same work as [`verify`] for a user that does not exist, so that response
/// times do not tell which user names exist.
pub fn verify_unknown_user(password: &str) {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash("no such user").unwrap_or_default());
    let _ = verify(password, dummy);
}

#[cfg(test)]
mod tests {
    #[test]
    fn hashes_verify_and_differ() {
        let first = super::hash("correct horse").unwrap();
        let second = super::hash("correct horse").unwrap();
        assert!(first.starts_with("$argon2id$"));
        assert_ne!(first, second, "salts are random");
        assert!(super::verify("correct horse", &first));
        assert!(!super::verify("wrong horse", &first));
        assert!(!super::verify("correct horse", "not a hash"));
    }
}
