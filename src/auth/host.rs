//! The embedding host's own identity for a request: [`HostIdentity`].
//!
//! A service that embeds the API and has already authenticated its user (its own login,
//! session cookie, single sign-on) inserts `HostIdentity(user_id)` into the request's
//! extensions before handing the request to [`ApiService`](crate::ApiService). The API then
//! takes that user as the caller and does not look at the credentials headers at all.
//!
//! Trust boundary: extensions are values in the host's memory, attached to a request by code
//! running in the host's process. Nothing a client sends over HTTP becomes an extension: hyper
//! (and axum on top of it) builds every request with empty extensions, and headers stay
//! headers, whatever their name (`HostIdentity: admin` or `X-Host-Identity` is just an
//! unknown header here). So only the host can make a request carry a `HostIdentity`, and
//! `onezone-tokens serve`, which inserts none, authenticates every request from its
//! credentials. A host that inserts one vouches for it: it must insert it only for users it
//! has authenticated itself.

/// The id of a user (as the store knows it, e.g. from `Store::user_id_by_name` or
/// `Store::add_user`) an embedding host has authenticated. See the module documentation.
///
/// Without it a request is authenticated from its credentials, as always. With it:
/// - the credentials headers are ignored (neither checked nor counted as failed logins);
/// - an id the store does not know is a 401 `invalid_credentials` JSON answer and an `error`
///   in the log: it is a bug in the host, not a client's guess;
/// - the per-user rate limits apply as to any caller;
/// - for creating access tokens it counts like a password login: the host's own login is
///   the user's primary authentication, just as a password is ours, and it is not a bearer
///   token of this API that a thief could use to mint successors (see
///   `auth::policy`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HostIdentity(pub String);
