//! The storage boundary. The server, the authenticator and the CLI speak only to [`Store`];
//! [`SqliteStore`] is the embedded default, [`PostgresStore`] serves several replicas from
//! one database. [`open_store`] picks one from the configuration.

mod changes;
#[cfg(feature = "store-contract")]
pub mod contract;
pub(crate) mod data_dir;
mod postgres;
mod read_cache;
mod sqlite;
pub(crate) mod sweep;

pub use postgres::PostgresStore;
pub use sqlite::SqliteStore;

use crate::privileges::Privilege;
use crate::token::{self, Claims, KeyId, SigningKey, TokenError, TokenKind};
pub use crate::username::StoredUser;
use async_trait::async_trait;
use std::path::Path;
use std::sync::Arc;

/// A database URL fit for a log or a `Debug` dump: the password of a `postgres://` URL (in
/// its user part or a `password=` parameter) is replaced by `<redacted>`; a `key=value`
/// connection string, or anything not understood, is replaced whole.
pub fn redacted_database_url(url: &str) -> String {
    const HIDDEN: &str = "<redacted>";
    let Some((scheme, rest)) = url.split_once("://") else {
        return "<redacted connection string>".to_owned();
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let authority = match authority.rsplit_once('@') {
        Some((user_info, host)) => match user_info.split_once(':') {
            Some((user, _)) => format!("{user}:{HIDDEN}@{host}"),
            None => format!("{user_info}@{host}"),
        },
        None => authority.to_owned(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((name, _)) if name.eq_ignore_ascii_case("password") => {
                        format!("{name}={HIDDEN}")
                    }
                    _ => pair.to_owned(),
                })
                .collect();
            format!("{path}?{}", query.join("&"))
        }
        None => tail.to_owned(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// Refuses a name the store must not hold: users are created and renamed only with the
/// canonical form of their names, so that look-alike names cannot become two users.
fn require_canonical(name: &str) -> Result<(), StoreError> {
    if crate::username::is_canonical(name) {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!(
            "user name {name:?} is not in its RFC 8265 canonical form"
        )))
    }
}

/// Opens the configured store: PostgreSQL when `database` is given (a `postgres://` URL or
/// a `key=value` connection string), otherwise SQLite in `data_dir`. Either way the
/// schema is brought up to date first.
pub async fn open_store(
    database: Option<&str>,
    data_dir: &Path,
) -> Result<Arc<dyn Store>, StoreError> {
    match database.filter(|url| !url.trim().is_empty()) {
        Some(url) => Ok(Arc::new(PostgresStore::connect(url).await?)),
        None => Ok(Arc::new(SqliteStore::open(data_dir)?)),
    }
}

/// Opens the configured store like [`open_store`], but only one that exists with its
/// schema: a missing data directory, a missing or empty `onezone.db`, or a PostgreSQL
/// database without this program's schema is refused with an error naming it, and nothing
/// is created. Every administration command but those given `--create` opens this way.
pub async fn open_existing_store(
    database: Option<&str>,
    data_dir: &Path,
) -> Result<Arc<dyn Store>, StoreError> {
    match database.filter(|url| !url.trim().is_empty()) {
        Some(url) => Ok(Arc::new(PostgresStore::connect_existing(url).await?)),
        None => Ok(Arc::new(SqliteStore::open_existing(data_dir)?)),
    }
}

/// The most spaces one user may be a member of (owned and joined together), whatever
/// `serve --max-spaces-per-user` says: `GET /user/spaces` never lists more (api.yaml's
/// `maxItems`). The CLI's `space create` and `space add-member` stop here too.
pub const MAX_SPACES_PER_USER: u32 = 1000;

/// The most active (neither revoked nor expired) access tokens one user may have, whatever
/// `serve --max-access-tokens-per-user` says: `GET /user/client_tokens` never lists more
/// (api.yaml's `maxItems`). The CLI's `token issue` stops here too.
pub const MAX_ACCESS_TOKENS_PER_USER: u32 = 1000;

