//! `GET /api/v3/onezone/user/spaces/token` over real sockets, HTTP and HTTPS: success with
//! every kind of credentials and every row of the error table.

mod common;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use common::{Auth, TRANSPORTS, TestApp, Transport};
use onezone_tokens::clock::unix_now;
use onezone_tokens::store::Store;
use onezone_tokens::token::{self, Grant, KeyId, SigningKey, TokenId, TokenKind};
use reqwest::Method;

/// The packets of a V1 token, as text lines.
fn packets(token: &str) -> Vec<String> {
    let binary = URL_SAFE_NO_PAD.decode(token).expect("unpadded base64url");
    let mut lines = Vec::new();
    let mut rest = &binary[..];
    while !rest.is_empty() {
        let size = usize::from_str_radix(std::str::from_utf8(&rest[..4]).unwrap(), 16).unwrap();
        lines.push(String::from_utf8_lossy(&rest[4..size - 1]).into_owned());
        rest = &rest[size..];
    }
    lines
}

#[tokio::test]
async fn the_seeds_curl_mints_an_invitation_to_the_default_space() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let answer = app
            .get_user_space_token(Auth::Basic("admin", &app.admin_password))
            .await;
        let token = answer.token();

        // Decoded, it has the seed's packets: location, identifier, time caveat, signature.
        let lines = packets(&token);
        assert_eq!(lines[0], "location onezone");
        assert!(lines[1].starts_with("identifier oz1:"));
        let expiry: u64 = lines
            .iter()
            .find_map(|l| l.strip_prefix("cid time < "))
            .expect("a time caveat")
            .parse()
            .unwrap();
        let now = unix_now();
        assert!(expiry > now && expiry <= now + 24 * 3600 + 5, "{expiry}");
        assert!(lines.last().unwrap().starts_with("signature "));

        // It verifies with the server's key as an invitation to admin's default space.
        let store = app.store();
        let admin = app.user_id("admin").await;
        let space = store.default_space(&admin).await.unwrap().unwrap().space_id;
        let decoded = token::decode(&token).unwrap();
        let key = store.signing_key(decoded.key_id()).await.unwrap().unwrap();
        let claims = token::verify(&decoded, &key, TokenKind::SpaceInvite, now).unwrap();
        assert_eq!(
            claims.grant,
            Grant::SpaceInvite {
                space_id: space,
                inviter_id: admin,
                epoch: 0,
                max_uses: Some(1),
            }
        );
    }
}

#[tokio::test]
async fn every_kind_of_credentials_mints() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let access = app.issue_token("admin");
        let first = app
            .get_user_space_token(Auth::XAuthToken(&access))
            .await
            .token();
        let second = app
            .get_user_space_token(Auth::Macaroon(&access))
            .await
            .token();
        let third = app
            .get_user_space_token(Auth::Bearer(&access))
            .await
            .token();
        let fourth = app
            .get_user_space_token(Auth::Basic("admin", &app.admin_password))
            .await
            .token();
        let ids: std::collections::HashSet<_> = [&first, &second, &third, &fourth]
            .iter()
            .map(|t| token::decode(t).unwrap().token_id().clone())
            .collect();
        assert_eq!(ids.len(), 4, "every token has its own id");
    }
}

#[tokio::test]
async fn no_credentials_is_401_unauthorized_with_a_challenge() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        app.get_user_space_token(Auth::None)
            .await
            .assert_error(401, "unauthorized");
        // A scheme we do not support counts as no credentials.
        app.get_user_space_token(Auth::Raw("Authorization", "Digest username=\"admin\""))
            .await
            .assert_error(401, "unauthorized");
    }
}

#[tokio::test]
async fn wrong_password_or_unknown_user_is_401_invalid_credentials() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        app.get_user_space_token(Auth::Basic("admin", "not the password"))
            .await
            .assert_error(401, "invalid_credentials");
        app.get_user_space_token(Auth::Basic("nobody", "password"))
            .await
            .assert_error(401, "invalid_credentials");
        app.get_user_space_token(Auth::Basic("", "password"))
            .await
            .assert_error(401, "invalid_credentials");
    }
}

