//! The command line: `serve` and the administration commands. Every command takes
//! `--data-dir` (or `--database` for PostgreSQL) and works while servers run on the same
//! store; a running server sees the change on its next request, because it reads users,
//! spaces and keys from the store.

use crate::app::{Application, Config};
use crate::auth::password;
use crate::http::{CorsOrigins, Limits, TlsConfig, TrustedProxies, client_addr, cors};
use crate::logging::LogFormat;
use crate::privileges::Privilege;
use crate::server::named_invitations;
use crate::server::{TokenSettings, issue_access_token, validate_space_name};
use crate::store::{
    MAX_ACCESS_TOKENS_PER_USER, MAX_SPACES_PER_USER, PrivilegesRefusal, SqliteStore, Store,
    StoreError, open_existing_store, open_store, redacted_database_url, sweep, verify_token,
};
use crate::token::{self, Grant, TokenError};
use crate::username;
use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use std::io::{BufRead, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

const ONE_DAY: u64 = 24 * 60 * 60;
/// Longest TTL accepted: ten years.
const MAX_TTL: u64 = 10 * 365 * ONE_DAY;

#[derive(Parser)]
#[command(
    name = "onezone-tokens",
    version,
    about = "Onezone space invitation token server"
)]
pub struct Cli {
    /// Directory of the database (users, spaces, signing keys) and the TLS certificate.
    #[arg(
        long,
        global = true,
        env = "ONEZONE_DATA_DIR",
        default_value = "./onezone-data"
    )]
    pub data_dir: PathBuf,

    /// PostgreSQL database URL (postgres://user:password@host:port/dbname): several
    /// replicas share it. Without it the store is SQLite in --data-dir.
    #[arg(
        long,
        global = true,
        env = "ONEZONE_DATABASE_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub database: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

/// The database URL's password redacted.
impl std::fmt::Debug for Cli {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cli")
            .field("data_dir", &self.data_dir)
            .field(
                "database",
                &self.database.as_deref().map(redacted_database_url),
            )
            .field("command", &self.command)
            .finish()
    }
}

/// A token given as an argument, or `-`: read from standard input (the way to keep it out
/// of `ps`). Never shown by `Debug`.
#[derive(Clone)]
pub struct TokenArg(String);

impl std::str::FromStr for TokenArg {
    type Err = std::convert::Infallible;
    fn from_str(text: &str) -> Result<TokenArg, Self::Err> {
        Ok(TokenArg(text.to_owned()))
    }
}

impl std::fmt::Debug for TokenArg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0 == "-" {
            f.write_str("TokenArg(-)")
        } else {
            f.write_str("TokenArg(<redacted>)")
        }
    }
}

