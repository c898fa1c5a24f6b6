//! The invitation lifecycle end to end: create a space, mint, join, default space, single
//! use, usage limits, expiry, revocation, durability and concurrency.

mod common;

use common::{
    Auth, Served, TestApp, Transport, assert_exactly_one_join, join_all_at_once, joiners, run_cli,
};
use onezone_tokens::clock::unix_now;
use onezone_tokens::server::TokenSettings;
use onezone_tokens::store::Store;
use onezone_tokens::token::{self, Grant, KeyId, SigningKey, TokenId};
use reqwest::{Method, StatusCode};
use serde_json::json;

/// `GET /user/spaces` as JSON.
async fn spaces_of(app: &TestApp, auth: Auth<'_>) -> serde_json::Value {
    let answer = app.request(Method::GET, "/user/spaces", auth).await;
    assert_eq!(answer.status, StatusCode::OK, "{answer:?}");
    answer.json()
}

#[tokio::test]
async fn the_invitation_scenario_over_https() {
    let app = TestApp::spawn(Transport::Https).await;
    let admin_password = app.admin_password.clone();
    let admin = || Auth::Basic("admin", &admin_password);
    let bob_password = app.add_user("bob");
    let bob = || Auth::Basic("bob", &bob_password);
    let carol_password = app.add_user("carol");
    let carol = || Auth::Basic("carol", &carol_password);
    let dave_password = app.add_user("dave");
    let dave = || Auth::Basic("dave", &dave_password);

    // Admin creates a space and makes it the default, so invitations are to it.
    let project = app.create_space_over_api(admin(), "Project").await;
    let body = json!({ "spaceId": project }).to_string();
    let answer = app
        .send(Method::PUT, "/user/spaces/default", admin(), Some(&body))
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT, "{answer:?}");
    let first = app.get_user_space_token(admin()).await.token();

    // Bob joins: 201 with the space's Location; it is his first space, so his default.
    let joined = app.join(bob(), &first).await;
    assert_eq!(joined.space_id_from_location(), project);
    let listed = spaces_of(&app, bob()).await;
    assert_eq!(listed, json!({ "spaces": [project], "default": project }));
    let body = json!({ "spaceId": project }).to_string();
    let answer = app
        .send(Method::PUT, "/user/spaces/default", bob(), Some(&body))
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    let shown = app
        .request(Method::GET, &format!("/user/spaces/{project}"), bob())
        .await;
    assert_eq!(
        shown.json(),
        json!({ "spaceId": project, "name": "Project", "privileges": ["space_view"] })
    );

    // Bob has view rights only: he may not invite.
    app.get_user_space_token(bob())
        .await
        .assert_error(403, "forbidden");

    // The token was single use.
    app.join(carol(), &first)
        .await
        .assert_refused("already been used");

    // Revoking every invitation of the space refuses one minted before.
    let second = app.get_user_space_token(admin()).await.token();
    app.cli(&["space", "revoke-invitations", &project], None)
        .success();
    app.join(dave(), &second).await.assert_refused("revoked");

    // One minted after the revocation works, even after a restart.
    let third = app.get_user_space_token(admin()).await.token();
    let app = app.restart().await;
    let listed = spaces_of(&app, Auth::Basic("bob", &bob_password)).await;
    assert_eq!(listed, json!({ "spaces": [project], "default": project }));
    // (The first token is used and, minted before the revocation, revoked too.)
    app.join(Auth::Basic("carol", &carol_password), &first)
        .await
        .assert_error(400, "invalid_token");
    let joined = app.join(Auth::Basic("dave", &dave_password), &third).await;
    assert_eq!(joined.space_id_from_location(), project);
}

#[tokio::test]
async fn fifty_concurrent_joins_with_one_token_admit_exactly_one() {
    let app = TestApp::spawn(Transport::Http).await;
    let token = app
        .get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await
        .token();
    let access_tokens = joiners(&app.store(), 50).await;
    let answers = join_all_at_once(&[&app], access_tokens, &token).await;
    assert_exactly_one_join(&answers);
}

#[tokio::test]
async fn concurrent_joins_by_one_user_admit_once_and_answer_409() {
    let app = TestApp::spawn(Transport::Http).await;
    let token = app
        .get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await
        .token();
    app.add_user("eager");
    let access = app.issue_token("eager");
    let mut joins = tokio::task::JoinSet::new();
    for _ in 0..10 {
        let (client, url, token, access) = (
            app.client.clone(),
            format!("{}/user/spaces/join", app.url),
            token.clone(),
            access.clone(),
        );
        joins.spawn(async move {
            let response = client
                .post(url)
                .header("X-Auth-Token", access)
                .json(&json!({ "token": token }))
                .send()
                .await
                .unwrap();
            response.status()
        });
    }
    let statuses = joins.join_all().await;
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::CREATED)
            .count(),
        1
    );
    assert!(
        statuses
            .iter()
            .all(|s| *s == StatusCode::CREATED || *s == StatusCode::CONFLICT),
        "{statuses:?}"
    );
}

