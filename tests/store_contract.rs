//! The store's contract (`onezone_tokens::store::contract`, cargo feature `store-contract`):
//! every public check runs against SQLite (a temporary data directory) and PostgreSQL (a
//! fresh database on `ONEZONE_TEST_DATABASE_URL`) through the same entry an embedder's own
//! store uses. `sqlite::*` and `postgres::*` are the two runs of each check; below them, the
//! checks of our two stores' own behaviour (migrations, connection errors).

mod common;

use common::pg::{self, TestDatabase};
use onezone_tokens::privileges::Privilege;
use onezone_tokens::store::contract::{self, StoreUnderTest};
use onezone_tokens::store::{
    AccessTokenInfo, Bootstrapped, Invitation, JoinRefusal, KeyInfo, Login, Membership,
    NamedInvitation, PostgresStore, PrivilegesRefusal, SpaceView, SqliteStore, Store, StoreError,
    StoredUser, UserSpaces, open_store,
};
use onezone_tokens::token::{KeyId, SigningKey};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tempfile::TempDir;

const HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

/// Where a store lives; `open` gives a new handle on it, as another process (or replica)
/// would have.
enum Backend {
    Sqlite(TempDir),
    Postgres(TestDatabase),
}

#[async_trait::async_trait]
impl StoreUnderTest for Backend {
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
                    let backend = super::Backend::Sqlite(tempfile::TempDir::new().unwrap());
                    onezone_tokens::store::contract::$name(&backend).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some(db) = super::pg::fresh_database().await else { return };
                    onezone_tokens::store::contract::$name(&super::Backend::Postgres(db)).await
                }
            )*
        }
        /// The list above is every public check: a check added to the contract without a
        /// line here fails this test instead of silently not running on our stores.
        #[test]
        fn every_public_check_runs_on_both_stores() {
            assert_eq!([$(stringify!($name)),*].as_slice(), contract::CHECKS);
        }
    };
}

contract!(
    ping_reaches_the_database,
    users_and_logins,
    user_names_are_canonical_listed_and_renamed,
    spaces_defaults_and_leaving,
    members_and_privileges,
    member_privileges_are_replaced_and_a_setter_always_remains,
    join_adds_a_viewer_and_counts_the_use,
    join_refusals_come_in_order_and_change_nothing,
    usage_limits_above_one,
    fifty_concurrent_joins_over_two_handles_admit_exactly_one,
    access_tokens_are_recorded_listed_and_revoked,
    access_tokens_of_a_retired_key_stop_counting,
    signing_keys_are_created_once_and_rotate,
    signing_keys_are_listed_and_retired,
    bootstrap_runs_once,
    concurrent_first_starts_bootstrap_once,
    reopening_keeps_everything,
    caps_on_spaces_and_access_tokens_hold_under_concurrency,
    the_sweep_deletes_only_dead_access_tokens_in_bounded_batches,
    named_invitations_are_stored_counted_and_checked,
);

/// The one entry an embedder may call instead of one test per check: every check in
/// turn, each on a fresh SQLite store.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_all_runs_every_check_on_fresh_stores() {
    let mut opened = 0;
    contract::run_all(|| {
        opened += 1;
        async { Backend::Sqlite(TempDir::new().unwrap()) }
    })
    .await;
    assert_eq!(opened, contract::CHECKS.len());
}

/// A store with a bug an embedder could write: it keeps every signing key it found in
/// memory for ever, where the contract allows caching only while nothing changed. The
/// contract's checks must catch it: they are not checks that cannot fail.
struct ForgetfulStore(
    Arc<dyn Store>,
    std::sync::Mutex<std::collections::HashMap<String, SigningKey>>,
);

#[async_trait::async_trait]
impl Store for ForgetfulStore {
    async fn ping(&self) -> Result<(), StoreError> {
        self.0.ping().await
    }

    async fn find_login(&self, name: &str) -> Result<Option<Login>, StoreError> {
        self.0.find_login(name).await
    }