#[tokio::test]
async fn bad_access_tokens_are_401_invalid_token() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let admin = app.user_id("admin").await;
        let good = app.issue_token("admin");

        let forged = {
            let other = SigningKey::new(KeyId::parse("abcdef").unwrap(), &[9u8; 32]).unwrap();
            let grant = Grant::Access {
                user_id: admin.clone(),
            };
            token::mint(&other, &TokenId::generate(), &grant, unix_now() + 60).unwrap()
        };
        let forged_with_real_key_id = {
            let current = app.store().current_signing_key().await.unwrap();
            let other = SigningKey::new(current.id().clone(), &[9u8; 32]).unwrap();
            let grant = Grant::Access {
                user_id: admin.clone(),
            };
            token::mint(&other, &TokenId::generate(), &grant, unix_now() + 60).unwrap()
        };
        let invitation = app
            .get_user_space_token(Auth::Basic("admin", &app.admin_password))
            .await
            .token();
        let for_deleted_user = app
            .mint_with_current_key(
                &Grant::Access {
                    user_id: "no-such-user".into(),
                },
                unix_now() + 60,
            )
            .await;
        let truncated = &good[..good.len() - 4];
        let padded = format!("{good}==");

        for bad in [
            "garbage",
            truncated,
            &padded,
            &forged,
            &forged_with_real_key_id,
            &invitation,
            &for_deleted_user,
        ] {
            app.get_user_space_token(Auth::XAuthToken(bad))
                .await
                .assert_error(401, "invalid_token");
            app.get_user_space_token(Auth::Bearer(bad))
                .await
                .assert_error(401, "invalid_token");
        }
        app.get_user_space_token(Auth::Raw("X-Auth-Token", ""))
            .await
            .assert_error(401, "invalid_token");
    }
}

#[tokio::test]
async fn an_expired_access_token_is_401_token_expired() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let grant = Grant::Access {
            user_id: app.user_id("admin").await,
        };
        let expired = app.mint_with_current_key(&grant, unix_now() - 1).await;
        app.get_user_space_token(Auth::XAuthToken(&expired))
            .await
            .assert_error(401, "token_expired");
        app.get_user_space_token(Auth::Macaroon(&expired))
            .await
            .assert_error(401, "token_expired");
    }
}

/// The server remembers access tokens it verified; one that expires while in use must be
/// refused from its expiry on, as a token seen for the first time is.
#[tokio::test]
async fn an_access_token_in_use_is_refused_once_it_expires() {
    let app = TestApp::spawn(Transport::Http).await;
    let token = app
        .cli(&["token", "issue", "admin", "--ttl", "3"], None)
        .success()
        .trim()
        .to_owned();
    let expires_at = token::inspect(&token).unwrap().expires_at.unwrap();
    for _ in 0..3 {
        let in_time = unix_now() + 1 < expires_at;
        let response = app.get_user_space_token(Auth::XAuthToken(&token)).await;
        if in_time {
            assert_eq!(response.status, 200, "{response:?}");
        }
    }
    while unix_now() <= expires_at {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    app.get_user_space_token(Auth::XAuthToken(&token))
        .await
        .assert_error(401, "token_expired");
}

#[tokio::test]
async fn broken_credentials_headers_are_400_invalid_request() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let no_colon = format!("Basic {}", STANDARD.encode("admin"));
        let not_utf8 = format!("Basic {}", STANDARD.encode([0xff, 0xfe, b':', b'x']));
        let good = format!(
            "Basic {}",
            STANDARD.encode(format!("admin:{}", app.admin_password))
        );
        for value in ["Basic", "Basic not-base64!", &no_colon, &not_utf8, "Bearer"] {
            app.get_user_space_token(Auth::Raw("Authorization", value))
                .await
                .assert_error(400, "invalid_request");
        }
        // Two different credentials at once are ambiguous.
        let access = app.issue_token("admin");
        let answer = app
            .client
            .get(format!("{}{}", app.url, common::TOKEN_PATH))
            .header("Authorization", &good)
            .header("X-Auth-Token", &access)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 400);
        assert_eq!(
            answer.json::<serde_json::Value>().await.unwrap()["error"],
            "invalid_request"
        );
    }
}

#[tokio::test]
async fn a_user_without_a_space_gets_404_not_found() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let password = app.add_user("loner");
        app.get_user_space_token(Auth::Basic("loner", &password))
            .await
            .assert_error(404, "not_found");
    }
}

#[tokio::test]
async fn a_member_without_space_invite_user_gets_403_forbidden() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let password = app.add_user("viewer");
        let space = app.create_space("team", "admin");
        app.cli(&["space", "add-member", &space, "viewer"], None)
            .success();
        app.get_user_space_token(Auth::Basic("viewer", &password))
            .await
            .assert_error(403, "forbidden");

        // With the privilege, in a space that becomes their default, they may invite.
        let inviter_password = app.add_user("inviter");
        app.cli(
            &[
                "space",
                "add-member",
                &space,
                "inviter",
                "--privilege",
                "space_invite_user",
            ],
            None,
        )
        .success();
        let token = app
            .get_user_space_token(Auth::Basic("inviter", &inviter_password))
            .await
            .token();
        let caveats = token::decode(&token).unwrap().caveat_predicates();
        assert!(caveats.contains(&format!("space = {space}")), "{caveats:?}");
    }
}

#[tokio::test]
async fn a_store_failure_is_500_without_internals() {
    let app = TestApp::spawn(Transport::Http).await;
    // Corrupt admin's membership behind the server's back: an unknown privilege name.
    let connection = rusqlite::Connection::open(app.data_dir().join("onezone.db")).unwrap();
    connection
        .execute(
            "UPDATE memberships SET privileges = 'space_view no_such_privilege'",
            [],
        )
        .unwrap();
    let answer = app
        .get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await;
    answer.assert_error(500, "internal_server_error");
    assert!(
        !answer.body.contains("no_such_privilege"),
        "{}",
        answer.body
    );
    assert!(
        !answer.body.to_lowercase().contains("sql"),
        "{}",
        answer.body
    );
}

