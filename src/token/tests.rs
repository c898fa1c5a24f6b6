use super::*;
use base64::engine::general_purpose::{STANDARD, URL_SAFE};

const NOW: u64 = 1_800_000_000;

fn key(id: &str, secret: &[u8; 32]) -> SigningKey {
    SigningKey::new(KeyId::parse(id).unwrap(), secret).unwrap()
}

fn invite() -> Grant {
    invite_for(Some(1))
}

fn invite_for(max_uses: Option<u32>) -> Grant {
    Grant::SpaceInvite {
        space_id: "5f1d0a7c9e2b4d6f8a1c3e5b7d9f0a2c".into(),
        inviter_id: "0a2c5f1d7c9e2b4d6f8a1c3e5b7d9f0a".into(),
        epoch: 3,
        max_uses,
    }
}

fn minted(grant: &Grant, expires_at: u64) -> (SigningKey, TokenId, String) {
    let key = key("a1b2c3", &[7u8; 32]);
    let token_id = TokenId::generate();
    let token = mint(&key, &token_id, grant, expires_at).unwrap();
    (key, token_id, token)
}

fn packets(token: &str) -> Vec<Vec<u8>> {
    let binary = URL_SAFE_NO_PAD.decode(token).unwrap();
    let mut packets = Vec::new();
    let mut rest = &binary[..];
    while !rest.is_empty() {
        let size = usize::from_str_radix(std::str::from_utf8(&rest[..4]).unwrap(), 16).unwrap();
        packets.push(rest[..size].to_vec());
        rest = &rest[size..];
    }
    packets
}

fn encode(packets: &[Vec<u8>]) -> String {
    URL_SAFE_NO_PAD.encode(packets.concat())
}

fn decode_and_verify(key: &SigningKey, token: &str, kind: TokenKind) -> Result<Claims, TokenError> {
    verify(&decode(token)?, key, kind, NOW)
}

#[test]
fn minted_invitation_has_the_seed_layout() {
    let (key, token_id, token) = minted(&invite(), NOW + 60);
    assert!(token.starts_with("MDAx"), "{token}");
    assert!(!token.contains('=') && !token.contains('+') && !token.contains('/'));
    let packets = packets(&token);
    let text: Vec<String> = packets
        .iter()
        .map(|p| String::from_utf8_lossy(&p[4..]).into_owned())
        .collect();
    assert_eq!(text[0], "location onezone\n");
    assert_eq!(text[1], format!("identifier oz1:a1b2c3:{token_id}\n"));
    assert_eq!(text[2], "cid type = space_invite\n");
    assert_eq!(text[3], "cid space = 5f1d0a7c9e2b4d6f8a1c3e5b7d9f0a2c\n");
    assert_eq!(text[4], "cid inviter = 0a2c5f1d7c9e2b4d6f8a1c3e5b7d9f0a\n");
    assert_eq!(text[5], "cid epoch = 3\n");
    assert_eq!(text[6], "cid uses <= 1\n");
    assert_eq!(text[7], format!("cid time < {}\n", NOW + 60));
    assert!(text[8].starts_with("signature "));
    assert_eq!(packets[8].len(), 4 + "signature ".len() + 32 + 1);
    assert_eq!(packets.len(), 9);
    let _ = key;
}

#[test]
fn round_trip_invitation_and_access() {
    for grant in [
        invite(),
        Grant::Access {
            user_id: "u-1_A".into(),
        },
    ] {
        let (key, token_id, token) = minted(&grant, NOW + 3600);
        let claims = decode_and_verify(&key, &token, grant.kind()).unwrap();
        assert_eq!(claims.grant, grant);
        assert_eq!(claims.token_id, token_id);
        assert_eq!(claims.key_id, *key.id());
        assert_eq!(claims.expires_at, NOW + 3600);
    }
}