    async fn default_space(&self, user_id: &str) -> Result<Option<Membership>, StoreError> {
        self.0.default_space(user_id).await
    }

    async fn access_token_active(&self, token_id: &str, user_id: &str) -> Result<bool, StoreError> {
        self.0.access_token_active(token_id, user_id).await
    }

    async fn user_exists(&self, user_id: &str) -> Result<bool, StoreError> {
        self.0.user_exists(user_id).await
    }

    async fn user_spaces(&self, user_id: &str) -> Result<UserSpaces, StoreError> {
        self.0.user_spaces(user_id).await
    }

    async fn user_space(
        &self,
        user_id: &str,
        space_id: &str,
    ) -> Result<Option<SpaceView>, StoreError> {
        self.0.user_space(user_id, space_id).await
    }

    async fn set_default_space(&self, user_id: &str, space_id: &str) -> Result<bool, StoreError> {
        self.0.set_default_space(user_id, space_id).await
    }

    async fn leave_space(&self, user_id: &str, space_id: &str) -> Result<bool, StoreError> {
        self.0.leave_space(user_id, space_id).await
    }

    async fn join_space_within(
        &self,
        invitation: &Invitation,
        user_id: &str,
        max_spaces: u32,
    ) -> Result<Result<(), JoinRefusal>, StoreError> {
        self.0
            .join_space_within(invitation, user_id, max_spaces)
            .await
    }

    async fn record_signed_access_token(
        &self,
        token_id: &str,
        key_id: Option<&KeyId>,
        user_id: &str,
        expires_at: u64,
        max_active: u32,
    ) -> Result<(), StoreError> {
        self.0
            .record_signed_access_token(token_id, key_id, user_id, expires_at, max_active)
            .await
    }

    async fn sweep_access_tokens(&self, now: u64, batch: u32) -> Result<u64, StoreError> {
        self.0.sweep_access_tokens(now, batch).await
    }

    async fn access_tokens(
        &self,
        user_id: &str,
        now: u64,
    ) -> Result<Vec<AccessTokenInfo>, StoreError> {
        self.0.access_tokens(user_id, now).await
    }

    async fn revoke_access_token(
        &self,
        token_id: &str,
        user_id: Option<&str>,
    ) -> Result<bool, StoreError> {
        self.0.revoke_access_token(token_id, user_id).await
    }

    async fn revoke_invitation(&self, token_id: &str, space_id: &str) -> Result<(), StoreError> {
        self.0.revoke_invitation(token_id, space_id).await
    }

    async fn revoke_space_invitations(&self, space_id: &str) -> Result<(), StoreError> {
        self.0.revoke_space_invitations(space_id).await
    }

    async fn signing_key(&self, id: &KeyId) -> Result<Option<SigningKey>, StoreError> {
        // The bug: a key, once found, is answered from memory for ever, so a key retired
        // through another handle still verifies here.
        if let Some(key) = self.1.lock().unwrap().get(id.as_str()) {
            return Ok(Some(key.clone()));
        }
        let key = self.0.signing_key(id).await?;
        if let Some(key) = &key {
            self.1
                .lock()
                .unwrap()
                .insert(id.as_str().to_owned(), key.clone());
        }
        Ok(key)
    }

    async fn current_signing_key(&self) -> Result<SigningKey, StoreError> {
        self.0.current_signing_key().await
    }

    async fn rotate_signing_key(&self) -> Result<KeyId, StoreError> {
        self.0.rotate_signing_key().await
    }

    async fn retire_signing_key(&self, id: &KeyId) -> Result<bool, StoreError> {
        self.0.retire_signing_key(id).await
    }

    async fn signing_keys(&self) -> Result<Vec<KeyInfo>, StoreError> {
        self.0.signing_keys().await
    }

    async fn user_id_by_name(&self, name: &str) -> Result<Option<String>, StoreError> {
        self.0.user_id_by_name(name).await
    }

