//! Space invitation and access tokens: libmacaroons V1 macaroons, unpadded base64url.
//!
//! This module is pure: it never touches the store, the clock or the network. Callers pass in
//! the signing key, the current time and the random token id, which keeps minting and
//! verification deterministic and testable.
//!
//! A token decodes to these V1 packets (see `docs/TOKENS.md`):
//!
//! ```text
//! location onezone
//! identifier oz1:<key id>:<token id>
//! cid type = space_invite           | cid type = access
//! cid space = <space id>            | cid user = <user id>
//! cid inviter = <user id>           |
//! cid epoch = <n>                   |
//! cid time < <unix seconds>
//! signature <32 bytes>
//! ```
//!
//! Verification is strict: the signature is checked first, then every caveat must be one this
//! module mints, each exactly once, and the token must be the canonical serialization of what
//! it decodes to (no padding, no alternative encodings).

mod caveats;
pub mod ids;

#[cfg(test)]
mod tests;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use libmacaroon::{Format, Macaroon, MacaroonKey, Verifier};
use std::fmt;

pub use caveats::{Caveat, TokenKind};
pub use ids::{KeyId, TokenId, is_valid_entity_id};

/// Every token carries this location, as the seed's example does.
pub const LOCATION: &str = "onezone";

/// Prefix of the identifier: the identifier format version.
const IDENTIFIER_PREFIX: &str = "oz1";

/// Tokens longer than this are rejected before any decoding work (ours are ~300 characters).
pub const MAX_TOKEN_LEN: usize = 2048;

/// A root key that signs tokens. The secret never leaves this type: it is turned into the
/// macaroon root key the way libmacaroons' `macaroon_create` does, so any macaroon library
/// given the same secret verifies our tokens.
#[derive(Clone)]
pub struct SigningKey {
    id: KeyId,
    root_key: MacaroonKey,
}

impl SigningKey {
    /// `secret` must be at least 32 bytes of randomness (see [`SigningKey::MIN_SECRET_LEN`]).
    pub fn new(id: KeyId, secret: &[u8]) -> Result<Self, TokenError> {
        if secret.len() < Self::MIN_SECRET_LEN {
            return Err(TokenError::WeakKey);
        }
        Ok(SigningKey {
            id,
            root_key: MacaroonKey::generate(secret),
        })
    }

    pub const MIN_SECRET_LEN: usize = 32;

    pub fn id(&self) -> &KeyId {
        &self.id
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// What a token grants, bound into its caveats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grant {
    /// Lets the bearer join `space_id`, on behalf of `inviter_id`, while the space's
    /// invitation epoch is still `epoch`.
    SpaceInvite {
        space_id: String,
        inviter_id: String,
        epoch: u64,
    },
    /// Authenticates the bearer as `user_id`.
    Access { user_id: String },
}

impl Grant {
    pub fn kind(&self) -> TokenKind {
        match self {
            Grant::SpaceInvite { .. } => TokenKind::SpaceInvite,
            Grant::Access { .. } => TokenKind::Access,
        }
    }
}

/// The verified content of a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claims {
    pub key_id: KeyId,
    pub token_id: TokenId,
    pub grant: Grant,
    /// The token is valid while the current unix time is strictly below this.
    pub expires_at: u64,
}

/// Why a token was refused. The variants are for logs and error descriptions; none of them
/// echoes the token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the token is malformed: {0}")]
    Malformed(&'static str),
    #[error("the token was signed with an unknown key")]
    UnknownKey,
    #[error("the token's signature is not valid")]
    BadSignature,
    #[error("the token carries a caveat this server does not accept")]
    UnknownCaveat,
    #[error("the token is a {found} token, not a {expected} token")]
    WrongKind {
        expected: TokenKind,
        found: TokenKind,
    },
    #[error("the token has expired")]
    Expired,
    #[error("a signing key needs at least 32 bytes of secret")]
    WeakKey,
    #[error("the token could not be built: {0}")]
    Build(String),
}

