//! User names that look the same are the same user: every name is brought to the canonical
//! form of RFC 8265's UsernameCaseMapped profile (PRECIS, RFC 8264's IdentifierClass) when a
//! user is created or renamed and when a caller logs in, and the store keeps only that form.
//!
//! The profile maps fullwidth and halfwidth characters to their ordinary forms, lowercases
//! (`Alice` → `alice`) and normalises to NFC (`cafe` + U+0301 → `café`); it refuses what
//! cannot be told apart by eye or cannot be typed reliably: spaces, control and format
//! characters (zero-width space U+200B, right-to-left override U+202E), compatibility
//! characters (the Kelvin sign U+212A beside `K`), symbols, and right-to-left text that
//! breaks the bidi rule. The profile itself is the `precis-profiles` crate's, not ours.
//!
//! Databases from before this rule may hold names that are not canonical. [`check`] sorts
//! them out without guessing (`user check-names`, and the same check when `serve` starts).

use precis_core::Error as PrecisError;
use precis_core::profile::PrecisFastInvocation;
use precis_profiles::UsernameCaseMapped;
use std::collections::BTreeMap;

/// The longest user name, in characters of its canonical form.
pub const MAX_CHARS: usize = 64;

/// Why a user name is refused: a sentence to show to whoever typed it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct NameRefused(String);

/// The canonical form of `name` under RFC 8265's UsernameCaseMapped profile, refused with
/// the reason when the profile rejects it (or when it holds `:`, which ends the user name
/// in HTTP Basic credentials, or is longer than [`MAX_CHARS`]).
pub fn canonical(name: &str) -> Result<String, NameRefused> {
    let refused = |reason: String| Err(NameRefused(reason));
    if name.is_empty() {
        return refused("a user name cannot be empty".to_owned());
    }
    if name.contains(':') {
        return refused(
            "a user name cannot contain ':' (it ends the user name in HTTP Basic credentials)"
                .to_owned(),
        );
    }
    // Printable ASCII (what almost every login sends): the profile maps it to lower case
    // and allows every such character, so the answer is known without the full PRECIS
    // pipeline (a quarter of a Basic login's CPU before). Checked against the profile for
    // every character in the tests.
    if name.len() <= MAX_CHARS && name.bytes().all(|b| (0x21..=0x7e).contains(&b)) {
        return Ok(name.to_ascii_lowercase());
    }
    let mapped = match UsernameCaseMapped::enforce(name) {
        Ok(mapped) => mapped.into_owned(),
        Err(PrecisError::BadCodepoint(info)) => {
            let shown = match char::from_u32(info.cp) {
                Some(c) if !c.is_control() && !c.is_whitespace() && !is_invisible(c) => {
                    format!("U+{:04X} '{c}'", info.cp)
                }
                _ => format!("U+{:04X}", info.cp),
            };
            return refused(format!(
                "contains a character not allowed in user names by RFC 8265 ({shown})"
            ));
        }
        Err(PrecisError::Invalid) => {
            return refused(
                "is not a user name under RFC 8265 (right-to-left text that breaks the bidi \
                 rule, or nothing left after mapping)"
                    .to_owned(),
            );
        }
        Err(PrecisError::Unexpected(error)) => {
            return refused(format!("is not a user name under RFC 8265 ({error})"));
        }
    };
    if mapped.chars().count() > MAX_CHARS {
        return refused(format!("a user name has at most {MAX_CHARS} characters"));
    }
    Ok(mapped)
}

/// Whether `name` is stored as it must be: already in its canonical form.
pub fn is_canonical(name: &str) -> bool {
    canonical(name).is_ok_and(|mapped| mapped == name)
}

/// Format characters are shown by code point only: printed, they would hide or reorder
/// the text around them.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// A user as the store holds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredUser {
    /// The user's id.
    pub user_id: String,
    /// The user's name, in canonical form.
    pub name: String,
}

/// What [`check`] found among the stored names.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct NameCheck {
    /// Names not in canonical form whose canonical form no other user has: they log in
    /// only after `user check-names --fix` has stored that form. With it.
    pub not_canonical: Vec<(StoredUser, String)>,
    /// Names the profile rejects: nobody can log in as them; `user rename` gives them one.
    pub refused: Vec<(StoredUser, NameRefused)>,
    /// Users whose names map to the same canonical form (the key): an operator decides
    /// which keeps it and renames the others.
    pub collisions: BTreeMap<String, Vec<StoredUser>>,
}

impl NameCheck {
    /// Nothing to report.
    pub fn is_clean(&self) -> bool {
        self.not_canonical.is_empty() && self.refused.is_empty() && self.collisions.is_empty()
    }
}

impl std::fmt::Display for StoredUser {
    /// The name quoted with invisible characters escaped (`"ali\u{200b}ce"`), and the id.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} (user {})", self.name, self.user_id)
    }
}

impl NameCheck {
    /// One line per group of users whose names collide.
    pub fn collision_lines(&self) -> Vec<String> {
        self.collisions
            .iter()
            .map(|(mapped, group)| {
                let users: Vec<String> = group.iter().map(ToString::to_string).collect();
                format!(
                    "{} are the same user name {mapped:?} after RFC 8265 case mapping",
                    users.join(", ")
                )
            })
            .collect()
    }
}

