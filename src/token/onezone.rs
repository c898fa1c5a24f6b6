//! Onezone's own tokens, read as Onezone (onedata's ctool `tokens.erl`) writes them, so that
//! `POST /tokens/examine` and `onezone-tokens token inspect` can describe a token minted by
//! a real Onezone. Nothing here mints such a token; we hold no Onezone secret, so examining
//! never verifies. [`verify_signature`] checks one against a secret the caller supplies (the
//! tests use the vectors' secrets).
//!
//! The serialization (`docs/TOKENS.md`, "Onezone's own tokens"; `tests/vectors/onezone/`):
//!
//! ```text
//! token      = [ ("opw" | "opp") "-" ] base62(base64url-without-padding(V1 packets))
//! base62     = base64url text with 0 _ - / + = written as 00 01 02 03 04 05
//! packets    = location <onezone domain>, identifier, cid*, signature (libmacaroons V1)
//! identifier = "2/" persistence "/" subject "/" type "/" id
//! ```
//!
//! The packets are the same libmacaroons V1 layout our own tokens use, so they go through
//! the same strict reader (`token::v1`) and the same HMAC chain.
//!
//! The grammars are written by hand here because they are ctool's: no library reads them.
//! Each function names the ctool function whose grammar it follows.

use base64::Engine as _;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, URL_SAFE_NO_PAD};
use base64::engine::{DecodePaddingMode, general_purpose::STANDARD};
use libmacaroon::MacaroonKey;
use serde::Serialize;
use serde_json::{Value, json};
use std::net::Ipv4Addr;
use subtle::ConstantTimeEq;

use super::TokenError;
use super::v1;

#[cfg(test)]
mod tests;

/// ctool refuses serialized tokens larger than this (`max_token_size`, 1 MiB by default).
pub const MAX_TOKEN_SIZE: usize = 1 << 20;

/// What Onezone's `POST /tokens/examine` answers about a token (oz-worker's
/// `token_rest_translator`): the JSON field names are Onezone's.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Examination {
    /// The macaroon's location: the domain of the Onezone that issued the token.
    pub onezone_domain: String,
    /// The token id, the last field of the identifier.
    pub id: String,
    /// Whether Onezone stores the token (`named`) or not (`temporary`).
    pub persistence: Persistence,
    /// Who the token was issued for.
    pub subject: Subject,
    /// `token_type:to_json/1`: `{"accessToken":{}}`, `{"identityToken":{}}`,
    /// `{"inviteToken":{"inviteType":..., "<target>Id":..., "parameters":{...}}}`.
    #[serde(rename = "type")]
    pub token_type: Value,
    /// Each caveat in `caveats:to_json/1` form, in the token's order.
    pub caveats: Vec<Value>,
    /// The identifier as it stands in the macaroon (not part of Onezone's answer).
    #[serde(skip)]
    pub identifier: String,
    /// The caveats as they stand in the macaroon (not part of Onezone's answer).
    #[serde(skip)]
    pub caveat_predicates: Vec<String>,
    /// The Oneprovider service prefix the token came with (`opw` or `opp`), if any.
    #[serde(skip)]
    pub service_indication: Option<&'static str>,
}

/// `named` (stored by Onezone, revocable one by one) or `temporary` (not stored; the
/// generation of the shared secret that signed it). Onezone's answer says only which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// Identifier field `nmd`.
    Named,
    /// Identifier field `tmp-<generation>`.
    Temporary {
        /// The generation of the user's temporary-token secret that signed it.
        generation: u64,
    },
}

impl Persistence {
    /// Onezone's JSON spelling: `named` or `temporary`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Persistence::Named => "named",
            Persistence::Temporary { .. } => "temporary",
        }
    }
}

impl Serialize for Persistence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// `aai:subject_to_json/1`: `{"type": "user"|"oneprovider"|"group"|"nobody", "id"}`, the id
/// `null` for nobody.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Subject {
    /// `user`, `oneprovider`, `group` or `nobody`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The subject's id (without its `usr-`/`prv-`/`grp-` prefix); none for nobody.
    pub id: Option<String>,
}