/// Mints a token for `grant`, valid while the unix time is below `expires_at`.
pub fn mint(
    key: &SigningKey,
    token_id: &TokenId,
    grant: &Grant,
    expires_at: u64,
) -> Result<String, TokenError> {
    let identifier = format!("{IDENTIFIER_PREFIX}:{}:{}", key.id, token_id);
    let mut macaroon = Macaroon::create(Some(LOCATION), &key.root_key, identifier)
        .map_err(|e| TokenError::Build(e.to_string()))?;
    for caveat in caveats::for_grant(grant, expires_at) {
        macaroon
            .add_first_party_caveat(caveat.to_string())
            .map_err(|e| TokenError::Build(e.to_string()))?;
    }
    serialize(&macaroon)
}

/// A token that parsed, whose signature has not been checked yet. Its [`key_id`] tells the
/// caller which key to fetch for [`verify`].
///
/// [`key_id`]: DecodedToken::key_id
#[derive(Debug, Clone)]
pub struct DecodedToken {
    macaroon: Macaroon,
    key_id: KeyId,
    token_id: TokenId,
}

impl DecodedToken {
    pub fn key_id(&self) -> &KeyId {
        &self.key_id
    }

    pub fn token_id(&self) -> &TokenId {
        &self.token_id
    }

    pub fn location(&self) -> &str {
        self.macaroon.location().unwrap_or_default()
    }

    pub fn identifier(&self) -> String {
        String::from_utf8_lossy(self.macaroon.identifier()).into_owned()
    }

    /// The caveat predicates as they appear in the token, unverified.
    pub fn caveat_predicates(&self) -> Vec<String> {
        first_party_predicates(&self.macaroon)
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .collect()
    }

    /// The caveats as this module understands them, unverified (for inspection only).
    pub fn caveats(&self) -> Result<Vec<Caveat>, TokenError> {
        caveats::parse_all(&self.macaroon)
    }
}

/// Parses a token without any key: base64url, V1 packets, location and identifier. The
/// token must be exactly the canonical serialization of what it decodes to.
pub fn decode(token: &str) -> Result<DecodedToken, TokenError> {
    if token.is_empty() {
        return Err(TokenError::Malformed("empty token"));
    }
    if token.len() > MAX_TOKEN_LEN {
        return Err(TokenError::Malformed("token too long"));
    }
    let binary = URL_SAFE_NO_PAD
        .decode(token)
        .map_err(|_| TokenError::Malformed("not unpadded base64url"))?;
    // V1 packets start with a 4-hex-digit length; V2 starts with 0x02, V2 JSON with '{'.
    if !binary.first().is_some_and(u8::is_ascii_hexdigit) {
        return Err(TokenError::Malformed("not a libmacaroons V1 macaroon"));
    }
    let macaroon = Macaroon::deserialize_binary(&binary)
        .map_err(|_| TokenError::Malformed("invalid V1 packets"))?;
    // Only one spelling of a token is valid: what we would serialize ourselves. This refuses
    // packets with stray bytes, padding and anything else libmacaroon tolerates on input.
    if serialize(&macaroon)? != token {
        return Err(TokenError::Malformed("not in canonical form"));
    }
    if macaroon.location() != Some(LOCATION) {
        return Err(TokenError::Malformed("wrong location"));
    }
    if !macaroon.third_party_caveats().is_empty() {
        return Err(TokenError::UnknownCaveat);
    }
    let (key_id, token_id) = parse_identifier(macaroon.identifier())?;
    Ok(DecodedToken {
        macaroon,
        key_id,
        token_id,
    })
}

/// Checks the signature with `key` (which must be the key the token names), then the caveat
/// grammar, then the kind, then the expiry against `now` (unix seconds).
pub fn verify(
    token: &DecodedToken,
    key: &SigningKey,
    expected: TokenKind,
    now: u64,
) -> Result<Claims, TokenError> {
    let claims = verify_signature_and_grammar(token, key)?;
    if claims.grant.kind() != expected {
        return Err(TokenError::WrongKind {
            expected,
            found: claims.grant.kind(),
        });
    }
    if now >= claims.expires_at {
        return Err(TokenError::Expired);
    }
    Ok(claims)
}

/// The signature and caveat grammar only, whatever the kind and expiry: for revoking a
/// token, which must be genuine but may be of either kind and already expired.
pub fn verify_signature_and_grammar(
    token: &DecodedToken,
    key: &SigningKey,
) -> Result<Claims, TokenError> {
    if key.id != token.key_id {
        return Err(TokenError::UnknownKey);
    }
    // Every first-party caveat passes the chain check; they are interpreted right after.
    verify_chain(&token.macaroon, &key.root_key, |_| true)?;
    let claims_caveats = caveats::parse_all(&token.macaroon)?;
    let (grant, expires_at) = caveats::into_grant(&claims_caveats)?;
    Ok(Claims {
        key_id: token.key_id.clone(),
        token_id: token.token_id.clone(),
        grant,
        expires_at,
    })
}