#[test]
fn expiry_is_exclusive_at_the_boundary_second() {
    let (key, _, token) = minted(&invite(), NOW);
    let decoded = decode(&token).unwrap();
    assert!(verify(&decoded, &key, TokenKind::SpaceInvite, NOW - 1).is_ok());
    assert_eq!(
        verify(&decoded, &key, TokenKind::SpaceInvite, NOW),
        Err(TokenError::Expired)
    );
    assert_eq!(
        verify(&decoded, &key, TokenKind::SpaceInvite, NOW + 1),
        Err(TokenError::Expired)
    );
}

#[test]
fn token_ids_are_random_and_128_bits() {
    let a = TokenId::generate();
    let b = TokenId::generate();
    assert_ne!(a, b);
    assert_eq!(URL_SAFE_NO_PAD.decode(a.as_str()).unwrap().len(), 16);
}

#[test]
fn wrong_kind_is_refused_both_ways() {
    let (key, _, invitation) = minted(&invite(), NOW + 60);
    assert_eq!(
        decode_and_verify(&key, &invitation, TokenKind::Access),
        Err(TokenError::WrongKind {
            expected: TokenKind::Access,
            found: TokenKind::SpaceInvite
        })
    );
    let access = Grant::Access {
        user_id: "someone".into(),
    };
    let (key, _, access) = minted(&access, NOW + 60);
    assert!(matches!(
        decode_and_verify(&key, &access, TokenKind::SpaceInvite),
        Err(TokenError::WrongKind { .. })
    ));
}

#[test]
fn wrong_kind_wins_over_expiry() {
    let (key, _, invitation) = minted(&invite(), NOW - 10);
    assert!(matches!(
        decode_and_verify(&key, &invitation, TokenKind::Access),
        Err(TokenError::WrongKind { .. })
    ));
}

#[test]
fn another_key_or_another_key_id_fails() {
    let (_, _, token) = minted(&invite(), NOW + 60);
    let same_id_other_secret = key("a1b2c3", &[8u8; 32]);
    assert_eq!(
        decode_and_verify(&same_id_other_secret, &token, TokenKind::SpaceInvite),
        Err(TokenError::BadSignature)
    );
    let other_id_same_secret = key("ffff", &[7u8; 32]);
    assert_eq!(
        decode_and_verify(&other_id_same_secret, &token, TokenKind::SpaceInvite),
        Err(TokenError::UnknownKey)
    );
}

#[test]
fn tampering_with_any_packet_fails() {
    let (key, _, token) = minted(&invite(), NOW + 60);
    let original = packets(&token);
    for (index, packet) in original.iter().enumerate() {
        // Change the last byte of the value (before the newline) in every packet.
        for replacement in [b'0', b'Z', b'\x00'] {
            let mut tampered = original.clone();
            let at = packet.len() - 2;
            if tampered[index][at] == replacement {
                continue;
            }
            tampered[index][at] = replacement;
            let result = decode_and_verify(&key, &encode(&tampered), TokenKind::SpaceInvite);
            assert!(result.is_err(), "packet {index} tampered still verifies");
        }
    }
}

#[test]
fn removing_or_reordering_caveats_fails() {
    let (key, _, token) = minted(&invite(), NOW + 60);
    let original = packets(&token);
    for caveat in 2..=7 {
        let mut without = original.clone();
        without.remove(caveat);
        assert!(decode_and_verify(&key, &encode(&without), TokenKind::SpaceInvite).is_err());
    }
    let mut swapped = original.clone();
    swapped.swap(2, 3);
    assert_eq!(
        decode_and_verify(&key, &encode(&swapped), TokenKind::SpaceInvite),
        Err(TokenError::BadSignature)
    );
}

#[test]
fn attenuated_tokens_with_extra_caveats_are_refused() {
    let (key, _, token) = minted(&invite(), NOW + 60);
    // A holder can add caveats with any macaroon library; the signature then still checks,
    // but this server only accepts exactly the caveats it mints.
    for extra in [
        "time < 1900000000".to_string(),
        "account = 3735928559".to_string(),
        "space = another".to_string(),
        "epoch = 3".to_string(),
        "time <  1900000000".to_string(),
    ] {
        let mut macaroon = Macaroon::deserialize(&token).unwrap();
        macaroon.add_first_party_caveat(extra.as_str()).unwrap();
        let attenuated = serialize(&macaroon).unwrap();
        assert_eq!(
            decode_and_verify(&key, &attenuated, TokenKind::SpaceInvite),
            Err(TokenError::UnknownCaveat),
            "{extra}"
        );
    }
}