/// Reads a token in Onezone's serialization without any secret, as Onezone's examine does.
pub fn examine(token: &str) -> Result<Examination, TokenError> {
    Ok(read(token)?.examination)
}

/// Whether `secret` (the raw bytes Onezone keeps, used as they are) signed `token`: the
/// libmacaroons key derivation and HMAC chain, compared in constant time. A token that does
/// not read is an error, a wrong secret or any altered byte is `Ok(false)`.
pub fn verify_signature(token: &str, secret: &[u8]) -> Result<bool, TokenError> {
    let read = read(token)?;
    let root = v1::RootMac::new(MacaroonKey::generate(secret).as_ref());
    let expected = root.signature(
        &read.binary[read.packets.identifier.clone()],
        read.packets
            .caveats
            .iter()
            .map(|range| &read.binary[range.clone()]),
    );
    Ok(bool::from(expected.ct_eq(&read.packets.signature)))
}

struct Read {
    binary: Vec<u8>,
    #[cfg_attr(not(test), allow(dead_code))]
    location: std::ops::Range<usize>,
    packets: v1::Packets,
    examination: Examination,
}

fn malformed(what: &'static str) -> TokenError {
    TokenError::Malformed(what)
}

/// The token exactly as given: like ctool, no surrounding whitespace is tolerated (the CLI
/// trims what it reads; an HTTP body carries the token as the client sent it).
fn read(token: &str) -> Result<Read, TokenError> {
    if token.is_empty() {
        return Err(malformed("empty token"));
    }
    if token.len() > MAX_TOKEN_SIZE {
        return Err(malformed("token larger than Onezone's 1 MiB limit"));
    }
    let (service_indication, body) = strip_service_indication(token)?;
    let base64 = base62_to_base64(body)?;
    let binary = URL_SAFE_NO_PAD
        .decode(&base64)
        .map_err(|_| malformed("not unpadded base64url once the base62 escapes are undone"))?;
    let (location, packets) = v1::parse_any_location(&binary).ok_or(malformed(
        "not libmacaroons V1 packets (location, identifier, cid*, signature)",
    ))?;
    let text = |range: &std::ops::Range<usize>, what: &'static str| {
        std::str::from_utf8(&binary[range.clone()]).map_err(|_| malformed(what))
    };
    let onezone_domain = text(&location, "the location is not UTF-8")?.to_owned();
    let identifier = text(&packets.identifier, "the identifier is not UTF-8")?.to_owned();
    let caveat_predicates = packets
        .caveats
        .iter()
        .map(|range| text(range, "a caveat is not UTF-8").map(str::to_owned))
        .collect::<Result<Vec<_>, _>>()?;
    let (persistence, subject, token_type, id) = parse_identifier(&identifier)?;
    let caveats = caveat_predicates
        .iter()
        .map(|predicate| caveat_to_json(predicate))
        .collect::<Result<Vec<_>, _>>()?;
    let examination = Examination {
        onezone_domain,
        id,
        persistence,
        subject,
        token_type,
        caveats,
        identifier,
        caveat_predicates,
        service_indication,
    };
    Ok(Read {
        binary,
        location,
        packets,
        examination,
    })
}

/// `tokens:check_for_oneprovider_service_indication/1`: three letters and a dash before
/// the token say which Oneprovider service presents it; only `opw` and `opp` exist. The
/// escaped token itself never holds a dash.
fn strip_service_indication(token: &str) -> Result<(Option<&'static str>, &str), TokenError> {
    match token.as_bytes().get(3) {
        Some(b'-') => match &token[..3] {
            "opw" => Ok((Some("opw"), &token[4..])),
            "opp" => Ok((Some("opp"), &token[4..])),
            _ => Err(malformed(
                "unknown service prefix (only opw- and opp- exist)",
            )),
        },
        _ => Ok((None, token)),
    }
}