/// What the authenticator needs to check a password.
#[derive(Debug, Clone)]
pub struct Login {
    /// The user's id.
    pub user_id: String,
    /// An argon2id hash in PHC string format.
    pub password_hash: String,
}

/// A user's membership in one space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// The space's id.
    pub space_id: String,
    /// What the user may do in it (always includes view rights).
    pub privileges: Vec<Privilege>,
    /// The space's current invitation epoch, which new invitations carry.
    pub invite_epoch: u64,
}

/// A space as one of its members sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpaceView {
    /// The space's id.
    pub space_id: String,
    /// The space's name.
    pub name: String,
    /// What this member may do in it.
    pub privileges: Vec<Privilege>,
}

/// The spaces of a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserSpaces {
    /// Space ids, in the order the user joined them.
    pub spaces: Vec<String>,
    /// The default space, if the user has one.
    pub default: Option<String>,
}

/// A verified invitation, presented to join its space.
#[derive(Debug, Clone)]
pub struct Invitation {
    /// The invitation's token id (what its uses are counted and its revocation kept under).
    pub token_id: String,
    /// The space it invites to.
    pub space_id: String,
    /// The user who minted it (who must still hold `space_invite_user`).
    pub inviter_id: String,
    /// The space's invitation epoch when it was minted (an older one is revoked).
    pub epoch: u64,
    /// How many joins the token allows in all: its `uses <= n` caveat (1 without one).
    /// Not used for a named invitation, whose limit is stored with it.
    pub max_uses: u32,
    /// A named invitation (its `persistence = named` caveat): the store's row of this
    /// token id decides its usage limit, revocation and carried privileges.
    pub named: bool,
}

/// A named invitation as stored (Onezone's named invite token of type `userJoinSpace`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedInvitation {
    /// The token's id (the random part of its identifier).
    pub token_id: String,
    /// The user who created it (its subject).
    pub owner_id: String,
    /// Its name, unique among its owner's named invitations.
    pub name: String,
    /// The space it invites to.
    pub space_id: String,
    /// The serialized token, shown to its owner by `GET /tokens/named/{id}`.
    pub token: String,
    /// How many joins it admits in all; `None`: no limit (`"infinity"`).
    pub usage_limit: Option<u32>,
    /// How many joins it has admitted.
    pub usage_count: u64,
    /// The privileges a joining user gets.
    pub privileges: Vec<Privilege>,
    /// Whether it is revoked (joins refused; un-revoking is allowed).
    pub revoked: bool,
    /// Unix time (seconds) of its creation.
    pub created_at: u64,
}

/// The most named invitations one user may hold: `GET /user/tokens/named` never lists more
/// (api.yaml's `maxItems`).
pub const MAX_NAMED_INVITATIONS_PER_USER: u32 = 1000;

/// Why a join was refused; nothing was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinRefusal {
    /// The space does not exist (any more).
    SpaceGone,
    /// The inviter is no longer a member holding `space_invite_user`.
    InviterLostPrivilege,
    /// The invitation was revoked, by its id or by the space's epoch moving on.
    Revoked,
    /// The invitation has no uses left.
    AlreadyUsed,
    /// A named invitation that has admitted as many joins as its usage limit.
    UsageLimitReached,
    /// A named invitation that was deleted.
    NamedDeleted,
    /// The inviter no longer holds a privilege the named invitation carries.
    InviterLacks(Privilege),
    /// The caller is a member of the space already.
    AlreadyMember,
    /// The caller is a member of as many spaces as they may be.
    SpaceLimit,
}

/// An access token that is neither revoked nor expired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessTokenInfo {
    /// The token's id.
    pub token_id: String,
    /// When it expires, in unix seconds.
    pub expires_at: u64,
}

impl Membership {
    /// Whether the user holds this privilege in the space.
    pub fn has(&self, privilege: Privilege) -> bool {
        self.privileges.contains(&privilege)
    }
}

