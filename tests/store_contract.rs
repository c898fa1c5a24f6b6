//! The store's contract: the same test bodies run against SQLite (a temporary data
//! directory) and PostgreSQL (a fresh database on `ONEZONE_TEST_DATABASE_URL`), so both
//! backends behave alike. `sqlite::*` and `postgres::*` are the two runs of each body.

mod common;

use common::pg::{self, TestDatabase};
use onezone_tokens::privileges::Privilege;
use onezone_tokens::store::{
    Invitation, JoinRefusal, NamedInvitation, PostgresStore, SqliteStore, Store, StoreError,
    StoredUser, open_store,
};
use onezone_tokens::token::KeyId;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// Where a store lives; `open` gives a new handle on it, as another process (or replica)
/// would have.
enum Backend {
    Sqlite(TempDir),
    Postgres(TestDatabase),
}

impl Backend {
    fn sqlite() -> Backend {
        Backend::Sqlite(TempDir::new().unwrap())
    }

    async fn open(&self) -> Arc<dyn Store> {
        match self {
            Backend::Sqlite(dir) => open_store(None, &dir.path().join("data")).await,
            Backend::Postgres(db) => open_store(Some(&db.url), std::path::Path::new("/")).await,
        }
        .unwrap()
    }
}

macro_rules! contract {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(&super::Backend::sqlite()).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some(db) = super::pg::fresh_database().await else { return };
                    super::$name(&super::Backend::Postgres(db)).await
                }
            )*
        }
    };
}

contract!(
    users_and_logins,
    user_names_are_canonical_listed_and_renamed,
    spaces_defaults_and_leaving,
    members_and_privileges,
    join_adds_a_viewer_and_counts_the_use,
    join_refusals_come_in_order_and_change_nothing,
    usage_limits_above_one,
    fifty_concurrent_joins_over_two_handles_admit_exactly_one,
    access_tokens_are_recorded_listed_and_revoked,
    signing_keys_are_created_once_and_rotate,
    bootstrap_runs_once,
    concurrent_first_starts_bootstrap_once,
    reopening_keeps_everything,
    caps_on_spaces_and_access_tokens_hold_under_concurrency,
    the_sweep_deletes_only_dead_access_tokens_in_bounded_batches,
    named_invitations_are_stored_counted_and_checked,
);

const HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

fn invitation(space_id: &str, inviter_id: &str, epoch: u64, max_uses: u32) -> Invitation {
    Invitation {
        token_id: onezone_tokens::token::TokenId::generate()
            .as_str()
            .to_owned(),
        space_id: space_id.to_owned(),
        inviter_id: inviter_id.to_owned(),
        epoch,
        max_uses,
        named: false,
    }
}

async fn users_and_logins(backend: &Backend) {
    let store = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let login = store.find_login("alice").await.unwrap().unwrap();
    assert_eq!(login.user_id, alice);
    assert_eq!(login.password_hash, HASH);
    assert_eq!(
        store.user_id_by_name("alice").await.unwrap(),
        Some(alice.clone())
    );
    assert!(store.find_login("Alice").await.unwrap().is_none());
    assert!(store.user_id_by_name("nobody").await.unwrap().is_none());
    // What a host's `HostIdentity` is checked with: ids, not names.
    assert!(store.user_exists(&alice).await.unwrap());
    assert!(!store.user_exists("no-such-user").await.unwrap());
    assert!(!store.user_exists("alice").await.unwrap());
    assert!(matches!(
        store.add_user("alice", HASH).await,
        Err(StoreError::AlreadyExists(_))
    ));
    // Seen at once through another handle.
    let other = backend.open().await;
    assert!(other.user_exists(&alice).await.unwrap());
    assert_eq!(other.user_id_by_name("alice").await.unwrap(), Some(alice));
    assert_eq!(
        other.user_spaces("no-such-user").await.unwrap().spaces,
        Vec::<String>::new()
    );
}