/// `base62:to_base64/1`: `0` followed by a digit 0-5 stands for `0 _ - / + =`; a `0`
/// followed by anything else is an error. Other characters are kept as they are (ctool
/// does the same); base64url decoding then refuses what does not belong there.
fn base62_to_base64(text: &str) -> Result<String, TokenError> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '0' {
            out.push(c);
            continue;
        }
        out.push(match chars.next() {
            Some('0') => '0',
            Some('1') => '_',
            Some('2') => '-',
            Some('3') => '/',
            Some('4') => '+',
            Some('5') => '=',
            _ => return Err(malformed("bad base62 escape (a 0 not followed by 0-5)")),
        });
    }
    Ok(out)
}

/// `tokens:from_identifier/2` for version 2: `2/<persistence>/<subject>/<type>/<id>`.
/// Legacy version-1 identifiers (a bare id, or a first field that is not a number) carry no
/// subject or type; Onezone reads them as named access tokens of nobody, which is not what
/// anyone examining an invitation wants, so they are refused here.
fn parse_identifier(identifier: &str) -> Result<(Persistence, Subject, Value, String), TokenError> {
    let fields: Vec<&str> = identifier.split('/').collect();
    match fields.as_slice() {
        ["2", persistence, subject, token_type, id] => {
            if id.is_empty() {
                return Err(malformed("the identifier has an empty token id"));
            }
            Ok((
                parse_persistence(persistence)?,
                parse_subject(subject)?,
                parse_type(token_type)?,
                (*id).to_owned(),
            ))
        }
        [version, ..] if version.parse::<u64>().is_ok() && *version != "2" => {
            Err(malformed("unknown Onezone identifier version"))
        }
        ["2", ..] => Err(malformed(
            "a version 2 identifier has exactly 5 /-separated fields",
        )),
        _ => Err(malformed(
            "not a version 2 Onezone identifier (legacy version 1 tokens are not read)",
        )),
    }
}

/// `tokens:deserialize_persistence/1`.
fn parse_persistence(text: &str) -> Result<Persistence, TokenError> {
    if text == "nmd" {
        return Ok(Persistence::Named);
    }
    text.strip_prefix("tmp-")
        .and_then(|generation| generation.parse().ok())
        .map(|generation| Persistence::Temporary { generation })
        .ok_or(malformed("unknown persistence (nmd or tmp-<generation>)"))
}

/// `aai:deserialize_subject/1`. Tokens are minted only for users and Oneproviders; the
/// others can stand in consumer caveats, and an identifier holding one still reads.
fn parse_subject(text: &str) -> Result<Subject, TokenError> {
    let subject = |kind, id: &str| Subject {
        kind,
        id: Some(id.to_owned()),
    };
    if text == "nobody" {
        return Ok(Subject {
            kind: "nobody",
            id: None,
        });
    }
    if let Some(id) = text.strip_prefix("usr-") {
        Ok(subject("user", id))
    } else if let Some(id) = text.strip_prefix("grp-") {
        Ok(subject("group", id))
    } else if let Some(id) = text.strip_prefix("prv-") {
        Ok(subject("oneprovider", id))
    } else {
        Err(malformed("unknown subject (usr-, grp-, prv- or nobody)"))
    }
}

/// The invite types of `token_type.erl`: code in the identifier, JSON name, target key.
const INVITE_TYPES: [(&str, &str, &str); 14] = [
    ("ujg", "userJoinGroup", "groupId"),
    ("gjg", "groupJoinGroup", "groupId"),
    ("ujs", "userJoinSpace", "spaceId"),
    ("gjs", "groupJoinSpace", "spaceId"),
    ("ssp", "supportSpace", "spaceId"),
    ("hjs", "harvesterJoinSpace", "spaceId"),
    ("rop", "registerOneprovider", "adminUserId"),
    ("ujc", "userJoinCluster", "clusterId"),
    ("gjc", "groupJoinCluster", "clusterId"),
    ("ujh", "userJoinHarvester", "harvesterId"),
    ("gjh", "groupJoinHarvester", "harvesterId"),
    ("sjh", "spaceJoinHarvester", "harvesterId"),
    ("uji", "userJoinAtmInventory", "atmInventoryId"),
    ("gji", "groupJoinAtmInventory", "atmInventoryId"),
];