/// A signing key, without its secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyInfo {
    /// The key's id, carried in the tokens it signs.
    pub id: KeyId,
    /// When it was created, in unix seconds.
    pub created_at: u64,
    /// When it was retired, in unix seconds; `None` while it verifies.
    pub retired_at: Option<u64>,
}

/// What the first start on an empty data directory created.
#[derive(Debug, Clone)]
pub struct Bootstrapped {
    /// The id of user `admin`.
    pub user_id: String,
    /// The id of the space created for it.
    pub space_id: String,
    /// False when a user `admin` existed already (added with the CLI before the first start).
    pub admin_created: bool,
}

/// Why a store call failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A user, space or key the call names does not exist.
    #[error("{0} not found")]
    NotFound(String),
    /// A name that must be unique is taken.
    #[error("{0} already exists")]
    AlreadyExists(String),
    /// An argument or the stored data is not what the store accepts (a non-canonical user
    /// name, a schema newer than this program).
    #[error("{0}")]
    Invalid(String),
    /// The database failed (HTTP 500, logged; its message never reaches a client).
    #[error("storage failure: {0}")]
    Backend(String),
    /// A per-user cap would be exceeded (HTTP 409 `limit_reached`); nothing was written.
    #[error("{0}")]
    LimitReached(String),
    /// The database cannot be reached right now (a server answers 503 and recovers by
    /// itself when it returns).
    #[error("database unavailable: {0}")]
    Unavailable(String),
}