async fn user_names_are_canonical_listed_and_renamed(backend: &Backend) {
    let store = backend.open().await;
    let bob = store.add_user("bob", HASH).await.unwrap();
    let alice = store.add_user("alice", HASH).await.unwrap();
    // Only canonical names (RFC 8265) are stored: the caller maps them first.
    for name in ["Alice", "cafe\u{301}", "ali\u{200b}ce"] {
        assert!(
            matches!(
                store.add_user(name, HASH).await,
                Err(StoreError::Invalid(_))
            ),
            "{name:?}"
        );
    }
    let names = |users: Vec<StoredUser>| -> Vec<(String, String)> {
        users.into_iter().map(|u| (u.name, u.user_id)).collect()
    };
    assert_eq!(
        names(store.users().await.unwrap()),
        [
            ("alice".to_owned(), alice.clone()),
            ("bob".to_owned(), bob.clone())
        ]
    );
    // Another handle that has looked `bob` up sees the rename at once.
    let other = backend.open().await;
    assert_eq!(
        other.user_id_by_name("bob").await.unwrap(),
        Some(bob.clone())
    );
    assert!(store.rename_user(&bob, "robert").await.unwrap());
    assert_eq!(other.user_id_by_name("bob").await.unwrap(), None);
    assert_eq!(
        other.find_login("robert").await.unwrap().unwrap().user_id,
        bob
    );
    assert!(matches!(
        store.rename_user(&alice, "robert").await,
        Err(StoreError::AlreadyExists(_))
    ));
    assert!(matches!(
        store.rename_user(&alice, "Robert").await,
        Err(StoreError::Invalid(_))
    ));
    assert!(!store.rename_user("no-such-user", "dan").await.unwrap());
    // Renaming to its own name changes nothing.
    assert!(store.rename_user(&alice, "alice").await.unwrap());
    assert_eq!(
        names(other.users().await.unwrap()),
        [("alice".to_owned(), alice), ("robert".to_owned(), bob)]
    );
}

async fn spaces_defaults_and_leaving(backend: &Backend) {
    let store = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    assert!(store.default_space(&alice).await.unwrap().is_none());
    let first = store.create_space("first", &alice).await.unwrap();
    let second = store.create_space("second", &alice).await.unwrap();
    let spaces = store.user_spaces(&alice).await.unwrap();
    assert_eq!(spaces.spaces, vec![first.clone(), second.clone()]);
    assert_eq!(
        spaces.default,
        Some(first.clone()),
        "the first space is the default"
    );

    let default = store.default_space(&alice).await.unwrap().unwrap();
    assert_eq!(default.space_id, first);
    assert_eq!(default.invite_epoch, 0);
    assert_eq!(default.privileges, Privilege::ALL.to_vec());

    let view = store.user_space(&alice, &second).await.unwrap().unwrap();
    assert_eq!(view.name, "second");
    assert_eq!(view.privileges, Privilege::ALL.to_vec());
    let bob = store.add_user("bob", HASH).await.unwrap();
    assert!(store.user_space(&bob, &second).await.unwrap().is_none());
    assert!(matches!(
        store.create_space("orphan", "no-such-user").await,
        Err(StoreError::NotFound(_))
    ));

    assert!(!store.set_default_space(&bob, &second).await.unwrap());
    assert!(store.set_default_space(&alice, &second).await.unwrap());
    assert_eq!(
        store.user_spaces(&alice).await.unwrap().default,
        Some(second.clone())
    );

    assert!(store.leave_space(&alice, &second).await.unwrap());
    assert!(!store.leave_space(&alice, &second).await.unwrap());
    let spaces = store.user_spaces(&alice).await.unwrap();
    assert_eq!(spaces.spaces, vec![first.clone()]);
    assert_eq!(spaces.default, None, "leaving the default space clears it");
    assert!(store.default_space(&alice).await.unwrap().is_none());

    store.revoke_space_invitations(&first).await.unwrap();
    store.revoke_space_invitations(&first).await.unwrap();
    assert!(store.set_default_space(&alice, &first).await.unwrap());
    assert_eq!(
        store
            .default_space(&alice)
            .await
            .unwrap()
            .unwrap()
            .invite_epoch,
        2
    );
    assert!(matches!(
        store.revoke_space_invitations("no-such-space").await,
        Err(StoreError::NotFound(_))
    ));
}

