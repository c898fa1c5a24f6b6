//! Several replicas on one PostgreSQL database, the way a load balancer spreads requests:
//! each test runs two in-process servers (A and B) on a fresh database and checks that what
//! one replica (or the CLI) does is what the other enforces, at once.
//!
//! Needs `ONEZONE_TEST_DATABASE_URL` (scripts/test and .ci/run provide one); the outage
//! test starts a PostgreSQL server of its own, which it stops and restarts.

mod common;

use common::pg::{self, Throwaway};
use common::{Auth, TestApp, Transport, assert_exactly_one_join, join_all_at_once, joiners};
use onezone_tokens::server::TokenSettings;
use onezone_tokens::token;
use reqwest::{Method, StatusCode};
use serde_json::json;
use std::time::{Duration, Instant};

async fn spaces_of(app: &TestApp, auth: Auth<'_>) -> serde_json::Value {
    let answer = app.request(Method::GET, "/user/spaces", auth).await;
    assert_eq!(answer.status, StatusCode::OK, "{answer:?}");
    answer.json()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_share_one_first_start_and_see_each_others_writes() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    let (a, b) = TestApp::two_replicas(&db.url).await;
    let admin = Auth::Basic("admin", &a.admin_password);
    // One admin, one admin space, one signing key, whichever replica is asked.
    assert_eq!(
        spaces_of(&a, Auth::Basic("admin", &a.admin_password)).await,
        spaces_of(&b, admin).await
    );
    let client = db.connect().await;
    let count = |table: &'static str| {
        let client = &client;
        async move {
            let row = client
                .query_one(&format!("SELECT count(*) FROM {table}"), &[])
                .await
                .unwrap();
            row.get::<_, i64>(0)
        }
    };
    assert_eq!(count("users").await, 1);
    assert_eq!(count("spaces").await, 1);
    assert_eq!(count("signing_keys").await, 1);

    // A user added with the CLI, and a space created on B, are seen by A at once.
    let password = a.add_user("bob");
    let space = b
        .create_space_over_api(Auth::Basic("bob", &password), "Bob's data")
        .await;
    assert_eq!(
        spaces_of(&a, Auth::Basic("bob", &password)).await,
        json!({ "spaces": [space], "default": space })
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_minted_on_a_joins_on_b() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    let (a, b) = TestApp::two_replicas(&db.url).await;
    let bob = a.add_user("bob");
    let carol = b.add_user("carol");
    let token = a
        .get_user_space_token(Auth::Basic("admin", &a.admin_password))
        .await
        .token();
    let joined = b.join(Auth::Basic("bob", &bob), &token).await;
    let space = joined.space_id_from_location();
    assert_eq!(
        spaces_of(&a, Auth::Basic("bob", &bob)).await,
        json!({ "spaces": [space], "default": space })
    );
    // Used on B: spent on A too.
    a.join(Auth::Basic("carol", &carol), &token)
        .await
        .assert_refused("already been used");
    // An access token created on B authenticates on A.
    let created = b
        .request(
            Method::POST,
            "/user/client_tokens",
            Auth::Basic("bob", &bob),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{created:?}");
    let access = created.json()["token"].as_str().unwrap().to_owned();
    assert_eq!(
        spaces_of(&a, Auth::XAuthToken(&access)).await["spaces"],
        json!([space])
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_concurrent_joins_over_two_replicas_admit_exactly_one() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    let (a, b) = TestApp::two_replicas(&db.url).await;
    let token = a
        .get_user_space_token(Auth::Basic("admin", &a.admin_password))
        .await
        .token();
    let access_tokens = joiners(a.shared_store().await.as_ref(), 50).await;
    // Even requests to A, odd ones to B.
    let answers = join_all_at_once(&[&a, &b], access_tokens, &token).await;
    assert_exactly_one_join(&answers);
    // Both replicas answered some of them.
    assert!(answers.iter().any(|(index, _, _)| index % 2 == 0));
    assert!(answers.iter().any(|(index, _, _)| index % 2 == 1));
    // And the database agrees: one use, two members (admin and the one joiner).
    let client = db.connect().await;
    let uses: Vec<i64> = client
        .query("SELECT uses FROM invitation_uses", &[])
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(uses, vec![1]);
    let members: i64 = client
        .query_one("SELECT count(*) FROM memberships", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(members, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn revocation_on_a_is_refused_on_b() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    let (a, b) = TestApp::two_replicas(&db.url).await;
    let admin_password = a.admin_password.clone();
    let admin = || Auth::Basic("admin", &admin_password);
    let bob = a.add_user("bob");

    // An access token revoked over A's API no longer authenticates on B.
    let created = a
        .request(Method::POST, "/user/client_tokens", admin())
        .await;
    let body = created.json();
    let (access, token_id) = (
        body["token"].as_str().unwrap().to_owned(),
        body["tokenId"].as_str().unwrap().to_owned(),
    );
    b.get_user_space_token(Auth::XAuthToken(&access))
        .await
        .token();
    let revoked = a
        .request(
            Method::DELETE,
            &format!("/user/client_tokens/{token_id}"),
            admin(),
        )
        .await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT, "{revoked:?}");
    b.get_user_space_token(Auth::XAuthToken(&access))
        .await
        .assert_error(401, "invalid_token");

    // An invitation revoked with the CLI is refused by B.
    let invitation = a.get_user_space_token(admin()).await.token();
    a.cli(&["token", "revoke", &invitation], None).success();
    b.join(Auth::Basic("bob", &bob), &invitation)
        .await
        .assert_refused("revoked");

    // Every invitation of the space, revoked at once: refused by B; new ones work.
    let before = b.get_user_space_token(admin()).await.token();
    let space = a
        .request(Method::GET, "/user/spaces/default", admin())
        .await
        .json()["spaceId"]
        .as_str()
        .unwrap()
        .to_owned();
    a.cli(&["space", "revoke-invitations", &space], None)
        .success();
    b.join(Auth::Basic("bob", &bob), &before)
        .await
        .assert_refused("revoked");
    let after = a.get_user_space_token(admin()).await.token();
    assert_eq!(
        b.join(Auth::Basic("bob", &bob), &after)
            .await
            .space_id_from_location(),
        space
    );

    // Bob may not invite; granted the privilege through A's CLI, B lets him at once.
    b.get_user_space_token(Auth::Basic("bob", &bob))
        .await
        .assert_error(403, "forbidden");
    a.cli(
        &[
            "space",
            "add-member",
            &space,
            "bob",
            "--privilege",
            "space_invite_user",
        ],
        None,
    )
    .success();
    b.get_user_space_token(Auth::Basic("bob", &bob))
        .await
        .token();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_rotated_on_a_is_used_and_honoured_on_b() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    let (a, b) = TestApp::two_replicas(&db.url).await;
    let admin_password = a.admin_password.clone();
    let admin = || Auth::Basic("admin", &admin_password);
    let (bob, carol) = (a.add_user("bob"), a.add_user("carol"));
    let access = a.issue_token("admin");
    let before = a.get_user_space_token(admin()).await.token();
    let old_key = token::decode(&before).unwrap().key_id().clone();

    // Rotate the way `key rotate` does, through A's store.
    let new_key = a.shared_store().await.rotate_signing_key().await.unwrap();
    assert_ne!(new_key, old_key);

    // Both replicas sign with the new key from the next request on: nothing cached.
    for replica in [&a, &b] {
        let minted = replica.get_user_space_token(admin()).await.token();
        assert_eq!(token::decode(&minted).unwrap().key_id(), &new_key);
    }
    // A's new-key invitation joins on B; the old-key one still does (not retired).
    let after = a.get_user_space_token(admin()).await.token();
    b.join(Auth::Basic("bob", &bob), &after)
        .await
        .space_id_from_location();
    b.join(Auth::Basic("carol", &carol), &before)
        .await
        .space_id_from_location();
    // Access tokens of either key authenticate on B.
    b.get_user_space_token(Auth::XAuthToken(&access))
        .await
        .token();
    let fresh_access = a.issue_token("admin");
    assert_eq!(token::decode(&fresh_access).unwrap().key_id(), &new_key);
    b.get_user_space_token(Auth::XAuthToken(&fresh_access))
        .await
        .token();
}

/// The bound on a request while the database is down: the store's 5 s operation timeout
/// plus slack for a loaded 2-core machine. A refused connection answers much sooner.
const OUTAGE_BOUND: Duration = Duration::from_secs(8);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_stopped_is_503_json_in_bounded_time_and_service_resumes() {
    let Some(server) = Throwaway::start() else {
        return;
    };
    let db = pg::create_database(&server.url).await;
    let (a, b) = TestApp::two_replicas(&db.url).await;
    let access = a.issue_token("admin");
    let token = a
        .get_user_space_token(Auth::XAuthToken(&access))
        .await
        .token();
    let bob = a.add_user("bob");
    for replica in [&a, &b] {
        replica
            .get_user_space_token(Auth::XAuthToken(&access))
            .await
            .token();
    }

    server.stop();
    for replica in [&a, &b] {
        for auth in [
            Auth::XAuthToken(&access),
            Auth::Basic("admin", &a.admin_password),
        ] {
            let started = Instant::now();
            let answer = replica.get_user_space_token(auth).await;
            let took = started.elapsed();
            answer.assert_error(503, "service_unavailable");
            assert_eq!(answer.header("cache-control"), Some("no-store"));
            assert!(took < OUTAGE_BOUND, "a 503 took {took:?}");
        }
        let started = Instant::now();
        replica
            .join(Auth::Basic("bob", &bob), &token)
            .await
            .assert_error(503, "service_unavailable");
        assert!(started.elapsed() < OUTAGE_BOUND);
        // The CLI says so too, and does not hang.
        let started = Instant::now();
        let stderr = replica.cli(&["user", "add", "x", "--password-stdin"], Some("pw\n"));
        assert!(stderr.failure().contains("PostgreSQL"), "{stderr:?}");
        assert!(started.elapsed() < OUTAGE_BOUND + Duration::from_secs(5));
    }

    server.restart();
    // Each replica recovers by itself: no restart, the pool reconnects.
    for replica in [&a, &b] {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let answer = replica
                .get_user_space_token(Auth::XAuthToken(&access))
                .await;
            if answer.status == StatusCode::OK {
                break;
            }
            answer.assert_error(503, "service_unavailable");
            assert!(Instant::now() < deadline, "no recovery within 30 s");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    // Nothing was lost or half-done: the invitation is still unused and joins now, once.
    let joined = b.join(Auth::Basic("bob", &bob), &token).await;
    joined.space_id_from_location();
    let carol = a.add_user("carol");
    a.join(Auth::Basic("carol", &carol), &token)
        .await
        .assert_refused("already been used");
    drop((a, b));
    drop(db);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_that_stops_answering_is_503_within_the_bound() {
    let Some(server) = Throwaway::start() else {
        return;
    };
    let db = pg::create_database(&server.url).await;
    let (a, b) = TestApp::two_replicas(&db.url).await;
    let access = a.issue_token("admin");
    for replica in [&a, &b] {
        replica
            .get_user_space_token(Auth::XAuthToken(&access))
            .await
            .token();
    }

    // Open connections hang and new ones are never answered: only the time bound helps.
    server.freeze();
    let answers = futures_util::future::join_all([&a, &b].map(|replica| {
        let access = access.clone();
        async move {
            let started = Instant::now();
            let answer = replica
                .get_user_space_token(Auth::XAuthToken(&access))
                .await;
            (answer, started.elapsed())
        }
    }))
    .await;
    server.thaw();
    for (answer, took) in answers {
        answer.assert_error(503, "service_unavailable");
        assert!(took < OUTAGE_BOUND, "a 503 took {took:?}");
        assert!(
            took >= Duration::from_secs(4),
            "answered before the bound: {took:?}"
        );
    }

    for replica in [&a, &b] {
        let deadline = Instant::now() + Duration::from_secs(30);
        while replica
            .get_user_space_token(Auth::XAuthToken(&access))
            .await
            .status
            != StatusCode::OK
        {
            assert!(Instant::now() < deadline, "no recovery within 30 s");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    drop((a, b));
    drop(db);
}

/// A join whose COMMIT reply never arrives in time (the database committed) is answered
/// with what happened: 201, not a 503 for a join that is in fact there.
// Multi-threaded: the CLI the test runs blocks a thread, and the proxy must keep going.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_join_whose_commit_reply_stalls_answers_201_for_what_was_committed() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    let proxy = pg::StallingProxy::start(&db.url).await;
    let app = TestApp::spawn_on(
        Transport::Http,
        &proxy.url,
        "admin-pw",
        TokenSettings::default(),
    )
    .await;
    let bob = app.add_user("bob");
    let carol = app.add_user("carol");
    let token = app
        .get_user_space_token(Auth::Basic("admin", "admin-pw"))
        .await
        .token();

    proxy.stall(pg::Stall::CommitReply);
    let started = Instant::now();
    let answer = app.join(Auth::Basic("bob", &bob), &token).await;
    proxy.stall(pg::Stall::Nothing);
    assert_eq!(answer.status, StatusCode::CREATED, "{answer:?}");
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );

    let spaces = app
        .request(Method::GET, "/user/spaces", Auth::Basic("bob", &bob))
        .await;
    assert_eq!(
        spaces.json()["spaces"].as_array().unwrap().len(),
        1,
        "{spaces:?}"
    );
    app.join(Auth::Basic("carol", &carol), &token)
        .await
        .assert_refused("already been used");
}

/// A join whose COMMIT never reaches the database in time is answered 503, and then it
/// really did not happen: the session is ended before the answer, so the held COMMIT
/// cannot commit later, and the invitation stays usable.
// Multi-threaded: the CLI the test runs blocks a thread, and the proxy must keep going.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_join_whose_commit_stalls_answers_503_and_leaves_the_token_usable() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    let proxy = pg::StallingProxy::start(&db.url).await;
    let app = TestApp::spawn_on(
        Transport::Http,
        &proxy.url,
        "admin-pw",
        TokenSettings::default(),
    )
    .await;
    let bob = app.add_user("bob");
    let token = app
        .get_user_space_token(Auth::Basic("admin", "admin-pw"))
        .await
        .token();

    proxy.stall(pg::Stall::CommitRequest);
    let answer = app.join(Auth::Basic("bob", &bob), &token).await;
    proxy.stall(pg::Stall::Nothing);
    answer.assert_error(503, "service_unavailable");

    // Past the proxy's hold, when the held COMMIT has been passed on: still not joined.
    tokio::time::sleep(pg::StallingProxy::HOLD).await;
    let spaces = app
        .request(Method::GET, "/user/spaces", Auth::Basic("bob", &bob))
        .await;
    assert_eq!(spaces.json()["spaces"], json!([]), "{spaces:?}");
    let retried = app.join(Auth::Basic("bob", &bob), &token).await;
    assert_eq!(retried.status, StatusCode::CREATED, "{retried:?}");
}