#[tokio::test]
async fn a_join_that_fails_leaves_the_token_usable() {
    let app = TestApp::spawn(Transport::Http).await;
    let admin_password = app.admin_password.clone();
    let token = app
        .get_user_space_token(Auth::Basic("admin", &admin_password))
        .await
        .token();
    // The inviter cannot join their own space: 409, and the token is not consumed.
    let answer = app
        .join(Auth::Basic("admin", &admin_password), &token)
        .await;
    answer.assert_error(409, "already_member");
    let password = app.add_user("erin");
    let joined = app.join(Auth::Basic("erin", &password), &token).await;
    assert_eq!(joined.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_usage_limit_above_one_is_a_server_setting() {
    let settings = TokenSettings {
        invite_max_uses: 2,
        ..TokenSettings::default()
    };
    let app = TestApp::spawn_with(Transport::Http, settings).await;
    let token = app
        .get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await
        .token();
    for user in ["first", "second"] {
        let password = app.add_user(user);
        let answer = app.join(Auth::Basic(user, &password), &token).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");
    }
    let password = app.add_user("third");
    app.join(Auth::Basic("third", &password), &token)
        .await
        .assert_refused("already been used");
}

#[tokio::test]
async fn every_bad_invitation_says_why() {
    let app = TestApp::spawn(Transport::Https).await;
    let admin_password = app.admin_password.clone();
    let admin = || Auth::Basic("admin", &admin_password);
    let password = app.add_user("frank");
    let frank = || Auth::Basic("frank", &password);
    let admin_id = app.user_id("admin").await;
    let space = app
        .store()
        .default_space(&admin_id)
        .await
        .unwrap()
        .unwrap()
        .space_id;
    let invite = |space_id: &str| Grant::SpaceInvite {
        space_id: space_id.to_owned(),
        inviter_id: admin_id.clone(),
        epoch: 0,
        max_uses: Some(1),
    };

    app.join(frank(), "not a token")
        .await
        .assert_refused("malformed");
    let forged = {
        let current = app.store().current_signing_key().await.unwrap();
        let other = SigningKey::new(current.id().clone(), &[5u8; 32]).unwrap();
        token::mint(
            &other,
            &TokenId::generate(),
            &invite(&space),
            unix_now() + 60,
        )
        .unwrap()
    };
    app.join(frank(), &forged).await.assert_refused("signature");
    let unknown_key = {
        let other = SigningKey::new(KeyId::parse("bad0").unwrap(), &[5u8; 32]).unwrap();
        token::mint(
            &other,
            &TokenId::generate(),
            &invite(&space),
            unix_now() + 60,
        )
        .unwrap()
    };
    app.join(frank(), &unknown_key)
        .await
        .assert_refused("retired or unknown key");
    let expired = app
        .mint_with_current_key(&invite(&space), unix_now() - 1)
        .await;
    app.join(frank(), &expired).await.assert_refused("expired");
    let access = app.issue_token("frank");
    app.join(frank(), &access)
        .await
        .assert_refused("not a space invitation");
    // ...and an invitation is no access token.
    let invitation = app.get_user_space_token(admin()).await.token();
    app.get_user_space_token(Auth::XAuthToken(&invitation))
        .await
        .assert_error(401, "invalid_token");

    // One token revoked with the CLI.
    let revoked = app.get_user_space_token(admin()).await.token();
    let said = app.cli(&["token", "revoke", &revoked], None);
    assert!(said.success().contains("revoked invitation"), "{said:?}");
    app.join(frank(), &revoked).await.assert_refused("revoked");

    // The inviter lost the privilege: they left the space.
    let other_space = app.create_space_over_api(admin(), "Short-lived").await;
    let body = json!({ "spaceId": other_space }).to_string();
    app.send(Method::PUT, "/user/spaces/default", admin(), Some(&body))
        .await;
    let orphan = app.get_user_space_token(admin()).await.token();
    let answer = app
        .request(
            Method::DELETE,
            &format!("/user/spaces/{other_space}"),
            admin(),
        )
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    app.join(frank(), &orphan)
        .await
        .assert_refused("inviter no longer holds space_invite_user");

    // The space is gone.
    let connection = rusqlite::Connection::open(app.data_dir().join("onezone.db")).unwrap();
    connection
        .execute("DELETE FROM spaces WHERE id = ?1", [&other_space])
        .unwrap();
    app.join(frank(), &orphan)
        .await
        .assert_refused("no longer exists");

    // None of these joined frank anywhere.
    assert_eq!(
        spaces_of(&app, frank()).await,
        json!({ "spaces": [], "default": null })
    );
}

#[tokio::test]
async fn join_bodies_are_validated_as_json() {
    let app = TestApp::spawn(Transport::Http).await;
    let password = app.add_user("gina");
    let gina = || Auth::Basic("gina", &password);
    for body in [
        "",
        "not json",
        "[]",
        "{}",
        r#"{"token": 5}"#,
        r#"{"tok": "x"}"#,
    ] {
        let answer = app
            .send(Method::POST, "/user/spaces/join", gina(), Some(body))
            .await;
        answer.assert_error(400, "invalid_request");
    }
    let huge = json!({ "token": "A".repeat(1 << 20) }).to_string();
    app.send(Method::POST, "/user/spaces/join", gina(), Some(&huge))
        .await
        .assert_error(413, "payload_too_large");
    let long = json!({ "token": "A".repeat(30_000) }).to_string();
    app.send(Method::POST, "/user/spaces/join", gina(), Some(&long))
        .await
        .assert_refused("malformed");
    app.join(Auth::None, "x")
        .await
        .assert_error(401, "unauthorized");
}

#[tokio::test]
async fn spaces_default_space_and_leaving() {
    let app = TestApp::spawn(Transport::Http).await;
    let password = app.add_user("hana");
    let hana = || Auth::Basic("hana", &password);

    // No spaces: no default.
    assert_eq!(
        spaces_of(&app, hana()).await,
        json!({ "spaces": [], "default": null })
    );
    app.request(Method::GET, "/user/spaces/default", hana())
        .await
        .assert_error(404, "not_found");

    // The first space becomes the default; the second does not.
    let first = app.create_space_over_api(hana(), "First").await;
    let second = app.create_space_over_api(hana(), "Second").await;
    assert_eq!(
        spaces_of(&app, hana()).await,
        json!({ "spaces": [first, second], "default": first })
    );
    let answer = app
        .request(Method::GET, "/user/spaces/default", hana())
        .await;
    assert_eq!(answer.json(), json!({ "spaceId": first }));
    let shown = app
        .request(Method::GET, &format!("/user/spaces/{second}"), hana())
        .await;
    let privileges = shown.json()["privileges"].as_array().unwrap().len();
    assert_eq!(privileges, 13, "the creator holds every privilege");

    // Someone else's space, or a malformed id.
    let admin_spaces = spaces_of(&app, Auth::Basic("admin", &app.admin_password)).await;
    let foreign = admin_spaces["default"].as_str().unwrap().to_owned();
    for (method, body) in [(Method::GET, None), (Method::DELETE, None)] {
        app.send(method, &format!("/user/spaces/{foreign}"), hana(), body)
            .await
            .assert_error(404, "not_found");
    }
    let body = json!({ "spaceId": foreign }).to_string();
    app.send(Method::PUT, "/user/spaces/default", hana(), Some(&body))
        .await
        .assert_error(404, "not_found");
    let long_id = "x".repeat(65);
    app.request(Method::GET, &format!("/user/spaces/{long_id}"), hana())
        .await
        .assert_error(400, "invalid_request");
    app.send(
        Method::PUT,
        "/user/spaces/default",
        hana(),
        Some(r#"{"spaceId": 1}"#),
    )
    .await
    .assert_error(400, "invalid_request");
    for name in ["", "a\u{7}b", "tab\there", "c1\u{85}", &"x".repeat(201)] {
        let body = json!({ "name": name }).to_string();
        app.send(Method::POST, "/user/spaces", hana(), Some(&body))
            .await
            .assert_error(400, "invalid_request");
    }

    // Leaving the default space leaves no default.
    let answer = app
        .request(Method::DELETE, &format!("/user/spaces/{first}"), hana())
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    assert_eq!(
        spaces_of(&app, hana()).await,
        json!({ "spaces": [second], "default": null })
    );
    app.request(Method::DELETE, &format!("/user/spaces/{first}"), hana())
        .await
        .assert_error(404, "not_found");
}

#[tokio::test]
async fn client_tokens_are_listed_and_revocable() {
    let app = TestApp::spawn(Transport::Https).await;
    let admin_password = app.admin_password.clone();
    let admin = || Auth::Basic("admin", &admin_password);

    let created = app
        .request(Method::POST, "/user/client_tokens", admin())
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{created:?}");
    let body = created.json();
    let (token, token_id) = (
        body["token"].as_str().unwrap().to_owned(),
        body["tokenId"].as_str().unwrap().to_owned(),
    );
    assert_eq!(
        created.header("location"),
        Some(format!("/api/v3/onezone/user/client_tokens/{token_id}").as_str())
    );
    assert!(body["expiresAt"].as_i64().unwrap() > unix_now() as i64);
    app.get_user_space_token(Auth::XAuthToken(&token))
        .await
        .token();

    let listed = app
        .request(Method::GET, "/user/client_tokens", admin())
        .await;
    let ids: Vec<_> = listed.json()["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["tokenId"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, vec![token_id.clone()]);
    assert!(
        !listed.body.contains(&token),
        "a token is shown only when created"
    );

    // Another user cannot revoke it.
    let password = app.add_user("ivan");
    app.request(
        Method::DELETE,
        &format!("/user/client_tokens/{token_id}"),
        Auth::Basic("ivan", &password),
    )
    .await
    .assert_error(404, "not_found");

    let answer = app
        .request(
            Method::DELETE,
            &format!("/user/client_tokens/{token_id}"),
            admin(),
        )
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    app.get_user_space_token(Auth::XAuthToken(&token))
        .await
        .assert_error(401, "invalid_token");
    app.request(
        Method::DELETE,
        &format!("/user/client_tokens/{token_id}"),
        admin(),
    )
    .await
    .assert_error(404, "not_found");
    app.request(Method::DELETE, "/user/client_tokens/short", admin())
        .await
        .assert_error(400, "invalid_request");
    let listed = app
        .request(Method::GET, "/user/client_tokens", admin())
        .await;
    assert_eq!(listed.json(), json!({ "tokens": [] }));

    // The CLI revokes access tokens too.
    let issued = app.issue_token("ivan");
    app.get_user_space_token(Auth::Bearer(&issued))
        .await
        .assert_error(404, "not_found");
    assert!(
        app.cli(&["token", "revoke", &issued], None)
            .success()
            .contains("revoked access token")
    );
    app.get_user_space_token(Auth::Bearer(&issued))
        .await
        .assert_error(401, "invalid_token");
}

/// A join answered 201 is on disk: the server is killed with SIGKILL right after.
#[test]
fn a_201_join_survives_sigkill() {
    let dir = tempfile::TempDir::new().unwrap();
    let data = dir.path().join("data");
    run_cli(
        &data,
        &["user", "add", "jo", "--password-stdin", "--create"],
        Some("jo-pw\n"),
    )
    .success();
    run_cli(
        &data,
        &["user", "add", "kim", "--password-stdin"],
        Some("kim-pw\n"),
    )
    .success();

    let runtime = tokio::runtime::Runtime::new().unwrap();
    let client = reqwest::Client::builder().no_proxy().build().unwrap();

    let server = Served::start(&data, &["--no-tls"], Some("admin-pw"));
    let url = server.url.clone();
    let token: String = runtime.block_on(async {
        let answer = client
            .get(format!("{url}/user/spaces/token"))
            .basic_auth("admin", Some("admin-pw"))
            .send()
            .await
            .unwrap();
        answer.json::<serde_json::Value>().await.unwrap()["token"]
            .as_str()
            .unwrap()
            .to_owned()
    });
    let status = runtime.block_on(async {
        client
            .post(format!("{url}/user/spaces/join"))
            .basic_auth("jo", Some("jo-pw"))
            .json(&json!({ "token": token }))
            .send()
            .await
            .unwrap()
            .status()
    });
    assert_eq!(status, StatusCode::CREATED);
    server.kill();

    let server = Served::start(&data, &["--no-tls"], None);
    let url = server.url.clone();
    let (spaces, again) = runtime.block_on(async {
        let spaces = client
            .get(format!("{url}/user/spaces"))
            .basic_auth("jo", Some("jo-pw"))
            .send()
            .await
            .unwrap()
            .json::<serde_json::Value>()
            .await
            .unwrap();
        let again = client
            .post(format!("{url}/user/spaces/join"))
            .basic_auth("kim", Some("kim-pw"))
            .json(&json!({ "token": token }))
            .send()
            .await
            .unwrap();
        (spaces, again.status())
    });
    server.kill();
    assert_eq!(spaces["spaces"].as_array().unwrap().len(), 1, "{spaces}");
    assert_eq!(
        again,
        StatusCode::BAD_REQUEST,
        "the consumption was kept too"
    );
}

#[tokio::test]
async fn a_single_use_invitation_stays_single_use_after_a_restart_with_more_uses() {
    let app = TestApp::spawn(Transport::Http).await;
    let token = app
        .get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await
        .token();
    let first = app.add_user("first");
    let second = app.add_user("second");
    let answer = app.join(Auth::Basic("first", &first), &token).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");

    // The operator raises the limit (or a replica runs with another): the invitation
    // already given out keeps the limit it was minted with.
    let mut app = app;
    app.config.tokens.invite_max_uses = 5;
    let app = app.restart().await;
    app.join(Auth::Basic("second", &second), &token)
        .await
        .assert_refused("already been used");

    // New invitations get the new limit.
    let token = app
        .get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await
        .token();
    let predicates = token::decode(&token).unwrap().caveat_predicates();
    assert!(
        predicates.contains(&"uses <= 5".to_owned()),
        "{predicates:?}"
    );
    let answer = app.join(Auth::Basic("second", &second), &token).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");
}

#[tokio::test]
async fn a_lower_server_setting_does_not_shrink_an_invitation_either() {
    let settings = TokenSettings {
        invite_max_uses: 3,
        ..TokenSettings::default()
    };
    let mut app = TestApp::spawn_with(Transport::Http, settings).await;
    let token = app
        .get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await
        .token();
    app.config.tokens.invite_max_uses = 1;
    let app = app.restart().await;
    for user in ["first", "second", "third"] {
        let password = app.add_user(user);
        let answer = app.join(Auth::Basic(user, &password), &token).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{user}: {answer:?}");
    }
    let password = app.add_user("fourth");
    app.join(Auth::Basic("fourth", &password), &token)
        .await
        .assert_refused("already been used");
}

#[tokio::test]
async fn an_invitation_minted_without_a_use_limit_is_single_use() {
    // As minted before the caveat existed, on a server that now allows 5.
    let settings = TokenSettings {
        invite_max_uses: 5,
        ..TokenSettings::default()
    };
    let app = TestApp::spawn_with(Transport::Http, settings).await;
    let admin_id = app.user_id("admin").await;
    let space_id = app
        .store()
        .default_space(&admin_id)
        .await
        .unwrap()
        .unwrap()
        .space_id;
    let legacy = app
        .mint_with_current_key(
            &Grant::SpaceInvite {
                space_id,
                inviter_id: admin_id,
                epoch: 0,
                max_uses: None,
            },
            unix_now() + 600,
        )
        .await;
    let first = app.add_user("first");
    let second = app.add_user("second");
    let answer = app.join(Auth::Basic("first", &first), &legacy).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");
    app.join(Auth::Basic("second", &second), &legacy)
        .await
        .assert_refused("already been used");
}

#[tokio::test]
async fn an_access_token_cannot_create_another() {
    for transport in common::TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let password = app.admin_password.clone();
        let created = app
            .request(
                Method::POST,
                "/user/client_tokens",
                Auth::Basic("admin", &password),
            )
            .await;
        assert_eq!(created.status, StatusCode::CREATED, "{created:?}");
        let parent = created.json()["token"].as_str().unwrap().to_owned();
        let parent_id = created.json()["tokenId"].as_str().unwrap().to_owned();

        // With the token in any header: 403, and no token is created.
        for auth in [
            Auth::XAuthToken(&parent),
            Auth::Macaroon(&parent),
            Auth::Bearer(&parent),
        ] {
            let answer = app.request(Method::POST, "/user/client_tokens", auth).await;
            answer.assert_error(403, "forbidden");
            assert!(
                answer.json()["error_description"]
                    .as_str()
                    .unwrap()
                    .contains("needs your password"),
                "{answer:?}"
            );
        }
        let listed = app
            .request(
                Method::GET,
                "/user/client_tokens",
                Auth::XAuthToken(&parent),
            )
            .await;
        assert_eq!(listed.status, StatusCode::OK, "{listed:?}");
        assert_eq!(listed.json()["tokens"].as_array().unwrap().len(), 1);

        // Revoking the token then ends everything it could do.
        let revoked = app
            .request(
                Method::DELETE,
                &format!("/user/client_tokens/{parent_id}"),
                Auth::Basic("admin", &password),
            )
            .await;
        assert_eq!(revoked.status, StatusCode::NO_CONTENT, "{revoked:?}");
        app.request(
            Method::POST,
            "/user/client_tokens",
            Auth::XAuthToken(&parent),
        )
        .await
        .assert_error(401, "invalid_token");
        app.request(Method::GET, "/user/spaces", Auth::XAuthToken(&parent))
            .await
            .assert_error(401, "invalid_token");
    }
}
