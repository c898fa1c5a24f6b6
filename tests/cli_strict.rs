//! CLI commands that must not destroy what they were asked to add, or show token content
//! a terminal would obey.

mod common;

use common::pg::{self, TestDatabase};
use common::{Auth, TestApp, Transport, random_password, run_cli, run_cli_on};
use libmacaroon::{Format, Macaroon};
use onezone_tokens::server::TokenSettings;
use reqwest::Method;
use tempfile::TempDir;

/// A server on SQLite, or on a fresh PostgreSQL database (`None` when none is configured:
/// the test then says so and returns).
async fn spawn(postgres: bool) -> Option<(TestApp, Option<TestDatabase>)> {
    if !postgres {
        return Some((TestApp::spawn(Transport::Http).await, None));
    }
    let db = pg::fresh_database().await?;
    let app = TestApp::spawn_on(
        Transport::Http,
        &db.url,
        &random_password(),
        TokenSettings::default(),
    )
    .await;
    Some((app, Some(db)))
}

async fn privileges(app: &TestApp, user: &str, password: &str, space: &str) -> Vec<String> {
    let answer = app
        .request(
            Method::GET,
            &format!("/user/spaces/{space}"),
            Auth::Basic(user, password),
        )
        .await;
    assert_eq!(answer.status, 200, "{answer:?}");
    answer.json()["privileges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn add_member_on_a_member_adds_and_takes_nothing_away() {
    let app = TestApp::spawn(Transport::Http).await;
    let carol = app.add_user("carol");
    let space = app.create_space("carol's", "carol");
    let all = privileges(&app, "carol", &carol, &space).await;
    assert_eq!(all.len(), 13, "{all:?}");

    // The issue's command: carol's own space, carol again, no --privilege.
    let out = app.cli(&["space", "add-member", &space, "carol"], None);
    let said = out.success().to_owned();
    assert!(said.contains("already a member"), "{said}");
    assert!(said.contains("nothing added"), "{said}");
    assert_eq!(privileges(&app, "carol", &carol, &space).await, all);

    let bob = app.add_user("bob");
    let said = app
        .cli(&["space", "add-member", &space, "bob"], None)
        .success()
        .to_owned();
    assert!(said.contains("added bob"), "{said}");
    assert_eq!(privileges(&app, "bob", &bob, &space).await, ["space_view"]);
    let said = app
        .cli(
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
        .success()
        .to_owned();
    assert!(said.contains("added space_invite_user"), "{said}");
    let said = app
        .cli(
            &[
                "space",
                "add-member",
                &space,
                "bob",
                "--privilege",
                "space_write_data",
            ],
            None,
        )
        .success()
        .to_owned();
    assert!(said.contains("added space_write_data"), "{said}");
    let mut held = privileges(&app, "bob", &bob, &space).await;
    held.sort();
    assert_eq!(
        held,
        ["space_invite_user", "space_view", "space_write_data"]
    );
}

#[tokio::test]
async fn the_last_active_key_is_retired_only_with_force() {
    let app = TestApp::spawn(Transport::Http).await;
    let token = app.issue_token("admin");
    let listed = app.cli(&["key", "list"], None).success().to_owned();
    let key = listed.split_whitespace().next().unwrap().to_owned();
    let refused = app.cli(&["key", "retire", &key], None);
    let why = refused.failure().to_owned();
    assert!(
        why.contains("last active key") && why.contains("--force"),
        "{why}"
    );
    // Still the signing key: the token still works.
    let answer = app
        .request(Method::GET, "/user/spaces", Auth::XAuthToken(&token))
        .await;
    assert_eq!(answer.status, 200, "{answer:?}");

    // With another active key, no --force is needed.
    app.cli(&["key", "rotate"], None).success();
    app.cli(&["key", "retire", &key], None).success();
    let listed = app.cli(&["key", "list"], None).success().to_owned();
    let newest = listed.split_whitespace().next().unwrap().to_owned();
    app.cli(&["key", "retire", &newest], None).failure();
    app.cli(&["key", "retire", &newest, "--force"], None)
        .success();
}

#[tokio::test]
async fn token_inspect_escapes_what_a_terminal_would_obey() {
    let app = TestApp::spawn(Transport::Http).await;
    let token = app.issue_token("admin");
    let mut macaroon = Macaroon::deserialize(&token).unwrap();
    for caveat in [
        "colour = \u{1b}[31mred",
        "line = one\rtwo",
        "title = \u{1b}]0;owned\u{7}",
        "bidi = \u{202e}txt",
        "time < 18446744073709551615",
    ] {
        macaroon.add_first_party_caveat(caveat).unwrap();
    }
    let attenuated = macaroon
        .serialize(Format::V1)
        .unwrap()
        .trim_end_matches('=')
        .to_owned();
    let out = app.cli(&["token", "inspect", "-"], Some(&format!("{attenuated}\n")));
    let shown = out.success().to_owned();
    assert!(
        !shown
            .chars()
            .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
        "raw control characters: {shown:?}"
    );
    assert!(shown.contains("colour = \\u{1b}[31mred"), "{shown}");
    assert!(shown.contains("line = one\\u{d}two"), "{shown}");
    assert!(shown.contains("bidi = \\u{202e}txt"), "{shown}");
    assert!(!shown.contains("1969"), "{shown}");
    assert!(shown.contains("18446744073709551615"), "{shown}");
}

async fn set_privileges_replaces_and_keeps_a_privilege_setter(postgres: bool) {
    let Some((app, _db)) = spawn(postgres).await else {
        return;
    };
    let carol = app.add_user("carol");
    let bob = app.add_user("bob");
    let space = app.create_space("carol's", "carol");
    app.cli(
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
    let set = |user: &str, privileges: &[&str]| {
        let mut args = vec!["space", "set-privileges", space.as_str(), user];
        for p in privileges {
            args.extend(["--privilege", p]);
        }
        app.cli(&args, None)
    };

    // Carol, the only holder of space_set_privileges, cannot take it from herself.
    let refused = set("carol", &["space_invite_user"]);
    let why = refused.failure().to_owned();
    assert!(
        why.contains("space_set_privileges") && why.contains("nothing was changed"),
        "{why}"
    );
    assert_eq!(privileges(&app, "carol", &carol, &space).await.len(), 13);

    // Replacing takes away what is not given: bob is back to view rights only.
    let said = set("bob", &[]).success().to_owned();
    assert!(said.contains("bob now holds space_view"), "{said}");
    assert_eq!(privileges(&app, "bob", &bob, &space).await, ["space_view"]);

    // Once bob holds it, carol may give hers up; then bob cannot.
    set("bob", &["space_set_privileges"]).success();
    set("carol", &["space_write_data"]).success();
    let mut held = privileges(&app, "carol", &carol, &space).await;
    held.sort();
    assert_eq!(held, ["space_view", "space_write_data"]);
    assert!(set("bob", &[]).failure().contains("space_set_privileges"));
    let mut held = privileges(&app, "bob", &bob, &space).await;
    held.sort();
    assert_eq!(held, ["space_set_privileges", "space_view"]);

    // Not a member, or no such space: refused by name.
    app.add_user("dan");
    assert!(set("dan", &[]).failure().contains("not a member"));
    let other = app.cli(&["space", "set-privileges", "nope", "bob"], None);
    assert!(
        other.failure().contains("space nope not found"),
        "{other:?}"
    );
}

#[tokio::test]
async fn set_privileges_on_sqlite() {
    set_privileges_replaces_and_keeps_a_privilege_setter(false).await;
}

#[tokio::test]
async fn set_privileges_on_postgres() {
    set_privileges_replaces_and_keeps_a_privilege_setter(true).await;
}

/// Two administrators at once each take space_set_privileges from a different one of its
/// two holders: the check and the write are one transaction, so one of them is refused.
async fn concurrent_set_privileges_leave_a_setter(postgres: bool) {
    let Some((app, _db)) = spawn(postgres).await else {
        return;
    };
    app.add_user("carol");
    let bob = app.add_user("bob");
    let carol = app.add_user("carol2");
    for round in 0..4 {
        let space = app.create_space(&format!("s{round}"), "carol");
        for user in ["bob", "carol2"] {
            app.cli(
                &[
                    "space",
                    "add-member",
                    &space,
                    user,
                    "--privilege",
                    "space_set_privileges",
                ],
                None,
            )
            .success();
        }
        app.cli(&["space", "set-privileges", &space, "carol"], None)
            .success();
        let (a, b) = std::thread::scope(|scope| {
            let a = scope.spawn(|| app.cli(&["space", "set-privileges", &space, "bob"], None));
            let b = scope.spawn(|| app.cli(&["space", "set-privileges", &space, "carol2"], None));
            (a.join().unwrap(), b.join().unwrap())
        });
        assert_ne!(
            a.status.success(),
            b.status.success(),
            "exactly one succeeds: {a:?} {b:?}"
        );
        let holders = [("bob", &bob), ("carol2", &carol)];
        let mut setters = 0;
        for (user, password) in holders {
            if privileges(&app, user, password, &space)
                .await
                .iter()
                .any(|p| p == "space_set_privileges")
            {
                setters += 1;
            }
        }
        assert_eq!(setters, 1, "round {round}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_set_privileges_on_sqlite() {
    concurrent_set_privileges_leave_a_setter(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_set_privileges_on_postgres() {
    concurrent_set_privileges_leave_a_setter(true).await;
}

#[test]
fn a_missing_or_empty_data_directory_is_refused_without_create() {
    let dir = TempDir::new().unwrap();
    let typo = dir.path().join("onezone-dta");
    for args in [
        &["key", "list"][..],
        &["backup", "copy.db"],
        &["user", "check-names"],
        &["space", "create", "s", "--owner", "admin"],
        &["token", "issue", "admin"],
        &["key", "rotate"],
    ] {
        let out = run_cli(&typo, args, None);
        let why = out.failure().to_owned();
        assert!(
            why.contains(&typo.display().to_string()) && why.contains("--create"),
            "{args:?}: {why}"
        );
    }
    let refused = run_cli(
        &typo,
        &["user", "add", "bob", "--password-stdin"],
        Some("pw\n"),
    );
    assert!(
        refused.failure().contains("no data directory"),
        "{refused:?}"
    );
    assert!(!typo.exists(), "nothing was created");
    assert!(!dir.path().join("copy.db").exists());

    // An existing directory without a database, or with an empty one, is refused too.
    std::fs::create_dir(&typo).unwrap();
    let out = run_cli(&typo, &["key", "list"], None);
    assert!(out.failure().contains("holds no database"), "{out:?}");
    assert_eq!(std::fs::read_dir(&typo).unwrap().count(), 0);
    std::fs::File::create(typo.join("onezone.db")).unwrap();
    let out = run_cli(&typo, &["key", "list"], None);
    assert!(out.failure().contains("empty database"), "{out:?}");

    // --create makes it; the other commands then work on it.
    let fresh = dir.path().join("fresh");
    run_cli(
        &fresh,
        &["user", "add", "bob", "--password-stdin", "--create"],
        Some("pw\n"),
    )
    .success();
    run_cli(&fresh, &["space", "create", "b", "--owner", "bob"], None).success();
    let other = dir.path().join("keys-first");
    run_cli(&other, &["key", "rotate", "--create"], None).success();
    assert_eq!(
        run_cli(&other, &["key", "list"], None)
            .success()
            .lines()
            .count(),
        1
    );
}

#[tokio::test]
async fn an_empty_postgres_database_is_not_initialised_without_create() {
    let Some(db) = pg::fresh_database().await else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    for args in [&["key", "list"][..], &["token", "issue", "admin"]] {
        let out = run_cli_on(&data, Some(&db.url), args, None);
        let why = out.failure().to_owned();
        assert!(
            why.contains("empty") && why.contains("--create") && !why.contains(&db.url),
            "{args:?}: {why}"
        );
    }
    let tables: i64 = db
        .connect()
        .await
        .query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(tables, 0, "left empty");
    run_cli_on(
        &data,
        Some(&db.url),
        &["user", "add", "bob", "--password-stdin", "--create"],
        Some("pw\n"),
    )
    .success();
    run_cli_on(&data, Some(&db.url), &["token", "issue", "bob"], None).success();
    assert!(!data.exists(), "PostgreSQL needs no data directory");
}

/// `GET /user/client_tokens` lists only tokens that work: not those of a retired key.
async fn tokens_of_a_retired_key_are_not_listed(postgres: bool) {
    let Some((app, _db)) = spawn(postgres).await else {
        return;
    };
    let password = app.add_user("erin");
    let auth = Auth::Basic("erin", &password);
    let create = || {
        app.request(
            Method::POST,
            "/user/client_tokens",
            Auth::Basic("erin", &password),
        )
    };
    let old = create().await;
    assert_eq!(old.status, 201, "{old:?}");
    let old_id = old.json()["tokenId"].as_str().unwrap().to_owned();
    let old_token = old.json()["token"].as_str().unwrap().to_owned();
    let listed = app.cli(&["key", "list"], None).success().to_owned();
    let old_key = listed.split_whitespace().next().unwrap().to_owned();
    app.cli(&["key", "rotate"], None).success();
    let new = create().await;
    let new_id = new.json()["tokenId"].as_str().unwrap().to_owned();
    let ids = |answer: common::Answer| -> Vec<String> {
        answer.json()["tokens"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["tokenId"].as_str().unwrap().to_owned())
            .collect()
    };
    let both = ids(app.request(Method::GET, "/user/client_tokens", auth).await);
    assert_eq!(both, [old_id.clone(), new_id.clone()]);

    app.cli(&["key", "retire", &old_key], None).success();
    let answer = app
        .request(Method::GET, "/user/spaces", Auth::XAuthToken(&old_token))
        .await;
    assert_eq!(answer.status, 401, "{answer:?}");
    let listed = ids(app
        .request(
            Method::GET,
            "/user/client_tokens",
            Auth::Basic("erin", &password),
        )
        .await);
    assert_eq!(listed, [new_id], "only the token that works");
}

#[tokio::test]
async fn retired_key_tokens_not_listed_on_sqlite() {
    tokens_of_a_retired_key_are_not_listed(false).await;
}

#[tokio::test]
async fn retired_key_tokens_not_listed_on_postgres() {
    tokens_of_a_retired_key_are_not_listed(true).await;
}
