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
//! cid uses <= <n>                   |
//! cid time < <unix seconds>
//! signature <32 bytes>
//! ```
//!
//! Verification is strict: the signature is checked first, then every caveat must be one this
//! module mints, each exactly once, and the token must be the canonical serialization of what
//! it decodes to (no padding, no alternative encodings).

mod caveats;
pub(crate) mod hmac_sha256;
pub mod ids;
pub mod onezone;
mod v1;

#[cfg(test)]
mod tests;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use libmacaroon::{Format, Macaroon, MacaroonKey};
use std::fmt;
use std::ops::Range;
use subtle::ConstantTimeEq;

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
/// given the same secret verifies our tokens. Only the root key's precomputed HMAC state is
/// kept (see `token::v1::RootMac`).
#[derive(Clone)]
pub struct SigningKey {
    id: KeyId,
    mac: v1::RootMac,
}

impl SigningKey {
    /// `secret` must be at least 32 bytes of randomness (see [`SigningKey::MIN_SECRET_LEN`]).
    pub fn new(id: KeyId, secret: &[u8]) -> Result<Self, TokenError> {
        if secret.len() < Self::MIN_SECRET_LEN {
            return Err(TokenError::WeakKey);
        }
        let root_key = MacaroonKey::generate(secret);
        Ok(SigningKey {
            id,
            mac: v1::RootMac::new(root_key.as_ref()),
        })
    }

    /// The fewest bytes of secret a signing key may have.
    pub const MIN_SECRET_LEN: usize = 32;

    /// The key's id, carried in every token it signs.
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
    /// invitation epoch is still `epoch`, at most `max_uses` times in all (the caveat
    /// `uses <= n`; `None` only for invitations minted before it existed, see
    /// [`Grant::allowed_uses`]).
    SpaceInvite {
        /// The space it invites to.
        space_id: String,
        /// The user who minted it.
        inviter_id: String,
        /// The space's invitation epoch when it was minted.
        epoch: u64,
        /// The `uses <= n` caveat, if it has one.
        max_uses: Option<u32>,
    },
    /// Authenticates the bearer as `user_id`.
    Access {
        /// The user the token authenticates.
        user_id: String,
    },
    /// An invitation in Onezone 20.02's model (a `userJoinSpace` invite token), named or
    /// temporary (its `persistence = named|temporary` caveat), with its `consumer` and `ip`
    /// caveats when it has any. A named one's usage limit, revocation and carried
    /// privileges are stored under its token id; minted with [`NO_EXPIRY`] it has no time
    /// caveat. A temporary one is not stored: it needs a time caveat, admits any number of
    /// joins until then and carries no privileges.
    JoinSpace {
        /// Named (stored) or temporary.
        named: bool,
        /// The space it invites to.
        space_id: String,
        /// Who created it.
        inviter_id: String,
        /// The space's invitation epoch when it was created.
        epoch: u64,
        /// The only users who may use it (its `consumer` caveat); empty: anyone.
        consumers: Vec<String>,
        /// The only client networks it may be used from (its `ip` caveat); empty: any.
        ips: Vec<ipnet::IpNet>,
    },
}

/// The grant that parsed caveats describe (our grammar: kind, order, required fields),
/// without any signature check: what `POST /tokens/examine` reports.
pub fn grant_of(caveats: &[Caveat]) -> Result<Grant, TokenError> {
    caveats::into_grant(caveats).map(|(grant, _)| grant)
}

/// The expiry of a token without a time caveat (only named invitations may have none).
pub const NO_EXPIRY: u64 = u64::MAX;

impl Grant {
    /// The kind of token that carries this grant.
    pub fn kind(&self) -> TokenKind {
        match self {
            Grant::SpaceInvite { .. } | Grant::JoinSpace { .. } => TokenKind::SpaceInvite,
            Grant::Access { .. } => TokenKind::Access,
        }
    }

    /// How many joins an invitation admits in all: its `uses <= n` caveat, and 1 for an
    /// invitation without one (minted before the caveat existed: single use, whatever
    /// `--invite-max-uses` the server that meets it has). `None` for access tokens.
    pub fn allowed_uses(&self) -> Option<u32> {
        match self {
            Grant::SpaceInvite { max_uses, .. } => Some(max_uses.unwrap_or(1)),
            Grant::Access { .. } | Grant::JoinSpace { .. } => None,
        }
    }
}

/// The verified content of a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claims {
    /// The id of the key that signed the token.
    pub key_id: KeyId,
    /// The token's own id.
    pub token_id: TokenId,
    /// What the token allows.
    pub grant: Grant,
    /// The token is valid while the current unix time is strictly below this.
    pub expires_at: u64,
}