impl TokenArg {
    /// The token: the argument, or for `-` the first line of standard input.
    fn read(&self) -> anyhow::Result<String> {
        if self.0 != "-" {
            return Ok(self.0.trim().to_owned());
        }
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("cannot read the token from standard input")?;
        let token = line.trim();
        if token.is_empty() {
            bail!("no token on standard input (give it on the first line)");
        }
        Ok(token.to_owned())
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the REST API (HTTPS on 127.0.0.1:8443 by default).
    Serve(ServeArgs),
    /// Manage users.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage spaces and their members.
    #[command(subcommand)]
    Space(SpaceCommand),
    /// Issue and inspect tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Rotate, retire and list the keys that sign tokens.
    #[command(subcommand)]
    Key(KeyCommand),
    /// Write a consistent copy of the database (users, spaces, keys) to a new file, also
    /// while a server runs. Restore by stopping the server and putting the copy in place of
    /// `onezone.db` (see docs/operations.md).
    Backup {
        /// The new file (must not exist); it is created readable by its owner only.
        file: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8443", value_name = "ADDR")]
    pub listen: SocketAddr,
    /// PEM certificate chain (needs --tls-key). Without both, a self-signed certificate is
    /// created in the data directory on first start and reused.
    #[arg(
        long,
        value_name = "FILE",
        requires = "tls_key",
        conflicts_with = "no_tls"
    )]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key in PKCS#8 form ("BEGIN PRIVATE KEY"), for --tls-cert.
    #[arg(
        long,
        value_name = "FILE",
        requires = "tls_cert",
        conflicts_with = "no_tls"
    )]
    pub tls_key: Option<PathBuf>,
    /// Serve plain HTTP instead of HTTPS.
    #[arg(long)]
    pub no_tls: bool,
    /// Lifetime of space invitation tokens, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = ONE_DAY,
          value_parser = clap::value_parser!(u64).range(1..=MAX_TTL))]
    pub invite_ttl: u64,
    /// How many users may join with one invitation minted from now on (1: single use).
    /// The limit is written into each invitation (caveat `uses <= N`), so changing it
    /// later never changes invitations already given out.
    #[arg(long, value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub invite_max_uses: u32,
    /// The furthest ahead, in seconds, the time caveat of a temporary invitation
    /// (POST /user/tokens/temporary) may lie (default 14 days).
    #[arg(long, value_name = "SECONDS", default_value_t = 14 * ONE_DAY,
          env = "ONEZONE_MAX_TEMPORARY_TTL",
          value_parser = clap::value_parser!(u64).range(1..=MAX_TTL))]
    pub max_temporary_ttl: u64,
    /// Lifetime of access tokens created with POST /user/client_tokens, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = ONE_DAY,
          value_parser = clap::value_parser!(u64).range(1..=MAX_TTL))]
    pub access_ttl: u64,
    /// Connections served at once (more wait in the listen backlog; idle keep-alive
    /// connections are closed first to make room).
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_connections as u64,
          value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_connections: u64,
    /// Connections one client address (an IPv6 /64) may hold at once; trusted proxies are
    /// exempt. More from it wait for one of its own to end.
    #[arg(long, value_name = "N",
          default_value_t = Limits::default().max_connections_per_address as u64,
          value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_connections_per_address: u64,
    /// A proxy (CIDR or address) whose Forwarded / X-Forwarded-For header names the client
    /// (repeatable; from any other peer those headers are ignored).
    #[arg(long = "trusted-proxy", value_name = "CIDR", env = "ONEZONE_TRUSTED_PROXIES",
          value_delimiter = ',', value_parser = client_addr::parse_network)]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// An origin (`scheme://host[:port]`) whose web pages may call the API from a browser
    /// (CORS; repeatable; none by default). See docs/browser-clients.md.
    #[arg(long = "cors-origin", value_name = "ORIGIN", env = "ONEZONE_CORS_ORIGINS",
          value_delimiter = ',', value_parser = cors::parse_origin)]
    pub cors_origins: Vec<String>,
    /// Serve no interactive documentation (Swagger UI at /api/v3/onezone/docs).
    #[arg(long)]
    pub no_docs: bool,
    /// Seconds for a request's headers to arrive; also the idle keep-alive and TLS
    /// handshake timeout.
    #[arg(long, value_name = "SECONDS", default_value_t = Limits::default().header_timeout.as_secs(),
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,
    /// Seconds for a request's body to arrive (408 after).
    #[arg(long, value_name = "SECONDS", default_value_t = Limits::default().body_timeout.as_secs(),
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub body_timeout: u64,
    /// Largest request body in bytes (413 beyond).
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_body_bytes as u64,
          value_parser = clap::value_parser!(u64).range(1024..=16 * 1024 * 1024))]
    pub max_body_bytes: u64,
    /// Invitations one user may mint per minute (0: no limit).
    #[arg(long, value_name = "N", default_value_t = Limits::default().mints_per_minute)]
    pub mint_rate: u32,
    /// Joins one user may attempt per minute (0: no limit).
    #[arg(long, value_name = "N", default_value_t = Limits::default().joins_per_minute)]
    pub join_rate: u32,
    /// Failed authentications one client address may make per minute for one user name
    /// (0: no limit).
    #[arg(long, value_name = "N", default_value_t = Limits::default().failed_logins_per_minute)]
    pub failed_login_rate: u32,
    /// Serve Prometheus metrics (plain HTTP, GET /metrics) on this address, a listener of
    /// its own; without it there are none. Bind it where only the scraper reaches.
    #[arg(long, value_name = "ADDR")]
    pub metrics_listen: Option<SocketAddr>,
    /// The log's line format on stderr: text lines, or one JSON object per line.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Access tokens one user may create per minute with POST /user/client_tokens
    /// (0: no limit).
    #[arg(long, value_name = "N", default_value_t = Limits::default().access_tokens_per_minute)]
    pub token_create_rate: u32,
    /// Spaces one user may create per minute with POST /user/spaces (0: no limit).
    #[arg(long, value_name = "N", default_value_t = Limits::default().spaces_per_minute)]
    pub space_create_rate: u32,
    /// Active (neither revoked nor expired) access tokens one user may have (409 beyond).
    #[arg(long, value_name = "N",
          default_value_t = TokenSettings::default().max_access_tokens_per_user,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_ACCESS_TOKENS_PER_USER)))]
    pub max_access_tokens_per_user: u32,
    /// Spaces one user may be a member of, created and joined together (409 beyond).
    #[arg(long, value_name = "N",
          default_value_t = TokenSettings::default().max_spaces_per_user,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_SPACES_PER_USER)))]
    pub max_spaces_per_user: u32,
    /// Seconds between sweeps that delete revoked and expired access-token rows
    /// (at most 10 batches of 1000 rows per sweep; 0: no sweep).
    #[arg(long, value_name = "SECONDS", default_value_t = sweep::DEFAULT_INTERVAL.as_secs(),
          value_parser = clap::value_parser!(u64).range(0..=86_400))]
    pub sweep_interval: u64,
    /// Failed authentications one client address (an IPv6 /64) may make per minute over
    /// all user names (0: no limit).
    #[arg(long, value_name = "N",
          default_value_t = Limits::default().failed_logins_per_address_per_minute)]
    pub failed_login_rate_per_address: u32,
    /// Password checks one client address may have waiting or running at once (429 beyond).
    #[arg(long, value_name = "N",
          default_value_t = Limits::default().password_checks_per_address as u64,
          value_parser = clap::value_parser!(u64).range(1..=256))]
    pub password_checks_per_address: u64,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user; the password is read from standard input (one line). Prints the user id.
    Add {
        /// Login name, stored in its RFC 8265 canonical form (UsernameCaseMapped: `Alice`
        /// is `alice`); names the profile refuses (spaces, ':', invisible, control or
        /// compatibility characters) or that are an existing user's after mapping are refused.
        name: String,
        /// Read the password from standard input (required: passwords never go on the
        /// command line, where other users can see them).
        #[arg(long, required = true)]
        password_stdin: bool,
        /// Create the data directory and database (or a PostgreSQL database's schema) if
        /// there is none, e.g. to add users before the first `serve`. Without it a missing
        /// or empty one is refused, so that a mistyped --data-dir is noticed.
        #[arg(long)]
        create: bool,
    },
    /// Check the stored user names against RFC 8265 (for databases from before the rule):
    /// lists names not in canonical form, names the profile refuses and groups of users
    /// whose names are the same after mapping. Exits 1 when names collide or are refused.
    CheckNames {
        /// Store the canonical form of every name that is not canonical and that no other
        /// user's name maps to (colliding and refused names are left for `user rename`).
        #[arg(long)]
        fix: bool,
    },
    /// Give a user a new login name (e.g. one of several whose names collide).
    Rename {
        /// The user's id, as `user check-names` shows it.
        user_id: String,
        /// The new login name (the same rules as `user add`).
        new_name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum SpaceCommand {
    /// Create a space; the owner gets every privilege. Prints the space id.
    Create {
        /// The space's name.
        name: String,
        /// Login name of the owner.
        #[arg(long, value_name = "USER")]
        owner: String,
    },
    /// Add a user to a space. Without --privilege the member gets view rights only. On an
    /// existing member it adds the given privileges and takes none away.
    AddMember {
        space_id: String,
        /// Login name of the user.
        user: String,
        /// A privilege to grant, e.g. space_invite_user (repeatable).
        #[arg(long = "privilege", value_name = "NAME")]
        privileges: Vec<Privilege>,
    },
    /// Replace a member's privileges with exactly the given ones (view rights are always
    /// kept). Refused, with nothing changed, when no member would be left holding
    /// space_set_privileges.
    SetPrivileges {
        space_id: String,
        /// Login name of the member.
        user: String,
        /// A privilege the member keeps or gets (repeatable; none: view rights only).
        #[arg(long = "privilege", value_name = "NAME")]
        privileges: Vec<Privilege>,
    },
    /// Revoke every invitation to the space minted so far (new ones work again).
    RevokeInvitations { space_id: String },
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Create a new signing key; new tokens are signed with it, older keys keep verifying
    /// their tokens until retired. Prints the new key id.
    Rotate {
        /// Create the data directory and database (or a PostgreSQL database's schema) if
        /// there is none, e.g. to make the first key before the first `serve`.
        #[arg(long)]
        create: bool,
    },
    /// Retire a key: tokens it signed no longer verify (401 invalid_token, or 400 for a join).
    Retire {
        /// The key id (see `key list`).
        key_id: String,
        /// Retire it even if it is the last active key: every token then stops verifying,
        /// and the next token minted is signed by a new key made for it.
        #[arg(long)]
        force: bool,
    },
    /// List the keys (newest first): id, creation time, retirement time, which one signs.
    List,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Issue an access token for a user (for X-Auth-Token, macaroon or Bearer). Prints it.
    Issue {
        /// Login name of the user.
        user: String,
        /// Lifetime in seconds.
        #[arg(long, value_name = "SECONDS", default_value_t = ONE_DAY,
              value_parser = clap::value_parser!(u64).range(1..=MAX_TTL))]
        ttl: u64,
    },
    /// Decode a token without the key: location, identifier, caveats and expiry.
    Inspect {
        /// The token (base64url macaroon), or `-` to read it from standard input. Prefer
        /// `-`: an argument is visible to every local user (ps, /proc) while the command runs.
        #[arg(value_name = "TOKEN|-")]
        token: TokenArg,
    },
    /// Create a named invitation to a space (as POST /user/tokens/named does, on behalf of
    /// its --owner, who needs space_invite_user and every privilege it carries). Prints
    /// its token id, then the token.
    CreateInvite {
        /// The space to invite to.
        space_id: String,
        /// Login name of the inviter (the token's owner).
        #[arg(long, value_name = "USER")]
        owner: String,
        /// The token's name, unique among the owner's (default: "invite-" followed by the unix time of creation).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// How many joins it admits: a positive number or "infinity" (the default).
        #[arg(long, value_name = "N|infinity", default_value = "infinity",
              value_parser = parse_usage_limit)]
        usage_limit: UsageLimit,
        /// A privilege a joining user gets (repeatable; none: space_view and
        /// space_write_data, Onezone's member defaults).
        #[arg(long = "privilege", value_name = "NAME")]
        privileges: Vec<Privilege>,
        /// Login name of a user who may use it (repeatable; none: anyone).
        #[arg(long = "consumer", value_name = "USER")]
        consumers: Vec<String>,
        /// A client network (CIDR or address) it may be used from (repeatable; none: any).
        #[arg(long = "ip", value_name = "CIDR")]
        ips: Vec<String>,
        /// Valid for this many seconds (none: until revoked or deleted).
        #[arg(long, value_name = "SECONDS",
              value_parser = clap::value_parser!(u64).range(1..=MAX_TTL))]
        ttl: Option<u64>,
    },
    /// List a user's named invitations: id, name, uses (count/limit), revoked or active.
    ListNamed {
        /// Login name of the owner.
        user: String,
    },
    /// Revoke one token: an invitation (it can no longer be used to join) or an access
    /// token (it no longer authenticates).
    Revoke {
        /// The token (base64url macaroon), or `-` to read it from standard input. Prefer
        /// `-`: an argument is visible to every local user (ps, /proc) while the command runs.
        #[arg(value_name = "TOKEN|-")]
        token: TokenArg,
    },
}