#[test]
fn caveat_grammar_is_exact() {
    for good in [
        "time < 0",
        "time < 9",
        "time < 10",
        "time < 1496140144",
        "time < 18446744073709551615",
        "epoch = 0",
        "epoch = 100",
        "type = access",
        "type = space_invite",
        "space = a-b_C9",
        "inviter = 560c30299c684930f0f5c69c79ef4d98",
        "user = u1",
        "uses <= 1",
        "uses <= 4294967295",
    ] {
        let caveat = Caveat::parse(good.as_bytes()).unwrap();
        assert_eq!(caveat.to_string(), good);
        let mut written = b"prefix".to_vec();
        caveat.write_to(&mut written);
        assert_eq!(written, format!("prefix{good}").into_bytes());
    }
    for bad in [
        "time < 01496140144",
        "time < +1496140144",
        "time < -1",
        "time <1496140144",
        "time  < 1496140144",
        "time < 1496140144 ",
        "time < 18446744073709551616",
        "time > 1496140144",
        "time < 2017-05-30T10:29:04Z",
        "type = admin",
        "type=access",
        "space = ",
        "space = a b",
        "space = a\nb",
        "user = ../etc",
        "unknown = x",
        "epoch = 01",
        "epoch = -1",
        "uses <= 0",
        "uses <= 01",
        "uses <= 4294967296",
        "uses < 5",
        "uses = 5",
        "uses <=5",
        "",
    ] {
        assert_eq!(
            Caveat::parse(bad.as_bytes()),
            Err(TokenError::UnknownCaveat),
            "{bad:?}"
        );
    }
    assert_eq!(
        Caveat::parse(b"type = \xff"),
        Err(TokenError::UnknownCaveat)
    );
}

#[test]
fn malformed_tokens_are_refused_before_any_key_is_needed() {
    let (_, _, token) = minted(&invite(), NOW + 60);
    let binary = URL_SAFE_NO_PAD.decode(&token).unwrap();
    let padded = URL_SAFE.encode(&binary);
    let standard = STANDARD.encode(&binary);
    let v2 = Macaroon::deserialize(&token)
        .unwrap()
        .serialize(Format::V2)
        .unwrap();
    let cases = [
        String::new(),
        "not a token".into(),
        token[..token.len() - 5].to_string(),
        format!("{token}A"),
        format!(" {token}"),
        format!("{token}\n"),
        padded,
        standard
            .trim_end_matches('=')
            .replace('-', "+")
            .replace('_', "/"),
        URL_SAFE_NO_PAD.encode(token.as_bytes()),
        v2.trim_end_matches('=').to_string(),
        "eyJ2IjoyfQ".into(),
        "A".repeat(MAX_TOKEN_LEN + 1),
    ];
    for case in cases {
        if case == token {
            continue;
        }
        assert!(
            matches!(decode(&case), Err(TokenError::Malformed(_))),
            "{case:?} -> {:?}",
            decode(&case)
        );
    }
}

#[test]
fn location_must_be_onezone() {
    let secret = [7u8; 32];
    let root = MacaroonKey::generate(&secret);
    let identifier = format!("oz1:a1b2c3:{}", TokenId::generate());
    let macaroon = Macaroon::create(Some("elsewhere"), &root, identifier).unwrap();
    let token = serialize(&macaroon).unwrap();
    assert_eq!(
        decode(&token).map(|_| ()),
        Err(TokenError::Malformed("wrong location"))
    );
}

#[test]
fn short_secrets_are_refused() {
    assert_eq!(
        SigningKey::new(KeyId::generate(), &[1u8; 31]).map(|_| ()),
        Err(TokenError::WeakKey)
    );
}