async fn members_and_privileges(backend: &Backend) {
    let store = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let bob = store.add_user("bob", HASH).await.unwrap();
    let space = store.create_space("space", &alice).await.unwrap();

    store.add_member(&space, &bob, &[]).await.unwrap();
    let membership = store.default_space(&bob).await.unwrap().unwrap();
    assert_eq!(
        membership.space_id, space,
        "a first membership becomes the default"
    );
    assert_eq!(membership.privileges, vec![Privilege::SpaceView]);
    assert!(!membership.has(Privilege::SpaceInviteUser));

    store
        .add_member(&space, &bob, &[Privilege::SpaceInviteUser])
        .await
        .unwrap();
    let membership = store.default_space(&bob).await.unwrap().unwrap();
    assert_eq!(
        membership.privileges,
        vec![Privilege::SpaceView, Privilege::SpaceInviteUser]
    );
    assert_eq!(
        store.user_spaces(&bob).await.unwrap().spaces,
        vec![space.clone()]
    );

    assert!(matches!(
        store.add_member("no-such-space", &bob, &[]).await,
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.add_member(&space, "no-such-user", &[]).await,
        Err(StoreError::NotFound(_))
    ));
}

async fn join_adds_a_viewer_and_counts_the_use(backend: &Backend) {
    let store = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let bob = store.add_user("bob", HASH).await.unwrap();
    let carol = store.add_user("carol", HASH).await.unwrap();
    let space = store.create_space("space", &alice).await.unwrap();
    let single = invitation(&space, &alice, 0, 1);

    assert_eq!(store.join_space(&single, &bob).await.unwrap(), Ok(()));
    let view = store.user_space(&bob, &space).await.unwrap().unwrap();
    assert_eq!(view.privileges, vec![Privilege::SpaceView]);
    assert_eq!(
        store.user_spaces(&bob).await.unwrap().default,
        Some(space.clone())
    );
    // Counted: the single-use token is spent, for every handle.
    let other = backend.open().await;
    assert_eq!(
        other.join_space(&single, &carol).await.unwrap(),
        Err(JoinRefusal::AlreadyUsed)
    );
    assert!(other.user_space(&carol, &space).await.unwrap().is_none());
}