/// `token_type:deserialize/1`, answered in `token_type:to_json/1` form.
fn parse_type(text: &str) -> Result<Value, TokenError> {
    match text {
        "act" => return Ok(json!({"accessToken": {}})),
        "idn" => return Ok(json!({"identityToken": {}})),
        _ => {}
    }
    if let Some(session_id) = text.strip_prefix("act:") {
        if session_id.is_empty() {
            return Err(malformed("an access token type with an empty session id"));
        }
        return Ok(json!({"accessToken": {"sessionId": session_id}}));
    }
    let [code, entity_id, parameters] = text.split(':').collect::<Vec<_>>()[..] else {
        return Err(malformed(
            "unknown token type (act, idn or code:entity:parameters)",
        ));
    };
    if entity_id.is_empty() {
        return Err(malformed("an invite token type with an empty target id"));
    }
    let (_, invite_type, target_key) = INVITE_TYPES
        .iter()
        .find(|(known, _, _)| *known == code)
        .ok_or(malformed("unknown invite type code"))?;
    let mut invite = serde_json::Map::new();
    invite.insert("inviteType".into(), json!(invite_type));
    invite.insert((*target_key).into(), json!(entity_id));
    invite.insert("parameters".into(), invite_parameters(code, parameters)?);
    Ok(json!({ "inviteToken": invite }))
}

/// Only `supportSpace` has parameters: in 20.02 (`support_parameters:serialize/1`) two
/// letters, data write (`g` global, `n` none) and metadata replication (`e` eager, `l`
/// lazy, `n` none); later versions always write `ge` and ignore it. Every other type has
/// none (`{}`), whatever its field holds, as ctool's decoder ignores it.
fn invite_parameters(code: &str, parameters: &str) -> Result<Value, TokenError> {
    if code != "ssp" {
        return Ok(json!({}));
    }
    let bad = || malformed("bad support parameters (two letters: g|n then e|l|n)");
    let mut letters = parameters.chars();
    let data_write = match letters.next() {
        Some('g') => "global",
        Some('n') => "none",
        _ => return Err(bad()),
    };
    let metadata_replication = match letters.next() {
        Some('e') => "eager",
        Some('l') => "lazy",
        Some('n') => "none",
        _ => return Err(bad()),
    };
    if letters.next().is_some() {
        return Err(bad());
    }
    Ok(json!({"dataWrite": data_write, "metadataReplication": metadata_replication}))
}