/// A usage limit as `token create-invite --usage-limit` takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UsageLimit(pub Option<u32>);

fn parse_usage_limit(text: &str) -> Result<UsageLimit, String> {
    if text == "infinity" {
        return Ok(UsageLimit(None));
    }
    match text.parse::<u32>() {
        Ok(n) if n > 0 => Ok(UsageLimit(Some(n))),
        _ => Err("a positive number or \"infinity\"".to_owned()),
    }
}

/// Runs a parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let data_dir = cli.data_dir;
    let database = cli.database;
    let open = || open_configured(database.as_deref(), &data_dir, false);
    match cli.command {
        Command::Serve(args) => serve(&data_dir, database.clone(), args).await,
        Command::User(UserCommand::Add { name, create, .. }) => {
            let mapped = new_user_name(&name)?;
            let password = read_password()?;
            let hash = tokio::task::spawn_blocking(move || password::hash(&password))
                .await?
                .map_err(anyhow::Error::msg)?;
            let store = open_configured(database.as_deref(), &data_dir, create).await?;
            // Names stored since the rule are canonical, so two adds of one name at once
            // meet in the store's unique index; this finds older look-alikes too.
            refuse_same_as(store.as_ref(), &name, &mapped, None).await?;
            let user_id = store
                .add_user(&mapped, &hash)
                .await
                .map_err(|error| match error {
                    StoreError::AlreadyExists(_) => {
                        anyhow::anyhow!("user name {name:?}: there is a user {mapped:?} already")
                    }
                    other => other.into(),
                })?;
            if mapped != name {
                eprintln!("user name {name:?} is stored as {mapped:?} (RFC 8265)");
            }
            println!("{user_id}");
            Ok(())
        }
        Command::User(UserCommand::CheckNames { fix }) => {
            check_names(open().await?.as_ref(), fix).await
        }
        Command::User(UserCommand::Rename { user_id, new_name }) => {
            let store = open().await?;
            let mapped = new_user_name(&new_name)?;
            refuse_same_as(store.as_ref(), &new_name, &mapped, Some(&user_id)).await?;
            if !store.rename_user(&user_id, &mapped).await? {
                bail!("no user with id {user_id:?} (see `user check-names`)");
            }
            println!("user {user_id} is now {mapped:?}");
            Ok(())
        }
        Command::Space(SpaceCommand::Create { name, owner }) => {
            validate_space_name(&name).map_err(anyhow::Error::msg)?;
            let store = open().await?;
            let owner_id = user_id(store.as_ref(), &owner).await?;
            println!("{}", store.create_space(&name, &owner_id).await?);
            Ok(())
        }
        Command::Space(SpaceCommand::AddMember {
            space_id,
            user,
            privileges,
        }) => {
            let store = open().await?;
            let user_id = user_id(store.as_ref(), &user).await?;
            // Adding never takes a privilege away: an existing member keeps what it holds
            // and gains the given ones. (Read, then write: two administrators changing the
            // same member at the same instant may lose one's change.)
            let held = store
                .user_space(&user_id, &space_id)
                .await?
                .map(|space| space.privileges);
            let mut granted = held.clone().unwrap_or_default();
            granted.extend(privileges.iter().copied());
            granted.push(Privilege::SpaceView);
            granted.sort();
            granted.dedup();
            store.add_member(&space_id, &user_id, &granted).await?;
            let names = |list: &[Privilege]| {
                list.iter()
                    .map(|p| p.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            match held {
                None => println!("added {user} to space {space_id} with {}", names(&granted)),
                Some(held) => {
                    let new: Vec<Privilege> = granted
                        .iter()
                        .filter(|p| !held.contains(p))
                        .copied()
                        .collect();
                    if new.is_empty() {
                        println!(
                            "{user} is already a member of space {space_id}; nothing added \
                             (holds {})",
                            names(&granted)
                        );
                    } else {
                        println!(
                            "{user} is already a member of space {space_id}: added {}; \
                             now holds {}",
                            names(&new),
                            names(&granted)
                        );
                    }
                }
            }
            Ok(())
        }
        Command::Space(SpaceCommand::SetPrivileges {
            space_id,
            user,
            privileges,
        }) => {
            let store = open().await?;
            let user_id = user_id(store.as_ref(), &user).await?;
            let mut granted = privileges;
            granted.push(Privilege::SpaceView);
            granted.sort();
            granted.dedup();
            match store
                .set_member_privileges(&space_id, &user_id, &granted)
                .await?
            {
                Ok(()) => {
                    let names: Vec<&str> = granted.iter().map(|p| p.as_str()).collect();
                    println!("{user} now holds {} in space {space_id}", names.join(", "));
                    Ok(())
                }
                Err(PrivilegesRefusal::NotMember) => bail!(
                    "{user} is not a member of space {space_id} (add it with `space add-member`)"
                ),
                Err(PrivilegesRefusal::LastPrivilegeSetter) => bail!(
                    "refused: no member of space {space_id} would hold space_set_privileges \
                     any more, and nobody could change privileges in it again; give it to \
                     another member first, or keep it in --privilege; nothing was changed"
                ),
            }
        }
        Command::Space(SpaceCommand::RevokeInvitations { space_id }) => {
            open().await?.revoke_space_invitations(&space_id).await?;
            println!("revoked every invitation to space {space_id} minted so far");
            Ok(())
        }
        Command::Token(TokenCommand::Issue { user, ttl }) => {
            let store = open().await?;
            let user_id = user_id(store.as_ref(), &user).await?;
            println!(
                "{}",
                issue_access_token(store.as_ref(), &user_id, ttl, MAX_ACCESS_TOKENS_PER_USER)
                    .await?
                    .token
            );
            Ok(())
        }
        Command::Token(TokenCommand::Inspect { token }) => inspect(&token.read()?),
        Command::Token(TokenCommand::CreateInvite {
            space_id,
            owner,
            name,
            usage_limit,
            privileges,
            consumers,
            ips,
            ttl,
        }) => {
            let store = open().await?;
            let owner_id = user_id(store.as_ref(), &owner).await?;
            let mut consumer_ids = Vec::new();
            for consumer in &consumers {
                consumer_ids.push(user_id(store.as_ref(), consumer).await?);
            }
            let ips = named_invitations::ip_whitelist(&ips)
                .map_err(|error| anyhow::anyhow!(error.description()))?;
            let request = named_invitations::NamedInviteRequest {
                name: name.unwrap_or_else(|| format!("invite-{}", crate::clock::unix_now())),
                space_id,
                caveats: named_invitations::InviteCaveats {
                    valid_until: ttl.map(|ttl| crate::clock::unix_now().saturating_add(ttl)),
                    consumers: consumer_ids,
                    ips,
                },
                usage_limit: usage_limit.0,
                privileges: (!privileges.is_empty()).then_some(privileges),
            };
            let created =
                named_invitations::create_named_invite(store.as_ref(), &owner_id, request)
                    .await
                    .map_err(|error| anyhow::anyhow!(error.description()))?;
            println!("{}\n{}", created.token_id, created.token);
            Ok(())
        }
        Command::Token(TokenCommand::ListNamed { user }) => {
            let store = open().await?;
            let owner_id = user_id(store.as_ref(), &user).await?;
            for id in store.named_invitation_ids(&owner_id).await? {
                let Some(named) = store.named_invitation(&id).await? else {
                    continue;
                };
                let limit = named
                    .usage_limit
                    .map_or_else(|| "infinity".to_owned(), |n| n.to_string());
                let state = if named.revoked { "revoked" } else { "active" };
                println!(
                    "{id}\t{}\t{}/{limit}\t{state}\t{}",
                    named.name, named.usage_count, named.space_id
                );
            }
            Ok(())
        }
        Command::Key(KeyCommand::Rotate { create }) => {
            let store = open_configured(database.as_deref(), &data_dir, create).await?;
            println!("{}", store.rotate_signing_key().await?);
            Ok(())
        }
        Command::Key(KeyCommand::Retire { key_id, force }) => {
            let id = token::KeyId::parse(&key_id)
                .with_context(|| format!("{key_id:?} is not a key id (lowercase hex)"))?;
            let store = open().await?;
            let active: Vec<token::KeyId> = store
                .signing_keys()
                .await?
                .into_iter()
                .filter(|k| k.retired_at.is_none())
                .map(|k| k.id)
                .collect();
            if !force && active == [id.clone()] {
                bail!(
                    "{key_id} is the last active key: retiring it makes every token fail, and \
                     the next token minted gets a new key. Run `key rotate` first, or add \
                     --force to retire it anyway"
                );
            }
            if !store.retire_signing_key(&id).await? {
                bail!("no active key {key_id}");
            }
            println!("retired key {key_id}: tokens it signed no longer verify");
            Ok(())
        }
        Command::Key(KeyCommand::List) => {
            let keys = open().await?.signing_keys().await?;
            let current = keys
                .iter()
                .find(|k| k.retired_at.is_none())
                .map(|k| k.id.clone());
            for key in keys {
                let state = match key.retired_at {
                    Some(at) => format!("retired {}", readable_time(at)),
                    None if Some(&key.id) == current.as_ref() => {
                        "active, signs new tokens".to_owned()
                    }
                    None => "active".to_owned(),
                };
                println!(
                    "{}  created {}  {state}",
                    key.id,
                    readable_time(key.created_at)
                );
            }
            Ok(())
        }
        Command::Backup { file } => {
            if database.is_some() {
                bail!("backup copies the embedded SQLite store; back up PostgreSQL with pg_dump");
            }
            SqliteStore::open_existing(&data_dir)
                .with_context(|| format!("cannot open the data directory {}", data_dir.display()))?
                .backup_to(&file)
                .await?;
            println!("backed up {} to {}", data_dir.display(), file.display());
            Ok(())
        }
        Command::Token(TokenCommand::Revoke { token }) => {
            let token = token.read()?;
            revoke(open().await?.as_ref(), &token).await
        }
    }
}

async fn serve(data_dir: &Path, database: Option<String>, args: ServeArgs) -> anyhow::Result<()> {
    let tls = match (args.no_tls, args.tls_cert, args.tls_key) {
        (true, _, _) => TlsConfig::Disabled,
        (false, Some(cert), Some(key)) => TlsConfig::Files { cert, key },
        _ => TlsConfig::SelfSigned,
    };
    let config = Config {
        data_dir: data_dir.to_owned(),
        database,
        listen: args.listen,
        tls,
        tokens: TokenSettings {
            invite_ttl_seconds: args.invite_ttl,
            invite_max_uses: args.invite_max_uses,
            access_ttl_seconds: args.access_ttl,
            max_access_tokens_per_user: args.max_access_tokens_per_user,
            max_spaces_per_user: args.max_spaces_per_user,
            max_temporary_ttl_seconds: args.max_temporary_ttl,
        },
        limits: Limits {
            max_connections: args.max_connections as usize,
            max_connections_per_address: args.max_connections_per_address as usize,
            header_timeout: Duration::from_secs(args.header_timeout),
            body_timeout: Duration::from_secs(args.body_timeout),
            max_body_bytes: args.max_body_bytes as usize,
            mints_per_minute: args.mint_rate,
            joins_per_minute: args.join_rate,
            failed_logins_per_minute: args.failed_login_rate,
            access_tokens_per_minute: args.token_create_rate,
            spaces_per_minute: args.space_create_rate,
            failed_logins_per_address_per_minute: args.failed_login_rate_per_address,
            password_checks_per_address: args.password_checks_per_address as usize,
            ..Limits::default()
        },
        sweep_interval: Duration::from_secs(args.sweep_interval),
        trusted_proxies: TrustedProxies::new(args.trusted_proxies),
        cors_origins: CorsOrigins::new(&args.cors_origins).map_err(anyhow::Error::msg)?,
        docs: !args.no_docs,
        admin_password: std::env::var("ONEZONE_ADMIN_PASSWORD").ok(),
        metrics_listen: args.metrics_listen,
    };
    let app = Application::build(config).await?;
    let shutdown = shutdown_signal();
    if let Some(first) = app.first_start() {
        println!(
            "first start: created user admin with space {}",
            first.admin_space_id
        );
        if let Some(password) = &first.generated_admin_password {
            println!(
                "admin password (shown once, set ONEZONE_ADMIN_PASSWORD to choose it): {password}"
            );
        }
    }
    if let Some(url) = app.metrics_url() {
        println!("metrics on {url}");
    }
    println!("onezone-tokens serving {}", app.url());
    std::io::stdout().flush()?;
    app.run_until(shutdown).await
}

/// Resolves on SIGINT or SIGTERM. The handlers are installed at once, before the server
/// says it is serving: a signal sent right after that line still shuts down gracefully.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{SignalKind, signal};
    let interrupt = signal(SignalKind::interrupt());
    let terminate = signal(SignalKind::terminate());
    async move {
        match (interrupt, terminate) {
            (Ok(mut interrupt), Ok(mut terminate)) => {
                tokio::select! {
                    _ = interrupt.recv() => {},
                    _ = terminate.recv() => {},
                }
            }
            (_, Err(error)) | (Err(error), _) => {
                tracing::warn!(%error, "cannot listen for SIGTERM");
                let _ = tokio::signal::ctrl_c().await;
            }
        }
        tracing::info!("shutting down");
    }
}

