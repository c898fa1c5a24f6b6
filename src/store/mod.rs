//! The storage boundary. The server, the authenticator and the CLI speak only to [`Store`];
//! [`SqliteStore`] is the embedded default. Another database plugs in by implementing the
//! trait, without touching the token or HTTP code.

mod sqlite;

pub use sqlite::SqliteStore;

use crate::privileges::Privilege;
use crate::token::{KeyId, SigningKey};
use async_trait::async_trait;

/// What the authenticator needs to check a password.
#[derive(Debug, Clone)]
pub struct Login {
    pub user_id: String,
    /// An argon2id hash in PHC string format.
    pub password_hash: String,
}

/// A user's membership in one space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub space_id: String,
    pub privileges: Vec<Privilege>,
}

impl Membership {
    pub fn has(&self, privilege: Privilege) -> bool {
        self.privileges.contains(&privilege)
    }
}

/// What the first start on an empty data directory created.
#[derive(Debug, Clone)]
pub struct Bootstrapped {
    pub user_id: String,
    pub space_id: String,
    /// False when a user `admin` existed already (added with the CLI before the first start).
    pub admin_created: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0} not found")]
    NotFound(String),
    #[error("{0} already exists")]
    AlreadyExists(String),
    #[error("{0}")]
    Invalid(String),
    #[error("storage failure: {0}")]
    Backend(String),
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    // --- read by every request ---

    /// The login of the user called `name`, if any.
    async fn find_login(&self, name: &str) -> Result<Option<Login>, StoreError>;

    /// Whether the user with this id exists.
    async fn user_exists(&self, user_id: &str) -> Result<bool, StoreError>;

    /// The caller's default space and their privileges in it; `None` without one.
    async fn default_space(&self, user_id: &str) -> Result<Option<Membership>, StoreError>;

    /// The signing key with this id, retired or not (until it is deleted).
    async fn signing_key(&self, id: &KeyId) -> Result<Option<SigningKey>, StoreError>;

    /// The key that signs new tokens: the newest key, created if there is none.
    async fn current_signing_key(&self) -> Result<SigningKey, StoreError>;

    // --- administration (CLI, first start) ---

    /// The id of the user called `name`.
    async fn user_id_by_name(&self, name: &str) -> Result<Option<String>, StoreError>;

    /// Adds a user; fails with `AlreadyExists` when the name is taken.
    async fn add_user(&self, name: &str, password_hash: &str) -> Result<String, StoreError>;

    /// Creates a space whose owner gets every privilege. It becomes the owner's default
    /// space if they had none.
    async fn create_space(&self, name: &str, owner_id: &str) -> Result<String, StoreError>;

    /// Adds a member with these privileges (view rights are always included). The space
    /// becomes the user's default if they had none.
    async fn add_member(
        &self,
        space_id: &str,
        user_id: &str,
        privileges: &[Privilege],
    ) -> Result<(), StoreError>;

    /// Whether the first-start bootstrap has run on this data.
    async fn is_bootstrapped(&self) -> Result<bool, StoreError>;

    /// Runs the first-start bootstrap once: user `admin` with this password hash (unless a
    /// user `admin` exists already) and a space of its own. `None` when it already ran.
    async fn bootstrap(
        &self,
        admin_password_hash: &str,
    ) -> Result<Option<Bootstrapped>, StoreError>;
}