async fn join_refusals_come_in_order_and_change_nothing(backend: &Backend) {
    let store = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let bob = store.add_user("bob", HASH).await.unwrap();
    let viewer = store.add_user("viewer", HASH).await.unwrap();
    let carol = store.add_user("carol", HASH).await.unwrap();
    let space = store.create_space("space", &alice).await.unwrap();
    store.add_member(&space, &viewer, &[]).await.unwrap();

    let join = async |invitation: &Invitation, user: &str| {
        store.join_space(invitation, user).await.unwrap()
    };

    // The space is gone (or never was).
    let gone = invitation("0123456789abcdef0123456789abcdef", &alice, 0, 1);
    assert_eq!(join(&gone, &bob).await, Err(JoinRefusal::SpaceGone));
    // The inviter is not a member, or is one without space_invite_user.
    let stranger = invitation(&space, &carol, 0, 1);
    assert_eq!(
        join(&stranger, &bob).await,
        Err(JoinRefusal::InviterLostPrivilege)
    );
    let by_viewer = invitation(&space, &viewer, 0, 1);
    assert_eq!(
        join(&by_viewer, &bob).await,
        Err(JoinRefusal::InviterLostPrivilege)
    );
    // An old epoch, or a token revoked by id; revocation comes before membership.
    let old_epoch = invitation(&space, &alice, 0, 1);
    store.revoke_space_invitations(&space).await.unwrap();
    assert_eq!(join(&old_epoch, &bob).await, Err(JoinRefusal::Revoked));
    assert_eq!(join(&old_epoch, &viewer).await, Err(JoinRefusal::Revoked));
    let revoked = invitation(&space, &alice, 1, 1);
    store
        .revoke_invitation(&revoked.token_id, &space)
        .await
        .unwrap();
    store
        .revoke_invitation(&revoked.token_id, &space)
        .await
        .unwrap();
    assert_eq!(join(&revoked, &bob).await, Err(JoinRefusal::Revoked));

    // Membership comes before uses, and a refused join does not spend the token.
    let fresh = invitation(&space, &alice, 1, 1);
    assert_eq!(join(&fresh, &viewer).await, Err(JoinRefusal::AlreadyMember));
    assert_eq!(join(&fresh, &bob).await, Ok(()));
    assert_eq!(join(&fresh, &viewer).await, Err(JoinRefusal::AlreadyMember));
    assert_eq!(join(&fresh, &carol).await, Err(JoinRefusal::AlreadyUsed));

    // Nothing changed for the refused.
    assert!(store.user_spaces(&carol).await.unwrap().spaces.is_empty());
    assert_eq!(
        store
            .user_space(&viewer, &space)
            .await
            .unwrap()
            .unwrap()
            .privileges,
        vec![Privilege::SpaceView]
    );

    // The inviter losing the privilege later refuses their still-unused invitations.
    let dave = store.add_user("dave", HASH).await.unwrap();
    store
        .add_member(&space, &viewer, &[Privilege::SpaceInviteUser])
        .await
        .unwrap();
    let from_viewer = invitation(&space, &viewer, 1, 1);
    store.add_member(&space, &viewer, &[]).await.unwrap();
    assert_eq!(
        join(&from_viewer, &dave).await,
        Err(JoinRefusal::InviterLostPrivilege)
    );
}

async fn usage_limits_above_one(backend: &Backend) {
    let store = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let space = store.create_space("space", &alice).await.unwrap();
    let triple = invitation(&space, &alice, 0, 3);
    for index in 0..3 {
        let user = store.add_user(&format!("user{index}"), HASH).await.unwrap();
        assert_eq!(store.join_space(&triple, &user).await.unwrap(), Ok(()));
    }
    let late = store.add_user("late", HASH).await.unwrap();
    assert_eq!(
        store.join_space(&triple, &late).await.unwrap(),
        Err(JoinRefusal::AlreadyUsed)
    );
}

async fn fifty_concurrent_joins_over_two_handles_admit_exactly_one(backend: &Backend) {
    let (first, second) = (backend.open().await, backend.open().await);
    let alice = first.add_user("alice", HASH).await.unwrap();
    let space = first.create_space("space", &alice).await.unwrap();
    let single = invitation(&space, &alice, 0, 1);
    let mut users = Vec::new();
    for index in 0..50 {
        users.push(
            first
                .add_user(&format!("joiner{index}"), HASH)
                .await
                .unwrap(),
        );
    }
    let barrier = Arc::new(tokio::sync::Barrier::new(users.len()));
    let mut joins = tokio::task::JoinSet::new();
    for (index, user) in users.into_iter().enumerate() {
        let store = if index % 2 == 0 { &first } else { &second }.clone();
        let (single, barrier) = (single.clone(), barrier.clone());
        joins.spawn(async move {
            barrier.wait().await;
            store.join_space(&single, &user).await.unwrap()
        });
    }
    let outcomes = joins.join_all().await;
    assert_eq!(
        outcomes.iter().filter(|outcome| outcome.is_ok()).count(),
        1,
        "{outcomes:?}"
    );
    assert!(
        outcomes
            .iter()
            .all(|outcome| matches!(outcome, Ok(()) | Err(JoinRefusal::AlreadyUsed))),
        "{outcomes:?}"
    );
}