/// `caveats:deserialize/1` then `caveats:to_json/1`. A caveat ctool does not know is an
/// error, as it is for Onezone.
fn caveat_to_json(predicate: &str) -> Result<Value, TokenError> {
    let unknown = || TokenError::UnknownCaveat;
    if predicate == "data.readonly" {
        return Ok(json!({"type": "data.readonly"}));
    }
    if predicate == "authorization = none" {
        // The deprecated `cv_scope` caveat: ctool writes it without a "type".
        return Ok(json!({"scope": "identityToken"}));
    }
    if let Some(until) = predicate.strip_prefix("time < ") {
        let until: i64 = until.parse().map_err(|_| unknown())?;
        return Ok(json!({"type": "time", "validUntil": until}));
    }
    if let Some(interface) = predicate.strip_prefix("interface = ") {
        return match interface {
            "rest" | "oneclient" | "graphsync" => {
                Ok(json!({"type": "interface", "interface": interface}))
            }
            _ => Err(unknown()),
        };
    }
    for (prefix, kind, filter) in [
        ("geo.country = ", "geo.country", "whitelist"),
        ("geo.country != ", "geo.country", "blacklist"),
        ("geo.region = ", "geo.region", "whitelist"),
        ("geo.region != ", "geo.region", "blacklist"),
    ] {
        if let Some(list) = predicate.strip_prefix(prefix) {
            let list = split_list(list)?;
            return Ok(json!({"type": kind, "filter": filter, "list": list}));
        }
    }
    let (kind, list) = predicate.split_once(" = ").ok_or_else(unknown)?;
    let entries = split_list(list)?;
    let whitelist: Vec<Value> = match kind {
        "ip" => entries
            .iter()
            .map(|mask| ip_mask(mask).map(Value::from))
            .collect::<Result<_, _>>()?,
        "asn" => entries
            .iter()
            .map(|asn| asn.parse::<u64>().map(Value::from).map_err(|_| unknown()))
            .collect::<Result<_, _>>()?,
        "service" => entries
            .iter()
            .map(|service| {
                let (shortname, id) = service.split_once('-').ok_or_else(unknown)?;
                match shortname {
                    "ozw" | "ozp" | "opw" | "opp" if !id.is_empty() => Ok(json!(service)),
                    _ => Err(unknown()),
                }
            })
            .collect::<Result<_, _>>()?,
        "consumer" => entries
            .iter()
            .map(|consumer| {
                parse_subject(consumer)
                    .map(|_| json!(consumer))
                    .map_err(|_| unknown())
            })
            .collect::<Result<_, _>>()?,
        "api" => entries
            .iter()
            .map(|spec| api_matchspec(spec).map(|()| json!(spec)))
            .collect::<Result<_, _>>()?,
        "data.path" => entries
            .iter()
            .map(|path| {
                // base64:decode/1 then base64:encode/1: standard alphabet, padded.
                let decoded = PADDING_INDIFFERENT.decode(path).map_err(|_| unknown())?;
                Ok(json!(STANDARD.encode(decoded)))
            })
            .collect::<Result<_, TokenError>>()?,
        "data.objectid" => entries.iter().map(|id| json!(id)).collect(),
        _ => return Err(unknown()),
    };
    Ok(json!({"type": kind, "whitelist": whitelist}))
}

/// Erlang's `base64:decode/1` takes standard base64 with or without its `=` padding.
const PADDING_INDIFFERENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// ctool's lists are `|`-separated and never empty; neither is any entry.
fn split_list(list: &str) -> Result<Vec<&str>, TokenError> {
    let entries: Vec<&str> = list.split('|').collect();
    if entries.iter().any(|entry| entry.is_empty()) {
        return Err(TokenError::UnknownCaveat);
    }
    Ok(entries)
}

/// `ip_utils:parse_mask/1` then `serialize_mask/1`: an IPv4 address (ctool's masks are
/// IPv4 only, `inet:parse_ipv4strict_address/1`) and a prefix length of 0 to 32, written back
/// as `inet:ntoa(Address) "/" Length`; a bare address is a `/32`.
fn ip_mask(mask: &str) -> Result<String, TokenError> {
    let (address, length) = match mask.split_once('/') {
        Some((address, length)) => (address, Some(length)),
        None => (mask, None),
    };
    let address: Ipv4Addr = address.parse().map_err(|_| TokenError::UnknownCaveat)?;
    let length = match length {
        None => 32,
        Some(length) => length
            .parse::<u8>()
            .ok()
            .filter(|length| *length <= 32)
            .ok_or(TokenError::UnknownCaveat)?,
    };
    Ok(format!("{address}/{length}"))
}

/// `cv_api:deserialize_matchspec/1`: exactly `service/operation/gri-pattern`, the pattern
/// `type.id.aspect:scope` (`gri:deserialize_pattern/1`; each part may be `*`). The pattern is
/// answered as the token writes it.
fn api_matchspec(spec: &str) -> Result<(), TokenError> {
    let unknown = TokenError::UnknownCaveat;
    let [service, operation, gri] = spec.split('/').collect::<Vec<_>>()[..] else {
        return Err(unknown);
    };
    if !matches!(service, "all" | "ozw" | "ozp" | "opw" | "opp")
        || !matches!(operation, "all" | "create" | "get" | "update" | "delete")
    {
        return Err(unknown);
    }
    let (path, scope) = gri.rsplit_once(':').ok_or(TokenError::UnknownCaveat)?;
    if scope.is_empty() || path.splitn(3, '.').filter(|part| !part.is_empty()).count() != 3 {
        return Err(TokenError::UnknownCaveat);
    }
    Ok(())
}