/// The store the command works on. Only with `create` (`--create`) may a missing data
/// directory or database be created, or an empty one initialised; otherwise it must exist.
async fn open_configured(
    database: Option<&str>,
    data_dir: &Path,
    create: bool,
) -> anyhow::Result<Arc<dyn Store>> {
    match create {
        true => open_store(database, data_dir).await,
        false => open_existing_store(database, data_dir).await,
    }
    .with_context(|| match database {
        Some(_) => "cannot open the PostgreSQL database".to_owned(),
        None => format!("cannot open the data directory {}", data_dir.display()),
    })
}

/// The id of the user a name typed on the command line means: the user with the name's
/// canonical form (RFC 8265), as a login would find them.
async fn user_id(store: &dyn Store, name: &str) -> anyhow::Result<String> {
    let mapped = username::canonical(name)
        .map_err(|reason| anyhow::anyhow!("no user named {name:?}: {reason}"))?;
    store
        .user_id_by_name(&mapped)
        .await?
        .with_context(|| match mapped == name {
            true => format!("no user named {name:?}"),
            false => format!("no user named {name:?} (looked up as {mapped:?})"),
        })
}

/// The canonical form of a new user name, refused with the reason when RFC 8265's profile
/// rejects it.
fn new_user_name(name: &str) -> anyhow::Result<String> {
    username::canonical(name)
        .map_err(|reason| anyhow::anyhow!("user name {name:?} refused: {reason}"))
}