/// Where users, spaces, memberships, invitations' use counts and revocations, access tokens
/// and signing keys live: the one boundary between the API and a database.
///
/// # Contract
///
/// What every implementation must do (the checks of `store::contract`, cargo feature
/// `store-contract`, test it; docs/embedding.md, "Your own store", shows how to run them):
///
/// - **One store, many handles.** Several handles (processes, replicas, the CLI beside a
///   server) may use one database at once. A write that has returned is durable and is
///   seen by the next call on *any* handle; the checks write through one handle and read
///   through another.
/// - **Atomic.** Each method is one transaction: it either makes all of its change or none
///   (an `Err` or a refusal leaves the data as it was). The methods that check and then
///   write — [`join_space_within`](Store::join_space_within),
///   [`set_member_privileges`](Store::set_member_privileges), the `*_within` caps,
///   [`record_signed_access_token`](Store::record_signed_access_token),
///   [`current_signing_key`](Store::current_signing_key) when it creates the first key,
///   [`bootstrap`](Store::bootstrap) — must hold what they checked against concurrent
///   calls on other handles until they commit (SQLite: an immediate transaction;
///   PostgreSQL: the rows locked `FOR UPDATE`, or a conditional write), so that the checks
///   hold under concurrency: one single-use invitation admits one joiner however many try
///   at once.
/// - **Caching.** Only the reads every request makes — [`find_login`](Store::find_login),
///   [`default_space`](Store::default_space),
///   [`access_token_active`](Store::access_token_active),
///   [`signing_key`](Store::signing_key) and [`current_signing_key`](Store::current_signing_key)
///   — may be answered from memory, and only while the store can tell that the database has
///   not changed since: a change written through any handle must be seen by the next call
///   (a revoked token must stop authenticating at once). `SqliteStore` keeps them under the
///   database's commit counter, and as a safety net for writers that bypass it notices any
///   other change within 100 ms (its `PRAGMA data_version` probe); `PostgresStore` caches
///   nothing. A store that cannot tell cheaply whether its data changed must not cache.
///   Every other method reads the database.
/// - **Bounded.** No call may wait without end: a database that does not answer is
///   [`StoreError::Unavailable`] within seconds (ours: 5 s), which the API answers with 503.
/// - **Ids.** User and space ids are opaque strings the store makes; names are not ids (a
///   user can be renamed, [`user_exists`](Store::user_exists) takes an id).
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// A trivial query (`SELECT 1`) that goes all the way to the database: what the
    /// readiness probe (`GET /ready`) asks. Bounded in time like every other call.
    async fn ping(&self) -> Result<(), StoreError>;

    // --- read by every request: may be cached while the data is unchanged (see the contract) ---

    /// The login of the user called `name` (its canonical form, matched exactly), if any.
    async fn find_login(&self, name: &str) -> Result<Option<Login>, StoreError>;

    /// The caller's default space and their privileges in it; `None` without one.
    async fn default_space(&self, user_id: &str) -> Result<Option<Membership>, StoreError>;

    /// Whether this access token was recorded for this user and is not revoked (its expiry
    /// and signing key are checked by the token's verification, not here).
    async fn access_token_active(&self, token_id: &str, user_id: &str) -> Result<bool, StoreError>;

    /// Whether a user with this id exists: how a [`HostIdentity`](crate::auth::HostIdentity)
    /// an embedding host hands the API is checked, on every such request.
    async fn user_exists(&self, user_id: &str) -> Result<bool, StoreError>;

    // --- spaces of the caller ---

    /// The user's spaces in the order they joined them, and their default space; empty
    /// (not an error) for an unknown user.
    async fn user_spaces(&self, user_id: &str) -> Result<UserSpaces, StoreError>;

    /// The space if the user is a member, `None` otherwise.
    async fn user_space(
        &self,
        user_id: &str,
        space_id: &str,
    ) -> Result<Option<SpaceView>, StoreError>;

    /// Makes a space the user's default; `false` when they are not a member.
    async fn set_default_space(&self, user_id: &str, space_id: &str) -> Result<bool, StoreError>;

    /// The user leaves the space (and has no default space if it was the default);
    /// `false` when they were not a member.
    async fn leave_space(&self, user_id: &str, space_id: &str) -> Result<bool, StoreError>;

    /// In one transaction: checks that the invitation can still be used (space exists,
    /// inviter still holds `space_invite_user`, not revoked, uses left, caller not a member
    /// yet), adds the caller with view rights and counts the use. For a named invitation
    /// ([`Invitation::named`]) its stored row decides instead: it must exist and not be
    /// revoked, its usage count must be below its limit, the inviter must still hold every
    /// privilege it carries, and the caller gets exactly those; its usage count goes up by
    /// one. The row is read and counted under the same lock as the space (SQLite: an
    /// immediate transaction; PostgreSQL: the space's row and the invitation's row locked
    /// `FOR UPDATE`), so concurrent joins, on any number of replicas, never exceed the limit. Durable when it returns
    /// `Ok(Ok(()))`; nothing changes otherwise. The caller may be a member of at most
    /// [`MAX_SPACES_PER_USER`] spaces.
    async fn join_space(
        &self,
        invitation: &Invitation,
        user_id: &str,
    ) -> Result<Result<(), JoinRefusal>, StoreError> {
        self.join_space_within(invitation, user_id, MAX_SPACES_PER_USER)
            .await
    }

    /// [`Store::join_space`], refused with [`JoinRefusal::SpaceLimit`] when the caller is
    /// already a member of `max_spaces` spaces (checked in the same transaction).
    async fn join_space_within(
        &self,
        invitation: &Invitation,
        user_id: &str,
        max_spaces: u32,
    ) -> Result<Result<(), JoinRefusal>, StoreError>;

    /// Every check of [`Store::join_space_within`], in a transaction that takes the same
    /// locks and is then rolled back: why the join would be refused now, or `None` when it
    /// would succeed. Nothing changes.
    async fn check_join(
        &self,
        invitation: &Invitation,
        user_id: &str,
        max_spaces: u32,
    ) -> Result<Option<JoinRefusal>, StoreError>;

    // --- access tokens ---

    /// Records an issued access token; only recorded tokens authenticate. At most
    /// [`MAX_ACCESS_TOKENS_PER_USER`] active ones per user.
    async fn record_access_token(
        &self,
        token_id: &str,
        user_id: &str,
        expires_at: u64,
    ) -> Result<(), StoreError> {
        self.record_access_token_within(token_id, user_id, expires_at, MAX_ACCESS_TOKENS_PER_USER)
            .await
    }

    /// [`Store::record_access_token`], refused with [`StoreError::LimitReached`] when the
    /// user already has `max_active` active tokens (counted in the same transaction).
    /// Recorded without the signing key's id, like rows from before the key id was stored
    /// (schema version 3): such a token stays listed until it expires, retired key or not.
    async fn record_access_token_within(
        &self,
        token_id: &str,
        user_id: &str,
        expires_at: u64,
        max_active: u32,
    ) -> Result<(), StoreError> {
        self.record_signed_access_token(token_id, None, user_id, expires_at, max_active)
            .await
    }

    /// Records an access token with the id of the key that signed it, refused with
    /// [`StoreError::LimitReached`] when the user already has `max_active` active tokens
    /// (counted in the same transaction). "Active": not revoked, not expired, and not
    /// signed by a retired key (a token whose key id is unknown, `None`, counts as active
    /// until it expires); [`Store::access_tokens`] lists the same set.
    async fn record_signed_access_token(
        &self,
        token_id: &str,
        key_id: Option<&KeyId>,
        user_id: &str,
        expires_at: u64,
        max_active: u32,
    ) -> Result<(), StoreError>;

    /// Deletes up to `batch` access-token rows that can never authenticate again (revoked,
    /// or expired at `now`) and returns how many it deleted. The background sweep calls
    /// this; each call is one short transaction.
    async fn sweep_access_tokens(&self, now: u64, batch: u32) -> Result<u64, StoreError>;

    /// The user's active access tokens at `now`: neither revoked nor expired, and not
    /// signed by a retired key (those answer 401); tokens recorded without their key id
    /// (before schema version 3) are listed until they expire.
    async fn access_tokens(
        &self,
        user_id: &str,
        now: u64,
    ) -> Result<Vec<AccessTokenInfo>, StoreError>;

    /// Revokes an access token (of `user_id` only, when given); `false` when there was no
    /// such active token.
    async fn revoke_access_token(
        &self,
        token_id: &str,
        user_id: Option<&str>,
    ) -> Result<bool, StoreError>;

    // --- named invitations ---

    /// The space's current invitation epoch (which new invitations carry); `None` when
    /// there is no such space.
    async fn space_invite_epoch(&self, space_id: &str) -> Result<Option<u64>, StoreError>;

    /// Stores a new named invitation (its `usage_count` and `revoked` are taken as given,
    /// normally 0 and false). One statement: atomic. `AlreadyExists` when its owner already
    /// has one of this name (a unique index decides, so two concurrent creations of one
    /// name cannot both succeed); `LimitReached` beyond
    /// [`MAX_NAMED_INVITATIONS_PER_USER`] (counted in the same transaction).
    async fn create_named_invitation(&self, invitation: &NamedInvitation)
    -> Result<(), StoreError>;

    /// The ids of the user's named invitations, oldest first.
    async fn named_invitation_ids(&self, owner_id: &str) -> Result<Vec<String>, StoreError>;

    /// The named invitation with this token id, whoever owns it; `None` when there is none.
    async fn named_invitation(&self, token_id: &str)
    -> Result<Option<NamedInvitation>, StoreError>;

    /// Renames and/or revokes or un-revokes a named invitation of `owner_id`, in one
    /// statement (atomic). `false` when the owner has no such invitation; `AlreadyExists`
    /// when the new name is taken by another of theirs.
    async fn update_named_invitation(
        &self,
        token_id: &str,
        owner_id: &str,
        name: Option<&str>,
        revoked: Option<bool>,
    ) -> Result<bool, StoreError>;

    /// Deletes a named invitation of `owner_id` (joins with it are refused from then on:
    /// a join in progress either committed before or finds it gone). `false` when the
    /// owner has no such invitation.
    async fn delete_named_invitation(
        &self,
        token_id: &str,
        owner_id: &str,
    ) -> Result<bool, StoreError>;

    // --- invitations ---

    /// Revokes one invitation by its token id: from then on a join with it is refused
    /// with [`JoinRefusal::Revoked`]. Revoking it again is no error.
    async fn revoke_invitation(&self, token_id: &str, space_id: &str) -> Result<(), StoreError>;

    /// Revokes every invitation of the space minted so far, by moving its epoch on (seen
    /// in [`Membership::invite_epoch`]); `NotFound` when there is no such space.
    async fn revoke_space_invitations(&self, space_id: &str) -> Result<(), StoreError>;

    /// The signing key with this id, unless it is retired (tokens it signed no longer
    /// verify) or unknown. May be cached (see [the contract](Store#contract)): a retired key
    /// must stop being found at the next call.
    async fn signing_key(&self, id: &KeyId) -> Result<Option<SigningKey>, StoreError>;

    /// The key that signs new tokens: the newest key that is not retired, created if there
    /// is none (two handles asking at once on an empty store create one key between them).
    async fn current_signing_key(&self) -> Result<SigningKey, StoreError>;

    /// Creates a new key, which signs every new token from now on; older keys keep
    /// verifying the tokens they signed until they are retired.
    async fn rotate_signing_key(&self) -> Result<KeyId, StoreError>;

    /// Retires a key: tokens it signed stop verifying. `false` when there is no such
    /// active key.
    async fn retire_signing_key(&self, id: &KeyId) -> Result<bool, StoreError>;

    /// Every key, retired ones included, newest first.
    async fn signing_keys(&self) -> Result<Vec<KeyInfo>, StoreError>;

    // --- administration (CLI, first start) ---

    /// The id of the user called `name`.
    async fn user_id_by_name(&self, name: &str) -> Result<Option<String>, StoreError>;

    /// Adds a user; fails with `AlreadyExists` when the name is taken and with `Invalid`
    /// when it is not in canonical form (see [`crate::username`]: the caller maps it).
    async fn add_user(&self, name: &str, password_hash: &str) -> Result<String, StoreError>;

    /// Every user and their stored name, by name.
    async fn users(&self) -> Result<Vec<StoredUser>, StoreError>;

    /// Gives a user a new name, which must be canonical (`Invalid` otherwise; `AlreadyExists`
    /// when taken). `false` when there is no such user.
    async fn rename_user(&self, user_id: &str, new_name: &str) -> Result<bool, StoreError>;

    /// Creates a space whose owner gets every privilege. It becomes the owner's default
    /// space if they had none. The owner may be a member of at most
    /// [`MAX_SPACES_PER_USER`] spaces.
    async fn create_space(&self, name: &str, owner_id: &str) -> Result<String, StoreError> {
        self.create_space_within(name, owner_id, MAX_SPACES_PER_USER)
            .await
    }

    /// [`Store::create_space`], refused with [`StoreError::LimitReached`] when the owner is
    /// already a member of `max_spaces` spaces (counted in the same transaction).
    async fn create_space_within(
        &self,
        name: &str,
        owner_id: &str,
        max_spaces: u32,
    ) -> Result<String, StoreError>;

    /// Adds a member with these privileges (view rights are always included). The space
    /// becomes the user's default if they had none. A new membership is refused with
    /// [`StoreError::LimitReached`] beyond [`MAX_SPACES_PER_USER`].
    async fn add_member(
        &self,
        space_id: &str,
        user_id: &str,
        privileges: &[Privilege],
    ) -> Result<(), StoreError>;

    /// Replaces a member's privileges with these (view rights are always included).
    ///
    /// Contract: in one transaction, which holds every membership of the space against
    /// concurrent changes of this kind (SQLite: an immediate transaction; PostgreSQL: the
    /// space's membership rows locked `FOR UPDATE`), it checks that the user is a member
    /// and that afterwards at least one member still holds `space_set_privileges`, and only
    /// then writes. Refused ([`PrivilegesRefusal`]) with nothing changed otherwise; two
    /// calls at once that would each take the last such privilege away cannot both
    /// succeed. `NotFound` when there is no such space.
    async fn set_member_privileges(
        &self,
        space_id: &str,
        user_id: &str,
        privileges: &[Privilege],
    ) -> Result<Result<(), PrivilegesRefusal>, StoreError>;

    /// Whether the first-start bootstrap has run on this data (and committed).
    async fn is_bootstrapped(&self) -> Result<bool, StoreError>;

    /// Runs the first-start bootstrap once: user `admin` with this password hash (unless a
    /// user `admin` exists already) and a space of its own. `None` when it already ran.
    /// Atomic: several handles bootstrapping at once on an empty store bootstrap once.
    async fn bootstrap(
        &self,
        admin_password_hash: &str,
    ) -> Result<Option<Bootstrapped>, StoreError>;
}