async fn access_tokens_are_recorded_listed_and_revoked(backend: &Backend) {
    let store = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let bob = store.add_user("bob", HASH).await.unwrap();
    store
        .record_access_token("t-old", &alice, 100)
        .await
        .unwrap();
    store
        .record_access_token("t-one", &alice, 5000)
        .await
        .unwrap();
    store
        .record_access_token("t-two", &alice, 4000)
        .await
        .unwrap();
    store
        .record_access_token("t-bob", &bob, 5000)
        .await
        .unwrap();

    assert!(store.access_token_active("t-one", &alice).await.unwrap());
    assert!(!store.access_token_active("t-one", &bob).await.unwrap());
    assert!(!store.access_token_active("t-none", &alice).await.unwrap());

    let listed: Vec<(String, u64)> = store
        .access_tokens(&alice, 1000)
        .await
        .unwrap()
        .into_iter()
        .map(|t| (t.token_id, t.expires_at))
        .collect();
    assert_eq!(
        listed,
        vec![("t-one".to_owned(), 5000), ("t-two".to_owned(), 4000)],
        "expired tokens are left out; the rest in issue order"
    );

    assert!(
        !store
            .revoke_access_token("t-one", Some(&bob))
            .await
            .unwrap()
    );
    assert!(
        store
            .revoke_access_token("t-one", Some(&alice))
            .await
            .unwrap()
    );
    assert!(
        !store
            .revoke_access_token("t-one", Some(&alice))
            .await
            .unwrap()
    );
    assert!(store.revoke_access_token("t-bob", None).await.unwrap());
    assert!(!store.revoke_access_token("t-none", None).await.unwrap());

    let other = backend.open().await;
    assert!(!other.access_token_active("t-one", &alice).await.unwrap());
    assert!(!other.access_token_active("t-bob", &bob).await.unwrap());
    assert!(other.access_token_active("t-two", &alice).await.unwrap());
    assert_eq!(other.access_tokens(&alice, 1000).await.unwrap().len(), 1);
}

async fn signing_keys_are_created_once_and_rotate(backend: &Backend) {
    let (first, second) = (backend.open().await, backend.open().await);
    let (a, b) = tokio::join!(first.current_signing_key(), second.current_signing_key());
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(
        a.id(),
        b.id(),
        "two handles starting at once create one key"
    );
    assert_eq!(first.current_signing_key().await.unwrap().id(), a.id());
    assert!(second.signing_key(a.id()).await.unwrap().is_some());
    assert!(
        first
            .signing_key(&KeyId::generate())
            .await
            .unwrap()
            .is_none()
    );

    let rotated = first.rotate_signing_key().await.unwrap();
    assert_ne!(&rotated, a.id());
    assert_eq!(
        second.current_signing_key().await.unwrap().id(),
        &rotated,
        "the newest key signs, seen by every handle"
    );
    assert!(
        second.signing_key(a.id()).await.unwrap().is_some(),
        "old keys still verify"
    );
    let again = second.rotate_signing_key().await.unwrap();
    assert_eq!(first.current_signing_key().await.unwrap().id(), &again);
}

async fn bootstrap_runs_once(backend: &Backend) {
    let store = backend.open().await;
    assert!(!store.is_bootstrapped().await.unwrap());
    let created = store.bootstrap(HASH).await.unwrap().unwrap();
    assert!(created.admin_created);
    assert!(store.is_bootstrapped().await.unwrap());
    assert!(store.bootstrap(HASH).await.unwrap().is_none());
    let login = store.find_login("admin").await.unwrap().unwrap();
    assert_eq!(login.user_id, created.user_id);
    assert_eq!(
        store
            .default_space(&created.user_id)
            .await
            .unwrap()
            .unwrap()
            .space_id,
        created.space_id
    );
}

async fn concurrent_first_starts_bootstrap_once(backend: &Backend) {
    let (first, second) = (backend.open().await, backend.open().await);
    // An `admin` added before the first start is kept.
    let admin = first.add_user("admin", HASH).await.unwrap();
    let (a, b) = tokio::join!(first.bootstrap("other"), second.bootstrap("other"));
    let created: Vec<_> = [a.unwrap(), b.unwrap()].into_iter().flatten().collect();
    assert_eq!(created.len(), 1, "{created:?}");
    assert_eq!(created[0].user_id, admin);
    assert!(!created[0].admin_created);
    assert_eq!(
        first
            .find_login("admin")
            .await
            .unwrap()
            .unwrap()
            .password_hash,
        HASH
    );
    assert_eq!(first.user_spaces(&admin).await.unwrap().spaces.len(), 1);
}