    async fn add_user(&self, name: &str, password_hash: &str) -> Result<String, StoreError> {
        self.0.add_user(name, password_hash).await
    }

    async fn users(&self) -> Result<Vec<StoredUser>, StoreError> {
        self.0.users().await
    }

    async fn rename_user(&self, user_id: &str, new_name: &str) -> Result<bool, StoreError> {
        self.0.rename_user(user_id, new_name).await
    }

    async fn create_space_within(
        &self,
        name: &str,
        owner_id: &str,
        max_spaces: u32,
    ) -> Result<String, StoreError> {
        self.0.create_space_within(name, owner_id, max_spaces).await
    }

    async fn add_member(
        &self,
        space_id: &str,
        user_id: &str,
        privileges: &[Privilege],
    ) -> Result<(), StoreError> {
        self.0.add_member(space_id, user_id, privileges).await
    }

    async fn set_member_privileges(
        &self,
        space_id: &str,
        user_id: &str,
        privileges: &[Privilege],
    ) -> Result<Result<(), PrivilegesRefusal>, StoreError> {
        self.0
            .set_member_privileges(space_id, user_id, privileges)
            .await
    }

    async fn is_bootstrapped(&self) -> Result<bool, StoreError> {
        self.0.is_bootstrapped().await
    }

    async fn bootstrap(
        &self,
        admin_password_hash: &str,
    ) -> Result<Option<Bootstrapped>, StoreError> {
        self.0.bootstrap(admin_password_hash).await
    }

    async fn check_join(
        &self,
        invitation: &Invitation,
        user_id: &str,
        max_spaces: u32,
    ) -> Result<Option<JoinRefusal>, StoreError> {
        self.0.check_join(invitation, user_id, max_spaces).await
    }

    async fn space_invite_epoch(&self, space_id: &str) -> Result<Option<u64>, StoreError> {
        self.0.space_invite_epoch(space_id).await
    }

    async fn create_named_invitation(
        &self,
        invitation: &NamedInvitation,
    ) -> Result<(), StoreError> {
        self.0.create_named_invitation(invitation).await
    }

    async fn named_invitation_ids(&self, owner_id: &str) -> Result<Vec<String>, StoreError> {
        self.0.named_invitation_ids(owner_id).await
    }

    async fn named_invitation(
        &self,
        token_id: &str,
    ) -> Result<Option<NamedInvitation>, StoreError> {
        self.0.named_invitation(token_id).await
    }

    async fn update_named_invitation(
        &self,
        token_id: &str,
        owner_id: &str,
        name: Option<&str>,
        revoked: Option<bool>,
    ) -> Result<bool, StoreError> {
        self.0
            .update_named_invitation(token_id, owner_id, name, revoked)
            .await
    }

    async fn delete_named_invitation(
        &self,
        token_id: &str,
        owner_id: &str,
    ) -> Result<bool, StoreError> {
        self.0.delete_named_invitation(token_id, owner_id).await
    }
}

/// SQLite under [`ForgetfulStore`].
struct Forgetful(TempDir);

#[async_trait::async_trait]
impl StoreUnderTest for Forgetful {
    async fn open(&self) -> Arc<dyn Store> {
        let inner = open_store(None, &self.0.path().join("data")).await.unwrap();
        Arc::new(ForgetfulStore(inner, Default::default()))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[should_panic(expected = "assertion failed: other.signing_key(&first).await.unwrap().is_none()")]
async fn a_store_that_caches_keys_for_ever_fails_the_contract() {
    let store = Forgetful(TempDir::new().unwrap());
    contract::signing_keys_are_listed_and_retired(&store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_forgetful_store_passes_the_checks_its_bug_does_not_touch() {
    // The wrapper is otherwise faithful: the failure above is its key cache, nothing else.
    let store = Forgetful(TempDir::new().unwrap());
    contract::signing_keys_are_created_once_and_rotate(&store).await;
    contract::access_tokens_are_recorded_listed_and_revoked(&store).await;
}

// --- our stores only ---

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