/// Why [`Store::set_member_privileges`] changed nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivilegesRefusal {
    /// The user is not a member of the space.
    NotMember,
    /// No member would hold `space_set_privileges` any more.
    LastPrivilegeSetter,
}

/// The check of [`Store::set_member_privileges`] on the space's memberships as read in
/// its transaction: `members` as (user id, privileges).
pub(crate) fn check_new_privileges(
    members: &[(String, Vec<Privilege>)],
    user_id: &str,
    privileges: &[Privilege],
) -> Result<(), PrivilegesRefusal> {
    if !members.iter().any(|(id, _)| id == user_id) {
        return Err(PrivilegesRefusal::NotMember);
    }
    let setter_left = privileges.contains(&Privilege::SpaceSetPrivileges)
        || members
            .iter()
            .any(|(id, held)| id != user_id && held.contains(&Privilege::SpaceSetPrivileges));
    match setter_left {
        true => Ok(()),
        false => Err(PrivilegesRefusal::LastPrivilegeSetter),
    }
}

/// The error for a user at the membership cap.
pub(crate) fn space_limit(max_spaces: u32) -> StoreError {
    StoreError::LimitReached(format!(
        "You are a member of {max_spaces} spaces, the most allowed; leave one first."
    ))
}

/// The error for a user at the named-invitation cap.
pub(crate) fn named_limit() -> StoreError {
    StoreError::LimitReached(format!(
        "You have {MAX_NAMED_INVITATIONS_PER_USER} named tokens, the most allowed; delete one first."
    ))
}

