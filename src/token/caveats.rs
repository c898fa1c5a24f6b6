//! The caveat grammar: the only first-party caveats a token may carry.

use super::{Grant, TokenError};
use std::fmt;
use std::io::Write as _;

/// The kind of a token, bound into it by the caveat `type = <kind>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A space invitation (`type = space_invite`).
    SpaceInvite,
    /// An access token (`type = access`).
    Access,
}

impl TokenKind {
    fn as_str(self) -> &'static str {
        match self {
            TokenKind::SpaceInvite => "space_invite",
            TokenKind::Access => "access",
        }
    }

    fn parse(text: &str) -> Option<TokenKind> {
        match text {
            "space_invite" => Some(TokenKind::SpaceInvite),
            "access" => Some(TokenKind::Access),
            _ => None,
        }
    }
}

impl fmt::Display for TokenKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One first-party caveat, as minted and as accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caveat {
    /// `type = space_invite` or `type = access`
    Kind(TokenKind),
    /// `space = <space id>`
    Space(String),
    /// `inviter = <user id>`
    Inviter(String),
    /// `epoch = <n>`: the space's invitation epoch when the invitation was minted. Revoking
    /// all of a space's invitations moves the epoch on, without storing any token.
    Epoch(u64),
    /// `user = <user id>`
    User(String),
    /// `uses <= <n>`: an invitation admits at most n joins in all (n >= 1). Written at
    /// mint, so the limit travels with the token rather than coming from whichever
    /// server's setting the join happens to meet.
    MaxUses(u32),
    /// `time < <unix seconds>`: valid while now is strictly below.
    ExpiresBefore(u64),
    /// `persistence = named`: a named invitation, whose terms the store keeps.
    Named,
    /// `persistence = temporary`: a temporary invitation in Onezone 20.02's model.
    Temporary,
    /// `consumer = usr-<id>|usr-<id>...` (ctool's grammar): only these users may use it.
    Consumer(Vec<String>),
    /// `ip = <cidr>|<cidr>...` (ctool's grammar): only from these client addresses.
    Ip(Vec<ipnet::IpNet>),
}

impl fmt::Display for Caveat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut predicate = Vec::new();
        self.write_to(&mut predicate);
        f.write_str(&String::from_utf8_lossy(&predicate))
    }
}

impl Caveat {
    /// Appends the predicate, the one spelling [`Caveat::parse`] accepts. Minting calls
    /// this for every caveat, so it writes bytes directly instead of going through
    /// `fmt` (which `Display` uses it for).
    pub fn write_to(&self, out: &mut Vec<u8>) {
        self.predicate().write_to(out)
    }

    fn predicate(&self) -> Predicate<'_> {
        match self {
            Caveat::Kind(kind) => Predicate(b"type = ", Value::Text(kind.as_str())),
            Caveat::Space(id) => Predicate(b"space = ", Value::Text(id)),
            Caveat::Inviter(id) => Predicate(b"inviter = ", Value::Text(id)),
            Caveat::Epoch(epoch) => Predicate(b"epoch = ", Value::Number(*epoch)),
            Caveat::User(id) => Predicate(b"user = ", Value::Text(id)),
            Caveat::MaxUses(n) => Predicate(b"uses <= ", Value::Number(u64::from(*n))),
            Caveat::ExpiresBefore(time) => Predicate(b"time < ", Value::Number(*time)),
            Caveat::Named => PERSISTENCE_NAMED,
            Caveat::Temporary => PERSISTENCE_TEMPORARY,
            Caveat::Consumer(users) => Predicate(b"consumer = ", Value::Users(users)),
            Caveat::Ip(networks) => Predicate(b"ip = ", Value::Networks(networks)),
        }
    }
}

const PERSISTENCE_NAMED: Predicate<'static> = Predicate(b"persistence = ", Value::Text("named"));
const PERSISTENCE_TEMPORARY: Predicate<'static> =
    Predicate(b"persistence = ", Value::Text("temporary"));

/// A caveat's predicate borrowed from where its values are ([`Caveat`] or a [`Grant`]):
/// its name with the operator, and its value.
pub(super) struct Predicate<'a>(&'static [u8], Value<'a>);

