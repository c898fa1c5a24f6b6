//! The [`Store`] contract as checks an implementation runs from its own tests (cargo
//! feature `store-contract`): the same checks that `SqliteStore` and `PostgresStore` pass
//! (tests/store_contract.rs runs them on both).
//!
//! Each check takes a [`StoreUnderTest`]: one *empty* store, on which `open` gives a new
//! handle each time, as another process or replica would have (several checks write
//! through one handle and read or race through another). Each check panics, like
//! `assert!`, at the first behaviour that breaks the contract; it uses only the public
//! [`Store`] trait. Run them on a multi-threaded runtime, since some race calls against
//! each other:
//!
//! ```no_run
//! use onezone_tokens::store::{SqliteStore, Store, contract};
//! use std::sync::Arc;
//!
//! /// Your store: here SQLite in a directory of its own (a fresh database each time).
//! struct Mine(std::path::PathBuf);
//!
//! #[async_trait::async_trait]
//! impl contract::StoreUnderTest for Mine {
//!     async fn open(&self) -> Arc<dyn Store> {
//!         Arc::new(SqliteStore::open(&self.0).unwrap())
//!     }
//! }
//!
//! // In your tests: #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
//! async fn my_store_keeps_the_contract() {
//!     let mut n = 0;
//!     contract::run_all(|| {
//!         n += 1;
//!         let dir = std::env::temp_dir().join(format!("my-store-{}-{n}", std::process::id()));
//!         async move { Mine(dir) }
//!     })
//!     .await;
//! }
//! ```
//!
//! [`run_all`] runs every check in turn, each on a fresh store; to run them as separate
//! tests, call each `pub async fn` of this module with its own store.

use crate::privileges::Privilege;
use crate::store::{
    Invitation, JoinRefusal, NamedInvitation, PrivilegesRefusal, Store, StoreError, StoredUser,
};
use crate::token::KeyId;
use async_trait::async_trait;
use std::future::Future;
use std::sync::Arc;

/// One empty store under test.
#[async_trait]
pub trait StoreUnderTest: Send + Sync {
    /// A new handle on this store (a new connection or pool): what it sees must be what
    /// every other handle on the same store wrote. Panics when it cannot open one.
    async fn open(&self) -> Arc<dyn Store>;
}

/// The name of every check of this module, in the order [`run_all`] runs them.
pub const CHECKS: &[&str] = &[
    "ping_reaches_the_database",
    "users_and_logins",
    "user_names_are_canonical_listed_and_renamed",
    "spaces_defaults_and_leaving",
    "members_and_privileges",
    "member_privileges_are_replaced_and_a_setter_always_remains",
    "join_adds_a_viewer_and_counts_the_use",
    "join_refusals_come_in_order_and_change_nothing",
    "usage_limits_above_one",
    "fifty_concurrent_joins_over_two_handles_admit_exactly_one",
    "access_tokens_are_recorded_listed_and_revoked",
    "access_tokens_of_a_retired_key_stop_counting",
    "signing_keys_are_created_once_and_rotate",
    "signing_keys_are_listed_and_retired",
    "bootstrap_runs_once",
    "concurrent_first_starts_bootstrap_once",
    "reopening_keeps_everything",
    "caps_on_spaces_and_access_tokens_hold_under_concurrency",
    "the_sweep_deletes_only_dead_access_tokens_in_bounded_batches",
    "named_invitations_are_stored_counted_and_checked",
];