/// Refuses a new name whose canonical form `mapped` an existing user's name (other than
/// `renamed`'s) has too, including names stored before the rule.
async fn refuse_same_as(
    store: &dyn Store,
    name: &str,
    mapped: &str,
    renamed: Option<&str>,
) -> anyhow::Result<()> {
    let users = store.users().await?;
    if let Some(existing) = username::same_as(&users, mapped, renamed) {
        if existing.name == name {
            bail!("user {name:?} already exists");
        }
        bail!(
            "user name {name:?} refused: same as existing user {:?} after RFC 8265 case mapping \
             (both are {mapped:?})",
            existing.name
        );
    }
    Ok(())
}

/// `user check-names`: reports what [`username::check`] finds, and with `fix` stores the
/// canonical form of names that are merely not canonical.
async fn check_names(store: &dyn Store, fix: bool) -> anyhow::Result<()> {
    let users = store.users().await?;
    let found = username::check(&users);
    for (user, mapped) in &found.not_canonical {
        if fix {
            store
                .rename_user(&user.user_id, mapped)
                .await
                .with_context(|| format!("cannot store {mapped:?} as the name of {user}"))?;
            println!("renamed: {user} is now {mapped:?}");
        } else {
            println!(
                "not canonical: {user} logs in as {mapped:?} once that form is stored \
                 (`user check-names --fix`); until then nobody can log in as it"
            );
        }
    }
    for (user, reason) in &found.refused {
        println!(
            "refused: {user} {reason}; nobody can log in as it: give it a name with \
             `user rename {} NEW_NAME`",
            user.user_id
        );
    }
    for line in found.collision_lines() {
        println!("collision: {line}: rename all but one with `user rename USER_ID NEW_NAME`");
    }
    let problems = found.collisions.len() + found.refused.len();
    println!(
        "{} users: {} not canonical{}, {} refused, {} collisions",
        users.len(),
        found.not_canonical.len(),
        if fix && !found.not_canonical.is_empty() {
            " (fixed)"
        } else {
            ""
        },
        found.refused.len(),
        found.collisions.len()
    );
    if problems > 0 {
        bail!(
            "{} user names need an operator's decision (see above)",
            problems
        );
    }
    Ok(())
}

