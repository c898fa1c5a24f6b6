//! Onezone's space privileges. A member's privileges decide what they may do in a space;
//! minting an invitation needs `space_invite_user`.

use std::fmt;
use std::str::FromStr;

/// One of Onezone's space privileges; its wire name is [`Privilege::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Privilege {
    /// `space_view`: view the space.
    SpaceView,
    /// `space_update`: rename and change the space.
    SpaceUpdate,
    /// `space_delete`: delete the space.
    SpaceDelete,
    /// `space_view_privileges`: see members' privileges.
    SpaceViewPrivileges,
    /// `space_set_privileges`: change members' privileges.
    SpaceSetPrivileges,
    /// `space_invite_user`: invite users (mint invitations).
    SpaceInviteUser,
    /// `space_remove_user`: remove users.
    SpaceRemoveUser,
    /// `space_invite_group`: invite groups.
    SpaceInviteGroup,
    /// `space_remove_group`: remove groups.
    SpaceRemoveGroup,
    /// `space_invite_provider`: invite storage providers.
    SpaceInviteProvider,
    /// `space_remove_provider`: remove storage providers.
    SpaceRemoveProvider,
    /// `space_manage_shares`: manage shares.
    SpaceManageShares,
    /// `space_write_data`: write data.
    SpaceWriteData,
}

impl Privilege {
    /// Every privilege: what a space's creator gets.
    pub const ALL: [Privilege; 13] = [
        Privilege::SpaceView,
        Privilege::SpaceUpdate,
        Privilege::SpaceDelete,
        Privilege::SpaceViewPrivileges,
        Privilege::SpaceSetPrivileges,
        Privilege::SpaceInviteUser,
        Privilege::SpaceRemoveUser,
        Privilege::SpaceInviteGroup,
        Privilege::SpaceRemoveGroup,
        Privilege::SpaceInviteProvider,
        Privilege::SpaceRemoveProvider,
        Privilege::SpaceManageShares,
        Privilege::SpaceWriteData,
    ];

    /// What every member has: view rights only.
    pub const MEMBER: [Privilege; 1] = [Privilege::SpaceView];

    /// The privilege's name in Onezone's API (`space_view`, `space_invite_user`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Privilege::SpaceView => "space_view",
            Privilege::SpaceUpdate => "space_update",
            Privilege::SpaceDelete => "space_delete",
            Privilege::SpaceViewPrivileges => "space_view_privileges",
            Privilege::SpaceSetPrivileges => "space_set_privileges",
            Privilege::SpaceInviteUser => "space_invite_user",
            Privilege::SpaceRemoveUser => "space_remove_user",
            Privilege::SpaceInviteGroup => "space_invite_group",
            Privilege::SpaceRemoveGroup => "space_remove_group",
            Privilege::SpaceInviteProvider => "space_invite_provider",
            Privilege::SpaceRemoveProvider => "space_remove_provider",
            Privilege::SpaceManageShares => "space_manage_shares",
            Privilege::SpaceWriteData => "space_write_data",
        }
    }
}

impl fmt::Display for Privilege {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A privilege name this server does not know.
#[derive(Debug, thiserror::Error)]
#[error("unknown privilege {0:?}")]
pub struct UnknownPrivilege(pub String);

impl FromStr for Privilege {
    type Err = UnknownPrivilege;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Privilege::ALL
            .into_iter()
            .find(|p| p.as_str() == text)
            .ok_or_else(|| UnknownPrivilege(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for privilege in Privilege::ALL {
            assert_eq!(privilege.as_str().parse::<Privilege>().unwrap(), privilege);
        }
        assert!("space_admin".parse::<Privilege>().is_err());
    }
}
