//! Every vector of `tests/vectors/onezone/tokens.json` (real tokens minted by Onezone's
//! ctool, with the inputs that made them) read back, and the ways a token can be broken.

use super::*;
use serde_json::Value;

const VECTORS: &str = include_str!("../../../tests/vectors/onezone/tokens.json");

fn vectors() -> Vec<Value> {
    let vectors: Vec<Value> = serde_json::from_str(VECTORS).unwrap();
    assert_eq!(vectors.len(), 11, "the vector file changed");
    vectors
}

fn str_field<'a>(vector: &'a Value, path: &[&str]) -> &'a str {
    let mut value = vector;
    for key in path {
        value = &value[*key];
    }
    value
        .as_str()
        .unwrap_or_else(|| panic!("{path:?} in {}", vector["name"]))
}

#[test]
fn every_vector_examines_to_its_inputs() {
    for vector in vectors() {
        let name = str_field(&vector, &["name"]);
        let token = str_field(&vector, &["serialized"]);
        let seen = examine(token).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            seen.onezone_domain,
            str_field(&vector, &["onezone_domain"]),
            "{name}"
        );
        assert_eq!(seen.id, str_field(&vector, &["id"]), "{name}");
        assert_eq!(
            seen.identifier,
            str_field(&vector, &["identifier"]),
            "{name}"
        );
        let persistence = match str_field(&vector, &["persistence", "kind"]) {
            "named" => Persistence::Named,
            "temporary" => Persistence::Temporary {
                generation: vector["persistence"]["generation"].as_u64().unwrap(),
            },
            other => panic!("{name}: persistence {other}"),
        };
        assert_eq!(seen.persistence, persistence, "{name}");
        assert_eq!(
            seen.subject.kind,
            str_field(&vector, &["subject", "type"]),
            "{name}"
        );
        assert_eq!(
            seen.subject.id.as_deref(),
            Some(str_field(&vector, &["subject", "id"])),
            "{name}"
        );
        assert_eq!(seen.token_type, vector["type"]["json"], "{name}");
        let predicates: Vec<String> = serde_json::from_value(vector["caveats"].clone()).unwrap();
        assert_eq!(seen.caveat_predicates, predicates, "{name}");
        assert_eq!(seen.caveats.len(), predicates.len(), "{name}");
        assert_eq!(seen.service_indication, None, "{name}");
    }
}

#[test]
fn every_vector_verifies_with_its_secret_and_not_without() {
    for vector in vectors() {
        let name = str_field(&vector, &["name"]);
        let token = str_field(&vector, &["serialized"]);
        let secret = str_field(&vector, &["secret", "string"]).as_bytes();
        assert!(verify_signature(token, secret).unwrap(), "{name}");
        // The signature packet holds exactly the vector's signature.
        let read = read(token).unwrap();
        assert_eq!(
            read.packets.signature.to_vec(),
            decode_hex(str_field(&vector, &["signature_hex"])),
            "{name}"
        );
        let mut wrong = secret.to_vec();
        *wrong.last_mut().unwrap() ^= 1;
        assert!(!verify_signature(token, &wrong).unwrap(), "{name}");
    }
}