fn read_password() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the password from standard input")?;
    let password = line.strip_suffix('\n').unwrap_or(&line);
    let password = password.strip_suffix('\r').unwrap_or(password);
    if password.is_empty() {
        bail!("the password read from standard input is empty");
    }
    password::check_usable(password).map_err(anyhow::Error::msg)?;
    Ok(password.to_owned())
}

/// Revokes a genuine token of either kind; its signature must verify with our key.
async fn revoke(store: &dyn Store, token: &str) -> anyhow::Result<()> {
    let claims = match verify_token(store, token.trim(), None).await? {
        Ok(claims) => claims,
        Err(TokenError::UnknownKey) => {
            bail!("the token was signed with a key this data directory does not have")
        }
        Err(error) => return Err(error.into()),
    };
    let token_id = claims.token_id.as_str();
    match claims.grant {
        Grant::Access { .. } => {
            if store.revoke_access_token(token_id, None).await? {
                println!("revoked access token {token_id}");
            } else {
                println!("access token {token_id} was already revoked or is unknown");
            }
        }
        Grant::SpaceInvite { space_id, .. } | Grant::JoinSpace { space_id, .. } => {
            store.revoke_invitation(token_id, &space_id).await?;
            println!("revoked invitation {token_id} to space {space_id}");
        }
    }
    Ok(())
}