/// Groups stored users by the canonical form of their names.
pub fn check(users: &[StoredUser]) -> NameCheck {
    let mut by_canonical: BTreeMap<String, Vec<StoredUser>> = BTreeMap::new();
    let mut result = NameCheck::default();
    for user in users {
        match canonical(&user.name) {
            Ok(mapped) => by_canonical.entry(mapped).or_default().push(user.clone()),
            Err(reason) => result.refused.push((user.clone(), reason)),
        }
    }
    for (mapped, group) in by_canonical {
        match group.as_slice() {
            [only] if only.name == mapped => {}
            [only] => result.not_canonical.push((only.clone(), mapped)),
            _ => {
                result.collisions.insert(mapped, group);
            }
        }
    }
    result
}

/// The existing user (other than `except`) whose name has the canonical form `mapped`.
pub fn same_as<'a>(
    users: &'a [StoredUser],
    mapped: &str,
    except: Option<&str>,
) -> Option<&'a StoredUser> {
    users.iter().find(|user| {
        except != Some(user.user_id.as_str())
            && canonical(&user.name).is_ok_and(|other| other == mapped)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_ascii_is_what_the_profile_makes_of_it() {
        let printable: Vec<char> = (0x21u8..=0x7e)
            .map(char::from)
            .filter(|c| *c != ':')
            .collect();
        let mut names: Vec<String> = printable.iter().map(|c| c.to_string()).collect();
        names.push(printable.iter().collect());
        names.push(printable.iter().rev().take(MAX_CHARS).collect());
        names.extend(["Admin", "ALICE.Smith", "x_Y-z~9"].map(str::to_owned));
        for name in names {
            let profile = UsernameCaseMapped::enforce(name.as_str())
                .map(|mapped| mapped.into_owned())
                .ok()
                .filter(|mapped| mapped.chars().count() <= MAX_CHARS);
            assert_eq!(canonical(&name).ok(), profile, "{name:?}");
        }
    }

    #[test]
    fn the_examples_of_issue_13() {
        assert_eq!(canonical("alice").unwrap(), "alice");
        assert_eq!(canonical("Alice").unwrap(), "alice");
        assert_eq!(canonical("ALICE").unwrap(), "alice");
        assert_eq!(canonical("caf\u{e9}").unwrap(), "caf\u{e9}");
        assert_eq!(canonical("cafe\u{301}").unwrap(), "caf\u{e9}");
        assert_eq!(
            canonical("\u{ff41}\u{ff4c}\u{ff49}\u{ff43}\u{ff45}").unwrap(),
            "alice"
        );
        let zero_width = canonical("ali\u{200b}ce").unwrap_err().to_string();
        assert!(zero_width.contains("(U+200B)"), "{zero_width}");
        let override_ = canonical("\u{202e}ecila").unwrap_err().to_string();
        assert!(override_.contains("(U+202E)"), "{override_}");
        assert_eq!(canonical("K").unwrap(), "k");
        let kelvin = canonical("\u{212a}").unwrap_err().to_string();
        assert!(kelvin.contains("U+212A"), "{kelvin}");
    }

    #[test]
    fn what_basic_credentials_cannot_carry_is_refused() {
        assert!(canonical("").is_err());
        assert!(canonical("a:b").unwrap_err().to_string().contains("':'"));
        assert!(
            canonical("ali ce")
                .unwrap_err()
                .to_string()
                .contains("U+0020")
        );
        assert!(canonical("a\tb").is_err());
        assert!(canonical(&"a".repeat(MAX_CHARS)).is_ok());
        assert!(canonical(&"a".repeat(MAX_CHARS + 1)).is_err());
    }

    #[test]
    fn the_first_start_admin_is_canonical() {
        assert!(is_canonical("admin"));
        assert!(!is_canonical("Admin"));
    }

    #[test]
    fn check_sorts_stored_names_without_guessing() {
        let user = |id: &str, name: &str| StoredUser {
            user_id: id.to_owned(),
            name: name.to_owned(),
        };
        let users = [
            user("1", "alice"),
            user("2", "Alice"),
            user("3", "Bob"),
            user("4", "ali\u{200b}ce"),
            user("5", "carol"),
        ];
        let found = check(&users);
        assert_eq!(
            found.not_canonical,
            vec![(user("3", "Bob"), "bob".to_owned())]
        );
        assert_eq!(found.refused.len(), 1);
        assert_eq!(found.refused[0].0, user("4", "ali\u{200b}ce"));
        assert_eq!(
            found.collisions.get("alice"),
            Some(&vec![user("1", "alice"), user("2", "Alice")])
        );
        assert_eq!(found.collisions.len(), 1);
        assert_eq!(same_as(&users, "bob", None), Some(&users[2]));
        assert_eq!(same_as(&users, "bob", Some("3")), None);
        assert!(check(&[user("1", "alice")]).is_clean());
    }
}