/// Why a token was refused. The variants are for logs and error descriptions; none of them
/// echoes the token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    /// Not a token of this server's format (the reason, for logs).
    #[error("the token is malformed: {0}")]
    Malformed(&'static str),
    /// Its key id names no active key.
    #[error("the token was signed with an unknown key")]
    UnknownKey,
    /// The signature does not match.
    #[error("the token's signature is not valid")]
    BadSignature,
    /// A caveat outside the strict grammar.
    #[error("the token carries a caveat this server does not accept")]
    UnknownCaveat,
    /// A token of another kind than the operation takes.
    #[error("the token is a {found} token, not a {expected} token")]
    WrongKind {
        /// The kind the operation takes.
        expected: TokenKind,
        /// The kind the token is.
        found: TokenKind,
    },
    /// Its time caveat has passed.
    #[error("the token has expired")]
    Expired,
    /// A signing key with too short a secret.
    #[error("a signing key needs at least 32 bytes of secret")]
    WeakKey,
    /// The macaroon library failed to build a token.
    #[error("the token could not be built: {0}")]
    Build(String),
}

impl TokenError {
    /// Why a presented token is refused, in the words of the API's error descriptions
    /// ("it has expired"); the wrong kind is named after the kind that was expected.
    pub fn reason(&self) -> &'static str {
        match self {
            TokenError::Malformed(_) => "it is malformed",
            TokenError::UnknownKey => "it was signed with a retired or unknown key",
            TokenError::BadSignature => "its signature is invalid",
            TokenError::UnknownCaveat => "it carries caveats this server does not accept",
            TokenError::WrongKind {
                expected: TokenKind::Access,
                ..
            } => "it is not an access token",
            TokenError::WrongKind {
                expected: TokenKind::SpaceInvite,
                ..
            } => "it is not a space invitation token",
            TokenError::Expired => "it has expired",
            TokenError::WeakKey | TokenError::Build(_) => "it could not be checked",
        }
    }
}

/// Mints a token for `grant`, valid while the unix time is below `expires_at`. The packets
/// are written straight into one buffer and signed with the key's precomputed HMAC state;
/// the result is exactly what `libmacaroon` would serialize (see `token::v1`).
pub fn mint(
    key: &SigningKey,
    token_id: &TokenId,
    grant: &Grant,
    expires_at: u64,
) -> Result<String, TokenError> {
    let too_large = || TokenError::Build("a packet is too large for V1".to_owned());
    let mut binary = Vec::with_capacity(320);
    v1::write_packet(&mut binary, b"location", |out| {
        out.extend_from_slice(LOCATION.as_bytes())
    })
    .ok_or_else(too_large)?;
    let identifier = v1::write_packet(&mut binary, b"identifier", |out| {
        out.extend_from_slice(IDENTIFIER_PREFIX.as_bytes());
        out.push(b':');
        out.extend_from_slice(key.id.as_str().as_bytes());
        out.push(b':');
        out.extend_from_slice(token_id.as_str().as_bytes());
    })
    .ok_or_else(too_large)?;
    let mut caveats: [Range<usize>; caveats::MAX_MINTED] = Default::default();
    let mut count = 0;
    for caveat in caveats::predicates_for_grant(grant, expires_at) {
        caveats[count] = v1::write_packet(&mut binary, b"cid", |out| caveat.write_to(out))
            .ok_or_else(too_large)?;
        count += 1;
    }
    let signature = key.mac.signature(
        &binary[identifier],
        caveats[..count].iter().map(|range| &binary[range.clone()]),
    );
    v1::write_packet(&mut binary, b"signature", |out| {
        out.extend_from_slice(&signature)
    })
    .ok_or_else(too_large)?;
    // The same unpadded base64url as `URL_SAFE_NO_PAD`, with SIMD (see Cargo.toml).
    Ok(base64_simd::URL_SAFE_NO_PAD.encode_to_string(&binary))
}

/// A token that parsed, whose signature has not been checked yet. Its [`key_id`] tells the
/// caller which key to fetch for [`verify`].
///
/// [`key_id`]: DecodedToken::key_id
#[derive(Debug, Clone)]
pub struct DecodedToken {
    /// The packets' values live here: the decoded token, or (when `libmacaroon` parsed it)
    /// the identifier and the predicates one after the other.
    data: Vec<u8>,
    identifier: Range<usize>,
    caveats: Vec<Range<usize>>,
    signature: [u8; 32],
    key_id: KeyId,
    token_id: TokenId,
}

impl DecodedToken {
    /// The id of the key that signed it (not yet verified).
    pub fn key_id(&self) -> &KeyId {
        &self.key_id
    }

    /// The token's id (not yet verified).
    pub fn token_id(&self) -> &TokenId {
        &self.token_id
    }

    /// Always [`LOCATION`]: [`decode`] refuses any other.
    pub fn location(&self) -> &str {
        LOCATION
    }