/// Runs the check called `name` (one of [`CHECKS`]) on `store`; panics on an unknown name.
pub async fn run(name: &str, store: &dyn StoreUnderTest) {
    match name {
        "ping_reaches_the_database" => ping_reaches_the_database(store).await,
        "users_and_logins" => users_and_logins(store).await,
        "user_names_are_canonical_listed_and_renamed" => {
            user_names_are_canonical_listed_and_renamed(store).await
        }
        "spaces_defaults_and_leaving" => spaces_defaults_and_leaving(store).await,
        "members_and_privileges" => members_and_privileges(store).await,
        "member_privileges_are_replaced_and_a_setter_always_remains" => {
            member_privileges_are_replaced_and_a_setter_always_remains(store).await
        }
        "join_adds_a_viewer_and_counts_the_use" => {
            join_adds_a_viewer_and_counts_the_use(store).await
        }
        "join_refusals_come_in_order_and_change_nothing" => {
            join_refusals_come_in_order_and_change_nothing(store).await
        }
        "usage_limits_above_one" => usage_limits_above_one(store).await,
        "fifty_concurrent_joins_over_two_handles_admit_exactly_one" => {
            fifty_concurrent_joins_over_two_handles_admit_exactly_one(store).await
        }
        "access_tokens_are_recorded_listed_and_revoked" => {
            access_tokens_are_recorded_listed_and_revoked(store).await
        }
        "access_tokens_of_a_retired_key_stop_counting" => {
            access_tokens_of_a_retired_key_stop_counting(store).await
        }
        "signing_keys_are_created_once_and_rotate" => {
            signing_keys_are_created_once_and_rotate(store).await
        }
        "signing_keys_are_listed_and_retired" => signing_keys_are_listed_and_retired(store).await,
        "bootstrap_runs_once" => bootstrap_runs_once(store).await,
        "concurrent_first_starts_bootstrap_once" => {
            concurrent_first_starts_bootstrap_once(store).await
        }
        "reopening_keeps_everything" => reopening_keeps_everything(store).await,
        "caps_on_spaces_and_access_tokens_hold_under_concurrency" => {
            caps_on_spaces_and_access_tokens_hold_under_concurrency(store).await
        }
        "the_sweep_deletes_only_dead_access_tokens_in_bounded_batches" => {
            the_sweep_deletes_only_dead_access_tokens_in_bounded_batches(store).await
        }
        "named_invitations_are_stored_counted_and_checked" => {
            named_invitations_are_stored_counted_and_checked(store).await
        }
        other => panic!("no store contract check called {other:?}"),
    }
}

/// Runs every check of [`CHECKS`] in turn, each on a fresh empty store from `fresh`.
pub async fn run_all<S, F, Fut>(mut fresh: F)
where
    S: StoreUnderTest,
    F: FnMut() -> Fut,
    Fut: Future<Output = S>,
{
    for name in CHECKS {
        let store = fresh().await;
        run(name, &store).await;
    }
}

/// `ping` answers on a working store.
pub async fn ping_reaches_the_database(backend: &dyn StoreUnderTest) {
    let store = backend.open().await;
    store.ping().await.unwrap();
}

/// `set_member_privileges` replaces a member's privileges (view rights always kept),
/// refuses non-members and unknown spaces, never takes the last `space_set_privileges`
/// away — not even when two members each drop theirs at the same moment over two handles —
/// and changes nothing when it refuses.
pub async fn member_privileges_are_replaced_and_a_setter_always_remains(
    backend: &dyn StoreUnderTest,
) {
    let (store, other) = (backend.open().await, backend.open().await);
    let alice = store.add_user("alice", HASH).await.unwrap();
    let bob = store.add_user("bob", HASH).await.unwrap();
    let carol = store.add_user("carol", HASH).await.unwrap();
    let space = store.create_space("space", &alice).await.unwrap();
    store.add_member(&space, &bob, &[]).await.unwrap();
    let privileges = async |user: &str| {
        other
            .user_space(user, &space)
            .await
            .unwrap()
            .map(|view| view.privileges)
    };

    assert_eq!(
        store
            .set_member_privileges(&space, &bob, &[Privilege::SpaceInviteUser])
            .await
            .unwrap(),
        Ok(())
    );
    assert_eq!(
        privileges(&bob).await,
        Some(vec![Privilege::SpaceView, Privilege::SpaceInviteUser]),
        "replaced, with view rights, seen by another handle"
    );
    assert_eq!(
        store
            .set_member_privileges(&space, &bob, &[])
            .await
            .unwrap(),
        Ok(())
    );
    assert_eq!(privileges(&bob).await, Some(vec![Privilege::SpaceView]));
    assert_eq!(
        other.default_space(&bob).await.unwrap().unwrap().privileges,
        vec![Privilege::SpaceView],
        "the default space's membership answers the same"
    );

    assert_eq!(
        store
            .set_member_privileges(&space, &carol, &[])
            .await
            .unwrap(),
        Err(PrivilegesRefusal::NotMember)
    );
    assert_eq!(privileges(&carol).await, None);
    assert!(matches!(
        store
            .set_member_privileges("no-such-space", &bob, &[])
            .await,
        Err(StoreError::NotFound(_))
    ));
    // Alice is the only one who may set privileges: she cannot drop that right.
    assert_eq!(
        store
            .set_member_privileges(&space, &alice, &[Privilege::SpaceView])
            .await
            .unwrap(),
        Err(PrivilegesRefusal::LastPrivilegeSetter)
    );
    assert_eq!(privileges(&alice).await, Some(Privilege::ALL.to_vec()));

    // Two setters each dropping their own right at once: exactly one may succeed.
    for round in 0..5 {
        let space = store
            .create_space(&format!("race{round}"), &alice)
            .await
            .unwrap();
        store
            .add_member(&space, &bob, &[Privilege::SpaceSetPrivileges])
            .await
            .unwrap();
        let (a, b) = tokio::join!(
            store.set_member_privileges(&space, &alice, &[]),
            other.set_member_privileges(&space, &bob, &[])
        );
        let outcomes = [a.unwrap(), b.unwrap()];
        assert_eq!(
            outcomes.iter().filter(|o| o.is_ok()).count(),
            1,
            "{outcomes:?}"
        );
        assert!(
            outcomes.contains(&Err(PrivilegesRefusal::LastPrivilegeSetter)),
            "{outcomes:?}"
        );
        let mut setters = 0;
        for user in [&alice, &bob] {
            let held = store.user_space(user, &space).await.unwrap().unwrap();
            setters += usize::from(held.privileges.contains(&Privilege::SpaceSetPrivileges));
        }
        assert_eq!(setters, 1, "round {round}");
    }
}