async fn reopening_keeps_everything(backend: &Backend) {
    let alice = {
        let store = backend.open().await;
        let alice = store.add_user("alice", HASH).await.unwrap();
        store.create_space("space", &alice).await.unwrap();
        store.current_signing_key().await.unwrap();
        alice
    };
    let store = backend.open().await;
    assert_eq!(store.user_spaces(&alice).await.unwrap().spaces.len(), 1);
    assert_eq!(store.user_id_by_name("alice").await.unwrap(), Some(alice));
}

// --- PostgreSQL only ---

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_replicas_starting_at_once_migrate_once() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    let starts = (0..4).map(|_| PostgresStore::connect(&db.url));
    let stores = futures_util::future::join_all(starts).await;
    for store in &stores {
        assert!(store.is_ok(), "{store:?}");
    }
    let client = db.connect().await;
    let versions: Vec<i64> = client
        .query(
            "SELECT version FROM schema_migrations ORDER BY version",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(versions, vec![1, 2, 3, 4]);
    let store = stores.into_iter().next().unwrap().unwrap();
    assert_eq!(store.schema_version().await.unwrap(), 4);
}

#[tokio::test]
async fn postgres_refuses_a_schema_newer_than_it_knows() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    PostgresStore::connect(&db.url).await.unwrap();
    db.connect()
        .await
        .execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (99, 0)",
            &[],
        )
        .await
        .unwrap();
    let error = PostgresStore::connect(&db.url).await.unwrap_err();
    assert!(matches!(error, StoreError::Invalid(_)), "{error:?}");
    assert!(error.to_string().contains("newer"), "{error}");
}

#[tokio::test]
async fn an_unreachable_database_is_unavailable_at_once() {
    // Nothing listens on port 1: refused at once, reported as unavailable (a 503 for
    // requests), without the password in the message. Needs no PostgreSQL server.
    let started = Instant::now();
    let error = PostgresStore::connect("postgres://onezone:secret-password@127.0.0.1:1/db")
        .await
        .unwrap_err();
    assert!(matches!(error, StoreError::Unavailable(_)), "{error:?}");
    assert!(!error.to_string().contains("secret-password"), "{error}");
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );
    let error = PostgresStore::connect("postgres://[broken")
        .await
        .unwrap_err();
    assert!(matches!(error, StoreError::Invalid(_)), "{error:?}");
}

#[tokio::test]
async fn sqlite_is_the_default_without_a_database_url() {
    let dir = TempDir::new().unwrap();
    let store = open_store(None, dir.path()).await.unwrap();
    store.add_user("alice", HASH).await.unwrap();
    let sqlite = SqliteStore::open(dir.path()).unwrap();
    assert!(sqlite.user_id_by_name("alice").await.unwrap().is_some());
    let blank = open_store(Some(" "), dir.path()).await.unwrap();
    assert!(blank.user_id_by_name("alice").await.unwrap().is_some());
}