fn inspect(token: &str) -> anyhow::Result<()> {
    // A token our decoder refuses may be one of Onezone's own (its "base62" serialization):
    // then the Onezone reading is what the operator wants to see.
    if token::decode(token).is_err()
        && let Ok(seen) = token::onezone::examine(token)
    {
        return inspect_onezone(&seen);
    }
    let seen = token::inspect(token)?;
    println!(
        "location:   {}",
        seen.location.as_deref().map_or("(none)".into(), printable)
    );
    println!("identifier: {}", printable(&seen.identifier));
    if let Some((key_id, token_id)) = &seen.identifier_fields {
        println!("  key id:   {}", printable(&key_id.to_string()));
        println!("  token id: {}", printable(&token_id.to_string()));
    }
    println!("caveats:");
    for caveat in &seen.first_party_caveats {
        println!("  {}", printable(caveat));
    }
    if seen.third_party_caveats > 0 {
        println!("  ({} third-party caveats)", seen.third_party_caveats);
    }
    if let Some(expires_at) = seen.expires_at {
        let now = crate::clock::unix_now();
        let when = readable_time(expires_at);
        let state = if now < expires_at {
            format!("valid for {} more seconds", expires_at - now)
        } else {
            "expired".to_owned()
        };
        println!("expires:    {when} ({state})");
    }
    match &seen.problem {
        None => {
            println!("format:     onezone-tokens V1 (signature not checked: inspect has no key)")
        }
        Some(problem) => println!("format:     not accepted by this server: {problem}"),
    }
    Ok(())
}

