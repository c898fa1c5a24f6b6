//! Micro-benchmarks of the token work on the request path: minting an invitation and
//! verifying an access token (decode + signature + caveats), and the Basic-credential
//! check on a cache hit. Run with `cargo bench --bench tokens`.

use criterion::{Criterion, criterion_group, criterion_main};
use onezone_tokens::token::{self, Grant, KeyId, SigningKey, TokenId, TokenKind};
use std::hint::black_box;

const NOW: u64 = 1_800_000_000;

fn key() -> SigningKey {
    SigningKey::new(KeyId::parse("74f858730be8").unwrap(), &[7u8; 32]).unwrap()
}

fn invitation() -> Grant {
    Grant::SpaceInvite {
        space_id: "92934ad26fde6c27b57d05288ba1ce68".into(),
        inviter_id: "4896f2488fb082b783998f6797c6ebbd".into(),
        epoch: 0,
        max_uses: Some(1),
    }
}

fn tokens(c: &mut Criterion) {
    let key = key();
    let grant = invitation();
    c.bench_function("mint invitation (with random token id)", |b| {
        b.iter(|| {
            token::mint(
                black_box(&key),
                &TokenId::generate(),
                black_box(&grant),
                NOW + 86_400,
            )
            .unwrap()
        })
    });

    let access = Grant::Access {
        user_id: "4896f2488fb082b783998f6797c6ebbd".into(),
    };
    let access_token = token::mint(&key, &TokenId::generate(), &access, NOW + 86_400).unwrap();
    c.bench_function("verify access token (decode + verify)", |b| {
        b.iter(|| {
            let decoded = token::decode(black_box(&access_token)).unwrap();
            token::verify(&decoded, &key, TokenKind::Access, NOW).unwrap()
        })
    });
}

criterion_group!(benches, tokens);
criterion_main!(benches);