#[tokio::test]
async fn unknown_paths_and_wrong_methods_answer_json() {
    for transport in TRANSPORTS {
        let app = TestApp::spawn(transport).await;
        let auth = || Auth::Basic("admin", "whatever");
        for path in [
            "/user/spaces/token/",
            "/",
            "/user/%74oken",
            "/user/spaces/a/b",
            "/users",
        ] {
            app.request(Method::GET, path, auth())
                .await
                .assert_error(404, "not_found");
        }
        // DELETE is defined for /user/spaces/{id}, but the concrete path wins (OpenAPI).
        for method in [Method::POST, Method::PUT, Method::DELETE, Method::PATCH] {
            let answer = app.request(method, common::TOKEN_PATH, auth()).await;
            answer.assert_error(405, "method_not_allowed");
            assert_eq!(answer.header("allow"), Some("GET, HEAD"));
        }
        let answer = app
            .request(Method::DELETE, "/user/spaces/default", auth())
            .await;
        answer.assert_error(405, "method_not_allowed");
        assert_eq!(answer.header("allow"), Some("GET, HEAD, PUT"));
        let answer = app
            .request(Method::PUT, "/user/spaces/some-space", auth())
            .await;
        answer.assert_error(405, "method_not_allowed");
        assert_eq!(answer.header("allow"), Some("GET, HEAD, DELETE"));
        // Outside the base path too.
        let root = app
            .url
            .trim_end_matches(onezone_tokens::app::BASE_PATH)
            .to_owned();
        let answer = app
            .client
            .get(format!("{root}/elsewhere"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 404);
        assert_eq!(answer.headers()["content-type"], "application/json");
    }
}

#[tokio::test]
async fn a_user_added_with_the_cli_while_the_server_runs_can_mint_at_once() {
    let app = TestApp::spawn(Transport::Https).await;
    // The server has answered once, so it has the database open.
    app.get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await
        .token();
    let password = app.add_user("newcomer");
    app.create_space("newcomer's space", "newcomer");
    app.get_user_space_token(Auth::Basic("newcomer", &password))
        .await
        .token();
    let access = app.issue_token("newcomer");
    app.get_user_space_token(Auth::XAuthToken(&access))
        .await
        .token();
}

#[tokio::test]
async fn keys_users_and_the_certificate_survive_a_restart() {
    let app = TestApp::spawn(Transport::Https).await;
    let access = app.issue_token("admin");
    let invitation = app
        .get_user_space_token(Auth::XAuthToken(&access))
        .await
        .token();
    let certificate = std::fs::read(app.data_dir().join("tls/cert.pem")).unwrap();

    let app = app.restart().await;
    let after = app
        .get_user_space_token(Auth::XAuthToken(&access))
        .await
        .token();
    assert_eq!(
        token::decode(&after).unwrap().key_id(),
        token::decode(&invitation).unwrap().key_id(),
        "the same key signs after a restart"
    );
    app.get_user_space_token(Auth::Basic("admin", &app.admin_password))
        .await
        .token();
    assert_eq!(
        std::fs::read(app.data_dir().join("tls/cert.pem")).unwrap(),
        certificate
    );
}

#[tokio::test]
async fn secrets_on_disk_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let app = TestApp::spawn(Transport::Https).await;
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&app.data_dir()), 0o700);
    assert_eq!(mode(&app.data_dir().join("onezone.db")), 0o600);
    assert_eq!(mode(&app.data_dir().join("tls/key.pem")), 0o600);
}

/// The server's per-request reads are cached while the database is unchanged, shared and
/// in each thread's copies (src/store/read_cache.rs); a change made behind its back, by a
/// writer that is neither the server nor its CLI (SQLite itself here), still takes effect
/// within the read cache's probe interval (100 ms).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_revoked_behind_the_servers_back_is_refused_soon() {
    let app = TestApp::spawn(Transport::Http).await;
    let token = app.issue_token("admin");
    let mint = || async {
        let answers = futures_util::future::join_all(
            (0..8).map(|_| app.get_user_space_token(Auth::XAuthToken(&token))),
        )
        .await;
        answers.into_iter().map(|a| a.status).collect::<Vec<_>>()
    };
    assert!(mint().await.iter().all(|status| *status == 200));
    let db = rusqlite::Connection::open(app.data_dir().join("onezone.db")).unwrap();
    let revoked = db
        .execute(
            "UPDATE access_tokens SET revoked_at = ?1",
            [unix_now() as i64],
        )
        .unwrap();
    assert_eq!(revoked, 1);
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let after = mint().await;
    assert!(after.iter().all(|status| *status == 401), "{after:?}");
}