/// `record_signed_access_token` with the signing key's id: a token of a retired key is no
/// longer listed and no longer counts against the cap, while one recorded without a key id
/// stays until it expires.
pub async fn access_tokens_of_a_retired_key_stop_counting(backend: &dyn StoreUnderTest) {
    let store = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let now = crate::clock::unix_now();
    let old = store.current_signing_key().await.unwrap().id().clone();
    store
        .record_signed_access_token("t-old-key", Some(&old), &alice, now + 3600, 2)
        .await
        .unwrap();
    store
        .record_signed_access_token("t-no-key", None, &alice, now + 3600, 2)
        .await
        .unwrap();
    assert!(matches!(
        store
            .record_signed_access_token("t-over", Some(&old), &alice, now + 3600, 2)
            .await,
        Err(StoreError::LimitReached(_))
    ));
    let listed = async || -> Vec<String> {
        let mut ids: Vec<String> = store
            .access_tokens(&alice, now)
            .await
            .unwrap()
            .into_iter()
            .map(|t| t.token_id)
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(listed().await, ["t-no-key", "t-old-key"]);

    let new = store.rotate_signing_key().await.unwrap();
    assert!(store.retire_signing_key(&old).await.unwrap());
    assert_eq!(
        listed().await,
        ["t-no-key"],
        "a retired key's tokens are not listed"
    );
    store
        .record_signed_access_token("t-new-key", Some(&new), &alice, now + 3600, 2)
        .await
        .unwrap();
    assert_eq!(listed().await, ["t-new-key", "t-no-key"]);
    assert!(
        store
            .access_token_active("t-new-key", &alice)
            .await
            .unwrap()
    );
}

/// `signing_keys` lists every key newest first; `retire_signing_key` retires an active key
/// once (`false` again and for an unknown key), after which no handle finds it with
/// `signing_key`; retiring the current key makes another key sign.
pub async fn signing_keys_are_listed_and_retired(backend: &dyn StoreUnderTest) {
    let (store, other) = (backend.open().await, backend.open().await);
    let first = store.current_signing_key().await.unwrap().id().clone();
    let second = store.rotate_signing_key().await.unwrap();
    let keys = other.signing_keys().await.unwrap();
    assert_eq!(
        keys.iter().map(|k| &k.id).collect::<Vec<_>>(),
        [&second, &first],
        "newest first"
    );
    assert!(keys.iter().all(|k| k.retired_at.is_none()), "{keys:?}");
    assert!(keys[0].created_at >= keys[1].created_at, "{keys:?}");

    assert!(other.signing_key(&first).await.unwrap().is_some());
    assert!(store.retire_signing_key(&first).await.unwrap());
    assert!(!store.retire_signing_key(&first).await.unwrap());
    assert!(!store.retire_signing_key(&KeyId::generate()).await.unwrap());
    assert!(other.signing_key(&first).await.unwrap().is_none());
    assert_eq!(other.current_signing_key().await.unwrap().id(), &second);
    let keys = other.signing_keys().await.unwrap();
    assert_eq!(keys.len(), 2, "a retired key is still listed");
    let retired = keys.iter().find(|k| k.id == first).unwrap();
    assert!(retired.retired_at.is_some(), "{keys:?}");

    // Retiring the key that signs: another, not retired, signs from then on.
    assert!(store.retire_signing_key(&second).await.unwrap());
    let next = other.current_signing_key().await.unwrap().id().clone();
    assert!(next != first && next != second, "{next:?}");
    assert!(store.signing_key(&next).await.unwrap().is_some());
}

const HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

fn invitation(space_id: &str, inviter_id: &str, epoch: u64, max_uses: u32) -> Invitation {
    Invitation {
        token_id: crate::token::TokenId::generate().as_str().to_owned(),
        space_id: space_id.to_owned(),
        inviter_id: inviter_id.to_owned(),
        epoch,
        max_uses,
        named: false,
    }
}

/// Users: `add_user`, `find_login`, `user_id_by_name` and `user_exists` (ids, not names), a taken name refused, and every answer seen at once through another handle.
pub async fn users_and_logins(backend: &dyn StoreUnderTest) {
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

/// User names: only canonical (RFC 8265) names are stored, `users` lists them by name, `rename_user` is seen at once by another handle that looked the old name up.
pub async fn user_names_are_canonical_listed_and_renamed(backend: &dyn StoreUnderTest) {
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

/// Spaces and default space rules: the first space becomes the default, `set_default_space` only for members, leaving the default clears it, `revoke_space_invitations` moves the epoch on.
pub async fn spaces_defaults_and_leaving(backend: &dyn StoreUnderTest) {
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

/// Memberships: `add_member` always includes view rights, a first membership becomes the default, an unknown space or user is `NotFound`.
pub async fn members_and_privileges(backend: &dyn StoreUnderTest) {
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

/// A join adds a viewer, makes the space the joiner's default, and spends a single-use invitation for every handle.
pub async fn join_adds_a_viewer_and_counts_the_use(backend: &dyn StoreUnderTest) {
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

/// Join refusals, in their order (space gone, inviter lost the privilege, revoked, already a member, already used), each changing nothing.
pub async fn join_refusals_come_in_order_and_change_nothing(backend: &dyn StoreUnderTest) {
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

/// An invitation allowing three uses admits three joiners and refuses the fourth.
pub async fn usage_limits_above_one(backend: &dyn StoreUnderTest) {
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

/// Join transaction semantics under concurrency: fifty joins at once over two handles with a single-use invitation admit exactly one.
pub async fn fifty_concurrent_joins_over_two_handles_admit_exactly_one(
    backend: &dyn StoreUnderTest,
) {
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

/// Access tokens: recorded, active only for their user, listed without the expired ones in issue order, revoked (by owner or by anyone), seen by another handle.
pub async fn access_tokens_are_recorded_listed_and_revoked(backend: &dyn StoreUnderTest) {
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

/// Signing keys: two handles starting at once create one key; rotation makes the newest key sign, seen by every handle, and old keys keep verifying.
pub async fn signing_keys_are_created_once_and_rotate(backend: &dyn StoreUnderTest) {
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

/// The first-start bootstrap runs once and creates `admin` with a default space.
pub async fn bootstrap_runs_once(backend: &dyn StoreUnderTest) {
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

/// Two first starts at once bootstrap once, keeping an `admin` added before.
pub async fn concurrent_first_starts_bootstrap_once(backend: &dyn StoreUnderTest) {
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

/// What was written is still there through a handle opened later.
pub async fn reopening_keeps_everything(backend: &dyn StoreUnderTest) {
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

/// The per-user caps on spaces (creations and joins) and on active access tokens hold under concurrent calls over two handles; revoked and expired tokens do not count.
pub async fn caps_on_spaces_and_access_tokens_hold_under_concurrency(backend: &dyn StoreUnderTest) {
    let store = backend.open().await;
    let other = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let bob = store.add_user("bob", HASH).await.unwrap();
    let now = crate::clock::unix_now();

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

/// `sweep_access_tokens` deletes only revoked and expired tokens, at most `batch` per call.
pub async fn the_sweep_deletes_only_dead_access_tokens_in_bounded_batches(
    backend: &dyn StoreUnderTest,
) {
    let store = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let now = crate::clock::unix_now();
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
        crate::store::sweep::sweep_once(store.as_ref())
            .await
            .unwrap(),
        0
    );
}

/// A named invitation's row: created once per name, listed, read, renamed, (un)revoked,
/// deleted; a join honours its limit, revocation and carried privileges, and check_join
/// reports the same refusal without changing anything.
pub async fn named_invitations_are_stored_counted_and_checked(backend: &dyn StoreUnderTest) {
    let store = backend.open().await;
    let alice = store.add_user("alice", HASH).await.unwrap();
    let bob = store.add_user("bob", HASH).await.unwrap();
    let carol = store.add_user("carol", HASH).await.unwrap();
    let space = store.create_space("space", &alice).await.unwrap();
    let named = |name: &str, limit: Option<u32>| NamedInvitation {
        token_id: crate::token::TokenId::generate().to_string(),
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
