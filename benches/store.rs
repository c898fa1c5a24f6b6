//! Benchmarks that need the store: authenticating a request (Basic on a cache hit, an
//! access token) with the SQLite store's cached reads, and the join transaction (durable:
//! synchronous = FULL, so each join waits for its commit to reach the disk).
//! Run with `cargo bench --bench store`.

use criterion::{Criterion, criterion_group, criterion_main};
use hyper::HeaderMap;
use hyper::header::HeaderValue;
use onezone_tokens::auth::{Authenticator, password};
use onezone_tokens::server::issue_access_token;
use onezone_tokens::store::{Invitation, SqliteStore, Store};
use std::sync::Arc;
use std::time::Duration;

const USERS: usize = 200_000;

fn join(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::TempDir::new().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let owner = runtime
        .block_on(store.add_user("owner", "$argon2id$unused"))
        .unwrap();
    let space_id = runtime
        .block_on(store.create_space("bench", &owner))
        .unwrap();
    // Users to join with, seeded in one transaction (one commit, not one per user).
    let mut db = rusqlite::Connection::open(store.path()).unwrap();
    let tx = db.transaction().unwrap();
    let users: Vec<String> = (0..USERS).map(|n| format!("{n:032x}")).collect();
    for (n, id) in users.iter().enumerate() {
        tx.execute(
            "INSERT INTO users (id, name, password_hash, created_at) VALUES (?1, ?2, 'x', 0)",
            (id, format!("bench-{n}")),
        )
        .unwrap();
    }
    tx.commit().unwrap();
    drop(db);
    let invitation = Invitation {
        token_id: "AAAAAAAAAAAAAAAAAAAAAA".into(),
        space_id,
        inviter_id: owner,
        epoch: 0,
        max_uses: u32::MAX,
        named: false,
    };
    let mut group = c.benchmark_group("store");
    group.bench_function("default_space (cached read)", |b| {
        b.iter(|| {
            runtime
                .block_on(store.default_space(&invitation.inviter_id))
                .unwrap()
        })
    });
    group.finish();

    // Authentication as a request meets it: headers in, user id out.
    let hash = password::hash("bench-password").unwrap();
    let alice = runtime.block_on(store.add_user("alice", &hash)).unwrap();
    let authenticator = Authenticator::new(Arc::new(store.clone()));
    let mut basic = HeaderMap::new();
    // alice:bench-password
    basic.insert(
        "authorization",
        HeaderValue::from_static("Basic YWxpY2U6YmVuY2gtcGFzc3dvcmQ="),
    );
    // The first check runs argon2id and fills the cache.
    assert_eq!(
        runtime
            .block_on(authenticator.authenticate(&basic))
            .unwrap()
            .user_id,
        alice
    );
    let token = runtime
        .block_on(issue_access_token(&store, &alice, 3600, 1000))
        .unwrap()
        .token;
    let mut x_auth = HeaderMap::new();
    x_auth.insert("x-auth-token", HeaderValue::from_str(&token).unwrap());
    let mut group = c.benchmark_group("auth");
    group.bench_function("Basic credentials (cache hit)", |b| {
        b.iter(|| {
            runtime
                .block_on(authenticator.authenticate(&basic))
                .unwrap()
        })
    });
    group.bench_function("X-Auth-Token (verify + cached store reads)", |b| {
        b.iter(|| {
            runtime
                .block_on(authenticator.authenticate(&x_auth))
                .unwrap()
        })
    });
    group.finish();

    let mut next = users.iter();
    let mut group = c.benchmark_group("store");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    group.bench_function("join_space (durable commit)", |b| {
        b.iter(|| {
            let user = next.next().expect("more seeded users than joins");
            let joined = runtime
                .block_on(store.join_space(&invitation, user))
                .unwrap();
            assert_eq!(joined, Ok(()));
        })
    });
    group.finish();
}

criterion_group!(benches, join);
criterion_main!(benches);