async fn caps_on_spaces_and_access_tokens_hold_under_concurrency(backend: &Backend) {
    let store = backend.open().await;
    let other = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let bob = store.add_user("bob", HASH).await.unwrap();
    let now = onezone_tokens::clock::unix_now();

    // Spaces: 20 creations at once over two handles with a cap of 3 create exactly 3.
    let creations = (0..20).map(|n| {
        let (store, alice) = (if n % 2 == 0 { &store } else { &other }, &alice);
        async move { store.create_space_within("s", alice, 3).await }
    });
    let results = futures_util::future::join_all(creations).await;
    let created = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(created, 3, "{results:?}");
    assert!(
        results
            .iter()
            .all(|r| r.is_ok() || matches!(r, Err(StoreError::LimitReached(_)))),
        "{results:?}"
    );
    assert_eq!(store.user_spaces(&alice).await.unwrap().spaces.len(), 3);

    // A join counts against the joiner's cap, and a refused join consumes nothing.
    let space = store.user_spaces(&alice).await.unwrap().spaces[0].clone();
    let own = store.create_space_within("bob's", &bob, 1).await.unwrap();
    let invite = invitation(&space, &alice, 0, 1);
    assert_eq!(
        store.join_space_within(&invite, &bob, 1).await.unwrap(),
        Err(JoinRefusal::SpaceLimit)
    );
    assert!(store.leave_space(&bob, &own).await.unwrap());
    assert_eq!(
        store.join_space_within(&invite, &bob, 1).await.unwrap(),
        Ok(())
    );

    // Access tokens: active ones count; revoked and expired ones do not.
    let records = (0..20).map(|n| {
        let (store, alice) = (if n % 2 == 0 { &store } else { &other }, &alice);
        async move {
            store
                .record_access_token_within(&format!("t{n}"), alice, now + 3600, 4)
                .await
        }
    });
    let results = futures_util::future::join_all(records).await;
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        4,
        "{results:?}"
    );
    assert!(matches!(
        store
            .record_access_token_within("more", &alice, now + 3600, 4)
            .await,
        Err(StoreError::LimitReached(_))
    ));
    let first = store.access_tokens(&alice, now).await.unwrap()[0]
        .token_id
        .clone();
    assert!(store.revoke_access_token(&first, None).await.unwrap());
    store
        .record_access_token_within("expired", &bob, now - 1, 1)
        .await
        .unwrap();
    store
        .record_access_token_within("after-revoke", &alice, now + 3600, 4)
        .await
        .unwrap();
    store
        .record_access_token_within("bob-live", &bob, now + 3600, 1)
        .await
        .unwrap();
}

async fn the_sweep_deletes_only_dead_access_tokens_in_bounded_batches(backend: &Backend) {
    let store = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let now = onezone_tokens::clock::unix_now();
    for n in 0..5 {
        store
            .record_access_token(&format!("expired{n}"), &alice, now - 10)
            .await
            .unwrap();
    }
    for n in 0..3 {
        store
            .record_access_token(&format!("revoked{n}"), &alice, now + 3600)
            .await
            .unwrap();
        assert!(
            store
                .revoke_access_token(&format!("revoked{n}"), None)
                .await
                .unwrap()
        );
    }
    store
        .record_access_token("live", &alice, now + 3600)
        .await
        .unwrap();

    // Batches of 3: 3, 3, then the last 2 of the 8 dead rows, then nothing.
    assert_eq!(store.sweep_access_tokens(now, 3).await.unwrap(), 3);
    assert_eq!(store.sweep_access_tokens(now, 3).await.unwrap(), 3);
    assert_eq!(store.sweep_access_tokens(now, 3).await.unwrap(), 2);
    assert_eq!(store.sweep_access_tokens(now, 3).await.unwrap(), 0);
    assert!(store.access_token_active("live", &alice).await.unwrap());
    // Swept rows are gone: a revoked token stays refused, and it is no longer listed or
    // revocable.
    assert!(!store.access_token_active("revoked0", &alice).await.unwrap());
    assert!(!store.revoke_access_token("revoked0", None).await.unwrap());
    let listed = store.access_tokens(&alice, now).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].token_id, "live");
    // The full sweep the server runs finds nothing more.
    assert_eq!(
        onezone_tokens::store::sweep::sweep_once(store.as_ref())
            .await
            .unwrap(),
        0
    );
}