impl Predicate<'_> {
    /// Appends the predicate, the one spelling [`Caveat::parse`] accepts.
    pub(super) fn write_to(&self, out: &mut Vec<u8>) {
        let Predicate(name, value) = self;
        out.extend_from_slice(name);
        match *value {
            Value::Text(text) => out.extend_from_slice(text.as_bytes()),
            Value::Number(mut n) => {
                // Decimal, no leading zeros: u64 has at most 20 digits.
                let mut digits = [0u8; 20];
                let mut at = digits.len();
                loop {
                    at -= 1;
                    digits[at] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
                out.extend_from_slice(&digits[at..]);
            }
            Value::Users(users) => {
                for (index, user) in users.iter().enumerate() {
                    if index > 0 {
                        out.push(b'|');
                    }
                    out.extend_from_slice(b"usr-");
                    out.extend_from_slice(user.as_bytes());
                }
            }
            Value::Networks(networks) => {
                for (index, network) in networks.iter().enumerate() {
                    if index > 0 {
                        out.push(b'|');
                    }
                    // Writing into a Vec cannot fail.
                    let _ = write!(out, "{network}");
                }
            }
        }
    }
}

enum Value<'a> {
    Text(&'a str),
    Number(u64),
    /// `usr-<id>|usr-<id>...` (ctool's consumer whitelist)
    Users(&'a [String]),
    /// `cidr|cidr...` (ctool's ip whitelist)
    Networks(&'a [ipnet::IpNet]),
}

impl Caveat {
    /// Parses one predicate. Anything that is not exactly what [`Caveat`]'s `Display` writes
    /// is refused: no extra spaces, no leading zeros, no other operators.
    pub fn parse(predicate: &[u8]) -> Result<Caveat, TokenError> {
        let text = std::str::from_utf8(predicate).map_err(|_| TokenError::UnknownCaveat)?;
        let caveat = if let Some(time) = text.strip_prefix("time < ") {
            let seconds: u64 = time.parse().map_err(|_| TokenError::UnknownCaveat)?;
            Caveat::ExpiresBefore(seconds)
        } else if let Some(uses) = text.strip_prefix("uses <= ") {
            let uses: u32 = uses.parse().map_err(|_| TokenError::UnknownCaveat)?;
            if uses == 0 {
                return Err(TokenError::UnknownCaveat);
            }
            Caveat::MaxUses(uses)
        } else {
            let (name, value) = text.split_once(" = ").ok_or(TokenError::UnknownCaveat)?;
            match name {
                "type" => Caveat::Kind(TokenKind::parse(value).ok_or(TokenError::UnknownCaveat)?),
                "space" => Caveat::Space(entity_id(value)?),
                "inviter" => Caveat::Inviter(entity_id(value)?),
                "epoch" => Caveat::Epoch(value.parse().map_err(|_| TokenError::UnknownCaveat)?),
                "user" => Caveat::User(entity_id(value)?),
                "persistence" if value == "named" => Caveat::Named,
                "persistence" if value == "temporary" => Caveat::Temporary,
                "consumer" => Caveat::Consumer(
                    value
                        .split('|')
                        .map(|entry| entry.strip_prefix("usr-").ok_or(TokenError::UnknownCaveat))
                        .map(|id| id.and_then(entity_id))
                        .collect::<Result<_, _>>()?,
                ),
                "ip" => Caveat::Ip(
                    value
                        .split('|')
                        .map(|cidr| match cidr.parse::<ipnet::IpNet>() {
                            // Canonical only: no host bits below the prefix (as minted).
                            Ok(net) if net == net.trunc() => Ok(net),
                            _ => Err(TokenError::UnknownCaveat),
                        })
                        .collect::<Result<_, _>>()?,
                ),
                _ => return Err(TokenError::UnknownCaveat),
            }
        };
        // Round trip: refuses "+5", "007" and any other second spelling of the same caveat.
        if caveat.to_string() != text {
            return Err(TokenError::UnknownCaveat);
        }
        Ok(caveat)
    }
}

fn entity_id(value: &str) -> Result<String, TokenError> {
    if super::is_valid_entity_id(value) {
        Ok(value.to_owned())
    } else {
        Err(TokenError::UnknownCaveat)
    }
}

/// The most caveats a minted token carries.
pub(super) const MAX_MINTED: usize = 8;

/// The caveats minted for a grant, in the order they are minted.
/// The predicates of the caveats a token for `grant` has, in the order [`for_grant`]
/// lists them, borrowed from the grant: what minting writes, without a `Vec` or a copy of
/// the ids per token.
pub(super) fn predicates_for_grant(
    grant: &Grant,
    expires_at: u64,
) -> impl Iterator<Item = Predicate<'_>> {
    let kind = Predicate(b"type = ", Value::Text(grant.kind().as_str()));
    let of_kind: [Option<Predicate<'_>>; 6] = match grant {
        Grant::SpaceInvite {
            space_id,
            inviter_id,
            epoch,
            max_uses,
        } => [
            Some(Predicate(b"space = ", Value::Text(space_id))),
            Some(Predicate(b"inviter = ", Value::Text(inviter_id))),
            Some(Predicate(b"epoch = ", Value::Number(*epoch))),
            max_uses.map(|uses| Predicate(b"uses <= ", Value::Number(u64::from(uses)))),
            None,
            None,
        ],
        Grant::JoinSpace {
            named,
            space_id,
            inviter_id,
            epoch,
            consumers,
            ips,
        } => [
            Some(Predicate(b"space = ", Value::Text(space_id))),
            Some(Predicate(b"inviter = ", Value::Text(inviter_id))),
            Some(Predicate(b"epoch = ", Value::Number(*epoch))),
            Some(match named {
                true => PERSISTENCE_NAMED,
                false => PERSISTENCE_TEMPORARY,
            }),
            (!consumers.is_empty()).then(|| Predicate(b"consumer = ", Value::Users(consumers))),
            (!ips.is_empty()).then(|| Predicate(b"ip = ", Value::Networks(ips))),
        ],
        Grant::Access { user_id } => [
            Some(Predicate(b"user = ", Value::Text(user_id))),
            None,
            None,
            None,
            None,
            None,
        ],
    };
    // A named invitation minted with `NO_EXPIRY` has no time caveat (as in `for_grant`).
    let unlimited =
        matches!(grant, Grant::JoinSpace { named: true, .. }) && expires_at == super::NO_EXPIRY;
    let expires = (!unlimited).then_some(Predicate(b"time < ", Value::Number(expires_at)));
    std::iter::once(kind)
        .chain(of_kind.into_iter().flatten())
        .chain(expires)
}

#[cfg(test)]
pub(super) fn for_grant(grant: &Grant, expires_at: u64) -> Vec<Caveat> {
    let mut caveats = Vec::with_capacity(MAX_MINTED);
    caveats.push(Caveat::Kind(grant.kind()));
    match grant {
        Grant::SpaceInvite {
            space_id,
            inviter_id,
            epoch,
            max_uses,
        } => {
            caveats.push(Caveat::Space(space_id.clone()));
            caveats.push(Caveat::Inviter(inviter_id.clone()));
            caveats.push(Caveat::Epoch(*epoch));
            if let Some(uses) = max_uses {
                caveats.push(Caveat::MaxUses(*uses));
            }
        }
        Grant::JoinSpace {
            named,
            space_id,
            inviter_id,
            epoch,
            consumers,
            ips,
        } => {
            caveats.push(Caveat::Space(space_id.clone()));
            caveats.push(Caveat::Inviter(inviter_id.clone()));
            caveats.push(Caveat::Epoch(*epoch));
            caveats.push(if *named {
                Caveat::Named
            } else {
                Caveat::Temporary
            });
            if !consumers.is_empty() {
                caveats.push(Caveat::Consumer(consumers.clone()));
            }
            if !ips.is_empty() {
                caveats.push(Caveat::Ip(ips.clone()));
            }
            if *named && expires_at == super::NO_EXPIRY {
                return caveats;
            }
        }
        Grant::Access { user_id } => caveats.push(Caveat::User(user_id.clone())),
    }
    caveats.push(Caveat::ExpiresBefore(expires_at));
    caveats
}

pub(super) fn parse_all<'a>(
    predicates: impl Iterator<Item = &'a [u8]>,
) -> Result<Vec<Caveat>, TokenError> {
    predicates.map(Caveat::parse).collect()
}