    /// The macaroon's identifier packet, as text.
    pub fn identifier(&self) -> String {
        String::from_utf8_lossy(&self.data[self.identifier.clone()]).into_owned()
    }

    fn predicates(&self) -> impl Iterator<Item = &[u8]> {
        self.caveats.iter().map(|range| &self.data[range.clone()])
    }

    /// The caveat predicates as they appear in the token, unverified.
    pub fn caveat_predicates(&self) -> Vec<String> {
        self.predicates()
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .collect()
    }

    /// The caveats as this module understands them, unverified (for inspection only).
    pub fn caveats(&self) -> Result<Vec<Caveat>, TokenError> {
        caveats::parse_all(self.predicates())
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
    // Unpadded base64url with zero trailing bits is the only spelling this engine accepts,
    // so the token is canonical exactly when its bytes are.
    let binary = URL_SAFE_NO_PAD
        .decode(token)
        .map_err(|_| TokenError::Malformed("not unpadded base64url"))?;
    // The fast path: exactly the canonical packets of a token of ours.
    if let Some(packets) = v1::parse(&binary, LOCATION.as_bytes())
        && let Ok((key_id, token_id)) = parse_identifier(&binary[packets.identifier.clone()])
    {
        return Ok(DecodedToken {
            data: binary,
            identifier: packets.identifier,
            caveats: packets.caveats,
            signature: packets.signature,
            key_id,
            token_id,
        });
    }
    // Anything else: `libmacaroon` parses it, and says why it is refused.
    decode_with_libmacaroon(token, &binary)
}

/// The reference decoder, for tokens the fast path does not take: it decides the error.
fn decode_with_libmacaroon(token: &str, binary: &[u8]) -> Result<DecodedToken, TokenError> {
    // V1 packets start with a 4-hex-digit length; V2 starts with 0x02, V2 JSON with '{'.
    if !binary.first().is_some_and(u8::is_ascii_hexdigit) {
        return Err(TokenError::Malformed("not a libmacaroons V1 macaroon"));
    }
    let macaroon = Macaroon::deserialize_binary(binary)
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
    // A canonical token of ours always takes the fast path; keep the same answer if one
    // ever does not.
    let mut data = macaroon.identifier().to_vec();
    let identifier = 0..data.len();
    let mut caveats = Vec::new();
    for predicate in first_party_predicates(&macaroon) {
        let start = data.len();
        data.extend_from_slice(predicate);
        caveats.push(start..data.len());
    }
    Ok(DecodedToken {
        data,
        identifier,
        caveats,
        signature: *AsRef::<[u8; 32]>::as_ref(macaroon.signature()),
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
    check_kind_and_expiry(&claims, expected, now)?;
    Ok(claims)
}

/// The part of [`verify`] that depends on the time and on what the token is presented
/// for: its kind, then its expiry against `now` (unix seconds).
pub fn check_kind_and_expiry(
    claims: &Claims,
    expected: TokenKind,
    now: u64,
) -> Result<(), TokenError> {
    if claims.grant.kind() != expected {
        return Err(TokenError::WrongKind {
            expected,
            found: claims.grant.kind(),
        });
    }
    if now >= claims.expires_at {
        return Err(TokenError::Expired);
    }
    Ok(())
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
    // The HMAC chain first, compared in constant time; the caveats are interpreted after.
    let expected = key
        .mac
        .signature(&token.data[token.identifier.clone()], token.predicates());
    if !bool::from(expected.ct_eq(&token.signature)) {
        return Err(TokenError::BadSignature);
    }
    let claims_caveats = caveats::parse_all(token.predicates())?;
    let (grant, expires_at) = caveats::into_grant(&claims_caveats)?;
    Ok(Claims {
        key_id: token.key_id.clone(),
        token_id: token.token_id.clone(),
        grant,
        expires_at,
    })
}

/// Checks the HMAC chain from `root_key` through every caveat to the signature, with
/// `satisfied` deciding each first-party caveat, through `libmacaroon`: the reference the
/// hand-written chain ([`v1`]) is tested against. libmacaroon compares signatures in
/// constant time and refuses third-party caveats that have no discharge.
#[cfg(test)]
fn verify_chain(
    macaroon: &Macaroon,
    root_key: &MacaroonKey,
    satisfied: impl Fn(&[u8]) -> bool + Send + Sync + 'static,
) -> Result<(), TokenError> {
    let mut verifier = libmacaroon::Verifier::default();
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
    /// The location packet, if any.
    pub location: Option<String>,
    /// The identifier packet, as text.
    pub identifier: String,
    /// Key id and token id, when the identifier is in this server's format.
    pub identifier_fields: Option<(KeyId, TokenId)>,
    /// The first-party caveats, in order.
    pub first_party_caveats: Vec<String>,
    /// How many third-party caveats it has.
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