#[test]
fn debug_output_never_shows_the_key() {
    let key = key("a1b2c3", &[7u8; 32]);
    let shown = format!("{key:?}");
    assert!(shown.contains("a1b2c3"));
    assert!(
        !shown.contains("root_key") && !shown.contains('7'),
        "{shown}"
    );
}

/// The libmacaroons test vectors (tests/vectors/libmacaroons, BSD licence) run through the
/// same chain check that our own tokens go through.
#[test]
fn libmacaroons_vectors() {
    let folder =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/libmacaroons");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "vtest"))
        .collect();
    files.sort();
    assert_eq!(
        files.len(),
        16,
        "expected all 16 vector files in {folder:?}"
    );
    let (mut authorized, mut unauthorized, mut chain_checked) = (0, 0, 0);
    for path in files {
        let vector = Vector::read(&path);
        let exact = vector.exact.clone();
        let result = verify_chain(
            &vector.macaroon,
            &MacaroonKey::generate(vector.key.as_bytes()),
            move |predicate| exact.iter().any(|e| e.as_bytes() == predicate),
        );
        assert_eq!(result.is_ok(), vector.authorized, "{path:?}: {result:?}");
        // The hand-written chain of the hot path computes the same signatures.
        if vector.authorized && vector.macaroon.third_party_caveats().is_empty() {
            let root = v1::RootMac::new(MacaroonKey::generate(vector.key.as_bytes()).as_ref());
            let signature = root.signature(
                vector.macaroon.identifier(),
                first_party_predicates(&vector.macaroon),
            );
            let expected: &[u8; 32] = vector.macaroon.signature().as_ref();
            assert_eq!(&signature, expected, "{path:?}");
            chain_checked += 1;
        }
        if vector.authorized {
            authorized += 1;
        } else {
            unauthorized += 1;
        }
    }
    assert_eq!((authorized, unauthorized), (6, 10));
    assert!(
        chain_checked >= 4,
        "the hand-written chain checked {chain_checked} vectors"
    );
}

struct Vector {
    authorized: bool,
    key: String,
    exact: Vec<String>,
    macaroon: Macaroon,
}

impl Vector {
    fn read(path: &std::path::Path) -> Vector {
        let text = std::fs::read_to_string(path).unwrap();
        let mut lines = text
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'));
        assert!(lines.next().unwrap().starts_with("version "));
        let authorized = match lines.next().unwrap() {
            "authorized" => true,
            "unauthorized" => false,
            other => panic!("{path:?}: unexpected outcome {other:?}"),
        };
        let key = lines
            .next()
            .unwrap()
            .strip_prefix("key ")
            .unwrap()
            .to_owned();
        let mut exact = Vec::new();
        let mut macaroons = Vec::new();
        for line in lines {
            if let Some(predicate) = line.strip_prefix("exact ") {
                exact.push(predicate.to_owned());
            } else if line.starts_with("general ") {
                panic!("{path:?}: general verifiers are not used by these vectors");
            } else {
                macaroons.push(Self::macaroon(line));
            }
        }
        assert_eq!(macaroons.len(), 1, "{path:?}: discharges are not used");
        Vector {
            authorized,
            key,
            exact,
            macaroon: macaroons.remove(0),
        }
    }

    /// A line is base64 of the serialization; V1 is base64 text itself, V2 binary starts
    /// with 0x02 (whatever the file's version line says).
    fn macaroon(line: &str) -> Macaroon {
        let raw = URL_SAFE_NO_PAD
            .decode(line.trim_end_matches('='))
            .or_else(|_| STANDARD.decode(line))
            .unwrap();
        if raw.first() == Some(&2) {
            Macaroon::deserialize_binary(&raw).unwrap()
        } else {
            Macaroon::deserialize(&raw).unwrap()
        }
    }
}