/// A named invitation's row: created once per name, listed, read, renamed, (un)revoked,
/// deleted; a join honours its limit, revocation and carried privileges, and check_join
/// reports the same refusal without changing anything.
async fn named_invitations_are_stored_counted_and_checked(backend: &Backend) {
    let store = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let bob = store.add_user("bob", HASH).await.unwrap();
    let carol = store.add_user("carol", HASH).await.unwrap();
    let space = store.create_space("space", &alice).await.unwrap();
    let named = |name: &str, limit: Option<u32>| NamedInvitation {
        token_id: onezone_tokens::token::TokenId::generate().to_string(),
        owner_id: alice.clone(),
        name: name.to_owned(),
        space_id: space.clone(),
        token: format!("token of {name}"),
        usage_limit: limit,
        usage_count: 0,
        privileges: vec![Privilege::SpaceView, Privilege::SpaceManageShares],
        revoked: false,
        created_at: 1_800_000_000,
    };
    let one = named("one seat", Some(1));
    store.create_named_invitation(&one).await.unwrap();
    assert!(matches!(
        store
            .create_named_invitation(&named("one seat", None))
            .await,
        Err(StoreError::AlreadyExists(_))
    ));
    let other = named("other", None);
    store.create_named_invitation(&other).await.unwrap();
    assert_eq!(
        store.named_invitation_ids(&alice).await.unwrap(),
        vec![one.token_id.clone(), other.token_id.clone()]
    );
    assert_eq!(
        store.named_invitation(&one.token_id).await.unwrap(),
        Some(one.clone())
    );
    let join = Invitation {
        named: true,
        ..invitation(&space, &alice, 0, 0)
    };
    let join = Invitation {
        token_id: one.token_id.clone(),
        ..join
    };
    assert_eq!(store.check_join(&join, &bob, 100).await.unwrap(), None);
    assert_eq!(store.join_space(&join, &bob).await.unwrap(), Ok(()));
    let view = store.user_space(&bob, &space).await.unwrap().unwrap();
    assert_eq!(
        view.privileges,
        vec![Privilege::SpaceView, Privilege::SpaceManageShares]
    );
    assert_eq!(
        store.check_join(&join, &carol, 100).await.unwrap(),
        Some(JoinRefusal::UsageLimitReached)
    );
    assert_eq!(
        store.join_space(&join, &carol).await.unwrap(),
        Err(JoinRefusal::UsageLimitReached)
    );
    let counted = store
        .named_invitation(&one.token_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(counted.usage_count, 1);

    let other_join = Invitation {
        token_id: other.token_id.clone(),
        ..join.clone()
    };
    assert!(
        store
            .update_named_invitation(&other.token_id, &alice, Some("renamed"), Some(true))
            .await
            .unwrap()
    );
    assert!(matches!(
        store
            .update_named_invitation(&other.token_id, &alice, Some("one seat"), None)
            .await,
        Err(StoreError::AlreadyExists(_))
    ));
    // Only the owner changes it.
    assert!(
        !store
            .update_named_invitation(&other.token_id, &bob, None, Some(false))
            .await
            .unwrap()
    );
    assert_eq!(
        store.join_space(&other_join, &carol).await.unwrap(),
        Err(JoinRefusal::Revoked)
    );
    store
        .update_named_invitation(&other.token_id, &alice, None, Some(false))
        .await
        .unwrap();
    let renamed = store
        .named_invitation(&other.token_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((renamed.name.as_str(), renamed.revoked), ("renamed", false));
    // The inviter loses a carried privilege: refused, naming it.
    store
        .set_member_privileges(&space, &bob, &Privilege::ALL)
        .await
        .unwrap()
        .unwrap();
    store
        .set_member_privileges(&space, &alice, &[Privilege::SpaceInviteUser])
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        store.check_join(&other_join, &carol, 100).await.unwrap(),
        Some(JoinRefusal::InviterLacks(Privilege::SpaceManageShares))
    );
    assert!(
        !store
            .delete_named_invitation(&other.token_id, &bob)
            .await
            .unwrap()
    );
    assert!(
        store
            .delete_named_invitation(&other.token_id, &alice)
            .await
            .unwrap()
    );
    assert_eq!(
        store.join_space(&other_join, &carol).await.unwrap(),
        Err(JoinRefusal::NamedDeleted)
    );
    assert!(store.user_space(&carol, &space).await.unwrap().is_none());
}