/// The error for a named invitation whose name its owner already uses.
pub(crate) fn named_taken(name: &str) -> StoreError {
    StoreError::AlreadyExists(format!("named token {name:?}"))
}

/// The error for a user at the access-token cap.
pub(crate) fn token_limit(max_active: u32) -> StoreError {
    StoreError::LimitReached(format!(
        "You have {max_active} active access tokens, the most allowed; revoke one first."
    ))
}

/// A token checked against the keys in `store`: decoded, its signing key looked up, then
/// verified — signature and caveat grammar, and with `expected` also its kind and its
/// expiry at the given unix time. The outer error is the store's, the inner the token's
/// (an unknown or retired key is `TokenError::UnknownKey`).
pub async fn verify_token(
    store: &dyn Store,
    token: &str,
    expected: Option<(TokenKind, u64)>,
) -> Result<Result<Claims, TokenError>, StoreError> {
    let decoded = match token::decode(token) {
        Ok(decoded) => decoded,
        Err(error) => return Ok(Err(error)),
    };
    let Some(key) = store.signing_key(decoded.key_id()).await? else {
        return Ok(Err(TokenError::UnknownKey));
    };
    Ok(match expected {
        Some((kind, now)) => token::verify(&decoded, &key, kind, now),
        None => token::verify_signature_and_grammar(&decoded, &key),
    })
}