/// The hand-written minting of the hot path (src/token/v1.rs) against `libmacaroon`: the
/// same bytes for the same key, identifier and caveats.
#[test]
fn minting_matches_libmacaroon_byte_for_byte() {
    let secret = [7u8; 32];
    let key = key("a1b2c3", &secret);
    for grant in [
        invite(),
        Grant::Access {
            user_id: "u-1_A".into(),
        },
        Grant::JoinSpace {
            named: true,
            space_id: "s-1".into(),
            inviter_id: "u-2".into(),
            epoch: 3,
            consumers: vec!["u-3".into(), "u-4".into()],
            ips: vec![
                "127.0.0.2/32".parse().unwrap(),
                "10.0.0.0/8".parse().unwrap(),
            ],
        },
        Grant::JoinSpace {
            named: false,
            space_id: "s-1".into(),
            inviter_id: "u-2".into(),
            epoch: 0,
            consumers: Vec::new(),
            ips: Vec::new(),
        },
    ] {
        for expires_at in [0, 9, NOW, u64::MAX] {
            let token_id = TokenId::generate();
            let ours = mint(&key, &token_id, &grant, expires_at).unwrap();
            let mut reference = Macaroon::create(
                Some(LOCATION),
                &MacaroonKey::generate(&secret),
                format!("oz1:a1b2c3:{token_id}"),
            )
            .unwrap();
            for caveat in caveats::for_grant(&grant, expires_at) {
                reference
                    .add_first_party_caveat(caveat.to_string())
                    .unwrap();
            }
            assert_eq!(ours, serialize(&reference).unwrap());
        }
    }
}

/// The strict fast decoder and the `libmacaroon` decoder read our tokens the same way.
#[test]
fn fast_and_reference_decoders_agree() {
    for grant in [
        invite(),
        Grant::Access {
            user_id: "u-1_A".into(),
        },
    ] {
        let (key, _, token) = minted(&grant, NOW + 60);
        let fast = decode(&token).unwrap();
        let binary = URL_SAFE_NO_PAD.decode(&token).unwrap();
        let reference = decode_with_libmacaroon(&token, &binary).unwrap();
        assert_eq!(fast.identifier(), reference.identifier());
        assert_eq!(fast.caveat_predicates(), reference.caveat_predicates());
        assert_eq!(fast.signature, reference.signature);
        assert_eq!(
            verify(&fast, &key, grant.kind(), NOW),
            verify(&reference, &key, grant.kind(), NOW)
        );
    }
}

#[test]
fn the_use_limit_travels_with_the_invitation() {
    for uses in [1, 5, u32::MAX] {
        let grant = invite_for(Some(uses));
        let (key, _, token) = minted(&grant, NOW + 60);
        let claims = decode_and_verify(&key, &token, TokenKind::SpaceInvite).unwrap();
        assert_eq!(claims.grant.allowed_uses(), Some(uses));
        assert!(
            decode(&token)
                .unwrap()
                .caveat_predicates()
                .contains(&format!("uses <= {uses}"))
        );
    }
}

#[test]
fn an_invitation_without_a_use_limit_is_single_use() {
    // Invitations minted before the caveat existed carry none.
    let legacy = invite_for(None);
    let (key, _, token) = minted(&legacy, NOW + 60);
    assert!(
        !decode(&token)
            .unwrap()
            .caveat_predicates()
            .iter()
            .any(|c| c.starts_with("uses"))
    );
    let claims = decode_and_verify(&key, &token, TokenKind::SpaceInvite).unwrap();
    assert_eq!(claims.grant, legacy);
    assert_eq!(claims.grant.allowed_uses(), Some(1));
}

#[test]
fn a_holder_cannot_append_a_use_limit() {
    // A holder of a legacy (single-use) invitation appends `uses <= 1000` with any
    // macaroon library: the chain still checks, but the caveat stands after `time <`,
    // out of the minted order, and is refused.
    let legacy = invite_for(None);
    let (key, _, token) = minted(&legacy, NOW + 60);
    let mut macaroon = Macaroon::deserialize(&token).unwrap();
    macaroon.add_first_party_caveat("uses <= 1000").unwrap();
    let attenuated = serialize(&macaroon).unwrap();
    assert_eq!(
        decode_and_verify(&key, &attenuated, TokenKind::SpaceInvite),
        Err(TokenError::UnknownCaveat)
    );
    // And access tokens never carry one.
    let (key, _, token) = minted(
        &Grant::Access {
            user_id: "u1".into(),
        },
        NOW + 60,
    );
    let mut macaroon = Macaroon::deserialize(&token).unwrap();
    macaroon.add_first_party_caveat("uses <= 1000").unwrap();
    assert_eq!(
        decode_and_verify(&key, &serialize(&macaroon).unwrap(), TokenKind::Access),
        Err(TokenError::UnknownCaveat)
    );
}