/// `token inspect` for a token in Onezone's own serialization: what Onezone's
/// `POST /tokens/examine` would answer, and the identifier and caveats as they stand.
fn inspect_onezone(seen: &token::onezone::Examination) -> anyhow::Result<()> {
    println!(
        "location:   {} (Onezone domain)",
        printable(&seen.onezone_domain)
    );
    println!("identifier: {}", printable(&seen.identifier));
    match seen.persistence {
        token::onezone::Persistence::Named => println!("  persistence: named"),
        token::onezone::Persistence::Temporary { generation } => {
            println!("  persistence: temporary (secret generation {generation})")
        }
    }
    let subject_id = seen.subject.id.as_deref().unwrap_or("-");
    println!(
        "  subject:     {} {}",
        seen.subject.kind,
        printable(subject_id)
    );
    println!("  type:        {}", printable(&seen.token_type.to_string()));
    println!("  token id:    {}", printable(&seen.id));
    if let Some(service) = seen.service_indication {
        println!("  presented by: {service} (Oneprovider service prefix)");
    }
    println!("caveats:");
    if seen.caveats.is_empty() {
        println!("  (none)");
    }
    for (predicate, json) in seen.caveat_predicates.iter().zip(&seen.caveats) {
        println!("  {}", printable(predicate));
        println!("    {}", printable(&json.to_string()));
    }
    println!("examine:    {}", printable(&serde_json::to_string(seen)?));
    println!(
        "format:     Onezone's own token (not ours; signature not checked: we hold no Onezone secret)"
    );
    Ok(())
}

/// A unix time as a date, or the number itself when no calendar date has it (a token may
/// say `time < 18446744073709551615`).
fn readable_time(unix_seconds: u64) -> String {
    i64::try_from(unix_seconds)
        .ok()
        .and_then(|seconds| chrono::DateTime::from_timestamp(seconds, 0))
        .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_else(|| format!("unix time {unix_seconds} (beyond any calendar date)"))
}

/// Token content as it may reach a terminal: every control character (C0, DEL, C1: escape
/// sequences, `\r`, OSC), the invisible format characters that reorder or hide text
/// (bidirectional overrides and isolates, zero-width characters, BOM) and the backslash
/// itself are written as `\u{..}` / `\\` escapes, so what is shown is what the token holds.
fn printable(text: &str) -> String {
    let invisible = |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}');
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\\' {
            out.push_str("\\\\");
        } else if c.is_control() || invisible(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}