/// Where a caveat stands in a minted token: [`for_grant`] writes them in this order.
fn rank(caveat: &Caveat) -> u8 {
    match caveat {
        Caveat::Kind(_) => 0,
        Caveat::Space(_) | Caveat::User(_) => 1,
        Caveat::Inviter(_) => 2,
        Caveat::Epoch(_) => 3,
        Caveat::Named | Caveat::Temporary => 4,
        Caveat::MaxUses(_) => 5,
        Caveat::Consumer(_) => 6,
        Caveat::Ip(_) => 7,
        Caveat::ExpiresBefore(_) => 8,
    }
}

/// Turns a token's caveats back into its grant. Each caveat may appear once, in the order
/// [`for_grant`] mints them, and exactly the caveats of the token's kind must be present: an
/// extra caveat, even a well-formed one, means the token is not one this server minted.
///
/// The order matters for the one optional caveat, `uses <= n`: invitations minted before
/// it existed lack it (and mean single use), and a holder can append caveats to any
/// macaroon without the key. Appended caveats come after `time <`, the last one we mint,
/// so an appended `uses <= 1000` is out of order and refused.
pub(super) fn into_grant(caveats: &[Caveat]) -> Result<(Grant, u64), TokenError> {
    let mut kind = None;
    let mut space = None;
    let mut inviter = None;
    let mut user = None;
    let mut epoch = None;
    let mut max_uses = None;
    let mut expires_at = None;
    let mut persistence = None;
    let mut consumers = Vec::new();
    let mut ips = Vec::new();
    let mut previous_rank = None;
    for caveat in caveats {
        let rank = rank(caveat);
        // Strictly increasing: in the minted order, and no caveat twice.
        if previous_rank.is_some_and(|previous| rank <= previous) {
            return Err(TokenError::UnknownCaveat);
        }
        previous_rank = Some(rank);
        match caveat {
            Caveat::Kind(k) => kind = Some(*k),
            Caveat::Space(id) => space = Some(id.clone()),
            Caveat::Inviter(id) => inviter = Some(id.clone()),
            Caveat::User(id) => user = Some(id.clone()),
            Caveat::Epoch(e) => epoch = Some(*e),
            Caveat::MaxUses(n) => max_uses = Some(*n),
            Caveat::ExpiresBefore(t) => expires_at = Some(*t),
            Caveat::Named => persistence = Some(true),
            Caveat::Temporary => persistence = Some(false),
            Caveat::Consumer(users) => consumers = users.clone(),
            Caveat::Ip(networks) => ips = networks.clone(),
        }
    }
    if let Some(named) = persistence {
        return match (kind, space, inviter, epoch, user, max_uses) {
            (
                Some(TokenKind::SpaceInvite),
                Some(space_id),
                Some(inviter_id),
                Some(epoch),
                None,
                None,
            ) if expires_at != Some(super::NO_EXPIRY) && (named || expires_at.is_some()) => {
                let grant = Grant::JoinSpace {
                    named,
                    space_id,
                    inviter_id,
                    epoch,
                    consumers,
                    ips,
                };
                Ok((grant, expires_at.unwrap_or(super::NO_EXPIRY)))
            }
            _ => Err(TokenError::UnknownCaveat),
        };
    }
    if !consumers.is_empty() || !ips.is_empty() {
        return Err(TokenError::UnknownCaveat);
    }
    let expires_at = expires_at.ok_or(TokenError::UnknownCaveat)?;
    let grant = match (kind, space, inviter, epoch, user) {
        (Some(TokenKind::SpaceInvite), Some(space_id), Some(inviter_id), Some(epoch), None) => {
            Grant::SpaceInvite {
                space_id,
                inviter_id,
                epoch,
                max_uses,
            }
        }
        (Some(TokenKind::Access), None, None, None, Some(user_id)) if max_uses.is_none() => {
            Grant::Access { user_id }
        }
        _ => return Err(TokenError::UnknownCaveat),
    };
    Ok((grant, expires_at))
}