fn join_space(named: bool) -> Grant {
    Grant::JoinSpace {
        named,
        space_id: "5f1d0a7c9e2b4d6f8a1c3e5b7d9f0a2c".into(),
        inviter_id: "0a2c5f1d7c9e2b4d6f8a1c3e5b7d9f0a".into(),
        epoch: 3,
        consumers: vec!["u1".into(), "u2".into()],
        ips: vec![
            "127.0.0.2/32".parse().unwrap(),
            "10.0.0.0/8".parse().unwrap(),
        ],
    }
}

#[test]
fn onezone_model_invitations_write_ctools_grammar_and_round_trip() {
    let (key, token_id, token) = minted(&join_space(true), NOW + 60);
    let decoded = decode(&token).unwrap();
    assert_eq!(
        decoded.caveat_predicates(),
        vec![
            "type = space_invite",
            "space = 5f1d0a7c9e2b4d6f8a1c3e5b7d9f0a2c",
            "inviter = 0a2c5f1d7c9e2b4d6f8a1c3e5b7d9f0a",
            "epoch = 3",
            "persistence = named",
            "consumer = usr-u1|usr-u2",
            "ip = 127.0.0.2/32|10.0.0.0/8",
            &format!("time < {}", NOW + 60),
        ]
    );
    let claims = decode_and_verify(&key, &token, TokenKind::SpaceInvite).unwrap();
    assert_eq!(claims.token_id, token_id);
    assert_eq!(claims.grant, join_space(true));
    // A named one may go without a time caveat; a temporary one may not be minted so.
    let (key, _, forever) = minted(&join_space(true), NO_EXPIRY);
    assert!(!forever.is_empty());
    let claims = decode_and_verify(&key, &forever, TokenKind::SpaceInvite).unwrap();
    assert_eq!(claims.expires_at, NO_EXPIRY);
    let (key, _, temporary) = minted(&join_space(false), NOW + 60);
    assert!(decode(&temporary).unwrap().caveat_predicates()[4] == "persistence = temporary");
    assert_eq!(
        decode_and_verify(&key, &temporary, TokenKind::SpaceInvite)
            .unwrap()
            .grant,
        join_space(false)
    );
}

#[test]
fn consumer_and_ip_caveats_are_strict() {
    for bad in [
        "consumer = u1",
        "consumer = usr-",
        "consumer = usr-a||usr-b",
        "consumer = grp-a",
        "ip = 127.0.0.1",
        "ip = 127.0.0.1/33",
        "ip = 10.0.0.1/8",
        "ip = ",
        "persistence = forever",
    ] {
        assert_eq!(
            Caveat::parse(bad.as_bytes()),
            Err(TokenError::UnknownCaveat),
            "{bad}"
        );
    }
    assert_eq!(
        Caveat::parse(b"ip = ::1/128|10.0.0.0/8")
            .unwrap()
            .to_string(),
        "ip = ::1/128|10.0.0.0/8"
    );
}

#[test]
fn the_mints_encoder_writes_what_the_decoder_reads_at_every_length() {
    // Two crates: `base64-simd` encodes a mint, `base64` decodes (canonical-only). They
    // must spell every input the same, on both sides of each SIMD block size.
    let bytes: Vec<u8> = (0..1100u32).map(|i| (i * 131 % 256) as u8).collect();
    for len in 0..=bytes.len() {
        let ours = base64_simd::URL_SAFE_NO_PAD.encode_to_string(&bytes[..len]);
        assert_eq!(ours, URL_SAFE_NO_PAD.encode(&bytes[..len]), "length {len}");
        assert_eq!(URL_SAFE_NO_PAD.decode(&ours).unwrap(), &bytes[..len]);
    }
}