/// Checks the HMAC chain from `root_key` through every caveat to the signature, with
/// `satisfied` deciding each first-party caveat. libmacaroon compares signatures in constant
/// time and refuses third-party caveats that have no discharge.
fn verify_chain(
    macaroon: &Macaroon,
    root_key: &MacaroonKey,
    satisfied: impl Fn(&[u8]) -> bool + Send + Sync + 'static,
) -> Result<(), TokenError> {
    let mut verifier = Verifier::default();
    verifier.satisfy_general(satisfied);
    verifier
        .verify(macaroon, root_key, &[])
        .map_err(|_| TokenError::BadSignature)
}

fn first_party_predicates(macaroon: &Macaroon) -> impl Iterator<Item = &[u8]> {
    macaroon
        .caveats()
        .iter()
        .filter_map(|caveat| caveat.as_first_party())
        .map(|caveat| caveat.predicate())
}

/// libmacaroon emits padded base64url; the seed's tokens are unpadded.
fn serialize(macaroon: &Macaroon) -> Result<String, TokenError> {
    let padded = macaroon
        .serialize(Format::V1)
        .map_err(|e| TokenError::Build(e.to_string()))?;
    Ok(padded.trim_end_matches('=').to_owned())
}

fn parse_identifier(identifier: &[u8]) -> Result<(KeyId, TokenId), TokenError> {
    let text = std::str::from_utf8(identifier)
        .map_err(|_| TokenError::Malformed("identifier is not UTF-8"))?;
    let mut parts = text.split(':');
    let (Some(IDENTIFIER_PREFIX), Some(key_id), Some(token_id), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(TokenError::Malformed("unknown identifier format"));
    };
    let key_id =
        KeyId::parse(key_id).ok_or(TokenError::Malformed("identifier has an invalid key id"))?;
    let token_id = TokenId::parse(token_id)
        .ok_or(TokenError::Malformed("identifier has an invalid token id"))?;
    Ok((key_id, token_id))
}

/// What `onezone-tokens token inspect` shows: any macaroon's packets, read without a key.
#[derive(Debug, Clone)]
pub struct Inspection {
    pub location: Option<String>,
    pub identifier: String,
    /// Key id and token id, when the identifier is in this server's format.
    pub identifier_fields: Option<(KeyId, TokenId)>,
    pub first_party_caveats: Vec<String>,
    pub third_party_caveats: usize,
    /// From the `time < N` caveat, when there is exactly one.
    pub expires_at: Option<u64>,
    /// Why [`decode`] would refuse this token, if it would.
    pub problem: Option<TokenError>,
}

/// Reads any libmacaroons V1 or V2 macaroon (unpadded or padded, base64url or standard)
/// without verifying it, and says whether this server would accept its form.
pub fn inspect(token: &str) -> Result<Inspection, TokenError> {
    let token = token.trim();
    if token.len() > MAX_TOKEN_LEN {
        return Err(TokenError::Malformed("token too long"));
    }
    let macaroon =
        Macaroon::deserialize(token).map_err(|_| TokenError::Malformed("not a macaroon"))?;
    let first_party_caveats: Vec<String> = first_party_predicates(&macaroon)
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    let times: Vec<u64> = first_party_caveats
        .iter()
        .filter_map(|c| match Caveat::parse(c.as_bytes()) {
            Ok(Caveat::ExpiresBefore(t)) => Some(t),
            _ => None,
        })
        .collect();
    Ok(Inspection {
        location: macaroon.location().map(str::to_owned),
        identifier: String::from_utf8_lossy(macaroon.identifier()).into_owned(),
        identifier_fields: parse_identifier(macaroon.identifier()).ok(),
        third_party_caveats: macaroon.third_party_caveats().len(),
        first_party_caveats,
        expires_at: (times.len() == 1).then(|| times[0]),
        problem: decode(token)
            .and_then(|decoded| decoded.caveats().and_then(|c| caveats::into_grant(&c)))
            .err(),
    })
}