fn decode_hex(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// Rebuilds a token the way ctool's `tokens:serialize/1` does, from decoded packets.
fn reserialize(binary: &[u8]) -> String {
    let base64 = URL_SAFE_NO_PAD.encode(binary);
    let mut out = String::new();
    for c in base64.chars() {
        match c {
            '0' => out.push_str("00"),
            '_' => out.push_str("01"),
            '-' => out.push_str("02"),
            c => out.push(c),
        }
    }
    out
}

fn decoded(token: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD
        .decode(base62_to_base64(token).unwrap())
        .unwrap()
}

#[test]
fn any_changed_byte_of_the_macaroon_fails_verification() {
    let vector = &vectors()[0];
    let token = str_field(vector, &["serialized"]);
    let secret = str_field(vector, &["secret", "string"]).as_bytes();
    let binary = decoded(token);
    assert_eq!(reserialize(&binary), token, "the rebuild is exact");
    // libmacaroons signs the identifier and the caveats, not the location (the Onezone
    // domain): a changed domain still verifies, as it does for Onezone (docs/TOKENS.md).
    let location = read(token).unwrap().location;
    let mut refused = 0;
    for i in (0..binary.len()).filter(|i| !location.contains(i)) {
        let mut changed = binary.clone();
        changed[i] ^= 1;
        // A change may break the packets (an error) or keep them readable (bad signature);
        // it never verifies.
        match verify_signature(&reserialize(&changed), secret) {
            Ok(true) => panic!("byte {i} changed and the token still verifies"),
            Ok(false) | Err(_) => refused += 1,
        }
    }
    assert_eq!(refused, binary.len() - location.len());
    let mut moved = binary.clone();
    moved[location.start] = b'D';
    let moved = reserialize(&moved);
    assert!(verify_signature(&moved, secret).unwrap());
    assert_eq!(
        examine(&moved).unwrap().onezone_domain,
        "Domain.example.com"
    );
}

#[test]
fn the_json_caveats_are_ctools() {
    let vector = &vectors()[0];
    let seen = examine(str_field(vector, &["serialized"])).unwrap();
    assert_eq!(
        Value::from(seen.caveats),
        json!([
            {"type": "time", "validUntil": 8374891234u64},
            {"type": "ip", "whitelist": ["172.98.11.23/32"]},
            {"type": "asn", "whitelist": [322]},
            {"type": "geo.country", "filter": "whitelist", "list": ["PL", "FR"]},
            {"type": "geo.region", "filter": "whitelist", "list": ["Asia", "EU"]},
            {"scope": "identityToken"},
            {"type": "service", "whitelist": ["ozw-onezone"]},
            {"type": "consumer", "whitelist": ["usr-user-id", "grp-group-id"]},
            {"type": "interface", "interface": "graphsync"},
            {"type": "api", "whitelist": ["all/all/*.*.*:*"]},
            {"type": "data.readonly"},
            {"type": "data.path", "whitelist": [
                "L3NwYWNlMS9maWxlMS50eHQ=", "L3NwYWNlMi9kaXIvZmlsZTIudHh0"]},
            {"type": "data.objectid", "whitelist": ["00000000000CDBDA677569642331323323616263"]},
        ])
    );
}

#[test]
fn examine_serializes_with_onezones_field_names() {
    let vector = vectors()
        .into_iter()
        .find(|v| v["name"].as_str().unwrap().ends_with(":user_join_space"))
        .unwrap();
    let seen = examine(str_field(&vector, &["serialized"])).unwrap();
    assert_eq!(
        serde_json::to_value(&seen).unwrap(),
        json!({
            "onezoneDomain": vector["onezone_domain"],
            "id": vector["id"],
            "persistence": "named",
            "subject": {"type": "user", "id": "invitation-sender"},
            "type": {"inviteToken": {
                "inviteType": "userJoinSpace", "spaceId": "SpaceId", "parameters": {}}},
            "caveats": [],
        })
    );
    let first = examine(str_field(&vectors()[0], &["serialized"])).unwrap();
    let json = serde_json::to_value(&first).unwrap();
    assert_eq!(json["persistence"], "temporary");
    assert_eq!(
        json["type"],
        json!({"accessToken": {"sessionId": "sessId"}})
    );
}

#[test]
fn the_oneprovider_service_prefix_is_read_and_unknown_ones_refused() {
    let vector = &vectors()[1];
    let token = str_field(vector, &["serialized"]);
    let secret = str_field(vector, &["secret", "string"]).as_bytes();
    for prefix in ["opw", "opp"] {
        let prefixed = format!("{prefix}-{token}");
        let seen = examine(&prefixed).unwrap();
        assert_eq!(seen.service_indication, Some(prefix));
        assert_eq!(seen.subject.kind, "oneprovider");
        assert!(verify_signature(&prefixed, secret).unwrap());
    }
    assert_eq!(
        examine(&format!("ozw-{token}")),
        Err(TokenError::Malformed(
            "unknown service prefix (only opw- and opp- exist)"
        ))
    );
}

#[test]
fn broken_tokens_are_clean_errors() {
    let token = str_field(&vectors()[0], &["serialized"]).to_owned();
    let malformed = |t: &str| match examine(t) {
        Err(TokenError::Malformed(why)) => why,
        other => panic!("{t:.40}: {other:?}"),
    };
    assert_eq!(malformed(""), "empty token");
    // Whitespace is not part of a token (ctool does not trim either).
    assert!(examine(&format!(" {token}")).is_err());
    assert!(examine(&format!("{token}\n")).is_err());
    // A 0 escape followed by 6-9, a letter, or nothing.
    let zero = token.find("00").unwrap();
    for bad in ["06", "09", "0a", "0Z"] {
        let mut broken = token.clone();
        broken.replace_range(zero..zero + 2, bad);
        assert!(malformed(&broken).starts_with("bad base62 escape"), "{bad}");
    }
    assert!(malformed(&format!("{token}0")).starts_with("bad base62 escape"));
    // Padding (an escaped `=`), which Onezone never writes.
    assert!(malformed(&format!("{token}05")).starts_with("not unpadded base64url"));
    // A character base64url does not have.
    assert!(malformed(&format!("{token}*")).starts_with("not unpadded base64url"));
    // Packets cut short anywhere: every prefix of the macaroon is refused.
    let binary = decoded(&token);
    for end in 0..binary.len() {
        assert!(
            examine(&reserialize(&binary[..end])).is_err(),
            "cut at {end}"
        );
    }
    // Over ctool's 1 MiB limit, before any decoding.
    let huge = "A".repeat(MAX_TOKEN_SIZE + 1);
    assert_eq!(malformed(&huge), "token larger than Onezone's 1 MiB limit");
    // One of our own tokens is not one of Onezone's.
    assert!(examine("MDAxNWxvY2F0aW9uIG9uZXpvbmUKMDAzYmlkZW50aWZpZXIgOEhmSEFSSGdrbHFCa1pWSTRsNk1CVHZTU3Z0OThwcHA2OTQ4czhRN1NPawowMDFhY2lkIHRpbWUgPCAxNDk2MTQwMTQ0CjAwMmZzaWduYXR1cmUg88OIBmav38YI0Z2-dw-fvrZ3XP-J0HjCN0taT3_WungK").is_err());
}

/// Builds a token with the given identifier and caveats, signed with `secret`, in Onezone's
/// serialization (what `tokens:construct/3` then `serialize/1` write).
fn forge(identifier: &str, caveats: &[&str], secret: &[u8]) -> String {
    let mut binary = Vec::new();
    v1::write_packet(&mut binary, b"location", |o| {
        o.extend_from_slice(b"zone.test")
    })
    .unwrap();
    v1::write_packet(&mut binary, b"identifier", |o| {
        o.extend_from_slice(identifier.as_bytes())
    })
    .unwrap();
    for caveat in caveats {
        v1::write_packet(&mut binary, b"cid", |o| {
            o.extend_from_slice(caveat.as_bytes())
        })
        .unwrap();
    }
    let root = v1::RootMac::new(MacaroonKey::generate(secret).as_ref());
    let signature = root.signature(identifier.as_bytes(), caveats.iter().map(|c| c.as_bytes()));
    v1::write_packet(&mut binary, b"signature", |o| {
        o.extend_from_slice(&signature)
    })
    .unwrap();
    reserialize(&binary)
}

#[test]
fn identifiers_and_caveats_outside_ctools_grammar_are_refused() {
    let good = "2/nmd/usr-u/ujs:S:/id1";
    assert!(examine(&forge(good, &[], b"s")).is_ok());
    for identifier in [
        "id-only",
        "1/nmd/usr-u/act/id",
        "3/nmd/usr-u/act/id",
        "2/nmd/usr-u/act",
        "2/nmd/usr-u/act/id/more",
        "2/tmp-x/usr-u/act/id",
        "2/nmd/xyz-u/act/id",
        "2/nmd/usr-u/act:/id",
        "2/nmd/usr-u/zzz:S:/id",
        "2/nmd/usr-u/ujs::/id",
        "2/nmd/usr-u/ujs:S/id",
        "2/nmd/usr-u/ssp:S:xx/id",
        "2/nmd/usr-u/act/",
    ] {
        assert!(
            matches!(
                examine(&forge(identifier, &[], b"s")),
                Err(TokenError::Malformed(_))
            ),
            "{identifier}"
        );
    }
    for caveat in [
        "time < soon",
        "ip = 300.1.1.1/32",
        "ip = 10.0.0.0/33",
        "ip = ::1/128",
        "asn = x",
        "geo.country = ",
        "service = xyz-onezone",
        "consumer = someone",
        "interface = ftp",
        "api = all/all/nogri",
        "api = all/all/*.*.*:*/more",
        "api = opw/read/*.*.*:*",
        "data.path = ***",
        "data.objectid = a||b",
        "uses <= 3",
    ] {
        assert_eq!(
            examine(&forge(good, &[caveat], b"s")),
            Err(TokenError::UnknownCaveat),
            "{caveat}"
        );
    }
    let support = examine(&forge("2/nmd/usr-u/ssp:S:nl/id", &[], b"s")).unwrap();
    assert_eq!(
        support.token_type,
        json!({"inviteToken": {"inviteType": "supportSpace", "spaceId": "S",
            "parameters": {"dataWrite": "none", "metadataReplication": "lazy"}}})
    );
    let seen = examine(&forge(
        "2/tmp-0/prv-p/act/id",
        &[
            "ip = 10.1.0.0/16|192.0.2.1",
            "geo.region != Africa",
            "consumer = nobody|prv-*",
        ],
        b"s",
    ))
    .unwrap();
    assert_eq!(seen.persistence, Persistence::Temporary { generation: 0 });
    assert_eq!(
        Value::from(seen.caveats),
        json!([
            {"type": "ip", "whitelist": ["10.1.0.0/16", "192.0.2.1/32"]},
            {"type": "geo.region", "filter": "blacklist", "list": ["Africa"]},
            {"type": "consumer", "whitelist": ["nobody", "prv-*"]},
        ])
    );
}

#[test]
fn arbitrary_input_never_panics() {
    // A cheap deterministic sweep (xorshift): random text in the token alphabet and
    // mutations of a real token, all answered with a value or an error.
    let token = str_field(&vectors()[0], &["serialized"])
        .as_bytes()
        .to_vec();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_+/=*\xc3\xa9 ";
    for _ in 0..3000 {
        let mut input = token.clone();
        for _ in 0..(next() % 4 + 1) {
            let i = (next() as usize) % input.len();
            input[i] = alphabet[(next() as usize) % alphabet.len()];
        }
        let input = String::from_utf8_lossy(&input);
        let _ = examine(&input);
        let _ = verify_signature(&input, b"verySecretSecret1");
        let length = (next() % 64) as usize;
        let random: String = (0..length)
            .map(|_| alphabet[(next() as usize) % 64] as char)
            .collect();
        let _ = examine(&random);
    }
}
