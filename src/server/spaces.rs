//! The caller's spaces: create, list, show, default, leave.

use super::Server;
use crate::error::ApiError;
use crate::token::is_valid_entity_id;
use onezone_api::models;

/// Space names: what the CLI and the API accept, and what api.yaml's pattern says.
pub fn validate_space_name(name: &str) -> Result<(), String> {
    if name.is_empty() || name.chars().count() > 200 || name.chars().any(char::is_control) {
        return Err("A space name has 1 to 200 characters and no control characters.".to_owned());
    }
    Ok(())
}

fn checked_space_id(space_id: &str) -> Result<(), ApiError> {
    if is_valid_entity_id(space_id) {
        Ok(())
    } else {
        Err(ApiError::InvalidRequest(
            "A space id has 1 to 64 characters of A-Z, a-z, 0-9, '_' and '-'.".to_owned(),
        ))
    }
}

fn not_a_member() -> ApiError {
    ApiError::NotFound("You are not a member of this space.".to_owned())
}

impl Server {
    pub(super) async fn create_space(&self, user_id: &str, name: &str) -> Result<String, ApiError> {
        validate_space_name(name).map_err(ApiError::InvalidRequest)?;
        let max_spaces = self.parts.settings.max_spaces();
        Ok(self
            .parts
            .store
            .create_space_within(name, user_id, max_spaces)
            .await?)
    }

    pub(super) async fn space(
        &self,
        user_id: &str,
        space_id: &str,
    ) -> Result<models::UserSpace, ApiError> {
        checked_space_id(space_id)?;
        let space = self
            .parts
            .store
            .user_space(user_id, space_id)
            .await?
            .ok_or_else(not_a_member)?;
        let privileges = space
            .privileges
            .iter()
            .map(|p| p.as_str().parse::<models::SpacePrivilege>())
            .collect::<Result<Vec<_>, _>>()
            .map_err(ApiError::internal)?;
        Ok(models::UserSpace::new(
            space.space_id,
            space.name,
            privileges,
        ))
    }

    pub(super) async fn leave_space(&self, user_id: &str, space_id: &str) -> Result<(), ApiError> {
        checked_space_id(space_id)?;
        if self.parts.store.leave_space(user_id, space_id).await? {
            Ok(())
        } else {
            Err(not_a_member())
        }
    }

    pub(super) async fn default_space(&self, user_id: &str) -> Result<String, ApiError> {
        self.parts
            .store
            .user_spaces(user_id)
            .await?
            .default
            .ok_or_else(|| ApiError::NotFound("You have no default space.".to_owned()))
    }

    pub(super) async fn set_default_space(
        &self,
        user_id: &str,
        space_id: &str,
    ) -> Result<(), ApiError> {
        checked_space_id(space_id)?;
        if self
            .parts
            .store
            .set_default_space(user_id, space_id)
            .await?
        {
            Ok(())
        } else {
            Err(not_a_member())
        }
    }
}
